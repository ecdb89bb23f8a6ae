//! Mention repairs: names the capitalised-run reader joins that the sentence around them shows
//! to be two names, fixed before any rule reads the mentions.
//!
//! ## Pattern
//! - `BODY and COUNTRY's BODY`: "Norway's Ministry of Fisheries and Chile's Ministry of
//!   Economy" — the first body ends before "and Chile".
//! - `TITLE of the BODY for PORTFOLIO NAME`: "Under Secretary of the Treasury for Terrorism and
//!   Financial Intelligence Ana Ruiz" — the title runs to the portfolio, the body is the
//!   Treasury, and the name closes the run.
//! - `BODY and WORD`: "Bureau of Industry and Security", cut at "and" by the run reader, is
//!   one body when the gazetteer knows the whole name.
//! - `head of FUNCTION at BODY`: "head of research at Norte Capital" — the title takes its
//!   lower-case function.
//! - `TITLE of X and Y, NAME`: "Minister of Mines and Energy, Ana Ruiz" — one title.
//! - `TITLE NAME of BODY`: "Chairman Li Wei of Acme Shipping Company" is a person and a
//!   company, not one company.
//! ## Emits
//! Nothing: it rewrites mentions (and registers the names it splits off).

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

use super::EntityKind;
use super::mentions::{Mention, MentionKind, Register, looks_like_person};
use crate::gazetteer::GAZETTEER;

const BODIES: &[EntityKind] = &[EntityKind::Agency, EntityKind::Organization];

/// Words that end a portfolio ("for Terrorism and Financial Intelligence", "for Political
/// Affairs"); the name of the title's holder starts after the last of them.
const PORTFOLIO_ENDS: &[&str] = &[
    "Affairs",
    "Security",
    "Intelligence",
    "Policy",
    "Development",
    "Environment",
    "Cooperation",
    "Management",
    "Resources",
    "Relations",
    "Rights",
    "Operations",
    "Trade",
    "Energy",
    "Control",
    "Nonproliferation",
    "Non-Proliferation",
    "Diplomacy",
    "Assistance",
    "Enforcement",
    "Crime",
    "Terrorism",
    "Counterterrorism",
    "Finance",
    "Democracy",
    "Growth",
    "Industry",
    "Innovation",
    "Acquisition",
    "Sustainment",
    "Readiness",
    "Reform",
    "Europe",
    "Asia",
    "Africa",
    "Americas",
    "Pacific",
];

static TITLE_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+of\s+(?:the\s+)?$").expect("pattern compiles"));

pub(crate) fn repair(sentence: &str, mentions: &mut Vec<Mention>, register: &mut Register) {
    extend_to_known_body(sentence, mentions, register);
    split_country_conjunct(sentence, mentions, register);
    function_titles(sentence, mentions);
    split_portfolio_holder(sentence, mentions, register);
    split_holder_of_body(sentence, mentions, register);
    joined_portfolios(sentence, mentions);
}

/// "Minister of Mines and Energy, Ana Ruiz": a second portfolio joined by "and" belongs to the
/// title, not to a body of its own, when the title's holder follows. The portfolio may have
/// been read as a body ("Energy") or as no mention at all.
fn joined_portfolios(sentence: &str, mentions: &mut Vec<Mention>) {
    let mut i = 0;
    while i + 1 < mentions.len() {
        let MentionKind::Role(t) = &mentions[i].kind else {
            i += 1;
            continue;
        };
        let between_body = mentions[i + 1].is_kind(BODIES);
        let holder_at = if between_body { i + 2 } else { i + 1 };
        let Some(holder) = mentions.get(holder_at) else {
            break;
        };
        let joined = sentence
            .get(mentions[i].end..holder.start)
            .and_then(|gap| gap.strip_prefix(" and "))
            .map(|rest| rest.trim_end().trim_end_matches(',').trim_end());
        let portfolio = joined.filter(|p| {
            let words: Vec<&str> = p.split(' ').collect();
            t.contains(" of ")
                && holder.is_kind(&[EntityKind::Person])
                && words.len() <= 3
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
                && words.last().is_some_and(|w| PORTFOLIO_ENDS.contains(w))
        });
        if let Some(portfolio) = portfolio {
            let end = mentions[i].end + " and ".len() + portfolio.len();
            mentions[i].kind = MentionKind::Role(format!("{t} and {}", portfolio.to_lowercase()));
            mentions[i].end = end;
            if between_body {
                mentions.remove(i + 1);
            }
        }
        i += 1;
    }
}

/// "Chairman Li Wei of Acme Shipping Company": after a title, a name, "of", then the body the
/// run reader took as one organisation.
fn split_holder_of_body(sentence: &str, mentions: &mut Vec<Mention>, register: &mut Register) {
    let mut i = 1;
    while i < mentions.len() {
        let m = &mentions[i];
        let after_title = matches!(mentions[i - 1].kind, MentionKind::Role(_))
            && sentence
                .get(mentions[i - 1].end..m.start)
                .is_some_and(|gap| gap.trim().is_empty());
        let text = &sentence[m.start..m.end];
        // The cheap tests first: a substring search sets up a searcher every time.
        let of = if after_title && m.is_kind(BODIES) {
            text.find(" of ")
        } else {
            None
        };
        let Some(of) = of else {
            i += 1;
            continue;
        };
        let words: Vec<&str> = text[..of].split(' ').collect();
        if !(2..=4).contains(&words.len()) || !looks_like_person(&words) {
            i += 1;
            continue;
        }
        let MentionKind::Entity(kind) = m.kind else {
            i += 1;
            continue;
        };
        let body_offset = of
            + " of ".len()
            + if text[of + 4..].starts_with("the ") {
                4
            } else {
                0
            };
        let body_text = &text[body_offset..];
        let known = GAZETTEER.lookup(body_text);
        let body_kind = known.map_or(kind, |k| k.kind);
        let body = register.add(body_kind, body_text, known.map(|k| k.canonical.as_str()));
        if let Some(k) = known {
            register.entities[body].sanctions = k.sanctions;
            register.entities[body].country = k.country.as_deref().map(Cow::Borrowed);
        }
        let person = register.add(EntityKind::Person, &text[..of], None);
        let (start, end) = (m.start, m.end);
        mentions[i] = Mention {
            start,
            end: start + of,
            kind: MentionKind::Entity(EntityKind::Person),
            entity: Some(person),
            demonym: false,
            indirect: false,
        };
        mentions.insert(
            i + 1,
            Mention {
                start: start + body_offset,
                end,
                kind: MentionKind::Entity(body_kind),
                entity: Some(body),
                demonym: false,
                indirect: false,
            },
        );
        i += 2;
    }
}

/// "Ministry of Fisheries and Chile's …": the body, then the country owning what follows.
fn split_country_conjunct(sentence: &str, mentions: &mut Vec<Mention>, register: &mut Register) {
    let mut i = 0;
    while i < mentions.len() {
        let m = &mentions[i];
        let rest = &sentence[m.end..];
        let possessive = rest.starts_with("'s ") || rest.starts_with("\u{2019}s ");
        let text = &sentence[m.start..m.end];
        let split = if possessive && m.is_kind(BODIES) {
            text.rfind(" and ")
        } else {
            None
        };
        let Some(at) = split else {
            i += 1;
            continue;
        };
        let country_text = &text[at + " and ".len()..];
        let Some(country) = GAZETTEER
            .lookup(country_text)
            .filter(|k| k.kind == EntityKind::Country && !k.demonym)
        else {
            i += 1;
            continue;
        };
        let (Some(old), MentionKind::Entity(kind)) = (m.entity, m.kind.clone()) else {
            i += 1;
            continue;
        };
        let body_text = &text[..at];
        let canonical = GAZETTEER.lookup(body_text).map(|k| k.canonical.clone());
        let body = register.add(kind, body_text, canonical.as_deref());
        if register.entities[body].head.is_none() {
            register.entities[body].head = register.entities[old].head.clone();
        }
        let country_id = register.add(EntityKind::Country, country_text, Some(&country.canonical));
        let start = m.start;
        let end = m.end;
        mentions[i] = Mention {
            start,
            end: start + at,
            kind: MentionKind::Entity(kind),
            entity: Some(body),
            demonym: false,
            indirect: false,
        };
        mentions.insert(
            i + 1,
            Mention {
                start: end - country_text.len(),
                end,
                kind: MentionKind::Entity(EntityKind::Country),
                entity: Some(country_id),
                demonym: false,
                indirect: false,
            },
        );
        i += 2;
    }
}

/// "Under Secretary of the Treasury for Terrorism and Financial Intelligence Ana Ruiz": the
/// body mention read as "Treasury for … Ana Ruiz" becomes the Treasury (spanning the portfolio,
/// so the name follows it directly), the title takes the body and portfolio, and the name
/// becomes a person.
fn split_portfolio_holder(sentence: &str, mentions: &mut Vec<Mention>, register: &mut Register) {
    for i in 1..mentions.len() {
        let MentionKind::Role(title) = &mentions[i - 1].kind else {
            continue;
        };
        let m = &mentions[i];
        let gap = sentence.get(mentions[i - 1].end..m.start).unwrap_or("");
        if !m.is_kind(BODIES) || !TITLE_OF.is_match(gap) {
            continue;
        }
        let text = &sentence[m.start..m.end];
        let Some(for_at) = text.find(" for ") else {
            continue;
        };
        let words: Vec<(usize, &str)> = text[for_at + " for ".len()..]
            .split(' ')
            .scan(m.start + for_at + " for ".len(), |pos, w| {
                let start = *pos;
                *pos += w.len() + 1;
                Some((start, w))
            })
            .collect();
        let Some(last_portfolio) = words.iter().rposition(|(_, w)| PORTFOLIO_ENDS.contains(w))
        else {
            continue;
        };
        let name = &words[last_portfolio + 1..];
        let name_words: Vec<&str> = name.iter().map(|(_, w)| *w).collect();
        if !(2..=4).contains(&name.len()) || !looks_like_person(&name_words) {
            continue;
        }
        let (Some(_), MentionKind::Entity(kind)) = (m.entity, m.kind.clone()) else {
            continue;
        };
        let body_text = &text[..for_at];
        let known = GAZETTEER.lookup(body_text);
        let body = register.add(
            known.map_or(kind, |k| k.kind),
            body_text,
            known.map(|k| k.canonical.as_str()),
        );
        if let Some(k) = known {
            register.entities[body].sanctions = k.sanctions;
            register.entities[body].country = k.country.as_deref().map(Cow::Borrowed);
        }
        let name_start = name[0].0;
        let portfolio_end = name_start - 1;
        let person = register.add(EntityKind::Person, &sentence[name_start..m.end], None);
        let long_title = format!(
            "{title}{}",
            sentence[mentions[i - 1].end..portfolio_end].to_lowercase()
        );
        let (start, end) = (m.start, m.end);
        mentions[i - 1].kind = MentionKind::Role(long_title);
        mentions[i] = Mention {
            start,
            end: portfolio_end,
            kind: MentionKind::Entity(known.map_or(kind, |k| k.kind)),
            entity: Some(body),
            demonym: false,
            indirect: false,
        };
        mentions.insert(
            i + 1,
            Mention {
                start: name_start,
                end,
                kind: MentionKind::Entity(EntityKind::Person),
                entity: Some(person),
                demonym: false,
                indirect: false,
            },
        );
        return;
    }
}

/// A body cut short before "and" or a comma whose whole name the gazetteer knows: "Bureau of
/// Industry and Security", "Ministry of Economy, Trade and Industry".
fn extend_to_known_body(sentence: &str, mentions: &mut Vec<Mention>, register: &mut Register) {
    for i in 0..mentions.len() {
        let Some(m) = mentions.get(i) else { break };
        let rest = &sentence[m.end..];
        if !m.is_kind(BODIES) || !(rest.starts_with(" and ") || rest.starts_with(", ")) {
            continue;
        }
        let Some(hit) = GAZETTEER
            .name_at(&sentence[m.start..])
            .filter(|h| m.start + h.end > m.end)
        else {
            continue;
        };
        let known = &GAZETTEER.known[hit.id];
        if !BODIES.contains(&known.kind) {
            continue;
        }
        let (start, end) = (m.start, m.start + hit.end);
        let id = register.add(known.kind, &sentence[start..end], Some(&known.canonical));
        register.entities[id].country = known.country.as_deref().map(Cow::Borrowed);
        register.entities[id].sanctions = known.sanctions;
        mentions[i] = Mention {
            start,
            end,
            kind: MentionKind::Entity(known.kind),
            entity: Some(id),
            demonym: false,
            indirect: false,
        };
        while mentions.get(i + 1).is_some_and(|n| n.start < end) {
            mentions.remove(i + 1);
        }
    }
}

/// Titles that take a lower-case function: "head of research", "director of operations".
const FUNCTION_TITLES: &[&str] = &["head", "director", "deputy head", "deputy director"];

static FUNCTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ of ((?:[a-z][a-z-]+ ){0,2}[a-z][a-z-]+)(?:,| at | of | for |\.|$)")
        .expect("pattern compiles")
});

/// "head of research at Norte Capital": the function belongs to the title.
fn function_titles(sentence: &str, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let MentionKind::Role(title) = &m.kind else {
            continue;
        };
        if !FUNCTION_TITLES.contains(&title.as_str()) {
            continue;
        }
        let Some(function) = FUNCTION.captures(&sentence[m.end..]).and_then(|c| c.get(1)) else {
            continue;
        };
        if function
            .as_str()
            .split(' ')
            .any(|w| matches!(w, "the" | "a" | "an" | "its" | "his" | "her" | "their"))
        {
            continue;
        }
        m.kind = MentionKind::Role(format!("{title} of {}", function.as_str()));
        m.end += function.end();
    }
}
