//! Sanctions annexes: the numbered lists of designated persons and bodies that close
//! government releases (UK OFSI notices, Japan's MOFA lists, EU and UN annexes).
//!
//! ## Pattern
//! - `1. SURNAME, Given Names` then field lines `DOB: …. Position: Title, Body. …`
//! - `1. Given SURNAME (Nationality: …; Position: Title, Body)`
//! - `4. BODY NAME LLC. Address: …`, `1. Body Name Corporation (Country)`
//! - `5. Given SURNAME` alone on its line, its function the paragraph after it
//! - `SURNAME, Given (Function: Title of Country)` without a number
//!
//! An entry counts only in an article that shows a body imposing sanctions, and only when it
//! looks like a list entry: it carries fields (`Position:`), stands under an "Individuals" or
//! "Entities" heading, or writes its surname in capitals. A position "Head of the X" is held
//! at X; "Minister of Y of COUNTRY" in the country.
//! ## Example
//! "2. OKONJO, Adaeze Ngozi\nPosition: Finance Director, Delta Star Trading Ltd." in a release
//! of the Office of Financial Sanctions Implementation → sanctioned_by(Adaeze Ngozi Okonjo,
//! OFSI, publication date) and holds_role(Adaeze Ngozi Okonjo, finance director, Delta Star
//! Trading Ltd).
//! ## Emits
//! `sanctioned_by` dated by the release, and `holds_role` from the `Position:` field.

use std::ops::Range;

use super::dates::FuzzyDate;
use super::mentions::Register;
use super::roles::pattern;
use super::{EntityKind, Fact, Facts, Modality, Object, Relation};
use crate::gazetteer::GAZETTEER;

pattern!(
    ENTRY,
    r"^[ \t]*(?:[0-9]{1,3}[.)]|\([0-9a-z]{1,3}\)|[A-Z]{2,4}[a-z]\.[0-9]{2,4}[ \t]+Name:)[ \t]+(\S[^\n]*?)[ \t]*$"
);
// "MARTINEZ LOPEZ, Ana Julia (Function: …)": an unnumbered entry, surname first in capitals,
// with its fields in brackets.
pattern!(
    UNNUMBERED,
    r"^[ \t]*(\p{Lu}[\p{Lu}'-]+(?:[ \t]+\p{Lu}[\p{Lu}'-]+)*,[ \t]+\p{Lu}[^\n(]*\([^\n):]{2,24}:[^\n]*?)[ \t]*$"
);
// A post's field label; its value ends at a `;`, a bracket, a line end, a full stop or the
// next field ("Title: Colonel Designation: Deputy Director of … DOB: …" in a UN list).
pattern!(POSITION, r"(?:Position|Title|Function|Designation)s?:\s*");
pattern!(
    VALUE_END,
    r"\s*(?:[;)\n]|\.\s|\.?$)|\s\p{Lu}[\p{L}.]*(?:\s+\p{Ll}[\p{L}.]*){0,2}:"
);
pattern!(FIELD, r"(?:^|\n|\.\s+|;\s*)\p{Lu}[\p{L} ]{1,24}:");
pattern!(
    INDIVIDUALS,
    r"(?i)^\W*(?:\([a-z0-9]\)\s*|[a-z][.)]\s+)?(?:individuals|persons|people)\W*$"
);
pattern!(
    BODIES,
    r"(?i)^\W*(?:\([a-z0-9]\)\s*|[a-z][.)]\s+)?(?:entities|companies|organi[sz]ations|bodies)\W*$"
);
// Vessels and aircraft are listed too; newskg has no kind for them, so their entries are
// left out rather than read as people.
pattern!(
    THINGS,
    r"(?i)^\W*(?:\([a-z0-9]\)\s*|[a-z][.)]\s+)?(?:vessels|ships|aircraft)\W*$"
);

/// False when `line` cannot be a section heading ([`INDIVIDUALS`], [`BODIES`], [`THINGS`]):
/// a heading holds at most 14 letters and digits (a one-letter marker and "organisations"),
/// and most lines hold more, settled without the three patterns.
fn may_be_heading(line: &str) -> bool {
    line.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .nth(14)
        .is_none()
}

/// A heading's own words: "Annex 2: Entities subject to the export prohibition" heads a list
/// of entities.
fn heading_core(line: &str) -> &str {
    let mut core = line.trim();
    // Headings are short; most lines are paragraphs, settled here.
    if core.len() > 80 {
        return core;
    }
    let numbered_part = ["Annex ", "ANNEX ", "Schedule ", "Appendix ", "Part "]
        .iter()
        .any(|p| core.starts_with(p));
    if numbered_part && let Some(colon) = core.get(..16).and_then(|head| head.find(':')) {
        core = core[colon + 1..].trim_start();
    }
    if let Some((first, rest)) = core.split_once(' ')
        && ["subject to ", "listed", "designated"]
            .iter()
            .any(|tail| rest.starts_with(tail))
    {
        core = first;
    }
    core
}

/// False when `line` cannot be an entry: [`ENTRY`] starts (after spaces and tabs) with a digit,
/// a `(` or two capitals, and [`UNNUMBERED`] holds a `,`, a `(` and a `:`. Most lines of prose
/// are settled without the patterns.
fn may_be_entry(line: &str) -> bool {
    let bytes = line.trim_start_matches([' ', '\t']).as_bytes();
    let numbered = match bytes {
        [b, ..] if b.is_ascii_digit() || *b == b'(' => true,
        [a, b, ..] => a.is_ascii_uppercase() && b.is_ascii_uppercase(),
        _ => false,
    };
    let has = |b: u8| memchr::memchr(b, line.as_bytes()).is_some();
    numbered || has(b',') && has(b'(') && has(b':')
}

/// Words that may stand in lower case inside a listed name.
const CONNECTORS: &[&str] = &[
    "of", "the", "and", "for", "de", "del", "da", "la", "le", "du", "von", "van", "bin", "bint",
    "al", "el", "y", "&",
];

#[derive(Clone, Copy, PartialEq)]
enum Section {
    Unknown,
    Individuals,
    Bodies,
    Things,
}

/// Adds the facts of every annex entry of `text`; `agent` is the body the article shows
/// imposing sanctions.
pub fn extract(
    text: &str,
    published: Option<FuzzyDate>,
    agent: usize,
    register: &mut Register,
    facts: &mut Vec<Fact>,
) {
    let mut section = Section::Unknown;
    let lines: Vec<Range<usize>> = line_ranges(text);
    for (n, line) in lines.iter().enumerate() {
        let line_text = &text[line.clone()];
        let heading = heading_core(line_text);
        if may_be_heading(heading) {
            if INDIVIDUALS.is_match(heading) {
                section = Section::Individuals;
                continue;
            }
            if BODIES.is_match(heading) {
                section = Section::Bodies;
                continue;
            }
            if THINGS.is_match(heading) {
                section = Section::Things;
                continue;
            }
        }
        if section == Section::Things {
            continue;
        }
        let Some(item) = may_be_entry(line_text)
            .then(|| {
                ENTRY
                    .captures(line_text)
                    .or_else(|| UNNUMBERED.captures(line_text))
            })
            .flatten()
            .and_then(|c| c.get(1))
        else {
            continue;
        };
        let is_entry = |t: &str| may_be_entry(t) && (ENTRY.is_match(t) || UNNUMBERED.is_match(t));
        // The entry's fields: the rest of its line and the lines up to a blank or the next entry.
        let mut fields = line.start + item.start()..line.end;
        for next in &lines[n + 1..] {
            let next_text = &text[next.clone()];
            if next_text.trim().is_empty() || is_entry(next_text) {
                break;
            }
            fields.end = next.end;
        }
        // "5. Ana RUIZ" alone on its line, its function in the paragraph after it.
        let description = (fields.end == line.end)
            .then(|| {
                lines[n + 1..]
                    .iter()
                    .find(|l| !text[(*l).clone()].trim().is_empty())
            })
            .flatten()
            .filter(|l| !is_entry(&text[(*l).clone()]));
        let item_text = item.as_str();
        let Some((name, kind)) = listed_name(item_text, section) else {
            continue;
        };
        let field_text = &text[fields.clone()];
        let has_fields = FIELD.is_match(&field_text[name.len().min(field_text.len())..]);
        let surname_first = name.split_once(", ").is_some_and(|(s, _)| is_all_caps(s));
        let surname_last = kind == EntityKind::Person && surname_last(name).is_some();
        if !(has_fields || surname_first || surname_last || section != Section::Unknown) {
            continue;
        }
        let label = if kind == EntityKind::Person {
            person_label(name)
        } else {
            name.to_owned()
        };
        let known = GAZETTEER.lookup(&label);
        let (kind, canonical) = match known {
            Some(k) if kind != EntityKind::Person => (k.kind, Some(k.canonical.as_str())),
            _ => (kind, None),
        };
        let entity = register.add(kind, &label, canonical);
        if entity == agent {
            continue;
        }
        let mut out = Facts {
            out: facts,
            range: line.start + item.start()..line.start + item.end(),
        };
        out.link(
            Relation::SanctionedBy,
            entity,
            agent,
            published,
            Modality::Asserted,
            0.8,
            "listings/entry",
        );
        // The first field that names a post ("Title: Ms. Designation: General Manager of …").
        let held = kind == EntityKind::Person
            && POSITION.find_iter(field_text).any(|label| {
                let rest = &field_text[label.end()..];
                let value = &rest[..VALUE_END.find(rest).map_or(rest.len(), |e| e.start())];
                let start = fields.start + label.end();
                held_position(value, entity, register, facts, start..start + value.len())
            });
        // "… - former director, X; currently head of procurement, Y": posts after a dash.
        let held = held
            || kind == EntityKind::Person
                && split_dash(line_text).is_some_and(|(_, posts)| {
                    let mut start = line.start + line_text.len() - posts.len();
                    let mut any = false;
                    for post in posts.split("; ") {
                        let value = post.trim_end_matches(['.', ';']);
                        let trimmed = value.trim_start_matches("currently ");
                        let at = start + (value.len() - trimmed.len());
                        any |=
                            held_position(trimmed, entity, register, facts, at..at + trimmed.len());
                        start += post.len() + 2;
                    }
                    any
                });
        if !held
            && kind == EntityKind::Person
            && let Some(d) = description
        {
            let value = text[d.clone()].trim().trim_end_matches('.');
            // The title opens the paragraph, after at most two modifiers ("First Deputy").
            let opens = GAZETTEER.find_roles(value).first().is_some_and(|h| {
                value[..h.start].split_whitespace().count() <= 2
                    && value[..h.start]
                        .split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
            });
            if opens {
                let start = d.start + (text[d.clone()].len() - text[d.clone()].trim_start().len());
                held_position(value, entity, register, facts, start..start + value.len());
            }
        }
    }
}

/// Where the surname written in capitals after the given names begins ("Ana Maria RUIZ
/// LOPEZ"), if it is written so.
fn surname_last(name: &str) -> Option<usize> {
    let words: Vec<&str> = name.split(' ').collect();
    let caps = words.iter().rev().take_while(|w| is_all_caps(w)).count();
    (caps >= 1 && caps < words.len() && !is_all_caps(words[0])).then(|| {
        words[..words.len() - caps]
            .iter()
            .map(|w| w.len() + 1)
            .sum()
    })
}

/// A word in capitals as a name is written: "LOPEZ-RUIZ" → "Lopez-Ruiz".
fn title_case(word: &str) -> String {
    word.split_inclusive(['-', ' '])
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or(String::new(), |first| {
                first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect()
}

/// `text` split at its first spaced dash ("Ana RUIZ - deputy director, Delta Bank").
fn split_dash(text: &str) -> Option<(&str, &str)> {
    [" - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .filter_map(|d| text.find(d).map(|at| (at, d.len())))
        .min()
        .map(|(at, len)| (&text[..at], &text[at + len..]))
}

/// Byte ranges of the lines of `text`, without their line breaks.
fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    // Each line with its break, found by `memchr` (`split_inclusive` searched for it bytewise).
    while start < text.len() {
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i + 1);
        let trimmed = text[start..end].trim_end_matches(['\n', '\r']);
        out.push(start..start + trimmed.len());
        start = end;
    }
    out
}

/// The name an entry lists, and whether it is a person or a body; `None` for numbered prose.
fn listed_name(item: &str, section: Section) -> Option<(&str, EntityKind)> {
    let mut name = &item[..item.find(['(', ';']).unwrap_or(item.len())];
    // "Ana RUIZ - deputy director, Delta Bank": the name ends at a spaced dash.
    if let Some((before, _)) = split_dash(name) {
        name = before;
    }
    // "KALUGA OPTICS JSC. Address: …": the name ends before the first field.
    if let Some(colon) = name.find(':') {
        name = name[..colon].rfind(". ").map_or("", |p| &name[..p]);
    }
    let name = name.trim().trim_end_matches([',', ':']).trim();
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let name_like = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            || CONNECTORS.contains(w)
            || w.starts_with("al-")
            || w.starts_with("el-")
    };
    if words.is_empty() || words.len() > 10 || !words.iter().all(name_like) {
        return None;
    }
    let last = words[words.len() - 1].trim_end_matches('.');
    let body_word = GAZETTEER
        .org_heads
        .keys()
        .any(|h| h.trim_end_matches('.').eq_ignore_ascii_case(last));
    let kind = match section {
        Section::Bodies => EntityKind::Organization,
        Section::Individuals => EntityKind::Person,
        Section::Unknown if body_word => EntityKind::Organization,
        Section::Unknown if (2..=6).contains(&words.len()) => EntityKind::Person,
        Section::Unknown | Section::Things => return None,
    };
    // A lone word is a name only for a body ("ROSOBORONEXPORT").
    if kind == EntityKind::Person && words.len() < 2 {
        return None;
    }
    Some((name, kind))
}

fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// "OKONJO, Adaeze Ngozi" → "Adaeze Ngozi Okonjo"; other spellings stay as listed.
fn person_label(name: &str) -> String {
    let Some((surname, given)) = name.split_once(", ").filter(|(s, _)| is_all_caps(s)) else {
        // "Ana Maria RUIZ LOPEZ" → "Ana Maria Ruiz Lopez", "RI CHOL HO" → "Ri Chol Ho".
        return match surname_last(name) {
            Some(at) => format!("{}{}", &name[..at], title_case(&name[at..])),
            None if name.split(' ').all(is_all_caps) => title_case(name),
            None => name.to_owned(),
        };
    };
    format!("{} {}", given.trim(), title_case(surname))
}

/// `holds_role` from a `Position:` value: "Deputy Head, Rossotrudnichestvo", "Representative
/// in Vladivostok, Korea Ponghwa Trading Corporation"; whether the value named a post (a rank
/// or a form of address does not).
fn held_position(
    value: &str,
    person: usize,
    register: &mut Register,
    facts: &mut Vec<Fact>,
    evidence: Range<usize>,
) -> bool {
    let mut parts = value.split(", ").map(str::trim);
    let Some(full) = parts.next() else {
        return false;
    };
    // "Representative in Vladivostok": the post, not its place; "… of Korea Ponghwa Trading
    // Corporation" after the place is the body it serves.
    let (title, after_place) = match [" in ", " at ", " for "]
        .iter()
        .filter_map(|sep| full.find(sep))
        .min()
    {
        Some(cut) => (&full[..cut], full[cut..].split_once(" of ").map(|(_, b)| b)),
        None => (full, None),
    };
    // "Minister of Health of Nicaragua": the country closes the title.
    let (title, country) = match title.rsplit_once(" of ") {
        Some((t, place))
            if GAZETTEER
                .lookup(place.trim_start_matches("the "))
                .is_some_and(|k| k.kind == EntityKind::Country) =>
        {
            (t, Some(place.trim_start_matches("the ")))
        }
        _ => (title, None),
    };
    // "Head of the Civil Registry": the body the title serves, before any after the comma.
    // A board belongs to the body after the comma: "President of the Board of Directors, X".
    // The innermost unit: "Deputy Director of the Earning Bureau of the Reconnaissance
    // General Bureau" serves the Earning Bureau.
    // "General Manager of Haegumgang Shipping Company": without "the", only a body's name
    // ("Minister of Health" is a portfolio).
    let (title, served) = match title.split_once(" of the ") {
        Some((t, body)) if body.starts_with(char::is_uppercase) && !body.starts_with("Board") => (
            t,
            Some(body.split_once(" of the ").map_or(body, |(unit, _)| unit)),
        ),
        _ => match title.split_once(" of ") {
            Some((t, body)) if names_a_body(body) => (t, Some(body)),
            _ => (title, None),
        },
    };
    let title = title.to_lowercase();
    if title.is_empty()
        || GAZETTEER.ranks.contains(&title)
        || GAZETTEER.find_roles(&title).is_empty()
    {
        return false;
    }
    let body = served
        .or(after_place)
        .or_else(|| parts.next())
        .or(country)
        .filter(|b| b.chars().next().is_some_and(char::is_uppercase))
        .map(|b| {
            let (kind, canonical) = match GAZETTEER.lookup(b) {
                Some(k) => (k.kind, Some(k.canonical.as_str())),
                None => (EntityKind::Organization, None),
            };
            register.add(kind, b, canonical)
        });
    let mut out = Facts {
        out: facts,
        range: evidence,
    };
    out.push(
        Relation::HoldsRole,
        person,
        Object::Role(title.split_whitespace().collect::<Vec<_>>().join(" ")),
        body,
        None,
        Modality::Asserted,
        0.75,
        "listings/position",
    );
    true
}

/// Whether `name` names a body of more than one word: a known one, or one whose last word is
/// an organisation's head ("Haegumgang Shipping Company"; "Head of Logistics" is a post).
fn names_a_body(name: &str) -> bool {
    name.starts_with(char::is_uppercase)
        && name.contains(' ')
        && (GAZETTEER.lookup(name).is_some()
            || name
                .rsplit(' ')
                .next()
                .is_some_and(|w| GAZETTEER.org_heads.contains_key(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn line_ranges_are_those_of_split_inclusive(text in r"[a\n\r]{0,12}") {
            let mut expected = Vec::new();
            let mut start = 0;
            for line in text.split_inclusive('\n') {
                let trimmed = line.trim_end_matches(['\n', '\r']);
                expected.push(start..start + trimmed.len());
                start += line.len();
            }
            proptest::prop_assert_eq!(line_ranges(&text), expected);
        }
    }

    proptest::proptest! {
        /// The line prefilters never turn down a line a pattern matches.
        #[test]
        fn prefilters_keep_every_heading_and_entry(
            line in "(?:[ \t.,:()a-zA-Z0-9'-]|Individuals|ORGANISATIONS|(a) |b. |\
                     12. |ABCd.123 Name: |RUIZ LOPEZ|, Ana|\\(Function: |\u{17f}|\u{c9}){0,10}\n?"
        ) {
            let heading = [&*INDIVIDUALS, &*BODIES, &*THINGS].iter().any(|r| r.is_match(&line));
            proptest::prop_assert!(may_be_heading(&line) || !heading, "{:?}", line);
            let entry = ENTRY.is_match(&line) || UNNUMBERED.is_match(&line);
            proptest::prop_assert!(may_be_entry(&line) || !entry, "{:?}", line);
        }
    }

    #[test]
    fn prefilters_pass_headings_and_entries() {
        assert!(may_be_heading("(b) Organisations:\n"));
        assert!(may_be_entry("  12. Ana RUIZ"));
        assert!(may_be_entry("RUIZ LOPEZ, Ana (Function: adviser)"));
        assert!(!may_be_entry("The ministry said on Monday."));
    }
}
