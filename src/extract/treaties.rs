//! Treaties and agreements, and who signs them.
//!
//! ## Pattern
//! - treaty: a capitalised name ending in Treaty/Pact/Agreement/… (see mentions), a lower-case
//!   phrase `[modifiers] treaty|pact|agreement|accord|memorandum (of understanding)`, or
//!   `treaty on "Quoted Name"`; a bare "the treaty" is the article's latest treaty.
//! - signs: `PARTY [and PARTY] signed|inked|initialled|put their signatures to TREATY`, `the
//!   signing of TREATY between X and Y`, `TREATY signed between|by X and Y`, `TREATY between X
//!   and Y …, which … signed` (X and Y sign when no one else is named, and always when they
//!   are bodies), `TREATY, which X and Y signed`, `the two countries|leaders signed …`,
//!   `… before signing TREATY` (the sentence's subject); `COUNTRY's government and X signed`,
//!   `X and his|her DEMONYM counterpart Y signed`; a title in an aside is skipped ("X, Director of
//!   the Fund, and Y signed"); a first verb may come between ("X and Y held talks in Tokyo and
//!   signed"). A government signs as its country ("the Kenyan government signed"; a bare "the
//!   government" when the article names one country).
//! ## Emits
//! `signs` (party, treaty) with the date nearest the verb.

use regex::Regex;
use std::sync::LazyLock;

use super::mentions::{
    Mention, MentionKind, Pronoun, Register, is_treaty_first_word, is_treaty_head,
};
use super::roles::pattern;
use super::text::{Token, lowercase};
use super::{EntityKind, Fact, Facts, Modality, Object, Relation, Sentence};
use crate::gazetteer::{GAZETTEER, Known};

const TREATY_WORDS: &[&str] = &[
    "treaty",
    "pact",
    "agreement",
    "accord",
    "memorandum",
    "mou",
    "convention",
    "protocol",
    "deal",
    "charter",
    "communique",
    "communiqué",
    "declaration",
    "contract",
    "roadmap",
    "arrangement",
    "programme",
    "program",
];
const PREMOD_STOP: &[&str] = &[
    "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "another", "of", "to",
    "from", "by", "with", "and", "or", "has", "have", "had", "signed", "sign", "signing", "is",
    "was", "new", "first", "any", "no", "which", "in", "on", "at", "for", "as", "said", "previous",
    "landmark", "historic", "proposed", "draft", "million", "billion", "trillion",
];

/// True for a treaty named only by its head noun ("agreement").
pub(crate) fn is_generic(label: &str) -> bool {
    TREATY_WORDS.contains(&label.to_lowercase().as_str())
}

static QUOTED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\s+(?:on|of)\s+(?:the\s+)?["\u{201c}]((?:\p{Lu}[\p{L}'-]*\s*){1,8})["\u{201d}]"#)
        .expect("pattern compiles")
});

/// Nouns in "-ing" that name a field of cooperation, not a verb after the topic.
const ING_NOUNS: &[&str] = &[
    "training",
    "shipping",
    "mining",
    "banking",
    "housing",
    "financing",
    "funding",
    "planning",
    "peacekeeping",
    "policing",
    "fishing",
    "farming",
    "engineering",
    "manufacturing",
    "processing",
    "shipbuilding",
    "trafficking",
    "sharing",
    "building",
    "licensing",
    "screening",
];

/// Length in bytes of a lower-case topic after a treaty word: " on maritime cooperation",
/// " on the joint design of offshore patrol vessels", " on cooperation in fisheries and
/// aquaculture"; zero when there is none.
fn topic_len(rest: &str) -> usize {
    const STOP: &[&str] = &[
        "in", "at", "to", "with", "for", "that", "which", "who", "between", "and", "by", "from",
        "during", "after", "before", "signed", "worth", "was", "were", "is", "are", "will", "last",
        "this", "next", "through", "via", "across", "along", "into", "under", "years", "period",
        "until", "towards",
    ];
    // "on maritime cooperation", "for cultural cooperation" (not "on behalf of X").
    let Some(after_on) = rest
        .strip_prefix(" on ")
        .or_else(|| rest.strip_prefix(" for "))
        .filter(|after| !after.starts_with("behalf "))
    else {
        return 0;
    };
    // Verbs that may follow "and" after a topic: "on trade and said …".
    const VERBS: &[&str] = &[
        "said",
        "says",
        "agreed",
        "held",
        "met",
        "made",
        "took",
        "gave",
        "also",
        "then",
        "both",
        "vowed",
        "pledged",
        "discussed",
    ];
    // A plain lower-case word that can go on a topic: "fisheries", "technical".
    let content = |w: &str| {
        !w.is_empty()
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !STOP.contains(&w)
            && !VERBS.contains(&w)
            && !w.ends_with("ed")
            && (!w.ends_with("ing") || ING_NOUNS.contains(&w))
            && !w.ends_with("ly")
    };
    let mut len = rest.len() - after_on.len();
    let mut best = 0;
    let words: Vec<&str> = after_on.split(' ').take(12).collect();
    for (n, &word) in words.iter().enumerate() {
        // "… in the electric power sector until 2030": the period ends the name.
        if best > 0
            && matches!(word, "for" | "until" | "towards" | "through" | "to")
            && let Some(period) = PERIOD.find(&rest[len..])
        {
            best = len + period.end();
            break;
        }
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        // "on seafarers' welfare", "on fishermen's safety": a possessive before a content word.
        let stem = bare
            .strip_suffix(['\'', '\u{2019}'])
            .filter(|stem| stem.ends_with('s'))
            .or_else(|| bare.strip_suffix("'s"))
            .or_else(|| bare.strip_suffix("\u{2019}s"));
        let letters = match stem {
            Some(stem)
                if bare.len() == word.len()
                    && words
                        .get(n + 1)
                        .is_some_and(|w| content(w.trim_end_matches([',', '.', ';', ':']))) =>
            {
                stem
            }
            _ => bare,
        };
        // "on navigation of the Paraguay-Paraná Waterway": a name after "of (the)" ends it.
        // ("protocol on the OTS Customs Transit Corridor": a name right after "on the".)
        let after_of = match n {
            0 => false,
            1 => words[0] == "of" || words[0] == "the",
            _ => words[n - 1] == "of" || words[n - 2..n] == ["of", "the"],
        };
        if after_of && (best > 0 || n == 1) && bare.starts_with(char::is_uppercase) {
            for name in words[n..].iter().take(6) {
                let bare = name.trim_end_matches([',', '.', ';', ':']);
                if !bare.starts_with(char::is_uppercase) {
                    break;
                }
                best = len + bare.len();
                if bare.len() != name.len() {
                    break;
                }
                len += name.len() + 1;
            }
            break;
        }
        // "on cooperation in fisheries and aquaculture", "on a credit line for exporters":
        // "in", "and" and "for" join content words.
        let joins = matches!(bare, "in" | "and" | "for")
            && bare.len() == word.len()
            && best > 0
            && words
                .get(n + 1)
                .is_some_and(|w| content(w.trim_end_matches([',', '.', ';', ':'])));
        if bare.is_empty()
            || !letters.chars().all(|c| c.is_lowercase() || c == '-')
            || (STOP.contains(&bare) && !joins)
            // A gerund ends the topic, a hyphenated compound does not ("water-saving"), nor a
            // noun in "-ing" ("on military training cooperation", "on shipping").
            || (bare.ends_with("ing")
                && !bare.contains('-')
                && !ING_NOUNS.contains(&bare)
                && (bare.len() != word.len()
                    || !words.get(n + 1).is_some_and(|w| {
                        let w = w.trim_end_matches([',', '.', ';', ':']);
                        content(w) && !matches!(w, "the" | "a" | "an" | "its" | "their")
                    })))
        {
            break;
        }
        len += bare.len();
        if !matches!(
            bare,
            "the" | "of" | "a" | "an" | "in" | "and" | "on" | "for"
        ) {
            best = len;
        }
        if bare.len() != word.len() {
            break;
        }
        len += 1;
    }
    best
}

// The period a treaty covers, ending its name: "for 2027-2028", "until 2030", "towards 2030"
// (golds leave "for the years 2027-2029" out).
pattern!(
    PERIOD,
    r"^(?:for|until|towards|through|to)\s+[12][0-9]{3}(?:\s*[-\u{2013}]\s*[12][0-9]{3})?(?-u:\b)"
);

// A treaty's abbreviation in brackets after its words: " (MoU)".
pattern!(ABBREVIATION, r"^\s+\([\p{Lu}][\p{L}-]{1,9}\)");
// The meeting a protocol records: " of the 12th meeting of the Intergovernmental Commission".
pattern!(
    ORDINAL_MEETING,
    r"^\s+of\s+the\s+[0-9]{1,3}(?:st|nd|rd|th)\s+(?:meeting|session|round)(?:\s+of\s+the\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,5})?"
);

/// Length in bytes of what a treaty's formal name may still hold after its capitalised words
/// or its parties: a lower-case topic and the period it covers ("Memorandum of Understanding
/// on cooperation in the field of gas supply for 2027–2030"); zero when there is none.
pub(crate) fn name_tail_len(rest: &str) -> usize {
    // "Protocol of the 12th meeting of the Intergovernmental Commission".
    if let Some(meeting) = ORDINAL_MEETING.find(rest) {
        return meeting.end();
    }
    let topic = topic_len(rest);
    let after = &rest[topic..];
    topic
        + after
            .strip_prefix(' ')
            .and_then(|p| PERIOD.find(p))
            .map_or(0, |m| m.end() + 1)
}

/// A lower-case treaty phrase ending at token `i`, and the token after it.
///
/// Asked for every lower-case word: an ASCII word whose first letter and length no treaty word
/// (nor "letter") has is refused inline, without the call (lowering an ASCII word keeps its
/// length and lowers its first letter as ASCII does).
#[inline]
pub(crate) fn treaty_phrase(
    sentence: &str,
    toks: &[Token],
    i: usize,
    register: &mut Register,
) -> Option<(Mention, usize)> {
    let word = toks[i].text().as_bytes();
    if toks[i].ascii {
        let lengths = word[0]
            .to_ascii_lowercase()
            .checked_sub(b'a')
            .and_then(|c| TREATY_WORD_SHAPES.get(usize::from(c)));
        if lengths.is_none_or(|l| l >> word.len().min(31) & 1 == 0) {
            return None;
        }
    }
    treaty_phrase_at(sentence, toks, i, register)
}

/// The byte lengths of [`TREATY_WORDS`] and "letter" by first letter: bit `n` of entry `c`
/// is set when one of them starts with the `c`-th letter and has `n` bytes.
const TREATY_WORD_SHAPES: [u32; 26] = {
    let mut shapes = [0; 26];
    shapes[(b'l' - b'a') as usize] |= 1 << "letter".len();
    let mut k = 0;
    while k < TREATY_WORDS.len() {
        let word = TREATY_WORDS[k].as_bytes();
        shapes[(word[0] - b'a') as usize] |= 1 << word.len();
        k += 1;
    }
    shapes
};

/// [`treaty_phrase`] past its length test.
fn treaty_phrase_at(
    sentence: &str,
    toks: &[Token],
    i: usize,
    register: &mut Register,
) -> Option<(Mention, usize)> {
    let word = lowercase(toks[i].text());
    // "letter of intent" is a treaty word only with its complement; a letter is not.
    let letter = word == "letter" && sentence[toks[i].end..].starts_with(" of intent");
    if !TREATY_WORDS.contains(&word.as_ref()) && !letter {
        return None;
    }
    // Whether the word at `k` can premodify the word after it.
    let modifier = |k: usize| {
        let prev = &toks[k];
        let w = prev.text();
        !(prev.possessive
            || !sentence[prev.end..toks[k + 1].start]
                .chars()
                .all(char::is_whitespace)
            || PREMOD_STOP.contains(&lowercase(w).as_ref())
            // Adverbs and verbs are no modifiers: "personally negotiated contracts" (but "a
            // supply agreement" is one).
            || w.ends_with("ly") && !w.ends_with("pply")
            || (w.ends_with("ed") && !w.contains('-'))
            || w.chars().any(|c| c.is_ascii_digit()))
    };
    let capital = |t: &Token| t.text().starts_with(|c: char| c.is_uppercase());
    let mut start = i;
    let mut joined = false;
    while start > 0 && i - start < if joined { 6 } else { 4 } {
        // "a military training and education cooperation agreement": one "and" between two
        // modifiers written alike.
        if !joined
            && start < i
            && start >= 2
            && toks[start - 1].text() == "and"
            && sentence[toks[start - 1].end..toks[start].start]
                .trim()
                .is_empty()
            && modifier(start - 2)
            && capital(&toks[start - 2]) == capital(&toks[start])
        {
            joined = true;
            start -= 2;
            continue;
        }
        if !modifier(start - 1) {
            break;
        }
        start -= 1;
    }
    let mut end = toks[i].end;
    let mut next = i + 1;
    let mut name = sentence[toks[start].start..end].to_owned();
    // (Japan's "memorandum of cooperation" is its memorandum of understanding.)
    let complement = match word.as_ref() {
        "memorandum" if sentence[end..].starts_with(" of cooperation") => " of cooperation",
        "memorandum" => " of understanding",
        "letter" => " of intent",
        _ => "",
    };
    if !complement.is_empty() && sentence[end..].starts_with(complement) {
        end += complement.len();
        next = toks
            .iter()
            .position(|t| t.start >= end)
            .unwrap_or(toks.len());
        name = sentence[toks[start].start..end].to_owned();
    }
    // "a memorandum of understanding (MoU) on cross-border electricity interconnection": the
    // abbreviation stays in the name when a topic follows it.
    if sentence[end..].starts_with(" (")
        && let Some(abbreviation) = ABBREVIATION.find(&sentence[end..])
        && topic_len(&sentence[end + abbreviation.end()..]) > 0
    {
        end += abbreviation.end();
    }
    let topic = match topic_len(&sentence[end..]) {
        // ("the protocol of the 14th meeting")
        0 if word == "protocol" => ORDINAL_MEETING
            .find(&sentence[end..])
            .map_or(0, |m| m.end()),
        topic => topic,
    };
    if topic > 0 {
        // "… on maritime cooperation", "… on the joint design of offshore patrol vessels"
        end += topic;
        next = toks
            .iter()
            .position(|t| t.start >= end)
            .unwrap_or(toks.len());
        name = sentence[toks[start].start..end].to_owned();
    } else if let Some(caps) = QUOTED_NAME.captures(&sentence[end..]) {
        let quoted = caps.get(1).map_or("", |c| c.as_str().trim());
        let head = word[..1].to_uppercase() + &word[1..];
        name = format!("{head} on {quoted}");
        end += caps.get(0).map_or(0, |c| c.end());
        next = toks
            .iter()
            .position(|t| t.start >= end)
            .unwrap_or(toks.len());
    }
    // A programme is signed when it is an executive one or one of a field ("executive
    // programme", "programme for cultural cooperation"), not "the visit's programme".
    if matches!(word.as_ref(), "programme" | "program")
        && topic == 0
        && !name.to_lowercase().starts_with("executive")
    {
        return None;
    }
    let bare = start == i && name.len() == word.len();
    let id = if bare {
        // "the treaty": the article's latest treaty, else a new unnamed one.
        register
            .most_recent(|e| e.kind == EntityKind::Treaty)
            // (An abbreviation keeps its letters: "MoU".)
            .unwrap_or_else(|| {
                let surface = if word == "mou" { toks[i].text() } else { &word };
                register.add(EntityKind::Treaty, surface, None)
            })
    } else {
        register.add(EntityKind::Treaty, &name, None)
    };
    register.touch(id);
    let mention = Mention {
        start: toks[start].start,
        end,
        kind: MentionKind::Entity(EntityKind::Treaty),
        entity: Some(id),
        demonym: false,
        indirect: bare,
    };
    Some((mention, next))
}

pattern!(
    SIGN,
    r"(?-u:\b)(?:sign(?:s|ed|ing)?|ink(?:s|ed)|conclud(?:e|es|ed|ing)|seal(?:s|ed|ing)|initial(?:l?ed|l?ing|s)|initial\s+(?:a|an|the)|put\s+(?:their|his|her|its)\s+signatures?\s+to)(?-u:\b)"
);
// "between X", "by X", also after a date: "signed on June 7, 2019 by X", "on Monday, November
// 23, by X", "signed on 12 September 2018 by X", "signed in 2013 by X"; and after a place or
// venue the gazetteer lacks ("signed in Aktau in August 2018 by X", "signed at the Sugathadasa
// Stadium Complex by X", "… at the Palace of the Nation by X"); a body named before may own the
// signer's title: "by the company's CEO X".
pattern!(
    BETWEEN,
    r"^,?\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:(?:of|de|del|da|do)\s+(?:the\s+|la\s+)?)?\p{Lu}[\p{L}-]+){0,3},?\s+)?(?:(?:on\s+(?:\p{Lu}\p{Ll}+day,?\s+)?(?:[0-9]{1,2}\s+)?\p{Lu}\p{Ll}+(?:\s+[0-9]{1,2})?(?:,?\s+[0-9]{4})?|in\s+(?:\p{Lu}\p{Ll}+\s+)?[0-9]{4}),?\s+)?(?:between|by)\s+(?:the\s+)?(?:(?:company|bank|firm|group|fund|agency|ministry|university|authority|corporation)['\u{2019}]s\s+|(?:its|their)\s+)?(?:then\s+)?(?i:(?:(?:foreign|prime|defen[cs]e|trade|finance|economy)\s+)?(?:ministers|leaders|presidents|heads\s+of\s+(?:state|government)|representatives|envoys|co-chairs|co-chairmen)\s+(?:of\s+(?:the\s+)?)?)?$"
);
pattern!(IN_PLACE, r"^\s+(?:in|at)\s+(?:the\s+)?$");
// The country a signer signs for: "… for Ghana", "… on behalf of Ghana", "… on Ghana's behalf".
pattern!(FOR_COUNTRY, r"^\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$");
pattern!(BEHALF, r"^['\u{2019}]s\s+behalf");
// A title's body or country, and the name after it: "Secretary of State of Angola, Mr. X",
// "Secretary in the Ministry of Petroleum X".
pattern!(OF_BODY, r"^\s+(?:of|for|at|in)\s+(?:the\s+)?$");
pattern!(
    NAME_AFTER,
    r"^,?\s+(?:(?:H\.E\.|Hon\.|Dr\.|Mr\.|Ms\.|Mrs\.)\s+)*$"
);
// "the … Agreement (IC-CEPA), which was signed", "an agreement … between the two governments
// was signed", "The MoU, between A and B, was signed".
// "the … Agreement, which the United States and Greece signed": its signers in the clause;
// "…, which the two countries signed": the pair named before.
pattern!(
    WHICH_THEY,
    r"^\s*(?:\([^()]{1,20}\))?,?\s+(?:which|that)\s+(?:the\s+)?(?:\p{Lu}[^;]{0,80}?|two\s+(?:countries|nations|states|governments|sides))\s+(?:(?:had|have|has|also|jointly)\s+)?$"
);
pattern!(
    WHICH_WAS,
    r"^\s*(?:\([^()]{1,20}\))?,?\s+(?:(?:which|that)\s+|between\s+the\s+two\s+\w+\s+|between\s+[^;]{1,140}?,\s+)(?:was|were|had\s+been|has\s+been)\s+$"
);
// Between a body and its own "it": "X (Oslo Børs: NHTA), the port operator, today announced that".
pattern!(
    ANNOUNCED_THAT,
    r"^(?:\s*\([^()]{1,40}\))?(?:,[^,;]{1,80},)?\s+(?:(?:today|yesterday|also|on\s+\w+)\s+)*(?:announced|announces|said|says|confirmed|confirms|stated)\s+(?:(?:today|on\s+\w+)\s+)?(?:that\s+)?$"
);
// ("Norway and the UK, which signed …": the relative pronoun stands for them.)
pattern!(
    SUBJECT_GAP,
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:(?:which|who)\s+)?)?(?:(?:have|has|had|also|just|then|formally|officially|jointly|later|will|would|to|today|yesterday|on\s+\w+)\s+)*$"
);
// ("signed by the Secretary-General, Dr. X, and by Cabinet Secretary Y": "by" again.)
pattern!(
    AND,
    r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:by\s+)?(?:the\s+)?$"
);
pattern!(LIST_AND, r"^,?\s+and\s+(?:the\s+)?$");
// After a body's short name in brackets: "The Ministry of Energy (MoE) and Acme Mining signed".
pattern!(SHORT_NAME_AND, r"^\)\s+and\s+(?:the\s+)?$");
// A first verb phrase before "and signed": "held talks at the ministry in Tokyo and".
pattern!(
    FIRST_VERB,
    r"^\s+(?:(?:also|then|later|first)\s+)?(?:held|met|agreed|discussed|hosted|attended|reviewed|opened|launched|visited|toured)\s[^,;]{0,120}?\s+and\s+(?:(?:also|then|later|jointly)\s+)?$"
);
// Between two signers read leftwards: "Chad's government and the X Front", "Ana Ruiz and her
// Kenyan counterpart Y" (the demonym and "counterpart" are skipped as premodifiers).
pattern!(
    AND_SIGNER,
    r"^(?:['\u{2019}]s?\s+government\s+and\s+(?:the\s+)?|\s+and\s+(?:his|her|their)\s+)$"
);
pattern!(COUNTERPART, r"^\s+counterparts?,?\s+$");
// "The two signed": two people, named just before.
pattern!(
    PAIR_BARE,
    r"(?i)(?-u:\b)(?:the\s+two|both)\s+(?:(?:have|has|had|also|then|formally|officially|jointly|later|will|would)\s+)*$"
);
// Between "the two …" and a signing they only watched.
pattern!(
    WATCHED,
    r"(?-u:\b)(?:witness|oversaw|oversee|attended|attend|presided|looked\s+on|look\s+on)"
);
// "the two countries' leaders" are people.
pattern!(
    PAIR,
    r"(?i)(?-u:\b)(?:the\s+two|both)\s+(?:(?:foreign|defence|defense|prime|vice|deputy|finance|trade|energy|economy)\s+)?(countries|nations|states|governments|sides|leaders|presidents|ministers|chancellors|officers|officials|envoys|diplomats|commanders|chiefs|speakers|chairmen|chairs|men|women)(?-u:\b)(?:['\u{2019}]\s*(leaders|presidents|ministers))?"
);

const PARTIES: &[EntityKind] = &[
    EntityKind::Person,
    EntityKind::Country,
    EntityKind::Agency,
    EntityKind::Organization,
];

fn is_party(m: &Mention) -> bool {
    (m.is_kind(PARTIES) && !m.demonym) || matches!(m.kind, MentionKind::Pronoun(Pronoun::Person))
}

/// Parties joined by `and` ending right before byte `pos`, read leftwards; titles and demonyms
/// in front of a name are skipped ("Tran and Russian President Orlov").
fn parties_before(s: &Sentence, pos: usize) -> Vec<usize> {
    let m = &s.mentions;
    // "X and the Y Front, the largest armed group in the north, signed": skip the aside.
    let pos = match s.text[..pos].trim_end().strip_suffix(',') {
        Some(before) => aside_start(s, before.len()).unwrap_or(pos),
        None => pos,
    };
    let it = |x: &Mention| {
        matches!(x.kind, MentionKind::Pronoun(Pronoun::Thing)) && &s.text[x.start..x.end] == "it"
    };
    let Some(mut j) = m
        .iter()
        .rposition(|x| x.end <= pos && (is_party(x) || it(x)))
    else {
        return Vec::new();
    };
    // "X, the port operator, today announced that it has signed": the body announcing.
    if it(&m[j]) {
        if !SUBJECT_GAP.is_match(&s.text[m[j].end..pos]) {
            return Vec::new();
        }
        match (0..j).rev().find(|&b| {
            m[b].is_kind(&[EntityKind::Organization, EntityKind::Agency])
                && ANNOUNCED_THAT.is_match(&s.text[m[b].end..m[j].start])
        }) {
            Some(body) => return vec![body],
            None => return Vec::new(),
        }
    }
    if !SUBJECT_GAP.is_match(&s.text[m[j].end..pos]) {
        // "X and Y held talks in Tokyo and signed": the subject of the first verb.
        match m
            .iter()
            .rposition(|x| x.end <= pos && is_party(x) && FIRST_VERB.is_match(&s.text[x.end..pos]))
        {
            Some(subject) => j = subject,
            None => return Vec::new(),
        }
    }
    let mut out = vec![j];
    loop {
        // Skip this party's own premodifiers.
        let mut i = j;
        while i > 0
            && ((matches!(m[i - 1].kind, MentionKind::Role(_)) || m[i - 1].demonym)
                && s.gap(&m[i - 1], &m[i]).trim().is_empty()
                || m[i - 1].demonym && COUNTERPART.is_match(s.gap(&m[i - 1], &m[i]))
                || matches!(
                    &s.text[m[i - 1].start..m[i - 1].end],
                    "his" | "her" | "their"
                ) && s.gap(&m[i - 1], &m[i]).trim().is_empty()
                || owns(s, i - 1, i)
                // "Colombia's minister of trade, Ana Ruiz": an owned title before a comma.
                || i >= 2
                    && matches!(m[i - 1].kind, MentionKind::Role(_))
                    && s.gap(&m[i - 1], &m[i]).trim() == ","
                    && m[i - 2].is_kind(&[EntityKind::Country])
                    && super::POSSESSIVE_GAP.is_match(s.gap(&m[i - 2], &m[i - 1]))
                // ("Chile's Trade Minister X", "UAE Trade Minister X".)
                || matches!(m[i].kind, MentionKind::Role(_))
                    && m[i - 1].is_kind(&[EntityKind::Country])
                    && (s.gap(&m[i - 1], &m[i]) == " "
                        || super::POSSESSIVE_GAP.is_match(s.gap(&m[i - 1], &m[i])))
                // "Asaka Bank Chairman X": a body before its officer's title.
                || matches!(m[i].kind, MentionKind::Role(_))
                    && m[i - 1].is_kind(&[EntityKind::Organization, EntityKind::Agency])
                    && (s.gap(&m[i - 1], &m[i]) == " "
                        || super::POSSESSIVE_GAP.is_match(s.gap(&m[i - 1], &m[i]))))
        {
            i -= 1;
        }
        // "the Foreign Minister of Peru, Rafael Peña": a title of a country before a comma.
        if i >= 2
            && matches!(m[i - 2].kind, MentionKind::Role(_))
            && m[i - 1].is_kind(&[EntityKind::Country])
            && OF_BODY.is_match(s.gap(&m[i - 2], &m[i - 1]))
            && s.gap(&m[i - 1], &m[i]).trim() == ","
        {
            i -= 2;
        }
        // Parties of one list are alike: people with people, states and bodies together
        // ("At the summit in Hanoi, Orlov and Tran signed" names two people).
        let alike = |p: &Mention| is_person_like(p) == is_person_like(&m[out[0]]);
        // "X, Director-General of the Fund, and Y": the next party left is before the aside.
        let before_aside = LIST_AFTER_ASIDE
            .find(&s.text[..m[i].start])
            .and_then(|and| aside_start(s, and.start()))
            .and_then(|a| {
                let p = m.iter().rposition(|x| x.end <= a)?;
                (is_party(&m[p]) && s.text[m[p].end..a].trim().is_empty()).then_some(p)
            });
        if let Some(p) = before_aside.filter(|&p| is_person_like(&m[p]) && is_person_like(&m[j])) {
            out.push(p);
            j = p;
            continue;
        }
        match i.checked_sub(1) {
            Some(p)
                if is_party(&m[p])
                    && alike(&m[p])
                    && (AND.is_match(s.gap(&m[p], &m[i]))
                        || AND_SIGNER.is_match(s.gap(&m[p], &m[i]))
                            && (is_person_like(&m[p]) || m[p].is_kind(&[EntityKind::Country]))) =>
            {
                out.push(p);
                j = p;
            }
            // "The Ministry of Energy (MoE) and Acme Mining": the body, past its short name.
            Some(p)
                if p >= 1
                    && is_party(&m[p - 1])
                    && !is_person_like(&m[p - 1])
                    && alike(&m[p - 1])
                    && s.in_brackets_after(&m[p - 1], &m[p])
                    && SHORT_NAME_AND.is_match(s.gap(&m[p], &m[i])) =>
            {
                out.push(p - 1);
                j = p - 1;
            }
            _ => break,
        }
    }
    out.reverse();
    out
}

// An aside that describes: ", the largest armed group in the north,".
pattern!(DESCRIPTION, r"^,\s+(?:the|a|an)\s+[^,;()]{1,120}$");
// The comma of ", and" that follows an aside in a list of parties.
pattern!(LIST_AFTER_ASIDE, r",\s+(?:and\s+)?(?:the\s+)?$");

/// Where an aside closed by the comma at byte `comma` opens (its own comma), when it describes
/// the name before it: ", the largest armed group in the north," or a title, ", Kazakhstan's
/// Minister of Energy," ("X, Director-General of the Fund (ADF), and Y signed").
fn aside_start(s: &Sentence, comma: usize) -> Option<usize> {
    let open = s.text[..comma].rfind(',')?;
    let aside = &s.text[open..comma];
    if aside.len() > 160 || aside.contains(';') {
        return None;
    }
    let titled = s
        .mentions
        .iter()
        .any(|t| t.start > open && t.end <= comma && matches!(t.kind, MentionKind::Role(_)));
    (titled || DESCRIPTION.is_match(aside)).then_some(open)
}

// "Egypt's ministry": a possessive that premodifies the next name.

/// Whether mention `a` is a country or body in the possessive before mention `b`
/// ("Egypt's Ministry of Agriculture"), a premodifier rather than a party of its own.
fn owns(s: &Sentence, a: usize, b: usize) -> bool {
    let m = &s.mentions;
    m[a].is_kind(&[
        EntityKind::Country,
        EntityKind::Agency,
        EntityKind::Organization,
    ]) && m[b].is_kind(&[EntityKind::Agency, EntityKind::Organization])
        && super::POSSESSIVE_GAP.is_match(s.gap(&m[a], &m[b]))
}

fn is_person_like(m: &Mention) -> bool {
    m.is_kind(&[EntityKind::Person]) || matches!(m.kind, MentionKind::Pronoun(Pronoun::Person))
}

// Titles of several signers before their body: "the co-chairs of the".
pattern!(
    PLURAL_TITLE_OF,
    r"(?-u:\b)(?:co-chairs|co-chairmen|chairs|heads|ministers|representatives|leaders|directors)\s+of\s+(?:the\s+)?$"
);
// Between two bodies of a title's chain: " under the", " of".
pattern!(BODY_CHAIN, r"^\s+(?:of|for|at|under|in|to)\s+(?:the\s+)?$");

/// The person named after a chain of two or more bodies starting at mention `j` (one body
/// before the name is [`parties_from`]'s own case).
fn name_after_bodies(s: &Sentence, j: usize) -> Option<usize> {
    let m = &s.mentions;
    let body = |x: &Mention| {
        x.is_kind(&[
            EntityKind::Country,
            EntityKind::Agency,
            EntityKind::Organization,
        ])
    };
    let mut i = j;
    while i < j + 3 && m.get(i).is_some_and(body) {
        let next = m.get(i + 1)?;
        if next.is_kind(&[EntityKind::Person]) && NAME_AFTER.is_match(s.gap(&m[i], next)) {
            return (i > j).then_some(i + 1);
        }
        if !BODY_CHAIN.is_match(s.gap(&m[i], next)) {
            return None;
        }
        i += 1;
    }
    None
}

/// Parties joined by `and` starting at mention `k`, titles and demonyms skipped.
fn parties_from(s: &Sentence, k: usize) -> Vec<usize> {
    let m = &s.mentions;
    let mut out = Vec::new();
    let mut j = k;
    // "by the co-chairs of the Commission, A and B": the body the signers serve.
    if m.get(k + 1)
        .is_some_and(|n| n.is_kind(&[EntityKind::Person]) && s.gap(&m[k], n) == ", ")
        && PLURAL_TITLE_OF.is_match(&s.text[..m[k].start])
    {
        j = k + 1;
    }
    loop {
        // "Liberia's Minister of Energy, Ana Ruiz": the minister signs, not Liberia; nor does
        // the bank in "Exim Bank Managing Director Ana Ruiz", nor Angola in "the Secretary of
        // State for Budget of Angola, Mr. X".
        let is_role = |x: &Mention| matches!(x.kind, MentionKind::Role(_));
        while j < m.len()
            && (is_role(&m[j])
                || m[j].demonym
                // ("A and his Kyrgyz counterpart, B": the pronoun is B's premodifier.)
                || matches!(&s.text[m[j].start..m[j].end], "his" | "her" | "their")
                    && m.get(j + 1).is_some_and(|n| {
                        (n.demonym || is_role(n)) && s.gap(&m[j], n) == " "
                    })
                || m.get(j + 1).is_some_and(|n| {
                    is_role(n)
                        && (super::POSSESSIVE_GAP.is_match(s.gap(&m[j], n))
                            || s.gap(&m[j], n) == " ")
                })
                || (j > k
                    && is_role(&m[j - 1])
                    && OF_BODY.is_match(s.gap(&m[j - 1], &m[j]))
                    && m.get(j + 1).is_some_and(|n| {
                        n.is_kind(&[EntityKind::Person]) && NAME_AFTER.is_match(s.gap(&m[j], n))
                    })))
        {
            j += 1;
        }
        // "Chairman of the Agency for Transport under the Cabinet of Ministers of Turkmenistan
        // X": a title's chain of bodies, then the name.
        if j > k
            && j < m.len()
            && is_role(&m[j - 1])
            && OF_BODY.is_match(s.gap(&m[j - 1], &m[j]))
            && let Some(name) = name_after_bodies(s, j)
        {
            j = name;
        }
        let Some(x) = m.get(j).filter(|x| is_party(x)) else {
            break;
        };
        out.push(j);
        // "A of Paraguay and B of Uruguay": the country after a person is where she serves.
        let last = match m.get(j + 1) {
            Some(c)
                if x.is_kind(&[EntityKind::Person])
                    && c.is_kind(&[EntityKind::Country])
                    && s.gap(x, c) == " of " =>
            {
                j + 1
            }
            _ => j,
        };
        match m.get(last + 1) {
            // "B, Minister of Trade of Türkiye[, and C]": a title in apposition describes B;
            // its country does not sign.
            Some(n) if is_role(n) && s.gap(&m[last], n).trim() == "," => {
                let mut after = last + 2;
                if m.get(after).is_some_and(|b| OF_BODY.is_match(s.gap(n, b))) {
                    after += 1;
                }
                match m.get(after) {
                    Some(p) if LIST_AND.is_match(s.gap(&m[after - 1], p)) => j = after,
                    _ => break,
                }
            }
            Some(n) if AND.is_match(super::without_honorifics(s.gap(&m[last], n))) => {
                j = last + 1;
            }
            _ => break,
        }
    }
    out
}

/// "The agreement was signed for the UAE by X, while Y signed for Indonesia": a signer with
/// no treaty of his own after the verb, only whom he signed for, signs the sentence's latest
/// treaty before him.
fn signed_for(s: &Sentence, verb_start: usize, verb_end: usize, out: &mut Facts) {
    let m = &s.mentions;
    if !FOR_COUNTRY.is_match(s.text.get(verb_end..).map_or("", |rest| {
        rest.find(|c: char| c.is_uppercase())
            .map_or(rest, |capital| &rest[..capital])
    })) {
        return;
    }
    let Some(signer) = m.iter().rposition(|p| {
        p.end <= verb_start
            && p.is_kind(&[EntityKind::Person])
            && SUBJECT_GAP.is_match(&s.text[p.end..verb_start])
    }) else {
        return;
    };
    let treaty = m[..signer]
        .iter()
        .rev()
        .find(|t| t.is_kind(&[EntityKind::Treaty]))
        .and_then(|t| t.entity);
    if let (Some(treaty), Some(person)) = (treaty, m[signer].entity) {
        out.link(
            Relation::Signs,
            person,
            treaty,
            s.date_near(verb_start),
            s.modality(m[signer].start, verb_end),
            0.7,
            "treaties/signed-for",
        );
    }
}

/// The parties the sentence opens with that end before byte `pos`: the subject of a
/// participle ("A and B shake hands after signing …").
fn subject_before(s: &Sentence, pos: usize) -> Vec<usize> {
    let mut parties = parties_from(s, 0);
    parties.retain(|&i| s.mentions[i].end <= pos);
    parties
}

pattern!(BY_THE, r"^\s+by\s+the\s+$");
// Before a participle whose subject is the sentence's: "… after signing".
pattern!(AFTER_DOING, r"(?-u:\b)(?:after|before|upon|while)\s+$");
// ("signed a Memorandum of Understanding (MoU) with the Government of …": its short name first.)
pattern!(WITH, r"^(?:\s+\([^()]{1,20}\))?\s+with\s+(?:the\s+)?$");
pattern!(
    PLURAL_OFFICERS,
    r"^\s+(?:[\p{Ll}-]+\s+){0,2}(?:ministers|leaders|presidents|premiers|governments|delegations|envoys)(?-u:\b)"
);

/// "signed by the Armenian and Azerbaijani foreign ministers": the countries of the demonyms
/// right after the verb at byte `verb_end` sign.
fn demonym_signers(s: &Sentence, verb_end: usize) -> Vec<usize> {
    let m = &s.mentions;
    let Some(first) = m.iter().position(|x| x.start >= verb_end) else {
        return Vec::new();
    };
    if !m[first].demonym || !BY_THE.is_match(&s.text[verb_end..m[first].start]) {
        return Vec::new();
    }
    let mut last = first;
    while m
        .get(last + 1)
        .is_some_and(|n| n.demonym && AND.is_match(s.gap(&m[last], n)))
    {
        last += 1;
    }
    if last == first || !PLURAL_OFFICERS.is_match(&s.text[m[last].end..]) {
        return Vec::new();
    }
    m[first..=last].iter().filter_map(|x| x.entity).collect()
}

// Between a treaty's name and the first of the two it joins.
// ("The MoU, between A and B, was signed": an aside names them too.)
pattern!(NAMED_BETWEEN, r"^,?\s+between\s+(?:the\s+)?$");

/// The two mentions a treaty's name joins right after it: "the Agreement between Japan and
/// the Republic of Poland" (none when the treaty at `t` is not followed so).
fn named_parties(s: &Sentence, t: usize) -> Vec<usize> {
    let m = &s.mentions;
    let joined = |i: usize| {
        m.get(i).is_some_and(|x| {
            x.is_kind(&[
                EntityKind::Country,
                EntityKind::Agency,
                EntityKind::Organization,
            ]) && !x.demonym
        })
    };
    if m[t].is_kind(&[EntityKind::Treaty])
        && joined(t + 1)
        && joined(t + 2)
        && NAMED_BETWEEN.is_match(s.gap(&m[t], &m[t + 1]))
        && AND.is_match(s.gap(&m[t + 1], &m[t + 2]))
    {
        vec![t + 1, t + 2]
    } else {
        Vec::new()
    }
}

// A formal name's subject after its parties: " concerning the Transfer of Defense Equipment".
pattern!(
    NAME_SUBJECT,
    r"^\s+(?:on|concerning|regarding|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and|the|in|on|for|with\s+(?:respect|regard)\s+to|within)\s+)*\p{Lu}[\p{L}-]*)*"
);

/// "the Agreement between Japan and the Republic of Poland concerning the Transfer of …": a
/// treaty named only by its head word, then by the two it joins, is named by the whole phrase.
fn name_by_parties(s: &Sentence, t: usize, joined: &[usize], register: &mut Register) {
    let m = &s.mentions;
    let (Some(id), &[_, b]) = (m[t].entity, joined) else {
        return;
    };
    let head = &s.text[m[t].start..m[t].end];
    // ("the Consultation Plan between …": a name of two or three words that says only what kind
    // of treaty it is, none of them a known name, is completed so too.)
    let kind_only = || {
        head.split(' ').count() <= 3
            && (head.rsplit(' ').next().is_some_and(is_treaty_head)
                || head.split(' ').next().is_some_and(is_treaty_first_word))
            && GAZETTEER.find_names(head).is_empty()
    };
    if register.entities[id].label != head
        || !(is_generic(head) || kind_only())
        || m[t].indirect
        || s.gap(&m[t], &m[t + 1]).starts_with(',')
    {
        return;
    }
    // (Then a lower-case subject or a period: "… on visa exemption for holders of diplomatic
    // passports", "… for 2027-2028".)
    let mut end = m[b].end
        + NAME_SUBJECT
            .find(&s.text[m[b].end..])
            .map_or(0, |x| x.end());
    end += name_tail_len(&s.text[end..]);
    let name = &s.text[m[t].start..end];
    let e = &mut register.entities[id];
    e.label = name.to_owned();
    e.key = crate::entity::key_for(EntityKind::Treaty, name);
    e.aliases.insert(name.to_owned());
}

/// The one country a body named "Government of …" governs ("the Government of the Czech
/// Republic").
pub(crate) fn government_country(label: &str) -> Option<&'static Known> {
    let rest = label.strip_prefix("Government of ")?;
    let countries: Vec<&Known> = GAZETTEER
        .find_names(rest)
        .iter()
        .map(|h| &GAZETTEER.known[h.id])
        .filter(|k| k.kind == EntityKind::Country && !k.demonym)
        .collect();
    match countries[..] {
        [k] => Some(k),
        _ => None,
    }
}

/// "the Government of the Czech Republic" signs as the Czech Republic.
fn country_of_government(register: &mut Register, id: usize) -> usize {
    match government_country(&register.entities[id].label) {
        Some(k) => register.add(EntityKind::Country, &k.canonical, Some(&k.canonical)),
        None => id,
    }
}

/// "the Indonesia-Chile Comprehensive Economic Partnership Agreement, which was signed in
/// 2017": with no signer named, the two countries the treaty's name joins sign it.
fn countries_named_in(s: &Sentence, treaty: &Mention, register: &mut Register) -> Vec<usize> {
    let name = &s.text[treaty.start..treaty.end];
    let countries: Vec<&Known> = GAZETTEER
        .find_names(name)
        .iter()
        .map(|h| &GAZETTEER.known[h.id])
        .filter(|k| k.kind == EntityKind::Country)
        .collect();
    let [a, b] = countries[..] else {
        return Vec::new();
    };
    if a.canonical == b.canonical {
        return Vec::new();
    }
    [a, b]
        .iter()
        .map(|k| register.add(EntityKind::Country, &k.canonical, Some(&k.canonical)))
        .collect()
}

/// "the two countries": the two latest entities of the right kind; "the two ministers" after a
/// meeting are the two who met.
pub(crate) fn pair(s: &Sentence, register: &Register, facts: &[Fact], before: usize) -> Vec<usize> {
    let noun = match PAIR.captures_iter(&s.text[..before]).last() {
        // "the two foreign ministers witnessed the signing": they did not sign.
        Some(caps)
            if caps
                .get(0)
                .is_some_and(|c| WATCHED.is_match(&s.text[c.end()..before])) =>
        {
            return Vec::new();
        }
        Some(caps) => caps
            .get(2)
            .or_else(|| caps.get(1))
            .map_or("", |c| c.as_str())
            .to_lowercase(),
        None if PAIR_BARE.is_match(&s.text[..before]) => "people".to_owned(),
        None => return Vec::new(),
    };
    let kind = if matches!(
        noun.as_str(),
        "countries" | "nations" | "states" | "governments" | "sides"
    ) {
        EntityKind::Country
    } else {
        EntityKind::Person
    };
    // In this sentence first (a resolved "he" too: "he holds talks with X and the two ministers
    // sign"), else the article's latest.
    let mut found: Vec<usize> = Vec::new();
    for m in s.mentions.iter().filter(|m| {
        m.start < before
            && (m.is_kind(&[kind])
                || kind == EntityKind::Person
                    && matches!(m.kind, MentionKind::Pronoun(Pronoun::Person)))
    }) {
        if let Some(e) = m.entity.filter(|e| !found.contains(e)) {
            found.push(e);
        }
    }
    let met = || {
        facts
            .iter()
            .rev()
            .find(|f| f.relation == Relation::Meets && f.modality == Modality::Asserted)
            .and_then(|f| match f.object {
                Object::Entity(o) => Some(vec![f.subject, o]),
                Object::Role(_) => None,
            })
    };
    if found.len() < 2
        && kind == EntityKind::Person
        && let Some(two) = met()
    {
        return two;
    }
    if found.len() < 2 {
        found.clear();
        let mut exclude = Vec::new();
        for _ in 0..2 {
            if let Some(e) = register.most_recent(|e| e.kind == kind && !exclude.contains(&e.key)) {
                exclude.push(register.entities[e].key.clone());
                found.push(e);
            }
        }
    }
    found.truncate(2);
    if found.len() == 2 { found } else { Vec::new() }
}

// After a country or demonym: "Chad's then-military government", "the Kenyan government".
pattern!(
    GOVERNMENT_AFTER,
    r"^(?:['\u{2019}]s?)?\s+(?:(?:then-|transitional|interim|military|federal|national|new)[\w-]*\s+)?government(?-u:\b)"
);
pattern!(BARE_GOVERNMENT, r"(?-u:\b)[Tt]he\s+government(?-u:\b)");

/// The sentence with each government read as its country: "Chad's government" and "the
/// Kenyan government" become one country mention, and a bare "the government" the article's
/// country when it has named only one.
fn governments_as_countries<'a>(s: &Sentence<'a>, register: &Register) -> Option<Sentence<'a>> {
    let mut mentions = s.mentions.clone();
    for m in &mut mentions {
        if m.is_kind(&[EntityKind::Country])
            && let Some(g) = GOVERNMENT_AFTER.find(&s.text[m.end..])
        {
            m.end += g.end();
            m.demonym = false;
        }
    }
    let mut countries = register
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Country);
    let only = match (countries.next(), countries.next()) {
        (Some((id, _)), None) => Some(id),
        _ => None,
    };
    if let Some(country) = only {
        for g in BARE_GOVERNMENT.find_iter(s.text) {
            super::mentions::insert_indirect(
                &mut mentions,
                g.range(),
                EntityKind::Country,
                country,
            );
        }
    }
    Some(Sentence {
        text: s.text,
        mentions,
        published: s.published,
        dates: std::cell::OnceCell::new(),
        cues: s.cues,
    })
}

// "Japan has signed such pacts with Australia, Britain and the Philippines".
pattern!(
    SUCH_PACTS,
    r"(?-u:\b)(?:signed|concluded|inked)\s+(?:such|similar)\s+(?:pacts|agreements|deals|accords|treaties)\s+with\s+(?:the\s+)?"
);

/// "X has signed such pacts with A, B and C": X and each partner signed the article's latest
/// treaty, at dates the sentence does not give.
fn such_pacts(s: &Sentence, register: &Register, out: &mut Facts) {
    // The pattern needs "such" or "similar": most sentences hold neither and skip its search,
    // whose verbs ("signed") are common in news of treaties.
    if !s.cues.such {
        return;
    }
    let Some(pacts) = SUCH_PACTS.find(s.text) else {
        return;
    };
    let Some(treaty) = register.most_recent(|e| e.kind == EntityKind::Treaty) else {
        return;
    };
    let m = &s.mentions;
    let Some(first) = m.iter().position(|x| x.start >= pacts.end()) else {
        return;
    };
    let partners = parties_from(s, first);
    let subjects = parties_before(s, pacts.start());
    if subjects.is_empty() || partners.is_empty() {
        return;
    }
    let modality = s.modality(m[subjects[0]].start, pacts.end());
    for &i in subjects.iter().chain(&partners) {
        if let Some(party) = m[i].entity {
            out.link(
                Relation::Signs,
                party,
                treaty,
                None,
                modality,
                0.7,
                "treaties/such-pacts",
            );
        }
    }
}

pub(crate) fn extract(s: &Sentence, register: &mut Register, out: &mut Facts) {
    such_pacts(s, register, out);
    // Most sentences name no treaty: look for governments only where one is.
    if s.mentions.iter().any(|t| t.is_kind(&[EntityKind::Treaty]))
        && s.text.contains("government")
        && let Some(adjusted) = governments_as_countries(s, register)
    {
        return extract_signs(&adjusted, register, out);
    }
    extract_signs(s, register, out);
}

fn extract_signs(s: &Sentence, register: &mut Register, out: &mut Facts) {
    let m = &s.mentions;
    // Each signing needs a treaty mention: most sentences name none, and the verb search over
    // them would find nothing to link.
    if !m.iter().any(|t| t.is_kind(&[EntityKind::Treaty])) {
        return;
    }
    for sign in SIGN.find_iter(s.text) {
        // The treaty: right after the verb, or right before it ("an agreement signed between").
        let after = m.iter().position(|t| {
            t.start >= sign.end() && t.start <= sign.end() + 40 && t.is_kind(&[EntityKind::Treaty])
        });
        // ("the Agreement on … the Conflict in South Sudan, signed by": a place may end its name.)
        let before = (0..m.len()).rev().find(|&t| {
            if !m[t].is_kind(&[EntityKind::Treaty]) {
                return false;
            }
            let end = match m.get(t + 1) {
                Some(p)
                    if p.is_kind(&[EntityKind::Place, EntityKind::Country])
                        && IN_PLACE.is_match(s.gap(&m[t], p)) =>
                {
                    p.end
                }
                _ => m[t].end,
            };
            // (The relative clauses are short: a longer gap is settled without the regexes.)
            end <= sign.start()
                && (sign.start() - end <= 12
                    || sign.start() - end <= 160
                        && (WHICH_WAS.is_match(&s.text[end..sign.start()])
                            || WHICH_THEY.is_match(&s.text[end..sign.start()])))
        });
        // ("which X and Y signed": the signers stand between the treaty and the verb.)
        let relative = before.is_some_and(|t| {
            s.text
                .get(m[t].end..sign.start())
                .is_some_and(|gap| gap.len() <= 160 && WHICH_THEY.is_match(gap))
        });
        // "the Agreement between Japan and Poland …, which the two Governments signed": a
        // treaty further back, named by the two it joins, who sign it.
        let named = || {
            (0..m.len())
                .rev()
                .find(|&t| m[t].end <= sign.start() && !named_parties(s, t).is_empty())
        };
        // ("the Treaty …, which A and B signed in March 2017, and the Declaration …": the
        // relative clause's verb has the treaty before it; one after a comma is another's.)
        let after = after.filter(|&a| !relative || !s.text[sign.end()..m[a].start].contains(','));
        let Some(t) = after.or(before).or_else(named) else {
            signed_for(s, sign.start(), sign.end(), out);
            continue;
        };
        let by_name = after.is_none() && before.is_none();
        let joined = named_parties(s, t);
        name_by_parties(s, t, &joined, register);
        let Some(treaty) = m[t].entity else { continue };
        // The parties: "between X and Y" after the treaty or verb, else the subject.
        let anchor = if after.is_some() {
            t + 1
        } else {
            m.iter()
                .position(|x| x.start >= sign.end())
                .unwrap_or(m.len())
        };
        let mut from = if after.is_some() {
            m[t].end
        } else {
            sign.end()
        };
        let mut anchor = anchor;
        // "the signing of the Treaty of Amity (TAC) by Kenya": the short name in brackets.
        if let Some(short) = m.get(anchor).filter(|a| {
            a.entity == m[t].entity
                && s.text.get(from..a.start) == Some(" (")
                && s.text[a.end..].starts_with(')')
        }) {
            from = short.end + 1;
            anchor += 1;
        }
        // "signed in Hanoi by X", "signed at Hyderabad House by X": the place or venue between
        // the verb and "by" is where, not who.
        // ("signed for the UAE by X": the country signed for, before "by".)
        while anchor + 1 < m.len()
            && (m[anchor].is_kind(&[EntityKind::Place, EntityKind::Country])
                || m[anchor].is_kind(&[EntityKind::Organization])
                    && s.text
                        .get(from..m[anchor].start)
                        .is_some_and(|gap| gap.starts_with(" at ")))
            && s.text.get(from..m[anchor].start).is_some_and(|gap| {
                IN_PLACE.is_match(gap)
                    || m[anchor].is_kind(&[EntityKind::Country]) && FOR_COUNTRY.is_match(gap)
            })
        {
            from = m[anchor].end;
            anchor += 1;
        }
        let between = (anchor < m.len())
            .then(|| {
                // ("signed by Hon. X and H.E. Mr. Y": forms of address before a name.)
                BETWEEN
                    .is_match(super::without_honorifics(
                        s.text.get(from..m[anchor].start).unwrap_or(""),
                    ))
                    .then(|| parties_from(s, anchor))
            })
            .flatten()
            .unwrap_or_default();
        let subject_end = if after.is_some() || relative {
            sign.start()
        } else {
            m[t].start
        };
        // A named subject signs; "between X and Y" after it belongs to the treaty's name.
        let mut parties: Vec<usize> = if by_name {
            Vec::new()
        } else {
            parties_before(s, subject_end)
                .iter()
                .filter_map(|&i| m[i].entity)
                .collect()
        };
        if parties.is_empty() && after.is_some() {
            parties = pair(s, register, out.out, subject_end);
        }
        // "A and B shake hands after signing the MoU between X and Y": the subject signs, and
        // so do the two the treaty is between.
        let participle =
            sign.as_str().ends_with("ing") && AFTER_DOING.is_match(&s.text[..sign.start()]);
        if parties.is_empty() && participle {
            parties = subject_before(s, sign.start())
                .into_iter()
                .chain(between.iter().copied())
                .filter_map(|i| m[i].entity)
                .collect();
        }
        // (Two bodies the name joins sign beside the people who sign for them: "the two
        // Ministers signed the Memorandum … between the Ministry of Foreign Affairs of Japan
        // and the Ministry of Foreign Affairs of Poland".)
        let bodies = !joined.is_empty()
            && joined
                .iter()
                .all(|&i| m[i].is_kind(&[EntityKind::Agency, EntityKind::Organization]));
        if parties.is_empty() && !by_name && bodies && between == joined {
            parties = pair(s, register, out.out, subject_end);
        }
        if parties.is_empty() {
            parties = between.iter().filter_map(|&i| m[i].entity).collect();
        }
        if parties.is_empty() && !by_name {
            parties = pair(s, register, out.out, subject_end);
        }
        if parties.is_empty()
            && !by_name
            && sign.as_str().ends_with("ing")
            && !s.text[..sign.start()].trim_end().ends_with("the")
        {
            // "… before signing X": the sentence's subject.
            parties = subject_before(s, sign.start())
                .into_iter()
                .filter_map(|i| m[i].entity)
                .collect();
        }
        // ("the Agreement between Mongolia and the Republic of Korea, signed in Seoul": the
        // two the name joins sign it when no one else is named; two bodies, beside those who
        // sign for them.)
        if parties.is_empty() || bodies {
            for e in joined
                .into_iter()
                .filter_map(|i| m[i].entity)
                .map(|e| country_of_government(register, e))
            {
                if !parties.contains(&e) {
                    parties.push(e);
                }
            }
        }
        if parties.is_empty() {
            parties = demonym_signers(s, sign.end());
        }
        if parties.is_empty() {
            parties = countries_named_in(s, &m[t], register);
        }
        // "Chile signed a trade agreement with Peru", "an agreement signed with Bhutan": the
        // other side signs too.
        // (Only beside a named signer or right after the verb: "the agreement with the EFTA,
        // concluded in 2025" names no signing with it.)
        let with_from = if after.is_some()
            && !parties.is_empty()
            && !s.text[sign.end()..m[t].start].contains(',')
        {
            Some(m[t].end)
        } else if after.is_none() {
            Some(sign.end())
        } else {
            None
        };
        // ("signed a tax agreement in Luanda with Finance Minister X": where, then with whom.)
        let with_from = with_from.map(|from| match m.iter().position(|x| x.start >= from) {
            Some(p)
                if m[p].is_kind(&[EntityKind::Place, EntityKind::Country])
                    && !m[p].demonym
                    && IN_PLACE.is_match(&s.text[from..m[p].start]) =>
            {
                m[p].end
            }
            _ => from,
        });
        // ("a Memorandum of Understanding (MoU) with …": past the short name in brackets.)
        let short_name = |w: usize| {
            m[w].is_kind(&[EntityKind::Treaty])
                && s.text[..m[w].start].ends_with(" (")
                && s.text[m[w].end..].starts_with(')')
        };
        if let Some(with_from) = with_from
            && let Some(w) = m.iter().position(|x| x.start >= with_from)
            && let w = if short_name(w) { w + 1 } else { w }
            && w < m.len()
            && WITH.is_match(&s.text[with_from..m[w].start])
        {
            // "with Ukraine's Ministry of Defence": the ministry, not its country.
            let w = match m.get(w + 1) {
                Some(body)
                    if m[w].is_kind(&[EntityKind::Country])
                        && body.is_kind(&[EntityKind::Agency, EntityKind::Organization])
                        && super::POSSESSIVE_GAP.is_match(s.gap(&m[w], body)) =>
                {
                    w + 1
                }
                _ => w,
            };
            for e in parties_from(s, w).into_iter().filter_map(|i| m[i].entity) {
                if !parties.contains(&e) {
                    parties.push(e);
                }
            }
        }
        // "signed the Rome Statute for Ghana", "… on Ghana's behalf": the country signs too.
        if after.is_some()
            && let Some(country) = m.get(t + 1).filter(|c| {
                c.is_kind(&[EntityKind::Country])
                    && !c.demonym
                    && (FOR_COUNTRY.is_match(s.gap(&m[t], c))
                        || s.gap(&m[t], c) == " on " && BEHALF.is_match(&s.text[c.end..]))
            })
            && let Some(e) = country.entity
            && !parties.contains(&e)
        {
            parties.push(e);
        }
        let date = s.date_near(sign.start());
        // The claim runs from its first party (or the verb) to the treaty.
        let first_party = m
            .iter()
            .filter(|x| x.entity.is_some_and(|e| parties.contains(&e)))
            .map(|x| x.start)
            .min()
            .unwrap_or(sign.start());
        let modality = s.modality(first_party.min(sign.start()), m[t].end.max(sign.end()));
        for party in parties {
            if register.entities[party].kind == EntityKind::Treaty {
                continue;
            }
            out.link(
                Relation::Signs,
                party,
                treaty,
                date,
                modality,
                0.8,
                "treaties/signs",
            );
        }
    }
}
