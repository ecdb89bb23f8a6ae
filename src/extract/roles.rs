//! Roles people hold, and aliases stated in the text.
//!
//! ## Pattern
//! - title before name: `[Country|Org|"the ministry"]['s] TITLE [,] PERSON` —
//!   "Russian Culture Minister Olga Ivanova", "Kremlin spokesperson Ivan Petrov",
//!   "university president Kim Su-won", "the agency's director, Ana Ruiz".
//! - apposition: `PERSON, [who serves as] [a|the] TITLE [of|at|for|to] [the] ORG|COUNTRY|PERSON`
//!   — "Ana Ruiz, a senior fellow at the U.S.-based Brookings Institution", with further titles
//!   joined by `and` ("…, secretary of X and a close aide to President Y").
//! - appointed: `PERSON was appointed|named|elected [as] TITLE` (an apposition verb).
//! - career line: `2008-2011 - TITLE [of BODY];` names a post of the latest person named.
//! - predecessor: `PERSON … TITLE …, replacing|succeeding|who succeeded PERSON2`: PERSON2 held
//!   the title PERSON got in this sentence.
//! - membership: `PERSON joined|is a member of|sits on ORG`, `PERSON of the [ruling] PARTY`,
//!   `Member of ORG and TITLE PERSON`; a country's: `COUNTRY joined|became a [full] member of
//!   ORG`, `A, B and C are already ORG members`, `A and B are both members of ORG`, `COUNTRY,
//!   an ORG member state`, `ORG, which COUNTRY joined`, `the nine ORG member states - A, B, …`,
//!   `COUNTRY is one of the ten member states of ORG`, `COUNTRY, a founding member of A and B`,
//!   `admitted COUNTRY as the eighth Partner State of ORG`, `ORG (ABBR), of which COUNTRY is a
//!   founding member`, `A, B and C make up ORG`, `ORG, which comprises A, B and C`.
//! - a UN speaker: `The representative of COUNTRY, PERSON, TITLE,` (TITLE held for COUNTRY).
//! - stated alias: `ORG, often referred to as "ALIAS"`, `ORG (ABBR)`, `also known as`.
//! ## Example
//! "North Korean leader Pak Il" → holds_role(Pak Il, leader, North Korea).
//! ## Emits
//! `holds_role` (person, title, where held); `member_of` is derived from it for organisations.

use std::borrow::Cow;

use super::mentions::{Mention, MentionKind, Pronoun, Register};
use super::{EntityKind, Facts, Modality, Object, Relation, Sentence};
use crate::gazetteer::GAZETTEER;

macro_rules! pattern {
    ($name:ident, $re:expr) => {
        static $name: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| regex::Regex::new($re).expect("pattern compiles"));
    };
}
pub(crate) use pattern;

// Between an organisation or country and the title: nothing, or a possessive; the body's
// abbreviation may close before it ("Department of National Defense (DND) spokesperson").
// Capitalised portfolio words may stand between ("Philippine Foreign Affairs Undersecretary"),
// and a word of time ("the BGMEA's current president").
pattern!(
    TITLE_PREFIX,
    r"^\)?\s*(?:['\u{2019}]s?)?\s*(?:(?:current|new|outgoing|incoming|newly\s+appointed|sole)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$"
);
// Between the title and the name: a space, or a comma after a possessive title.
// Forms of address may stand between: "the Chairwoman of X, Hon. Dr. Ana Ruiz" (and "Md.",
// Bangladesh's abbreviated Muhammad, which the name's mention leaves out), and the title's own
// name or abbreviation in brackets: "Minister of Foreign Affairs (Canciller), X".
pattern!(
    TITLE_TO_NAME,
    r"^\)?(?:\s+\([^()]{1,30}\))?\s*,?\s*(?:(?:H\.\s?E\.|H\.H\.|Hon\.|Amb\.|Dr\.?|Md\.|Mr\.|Ms\.|Mrs\.|Prof\.|Rt\.\s+Hon\.|Baroness|Baron|Lord|Lady|Sir|Dame|Madame|(?:the\s+)?(?:Most\s+|Right\s+|Rt\.?\s+)?Honou?rable|His\s+Excellency|Her\s+Excellency)\s*)*$"
);
// Between a name and its title in apposition (or in brackets: "Ana Ruiz (Minister of Trade)").
pattern!(
    APPOSITION,
    r"^\)?(?:\s*\([^)]+\))?(?:\s*\(\s*|\s*,\s*(?:[0-9]{1,3},\s*)?(?:who\s+(?:is|was|serves\s+as|served\s+as|has\s+been|had\s+been|works\s+as|took\s+over\s+as|became|(?:was|has\s+been)\s+(?:appointed|named|elected)(?:\s+as)?)\s+(?:(?:also|now|currently)\s+)?|(?:also\s+)?(?:serves|served|serving)\s+as\s+|also\s+|now\s+|currently\s+)?|(?:\s*,[^,;()]+,)?\s+(?:who\s+)?(?:(?:previously|formerly|once|later|briefly|now|currently|also)\s+)?(?:is|was|has\s+been|had\s+been|became|becomes|remains|serves\s+as|served\s+as|works\s+as|(?:was|is|has\s+been|had\s+been)\s+(?:appointed|named|elected|re-?elected|sworn\s+in|confirmed)(?:\s+(?:on|in)\s+[\p{L}0-9]+)?(?:\s+as)?|(?:left|resigned|moved|returned)(?:\s+(?:on|in)\s+[\p{L}0-9]+)?\s+to\s+become)\s+(?:also\s+|now\s+|currently\s+)?)(?:(?:a|an|the|its|his|her|their)\s+)?(?:(?:close|top|key|longtime|long-time|new|newly\s+appointed|current|incumbent|outgoing|incoming|sitting|retiring|veteran|powerful|influential|outspoken|then|former|self-(?:declared|proclaimed|styled))\s+){0,2}$"
);
// Between a title and where it is held.
pattern!(
    TITLE_TO_PLACE,
    r"^\s+(?:of|at|for|to|in|with|from)\s+(?:(?:the|its|a)\s+)?(?:[\p{Ll}][\p{L}.\u{2019}'-]*\s+|(?:\p{Lu}[\p{L}.]*\s+)?[\p{L}.]+-(?:based|run|owned|backed|controlled)\s+){0,3}$"
);
// A further title of the same person.
pattern!(
    AND_TITLE,
    r"^\s*,?\s+and\s+(?:(?:a|an|the|also)\s+)?(?:(?:close|top|key|longtime|long-time|senior)\s+)?$"
);
// A stated alias after a name.
pattern!(
    ALIAS,
    r#"^\s*(?:,\s*)?(?:(?:often|commonly|also|widely|sometimes|formerly|previously)\s+)?(?:referred\s+to\s+as|known\s+as|called|styled|dubbed|alias|a\.k\.a\.)\s+["\u{201c}]?([\p{Lu}][^"\u{201d},.;()]+?)["\u{201d}]?(?:[,.;)]|\s+(?:is|was|has|and)\s|$)|^\s*\(((?:\p{Lu}[\p{L}.&'\u{2019}-]*)(?:\s+\p{Lu}[\p{L}.&'\u{2019}-]*){0,3})\)"#
);

/// Whether `gap` sets the title at `title` in apposition to the name before it ("Ana Ruiz
/// (Minister of Trade)", but not a member's "(MP)": a title in brackets is written out).
fn in_apposition(s: &Sentence, gap: &str, title: &Mention) -> bool {
    let written_out = s.text[title.start..title.end].contains(char::is_lowercase);
    APPOSITION.is_match(gap) && (written_out || !gap.ends_with('('))
}

fn role_title(m: &Mention) -> Option<&str> {
    match &m.kind {
        MentionKind::Role(t) => Some(t),
        _ => None,
    }
}

pattern!(NAME_OF, r"^\s+of\s+(?:the\s+)?$");

// A diplomat's posting between the title's country and the name: "Ambassador of Pakistan to
// Saudi Arabia X", "Defense Attaché of Pakistan to the Kingdom Brigadier X".
pattern!(POSTING, r"^\s+(?:to|in)\s+(?:the\s+)?$");
pattern!(
    POSTING_UNNAMED,
    r"^\s+(?:to|in)\s+the\s+(?:Kingdom|Republic|Sultanate|Emirates|Federation)\s+$"
);

const HELD_AT: &[EntityKind] = &[
    EntityKind::Country,
    EntityKind::Organization,
    EntityKind::Agency,
];

/// Titles of a state or province, held at a place ("California Gov. Ana Ruiz", "Rep. Ana Ruiz
/// of Texas"), not only at a country or body.
const REGIONAL_TITLES: &[&str] = &[
    "governor",
    "lieutenant governor",
    "state senator",
    "state representative",
    "senator",
    "representative",
    "premier",
];

/// Where `title` may be held: a regional title at a place as well.
fn held_at_kinds(title: &str) -> &'static [EntityKind] {
    if REGIONAL_TITLES.contains(&without_former(title)) {
        HELD_AT_REGION
    } else {
        HELD_AT
    }
}

const HELD_AT_REGION: &[EntityKind] = &[
    EntityKind::Country,
    EntityKind::Organization,
    EntityKind::Agency,
    EntityKind::Place,
];

// A dated line of a career: "2008-2011 - Deputy Chairman of the State Tax Service;".
pattern!(
    CAREER_LINE,
    r"^\s*(?:(?:since|from)\s+)?(?:19|20)[0-9]{2}(?:\s*[-\u{2013}]\s*(?:(?:19|20)[0-9]{2}|present|now))?\s*(?:[-\u{2013}\u{2014}:]\s*)$"
);

/// A career line names a past post of the person the article profiles (the latest named).
fn career_line(s: &Sentence, register: &mut Register, out: &mut Facts) {
    let m = &s.mentions;
    let Some(first) = m.first().filter(|f| role_title(f).is_some()) else {
        return;
    };
    if !CAREER_LINE.is_match(&s.text[..first.start]) {
        return;
    }
    let Some(person) = register.most_recent(|e| e.kind == EntityKind::Person) else {
        return;
    };
    let (at, _) = held_at(s, 0);
    if let Some(title) = role_title(first) {
        record_role(register, out, person, title, at, 0.7, "roles/career-line");
    }
}

/// Whether mentions `a` and `b` are two titles joined by "and" or a dash ("Deputy Prime
/// Minister and Foreign Minister").
fn titles_joined(s: &Sentence, a: usize, b: usize) -> bool {
    let m = &s.mentions;
    m.get(b).is_some_and(|second| {
        role_title(&m[a]).is_some()
            && role_title(second).is_some()
            && (super::AND_GAP.is_match(s.gap(&m[a], second))
                // "Deputy Prime Minister – Minister of Trade X", as Kazakh and Russian releases
                // join a second post.
                || matches!(s.gap(&m[a], second), " \u{2013} " | " \u{2014} " | " - ")
                // "The OSCE Chairperson-in-Office, Federal Councillor X": a title in
                // apposition to the title and name after it; so "the Prime Minister, Head of
                // Government, Mr. X" inside a sentence, the name after a comma.
                || s.gap(&m[a], second) == ", "
                    && (leads_sentence(s, a)
                        || s.text[..m[a].start].ends_with("the ")
                            && m.get(b + 1).is_some_and(|p| {
                                let gap = s.gap(second, p);
                                p.is_kind(&[EntityKind::Person])
                                    && gap.starts_with(',')
                                    && TITLE_TO_NAME.is_match(gap)
                            })))
    })
}

/// The country of "The representative of COUNTRY, PERSON" (UN meeting coverage names each
/// speaker so), for the person at `p`.
fn designated_country(s: &Sentence, p: usize) -> Option<usize> {
    let m = &s.mentions;
    let (title, country, person) = (m.get(p.checked_sub(2)?)?, m.get(p - 1)?, m.get(p)?);
    (role_title(title) == Some("representative")
        && country.is_kind(&[EntityKind::Country])
        && !country.demonym
        && s.gap(title, country) == " of "
        && s.gap(country, person) == ", ")
        .then_some(country.entity)
        .flatten()
}

/// Whether title `a` opens its sentence or a dateline aside: few words before it.
fn leads_sentence(s: &Sentence, a: usize) -> bool {
    s.text[..s.mentions[a].start]
        .rsplit(['\u{2013}', '\u{2014}', ','])
        .next()
        .is_some_and(|lead| lead.split_whitespace().count() <= 2)
}

/// The second of two titles before one name, if title `k` is the first: the next mention, or
/// the one after a demonym in apposition ("The OSCE Chairperson-in-Office, Swiss Federal
/// Councillor X").
fn second_title(s: &Sentence, k: usize) -> Option<usize> {
    if titles_joined(s, k, k + 1) {
        return Some(k + 1);
    }
    let m = &s.mentions;
    let (demonym, second) = (m.get(k + 1)?, m.get(k + 2)?);
    (demonym.demonym
        && role_title(&m[k]).is_some()
        && role_title(second).is_some()
        && s.gap(&m[k], demonym) == ", "
        && s.gap(demonym, second) == " "
        && leads_sentence(s, k))
    .then_some(k + 2)
}

/// `title` without its leading "former "s, as `trim_start_matches("former ")` leaves it (asked
/// of every title: that set up a searcher per call).
fn without_former(title: &str) -> &str {
    let mut rest = title;
    while let Some(after) = rest.strip_prefix("former ") {
        rest = after;
    }
    rest
}

pub(crate) fn extract(s: &Sentence, register: &mut Register, out: &mut Facts) {
    let m = &s.mentions;
    career_line(s, register, out);
    for k in 0..m.len() {
        let Some(title) = role_title(&m[k]) else {
            continue;
        };
        let held_at_kinds = held_at_kinds(title);
        // "a former general" holds a rank too.
        let is_rank = |t: &str| GAZETTEER.ranks.contains(without_former(t));
        if is_rank(title) {
            continue; // a rank is not reported as a role
        }
        // "Sheikh" styles a family's member, not an office ("the Foreign Minister, Sheikh X").
        if matches!(title, "sheikh" | "sheikha" | "sheik") {
            continue;
        }
        // A royal style right after another title begins its holder's name ("Minister of
        // Foreign Affairs Sheikh NAME"): the earlier title is the role.
        let is_style = |t: &str| GAZETTEER.royal.contains(t);
        if is_style(title)
            && k.checked_sub(1).is_some_and(|p| {
                role_title(&m[p]).is_some() && s.gap(&m[p], &m[k]).trim().is_empty()
            })
        {
            continue;
        }
        let gap_before = k.checked_sub(1).map_or("", |p| s.gap(&m[p], &m[k]));
        // ("Falcon Bay Maritime, whose managing director, X": a relative possessive.)
        let whose = gap_before == ", whose ";
        // (Bytewise: a gap is a few bytes, and `str::contains` set up a searcher per call.)
        let gap_bytes = gap_before.as_bytes();
        let possessive_before = whose
            || gap_bytes.windows(2).any(|w| w == b"'s")
            || gap_bytes.windows(4).any(|w| w == "\u{2019}s".as_bytes());
        // Two titles joined before one name share both ("Pakistan's Deputy Prime Minister and
        // Foreign Minister X"): the second is held where the first is.
        let title_start = k
            .checked_sub(1)
            .filter(|&p| titles_joined(s, p, k))
            .unwrap_or(k);
        // Where the title is held, before it ("Kremlin spokesperson") or after it ("the Chief of
        // the General Staff of the Mongolian Armed Forces, Major General X").
        let before = title_start
            .checked_sub(1)
            .map(|p| &m[p])
            .filter(|p| {
                p.is_kind(held_at_kinds)
                    && (TITLE_PREFIX.is_match(s.gap(p, &m[title_start]))
                        || title_start == k && whose)
            })
            .and_then(|p| p.entity);
        // "its president, Ana Ruiz": the body "its" stands for, named earlier in the sentence
        // (across sentences "its" is too often another body than the last subject).
        let its_at = title_start.checked_sub(1).filter(|&p| {
            matches!(m[p].kind, MentionKind::Pronoun(Pronoun::Thing))
                && s.text[m[p].start..m[p].end].eq_ignore_ascii_case("its")
                && s.gap(&m[p], &m[title_start]) == " "
        });
        let its = its_at
            // The nearest body before it: "the World Bank debarred Acme Ltd, a builder, and its
            // managing director, X" (X is Acme's).
            .and_then(|p| {
                m[..p]
                    .iter()
                    .rev()
                    // ("the Council of the European Union listed its director, X": a
                    // sanctioning body acts on another's officer.)
                    .filter_map(|x| {
                        x.entity.filter(|&e| {
                            x.is_kind(&[EntityKind::Organization, EntityKind::Agency])
                                && !register.entities[e].sanctions
                        })
                    })
                    .next()
                    // "… Akzhol Trade Systems. Its director, X, …": a sentence opening so on a
                    // title and a name speaks of the company last named (not of a body that
                    // sanctions or governs).
                    .or_else(|| {
                        (p == 0 && s.text.starts_with("Its "))
                            .then(|| {
                                register.most_recent(|e| {
                                    e.kind == EntityKind::Organization && !e.sanctions
                                })
                            })
                            .flatten()
                    })
            });
        let before = before.or(its);
        let possessive_before = possessive_before || its_at.is_some();
        // A title in apposition to a name before it ("X, president of Y, met Z") is X's.
        let after = m.get(k + 1).filter(|o| {
            o.is_kind(held_at_kinds)
                && !o.demonym
                && TITLE_TO_PLACE.is_match(s.gap(&m[k], o))
                && !posted_to(title, s.gap(&m[k], o))
        });
        // ("X, Director of the Planning Department Major General Y": unless the title's place
        // runs on, through ranks, into the next name.)
        let names_next = || {
            let mut n = k + 2;
            while m.get(n).and_then(role_title).is_some_and(is_rank)
                && s.gap(&m[n - 1], &m[n]).trim().is_empty()
            {
                n += 1;
            }
            m.get(n).is_some_and(|p| {
                p.is_kind(&[EntityKind::Person]) && s.gap(&m[n - 1], p).trim().is_empty()
            })
        };
        let appositive = k.checked_sub(1).is_some_and(|p| {
            m[p].is_kind(&[EntityKind::Person]) && in_apposition(s, s.gap(&m[p], &m[k]), &m[k])
        }) && (after.is_none() || !names_next());
        let after = after.filter(|_| !appositive);
        // "Ecuador's ambassador to the United Nations, Ana Ruiz": the posting is skipped.
        // ("Sudan's ambassador in London, Ana Ruiz": a city is a posting too.)
        let posted = m.get(k + 1).is_some_and(|o| {
            (o.is_kind(HELD_AT) || o.is_kind(&[EntityKind::Place]))
                && TITLE_TO_PLACE.is_match(s.gap(&m[k], o))
                && {
                    let gap = s.gap(&m[k], o);
                    posted_to(title, gap)
                }
        });
        // "the Indonesian Foreign Minister, Ana Ruiz": a definite title may take its name after
        // a comma, as a possessive one may ("Kenya's minister, Ana Ruiz").
        let title_from = match before {
            Some(_) => m[title_start - 1].start,
            None => m[title_start].start,
        };
        // ("a foreign ministry spokesman, Wang Lei": an indefinite one too, with up to two
        // lower-case words between.)
        let definite = s.text[..title_from]
            .trim_end()
            .rsplit(' ')
            .take(3)
            .take_while(|w| w.starts_with(char::is_lowercase) || matches!(*w, "The" | "A" | "An"))
            // ("my Vice Minister for Multilateral Affairs, X", "our Special Envoy, X".)
            .any(|w| {
                matches!(
                    w,
                    "the"
                        | "The"
                        | "a"
                        | "A"
                        | "an"
                        | "An"
                        | "my"
                        | "our"
                        | "his"
                        | "her"
                        | "their"
                )
            });
        let comma_ok = possessive_before || definite;
        let (at, mut n, comma_ok) = match after {
            // ("Director of the Federal Bureau of Investigation (FBI) X": the body's short
            // name after it is passed over.)
            Some(o) => match m.get(k + 2) {
                Some(short) if short.entity == o.entity && s.in_brackets_after(o, short) => {
                    (o.entity, k + 3, true)
                }
                _ => (o.entity, k + 2, true),
            },
            // ("Canada's Ambassador to Romania and Moldova, X": a posting to several.)
            None if posted => {
                let mut n = k + 2;
                while m.get(n).is_some_and(|o| {
                    o.is_kind(&[EntityKind::Country, EntityKind::Place])
                        && matches!(s.gap(&m[n - 1], o), " and " | ", " | ", and ")
                }) {
                    n += 1;
                }
                (before, n, true)
            }
            // The first of two titles before one name: the name follows the second.
            // ("… – Minister of Trade of Kazakhstan X": the second's place is the first's too.)
            None if let Some(j) = second_title(s, k) => match m.get(j + 1).filter(|o| {
                o.is_kind(HELD_AT) && !o.demonym && TITLE_TO_PLACE.is_match(s.gap(&m[j], o))
            }) {
                Some(o) => (before.or(o.entity), j + 2, comma_ok),
                None => (before, j + 1, comma_ok),
            },
            None => (before, k + 1, comma_ok),
        };
        let mut posting = None;
        if after.is_some()
            && let Some(o) = m.get(n).filter(|o| {
                o.is_kind(&[EntityKind::Country, EntityKind::Place])
                    && POSTING.is_match(s.gap(&m[n - 1], o))
            })
        {
            posting = o.entity;
            n += 1;
        }
        // ("… to the Kingdom Brigadier X": a posting the text leaves unnamed.)
        let unnamed_posting = |n: usize| {
            after.is_some() && n == k + 2 && POSTING_UNNAMED.is_match(s.gap(&m[n - 1], &m[n]))
        };
        // "Falcon Ridge's owner is X": a copula where a comma would be (not "… was X's guest").
        let copula = |n: usize| {
            n == k + 1
                && matches!(s.gap(&m[k], &m[n]), " is " | " was ")
                && !s.text[m[n].end..].starts_with(['\'', '\u{2019}'])
        };
        // Ranks between the title and the name are skipped ("PCG Commandant Admiral R. Cruz").
        // "The Chair of the Committee, Ambassador Ana Ruiz": "Ambassador" right before a name
        // is a form of address there.
        let address = |n: usize, t: &str| {
            t == "ambassador"
                && m.get(n + 1)
                    .is_some_and(|p| p.is_kind(&[EntityKind::Person]) && s.gap(&m[n], p) == " ")
        };
        // ("its sole director, PRC national Liang Wei": a nationality before the name.)
        let nationality = |n: usize| {
            m[n].is_kind(&[EntityKind::Country])
                && m.get(n + 1).is_some_and(|p| {
                    p.is_kind(&[EntityKind::Person]) && s.gap(&m[n], p) == " national "
                })
        };
        while m.get(n).is_some_and(|x| {
            role_title(x).is_some_and(|t| is_rank(t) || is_style(t) || address(n, t))
                || nationality(n)
        }) && (matches!(s.gap(&m[n - 1], &m[n]).trim(), "" | ",")
            || unnamed_posting(n)
            || copula(n))
        {
            n += 1;
        }
        // "Ambassador Ana Ruiz, Permanent Representative of …": an honorific before a name
        // whose post follows it.
        let honorific = title == "ambassador"
            && n == k + 1
            && m.get(n + 1).is_some_and(|t| {
                role_title(t).is_some() && matches!(s.gap(&m[n], t), ", " | ", the ")
            });
        // "The representative of Denmark, X, Deputy Permanent Representative, said": the
        // speaker's designation, whose post follows the name.
        let designation = title == "representative"
            && n == k + 2
            && designated_country(s, n).is_some()
            && m.get(n + 1)
                .is_some_and(|t| role_title(t).is_some() && s.gap(&m[n], t) == ", ");
        // Whether the title went to the name right after it, no comma between.
        let mut named = false;
        if let Some(next) = m.get(n).filter(|n| {
            n.is_kind(&[EntityKind::Person]) && !n.indirect && !honorific && !designation
        }) {
            let gap = s.gap(&m[n - 1], next);
            // ("Deputy Prime Minister, Minister of Trade of X NAME": the comma that joins two
            // titles opening a sentence is no apposition.)
            let inner_comma = match second_title(s, k) {
                Some(j) if j < n && s.gap(&m[k], &m[j]) == ", " => {
                    n - 1 > j && s.gap(&m[j], &m[n - 1]).contains(',')
                }
                _ => s.gap(&m[k], &m[n - 1]).contains(','),
            };
            let comma_here = gap.contains(',') || inner_comma || copula(k + 1);
            if (TITLE_TO_NAME.is_match(gap)
                || unnamed_posting(n)
                || nationality(n - 1)
                || copula(n))
                && (!comma_here || comma_ok)
                // "Minister of Defence of Mongolia Dorjsuren Enkhbold": a formal title names
                // its holder straight after the country.
                && (after.is_none()
                    || gap.contains(',')
                    || n > k + 2
                    || s.text[m[k].start..].starts_with(char::is_uppercase))
                && let Some(person) = next.entity
            {
                // A diplomat lives where posted: a meeting there is no visit.
                if posted {
                    note_country(register, person, m[k + 1].entity);
                }
                if posting.is_some() {
                    note_country(register, person, posting);
                }
                // "President Ana Ruiz of Chile": the place after the name.
                let at = at.or_else(|| {
                    m.get(n + 1)
                        .filter(|o| {
                            o.is_kind(held_at_kinds)
                                && !o.demonym
                                && NAME_OF.is_match(s.gap(next, o))
                        })
                        .and_then(|o| o.entity)
                });
                record_role(
                    register,
                    out,
                    person,
                    title,
                    at,
                    if at.is_some() { 0.9 } else { 0.8 },
                    "roles/title-before-name",
                );
                named = !comma_here;
            }
        }
        // Apposition after the name: "X, a senior fellow at Y", or with the place as a
        // possessive, "X, Indonesia's defense minister".
        let appositive_to = |p: usize, at: Option<usize>| {
            let next = at.map_or(&m[k], |a| &m[a]);
            // "Liu Wei, a PRC national, is the general manager": a mention inside the clause.
            [Some(p), p.checked_sub(1)]
                .into_iter()
                .flatten()
                .find_map(|q| {
                    let prev = &m[q];
                    let gap = s.gap(prev, next);
                    // "she was appointed governor": a pronoun with a verb, never a comma alone.
                    let pronoun = matches!(prev.kind, MentionKind::Pronoun(Pronoun::Person))
                        && !gap.trim_start().starts_with([',', '(', ')']);
                    ((prev.is_kind(&[EntityKind::Person]) || pronoun)
                        && in_apposition(s, gap, &m[k]))
                    .then_some(prev.entity)
                    .flatten()
                })
        };
        // "Indonesia's defense minister", "a WPK member": the body before the title.
        let possessor = k.checked_sub(1).filter(|&p| {
            let gap = s.gap(&m[p], &m[k]);
            // "X, Emirati Minister of State": a demonym right before the title too.
            m[p].is_kind(HELD_AT)
                && (!m[p].demonym && super::POSSESSIVE_GAP.is_match(gap) || gap == " ")
        });
        // "Ana Ruiz, President Tom Cole and …": a title right before a name is that name's.
        // "X, the President's special envoy": a possessive title is the next title's holder.
        if named
            || m.get(k + 1).is_some_and(|n| {
                n.is_kind(&[EntityKind::Person]) && s.gap(&m[k], n).trim().is_empty()
            })
            || ["'s ", "\u{2019}s "]
                .iter()
                .any(|p| s.text[m[k].end..].starts_with(p))
        {
            continue;
        }
        let (person, held_before) = match (k.checked_sub(1), possessor) {
            (_, Some(p)) => match p.checked_sub(1).and_then(|q| appositive_to(q, Some(p))) {
                Some(person) => (person, m[p].entity),
                None => continue,
            },
            (Some(p), None) => match appositive_to(p, None) {
                Some(person) => (person, designated_country(s, p)),
                None => continue,
            },
            (None, None) => continue,
        };
        let mut j = k;
        while let Some(title) = role_title(&m[j]) {
            let (at, last) = held_at(s, j);
            let (at, last) = match at.or(held_before.filter(|_| j == k)) {
                Some(at) => (Some(at), last),
                None => match comma_body(s, j) {
                    Some(b) => (m[b].entity, b),
                    None => (None, last),
                },
            };
            record_role(register, out, person, title, at, 0.85, "roles/apposition");
            // "…, secretary of X and a close aide to Y"; not "…, and the Finance Minister, Jan
            // Kowal", a title that names its own holder.
            let names_own_holder = |t: usize| {
                let last = held_at(s, t).1;
                m.get(last + 1).is_some_and(|p| {
                    p.is_kind(&[EntityKind::Person]) && matches!(s.gap(&m[last], p), " " | ", ")
                })
            };
            match m.get(last + 1) {
                // ("X, Ambassador, Permanent Representative of Gabon": a comma may join them.)
                Some(n)
                    if role_title(n).is_some()
                        && (AND_TITLE.is_match(s.gap(&m[last], n))
                            || s.gap(&m[last], n) == ", ")
                        && !names_own_holder(last + 1) =>
                {
                    j = last + 1
                }
                _ => break,
            }
        }
    }
}

// "X joined the board of Y", "X is a member of Y".
pattern!(
    JOINED,
    r"^\s+(?:(?:has|had|also|recently|formally)\s+)*(?:joined|rejoined|became\s+a\s+member\s+of|is\s+a\s+member\s+of|was\s+a\s+member\s+of|sits\s+on|sat\s+on|(?:serves|served|serving)\s+on|was\s+elected\s+to|was\s+appointed\s+to|(?:returned|came\s+back|joined|served|serves|sat|sits)(?-u:\b)[^,;]{0,40}?\s+as\s+an?\s+member\s+of)\s+(?:the\s+)?(?:(?:board(?:\s+of\s+(?:directors|trustees|governors))?|supervisory\s+board|executive\s+board|advisory\s+council|council|committee|ranks)\s+of\s+(?:the\s+)?)?(?:[\p{Ll}-]+\s+){0,2}$"
);

// "A and B, both members of the X".
pattern!(
    BOTH_MEMBERS,
    r"^(?:\s*\([^)]*\))?,\s+(?:both|all|each)\s+(?:of\s+them\s+)?(?:members|a\s+member)\s+of\s+(?:the\s+)?$"
);

// Between two people of a list: ", ", " and ", a party label "(D-Md.) and ".
pattern!(
    LISTED_PERSON,
    r"^(?:\s*\([^)]*\))?(?:,\s*(?:and\s+)?|\s+and\s+)$"
);

// "Ana Ruiz of the ruling Labour Party", "Kim Su-won of the main opposition Unity Party".
pattern!(OF_PARTY, r"^\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$");

/// Last words of a political party's or group's name: "Labour Party", "Free Alliance".
const PARTY_HEADS: &[&str] = &[
    "Party",
    "Alliance",
    "Front",
    "Movement",
    "Congress",
    "League",
    "Coalition",
];

/// Whether the organisation at `org` is named as a party: by its last word, or by a lower-case
/// "party" or "group" after it ("the National Renewal party", "the Greens/EFA group").
fn is_party(s: &Sentence, org: &Mention) -> bool {
    let name = &s.text[org.start..org.end];
    let last = name.rsplit([' ', '/']).next().unwrap_or("");
    let after = &s.text[org.end..];
    PARTY_HEADS.contains(&last) || after.starts_with(" party") || after.starts_with(" group")
}

/// Memberships stated with a verb: "X joined the Y", "X is a member of the Y"; and a party
/// named after its member: "Ana Ruiz of the ruling Labour Party".
pub(crate) fn memberships(s: &Sentence, out: &mut Facts) {
    let m = &s.mentions;
    member_and_title(s, out);
    member_states(s, out);
    for (i, p) in m.iter().enumerate() {
        // "is a member of the X" may hold a "member" title mention between the two.
        let member_title = m
            .get(i + 1)
            .is_some_and(|t| matches!(&t.kind, MentionKind::Role(r) if r == "member"));
        let Some(org) = m.get(if member_title { i + 2 } else { i + 1 }) else {
            continue;
        };
        let gap = &s.text[p.end..org.start.max(p.end)];
        // "He is a member of the House": a resolved pronoun too.
        let person_like = p.is_kind(&[EntityKind::Person])
            || matches!(p.kind, MentionKind::Pronoun(Pronoun::Person));
        if !person_like || !org.is_kind(&[EntityKind::Organization, EntityKind::Agency]) {
            continue;
        }
        let both = BOTH_MEMBERS.is_match(gap);
        let (confidence, rule) = if JOINED.is_match(gap) {
            (0.8, "roles/joined")
        } else if both {
            (0.8, "roles/both-members")
        } else if !member_title && OF_PARTY.is_match(gap) && is_party(s, org) {
            (0.75, "roles/of-party")
        } else {
            continue;
        };
        // "A and B, both members of the X": each person of the list.
        let mut people = vec![i];
        while both
            && let Some(q) = people[people.len() - 1].checked_sub(1)
            && m[q].is_kind(&[EntityKind::Person])
            && LISTED_PERSON.is_match(s.gap(&m[q], &m[q + 1]))
        {
            people.push(q);
        }
        for q in people {
            if let (Some(person), Some(body)) = (m[q].entity, org.entity) {
                out.link(
                    Relation::MemberOf,
                    person,
                    body,
                    s.date_near(p.end),
                    s.modality(m[q].start, org.end),
                    confidence,
                    rule,
                );
            }
        }
    }
}

// A country's membership: "Finland joined NATO", "Moldova, which joined the X", "became a full
// member of the X", "became the 30th member state of", "are already WTO members", "are both
// (founding) members of", "is one of the ten member states of", "Iceland, a founding member of",
// "Vietnam, an ASEAN member state", "has been a member of … since 1945", "are both contracting
// parties to the X" (a commission's parties are its members).
pattern!(
    STATE_JOINED,
    &concat!(
        r"^(?:,\s+(?:an?|the)\s+(?:(?:full|founding|new|newest)\s+)?$",
        r"|(?:,\s+which)?\s+(?:(?:has|have|had|also|formally|officially|already|both|all)\s+)*(?:joined",
        r"|(?:became|becomes)\s+(?:a|an|the)\s+(?:MEMBER_ADJ)\s+of",
        r"|(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:(?:already|also|now|both|all)\s+)?(?:(?:a|an)\s+|(?:one\s+of|among)\s+the\s+(?:[0-9]{1,3}\s+|\p{Ll}+\s+)?)?(?:MEMBER_ADJ)\s+of(?:\s+both)?",
        r"|(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:(?:already|also|now|both|all)\s+)?(?:a\s+)?(?:contracting\s+)?part(?:y|ies)\s+to",
        r"|(?:is|are|was|were)\s+(?:(?:already|also|now)\s+)?(?:a\s+)?)\s*(?:the\s+)?$",
        r"|,\s+(?:(?:a|an)\s+|one\s+of\s+the\s+(?:[0-9]{1,3}\s+|\p{Ll}+\s+)?)(?:MEMBER_ADJ)\s+of(?:\s+both)?\s+(?:the\s+)?$)",
    )
    .replace("MEMBER_ADJ", MEMBER_ADJ)
);
// After a country: "… is a founding member", "… is one of the members".
pattern!(
    MEMBER_AFTER,
    &r"^\s+(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|both\s+)?(?:(?:a|an|one\s+of\s+the)\s+)?(?:MEMBER_ADJ)|joined|became\s+(?:a|an|the)\s+(?:MEMBER_ADJ))(?-u:\b)"
        .replace("MEMBER_ADJ", MEMBER_ADJ)
);

/// A member's place in a body, with its qualifiers: "founding member state", "eighth Partner
/// State", "important member".
const MEMBER_ADJ: &str = r"(?:(?:full|full-fledged|founding|new|newest|important|active|key|leading|permanent|[0-9]{1,3}(?:st|nd|rd|th)|\p{Ll}+(?:th|st|nd|rd))\s+)*(?:[Mm]embers?(?:\s+[Ss]tates?|\s+countries|\s+nations)?|[Pp]artner\s+[Ss]tates?)";
// What may follow the body: its abbreviation, "… WTO members", a clause's end or its next
// phrase.
pattern!(
    AFTER_BODY,
    r"^(?:\s*\([^()]{1,20}\))?(?:\s+(?:members?|member\s+states?|(?:trade\s+|economic\s+|regional\s+)?(?:bloc|alliance|grouping)))?(?:\s*[,.;:)]|\s*$|\s+(?:in|on|since|as|at|from|and|with|after|last|this|that|which|when|while|until|before|for|by)(?-u:\b))"
);

// Between two bodies a country is a member of: "NATO and the EU", "the EAC and of COMESA", "the
// OAU and a member of IGAD", "SAARC and has been a member of BIMSTEC", "NATO in 2009 and the EU",
// "the EAEU and joined the SCO", and from a body's short name in brackets: "(SADC) and the".
pattern!(
    BODY_LIST_GAP,
    &r"^\)?(?:\s*\([^()]{1,20}\))?(?:\s+at\s+its\s+(?:founding|creation|inception))?(?:\s+(?:in|since)\s+(?:[A-Z][a-z]+\s+)?\d{4})?(?:,\s+|\s+and\s+|,\s+and\s+)(?:(?:(?:has|have)\s+been\s+|is\s+(?:also\s+)?)?(?:a|an)\s+(?:MEMBER_ADJ)\s+of\s+|of\s+|(?:(?:has|have|also|later)\s+)*(?:re)?joined\s+)?(?:the\s+)?$"
        .replace("MEMBER_ADJ", MEMBER_ADJ)
);

// Between a state and a body, past an aside (on another body): ", a member of the Caribbean
// Community (CARICOM), is also a member of the", ", which announced its withdrawal from ECOWAS
// in January 2024, is a member of the".
pattern!(
    ASIDE_THEN_MEMBER,
    &r"^,\s+(?:an?\s+(?:MEMBER_ADJ)\s+of|which)\s+[^,;()]{1,80}(?:\s*\([^()]{1,20}\))?,\s+(?:is|was|has\s+been|remains)\s+(?:also\s+)?(?:an?\s+(?:MEMBER_ADJ)\s+of)\s+(?:the\s+)?$"
        .replace("MEMBER_ADJ", MEMBER_ADJ)
);

// After a country in a relative clause on a body: "…, which South Sudan joined in 2016".
pattern!(
    JOINED_AFTER,
    r"^\s+(?:(?:has|had|formally|officially)\s+)*joined(?-u:\b)"
);

// Before a body, a country's place in it: "admitted Somalia as the eighth Partner State of the",
// "Kenya, as a founding member of the".
pattern!(
    AS_MEMBER,
    &r"(?-u:\b)as\s+(?:the|a|an|its)\s+(?:MEMBER_ADJ)\s+of\s+(?:the\s+)?$"
        .replace("MEMBER_ADJ", MEMBER_ADJ)
);

// After a body, the list of its members: "the nine CPLP member states - Angola, Brazil, …".
pattern!(
    MEMBERS_LISTED,
    r"^\s+member\s+(?:states|countries|nations)\s*(?:[-\u{2013}\u{2014}:,]\s*)(?:namely\s+)?$"
);

/// A country named as one (not a demonym: "Kenyan").
fn is_state(x: &Mention) -> bool {
    x.is_kind(&[EntityKind::Country]) && !x.demonym
}

/// `member_of` from the country `state` to `body`, asserted as the text between them is.
fn link_member_state(
    s: &Sentence,
    out: &mut Facts,
    state: &Mention,
    body: &Mention,
    rule: &'static str,
) {
    if let (Some(x), Some(org)) = (state.entity, body.entity) {
        out.link(
            Relation::MemberOf,
            x,
            org,
            None,
            s.modality(state.start.min(body.start), state.end.max(body.end)),
            0.75,
            rule,
        );
    }
}

/// A country's membership of a body ("Finland joined NATO", "A, B and C are already WTO
/// members"), each country of a list before the verb; or the list after "ORG member states -".
fn member_states(s: &Sentence, out: &mut Facts) {
    let m = &s.mentions;
    let mut link = |q: usize, body: &Mention, rule| link_member_state(s, out, &m[q], body, rule);
    for (i, body) in m.iter().enumerate() {
        if !body.is_kind(&[EntityKind::Organization, EntityKind::Agency]) {
            continue;
        }
        // "The East African Community, which South Sudan joined in 2016".
        if m.get(i + 1).is_some_and(|x| {
            is_state(x) && s.gap(body, x) == ", which " && JOINED_AFTER.is_match(&s.text[x.end..])
        }) {
            link(i + 1, body, "roles/member-state-joined");
        }
        if let Some(q) = member_as(s, i) {
            link(q, body, "roles/member-state-as");
        }
        if !s.text[body.end..].starts_with(" member") {
            continue;
        }
        // ("member" may be read as a title: the list starts after it.)
        let lead = match &m.get(i + 1).map(|x| &x.kind) {
            Some(MentionKind::Role(r)) if r == "member" => i + 1,
            _ => i,
        };
        let first = m.get(lead + 1).filter(|x| {
            is_state(x)
                && s.text
                    .get(body.end..x.start)
                    .is_some_and(|gap| MEMBERS_LISTED.is_match(gap))
        });
        // Two at least: a list, not the sentence going on.
        let second = m.get(lead + 2).filter(|x| is_state(x));
        if !first
            .zip(second)
            .is_some_and(|(a, b)| LISTED_PERSON.is_match(s.gap(a, b)))
        {
            continue;
        }
        let mut q = lead + 1;
        loop {
            link(q, body, "roles/member-states-listed");
            match m.get(q + 1) {
                Some(x) if is_state(x) && LISTED_PERSON.is_match(s.gap(&m[q], x)) => q += 1,
                _ => break,
            }
        }
    }
    for (i, body) in m.iter().enumerate().skip(1) {
        // ("became a full member of": the title "full member" may stand between.)
        let at = match &m[i - 1].kind {
            MentionKind::Role(r) if r.ends_with("member") && i >= 2 => i - 2,
            _ => i - 1,
        };
        if !body.is_kind(&[EntityKind::Organization, EntityKind::Agency]) {
            continue;
        }
        // "Guyana, a member of CARICOM, is also a member of the OIC": the sentence's first
        // state, past an aside on another body.
        let aside = !is_state(&m[at])
            && at > 0
            && is_state(&m[0])
            && s.text[..m[0].start].trim().is_empty()
            && s.text
                .get(m[0].end..body.start)
                .is_some_and(|gap| ASIDE_THEN_MEMBER.is_match(gap));
        let at = if aside { 0 } else { at };
        let p = &m[at];
        if !is_state(p) {
            continue;
        }
        let Some(gap) = s.text.get(p.end..body.start) else {
            continue;
        };
        let verb = if aside {
            "member"
        } else {
            match STATE_JOINED.find(gap) {
                Some(verb) => verb.as_str(),
                None => continue,
            }
        };
        // "are already WTO members" names the membership after the body; "is a member of"
        // before it.
        let after = &s.text[body.end..];
        let plural_after = after.starts_with(" member");
        let verb = verb.to_lowercase();
        let member_before = ["member", "joined", "part"]
            .iter()
            .any(|w| verb.contains(w));
        if !(member_before || plural_after) || !AFTER_BODY.is_match(after) {
            continue;
        }
        // ("Ethiopia and the United Arab Emirates, which both joined BRICS".)
        let mut states = vec![at];
        while let Some(q) = states[states.len() - 1].checked_sub(1)
            && is_state(&m[q])
            && LIST_AND_GAP.is_match(s.gap(&m[q], &m[q + 1]))
        {
            states.push(q);
        }
        let listed = if member_before {
            bodies_listed(s, i)
        } else {
            vec![i]
        };
        for &b in &listed {
            for &q in &states {
                link(q, &m[b], "roles/member-state");
            }
        }
    }
    member_of_which(s, out);
    members_made_up(s, out);
}

/// The body at `first` and each body listed after it: "a member of both NATO and the EU", "a
/// member of the EAC and of COMESA", "a founding member of the OAU and a member of IGAD".
fn bodies_listed(s: &Sentence, first: usize) -> Vec<usize> {
    let m = &s.mentions;
    let body_after = |last: usize| {
        // ("the Southern African Development Community (SADC) and the …": from its short
        // name in brackets.)
        let last = match m.get(last + 1) {
            Some(short) if s.in_brackets_after(&m[last], short) => last + 1,
            _ => last,
        };
        // ("and a member of IGAD": "member" may be read as a title between, and "at its
        // founding" puts a pronoun there.)
        let next = (last + 1..m.len().min(last + 4))
            .find(|&k| match &m[k].kind {
                MentionKind::Role(r) => !r.ends_with("member"),
                MentionKind::Pronoun(_) => &s.text[m[k].start..m[k].end] != "its",
                _ => true,
            })
            .unwrap_or(last + 1);
        m.get(next)
            .is_some_and(|x| {
                x.is_kind(&[EntityKind::Organization, EntityKind::Agency])
                    && s.text
                        .get(m[last].end..x.start)
                        .is_some_and(|gap| BODY_LIST_GAP.is_match(gap))
                    // ("… and the African Union's predecessor, the OAU": a possessive.)
                    && !s.text[x.end..].starts_with(['\'', '\u{2019}'])
            })
            .then_some(next)
    };
    let mut listed = vec![first];
    while let Some(next) = listed.last().and_then(|&last| body_after(last)) {
        listed.push(next);
    }
    listed
}

// Before a body: "Both countries are members of the", "the two nations are also founding members
// of".
pattern!(
    PAIR_MEMBERS,
    &r"(?-u:\b)(?:[Bb]oth|[Tt]he\s+two)\s+(?:countries|nations|states)\s+(?:are|were|have\s+been|remain)\s+(?:(?:also|both|already|now)\s+)?(?:MEMBER_ADJ)\s+of\s+(?:both\s+)?(?:the\s+)?$"
        .replace("MEMBER_ADJ", MEMBER_ADJ)
);

/// "Both countries are members of the EAC": the pair named before (in the sentence, else the
/// article's latest two countries) is a member of each body listed.
pub(crate) fn pair_members(s: &Sentence, register: &Register, out: &mut Facts) {
    // (Most sentences have neither "two " nor "both ", settled by the article's cues.)
    if !s.cues.pair {
        return;
    }
    let m = &s.mentions;
    let Some((first, found)) = m.iter().enumerate().find_map(|(i, x)| {
        if !x.is_kind(&[EntityKind::Organization, EntityKind::Agency]) {
            return None;
        }
        // ("members of", "member states of" end so; bytes compared, as a `str` pattern builds
        // a searcher per call.)
        let before = &s.text.as_bytes()[..x.start];
        let before = before.strip_suffix(b"the ").unwrap_or(before);
        let before = before.strip_suffix(b"both ").unwrap_or(before);
        if !before.ends_with(b"s of ") {
            return None;
        }
        PAIR_MEMBERS
            .find(&s.text[..x.start])
            .map(|found| (i, found))
    }) else {
        return;
    };
    // ("members of the ASEAN Defence Ministers' Meeting-Plus": a body named only in part.)
    if !AFTER_BODY.is_match(&s.text[m[first].end..]) {
        return;
    }
    let states = super::treaties::pair(s, register, out.out, found.end());
    for b in bodies_listed(s, first) {
        for &state in &states {
            if let Some(body) = m[b].entity {
                out.link(
                    Relation::MemberOf,
                    state,
                    body,
                    None,
                    s.modality(found.start(), m[b].end),
                    0.7,
                    "roles/pair-members",
                );
            }
        }
    }
}

// Before a body, after its members: "Denmark, Finland and Norway make up NORDEFCO".
pattern!(
    MAKE_UP,
    r"^\s+(?:make\s+up|made\s+up|constitute|constituted)\s+(?:the\s+)?$"
);
// After a body, before its members: "ECOWAS, which comprises Benin, …", "the Quad, made up of".
pattern!(
    MADE_UP_OF,
    r"^(?:\s*\([^()]{1,20}\))?,?\s+(?:which\s+)?(?:comprises|comprised|comprising|is\s+made\s+up\s+of|made\s+up\s+of|consists\s+of|consisting\s+of|groups|grouping|brings\s+together|bringing\s+together)\s+(?:the\s+)?$"
);

/// A body named with all its members: "A, B and C make up the X", "the X, which comprises A, B
/// and C" (two countries at least, so a list).
fn members_made_up(s: &Sentence, out: &mut Facts) {
    let m = &s.mentions;
    // A body and two countries at least, asked of the mentions before any text is searched
    // (a substring search's set-up costs more than the mentions' scan).
    if m.iter().filter(|x| is_state(x)).nth(1).is_none()
        || !m
            .iter()
            .any(|x| x.is_kind(&[EntityKind::Organization, EntityKind::Agency]))
    {
        return;
    }
    // The run of listed countries from `q`, backwards or forwards.
    let run = |q: usize, back: bool| {
        let mut list = vec![q];
        loop {
            let last = list[list.len() - 1];
            let next = if back {
                last.checked_sub(1)
            } else {
                Some(last + 1)
            };
            match next.filter(|&n| n < m.len()) {
                Some(n)
                    if is_state(&m[n]) && {
                        let (a, b) = if back { (n, last) } else { (last, n) };
                        LIST_AND_GAP.is_match(s.gap(&m[a], &m[b]))
                    } =>
                {
                    list.push(n)
                }
                _ => return list,
            }
        }
    };
    for (i, body) in m.iter().enumerate() {
        if !body.is_kind(&[EntityKind::Organization, EntityKind::Agency]) {
            continue;
        }
        let mut states = Vec::new();
        if let Some(q) = i.checked_sub(1)
            && is_state(&m[q])
            && MAKE_UP.is_match(s.gap(&m[q], body))
        {
            states = run(q, true);
        } else if let Some(q) = Some(i + 1).filter(|&q| q < m.len())
            && is_state(&m[q])
            && MADE_UP_OF.is_match(s.gap(body, &m[q]))
            // ("The OTS, founded as the X, brings together": X is its old name.)
            && !s.text[..body.start].ends_with("as the ")
        {
            states = run(q, false);
        }
        if states.len() < 2 {
            continue;
        }
        for q in states {
            link_member_state(s, out, &m[q], body, "roles/members-made-up");
        }
    }
}

// Between two bodies of a list: "NATO and the European Union", "the AU, ECOWAS".
pattern!(
    LIST_AND_GAP,
    r"^(?:\s*\([^()]{1,20}\))?(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?$"
);

// After a body, its members named in a relative clause: "SICA, of which Honduras is a founding
// member", "…, of which both the DRC and Rwanda are members".
pattern!(
    OF_WHICH,
    r"^(?:\s*\([^()]{1,20}\))?,\s+of\s+which\s+(?:both\s+)?(?:the\s+)?$"
);

/// "The Central American Integration System (SICA), of which Honduras is a founding member",
/// each state of a list: "the ICGLR, of which both the DRC and Rwanda are members".
fn member_of_which(s: &Sentence, out: &mut Facts) {
    let m = &s.mentions;
    for (i, body) in m.iter().enumerate() {
        // (The body's abbreviation may be a mention of its own.)
        let state_at = match m.get(i + 1) {
            Some(x) if x.entity == body.entity && x.start > body.end => i + 2,
            _ => i + 1,
        };
        let Some(state) = m.get(state_at) else {
            continue;
        };
        if !body.is_kind(&[EntityKind::Organization, EntityKind::Agency])
            || !is_state(state)
            || !s
                .text
                .get(body.end..state.start)
                .is_some_and(|gap| OF_WHICH.is_match(gap))
        {
            continue;
        }
        let mut last = state_at;
        while m
            .get(last + 1)
            .is_some_and(|x| is_state(x) && LIST_AND_GAP.is_match(s.gap(&m[last], x)))
        {
            last += 1;
        }
        if !MEMBER_AFTER.is_match(&s.text[m[last].end..]) {
            continue;
        }
        for x in &m[state_at..=last] {
            link_member_state(s, out, x, body, "roles/member-of-which");
        }
    }
}

/// The country given a place in the body at `i` ("welcomed Timor-Leste to its first meeting
/// as the 11th Member State of ASEAN"): the nearest country before "as", in the same clause.
fn member_as(s: &Sentence, i: usize) -> Option<usize> {
    let m = &s.mentions;
    let before = s.text.get(..m[i].start)?;
    // Most bodies follow no "of": test the ending before the pattern.
    if !(before.ends_with("of ") || before.ends_with("of the ")) {
        return None;
    }
    let from = (0..=before.len().saturating_sub(80))
        .rev()
        .find(|&k| before.is_char_boundary(k))?;
    let verb = AS_MEMBER.find(&before[from..])?;
    let as_at = from + verb.start();
    // ("to its first meeting as": a pronoun or title between is passed over.)
    let q = m[..i].iter().rposition(|x| {
        x.end <= as_at
            && x.is_kind(&[
                EntityKind::Country,
                EntityKind::Person,
                EntityKind::Organization,
                EntityKind::Agency,
            ])
    })?;
    let country = &m[q];
    let gap = s.text.get(country.end..as_at)?;
    (is_state(country) && gap.len() <= 60 && !gap.contains(['.', ';', ':', '('])).then_some(q)
}

/// "Member of the Political Bureau of the CPC Central Committee and Foreign Minister X", as
/// Chinese releases style an official: X is a member of the body as well as its minister.
fn member_and_title(s: &Sentence, out: &mut Facts) {
    let m = &s.mentions;
    for w in m.windows(4) {
        let [member, body, title, person] = w else {
            continue;
        };
        if matches!(&member.kind, MentionKind::Role(r) if r == "member")
            && body.is_kind(&[EntityKind::Organization, EntityKind::Agency])
            && NAME_OF.is_match(s.gap(member, body))
            && super::AND_GAP.is_match(s.gap(body, title))
            && role_title(title).is_some()
            && person.is_kind(&[EntityKind::Person])
            && s.gap(title, person) == " "
            && let (Some(x), Some(org)) = (person.entity, body.entity)
        {
            out.link(
                Relation::MemberOf,
                x,
                org,
                None,
                s.modality(member.start, person.end),
                0.75,
                "roles/member-and-title",
            );
        }
    }
}

// A plural title before a list of names: "Senators A and B", "senators A of the X party and B".
pattern!(SENATORS, r"(?-u:\b)(?:[Ss]enators|Sens\.)\s+$");

/// Each senator of a list after a plural title holds the seat: `holds_role` senator and
/// `member_of` the Senate, as [`record_role`] gives one named "Senator X".
pub(crate) fn plural_titles(s: &Sentence, register: &mut Register, out: &mut Facts) {
    let m = &s.mentions;
    // The pattern needs "enators" or "Sens.".
    if !s.cues.senators {
        return;
    }
    for (i, first) in m.iter().enumerate() {
        if !first.is_kind(&[EntityKind::Person])
            || !SENATORS.is_match(&s.text[i.checked_sub(1).map_or(0, |p| m[p].end)..first.start])
        {
            continue;
        }
        let mut j = i;
        loop {
            if let Some(person) = m[j].entity {
                record_role(
                    register,
                    out,
                    person,
                    "senator",
                    None,
                    0.75,
                    "roles/plural-title",
                );
            }
            // "A of the X party and B": the party is A's, the list goes on after it.
            let mut last = j;
            if m.get(j + 1)
                .is_some_and(|o| OF_PARTY.is_match(s.gap(&m[j], o)) && is_party(s, o))
            {
                last = j + 1;
            }
            match m.get(last + 1) {
                Some(n)
                    if n.is_kind(&[EntityKind::Person])
                        && LISTED_PERSON.is_match(s.gap(&m[last], n)) =>
                {
                    j = last + 1
                }
                _ => break,
            }
        }
    }
}

// A body after a title and a comma, closing the entry: "X, Managing Director, Acme Ltd,".
pattern!(COMMA_BODY, r"^(?:\s*\([^)]*\))?,\s+(?:the\s+)?$");
pattern!(ENTRY_END, r"^(?:\s*$|\s*[,;.|]|\s+and\s)");

/// A delegation list's "NAME, TITLE, BODY": the body right after the title at mention `j`.
fn comma_body(s: &Sentence, j: usize) -> Option<usize> {
    let m = &s.mentions;
    let b = m.get(j + 1)?;
    (b.is_kind(&[EntityKind::Organization, EntityKind::Agency])
        && COMMA_BODY.is_match(s.gap(&m[j], b))
        && ENTRY_END.is_match(&s.text[b.end..]))
    .then_some(j + 1)
}

/// Where the title at mention `j` is held ("of X", "at the Y", "to President Z"), and the index
/// of the last mention the phrase used.
fn held_at(s: &Sentence, j: usize) -> (Option<usize>, usize) {
    let m = &s.mentions;
    let Some(next) = m.get(j + 1) else {
        return (None, j);
    };
    let gap = s.gap(&m[j], next);
    if !TITLE_TO_PLACE.is_match(gap) || role_title(&m[j]).is_some_and(|t| posted_to(t, gap)) {
        return (None, j);
    }
    if next.is_kind(role_title(&m[j]).map_or(HELD_AT, held_at_kinds)) && !next.demonym {
        // "chairman of the parliament's Oversight Committee": the body it owns.
        if let Some(owned) = m.get(j + 2).filter(|o| {
            o.is_kind(&[EntityKind::Organization, EntityKind::Agency])
                && super::POSSESSIVE_GAP.is_match(s.gap(next, o))
        }) {
            return (owned.entity, j + 2);
        }
        return (next.entity, j + 1);
    }
    // "aide to President Pavel Orlov": a person served, after their own title.
    let person = if role_title(next).is_some() {
        m.get(j + 2).filter(|p| s.gap(next, p).trim().is_empty())
    } else {
        Some(next)
    };
    match person {
        Some(p) if p.is_kind(&[EntityKind::Person]) => (
            p.entity,
            if role_title(next).is_some() {
                j + 2
            } else {
                j + 1
            },
        ),
        _ => (None, j),
    }
}

/// "ambassador to the United Nations": where a diplomat is posted, not whom they serve (the
/// sending country is: "Ecuador's ambassador to the United Nations" serves Ecuador).
fn posted_to(title: &str, gap: &str) -> bool {
    let gap = gap.trim_start();
    (gap.starts_with("to ") || gap.starts_with("in "))
        && [
            "ambassador",
            "envoy",
            "representative",
            "consul",
            "attaché",
            "attache",
        ]
        .iter()
        .any(|d| title.contains(d))
}

// "The Committee is chaired by [Ecuador's ambassador, ] Ana Ruiz".
pattern!(
    CHAIRED_BY,
    r"^\s+(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:currently\s+|now\s+|also\s+)?(chaired|headed|presided\s+over)\s+by\s+"
);

/// The title a verb of leading gives: "chaired", "chairs" → chair; "headed", "heads" → head;
/// "presided over", "presides over" → president.
fn title_of_verb(verb: &str) -> &'static str {
    if verb.starts_with("chair") {
        "chair"
    } else if verb.starts_with("head") {
        "head"
    } else {
        "president"
    }
}

/// A body chaired or headed by a person: `BODY is chaired|headed by [titles,] PERSON`.
///
/// ## Example
/// "The Committee is chaired by Ecuador's ambassador, Ana Ruiz" → holds_role(Ana Ruiz, chair,
/// Committee).
pub(crate) fn chaired_by(s: &Sentence, register: &mut Register, out: &mut Facts) {
    let m = &s.mentions;
    for (k, body) in m.iter().enumerate() {
        if !body.is_kind(&[EntityKind::Organization, EntityKind::Agency]) {
            continue;
        }
        let after = &s.text[body.end..];
        // (Every CHAIRED_BY match starts with white space and a form of "be".)
        let be = after.trim_start();
        if be.len() == after.len()
            || !["is", "was", "has", "had", "will"]
                .iter()
                .any(|w| be.starts_with(w))
        {
            continue;
        }
        let Some(caps) = CHAIRED_BY.captures(after) else {
            continue;
        };
        let from = body.end + caps.get(0).map_or(0, |c| c.end());
        let title = title_of_verb(caps.get(1).map_or("", |c| c.as_str()));
        // The first person named after "by", before the clause ends.
        let person = m[k + 1..]
            .iter()
            .take_while(|p| !s.text[from..p.start.max(from)].contains([';', '.']))
            .find(|p| p.start >= from && p.is_kind(&[EntityKind::Person]))
            .and_then(|p| p.entity);
        if let (Some(person), Some(at)) = (person, body.entity) {
            record_role(
                register,
                out,
                person,
                title,
                Some(at),
                0.8,
                "roles/chaired-by",
            );
        }
    }
}

// After a person: "X, who chairs the Y", "She heads the Z".
pattern!(
    CHAIRS,
    r"^,?\s+(?:who\s+)?(?:also\s+|currently\s+|now\s+)?(chairs|heads|presides\s+over)\s+(?:the\s+)?$"
);

/// A body a person chairs or heads, said with the verb: `PERSON[, who] chairs|heads [the]
/// [OWNER's] BODY` ("Jan Smit, who chairs the Parliament's Delegation for …").
pub(crate) fn chairs(s: &Sentence, register: &mut Register, out: &mut Facts) {
    let m = &s.mentions;
    for (k, holder) in m.iter().enumerate() {
        let person_like = matches!(holder.kind, MentionKind::Pronoun(Pronoun::Person))
            || holder.is_kind(&[EntityKind::Person]);
        let Some(person) = holder.entity.filter(|_| person_like) else {
            continue;
        };
        let bodies = [EntityKind::Organization, EntityKind::Agency];
        let Some(mut b) = m.get(k + 1).filter(|b| b.is_kind(&bodies)).map(|_| k + 1) else {
            continue;
        };
        let Some(caps) = CHAIRS.captures(s.gap(holder, &m[b])) else {
            continue;
        };
        // "the European Parliament's Delegation": the owner is not the body.
        let after = &s.text[m[b].end..];
        if after.starts_with("'s ") || after.starts_with("\u{2019}s ") {
            match m.get(b + 1) {
                Some(n)
                    if n.is_kind(&bodies) && super::POSSESSIVE_GAP.is_match(s.gap(&m[b], n)) =>
                {
                    b += 1
                }
                _ => continue,
            }
        }
        let title = title_of_verb(caps.get(1).map_or("", |c| c.as_str()));
        record_role(
            register,
            out,
            person,
            title,
            m[b].entity,
            0.8,
            "roles/chairs",
        );
    }
}

// Before a predecessor's name: "…, replacing X", "who succeeded X", "to replace the outgoing X".
pattern!(
    SUCCEEDS,
    r"(?-u:\b)(?:replacing|succeeding|replaces|replaced|succeeds|succeeded|to\s+(?:replace|succeed))\s+(?:(?:the\s+)?(?:outgoing|former|retiring|incumbent|late)\s+)?$"
);

/// "X was appointed TITLE, replacing Y": Y held the title before. The title is the one this
/// sentence gives the nearest person before the verb, so "Ruiz named Varga to replace Berg"
/// gives Berg none of Ruiz's titles.
pub(crate) fn predecessors(s: &Sentence, register: &mut Register, out: &mut Facts) {
    // Most sentences give no title: look for the verb only where one was given.
    let titled = out
        .out
        .iter()
        .rev()
        .take_while(|f| f.evidence == out.range)
        .any(|f| f.relation == Relation::HoldsRole);
    if !titled || !(s.text.contains("replac") || s.text.contains("succe")) {
        return;
    }
    let m = &s.mentions;
    for (k, p) in m.iter().enumerate() {
        let Some(predecessor) = p.entity.filter(|_| p.is_kind(&[EntityKind::Person])) else {
            continue;
        };
        let Some(verb) = SUCCEEDS.find(&s.text[..p.start]) else {
            continue;
        };
        let Some(successor) = m[..k]
            .iter()
            .rev()
            .find(|q| q.end <= verb.start() && q.is_kind(&[EntityKind::Person]))
            .and_then(|q| q.entity)
        else {
            continue;
        };
        let held: Vec<(String, Option<usize>)> = out
            .out
            .iter()
            .filter(|f| f.evidence == out.range && f.subject == successor)
            .filter_map(|f| match &f.object {
                Object::Role(r) if f.relation == Relation::HoldsRole => {
                    Some((r.clone(), f.role_at))
                }
                _ => None,
            })
            .collect();
        for (title, at) in held {
            record_role(
                register,
                out,
                predecessor,
                &title,
                at,
                0.7,
                "roles/predecessor",
            );
        }
    }
}

/// Emits `holds_role`, noting the country the person serves on the way.
pub(crate) fn record_role(
    register: &mut Register,
    out: &mut Facts,
    person: usize,
    title: &str,
    at: Option<usize>,
    confidence: f32,
    rule: &'static str,
) {
    // "MEP Ana Ruiz": a seat in one body is a membership of it, not a post.
    if let Some((_, body)) = SEATS.iter().find(|(seat, _)| *seat == title)
        && let Some(known) = GAZETTEER.lookup(body)
    {
        let id = register.add(known.kind, body, Some(&known.canonical));
        out.push(
            Relation::MemberOf,
            person,
            Object::Entity(id),
            None,
            None,
            Modality::Asserted,
            confidence,
            rule,
        );
        return;
    }
    note_country(register, person, at);
    out.push(
        Relation::HoldsRole,
        person,
        Object::Role(title.to_owned()),
        at,
        None,
        Modality::Asserted,
        confidence,
        rule,
    );
    // "Senator Ana Ruiz" sits in a Senate (the article's; "senator" names no country's).
    if matches!(title, "senator" | "sen.") {
        let senate = register.add(EntityKind::Organization, "Senate", None);
        out.push(
            Relation::MemberOf,
            person,
            Object::Entity(senate),
            None,
            None,
            Modality::Asserted,
            confidence,
            rule,
        );
    }
}

/// Titles that are a seat in one body (named as the gazetteer names it).
const SEATS: &[(&str, &str)] = &[("mep", "European Parliament")];

/// Records the country a person serves, for rules that compare it with a place.
fn note_country(register: &mut Register, person: usize, at: Option<usize>) {
    let Some(at) = at else { return };
    let country = match register.entities[at].kind {
        EntityKind::Country => Some(Cow::Owned(register.entities[at].label.clone())),
        EntityKind::Organization | EntityKind::Agency => register.entities[at].country.clone(),
        _ => None,
    };
    if let Some(c) = country {
        register.entities[person].country.get_or_insert(c);
    }
}

/// False when no [`ALIAS`] match can start `text`: each starts, after white space, with "(" or
/// (after a comma) with one of its adverbs or verbs. Most mentions are followed by neither, and
/// the test is cheaper than the pattern's search for captures. (`trim_start` and `\s` both take
/// Unicode White_Space.)
fn may_state_alias(text: &str) -> bool {
    let text = text.trim_start();
    if text.starts_with('(') {
        return true;
    }
    let text = text.strip_prefix(',').map_or(text, str::trim_start);
    [
        "often",
        "commonly",
        "also",
        "widely",
        "sometimes",
        "formerly",
        "previously",
        "referred",
        "known",
        "called",
        "styled",
        "dubbed",
        "alias",
        "a.k.a.",
    ]
    .iter()
    .any(|word| text.starts_with(word))
}

/// Aliases stated right after an organisation's or person's name, recorded as the entity's
/// names and as short names later sentences may use.
pub(crate) fn stated_aliases(s: &Sentence, register: &mut Register) {
    for m in &s.mentions {
        if !m.is_kind(&[
            EntityKind::Organization,
            EntityKind::Agency,
            EntityKind::Person,
            EntityKind::Treaty,
        ]) || m.indirect
        {
            continue;
        }
        let Some(id) = m.entity else { continue };
        let after = &s.text[m.end..];
        if !may_state_alias(after) {
            continue;
        }
        let Some(caps) = ALIAS.captures(after) else {
            continue;
        };
        if let Some(alias) = caps.get(1).or_else(|| caps.get(2)) {
            let alias = alias.as_str().trim().to_owned();
            // "(North Korea)" after a company names its country, not another name.
            if crate::gazetteer::GAZETTEER.lookup(&alias).is_some() {
                continue;
            }
            register.entities[id].aliases.insert(alias.clone());
            register.stated.insert(alias, id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Every text an ALIAS match starts passes `may_state_alias`.
        #[test]
        fn may_state_alias_wherever_alias_matches(
            text in "[ \t\u{a0}]{0,2},?[ \u{a0}]{0,2}(?:often |also |x )?(?:known as|called|a\\.k\\.a\\.|was|is|has been|\\(|x)[ ]?(?:chaired by |headed by )?(?:\"?Ab|AB\\)|ab)[ ,.]?"
        ) {
            proptest::prop_assert!(!ALIAS.is_match(&text) || may_state_alias(&text), "{:?}", text);
        }
    }

    #[test]
    fn an_alias_starts_with_a_bracket_or_its_words() {
        for text in [
            " (IAEA) said",
            ", also known as \"Ab\",",
            "\u{a0}called Ab.",
        ] {
            assert!(ALIAS.is_match(text) && may_state_alias(text), "{text:?}");
        }
        assert!(!may_state_alias(" said on Monday"));
    }
}
