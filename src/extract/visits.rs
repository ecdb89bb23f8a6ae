//! Delegations, who leads them, and visits.
//!
//! ## Pattern
//! - delegation: `[a|the] [DEMONYM|ORG] [modifiers] delegation [from|of ORG|DEMONYM]`, or sent:
//!   `COUNTRY has sent a [modifiers] delegation`; a bare "the delegation" is the latest one.
//! - leads: `DELEGATION … led by|headed by|under [TITLE] PERSON`, `PERSON [, who] led|headed a
//!   DELEGATION`.
//! - visits: `SUBJECT … visited|arrived in|travelled to|departed (P) for|trip to|visit to PLACE`,
//!   `SUBJECT's visit to PLACE`, `delegation to PLACE`, `trip to PLACE [DATE] by PERSON`; the
//!   subject is the possessor before "visit", else the person after "by", else one whose aside
//!   holds the delegation ("X, who led a delegation of …, arrived"), else the sentence's
//!   delegation, else a body right before the verb ("the committee travelled to"), else its
//!   first person, else "the group|team|party" right before the verb (the latest delegation).
//!   Also `a tour of PLACE`, `toured a plant [and a mill] near PLACE`, `a delegation of … to PLACE`, `the
//!   delegation was in PLACE`, and places joined to a visited one ("to Canada and Mexico"); a
//!   delegation received, hosted or welcomed in or at PLACE visits it; on an arrival the one
//!   greeted visits ("X greets Y on her arrival … in PLACE", "Y is greeted by X on his
//!   arrival …"); two people joined by "and" before the verb both visit ("Minister A and
//!   Minister B visited X"), and so does a companion ("travelled to X on Thursday with
//!   Minister B"); a town the gazetteer lacks is a place after "arrived in", "travelled to" or
//!   "visited"; a stay is `was|had been in PLACE` with its purpose or time after it.
//! ## Example
//! "A delegation from the Hanoi Naval Academy led by Tran Duc departed for Jakarta on Monday"
//! → leads(Tran Duc, Hanoi Naval Academy delegation); visits(…delegation, Jakarta, date).
//! ## Emits
//! `leads`, `visits` with the date nearest the verb.

use super::mentions::{Mention, MentionKind, Pronoun, Register};
use super::roles::pattern;
use super::text::{ArticleHits, Token};
use super::{EntityKind, Facts, Relation, Sentence};
use crate::gazetteer::GAZETTEER;
use aho_corasick::AhoCorasick;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Words that end a delegation's premodifiers when reading leftwards.
const PREMOD_STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "its",
    "their",
    "his",
    "her",
    "another",
    "whose",
    "of",
    "to",
    "from",
    "by",
    "with",
    "and",
    "or",
    "has",
    "have",
    "had",
    "sent",
    "send",
    "sends",
    "dispatched",
    "is",
    "was",
    "are",
    "were",
    "led",
    "that",
    "which",
    "said",
    "says",
    "in",
    "on",
    "at",
    "for",
    "as",
    "during",
    "first",
    "second",
    "latest",
    "new",
    "similar",
    "one",
    "two",
    "three",
    // Headline verbs: "Speaker leads parliamentary delegation to Moscow".
    "leads",
    "lead",
    "heads",
    "visits",
    "arrives",
    "begins",
    "sends",
    "meets",
    "welcomes",
    "receives",
    "hosts",
];

/// A delegation word at token `i`, with the premodifiers before it; named later by
/// [`name_delegations`] once the mentions after it are known.
pub(crate) fn delegation_mention(
    sentence: &str,
    toks: &[Token],
    i: usize,
    so_far: &[Mention],
) -> Option<Mention> {
    let mut start = i;
    while start > 0 && i - start < 5 {
        let prev = &toks[start - 1];
        let word = prev.text();
        let gap = &sentence[prev.end..toks[start].start];
        if prev.possessive
            || !gap.chars().all(char::is_whitespace)
            || PREMOD_STOP.contains(&word.to_lowercase().as_str())
        {
            break;
        }
        start -= 1;
    }
    // A demonym already found before the word belongs to the delegation's name.
    let start_byte = so_far
        .iter()
        .rev()
        .take_while(|m| m.start >= toks[start].start.saturating_sub(20))
        .filter(|m| m.demonym && m.end <= toks[i].start && m.start <= toks[start].start)
        .map(|m| m.start)
        .min()
        .unwrap_or(toks[start].start)
        .min(toks[start].start);
    Some(Mention {
        start: start_byte,
        end: toks[i].end,
        kind: MentionKind::Entity(EntityKind::Delegation),
        entity: None,
        demonym: false,
        indirect: false,
    })
}

pattern!(FROM_OR_OF, r"^\s+(?:from|of)\s+(?:the\s+)?$");
pattern!(
    SENT,
    r"^\s+(?:has\s+|have\s+|had\s+|will\s+)?(?:sent|dispatched|sends|dispatches|send|dispatch)\s+(?:a|an|its|another|their)\s+$"
);

// "arrived in Shusha", "travelled to Gbarnga": a verb of arrival or travel (one of
// [`TRAVEL_VERBS`] at a word's start), then a name. Read where the verb matcher finds a verb,
// not searched for: the name's Unicode classes made the search build new DFA states for its
// reverse pass in nearly every article, and "fl" started a DFA run in every "conflict".
pattern!(
    TRAVELLED_TO,
    r"^(?:arriv(?:ed|es|ing)\s+in|travel(?:l?(?:ed|ing)|s)\s+to|fl(?:ew|ies|ying)\s+(?:to|into)|land(?:ed|s|ing)\s+in|visit(?:ed|s))\s+"
);
pattern!(
    PLACE_NAME_AT,
    r"^\p{Lu}[\p{Ll}'\u{2019}-]+(?:\s+(?:(?:de|del|da|do|dos|das|di|du|la|le|al|el)\s+){0,2}\p{Lu}[\p{Ll}'\u{2019}-]+){0,3}"
);

/// The length of the place name `text` starts with, ending at a word's end ("Sodankylä", not
/// "McDonald" read as "Mc").
fn place_name_at(text: &str) -> Option<usize> {
    let name = PLACE_NAME_AT.find(text)?;
    (!text[name.end()..].starts_with(char::is_alphanumeric)).then_some(name.end())
}

// Between two places after a verb of travel: "to Malakal and Bentiu", "to A, B and C".
pattern!(JOINED_NAME, r"^(?:,\s+(?:and\s+)?|\s+and\s+)");
pattern!(
    AFTER_JOINED_NAME,
    r"^(?:\s*[,.;:)]|\s*$|\s+(?:and|on|in|last|this|the|from|to|for|before|after|during|where|earlier|later)(?-u:\b))"
);

/// Every verb form [`TRAVELLED_TO`] begins with.
const TRAVEL_VERBS: &[&str] = &[
    "arrived",
    "arrives",
    "arriving",
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "travels",
    "flew",
    "flies",
    "flying",
    "landed",
    "lands",
    "landing",
    "visited",
    "visits",
];

static TRAVEL_VERB_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(TRAVEL_VERBS)
        .expect("verb matcher builds")
});

/// The verbs of travel of a whole article, found in one pass.
pub(crate) struct TravelVerbs(ArticleHits);

impl TravelVerbs {
    pub fn new(text: &str) -> Self {
        Self(ArticleHits::new(&TRAVEL_VERB_MATCHER, text))
    }

    /// The verbs of the sentence at `range` of the article, in the sentence's offsets, as a
    /// search of the sentence alone finds them; `None` when a verb crosses into or out of it
    /// (the sentence is then searched on its own).
    fn in_sentence(&self, range: Range<usize>) -> Option<impl Iterator<Item = Range<usize>>> {
        let verbs = self.0.in_sentence(&range)?;
        Some(
            verbs
                .iter()
                .map(move |v| v.start - range.start..v.end - range.start),
        )
    }

    /// The verbs of the sentence `sentence` at `range` of the article, in the sentence's
    /// offsets: the article's hits, or the sentence searched on its own when one crosses its
    /// edge.
    fn of_sentence<'a>(
        &'a self,
        sentence: &'a str,
        range: Range<usize>,
    ) -> impl Iterator<Item = Range<usize>> + 'a {
        let from_article = self.in_sentence(range);
        let own = from_article
            .is_none()
            .then(|| TRAVEL_VERB_MATCHER.find_iter(sentence).map(|m| m.range()));
        from_article
            .into_iter()
            .flatten()
            .chain(own.into_iter().flatten())
    }
}

/// The places named after a verb of arrival or travel (their byte ranges), leftmost first, as
/// the one pattern `\b` + `TRAVELLED_TO` + `(PLACE_NAME_AT)` would find them; `verbs` are the
/// verbs of the sentence. A verb starts only at an ASCII word boundary, and a word holds no
/// other verb's start, so the search goes on after a verb without a name, and after a name
/// (which no verb crosses: it ends at a word's end).
fn travelled_to(
    sentence: &str,
    verbs: impl Iterator<Item = Range<usize>>,
) -> impl Iterator<Item = Range<usize>> {
    let mut at = 0;
    let bytes = sentence.as_bytes();
    verbs.filter_map(move |verb| {
        if verb.start < at || verb.start > 0 && is_ascii_word_byte(bytes[verb.start - 1]) {
            return None;
        }
        let phrase = TRAVELLED_TO.find(&sentence[verb.start..])?;
        // The phrase's trailing `\s+` took every space: the name starts where it ends.
        let name_start = verb.start + phrase.end();
        let name = place_name_at(&sentence[name_start..])?;
        at = name_start + name;
        Some(name_start..at)
    })
}

/// A byte of a word for `(?-u:\b)`.
fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Places no gazetteer knows, named after a verb of arrival or travel ("arrived in Shusha"):
/// a town of one word is no mention of the run reader's, so none would be visited.
/// `range`: the sentence's place in the article, whose `verbs` were found.
pub(crate) fn unknown_places(
    sentence: &str,
    (range, verbs): (Range<usize>, &TravelVerbs),
    mentions: &mut Vec<Mention>,
    register: &mut Register,
) {
    let verbs = verbs.of_sentence(sentence, range);
    for first_range in travelled_to(sentence, verbs) {
        // "travelled to Malakal and Bentiu": the towns joined to the first are visited too.
        let mut next = Some(first_range);
        while let Some(range) = next.take() {
            let end = range.end;
            let name = &sentence[range.clone()];
            let first = name.split(' ').next().unwrap_or("");
            if first == "The" || super::mentions::is_time_word(first) {
                break;
            }
            // "travelled to Santa Cruz de la Sierra": a name read as a person's is a place
            // where one travels to or arrives in (one may visit a person).
            let as_person = mentions.iter().position(|m| {
                m.start == range.start && m.end == range.end && m.is_kind(&[EntityKind::Person])
            });
            if let Some(p) = as_person
                && !sentence[..range.start].ends_with("visited ")
                && !sentence[..range.start].ends_with("visits ")
                && !sentence[range.end..].starts_with(['\'', '\u{2019}'])
            {
                let id = register.add(EntityKind::Place, name, None);
                mentions[p].kind = MentionKind::Entity(EntityKind::Place);
                mentions[p].entity = Some(id);
            } else if !mentions
                .iter()
                .any(|m| m.start < range.end && range.start < m.end)
            {
                let id = register.add(EntityKind::Place, name, None);
                super::mentions::insert_indirect(mentions, range, EntityKind::Place, id);
            }
            next = JOINED_NAME.find(&sentence[end..]).and_then(|join| {
                let at = end + join.end();
                place_name_at(&sentence[at..])
                    .map(|name| at..at + name)
                    // ("to Paris and Dupont said": a name a verb follows is no place.)
                    .filter(|name| AFTER_JOINED_NAME.is_match(&sentence[name.end..]))
            });
        }
    }
}

/// Where an article's dateline puts it, as the gazetteer knows the place: what "here" and "the
/// country" mean to a visitor's arrival.
pub(crate) struct Dateline {
    place: String,
    country: Option<String>,
}

impl Dateline {
    pub fn of(text: &str) -> Option<Self> {
        let name = super::text::dateline_place(text)?;
        // ("NEW DELHI": a dateline in capitals is looked up in title case.)
        let known = GAZETTEER.lookup(name).or_else(|| {
            let titled: Vec<String> = name
                .split(' ')
                .map(|w| {
                    let mut chars = w.chars();
                    chars.next().map_or_else(String::new, |c| {
                        c.to_uppercase()
                            .chain(chars.flat_map(char::to_lowercase))
                            .collect()
                    })
                })
                .collect();
            GAZETTEER.lookup(&titled.join(" "))
        })?;
        match known.kind {
            _ if known.demonym => None,
            EntityKind::Country => Some(Self {
                place: known.canonical.clone(),
                country: Some(known.canonical.clone()),
            }),
            EntityKind::Place => Some(Self {
                place: known.canonical.clone(),
                country: known.country.clone(),
            }),
            _ => None,
        }
    }
}

/// "X arrived here on Monday", "arrived in the country": the dateline's place (or its country)
/// is named there, as a mention the verb of arrival then visits.
pub(crate) fn arrived_here(
    sentence: &str,
    (range, verbs): (Range<usize>, &TravelVerbs),
    dateline: &Dateline,
    mentions: &mut Vec<Mention>,
    register: &mut Register,
) {
    let verbs = verbs.of_sentence(sentence, range);
    for verb in verbs {
        if !sentence[verb.clone()].starts_with("arriv") {
            continue;
        }
        // What follows the verb when the place is the dateline's: "here", "in the country",
        // "in the capital|city" (tested without a pattern: it is asked of every arrival).
        let rest = &sentence[verb.end..];
        let (word, at) = if rest.starts_with(" here") {
            ("here", 1)
        } else if let Some(noun) = rest.strip_prefix(" in the ") {
            let Some(word) = ["country", "capital", "city"]
                .into_iter()
                .find(|w| noun.starts_with(w))
            else {
                continue;
            };
            (word, " in the ".len())
        } else {
            continue;
        };
        if rest[at + word.len()..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let city = dateline.country.as_deref() != Some(dateline.place.as_str());
        let (kind, name) = match word {
            "country" => (EntityKind::Country, dateline.country.as_deref()),
            "here" if !city => (EntityKind::Country, Some(dateline.place.as_str())),
            _ if city => (EntityKind::Place, Some(dateline.place.as_str())),
            _ => continue,
        };
        let Some(name) = name else { continue };
        let id = register.add(kind, name, Some(name));
        let start = verb.end + at;
        super::mentions::insert_indirect(mentions, start..start + word.len(), kind, id);
    }
}

/// Gives each delegation mention its entity: named from its origin and modifiers, or the
/// document's latest delegation when the text names none.
pub(crate) fn name_delegations(
    sentence: &str,
    mentions: &mut Vec<Mention>,
    register: &mut Register,
) {
    // Most sentences name no delegation, and then there is nothing to do: settled by one
    // pass, before the spans are collected and every mention is tested against them.
    if !mentions
        .iter()
        .any(|m| m.is_kind(&[EntityKind::Delegation]))
    {
        return;
    }
    // Demonyms swallowed by a delegation's premodifiers are not separate mentions.
    let spans: Vec<(usize, usize)> = mentions
        .iter()
        .filter(|m| m.is_kind(&[EntityKind::Delegation]))
        .map(|m| (m.start, m.end))
        .collect();
    mentions.retain(|m| {
        m.is_kind(&[EntityKind::Delegation])
            || !spans.iter().any(|&(a, b)| m.start >= a && m.end <= b)
    });

    for k in 0..mentions.len() {
        if !mentions[k].is_kind(&[EntityKind::Delegation]) || mentions[k].entity.is_some() {
            continue;
        }
        let m = &mentions[k];
        // "seven-member", "12-strong", "high-level" and "small" describe the visit, not who is
        // sent.
        let words: Vec<&str> = sentence[m.start..m.end]
            .split_whitespace()
            .filter(|w| {
                !["-member", "-strong", "-level", "-person", "-powered"]
                    .iter()
                    .any(|x| w.ends_with(x))
                    && !matches!(
                        *w,
                        "small" | "large" | "big" | "sizeable" | "sizable" | "official"
                    )
            })
            .collect();
        let premods = &words[..words.len().saturating_sub(1)];
        let origin_of = |o: &Mention| -> Option<String> {
            let e = &register.entities[o.entity?];
            match e.kind {
                EntityKind::Country => GAZETTEER
                    .demonyms
                    .get(&e.label)
                    .cloned()
                    .or_else(|| Some(e.label.clone())),
                // "a delegation of the Government of the Lao People's Democratic Republic": the
                // Lao government delegation.
                EntityKind::Organization | EntityKind::Agency => Some(
                    super::treaties::government_country(&e.label)
                        .and_then(|known| GAZETTEER.demonyms.get(&known.canonical))
                        .map_or_else(
                            || e.label.clone(),
                            |demonym| format!("{demonym} government"),
                        ),
                ),
                _ => None,
            }
        };
        // "delegation from X", "delegation of North Korean …"
        let after = mentions
            .get(k + 1)
            .filter(|n| FROM_OR_OF.is_match(sentence.get(m.end..n.start).unwrap_or("")));
        // "North Korea has sent a … delegation"
        let sender = k.checked_sub(1).map(|p| &mentions[p]).filter(|p| {
            p.is_kind(&[EntityKind::Country])
                && SENT.is_match(sentence.get(p.end..m.start).unwrap_or(""))
        });
        // "Nigeria's delegation", "the EU's delegation": its owner is its origin.
        let owner = k.checked_sub(1).map(|p| &mentions[p]).filter(|p| {
            p.is_kind(&[
                EntityKind::Country,
                EntityKind::Organization,
                EntityKind::Agency,
            ]) && super::POSSESSIVE_GAP.is_match(sentence.get(p.end..m.start).unwrap_or(""))
        });
        let origin = after.or(sender).or(owner).and_then(origin_of);
        let mut name_words: Vec<&str> = Vec::new();
        if let Some(o) = &origin
            && !sentence[m.start..m.end].starts_with(o.as_str())
        {
            name_words.push(o);
        }
        name_words.extend(premods.iter().copied());
        let id = if name_words.is_empty() {
            register.most_recent(|e| e.kind == EntityKind::Delegation)
        } else {
            // ("Ledger Watch team": a team or mission keeps its own word.)
            name_words.push(match words.last() {
                Some(&w @ ("team" | "mission")) => w,
                _ => "delegation",
            });
            let name = name_words.join(" ");
            let wanted: Vec<String> = name
                .to_lowercase()
                .split_whitespace()
                .map(str::to_owned)
                .collect();
            // "a Nigerian trade delegation" after "the Nigerian delegation": an indefinite
            // article and a kind of delegation not named before bring in another one. (Not
            // an origin added: "A Sri Lankan parliamentary delegation" after the headline's
            // "parliamentary delegation" is the same.)
            let indefinite = matches!(
                sentence[..m.start].trim_end().rsplit(' ').next(),
                Some("a" | "A" | "an" | "An")
            );
            // The same delegation named more or less fully within one article.
            let similar = register.most_recent(|e| {
                if e.kind != EntityKind::Delegation {
                    return false;
                }
                let have: Vec<String> = e
                    .label
                    .to_lowercase()
                    .split_whitespace()
                    .map(str::to_owned)
                    .collect();
                let another_kind = || {
                    name.split_whitespace()
                        .any(|w| w.starts_with(char::is_lowercase) && !have.iter().any(|h| h == w))
                };
                // ("a Mongolian delegation" after "a Mongolian government delegation": an
                // indefinite one named less fully is another too.)
                let less_full = || wanted.len() < have.len();
                (wanted.iter().all(|w| have.contains(w)) || have.iter().all(|w| wanted.contains(w)))
                    && !(indefinite && (another_kind() || less_full()))
            });
            match similar {
                Some(id) => {
                    register.entities[id].aliases.insert(name.clone());
                    // A fuller name later ("parliamentary delegation", then "Sri Lankan
                    // parliamentary delegation") becomes the label.
                    let label = register.entities[id].label.to_lowercase();
                    let fuller = label
                        .split_whitespace()
                        .all(|w| wanted.iter().any(|x| x == w));
                    if name.len() > label.len() && (origin.is_some() || fuller) {
                        register.entities[id].label = name;
                    }
                    Some(id)
                }
                None => Some(register.add(EntityKind::Delegation, &name, None)),
            }
        };
        let id = id.unwrap_or_else(|| register.add(EntityKind::Delegation, "delegation", None));
        register.touch(id);
        mentions[k].entity = Some(id);
        mentions[k].indirect = origin.is_none() && premods.is_empty();
    }
}

pattern!(
    LED_BY,
    r"(?:led|headed|chaired)\s+by\s+|under\s+the\s+leadership\s+of\s+|(?-u:\b)under\s+"
);
pattern!(
    LEADS,
    r"^\s*(?:,\s*who\s+|\s+who\s+|\s+)(?:(?:has|had|will|is|was|also)\s+)?(?:led|leads|leading|headed|heads|heading|lead|head)\s+(?:a|an|the|his|her|its)?\s*$"
);
pattern!(
    LEADS_AFTER_ASIDE,
    r"^\s*,[^,;()]{3,80},\s+(?:(?:has|had|also|then|later)\s+)?(?:led|leads|headed|heads)\s+(?:a|an|the|his|her|its)?\s*$"
);
pattern!(
    VISIT_VERB,
    r"(?:(?-u:\b)(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}(?:and\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3})?(?:in|near|outside|at)\s+)?|(?-u:\b)(?:arriv(?:e|es|ed|ing|al)|land(?:s|ed|ing)?|touch(?:ed|es)?\s+down)\s+(?:at\s+[^,.;]+?\s+)?in\s+|(?-u:\b)arriv(?:e|es|ed|ing)\s+|(?-u:\b)(?:travel(?:l?(?:ed|ing))?|travels|went|go(?:es|ing)?|flew|fly(?:ing)?|head(?:s|ed|ing)?|came|come|com(?:es|ing))\s+to\s+|(?-u:\b)(?:flew|fl(?:y|ies|ying))\s+into\s+|(?-u:\b)delegations?\s+(?:of\s+(?:[\w-]+\s+){1,6})?to\s+|(?-u:\b)delegations?\s+to\s+(?:the|a|an)\s+[^,;.]{1,100}?\s+in\s+|(?-u:\b)(?:trip|[Vv]isit|journey|tour|mission|voyage)\s+to\s+|(?-u:\b)tour\s+of\s+|(?-u:\b)(?:began|begins|started|starts|concluded|concludes|ended|ends|wrapped\s+up|wraps\s+up)\s+(?:its|his|her|their|the|a)\s+(?:[\w-]+\s+){0,2}(?:trip|tour|visit|journey|mission)\s+in\s+|(?-u:\b)(?:depart(?:s|ed|ing)?|left|leave|leaves|leaving|set\s+(?:off|out)|bound)\s+(?:from\s+)?(?:[^,.;]*?\s)?for\s+|(?-u:\b)embark(?:s|ed|ing)?\s+on\s+(?:a|an|the)\s+(?:\w+\s+)?(?:trip|visit|tour|journey)\s+to\s+)(?:the\s+)?$"
);
/// [`VISIT_VERB`] anchored at the start of the text it is tried on.
static VISIT_VERB_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("^(?:{})", VISIT_VERB.as_str())).expect("pattern compiles")
});

/// The first two bytes of every [`VISIT_VERB`] match, from the pattern's prefix literals (a
/// word starting otherwise is not tried), as a 65,536-bit set (asked at every word of the
/// clause: a bit test, where a hash probe cost a fifth of the search); `None` when the
/// literals do not settle them.
static VISIT_VERB_STARTS: LazyLock<Option<Vec<u64>>> = LazyLock::new(|| {
    let hir = regex_syntax::parse(VISIT_VERB.as_str()).ok()?;
    let prefixes = regex_syntax::hir::literal::Extractor::new().extract(&hir);
    let mut starts = vec![0u64; 1 << 10];
    for literal in prefixes.literals()? {
        let [b0, b1] = *literal.as_bytes().first_chunk()?;
        let bit = usize::from(b0) << 8 | usize::from(b1);
        starts[bit >> 6] |= 1 << (bit & 63);
    }
    Some(starts)
});

/// `VISIT_VERB.find(before)`, found faster. That pattern is `$`-anchored, so it is searched
/// backwards from the end, and its reverse lazy DFA (counted word repeats, lazy `[^,.;]`
/// runs) meets new states in most sentences: a tenth of all extraction work. Every match
/// starts a word (`\b`, then a letter) in the last clause (none crosses ',', '.' or ';'), so
/// trying the pattern forwards from each word there finds the leftmost one cheaply.
fn find_visit_verb(before: &str) -> Option<regex::Match<'_>> {
    // (Bytewise: `rfind` with a set of chars decoded every char of the text.)
    let clause = memchr::memrchr3(b',', b'.', b';', before.as_bytes()).map_or(0, |i| i + 1);
    let bytes = before.as_bytes();
    // (The clause starts after ',', '.' or ';', or at the text's start: inside no word.)
    let found = letter_word_starts(bytes, clause)
        .filter(|&i| {
            VISIT_VERB_STARTS.as_ref().is_none_or(|starts| {
                bytes
                    .get(i..)
                    .and_then(<[u8]>::first_chunk)
                    .is_some_and(|&[b0, b1]| {
                        let bit = usize::from(b0) << 8 | usize::from(b1);
                        starts[bit >> 6] >> (bit & 63) & 1 == 1
                    })
            })
        })
        .find(|&i| VISIT_VERB_AT.is_match(&before[i..]))
        .and_then(|i| VISIT_VERB.find_at(before, i));
    if cfg!(test) {
        assert_eq!(found, VISIT_VERB.find(before), "{before}");
    }
    found
}

/// ASCII letters, digits and `_` (a word's bytes to `(?-u:\b)`), as a byte table.
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b as u8 == b'_';
        b += 1;
    }
    table
};

/// Where the words of `bytes` from `from` on (`from` inside no word) start with an ASCII
/// letter (`(?-u:\b)`, then a letter). Each word's bytes are passed in a loop of their own:
/// testing every byte, and the byte before each letter, cost twice as much.
fn letter_word_starts(bytes: &[u8], from: usize) -> impl Iterator<Item = usize> + '_ {
    let is_word = |b: &u8| WORD_BYTES[usize::from(*b)];
    let mut i = from;
    std::iter::from_fn(move || {
        loop {
            while bytes.get(i).is_some_and(|b| !is_word(b)) {
                i += 1;
            }
            let start = i;
            while bytes.get(i).is_some_and(is_word) {
                i += 1;
            }
            match bytes.get(start) {
                None => return None,
                Some(b) if b.is_ascii_alphabetic() => return Some(start),
                Some(_) => {}
            }
        }
    })
}

pattern!(
    HEAD_OF,
    r"(?:at\s+the\s+head\s+of|heading|leading)\s+(?:a|an|the|his|her)\s+(?:[0-9a-z]+-(?:member|strong|person|level)\s+)?$"
);
pattern!(
    ON_ARRIVAL,
    r"(?-u:\b)(?:on|upon|after)\s+(?:his|her|their)\s+$"
);
pattern!(
    VISIT_NOUN,
    r"(?:visit|trip|journey|tour)\s+to\s+(?:the\s+)?$"
);
// Between a visited place and its visitor named after it: "a trip to Hanoi in August by
// [Philippine Defence Secretary] X" (a date, then "by", then up to four title words).
pattern!(
    BY_VISITOR,
    r"^\s+(?:(?:in|on|last|this|earlier|late|early)\s+[\w,]+\s+(?:[0-9]{1,4},?\s+)?)?by\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,4}$"
);
// "X is in Moscow on a five-day official visit": a stay, when a visit noun follows the place.
pattern!(
    STAY,
    r"(?-u:\b)(?:is|are|was|were|(?:had|has|have)\s+been)\s+(?:now\s+|currently\s+|already\s+)?in\s+(?:the\s+)?$"
);
/// False when no [`STAY`] match can end `before`: each ends with a form of "be", white space,
/// perhaps "now", "currently" or "already" and white space, then "in", white space, and perhaps
/// "the" and white space. Most places follow "in" with no "was" before it, and the pattern's
/// reverse search cost more than this test. (`trim_end` and `\s` both take Unicode
/// White_Space.)
fn may_stay(before: &str) -> bool {
    // The text before `word` and the white space ending `text`, when `text` ends so.
    fn before_word<'t>(text: &'t str, word: &str) -> Option<&'t str> {
        let rest = text.strip_suffix(word)?;
        let trimmed = rest.trim_end();
        (trimmed.len() < rest.len()).then_some(trimmed)
    }
    let Some(mut rest) = before_word(before, "") else {
        return false;
    };
    if let Some(article) = before_word(rest, "the") {
        rest = article;
    }
    let Some(rest) = before_word(rest, "in") else {
        return false;
    };
    let be = |text: &str| {
        ["is", "are", "was", "were", "been"]
            .iter()
            .any(|w| text.ends_with(w))
    };
    be(rest)
        || ["now", "currently", "already"]
            .iter()
            .any(|adverb| before_word(rest, adverb).is_some_and(be))
}

// ("who is in Manila for the fourth round of consultations", "who is in Ulaanbaatar this week":
// an event or a week there is a stay too; "He was in Jakarta on 8 September for the annual
// consultations": a date may come first; "for the Canada-Japan Foreign Ministers' Meeting":
// an event by its name.)
pattern!(
    ON_VISIT,
    r"^(?:\s+(?:on\s+(?:[0-9]{1,2}\s+)?\p{Lu}\p{Ll}+(?:\s+[0-9]{1,2}(?:\s+(?:and|to)\s+[0-9]{1,2})?)?|in\s+\p{Lu}\p{Ll}+|last\s+week|last\s+month),?)?\s+(?:(?:on|for)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w'\u{2019}-]+\s+){0,6}(?i:visit|trip|tour|mission|stay|talks|consultations|meetings?|summit|conference|session|forum|review|negotiations|round|ceremony)(?-u:\b)|for\s+(?:talks|consultations|meetings|negotiations)(?-u:\b)|this\s+week(?-u:\b))"
);
// "X, who is on a working visit to …": the clause's subject is the person before "who".
// ("B of Uruguay, who travelled to …": her country may stand between.)
pattern!(
    WHO,
    r"^(?:\s+of\s+(?:the\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})?\s*,?\s+who\s+[^.;,]*$"
);

// "a UK delegation, including officials of the Treasury, to Yerevan": an aside between the
// delegation and its destination.
pattern!(
    DELEGATION_ASIDE_TO,
    r"(?-u:\b)delegations?(?:\s+of\s+[^,;]{1,60})?,\s+(?:including|comprising|consisting\s+of)\s+[^;]{1,200}?,\s+to\s+(?:the\s+)?$"
);

/// [`DELEGATION_ASIDE_TO`] in `before`, asked only when it ends with ", to " (or ", to the ").
fn delegation_aside_to(before: &str) -> Option<regex::Match<'_>> {
    (before.ends_with(", to ") || before.ends_with(", to the "))
        .then(|| DELEGATION_ASIDE_TO.find(before))
        .flatten()
}

// "X, who led a … delegation …, arrived in": the delegation is an aside about X.
pattern!(
    WHO_LED,
    r"^\s*,\s+who\s+(?:(?:has|had|also)\s+)?(?:led|leads|headed|heads|(?:is|was)\s+(?:leading|heading))\s+(?:a|an|the|his|her)\s+[^,;]*$"
);

/// The person whose relative clause holds the sentence's delegation, when the clause closes
/// before the verb at `verb`: that person is the one who travels.
fn leader_of_aside<'a>(
    s: &'a Sentence,
    delegation: Option<&Mention>,
    verb: usize,
) -> Option<&'a Mention> {
    let d = delegation?;
    let person = s
        .mentions
        .iter()
        .rev()
        .find(|p| p.end <= d.start && p.is_kind(&[EntityKind::Person]))?;
    (WHO_LED.is_match(&s.text[person.end..d.start])
        && s.text
            .get(d.end..verb)
            .is_some_and(|rest| rest.contains(',')))
    .then_some(person)
}

/// The person a relative clause running to byte `pos` is about: "Samir Fahmy, who is on a
/// working visit to Uzbekistan" (the last person before "who", the clause unbroken by commas).
fn relative_subject<'a>(s: &'a Sentence, pos: usize) -> Option<&'a Mention> {
    s.mentions
        .iter()
        .rev()
        .find(|p| p.end <= pos && p.is_kind(&[EntityKind::Person]))
        .filter(|p| WHO.is_match(&s.text[p.end..pos]))
}

// A travelling party named by a common noun right before its verb: "the group flew to".
pattern!(
    GROUP,
    r"(?i)(?-u:\b)the\s+(?:whole\s+|entire\s+)?(?:group|team|party|mission|entourage|visitors|delegates)\s+(?:(?:also|then|later|subsequently|next|again|briefly)\s+)?$"
);

/// The article's latest delegation when "the group" (team, party, …) travels, with where that
/// phrase starts; none when the article names no delegation.
fn group_subject(s: &Sentence, register: &Register, verb: usize) -> Option<(usize, usize)> {
    let before = &s.text[..verb];
    // Most visit verbs have a named subject: test the noun's letters before the pattern.
    if !before.contains("the ") && !before.contains("The ") {
        return None;
    }
    let found = GROUP.find(before)?;
    let delegation = register.most_recent(|e| e.kind == EntityKind::Delegation)?;
    Some((delegation, found.start()))
}

// Between two visited places: "Canada and the United States", "Indonesia, Vietnam and Korea".
pattern!(JOINED_PLACE, r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$");

pattern!(
    POSSESSOR,
    r"^\s*['\u{2019}]s?\s+(?:(?:\w+|\w+-\w+)\s+){0,2}$"
);

// After a place visited, a companion: "… to Lima on Thursday with", "… with".
pattern!(
    WITH_COMPANION,
    r"^(?:,?\s+(?:on|in|last|this|early|late)\s+[\w-]+(?:\s+(?:morning|afternoon|evening|[0-9]{1,2}))?)?\s+(?:together\s+)?with\s+(?:the\s+)?"
);

/// The person at mention `j`, or after the titles and demonyms that start there ("Foreign
/// Minister Ana Ruiz", "Chile's Ana Ruiz" aside).
fn title_then_person(s: &Sentence, j: usize) -> Option<usize> {
    let m = &s.mentions;
    let mut b = j;
    while matches!(m.get(b)?.kind, MentionKind::Role(_)) || m[b].demonym {
        b += 1;
        if !s.gap(&m[b - 1], m.get(b)?).trim().is_empty() {
            return None;
        }
    }
    m[b].is_kind(&[EntityKind::Person]).then_some(b)
}

/// A second leader (or visitor) joined to the one at mention `j` by "and", titles and demonyms
/// before the name skipped ("led by A and Minister of Defense B").
fn co_leader(s: &Sentence, j: usize) -> Option<usize> {
    let m = &s.mentions;
    m.get(j + 1)
        .filter(|n| super::AND_GAP.is_match(s.gap(&m[j], n)))?;
    title_then_person(s, j + 1)
}

/// The leader of the delegation at mention `k` ("a delegation …, led by X"): the first person
/// after "led by" and before the next delegation, with where "led by" ends.
pub(crate) fn led_by(s: &Sentence, k: usize) -> Option<(usize, usize)> {
    let m = &s.mentions;
    let next_delegation = m[k + 1..]
        .iter()
        .find(|n| n.is_kind(&[EntityKind::Delegation]))
        .map_or(s.text.len(), |n| n.start);
    LED_BY
        .find_iter(s.text.get(m[k].end..next_delegation)?)
        .find_map(|led| {
            let trigger_end = m[k].end + led.end();
            let j = (k + 1..m.len())
                .find(|&j| m[j].start >= trigger_end && m[j].is_kind(&[EntityKind::Person]))?;
            // "a delegation under Ambassador X": "under" leads only to a name after titles at
            // most ("under the auspices of the UN" names no leader).
            let bare_under =
                led.as_str().starts_with("under") && !led.as_str().contains("leadership");
            let titles_only = || {
                s.text[trigger_end..m[j].start].len() <= 60
                    && m[k + 1..j].iter().all(|x| {
                        x.start < trigger_end || matches!(x.kind, MentionKind::Role(_)) || x.demonym
                    })
            };
            (!bare_under || titles_only()).then_some((j, trigger_end))
        })
}

// A host's verb right before the delegation it receives: "Speaker X today hosted a delegation".
pattern!(
    HOSTED,
    r"(?-u:\b)(?:received|receives|receiving|welcomed|welcomes|hosted|hosts|hosting)\s+(?:an?|the)\s+$"
);
// Between a received delegation and where: "…, led by X, at Parliament Buildings, Nairobi",
// "… in Nairobi".
pattern!(
    RECEIVED_AT,
    r"(?:^|[\s,])(?:in|at)\s+(?:the\s+)?(?:[^,;]{1,60},\s+)?$"
);
// A sentence opening on where: "In Nairobi, …", "On Tuesday in Nairobi, …".
pattern!(
    OPENING_PLACE,
    r"^(?:On\s+\w+(?:\s+[0-9]{1,2})?,?\s+)?(?:[Ii]n|[Aa]t)\s+(?:the\s+)?$"
);

/// "Speaker X hosted a delegation of the Y … at Parliament Buildings, Nairobi", "In Nairobi, X
/// received a Norwegian delegation": a delegation received somewhere visits it.
fn received_delegations(s: &Sentence, out: &mut Facts) {
    let m = &s.mentions;
    let is_place = |p: &Mention| p.is_kind(&[EntityKind::Place, EntityKind::Country]) && !p.demonym;
    for (k, d) in m.iter().enumerate() {
        let Some(delegation) = d.entity.filter(|_| d.is_kind(&[EntityKind::Delegation])) else {
            continue;
        };
        let Some(verb) = HOSTED.find(&s.text[..d.start]) else {
            continue;
        };
        let after = m[k + 1..].iter().find(|p| {
            is_place(p)
                && s.text
                    .get(d.end..p.start)
                    .is_some_and(|gap| gap.len() <= 150 && RECEIVED_AT.is_match(gap))
        });
        let opening = m.first().filter(|p| {
            is_place(p)
                && p.end <= verb.start()
                && OPENING_PLACE.is_match(&s.text[..p.start])
                && s.text[p.end..].starts_with(',')
        });
        if let Some(place) = after.or(opening).and_then(|p| p.entity) {
            out.link(
                Relation::Visits,
                delegation,
                place,
                s.date_near(verb.start()),
                s.modality(verb.start(), d.end),
                0.75,
                "visits/received-delegation",
            );
        }
    }
}

pub(crate) fn extract(s: &Sentence, register: &mut Register, out: &mut Facts) {
    let m = &s.mentions;
    received_delegations(s, out);
    let delegation = m.iter().find(|d| d.is_kind(&[EntityKind::Delegation]));
    // leads
    for (k, d) in m
        .iter()
        .enumerate()
        .filter(|(_, d)| d.is_kind(&[EntityKind::Delegation]))
    {
        let Some(del) = d.entity else { continue };
        if let Some((j, trigger_end)) = led_by(s, k) {
            // "was led by Iwasaki and Minister of Defense Shun Kitamura": both lead.
            for j in std::iter::once(j).chain(co_leader(s, j)) {
                let Some(person) = m[j].entity else { continue };
                let confidence = if m[j].indirect { 0.75 } else { 0.9 };
                out.link(
                    Relation::Leads,
                    person,
                    del,
                    None,
                    s.modality(d.start, trigger_end),
                    confidence,
                    "visits/led-by",
                );
            }
        }
        // "X, who led Jamaica's delegation": a possessive country between.
        let owner = k.checked_sub(1).filter(|&o| {
            m[o].is_kind(&[
                EntityKind::Country,
                EntityKind::Organization,
                EntityKind::Agency,
            ]) && super::POSSESSIVE_GAP.is_match(s.gap(&m[o], d))
        });
        let (before, next) = match owner {
            Some(o) => (o.checked_sub(1), &m[o]),
            None => (k.checked_sub(1), d),
        };
        // "X, Speaker of the Mazhilis, led a delegation": the person before an aside.
        let before_aside = || {
            m[..k]
                .iter()
                .rev()
                .find(|p| p.is_kind(&[EntityKind::Person]))
                // (A person may end inside the delegation's premodifiers: no aside then.)
                .filter(|p| {
                    s.text
                        .get(p.end..next.start)
                        .is_some_and(|gap| LEADS_AFTER_ASIDE.is_match(gap))
                })
        };
        if let Some(p) = before
            .map(|p| &m[p])
            .filter(|p| {
                (p.is_kind(&[EntityKind::Person])
                    || matches!(p.kind, MentionKind::Pronoun(Pronoun::Person)))
                    && LEADS.is_match(s.gap(p, next))
            })
            .or_else(before_aside)
            && let Some(person) = p.entity
        {
            out.link(
                Relation::Leads,
                person,
                del,
                None,
                s.modality(p.start, d.end),
                0.85,
                "visits/person-leads",
            );
        }
        // "X arrived … at the head of a … delegation": the sentence's first person leads it.
        if let Some(head_of) = HEAD_OF.find(&s.text[..d.start])
            && let Some(person) = relative_subject(s, head_of.start())
                .or_else(|| m[..k].iter().find(|p| p.is_kind(&[EntityKind::Person])))
                .and_then(|p| p.entity)
        {
            out.link(
                Relation::Leads,
                person,
                del,
                None,
                s.modality(0, d.end),
                0.75,
                "visits/at-the-head-of",
            );
        }
    }
    // visits
    let mut joined = None;
    // The visitor of a country named in this sentence, the country, and the visit's date and
    // modality.
    let mut in_visited_country: Option<(
        usize,
        usize,
        Option<super::dates::FuzzyDate>,
        super::Modality,
    )> = None;
    for (k, g) in m.iter().enumerate() {
        if !g.is_kind(&[EntityKind::Country, EntityKind::Place]) || g.demonym {
            continue;
        }
        let Some(place) = g.entity else { continue };
        let before = &s.text[..g.start];
        // A delegation somewhere is on a visit there: "the delegation was in Washington".
        let stay = || {
            if !may_stay(before) {
                return None;
            }
            STAY.find(before).filter(|found| {
                ON_VISIT.is_match(&s.text[g.end..])
                    || delegation.is_some_and(|d| {
                        s.text
                            .get(d.end..found.start())
                            .is_some_and(|gap| gap.trim().is_empty())
                            && !d.indirect
                            || s.text[..found.start()].trim_end().ends_with("delegation")
                    })
            })
        };
        // "a visit to Canada and the United States": a place joined to a visited one.
        if let Some((subject, date, modality, confidence)) = joined
            .filter(|&(_, j)| k == j + 1 && JOINED_PLACE.is_match(s.gap(&m[j], g)))
            .map(|(fact, _)| fact)
        {
            out.link(
                Relation::Visits,
                subject,
                place,
                date,
                modality,
                confidence,
                "visits/joined-place",
            );
            joined = Some(((subject, date, modality, confidence), k));
            continue;
        }
        let Some(verb) = find_visit_verb(before)
            .or_else(stay)
            .or_else(|| delegation_aside_to(before))
        else {
            // "… last visited Chile in April, when he met X in Santiago": a city of the country
            // the sentence's visitor visited is visited too.
            if let Some((subject, country, date, modality)) = in_visited_country
                && before.ends_with(" in ")
                && register.entities[place].kind == EntityKind::Place
                && register.entities[place].country.as_deref()
                    == Some(register.entities[country].label.as_str())
            {
                out.link(
                    Relation::Visits,
                    subject,
                    place,
                    date,
                    modality,
                    0.7,
                    "visits/city-of-visited-country",
                );
            }
            continue;
        };
        let noun = VISIT_NOUN.is_match(before);
        // Who: "X's visit to", else the sentence's delegation, else its first person.
        let possessor = noun
            .then(|| {
                let verb_start = verb.start();
                m[..k]
                    .iter()
                    .rev()
                    .find(|p| p.end <= verb_start && POSSESSOR.is_match(&s.text[p.end..verb_start]))
            })
            .flatten()
            .filter(|p| {
                p.is_kind(&[EntityKind::Person, EntityKind::Delegation])
                    || matches!(p.kind, MentionKind::Pronoun(_))
            });
        // "a trip to PLACE (DATE) by PERSON": the visitor follows.
        let by_visitor = || {
            noun.then(|| {
                m[k + 1..].iter().find(|p| {
                    p.is_kind(&[EntityKind::Person])
                        && s.text
                            .get(g.end..p.start)
                            .is_some_and(|gap| BY_VISITOR.is_match(gap))
                })
            })
            .flatten()
        };
        // "X greets Y on her arrival at … in Luanda": the arrival is of the person named last
        // (unless the verb is passive: "Y is greeted by X on his arrival").
        let arriving = || {
            if !verb.as_str().starts_with("arrival")
                || !ON_ARRIVAL.is_match(&before[..verb.start()])
            {
                return None;
            }
            let mut people = m[..k]
                .iter()
                .rev()
                .filter(|p| p.end <= verb.start() && p.is_kind(&[EntityKind::Person]));
            let last = people.next()?;
            let from = people.next().map_or(0, |p| p.end);
            (!s.text[from..last.start].contains(" by ")).then_some(last)
        };
        let group = group_subject(s, register, verb.start());
        let subject = possessor
            .or_else(arriving)
            .or_else(by_visitor)
            .or_else(|| relative_subject(s, verb.start()))
            .or_else(|| leader_of_aside(s, delegation, verb.start()))
            .or_else(|| {
                delegation.filter(|d| {
                    d.start < verb.start() || before[verb.start()..].starts_with("delegation")
                })
            })
            // "The committee travelled to Ottawa": a body right before the verb travels ("Chair
            // of the Committee visits Georgia": not when it names whose officer travels).
            .or_else(|| {
                let officer_of = |i: usize| {
                    i.checked_sub(1).is_some_and(|t| {
                        matches!(m[t].kind, MentionKind::Role(_))
                            && matches!(s.gap(&m[t], &m[i]), " of " | " of the ")
                    })
                };
                (0..k)
                    .rev()
                    .find(|&i| {
                        !noun
                            && m[i].is_kind(&[EntityKind::Organization, EntityKind::Agency])
                            && s.text
                                .get(m[i].end..verb.start())
                                .is_some_and(|gap| gap.trim().is_empty())
                            && !officer_of(i)
                    })
                    .map(|i| &m[i])
            })
            .or_else(|| {
                // "After Ruiz spoke, the group flew to …": the group travels, not Ruiz.
                // ("At the invitation of X, Y paid a visit": the host does not.)
                m[..k].iter().find(|p| {
                    group.is_none()
                        && p.start < verb.start()
                        && !super::without_honorifics(&s.text[..p.start])
                            .trim_end()
                            .ends_with("invitation of")
                        && (p.is_kind(&[EntityKind::Person])
                            || matches!(
                                p.kind,
                                MentionKind::Pronoun(super::mentions::Pronoun::Person)
                            ))
                })
            });
        let (subject, subject_start) = match subject {
            Some(p) => match p.entity {
                Some(e) => (e, p.start),
                None => continue,
            },
            None => match group {
                Some(found) => found,
                None => continue,
            },
        };
        if !matches!(
            register.entities[subject].kind,
            EntityKind::Person
                | EntityKind::Delegation
                | EntityKind::Organization
                | EntityKind::Agency
        ) {
            continue;
        }
        let modality = s.modality(subject_start.min(verb.start()), g.end);
        let confidence = if noun { 0.75 } else { 0.85 };
        let date = s.date_near(verb.start());
        let mut visitors = vec![subject];
        if !noun {
            // "A travelled to X on Thursday with Foreign Minister B": the companion goes too.
            let companion = WITH_COMPANION.find(&s.text[g.end..]).and_then(|with| {
                let at = g.end + with.end();
                let first = m[k + 1..].iter().position(|x| x.start == at)?;
                title_then_person(s, k + 1 + first)
            });
            // "Minister A and Minister B visited X": the person joined to the visitor goes too.
            let joined_visitor = m
                .iter()
                .position(|p| {
                    p.start == subject_start
                        && p.entity == Some(subject)
                        && p.is_kind(&[EntityKind::Person])
                })
                .and_then(|first| co_leader(s, first))
                .filter(|&b| m[b].end <= verb.start());
            visitors.extend(
                [companion, joined_visitor]
                    .into_iter()
                    .flatten()
                    .filter_map(|q| m[q].entity)
                    .filter(|&p| p != subject),
            );
        }
        for visitor in visitors {
            out.link(
                Relation::Visits,
                visitor,
                place,
                date,
                modality,
                confidence,
                "visits/visit-verb",
            );
        }
        if register.entities[place].kind == EntityKind::Country {
            in_visited_country = Some((subject, place, date, modality));
        }
        joined = Some(((subject, date, modality, confidence), k));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The word starts are the letters after a byte of no word, as first tested.
        #[test]
        fn word_starts_are_letters_after_no_word(text in r"[a-zA-Z0-9_ .,;(\-\u{e9}]{0,24}") {
            let bytes = text.as_bytes();
            let expected: Vec<usize> = (0..bytes.len())
                .filter(|&i| {
                    bytes[i].is_ascii_alphabetic()
                        && (i == 0
                            || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_'))
                })
                .collect();
            proptest::prop_assert_eq!(letter_word_starts(bytes, 0).collect::<Vec<_>>(), expected);
        }

        /// Every text a STAY match ends passes `may_stay`.
        #[test]
        fn may_stay_wherever_stay_matches(
            text in "(?:x|is|had)?[ \t\u{a0}]?(?:was|is|been|x|this)?[ \t\u{a0}]{0,2}(?:now|snow|currently)?[ \u{a0}]{0,2}(?:in|lathe|x)?[ \u{a0}]{0,2}(?:the)?[ \u{a0}]{0,2}"
        ) {
            proptest::prop_assert!(!STAY.is_match(&text) || may_stay(&text), "{:?}", text);
        }
    }

    #[test]
    fn may_stay_takes_a_form_of_be_before_in() {
        for text in [
            "He was in ",
            "they are now in the ",
            "had been\u{a0}already in  ",
        ] {
            assert!(STAY.is_match(text) && may_stay(text), "{text:?}");
        }
        for text in [
            "He met her in ",
            "a talk in the ",
            "He was in",
            "was inthe ",
        ] {
            assert!(!may_stay(text), "{text:?}");
        }
    }

    #[test]
    fn article_verbs_serve_a_sentence_unless_one_crosses_its_edge() {
        let text = "She flew to Oslo. They landed in Kaesong.";
        let verbs = TravelVerbs::new(text);
        let second: Vec<_> = verbs
            .in_sentence(18..text.len())
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(second, vec![5..11]);
        // A sentence starting inside "landed" is searched on its own.
        assert!(verbs.in_sentence(25..text.len()).is_none());
        assert!(verbs.in_sentence(0..20).is_some());
        assert!(verbs.in_sentence(0..26).is_none());
    }
}
