//! Sanctions: who was sanctioned by whom, and when.
//!
//! ## Pattern
//! - passive: `TARGET was sanctioned|designated|blacklisted (…) by AGENT [and AGENT]`
//! - noun: `TARGET's sanctioning by AGENT`, `sanctions imposed on TARGET by AGENT`, `the
//!   blockade|embargo imposed by AGENT on TARGET`, `the embargo that AGENT imposed on TARGET`
//! - relative: `TARGET, a company that|whom AGENT designated|sanctioned`
//! - active: `AGENT sanctioned|designated|imposed sanctions on|restrictive measures against TARGET`,
//!   `AGENT placed|put TARGET [and TARGET] under sanctions|on its sanctions list`, `AGENT
//!   [announced that it] added|adds TARGET [, APPOSITION,] and TARGET to its list`, `AGENT
//!   ordered a freeze on the assets of TARGET`; a capital acts for its government ("Washington
//!   blacklists X")
//! - listed: `TARGET, which is on the AGENT sanctions list`, `is under AGENT sanctions|asset
//!   freeze`, `is subject to restrictions imposed by AGENT`
//! - joined: `COUNTRY has joined the anti-X sanctions` (X sanctioned by COUNTRY)
//! ## Example
//! "Acme Drones was sanctioned by the U.S. Treasury's Office of Foreign Assets Control in
//! December" → sanctioned_by(Acme Drones, Office of Foreign Assets Control, XXXX-12).
//! ## Emits
//! `sanctioned_by` with the stated date; agents must be countries or public bodies.

use aho_corasick::AhoCorasick;
use std::ops::Range;
use std::sync::LazyLock;

use super::dates::FuzzyDate;
use super::mentions::{Mention, MentionKind, Register};
use super::roles::pattern;
use super::text::ArticleHits;
use super::{EntityKind, Facts, Relation, Sentence};
use crate::gazetteer::GAZETTEER;

pattern!(
    PASSIVE,
    r"(?:sanction(?:ed|ing)|designat(?:ed|ion)|blacklist(?:ed|ing)|debarred|(?-u:\b)listed|targeted|penali[sz]ed|(?:sanctions|restrictions|restrictive\s+measures)[\x22\u{201d}]?\s+(?:imposed|placed|levied)(?:\s+on\s+\S+(?:\s+\S+){0,3}?)?|travel\s+bans?|asset\s+freezes?|entry\s+bans?)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?$"
);
pattern!(
    ACTIVE,
    r"^(?:['\u{2019}]s\s+government)?\)?\s+(?:(?:\w+|on\s+\w+\.?(?:\s+[0-9]{1,2})?(?:,\s+[0-9]{4})?,?)\s+){0,3}?(?:sanction(?:s|ed|ing)?|designat(?:e|es|ed|ing)|blacklist(?:s|ed|ing)?|(?:imposed|imposes|impose|slapped|placed|announced|levied|ordered|orders|took|takes|take|adopted)\s+(?:(?:an?|new|fresh|further|additional|targeted|individual|financial|economic|independent|unilateral)\s+){0,2}(?:sanctions|restrictive\s+measures|penalties|countermeasures|asset\s+freezes?|travel\s+bans?|entry\s+bans?)(?:,?\s+(?:and\s+)?(?:an?\s+)?(?:(?:targeted|financial)\s+){0,2}(?:sanctions|asset\s+freezes?|travel\s+bans?|entry\s+bans?))*(?:,\s+including\s+[^,;:]{1,80},)?(?:\s+(?:in\s+\p{Lu}\p{Ll}+|on\s+\p{Lu}\p{Ll}+|last\s+(?:week|month)|today|yesterday))?\s+(?:on|against)|(?:froze|frozen)\s+(?:the\s+)?assets\s+of|(?:froze|frozen)|(?:ordered|orders|imposed|imposes|announced)\s+an?\s+(?:asset\s+)?freeze\s+on\s+(?:the\s+)?(?:assets|funds|property)\s+of|debar(?:s|red|ring)?|announced\s+the\s+(?:[\w-]+\s+)?debarment\s+of|add(?:ed|s|ing)?|list(?:ed|s))\s+(?:the\s+)?(?:[\p{Ll}0-9][\p{L}0-9-]*\s+){0,3}?$"
);
// Between a target and "sanctions imposed by": "X is subject to", "X faces".
pattern!(
    NOUN_TARGET,
    r"^(?:\s+(?:is|are|was|were|has\s+been|have\s+been|remains?|remained)\s+(?:(?:also|already|still|now)\s+)?(?:under|subject\s+to)|\s+(?:faces|faced|facing))?\s*(?:the\s+|new\s+|further\s+)*$"
);
pattern!(
    LISTED,
    r"^\s*(?:[,\u{2014}\u{2013}-]+\s*)?(?:which|who|that)?\s*(?:is|are|was|were|has\s+been|remains|remain)\s+(?:already\s+)?(?:on|under|subject\s+to|listed\s+on|included\s+on)\s+(?:the\s+)?(?:a\s+)?$"
);
pattern!(
    LIST_TAIL,
    r"^\s*(?:['\u{2019}]s?\s+)?(?:\w+\s+){0,2}?(?:sanctions?|blacklist|entity\s+list|designation|asset\s+freeze|travel\s+ban|entry\s+ban)"
);
pattern!(
    JOINED,
    r"^\s+(?:has\s+|have\s+|had\s+)?joined\s+(?:the\s+)?(?:international\s+|western\s+)?anti-(\p{Lu}[\p{L}]+)\s+sanctions"
);
pattern!(
    AND,
    r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:on\s+)?(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$"
);
// Between a body and its own pronoun: "OFAC announced that it had added X".
pattern!(
    SAID_THAT,
    r"^\s+(?:(?:on\s+\w+|today|also)\s+)?(?:announced|announces|said|says|stated|confirmed)\s+(?:(?:on\s+\w+|today)\s+)?(?:that\s+)?$"
);
// A list item's apposition, then the next item: "X, a former minister of Y, and Z", "…, and on
// his deputy, Colonel Z".
pattern!(
    APPOSITION_AND,
    r"^,\s+(?:[^,;()]|\([^()]{1,20}\)|,\s+\p{Lu}){1,100},\s+(?:and\s+)?(?:on\s+)?(?:(?:the|its|his|her|their)\s+(?:[\p{Ll}-]+,?\s+)?|(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
);
// A body's aside before its verb: ", the Central African regional bloc,".
const BODY_ASIDE: &str = r",\s+(?:the|an?)\s+[^,;()]{1,60},";
pattern!(AGENT_ASIDE, &["^", BODY_ASIDE].concat());
// Between two agents of one act: "Canada and Australia", "the EU, the UK and Canada".
pattern!(AGENTS_AND, r"^(?:,\s+|,?\s+and\s+)(?:the\s+)?$");
// "AGENT had frozen TARGET's assets": the verb alone before the target, then its assets.
pattern!(FROZE_BARE, r"(?-u:\b)(?:froze|frozen)\s+$");
pattern!(
    FROZEN_ASSETS,
    r"^['\u{2019}]s\s+(?:assets|funds|property|accounts|bank\s+accounts)(?-u:\b)"
);
// A body's act as a noun: "the UK's sanctioning in July 2025 of X", "the Department's
// designation in March 2025 of X".
pattern!(
    OWN_ACT,
    r"^['\u{2019}]s\s+(?:designation|sanctioning|listing|blacklisting)\s+(?:(?:in|on)\s+[\w ,]{1,25}?\s+)?of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$"
);
// A person's lower-case title between the person and its holder: "Calix's former deputy, X".
pattern!(
    OWNED_TITLE,
    r"^['\u{2019}]s\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+$"
);
// Between a demonym and the name it describes: "Indonesian nickel trader PT X".
pattern!(DESCRIBED, r"^\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,?\s+$");
// Between the agents of a chain of passives: "X was designated by A in January 2025, listed by
// B in February and added by C to its list in May", "… by A (A) in 2024 and by B", "… and added
// to the B sanctions list" (each agent sanctions X).
pattern!(
    CHAIN_PASSIVE,
    r"^(?:\s*\([^()]{1,20}\))?(?:\s+(?:in|on|since)\s+[^,;()]{1,30}?)?(?:,\s+|\s+)(?:(?:and\s+)?(?:(?:was|were|later|then|also|subsequently)\s+)*((?:sanctioned|designated|listed|blacklisted|added|targeted|penali[sz]ed)\s+by|added\s+to)|and\s+(?:(?:later|then|also|subsequently)\s+)?(by))\s+(?:the\s+)?$"
);
// "AGENT placed|put TARGET under (new) sanctions", "… put A and its director B on its
// "sanctions" list".
pattern!(
    PLACED,
    r"^\s+(?:(?:has|have|had|also|on\s+\w+(?:\s+[0-9]{1,2})?)\s+)*(?:placed|put|places|puts)\s+(?:the\s+)?$"
);
pattern!(
    UNDER_SANCTIONS,
    r#"^\s+(?:under\s+(?:(?:new|fresh|further|additional|targeted|its|their)\s+)?sanctions|on\s+(?:its|their|the)\s+(?:own\s+)?["\u{201c}]?(?:sanctions|blacklist|entity|SDN|stop)["\u{201d}]?(?:\s+list|-list)?)"#
);

// An aside between a passive's subject and its verb: ", a former deputy director of X, was ".
pattern!(
    APPOSITION_BEFORE_VERB,
    r",\s+(?:an?|the|its|his|her|their)\s+[^,;()]{1,80}?,\s+(?:(?:who|which)\s+)?(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|then|previously|already)\s+)?$"
);

// A designation verb whose targets follow as a list ("OFAC is designating A, B and C",
// "Those listed today include A … and B", "the Council sanctioned two entities: A and B").
pattern!(
    DESIGNATES,
    r"(?-u:\b)(?:(?:is|are|was|were|has|have|had|also|today|also\s+today|has\s+today|will)\s+)*(?:designat(?:ed|es|ing)|sanction(?:ed|ing)|listed|blacklisted)(?:\s+(?:today|also))?(?:\s+(?:include|includes|included))?|(?-u:\b)(?:listed|designated|sanctioned)\s+(?:today\s+)?include[sd]?|(?-u:\b)(?:designations|sanctions|measures)\s+(?:also\s+)?(?:target|targeted|cover|covered|include|included)(?:\s+(?:the|a))?|(?-u:\b)Among\s+(?:the|those)\s+(?:individuals|entities|persons|people|companies|firms)(?:\s+(?:designated|sanctioned|listed|named))?\s+(?:is|are|was|were)|(?-u:\b)Others\s+(?:designated|sanctioned|listed|named\s+)?(?:include|included|are|were)|(?-u:\b)added(?:\s+to\s+(?:its|the)\s+(?:sanctions\s+)?list)?|(?-u:\b)(?:froze|frozen)\s+(?:the\s+)?assets\s+of|(?-u:\b)decision\s+[^.;]{0,60}?to\s+include|(?-u:\b)(?:imposed|imposes|imposing|impose)\s+(?:(?:new|fresh|further|additional|targeted|financial|travel|sanctions|and|bans|restrictive)\s+){0,4}(?:sanctions|measures|bans)(?:,[^,;:]{1,80},)?\s+(?:on|against)"
);
// Designation triggers that say nothing of sanctions by themselves ("Among them is X", "The
// individuals are X, Y and Z"): they count only once the article has shown a sanctioning body.
pattern!(
    WEAK_DESIGNATES,
    r"(?-u:\b)(?:Among\s+(?:them|(?:the|those)\s+(?:individuals|entities|persons|people|companies|firms)(?:\s+[\w-]+){0,4}?)\s+(?:is|are|was|were)|The\s+(?:individuals|entities|persons|companies)\s+(?:(?:designated|sanctioned|listed)\s+(?:today\s+)?)?(?:are|were|include|included))(?-u:\b)"
);
// A relative clause before the first listed name describes the designees: "sanctioned four
// people who work for X" names X as their employer, not as a designee.
pattern!(RELATIVE, r"(?-u:\b)(?:that|who|which|whose)(?-u:\b)");
// A preposition after the sanctions noun introduces the legal basis or the reason, not a
// target: "imposing sanctions under the Special Economic Measures Regulations".
pattern!(
    NOT_TARGET,
    r"(?-u:\b)(?:under|pursuant|over|for|because|after|amid)\s+(?:the\s+)?$"
);
// Between list items: a comma, "and", a colon, or an appositive closed by a comma.
pattern!(
    PASSIVE_BARE,
    r"(?-u:\b)(?:is|are|was|were|been|being)\s+(?:\w+\s+)?(?:designated|sanctioned|listed|blacklisted)$"
);
// "South Korea on Tuesday imposed independent sanctions on …": the article's sanctioning body.
pattern!(
    IMPOSES,
    r"^\)?(?:\s*\([^)]*\))?\s+(?:(?:on\s+\w+|today|has|have|also|is|are)\s+)*(?:(?:imposed|imposes|imposing|announced|slapped|levied|adopted|approved|(?:decided|agreed)\s+to\s+impose)\s+(?:[\w,]+\s+){0,5}?(?:sanctions|restrictive\s+measures|asset\s+freezes?|measures,?\s+including\s+(?:an?\s+)?asset\s+freeze)|(?:approved|announced|agreed)\s+the\s+addition\s+of\s+[^.;]{1,80}?\s+to\s+(?:its|the)\s+(?:\w+\s+)?(?:[Ss]anctions\s+)?[Ll]ist)"
);
pattern!(
    AGENT_GAP,
    &[
        r"^(?:['\u{2019}]s\s+government)?\)?(?:",
        BODY_ASIDE,
        r")?\s*(?:(?:on\s+\w+\.?(?:\s+[0-9]{1,2})?(?:,?\s+[0-9]{4})?,?|(?:on|of)\s+[0-9]{1,2}\s+\p{Lu}\p{Ll}+(?:\s+[0-9]{4})?,?|the\s+same\s+day|today|yesterday|earlier|also|already|is|are|has|have|had|will|was|were)\s+)*$",
    ]
    .concat()
);
pattern!(
    LIST_GAP,
    r"(?:,|:|;|\band|\bas\s+well\s+as|\bincluding|\bnamely|\bamong\s+them|\bsuch\s+as)\s*(?:the(?:\s+|$))?(?:[\p{L}.]+-(?:based|registered|owned|headquartered)(?:\s+|$))?(?:(?:[\p{Ll}-]+\s+)?(?:company|firm|entity|bank|group|network|vessel|tanker|ship|airline|supplier|manufacturer|trader|subsidiary|businessman|businesswoman)(?:\s+|$))?$"
);
pattern!(
    PREPOSITION_BEFORE,
    r"(?-u:\b)(?:of|in|at|for|by|with|from|to|on|under|assisted|behalf)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?$"
);

const AGENTS: &[EntityKind] = &[
    EntityKind::Agency,
    EntityKind::Country,
    EntityKind::Organization,
];
const TARGETS: &[EntityKind] = &[
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Agency,
    EntityKind::Country,
];

/// Entity of a mention that can be a sanctions target (pronouns included).
fn target_of(m: &Mention) -> Option<usize> {
    ((m.is_kind(TARGETS) && !m.demonym) || matches!(m.kind, MentionKind::Pronoun(_)))
        .then_some(m.entity)
        .flatten()
}

/// The mentions from `k` on joined by `,` / `and`, each satisfying `ok`.
fn coordinated(s: &Sentence, k: usize, ok: impl Fn(&Mention) -> bool) -> Vec<usize> {
    let m = &s.mentions;
    let mut out = Vec::new();
    let mut j = k;
    // Titles before a name are the name's: "General Ana Ruiz", "his deputy, Colonel Tom Bale".
    let skip_titles = |mut j: usize| {
        // ("its chief executive, X", "Calix's former deputy, X": the possessive goes with the
        // title.)
        if (matches!(m.get(j).map(|x| &x.kind), Some(MentionKind::Pronoun(_)))
            && matches!(
                &s.text[m[j].start..m[j].end],
                "its" | "his" | "her" | "their"
            )
            && m.get(j + 1)
                .is_some_and(|n| matches!(n.kind, MentionKind::Role(_)) && s.gap(&m[j], n) == " "))
            || m.get(j).is_some_and(|x| x.is_kind(&[EntityKind::Person]))
                && m.get(j + 1).is_some_and(|n| {
                    matches!(n.kind, MentionKind::Role(_))
                        && super::POSSESSIVE_GAP.is_match(s.gap(&m[j], n))
                        || n.is_kind(&[EntityKind::Person]) && OWNED_TITLE.is_match(s.gap(&m[j], n))
                })
        {
            j += 1;
        }
        // ("Indonesian nickel trader PT X": a demonym and a common noun describe the name;
        // "RSF deputy commander X": a body before its officer's title.)
        while (matches!(m.get(j).map(|x| &x.kind), Some(MentionKind::Role(_)))
            && m.get(j + 1)
                .is_some_and(|n| matches!(s.gap(&m[j], n), " " | ", ")))
            || m.get(j).is_some_and(|x| x.demonym)
                && m.get(j + 1)
                    .is_some_and(|n| DESCRIBED.is_match(s.gap(&m[j], n)))
            || m.get(j)
                .is_some_and(|x| x.is_kind(&[EntityKind::Organization, EntityKind::Agency]))
                && m.get(j + 1).is_some_and(|n| {
                    matches!(n.kind, MentionKind::Role(_)) && s.gap(&m[j], n) == " "
                })
                && m.get(j + 2)
                    .is_some_and(|p| p.is_kind(&[EntityKind::Person]))
        {
            j += 1;
        }
        j
    };
    j = skip_titles(j);
    while let Some(x) = m.get(j).filter(|x| ok(x)) {
        // "the U.S. Treasury's Office of Foreign Assets Control": the last body of the chain.
        if m.get(j + 1)
            .is_some_and(|n| ok(n) && super::POSSESSIVE_GAP.is_match(s.gap(x, n)))
        {
            j += 1;
            continue;
        }
        out.push(j);
        match m.get(j + 1) {
            Some(n) if AND.is_match(s.gap(x, n)) => j = skip_titles(j + 1),
            // "X, a former interior minister of Y, and Z": past an apposition.
            _ => match (j + 2..m.len().min(j + 6)).find(|&n| {
                !matches!(m[n].kind, MentionKind::Pronoun(_))
                    && s.text
                        .get(x.end..m[n].start)
                        .is_some_and(|gap| APPOSITION_AND.is_match(gap))
            }) {
                Some(n) => j = skip_titles(n),
                None => break,
            },
        }
    }
    out
}

/// "the EU's Russia sanctions list in its annex": "sanctions" as a noun qualifying another
/// (list, regime, package …) after a body's or country's name is no act of sanctioning.
fn names_a_sanctions_thing(gap: &str) -> bool {
    let mut words = gap.split_whitespace();
    words.next() == Some("sanctions")
        && words.next().is_some_and(|w| {
            matches!(
                w,
                "list"
                    | "lists"
                    | "regime"
                    | "regimes"
                    | "package"
                    | "packages"
                    | "committee"
                    | "programme"
                    | "program"
                    | "law"
                    | "laws"
                    | "legislation"
                    | "policy"
                    | "framework"
                    | "relief"
                    | "evasion"
                    | "compliance"
                    | "enforcement"
            )
        })
}

/// A country named before a lower-case noun only qualifies it: "UK sanctions Myanmar military
/// suppliers" targets the suppliers, not Myanmar. Words that may follow a sanctioned country
/// itself (prepositions, conjunctions, time adverbs) are not nouns.
fn modifies_a_noun(s: &Sentence, m: &Mention) -> bool {
    const NOT_NOUNS: &str = "over for on in at after before and or as last this earlier today \
        yesterday because amid following under with to from by since until during again also said \
        says but which who that while when if into about against of the a an its their his her";
    let next = s.text[m.end..]
        .strip_prefix(' ')
        .and_then(|rest| {
            rest.split(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
        })
        .unwrap_or("");
    next.starts_with(|c: char| c.is_lowercase()) && !NOT_NOUNS.split_whitespace().any(|w| w == next)
}

// "Sepehr Aero, a MODAFL subsidiary that OFAC designated in 2020": the target, an aside
// describing it (or none: "X, whom the Treasury sanctioned"), and a relative clause whose
// subject is the agent.
pattern!(
    RELATIVE_AGENT_BEFORE,
    r"^,\s+(?:(?:an?|the|its)\s+[^,;()]{0,60}?\s+)?(?:that|which|whom)\s+(?:the\s+)?$"
);
pattern!(
    RELATIVE_AGENT_VERB,
    r"^\)?\s+(?:(?:had|has|have|also|previously|already)\s+)*(?:designated|sanctioned|blacklisted|listed)(?-u:\b)"
);

/// "it" or "they" standing for a body that can sanction.
fn agent_pronoun(s: &Sentence, register: &Register, m: &Mention) -> bool {
    matches!(m.kind, MentionKind::Pronoun(_))
        && matches!(&s.text[m.start..m.end], "it" | "they")
        && m.entity.is_some_and(|e| can_sanction(register, e))
}

/// "X, a company that OFAC designated in 2020": X is sanctioned by the agent of the clause.
fn designated_in_relative(s: &Sentence, register: &Register, out: &mut Facts) {
    let m = &s.mentions;
    for k in 1..m.len() {
        let Some(verb) = RELATIVE_AGENT_VERB.find(&s.text[m[k].end..]) else {
            continue;
        };
        // ("the tanker X, which it had designated in 2025": the body's own pronoun.)
        let (Some(agent), true) = (
            m[k].entity,
            is_agent(register, &m[k]) || agent_pronoun(s, register, &m[k]),
        ) else {
            continue;
        };
        // ("which the … Office of Foreign Assets Control (OFAC) designated": the clause's
        // subject starts at the name its abbreviation follows.)
        let subject = if k > 1 && s.gap(&m[k - 1], &m[k]) == " (" {
            k - 1
        } else {
            k
        };
        let Some(target) = (0..subject)
            .rev()
            .find(|&j| {
                s.text
                    .get(m[j].end..m[subject].start)
                    .is_some_and(|gap| RELATIVE_AGENT_BEFORE.is_match(gap))
            })
            .and_then(|j| target_of(&m[j]))
            .filter(|&t| t != agent)
        else {
            continue;
        };
        let verb_at = m[k].end + verb.start();
        out.link(
            Relation::SanctionedBy,
            target,
            agent,
            s.date_near(verb_at),
            s.modality(m[k].start, m[k].end + verb.end()),
            0.75,
            "sanctions/relative-clause",
        );
    }
}

// Before an agent: "the blockade imposed by", "the arms embargo that".
pattern!(
    MEASURE_BY,
    r"(?-u:\b)(?:[Ee]mbargo|[Bb]lockade|[Ss]anctions|[Rr]estrictions|[Rr]estrictive\s+measures)\s+(?:(?:(?:first|later|originally)\s+)?imposed\s+by|(?:that|which))\s+(?:the\s+)?"
);
// Between the agent and the target: "… on Cuba", "… the Council imposed on South Sudan".
pattern!(
    ON_TARGET,
    r"^\s+(?:(?:(?:has|had|have|first|later)\s+)*(?:imposed|placed|levied)\s+)?(?:on|against)\s+(?:the\s+)?$"
);

/// "the blockade imposed by the United States on Cuba", "the arms embargo that the Council
/// imposed on South Sudan in 2018": the measure's agent, then its target.
fn imposed_on(s: &Sentence, register: &Register, out: &mut Facts) {
    let m = &s.mentions;
    for measure in MEASURE_BY.find_iter(s.text) {
        // The agent starts where the phrase ends.
        let Some(k) = m.iter().position(|x| x.start == measure.end()) else {
            continue;
        };
        let Some(next) = m.get(k + 1) else { continue };
        let relative = !measure.as_str().contains("imposed");
        let gap = s.gap(&m[k], next);
        // ("that the Council imposed on": the relative clause holds its own verb.)
        if !is_agent(register, &m[k])
            || !ON_TARGET.is_match(gap)
            || relative != gap.contains("imposed")
        {
            continue;
        }
        let (Some(target), Some(agent)) = (target_of(next), m[k].entity) else {
            continue;
        };
        if target == agent {
            continue;
        }
        out.link(
            Relation::SanctionedBy,
            target,
            agent,
            s.date_near(m[k].end),
            s.modality(measure.start(), next.end),
            0.8,
            "sanctions/imposed-on",
        );
    }
}

/// A country's capital standing for its government ("Moscow adds X to its stop-list").
fn is_capital(register: &Register, m: &Mention) -> bool {
    m.entity.is_some_and(|e| {
        let e = &register.entities[e];
        e.kind == EntityKind::Place
            && e.country
                .as_deref()
                .and_then(|c| GAZETTEER.capitals.get(c))
                .is_some_and(|capital| *capital == e.label)
    })
}

fn is_agent(register: &Register, m: &Mention) -> bool {
    m.is_kind(AGENTS) && !m.demonym && m.entity.is_some_and(|e| can_sanction(register, e))
}

/// A country, an agency, or an organisation known to sanction (not a company or a party).
fn can_sanction(register: &Register, e: usize) -> bool {
    let e = &register.entities[e];
    AGENTS.contains(&e.kind) && (e.kind != EntityKind::Organization || e.sanctions)
}

/// The body designating at byte `at`: named just before (`explicit`, then remembered as the
/// article's sanctioning body), else the body the article has shown imposing sanctions, else the
/// first sanctioning body it names (a press release names its author first).
fn designating_agent(
    s: &Sentence,
    register: &mut Register,
    at: usize,
) -> (Option<usize>, Option<usize>) {
    let m = &s.mentions;
    let explicit = m.iter().rposition(|a| {
        a.end <= at
            && AGENT_GAP.is_match(s.text.get(a.end..at).unwrap_or(""))
            && is_agent(register, a)
    });
    let first = |kind: EntityKind| {
        register
            .entities
            .iter()
            .position(|e| e.sanctions && e.kind == kind)
    };
    // A country is never assumed: most articles name countries that sanction nobody.
    let agent = explicit
        .and_then(|a| m[a].entity)
        .or(register.sanctioning)
        .or_else(|| first(EntityKind::Agency));
    if let Some(a) = explicit.and_then(|a| m[a].entity) {
        register.sanctioning = Some(a);
    }
    (explicit, agent)
}

/// A designation list set out as bullets under a lead-in that ends in a colon ("The following
/// persons are being designated today:"): the body designating and the date.
#[derive(Clone, Copy)]
pub(crate) struct BulletList {
    agent: usize,
    date: Option<FuzzyDate>,
}

pattern!(
    BULLET,
    r"^\s*(?:[\u{2022}\u{00b7}\u{25aa}\u{25cf}\u{2013}\u{2014}*-]|\(?(?:[0-9]{1,3}|[a-z]|[ivx]{1,5})[.)])\s+"
);

// A lead-in that names no verb: "The designations are:", "The listings are as follows:".
pattern!(
    LEAD_IN,
    r"(?-u:\b)(?:designations|listings|designees)\s+(?:are|were|include)(?:\s+as\s+follows)?\s*:\s*$"
);

/// Designees listed one per bulleted line after a lead-in: each item's name, when it opens the
/// line, is sanctioned by the lead-in's body. Returns the list still open after this sentence.
///
/// ## Example
/// "OFAC is designating the following:\n• Acme Ltd, a shipping firm;\n• Ana Ruiz, its director."
/// → sanctioned_by(Acme Ltd, OFAC), sanctioned_by(Ana Ruiz, OFAC).
pub(crate) fn bullets(
    s: &Sentence,
    register: &mut Register,
    out: &mut Facts,
    open: Option<BulletList>,
) -> Option<BulletList> {
    if let Some(list) = open
        && let Some(marker) = BULLET.find(s.text)
    {
        // Ranks and styles may come first: "(i) Maj. Gen. Ana Ruiz".
        let first = s
            .mentions
            .iter()
            .find(|t| !matches!(t.kind, MentionKind::Role(_)))
            .filter(|t| {
                let before = &s.text[marker.end()..t.start];
                let titles_only = s
                    .mentions
                    .iter()
                    .take_while(|r| r.start < t.start)
                    .all(|r| matches!(r.kind, MentionKind::Role(_)) && r.start >= marker.end());
                (before.is_empty() || titles_only && !before.contains([',', ';']))
                    && t.is_kind(&[EntityKind::Person, EntityKind::Organization])
            });
        if let Some(t) = first
            && let Some(target) = t.entity.filter(|&e| e != list.agent)
        {
            out.link(
                Relation::SanctionedBy,
                target,
                list.agent,
                list.date,
                s.modality(t.start, t.end),
                0.75,
                "sanctions/bullet-list",
            );
        }
        return Some(list);
    }
    if !s.text.trim_end().ends_with(':') {
        return None;
    }
    let trigger = DESIGNATES.find(s.text).or_else(|| LEAD_IN.find(s.text))?;
    let (_, agent) = designating_agent(s, register, trigger.start());
    let date = s
        .date_near(trigger.start())
        .or(s.published.map(FuzzyDate::from_date));
    agent.map(|agent| BulletList { agent, date })
}

/// "has been listed on the Oslo Børs since 2014", "is listed on Nasdaq": a listing on a market,
/// not a sanctions list (which the following words would name).
fn listed_on_a_market(text: &str, verb_end: usize) -> bool {
    text[..verb_end].ends_with("listed")
        && text[verb_end..].starts_with(" on ")
        && !text[verb_end..].split_whitespace().take(8).any(|w| {
            w.contains("anction")
                || w.contains("list")
                || w.contains("List")
                || w == "SDN"
                || w.starts_with("Annex")
        })
}

/// Designation lists: the targets after a designation verb, with its agent named just before
/// or, failing that, the body the article last named as imposing sanctions.
fn designation_lists(s: &Sentence, register: &mut Register, out: &mut Facts, sanctions_seen: bool) {
    let m = &s.mentions;
    let weak = register
        .sanctioning
        .map(|_| WEAK_DESIGNATES.find_iter(s.text))
        .into_iter()
        .flatten();
    for trigger in DESIGNATES.find_iter(s.text).chain(weak) {
        // "… by AGENT" is the passive rule's.
        if s.text[trigger.end()..].trim_start().starts_with("by ")
            || listed_on_a_market(s.text, trigger.end())
        {
            continue;
        }
        // "the decision … to include X … in the list of persons subject to restrictive
        // measures": an inclusion is a listing only in a list.
        let decision = trigger.as_str().starts_with("decision");
        if decision && !s.text[trigger.end()..].contains(" list") {
            continue;
        }
        let added = trigger.as_str().starts_with("added");
        let known_body = |e: usize| register.entities[e].sanctions;
        if added
            && register.sanctioning.is_none()
            && !sanctions_seen
            && !m.iter().any(|a| {
                a.end <= trigger.start()
                    && a.entity.is_some_and(known_body)
                    && is_agent(register, a)
            })
        {
            continue;
        }
        // ("the decision of the Council of the European Union … to include": the body inside.)
        let inside = decision
            .then(|| {
                m.iter().position(|a| {
                    a.start > trigger.start() && a.end < trigger.end() && is_agent(register, a)
                })
            })
            .flatten();
        let (explicit, agent) = match inside {
            Some(a) => (Some(a), m[a].entity),
            None => designating_agent(s, register, trigger.start()),
        };
        // "X imposed sanctions on …", "X added …" have their subject right there: an unknown one is
        // no agent (and "added" alone is no sanctions word).
        if explicit.is_none() && (added || trigger.as_str().starts_with("impos")) {
            continue;
        }
        let Some(agent) = agent else { continue };
        let date = s.date_near(trigger.start());
        let confidence = if explicit.is_some() { 0.8 } else { 0.65 };
        // "X, a … company, has been sanctioned alongside …": X is the sentence's subject.
        // (Every PASSIVE_BARE match ends with one of its four verbs.)
        let bare = || {
            let text = &s.text[..trigger.end()];
            ["designated", "sanctioned", "listed", "blacklisted"]
                .iter()
                .any(|verb| text.ends_with(verb))
                && PASSIVE_BARE.is_match(text)
        };
        if explicit.is_none() && bare() {
            let subject = m.iter().position(|t| {
                t.end <= trigger.start()
                    && t.is_kind(&[EntityKind::Person, EntityKind::Organization])
            });
            // "A and B have also been listed": every subject of the list.
            let subjects = subject.map_or_else(Vec::new, |k| {
                coordinated(s, k, |t| {
                    t.end <= trigger.start()
                        && t.is_kind(&[EntityKind::Person, EntityKind::Organization])
                })
            });
            for target in subjects
                .into_iter()
                .filter_map(|k| m[k].entity)
                .filter(|&e| e != agent)
            {
                let modality = s.modality(trigger.start(), trigger.end());
                out.link(
                    Relation::SanctionedBy,
                    target,
                    agent,
                    date,
                    modality,
                    confidence,
                    "sanctions/designated-subject",
                );
            }
        }
        let mut previous_end = trigger.end();
        let mut first = true;
        // Where titles right before the current mention begin: "…; and Lieutenant General X"
        // lists X after "and".
        let mut titles_from: Option<usize> = None;
        let mut titles_end = 0;
        // A relative clause anywhere before the first name describes the designees.
        let mut described = false;
        for t in m.iter().filter(|t| t.start >= trigger.end()) {
            // Titles, and what stands before a name like one: "Malian national X", "its
            // director X" ("from its Specially Designated Nationals list": the preposition
            // before the possessive still counts).
            let pronoun = matches!(t.kind, MentionKind::Pronoun(_));
            let describes = t.demonym
                || pronoun && matches!(&s.text[t.start..t.end], "its" | "his" | "her" | "their");
            // ("among them X": the list goes on past a pronoun.)
            if pronoun && !describes {
                continue;
            }
            if matches!(t.kind, MentionKind::Role(_)) || describes {
                titles_from.get_or_insert(t.start);
                titles_end = t.end;
                continue;
            }
            let gap = s.text.get(previous_end..t.start).unwrap_or("");
            let (before_titles, after_titles) = match titles_from.take() {
                Some(from) => (
                    s.text.get(previous_end..from).unwrap_or(gap),
                    s.text.get(titles_end..t.start).unwrap_or(gap),
                ),
                None => (gap, gap),
            };
            described = described || RELATIVE.is_match(gap);
            let listed = (first && !described)
                || LIST_GAP.is_match(before_titles.trim_end())
                || LIST_GAP.is_match(after_titles.trim_end());
            let head = t.is_kind(&[EntityKind::Person, EntityKind::Organization])
                && !PREPOSITION_BEFORE.is_match(gap);
            if head && listed {
                if let Some(target) = t.entity.filter(|&e| e != agent) {
                    out.link(
                        Relation::SanctionedBy,
                        target,
                        agent,
                        date,
                        s.modality(trigger.start(), t.end),
                        confidence,
                        "sanctions/designation-list",
                    );
                }
                first = false;
            }
            first = first && !t.is_kind(&[EntityKind::Person, EntityKind::Organization]);
            previous_end = t.end;
        }
    }
}

/// False when no [`PASSIVE`] match can end `before`: each ends with "by", white space, and
/// perhaps "the" and white space. Asked before every mention of a sentence with a cue, and
/// most follow neither: the pattern's reverse search cost more than this test. (`trim_end`
/// and `\s` both take Unicode White_Space.)
fn may_end_passive(before: &str) -> bool {
    let trimmed = before.trim_end();
    trimmed.len() < before.len() && (trimmed.ends_with("by") || trimmed.ends_with("the"))
}

/// Words one of which every sanctions pattern above needs (case-sensitive, as the patterns
/// are): a sentence holding none is skipped before any of them runs.
const CUES: &[&str] = &[
    "sanction",
    "embargo",
    "blockade",
    "debar",
    "designat",
    "blacklist",
    "listed",
    "targeted",
    "penali",
    "penalties",
    "restrictive",
    "measures",
    "asset",
    "ban on",
    "bans on",
    "travel ban",
    "entry ban",
    "added",
    "adds",
    "adding",
    "to add",
    "addition",
    "restrictions imposed",
    "entity",
    "joined",
    "Among",
    "Others",
    "bans",
    "individuals",
    "entities",
    "persons",
    "companies",
];

/// Only asked whether a cue occurs, which any match kind answers alike; leftmost-first lets the
/// matcher skip ahead with a SIMD prefilter (the standard kind has none for these cues and
/// stepped its automaton through every byte).
static CUE_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(CUES)
        .expect("cue matcher builds")
});

/// The cues of a whole article, found in one pass.
pub(crate) struct Cues(ArticleHits);

impl Cues {
    pub fn new(text: &str) -> Self {
        Self(ArticleHits::new(&CUE_MATCHER, text))
    }

    /// Whether the sentence at `range` of `text` holds a cue (searched on its own when a hit
    /// crosses into or out of it).
    pub fn in_sentence(&self, text: &str, range: Range<usize>) -> bool {
        match self.0.in_sentence(&range) {
            Some(hits) => !hits.is_empty(),
            None => CUE_MATCHER.is_match(&text[range]),
        }
    }
}

/// `sanctions_seen`: the article has spoken of sanctions by this sentence, so "added" may
/// designate. `cue`: the sentence holds one of [`CUES`] ([`Cues::in_sentence`]).
pub(crate) fn extract(
    s: &Sentence,
    register: &mut Register,
    out: &mut Facts,
    sanctions_seen: bool,
    cue: bool,
) {
    // Every rule below fires only on a pattern match, and every pattern holds a cue.
    if !cue {
        return;
    }
    designation_lists(s, register, out, sanctions_seen);
    designated_in_relative(s, register, out);
    imposed_on(s, register, out);
    let m = &s.mentions;
    // The target of the last passive and the mention of its last agent, which a chain of
    // passives continues ("… by A in 2024, listed by B and added by C").
    let mut chain: Option<(Option<usize>, usize)> = None;
    for k in 0..m.len() {
        let chained = chain.and_then(|(target, last)| {
            let gap = s.text.get(m[last].end..m[k].start)?;
            let caps = CHAIN_PASSIVE.captures(gap)?;
            let verb = caps.get(1).or(caps.get(2))?;
            // ("added to the EU sanctions list", not "added to the EU's agenda".)
            let listed = !verb.as_str().ends_with(" to") || LIST_TAIL.is_match(&s.text[m[k].end..]);
            (listed && is_agent(register, &m[k])).then_some((target, m[last].end + verb.start()))
        });
        if let Some((target, verb_at)) = chained {
            chain = Some((target, k));
            if let (Some(t), Some(agent)) = (target, m[k].entity)
                && t != agent
            {
                out.link(
                    Relation::SanctionedBy,
                    t,
                    agent,
                    s.date_near(verb_at),
                    s.modality(verb_at, m[k].end),
                    0.8,
                    "sanctions/by-agent-chain",
                );
            }
        }
        // Passive and noun forms: the agent list follows the trigger.
        if chained.is_none()
            && may_end_passive(&s.text[..m[k].start])
            && let Some(trigger) = PASSIVE.find(&s.text[..m[k].start])
            && is_agent(register, &m[k])
        {
            // The nearest person or body before the verb; a country only when there is none
            // ("Golden Lotus, a Myanmar company, was sanctioned by …"); before an aside that
            // describes the subject ("X, a former deputy director of the Y Department, was
            // sanctioned by …").
            let subject_end = APPOSITION_BEFORE_VERB
                .find(&s.text[..trigger.start()])
                .map_or(trigger.start() + 1, |aside| aside.start());
            let before = || {
                m[..k]
                    .iter()
                    .rev()
                    .filter(|t| t.end <= subject_end && target_of(t).is_some())
            };
            // "…, vice director of the Party (WPK), who was sanctioned": "who" is a person.
            let who = s.text[..trigger.start()].trim_end().ends_with(" who")
                || s.text[..trigger.start()].contains(", who ")
                    && !s.text[..trigger.start()].contains(", which ");
            // "sanctions imposed by the Council" names its target only on it ("… on X by") or
            // right before it ("X is subject to sanctions imposed by"): "Ruiz said Chile
            // recognised only sanctions imposed by the UN" names none.
            let noun = ["sanctions ", "restrictions ", "restrictive "]
                .iter()
                .any(|n| trigger.as_str().starts_with(n))
                && !trigger.as_str().contains(" on ");
            // "the sanctions imposed on North Korea by the US": the target is named on.
            let named_on = trigger.as_str().find(" on ").and_then(|on| {
                let from = trigger.start() + on + 4;
                m[..k]
                    .iter()
                    .find(|t| t.start >= from && t.end <= trigger.end() && target_of(t).is_some())
            });
            let target = named_on
                .or_else(|| {
                    before().find(|t| {
                        !t.is_kind(&[EntityKind::Country])
                            && (!who || t.is_kind(&[EntityKind::Person]))
                    })
                })
                .or_else(|| before().next().filter(|_| !who))
                .filter(|t| {
                    !noun
                        || s.text
                            .get(t.end..trigger.start())
                            .is_some_and(|gap| NOUN_TARGET.is_match(gap))
                });
            let agents = coordinated(s, k, |x| is_agent(register, x));
            chain = Some((
                target.and_then(target_of),
                agents.last().copied().unwrap_or(k),
            ));
            if let Some(t) = target.and_then(target_of) {
                let date = s.date_near(trigger.start());
                for a in agents {
                    if let Some(agent) = m[a].entity {
                        out.link(
                            Relation::SanctionedBy,
                            t,
                            agent,
                            date,
                            s.modality(trigger.start(), m[a].end),
                            0.85,
                            "sanctions/by-agent",
                        );
                    }
                }
            }
        }
        // Active form: agent first ("Washington blacklists X": a capital for its government).
        if is_agent(register, &m[k]) || is_capital(register, &m[k]) {
            // "The EU imposed sanctions on Monday." names the sanctioning body, target or not.
            // "added" designates only where sanctions are the subject.
            let sanctions_context = register.sanctioning.is_some()
                || sanctions_seen
                || m[k].entity.is_some_and(|e| register.entities[e].sanctions);
            // "OFAC announced that it had added X": the verb follows the body's pronoun.
            // "ECCAS, the regional bloc, had imposed …": the verb follows the body's aside.
            let (verb_from, first) = match m.get(k + 1) {
                Some(it)
                    if matches!(it.kind, MentionKind::Pronoun(_))
                        && matches!(&s.text[it.start..it.end], "it" | "they")
                        && SAID_THAT.is_match(s.gap(&m[k], it)) =>
                {
                    (it.end, k + 2)
                }
                _ => match s.text[m[k].end..]
                    .starts_with(',')
                    .then(|| AGENT_ASIDE.find(&s.text[m[k].end..]))
                    .flatten()
                {
                    Some(aside) => {
                        let end = m[k].end + aside.end();
                        (end, k + 1 + m[k + 1..].partition_point(|x| x.start < end))
                    }
                    None => (m[k].end, k + 1),
                },
            };
            let gap_to = |next: &Mention| s.text.get(verb_from..next.start).unwrap_or("");
            let active = m.get(first).is_some_and(|next| {
                let gap = gap_to(next);
                // "X was designated by the Committee": X is no agent.
                (ACTIVE.is_match(gap) || OWN_ACT.is_match(gap))
                    // ("had frozen Sahel Transit's assets", not "froze relations with X".)
                    && (!FROZE_BARE.is_match(gap) || FROZEN_ASSETS.is_match(&s.text[next.end..]))
                    && (sanctions_context
                        || !gap.split_whitespace().any(|w| {
                            matches!(w, "add" | "adds" | "added" | "adding" | "listed" | "lists")
                        }))
                    && !gap.split_whitespace().any(|w| w == "by")
                    && !names_a_sanctions_thing(gap)
            });
            // (A capital is named for one act, not remembered as the article's sanctioning body.)
            if (active || IMPOSES.is_match(&s.text[m[k].end..])) && is_agent(register, &m[k]) {
                register.sanctioning = m[k].entity;
            }
            let active = active
                && m.get(first)
                    .is_some_and(|next| !NOT_TARGET.is_match(gap_to(next)));
            if active {
                let date = s.date_near(m[k].end);
                // "Canada and Australia today also designated X": every agent of the subject.
                let mut agents = vec![k];
                while let Some(&a) = agents.last()
                    && a > 0
                    && is_agent(register, &m[a - 1])
                    && AGENTS_AND.is_match(s.gap(&m[a - 1], &m[a]))
                {
                    agents.push(a - 1);
                }
                // A list of agents ends in "and": "In Sudan, the EU imposed …" is no list.
                let first_agent = &m[k + 1 - agents.len()];
                if !s
                    .gap(first_agent, &m[k])
                    .split_whitespace()
                    .any(|w| w == "and")
                {
                    agents.truncate(1);
                }
                for t in coordinated(s, first, |x| target_of(x).is_some()) {
                    if m[t].is_kind(&[EntityKind::Country]) && modifies_a_noun(s, &m[t]) {
                        continue;
                    }
                    for &a in &agents {
                        if let (Some(target), Some(agent)) = (target_of(&m[t]), m[a].entity)
                            && target != agent
                        {
                            out.link(
                                Relation::SanctionedBy,
                                target,
                                agent,
                                date,
                                s.modality(m[a].start, m[t].end),
                                0.85,
                                "sanctions/agent-designates",
                            );
                        }
                    }
                }
            }
        }
        // "The EU placed him under sanctions in 2023": the targets between verb and noun.
        if is_agent(register, &m[k])
            && let Some(t) = m.get(k + 1)
            && PLACED.is_match(s.gap(&m[k], t))
            && let Some(agent) = m[k].entity
        {
            let targets = coordinated(s, k + 1, |x| target_of(x).is_some());
            if targets
                .last()
                .is_some_and(|&last| UNDER_SANCTIONS.is_match(&s.text[m[last].end..]))
            {
                register.sanctioning = Some(agent);
                for t in targets {
                    if let Some(target) = target_of(&m[t]) {
                        out.link(
                            Relation::SanctionedBy,
                            target,
                            agent,
                            s.date_near(m[t].end),
                            s.modality(m[k].start, m[t].end),
                            0.8,
                            "sanctions/placed-under",
                        );
                    }
                }
            }
        }
        // On a sanctions list.
        if let (Some(target), Some(next)) = (target_of(&m[k]), m.get(k + 1))
            && LISTED.is_match(s.gap(&m[k], next))
            && is_agent(register, next)
            && LIST_TAIL.is_match(&s.text[next.end..])
            && let Some(agent) = next.entity
        {
            out.link(
                Relation::SanctionedBy,
                target,
                agent,
                s.date_near(next.end),
                s.modality(m[k].start, next.end),
                0.8,
                "sanctions/on-list",
            );
        }
        // "COUNTRY has joined the anti-X sanctions"
        if m[k].is_kind(&[EntityKind::Country])
            && !m[k].demonym
            && let Some(caps) = JOINED.captures(&s.text[m[k].end..])
        {
            let target_name = caps.get(1).map_or("", |c| c.as_str());
            if let (Some(known), Some(agent)) = (GAZETTEER.lookup(target_name), m[k].entity) {
                let target = register.add(known.kind, target_name, Some(&known.canonical));
                let modality =
                    s.modality(m[k].start, m[k].end + caps.get(0).map_or(0, |c| c.end()));
                out.link(
                    Relation::SanctionedBy,
                    target,
                    agent,
                    s.date_near(m[k].end),
                    modality,
                    0.75,
                    "sanctions/joined",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The article-wide cue search answers for every sentence as a search of its own does.
        #[test]
        fn cues_found_once_answer_as_per_sentence(
            text in "(?:[ .a-z]|sanction|sanctions|listed|asset|bans|ban on|bans on|Among|entities){0,20}",
            cuts in proptest::collection::vec(0usize..200, 2),
        ) {
            let (a, b) = (cuts[0].min(cuts[1]).min(text.len()), cuts[0].max(cuts[1]).min(text.len()));
            let cues = Cues::new(&text);
            proptest::prop_assert_eq!(
                cues.in_sentence(&text, a..b),
                CUE_MATCHER.is_match(&text[a..b]),
                "{:?} {}..{}", text, a, b
            );
        }
    }
}
