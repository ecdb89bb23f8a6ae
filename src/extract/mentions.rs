//! Mentions: the entities, role titles and pronouns of one sentence, and the document's register
//! of the entities they refer to (within-document coreference).
//!
//! ## Pattern
//! A sentence is cut into runs of capitalised words (with `of`, `for`, `on`, `the`, `de`, `al`,
//! `bin` inside). Each run is split at role titles and possessives, and each piece is classified:
//! a gazetteer name (country, demonym, capital, place, agency, organisation); an organisation when
//! it ends in an organisation head word ("… University") or starts with one followed by `of`
//! ("Ministry of Culture"); a treaty when it ends in a treaty word; a person when it is two to five
//! name-like words; a surname or given name alone when it repeats a person named earlier in the
//! article. Lower-case role titles, delegations, definite descriptions ("the ministry",
//! "university president") and pronouns are mentions too.

use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;
use std::rc::Rc;
use std::sync::LazyLock;

use super::roles::pattern;
use super::text::{Token, lowercase, tokens_into};
use super::{Entity, EntityKind};
use crate::entity::shared_key;
use crate::gazetteer::{GAZETTEER, Hit};

/// True for a title modifier kept as part of the role ("deputy foreign minister"), ignoring
/// ASCII case. Asked for nearly every word, so it is one `match` on a lowered stack copy.
fn is_role_modifier(word: &str) -> bool {
    // No modifier is longer than "presidential"; longer words need no comparison.
    let mut buf = [0u8; 12];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"vice"
            | b"deputy"
            | b"first"
            | b"acting"
            | b"former"
            | b"senior"
            | b"assistant"
            | b"interim"
            | b"executive"
            | b"principal"
            | b"chief"
            | b"associate"
            | b"joint"
            | b"special"
            | b"lead"
            | b"second"
            | b"third"
            | b"presidential"
            | b"coordinating"
    )
}

/// Capitalised words naming a government portfolio, part of the title that follows them.
const PORTFOLIO_WORDS: &[&str] = &[
    "Foreign",
    "Affairs",
    "Defence",
    "Defense",
    "Trade",
    "Finance",
    "Interior",
    "Justice",
    "Culture",
    "Economy",
    "Economic",
    "Security",
    "Home",
    "Cabinet",
    "Health",
    "Education",
    "Energy",
    "Transport",
    "Agriculture",
    "Industry",
    "Labour",
    "Labor",
    "Information",
    "Environment",
    "Science",
    "Technology",
    "Tourism",
    "Commerce",
    "Maritime",
    "Fisheries",
    "Unification",
    "Public",
    "Social",
    "Development",
    "Planning",
    "Digital",
    "Communications",
    "Veterans",
    "Intelligence",
    "Infrastructure",
    "Mines",
    "Oil",
    "Water",
    "Housing",
    "Youth",
    "Sports",
    "Women",
    "Immigration",
    "Customs",
    "Treasury",
];

/// Adjectives that may stand between an article and a title without being part of it.
const TITLE_NOUN_STOP: &[&str] = &[
    "new",
    "close",
    "top",
    "longtime",
    "current",
    "incumbent",
    "then",
    "prestigious",
    "powerful",
    "influential",
    "outspoken",
    "veteran",
    "key",
    "leading",
    "well-known",
    "retired",
    "young",
    "local",
    "national",
    "regional",
    "provincial",
    "military",
    "civilian",
    "elected",
    // Still in post, but leaving or arriving: "the outgoing director-general" is one.
    "outgoing",
    "incoming",
    "sitting",
    "retiring",
];

/// Capitalised words that start sentences or headings but are not names.
const COMMON_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "for",
    "from",
    "to",
    "of",
    "with",
    "by",
    "after",
    "before",
    "as",
    "but",
    "and",
    "or",
    "if",
    "when",
    "while",
    "meanwhile",
    "however",
    "also",
    "both",
    "all",
    "some",
    "many",
    "most",
    "more",
    "other",
    "another",
    "such",
    "its",
    "his",
    "her",
    "their",
    "our",
    // A speech's salutations: "Your Excellency, …", "Dear Azamat, …".
    "your",
    "dear",
    "we",
    "they",
    "he",
    "she",
    "it",
    "i",
    "you",
    "there",
    "here",
    "what",
    "which",
    "who",
    "why",
    "how",
    "no",
    "not",
    "new",
    "first",
    "last",
    "next",
    "state",
    "national",
    "international",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "according",
    "related",
    "article",
    "news",
    "home",
    "people",
    "military",
    "government",
    "foreign",
    "defense",
    "defence",
    "official",
    "officials",
    "report",
    "media",
    "press",
    "world",
    "global",
    "region",
    "city",
    "country",
    "day",
    "week",
    "month",
    "year",
    "general",
    "senior",
    "top",
    "chief",
    "deputy",
    "vice",
    "supreme",
    "joint",
    "united",
    "nations",
    "security",
    "photo",
    "video",
    "read",
    "update",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "editorial",
    "comment",
    "comments",
    "link",
    "copied",
    "expanded",
    "coverage",
    "standards",
    "board",
    "policy",
    "help",
    "image",
    "social",
    "icon",
    "data",
    "flight",
    "radar",
    "portraits",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "statement",
    "source",
    "sources",
    "earlier",
    "later",
    "today",
    "yesterday",
    "despite",
    "during",
    "under",
    "over",
    "since",
    "until",
    "between",
    "against",
    "among",
    "without",
    "within",
    "about",
    "above",
    "below",
    "per",
    "via",
    "mr",
    "mrs",
    "ms",
    "dr",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "said",
    "says",
    "told",
    "added",
    "asked",
    "closer",
    "cooperation",
    "likely",
    "modernizing",
    "translated",
    "edited",
    "sanctions",
    "treaty",
    "summit",
    "talks",
    "war",
    "peace",
    "economic",
    "trade",
    "bilateral",
    "ministry",
    "minister",
    "president",
    "leader",
    "delegation",
    "embassy",
    "army",
    "navy",
    "force",
    "forces",
    "party",
    "committee",
    "council",
    "agency",
    "office",
    "department",
    "group",
    "company",
    "university",
    "academy",
    "institute",
    "center",
    "centre",
    "station",
    "airport",
    "square",
    "street",
    "hall",
    "house",
    "palace",
    "hill",
    "river",
    "sea",
    "island",
    "peninsula",
    "province",
    "battle",
    "operation",
    "games",
    "olympics",
    "festival",
    "forum",
    "conference",
    "award",
    "prize",
    "crisis",
    "act",
    "law",
    "resolution",
    "declaration",
    "program",
    "programme",
    "project",
    "initiative",
    "exercise",
    "plan",
    "metro",
    "line",
    "road",
    "bridge",
    "tower",
    "building",
    "museum",
    "theatre",
    "theater",
    "grand",
    "international",
    "republic",
    "kingdom",
    "democratic",
    "islamic",
    "federal",
    "royal",
];

/// Words that make a capitalised phrase a place or an event rather than a person.
const NON_PERSON_HEADS: &[&str] = &[
    "Station",
    "Airport",
    "Square",
    "Street",
    "Avenue",
    "Road",
    "Palace",
    "Hill",
    "Hills",
    "Mountain",
    "Mount",
    "River",
    "Sea",
    "Island",
    "Islands",
    "Peninsula",
    "Province",
    "Region",
    "Oblast",
    "District",
    "County",
    "Valley",
    "Bay",
    "Strait",
    "Gulf",
    "Ocean",
    "Tower",
    "Building",
    "Metro",
    "Line",
    "Battle",
    "War",
    "Operation",
    "Games",
    "Olympics",
    "Festival",
    "Forum",
    "Conference",
    "Summit",
    "Meeting",
    "Dialogue",
    "Talks",
    "Consultations",
    "Ceremony",
    "Symposium",
    "Seminar",
    "Workshop",
    "Exhibition",
    "Expo",
    "Award",
    "Prize",
    "Crisis",
    "Act",
    "Law",
    "Resolution",
    "Program",
    "Programme",
    "Project",
    "Initiative",
    "Exercise",
    "Drill",
    "Plan",
    "Day",
    "Week",
    "Cup",
    "Zone",
    "Base",
    "Stadium",
    "Cathedral",
    "Mosque",
    "Temple",
    "Prison",
    "Canal",
    "Desert",
    "Front",
    "Transport",
    "Corridor",
    "Highway",
    "Waterway",
    // Plural titles name a group: "Japan-Poland Foreign Ministers' Meeting".
    "Ministers",
    "Leaders",
    "Presidents",
    "Ambassadors",
    "Envoys",
    "Officials",
    "Railway",
    "Pipeline",
    "Port",
    "Bridge",
    "Dam",
    // "Partner State", "Member States": a place in a body.
    "State",
    "States",
    // Venues: "the Tamarind Hotel" is where a meeting is, never who meets.
    "Hotel",
    "Museum",
    "Centre",
    "Center",
    "Residence",
    "Pavilion",
    "Auditorium",
    "Headquarters",
    "Guesthouse",
];

/// [`NON_PERSON_HEADS`] as a set: asked twice for nearly every name, a scan of the list cost
/// more than the rest of the test.
static NON_PERSON_HEAD_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| NON_PERSON_HEADS.iter().copied().collect());

/// Last words of a treaty's name (a `match`, not a list's scan: asked for most words of every
/// name, an out-of-line scan of a list cost more than the name's other tests).
pub fn is_treaty_head(word: &str) -> bool {
    matches!(
        word,
        "Treaty"
            | "Pact"
            | "Agreement"
            | "Accord"
            | "Accords"
            | "Convention"
            | "Protocol"
            | "Memorandum"
            | "Declaration"
            | "Charter"
            | "Communique"
            | "Communiqu\u{e9}"
            | "Roadmap"
            | "Plan"
            | "Statute"
            | "Arrangement"
            | "Compact"
            | "Covenant"
            // ("the Partnership for Peace Framework Document", "the Vienna Document".)
            | "Document"
    )
}

/// A word that starts a treaty's name: a treaty's head, or a programme ("the Programme of
/// Cooperation between …"; a programme is no treaty as its name's last word: "World Food
/// Programme").
pub fn is_treaty_first_word(word: &str) -> bool {
    is_treaty_head(word) || matches!(word, "Programme" | "Program")
}

// Between a title and the body it serves: "head of", "director at the".
pattern!(TITLE_OF, r"^\s+(?:of|at|for)\s+(?:the\s+)?$");

/// Connectors allowed inside a capitalised name (a `match`, as [`is_treaty_head`] is).
fn is_name_connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "for"
            | "on"
            | "the"
            | "de"
            | "del"
            | "da"
            | "do"
            | "dos"
            | "das"
            | "al"
            | "bin"
            | "ibn"
            | "van"
            | "von"
            | "der"
            | "la"
            | "le"
            | "du"
    )
}

/// Verbs of headlines written in title case: never part of a name. ("Heads", "Tours" and
/// "Sanctions" are left out: they are in names.)
const HEADLINE_VERBS: &[&str] = &[
    "Meets",
    "Signs",
    "Visits",
    "Concludes",
    "Holds",
    "Receives",
    "Hosts",
    "Arrives",
    "Begins",
    "Calls",
    "Says",
    "Urges",
    "Warns",
    "Seeks",
    "Vows",
    "Pledges",
    "Discusses",
    "Welcomes",
    "Appoints",
    "Adds",
    "Imposes",
    "Designates",
    "Lifts",
    "Extends",
    "Leads",
    "Opens",
    "Launches",
    "Condemns",
    "Rejects",
    "Denies",
    "Agrees",
    "Wraps",
    "Ends",
    "Starts",
    "Confers",
    "Inks",
];

/// Whether `word` is one of [`HEADLINE_VERBS`]: asked for every word of every capitalised run,
/// most are settled by their last byte (as a set of ASCII bytes); the rest (most plurals end
/// in `s`, as the verbs do) by a set, not a scan of the list.
fn is_headline_verb(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| HEADLINE_VERBS.iter().copied().collect());
    const LAST_BYTES: u128 = {
        let mut set = 0;
        let mut k = 0;
        while k < HEADLINE_VERBS.len() {
            let verb = HEADLINE_VERBS[k].as_bytes();
            set |= 1 << verb[verb.len() - 1];
            k += 1;
        }
        set
    };
    word.as_bytes()
        .last()
        .is_some_and(|&b| b < 128 && LAST_BYTES >> b & 1 == 1)
        && SET.contains(word)
}

/// Suffixes after a hyphen that make a capitalised word a modifier ("U.S.-based").
const MODIFIER_SUFFIXES: &[&str] = &[
    "based",
    "led",
    "backed",
    "owned",
    "made",
    "run",
    "born",
    "linked",
    "affiliated",
    "controlled",
    "funded",
    "sponsored",
    "style",
    "era",
    "level",
    "class",
    "type",
    "related",
    "bound",
    "flagged",
    "registered",
    "headquartered",
    "incorporated",
];

/// Who a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he, him, his, she, her
    Person,
    /// it, its
    Thing,
    /// they, them, their
    Plural,
    /// I, me, my: whoever speaks in an interview's answers or a minister's release
    Speaker,
}

#[derive(Debug, Clone, PartialEq)]
pub enum MentionKind {
    Entity(EntityKind),
    /// A role title, lower case, with its modifiers ("deputy foreign minister").
    Role(String),
    Pronoun(Pronoun),
}

/// Something a sentence refers to, in byte offsets of the sentence.
#[derive(Debug, Clone)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
    /// The document entity, for entity mentions (and resolved pronouns).
    pub entity: Option<usize>,
    /// A demonym ("North Korean") rather than the country's name.
    pub demonym: bool,
    /// Resolved from a definite description or a lone surname, not a full name.
    pub indirect: bool,
}

impl Mention {
    pub fn is_kind(&self, kinds: &[EntityKind]) -> bool {
        matches!(&self.kind, MentionKind::Entity(k) if kinds.contains(k))
    }
}

/// The entities of one document, with how recently each was mentioned.
pub struct Register {
    pub entities: Vec<Entity>,
    /// Entity by key. (The keys shared with the thread's cache of keys: no copy of each.)
    index: FxHashMap<(EntityKind, Rc<str>), usize>,
    last_seen: Vec<usize>,
    clock: usize,
    /// Short names the article introduced ("… Coast Guard (PCG)"), to their entity.
    pub stated: FxHashMap<String, usize>,
    /// Name -> entity, per kind, for names resolved through `index` (whose entries never
    /// change): a repeated name costs one lookup by `&str`, no key and no allocation. (The
    /// names shared with the thread's cache of keys, as `index`'s keys are.)
    /// (One map a kind, indexed by it: a map by kind hashed the kind for every name.)
    ids: [FxHashMap<Rc<str>, usize>; 7],
    /// The body this article has shown imposing sanctions, for designation lists that do not
    /// repeat it.
    pub sanctioning: Option<usize>,
    /// The article's persons, each with its name as last read into [`NameParts`] (the parts
    /// of that name): a lone word is tested against every person, and walking all entities
    /// and finding each name's parts anew for each word cost more than the tests.
    persons: Vec<(usize, String, Option<NameParts>)>,
    /// The entities already looked at for `persons`.
    persons_scanned: usize,
}

impl Default for Register {
    /// Sized for an article's entities: growing from empty rehashed every name key a few
    /// times per article.
    fn default() -> Self {
        const ENTITIES: usize = 64;
        Self {
            entities: Vec::with_capacity(ENTITIES),
            index: FxHashMap::with_capacity_and_hasher(ENTITIES, Default::default()),
            last_seen: Vec::with_capacity(ENTITIES),
            clock: 0,
            stated: FxHashMap::default(),
            ids: Default::default(),
            sanctioning: None,
            persons: Vec::new(),
            persons_scanned: 0,
        }
    }
}

impl Register {
    /// The entity of `kind` named `surface` (or `canonical` when a gazetteer knows it), created
    /// on first mention; every surface form is kept as an alias.
    pub fn add(&mut self, kind: EntityKind, surface: &str, canonical: Option<&str>) -> usize {
        let name = canonical.unwrap_or(surface);
        let resolved = self.ids[kind as usize].get(name).copied();
        let id = match resolved {
            Some(id) => id,
            None => match self.resolve(kind, name, surface, canonical) {
                Ok((id, name)) => {
                    let ids = &mut self.ids[kind as usize];
                    // (Sized for a kind's names in an article: growing rehashed them.)
                    if ids.capacity() == 0 {
                        ids.reserve(16);
                    }
                    ids.insert(name, id);
                    id
                }
                // "Konstantin Andreyevich Belyakov" is the article's "Konstantin A. Belyakov".
                Err(id) => {
                    if surface.len() > self.entities[id].label.len() {
                        self.entities[id].label = surface.to_owned();
                    }
                    self.entities[id].aliases.insert(surface.to_owned());
                    self.touch(id);
                    return id;
                }
            },
        };
        let entity = &mut self.entities[id];
        // A person, or a body, goes by its fullest spelling in the article ("Security Council
        // Committee established pursuant to resolution 1718 (2006)", not the headline's "1718
        // Sanctions Committee").
        let fuller = match kind {
            EntityKind::Person => canonical.is_none(),
            EntityKind::Agency | EntityKind::Organization => true,
            _ => false,
        };
        if fuller && surface.len() > entity.label.len() {
            entity.label = surface.to_owned();
        }
        // Most mentions repeat a spelling already kept: copy the name only when it is new.
        if !entity.aliases.contains(surface) {
            entity.aliases.insert(surface.to_owned());
        }
        self.touch(id);
        id
    }

    /// The entity `name` keys to, created when new (`Ok`, with the name as the cache of keys
    /// shares it), or else a person it may abbreviate (`Err`: a guess, so not remembered for
    /// the name).
    fn resolve(
        &mut self,
        kind: EntityKind,
        name: &str,
        surface: &str,
        canonical: Option<&str>,
    ) -> Result<(usize, Rc<str>), usize> {
        // Keys are costly (romanisation folding): made once per name and thread.
        let (shared_name, key) = shared_key(kind, name);
        let probe = (kind, key);
        if let Some(&id) = self.index.get(&probe) {
            return Ok((id, shared_name));
        }
        // "the Committee": a lone head word stands for the body last named with it.
        if matches!(kind, EntityKind::Agency | EntityKind::Organization)
            && canonical.is_none()
            && GAZETTEER.org_heads.contains_key(surface)
            && let Some(id) = self.most_recent(|e| {
                matches!(e.kind, EntityKind::Agency | EntityKind::Organization)
                    && e.label.len() > surface.len()
                    && e.label.split(' ').any(|w| w == surface)
                    // "Chair of the Committee" is a part of it, not the body.
                    && !e.label.strip_suffix(surface).is_some_and(|r| r.ends_with(" the "))
            })
        {
            return Err(id);
        }
        if kind == EntityKind::Person
            && canonical.is_none()
            && let Some(id) = self
                .same_person_by_initials(surface)
                .or_else(|| self.same_person_by_surnames(surface))
        {
            return Err(id);
        }
        let (kind, key) = probe;
        let id = self.entities.len();
        // Bodies keep the article's own spelling; countries and places their name, unless the
        // article spells that name with its accents ("Bogotá" for "Bogota").
        let label = if matches!(kind, EntityKind::Country | EntityKind::Place)
            && surface != name
            && shared_key(kind, surface).1 != key
        {
            name
        } else {
            surface
        };
        self.entities
            .push(Entity::new(kind, String::from(&*key), label.to_owned()));
        self.last_seen.push(0);
        self.index.insert((kind, key), id);
        Ok((id, shared_name))
    }

    /// A person of this article whose name differs from `surface` only by initials standing
    /// for middle names, or by a middle name the earlier mention left out.
    fn same_person_by_initials(&self, surface: &str) -> Option<usize> {
        // Most names are two words: settled before their words are lowered and collected.
        surface.split_whitespace().nth(2)?;
        let words = |s: &str| -> Vec<String> {
            s.split_whitespace()
                .map(|w| w.trim_end_matches('.').to_lowercase())
                .collect()
        };
        let new = words(surface);
        if new.len() < 3 {
            return None;
        }
        let fits = |a: &str, b: &str| {
            a == b
                || (a.chars().count() == 1 && b.starts_with(a))
                || (b.chars().count() == 1 && a.starts_with(b))
        };
        self.entities.iter().position(|e| {
            if e.kind != EntityKind::Person {
                return false;
            }
            let old = words(&e.label);
            // "Bakyt Omurzakov", then "Bakyt Sultanovich Omurzakov": a middle name added.
            (old.len() == 2 && new.len() == 3 && old[0] == new[0] && old[1] == new[2])
                || old.len() == new.len()
                    && old.first() == new.first()
                    && old.last() == new.last()
                    && old.iter().zip(&new).all(|(a, b)| fits(a, b))
        })
    }

    /// "Marroquín Batz", "Al Ketbi" after "Julia Marroquín Batz", "Hamad Al Ketbi": the last
    /// words of the latest person named in full (two surnames, or one with its particle).
    fn same_person_by_surnames(&self, surface: &str) -> Option<usize> {
        if surface.split_whitespace().count() < 2 {
            return None;
        }
        self.most_recent(|e| {
            e.kind == EntityKind::Person
                && e.label.len() > surface.len()
                && e.label.ends_with(surface)
                && e.label[..e.label.len() - surface.len()].ends_with(' ')
        })
    }

    pub fn touch(&mut self, id: usize) {
        self.clock += 1;
        self.last_seen[id] = self.clock;
    }

    /// The most recently mentioned entity that satisfies `pred`.
    pub fn most_recent(&self, pred: impl Fn(&Entity) -> bool) -> Option<usize> {
        (0..self.entities.len())
            .filter(|&i| self.last_seen[i] > 0 && pred(&self.entities[i]))
            .max_by_key(|&i| self.last_seen[i])
    }

    /// A person named earlier whose first or last name is `word` ("Ivanov", "Park", "Tran").
    ///
    /// (What [`most_recent`](Self::most_recent) finds of the persons whose [`NameParts`] hold
    /// the word, with each name's parts kept while its label stays as it was.)
    fn person_by_part(&mut self, word: &str) -> Option<usize> {
        let Self {
            entities,
            last_seen,
            persons,
            persons_scanned,
            ..
        } = self;
        // (Entities are only added, and keep their kind.)
        for (i, e) in entities.iter().enumerate().skip(*persons_scanned) {
            if e.kind == EntityKind::Person {
                persons.push((i, String::new(), None));
            }
        }
        *persons_scanned = entities.len();
        let mut found: Option<usize> = None;
        for (i, read, parts) in persons.iter_mut() {
            let (i, label) = (*i, &entities[*i].label);
            if last_seen[i] == 0 {
                continue;
            }
            // (`parts` are always those of `read`: the empty name has none.)
            if read != label {
                read.clone_from(label);
                *parts = NameParts::of(label);
            }
            if parts.as_ref().is_some_and(|p| p.names(label, word))
                && found.is_none_or(|f| last_seen[i] > last_seen[f])
            {
                found = Some(i);
            }
        }
        found
    }
}

/// Whether the person's name `label` has `word` as a part ([`NameParts`]), in one call: the
/// plain test the kept parts of [`Register::person_by_part`] are checked against.
#[cfg(test)]
fn names_by_part(label: &str, word: &str) -> bool {
    NameParts::of(label).is_some_and(|parts| parts.names(label, word))
}

/// The parts of a person's name, of two words or more, that a lone word may be, as byte ranges
/// of the name: its first or last part at spaces and hyphens, or its last word; in a name of
/// three words or more, the word before the last too ("María José Irarrázaval Undurraga" is
/// "Irarrázaval", "Elmer Quispe Valdivia" is "Quispe").
///
/// (The name's spaces and hyphens found in one pass over its bytes: a `memchr` call for each of
/// five searches cost more than the short name's bytes.)
#[derive(Clone)]
struct NameParts {
    /// Up to the first space or hyphen.
    first: Range<usize>,
    /// After the last space or hyphen.
    last: Range<usize>,
    /// After the last space.
    last_word: Range<usize>,
    /// The word before the last, in a name of three words or more.
    before_last: Option<Range<usize>>,
}

impl NameParts {
    /// The parts of `label`; `None` for a name of one word, which no part names.
    fn of(label: &str) -> Option<Self> {
        // "Paul Brennan Jr." is "Brennan" later: a generational suffix is no part.
        let stripped = [" Jr.", " Jr", " Sr.", " Sr", " III", " II", " IV"]
            .iter()
            .find_map(|s| label.strip_suffix(s));
        let name = stripped.unwrap_or(label);
        let (mut first_cut, mut last_cut) = (None, None);
        let (mut last_space, mut space_before) = (None, None);
        for (i, &b) in name.as_bytes().iter().enumerate() {
            if matches!(b, b' ' | b'-') {
                first_cut = first_cut.or(Some(i));
                last_cut = Some(i);
                if b == b' ' {
                    space_before = last_space;
                    last_space = Some(i);
                }
            }
        }
        // (A suffix is cut at a space: a name that had one has two words.)
        if stripped.is_none() && last_space.is_none() {
            return None;
        }
        let after = |cut: Option<usize>| cut.map_or(0, |i| i + 1);
        Some(Self {
            first: 0..first_cut.unwrap_or(name.len()),
            last: after(last_cut)..name.len(),
            last_word: after(last_space)..name.len(),
            before_last: space_before.map(|before| before + 1..after(last_space) - 1),
        })
    }

    /// Whether `word` is one of the parts of `label` (the name these parts were found in).
    fn names(&self, label: &str, word: &str) -> bool {
        // A surname written in capitals ("KAWASE Tomohiro") is "Kawase" later.
        let same = |part: &str| {
            part == word
                || part.len() > 1
                    && !part.bytes().any(|b| b.is_ascii_lowercase())
                    && part.eq_ignore_ascii_case(word)
        };
        same(&label[self.first.clone()])
            || same(&label[self.last.clone()])
            || label[self.last_word.clone()] == *word
            || self
                .before_last
                .clone()
                .is_some_and(|before| label[before] == *word)
    }
}

#[inline(always)]
fn is_capitalised(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    // The last hyphen, found bytewise: `rsplit_once` set up a searcher for every word.
    match word.bytes().rposition(|b| b == b'-') {
        Some(hyphen) => !MODIFIER_SUFFIXES.contains(&&word[hyphen + 1..]),
        None => true,
    }
}

/// Arabic surnames with their article in lower case: "al-Zawi", "el-Sisi".
fn is_name_particle(word: &str) -> bool {
    // Every particle is two or three letters and a hyphen: most words fail this first.
    let bytes = word.as_bytes();
    if bytes.get(2) != Some(&b'-') && bytes.get(3) != Some(&b'-') {
        return false;
    }
    [
        "al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "an-", "ar-", "ul-", "ud-",
    ]
    .iter()
    .any(|p| {
        word.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

pub(crate) fn is_time_word(word: &str) -> bool {
    const WEEKDAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    WEEKDAYS.contains(&word) || super::dates::MONTH_NAMES.contains(&word)
}

/// A time word, or a month's abbreviation with its full stop ("Nov.", "Sept."; "Jan" and "Mar"
/// alone are names too).
fn is_time_at(sentence: &str, token: &Token) -> bool {
    let word = token.text();
    is_time_word(word)
        || sentence[token.end..].starts_with('.')
            && matches!(
                word,
                "Jan"
                    | "Feb"
                    | "Mar"
                    | "Apr"
                    | "Jun"
                    | "Jul"
                    | "Aug"
                    | "Sep"
                    | "Sept"
                    | "Oct"
                    | "Nov"
                    | "Dec"
            )
}

fn is_common(word: &str) -> bool {
    /// [`COMMON_WORDS`] as a set: asked for every capitalised word, a scan of ~300 is slow.
    /// (As bytes: the lowered copy is looked up as it is, without checking it is UTF-8 again.)
    static SET: LazyLock<FxHashSet<&'static [u8]>> =
        LazyLock::new(|| COMMON_WORDS.iter().map(|w| w.as_bytes()).collect());
    // The words are lower-case ASCII, so ASCII-lowering the word is the same test as
    // `eq_ignore_ascii_case`; a longer word than any of them is none of them.
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    SET.contains(&*lower)
}

/// True when `words` read as a person's name.
pub(crate) fn looks_like_person(words: &[&str]) -> bool {
    // Lower-case particles do not count: "Abdullah bin Jassim bin Faisal Al-Thani" is four
    // names long.
    const PARTICLES: &[&str] = &[
        "bin", "bint", "binti", "ibn", "ben", "al", "el", "de", "da", "do", "dos", "das", "di",
        "du", "del", "della", "van", "von", "der", "den", "ten", "ter", "la", "le", "y", "e",
        "ould", "ag", "zu",
    ];
    // (All lower case: a capitalised word, as most are, is none without the list's scan.)
    let is_particle = |w: &&str| {
        w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) && PARTICLES.contains(w)
    };
    let particles = words.iter().filter(|w| is_particle(w)).count();
    if !(2..=5).contains(&(words.len() - particles)) || words.len() > 8 {
        return false;
    }
    // Any other lower-case word is no part of a name: "Transfer of Defense Equipment".
    let lower_word = |w: &&str| w.bytes().all(|b| b.is_ascii_lowercase());
    if words.iter().any(|w| lower_word(w) && !is_particle(w)) {
        return false;
    }
    let all_caps = |w: &&str| !w.chars().any(char::is_lowercase);
    // Sanctions lists write surnames in capitals ("RYANG Song Chol"); a name all in capitals
    // is a heading, not a person.
    let mixed = !words.iter().all(all_caps);
    let name_like = |w: &&str| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let upper = w.chars().filter(|c| c.is_uppercase()).count();
        letters >= 1
            && (upper < letters || letters <= 2 || mixed)
            && !w.chars().any(|c| c.is_ascii_digit())
    };
    words.iter().all(name_like)
        // "Industry and Trade" (a portfolio list split off its title): names hold no "and".
        && !words.contains(&"and")
        && !words.iter().all(|w| is_common(w))
        // Heads come last ("Kaeson Station") or first ("Battle of …"); surnames such as Park
        // or Hall are not on the list.
        && ![words[0], words[words.len() - 1]]
            .iter()
            .any(|w| NON_PERSON_HEAD_SET.contains(w) || is_treaty_head(w))
        && !GAZETTEER
            .org_heads
            .contains_key(words.last().unwrap_or(&""))
        // ("Tamarind Assembly Hall": a body's head inside a name makes it a body's building.)
        && !words
            .get(1..words.len().saturating_sub(1))
            .is_some_and(|inner| inner.iter().any(|w| GAZETTEER.org_heads.contains_key(w)))
        && !is_common(words[0])
}

/// The buffers [`find_in`] fills for each sentence, kept across the sentences of an article:
/// allocating (and growing) them anew for each cost more than some of the rules.
#[derive(Default)]
pub struct Scratch<'s> {
    toks: Vec<Token<'s>>,
    name_hits: Vec<Hit>,
    role_hits: Vec<Hit>,
    /// A finished sentence's mentions, emptied, for the next sentence's (see
    /// [`Scratch::recycle`]).
    mentions: Vec<Mention>,
}

impl Scratch<'_> {
    /// Keeps the buffer of a sentence's mentions, once the rules are done with them, for the
    /// next sentence: most sentences have a few, and growing a new vector to hold them cost
    /// an allocation or two each.
    pub fn recycle(&mut self, mut mentions: Vec<Mention>) {
        mentions.clear();
        self.mentions = mentions;
    }
}

/// Finds the mentions of `sentence`, registering new entities in `register`.
pub fn find(sentence: &str, register: &mut Register) -> Vec<Mention> {
    find_in(sentence, register, &mut Scratch::default())
}

/// [`find`], with buffers kept from earlier sentences.
pub fn find_in<'s>(
    sentence: &'s str,
    register: &mut Register,
    scratch: &mut Scratch<'s>,
) -> Vec<Mention> {
    tokens_into(sentence, &mut scratch.toks);
    GAZETTEER.find_names_into(sentence, &mut scratch.name_hits);
    GAZETTEER.find_roles_into(sentence, &mut scratch.role_hits);
    let mut out = std::mem::take(&mut scratch.mentions);
    let Scratch {
        toks,
        name_hits,
        role_hits,
        ..
    } = scratch;
    let (toks, name_hits, role_hits) = (&toks[..], &name_hits[..], &role_hits[..]);
    // Few sentences open as a sanctions list's item does: one look at the start settles
    // whether their words need [`inverted_name`]'s test.
    let list_item = opens_like_list_item(sentence);
    let mut i = 0;
    // The first name hit not before token `i`: `i` only moves on, so a cursor finds the hit
    // at each word, not a binary search.
    let mut next_name = 0;
    while i < toks.len() {
        let word = toks[i].text();
        if toks[i].possessive {
            i += 1;
            continue;
        }
        // Most words are lower case, and neither a treaty's head, a capitalised name nor a
        // number starts with a lower-case letter: their tests are skipped for them.
        let lower = word.as_bytes()[0].is_ascii_lowercase();
        while name_hits
            .get(next_name)
            .is_some_and(|h| h.start < toks[i].start)
        {
            next_name += 1;
        }
        // "- PETRAKOU, Ivan Sergeevich (…), Deputy Head of …": a sanctions list's item.
        if list_item
            && !lower
            && let Some(next) = inverted_name(sentence, toks, i, register, &mut out)
        {
            i = next;
            continue;
        }
        let name_here = name_hits
            .get(next_name)
            .filter(|h| h.start == toks[i].start);
        // The capitalised run from here, asked for a name hit and again to read the run:
        // found once.
        let run = OnceCell::new();
        let run_end_here = || *run.get_or_init(|| run_end(sentence, toks, i));
        // A gazetteer name spelt with a possessive ("Russia's Security Council") or across a
        // comma ("Ministry of Economy, Trade and Industry") is one mention.
        // Hits do not overlap, so at most one starts here; they come sorted by start.
        if let Some(hit) = name_here.filter(|h| {
            toks[i..]
                .iter()
                .take_while(|t| t.end <= h.end)
                .any(|t| t.possessive)
                || (is_capitalised(word) && toks[run_end_here() - 1].end < h.end)
        }) {
            let known = &GAZETTEER.known[hit.id];
            let id = register.add(
                known.kind,
                &sentence[hit.start..hit.end],
                Some(&known.canonical),
            );
            // (The gazetteer's name, borrowed: no copy for each mention.)
            register.entities[id].country = known.country.as_deref().map(Cow::Borrowed);
            register.entities[id].sanctions = known.sanctions;
            out.push(entity_mention(hit.start, hit.end, known.kind, id));
            i = toks.partition_point(|t| t.start < hit.end);
            continue;
        }
        if !lower && let Some((end, next)) = quoted_treaty(sentence, toks, i) {
            let id = register.add(EntityKind::Treaty, &sentence[toks[i].start..end], None);
            out.push(entity_mention(toks[i].start, end, EntityKind::Treaty, id));
            i = next;
            continue;
        }
        if let Some((mention, next)) = role_at(sentence, toks, i, role_hits) {
            out.push(mention);
            i = next;
            continue;
        }
        if let Some(mention) = pronoun(sentence, word, &toks[i]) {
            out.push(mention);
            i += 1;
            continue;
        }
        // "the 1267 Committee": a number leads a body's name.
        let numbered_body = !lower
            && word.len() <= 5
            && word.bytes().all(|b| b.is_ascii_digit())
            && toks.get(i + 1).is_some_and(|t| {
                is_capitalised(t.text())
                    && sentence[toks[i].end..t.start] == *" "
                    && GAZETTEER
                        .org_heads
                        .contains_key(toks[run_end(sentence, toks, i + 1) - 1].text())
            });
        // "The MoU, between …, was signed": a memorandum of understanding, abbreviated (a
        // capitalised "The" before it would start a run of its own).
        if !lower
            && matches!(word.len(), 3 | 4)
            && let Some(at) = mou_at(toks, i)
            && let Some((mention, next)) =
                super::treaties::treaty_phrase(sentence, toks, at, register)
        {
            out.push(mention);
            i = next;
            continue;
        }
        if !lower && (is_capitalised(word) || numbered_body) {
            let mut end = if numbered_body {
                run_end(sentence, toks, i + 1)
            } else {
                run_end_here()
            };
            // A known name starting inside the run and running past it ("The Security Council
            // Committee established pursuant to …"): the run stops where the name starts.
            let run_last = toks[end - 1].end;
            if name_hits.last().is_some_and(|h| h.end > run_last)
                && let Some(k) = (i + 1..end)
                    .find(|&k| hit_at(name_hits, toks[k].start).is_some_and(|h| h.end > run_last))
            {
                end = k;
            }
            // "Memorandum of Understanding on cooperation in the field of gas supply for
            // 2027–2030": a treaty's formal name goes on in lower case.
            // (Asked of every run: the byte after its space, the first letter of "on", "of",
            // "for", "until", "towards", "through" or "to", settles most runs first.)
            let head = i + usize::from(word == "The" && end > i + 1);
            if !numbered_body
                && matches!(
                    sentence
                        .as_bytes()
                        .get(toks[end - 1].end..toks[end - 1].end + 2),
                    Some([b' ', b'o' | b'f' | b'u' | b't'])
                )
                && is_treaty_first_word(toks[head].text())
            {
                let tail = super::treaties::name_tail_len(&sentence[toks[end - 1].end..]);
                if tail > 0 {
                    let stop = toks[end - 1].end + tail;
                    end = toks.partition_point(|t| t.start < stop);
                }
            }
            if let Some(mention) = parenthetical_alias(sentence, &toks[i..end], name_hits, &out) {
                let id = mention.entity.unwrap_or_default();
                let alias = sentence[mention.start..mention.end].to_owned();
                register.entities[id].aliases.insert(alias.clone());
                register.stated.insert(alias, id);
                out.push(mention);
                i = end;
                continue;
            }
            // An unknown name right after "TITLE of" or right before a title is a body:
            // "deputy head of Rossotrudnichestvo", "Isamaa chairman Priit Tamm".
            let after_title = out.last().is_some_and(|m| {
                matches!(m.kind, MentionKind::Role(_))
                    && TITLE_OF.is_match(&sentence[m.end..toks[i].start])
            });
            let next = if toks.get(end).is_some_and(|t| t.possessive) {
                end + 1
            } else {
                end
            };
            let before_title = next < toks.len()
                && role_hit(sentence, toks, next, role_hits).is_some()
                && sentence[toks[end - 1].end..toks[next].start]
                    .chars()
                    .all(|c| c.is_whitespace() || c == '\'' || c == '\u{2019}' || c == 's');
            classify_run(
                sentence,
                &toks[i..end],
                (name_hits, role_hits),
                (after_title, before_title),
                register,
                &mut out,
            );
            i = end;
            continue;
        }
        if let Some((mention, next)) =
            lower_case_mention(sentence, toks, i, register, &out, role_hits)
        {
            out.push(mention);
            i = next;
            continue;
        }
        i += 1;
    }
    out.sort_by_key(|m| m.start);
    out
}

/// A treaty's name in quotes, whole: 'signed the "Memorandum of Cooperation … between the
/// Ministry of Foreign Affairs of Japan and the Ministry …"' (a name in quotes is one name, whatever
/// bodies it holds). The name's end (its own full stop aside) and the token after the quote.
fn quoted_treaty(sentence: &str, toks: &[Token], i: usize) -> Option<(usize, usize)> {
    let start = toks[i].start;
    // Asked of every word: the byte before it, `"` or the last of `\u{201c}`'s, turns down
    // nearly all without decoding the char.
    if !matches!(
        start.checked_sub(1).map(|b| sentence.as_bytes()[b]),
        Some(b'"' | 0x9c)
    ) || !sentence[..start].ends_with(['"', '\u{201c}'])
        || !is_treaty_head(toks[i].text())
    {
        return None;
    }
    let close = start + sentence[start..].find(['"', '\u{201d}'])?;
    let name = sentence[start..close].trim_end_matches(['.', ',']);
    if name.len() > 300 || !name.contains(' ') {
        return None;
    }
    Some((
        start + name.len(),
        toks.partition_point(|t| t.start < close),
    ))
}

/// Legal forms written after a comma in company names.
const COMPANY_SUFFIXES: &[&str] = &[
    "Ltd", "Inc", "LLC", "JSC", "PLC", "Limited", "GmbH", "AG", "LLP", "Corp", "S.A", "SA", "Bhd",
];

/// Legal forms written first, in Russian, Central Asian and Indonesian usage ("JSC Kamatekh",
/// "LLC Techsnab", "PT Nusantara Energi").
const COMPANY_PREFIXES: &[&str] = &[
    "JSC", "PJSC", "OJSC", "CJSC", "OOO", "ZAO", "OAO", "PAO", "AO", "LLC", "TOO", "PT",
];

/// "(Pishro Andisheh)" right after a name: a short name the article gives it, not a new entity.
fn parenthetical_alias(
    sentence: &str,
    run: &[Token],
    name_hits: &[Hit],
    out: &[Mention],
) -> Option<Mention> {
    let (first, last) = (run.first()?, run.last()?);
    let previous = out.last().filter(|m| m.entity.is_some())?;
    let MentionKind::Entity(kind) = previous.kind else {
        return None;
    };
    // ("(L)" after a name in a caption is where the person stands.)
    if sentence.get(previous.end..first.start).map(str::trim) != Some("(")
        || !sentence[last.end..].starts_with(')')
        || last.end - first.start == 1
    {
        return None;
    }
    // "(Russia)" after a company is where it is, not its name.
    let place = name_hits.iter().any(|h| {
        h.start == first.start
            && h.end == last.end
            && matches!(
                GAZETTEER.known[h.id].kind,
                EntityKind::Country | EntityKind::Place
            )
    });
    (!place).then(|| {
        let mut mention = entity_mention(first.start, last.end, kind, previous.entity?);
        mention.indirect = kind == EntityKind::Person;
        Some(mention)
    })?
}

/// Courtesy styles written before a person's name and not part of it ("Shri Arun Verma",
/// "Sheikh Omar Al-Harbi", "His Excellency …"); also skipped between a title and its holder.
pub(crate) const NAME_STYLES: &[&str] = &[
    "Sheikh",
    "Sheikha",
    "Shri",
    "Smt",
    "Shrimati",
    "Excellency",
    // Church styles: "His Eminence Cardinal X", "His Beatitude".
    "Eminence",
    "Beatitude",
    // His Excellency, His (Royal) Highness as Gulf and African wires write them.
    "HE",
    "HH",
    "HRH",
    // Malaysian and Burmese honorifics: "Datuk Seri X", "Daw X".
    "Datuk",
    "Dato",
    "Seri",
    "Daw",
    // Malay and Bruneian styles run in chains ("Yang Berhormat Dato Seri Setia Awang Haji X",
    // "Pengiran Hajah X", "Datin X"); "Yang Berhormat" and "Yang Mulia" are read as pairs.
    "Datin",
    "Berhormat",
    "Mulia",
    "Setia",
    "Paduka",
    "Pahlawan",
    "Awang",
    "Dayang",
    "Pengiran",
    "Haji",
    "Hajah",
];

/// [`NAME_STYLES`] as a set: asked for the first word of nearly every name.
static NAME_STYLE_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| NAME_STYLES.iter().copied().collect());

/// End (exclusive token index) of the capitalised run starting at `start`.
fn run_end(sentence: &str, toks: &[Token], start: usize) -> usize {
    // "and" joins only inside names that start with their head ("Ministry of Economy and
    // Finance", "Treaty on Friendship and Mutual Assistance").
    // A sentence-initial "The" is trimmed later; the head is the word after it.
    let head = match toks[start].text() {
        "The" if start + 1 < toks.len() => start + 1,
        _ => start,
    };
    let first = toks[head].text();
    // (Both asked only at a comma, a dash or a connector: most runs end at their first gap
    // without either.)
    let treaty_first = || is_treaty_first_word(first);
    let head_first = || treaty_first() || GAZETTEER.org_heads.contains_key(first);
    let mut end = start + 1;
    while end < toks.len() {
        let gap = &sentence[toks[end - 1].end..toks[end].start];
        let word = toks[end].text();
        // Most gaps are one space, which none of the tests up to the word's own ask for.
        let space = gap == " ";
        // A legal-form suffix after a comma stays with its company: "Hailong Co., Ltd.".
        if !space
            && (matches!(gap.trim(), "," | ".,")
                || gap == ". " && matches!(toks[end - 1].text(), "Pvt" | "Pte" | "Co"))
            && COMPANY_SUFFIXES.contains(&word.trim_end_matches('.'))
        {
            end += 1;
            continue;
        }
        // A body named after a list of portfolios: "Ministry of Economy, Trade and Industry".
        if gap == ", "
            && head_first()
            && portfolio_list_follows(sentence, &toks[head..], end - head)
        {
            end += 1;
            continue;
        }
        // A head inside the run followed by its complement ("Standing Committee on …", "Doha
        // Accord for …", "General Agreement for …").
        let head_inside = |heads: &dyn Fn(&str) -> bool| {
            toks[start..end]
                .windows(2)
                .any(|w| heads(w[0].text()) && matches!(w[1].text(), "of" | "for" | "on"))
        };
        // A treaty's name holds lists and joined places: "… for Holders of Diplomatic, Official
        // and Service Passports", "General Agreement for Economic, Trade, Investment and
        // Technical Cooperation", "Agreement on the Rivera–Santana do Livramento Health Zone".
        if (gap == ", "
            && (treaty_first() || head_inside(&is_treaty_head))
            && treaty_list_follows(sentence, toks, end))
            || (gap == "\u{2013}" && treaty_first() && is_capitalised(word))
        {
            end += 1;
            continue;
        }
        // A nickname in quotes inside a name: 'Thomas "Tom" Whitcomb'.
        let quote = |c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}');
        if matches!(gap, " \"" | " \u{201c}")
            && is_capitalised(word)
            && toks.get(end + 1).is_some_and(|t| {
                matches!(&sentence[toks[end].end..t.start], "\" " | "\u{201d} ")
                    && is_capitalised(t.text())
            })
            && !quote(
                sentence[..toks[end - 1].start]
                    .chars()
                    .next_back()
                    .unwrap_or(' '),
            )
        {
            end += 2;
            continue;
        }
        // A plural possessive inside a body's name: "Workers' Party", "Parliamentarians' Group".
        if matches!(gap, "' " | "\u{2019} ")
            && toks[end - 1].text().ends_with('s')
            && GAZETTEER.org_heads.contains_key(word)
        {
            end += 1;
            continue;
        }
        // "Cuthbert St. Rose", "St. Louis": "St." joins the word after it.
        if gap == ". " && toks[end - 1].text() == "St" && is_capitalised(word) {
            end += 1;
            continue;
        }
        if !space && !gap.chars().all(char::is_whitespace) || toks[end].possessive {
            break;
        }
        // "On Monday I met", "In Yerevan I led": the pronoun before a verb is no part of a name
        // ("World War I", "Phase I" keep their numeral).
        if word == "I"
            && toks
                .get(end + 1)
                .is_some_and(|t| t.text().starts_with(|c: char| c.is_lowercase()))
            && !matches!(
                toks[end - 1].text(),
                "War"
                    | "Phase"
                    | "Title"
                    | "Part"
                    | "Class"
                    | "Stage"
                    | "Level"
                    | "Chapter"
                    | "Annex"
                    | "Article"
                    | "Section"
                    | "Tier"
                    | "Type"
                    | "Category"
                    | "Round"
            )
        {
            break;
        }
        // "the Ministry of Foreign Affairs Dr. X": a form of address starts a name.
        if matches!(word, "Dr" | "Mr" | "Ms" | "Mrs" | "Prof")
            && sentence[toks[end].end..].starts_with('.')
        {
            break;
        }
        // A headline's verb ends a name ("PCS Barasa Concludes Visit"), and so does a field
        // label in capitals ("… General Bureau DOB: 3 Sep. 1966").
        if is_headline_verb(word)
            || (word.len() <= 4
                && word.bytes().all(|b| b.is_ascii_uppercase())
                && sentence[toks[end].end..].starts_with(':'))
        {
            break;
        }
        // "National Security and Defense Council": "and" inside a name that reaches its head.
        let head_ahead = |from: usize| {
            toks[from..]
                .iter()
                .take(4)
                .take_while(|t| is_capitalised(t.text()))
                .any(|t| GAZETTEER.org_heads.contains_key(t.text()))
        };
        // A treaty's name runs on through its subject: "Memorandum of Understanding on
        // Cooperation in the Field of Energy", "… between Diplomatic Academies" (not into a
        // place: "… on Trade in Hanoi").
        // (A head inside the run followed by its complement, `head_inside` above, lets the name
        // run on like one that starts with its head.)
        // ("… with respect to Taxes on Income": three words between two of the name.)
        let with_respect_to = |w: &str| {
            w == "with"
                && toks.get(end + 1..end + 3).is_some_and(|ts| {
                    matches!(ts[0].text(), "respect" | "regard") && ts[1].text() == "to"
                })
        };
        let treaty_connector = |w: &str| {
            // ("… on the Establishment of a Mechanism for …": an article inside the name;
            // "… on Cooperation within the Framework of …".)
            (matches!(
                w,
                "in" | "between" | "against" | "a" | "an" | "within" | "concerning" | "regarding"
            ) || with_respect_to(w))
                && (treaty_first() || head_inside(&is_treaty_head))
                && toks.get(end + 1).is_some_and(|t| {
                    let next = t.text();
                    // "… the Conflict in South Sudan": a place ends the name of a conflict.
                    let conflict = w == "in"
                        && matches!(
                            toks[end - 1].text(),
                            "Conflict" | "Crisis" | "War" | "Peace" | "Stability"
                        );
                    if next == "the" {
                        w != "between"
                    } else {
                        conflict || GAZETTEER.name_at(&sentence[t.start..]).is_none()
                    }
                })
        };
        // "Minister of Industry and Trade": "and" between two portfolios of a title (or of a
        // body: "Chamber of Commerce and Industry").
        let portfolio_and = |w: &str| {
            w == "and"
                && PORTFOLIO_WORDS.contains(&toks[end - 1].text())
                && toks
                    .get(end + 1)
                    .is_some_and(|t| PORTFOLIO_WORDS.contains(&t.text()))
                && toks[start..end].windows(2).any(|pair| {
                    matches!(pair[1].text(), "of" | "for")
                        && (PORTFOLIO_TITLES.contains(&lowercase(pair[0].text()).as_ref())
                            || GAZETTEER.org_heads.contains_key(pair[0].text()))
                })
        };
        // "the Ministry of Energy of Kazakhstan and the Ministry of Energy of Russia": a second
        // body's head after "and" starts a second name.
        let second_body = || {
            let mut next = end + 1;
            let the = toks.get(next).is_some_and(|t| t.text() == "the");
            if the {
                next += 1;
            }
            // ("Ministry of Economy, Trade and Industry" names one.)
            let of = toks.get(next + 1).is_some_and(|t| t.text() == "of");
            let head_next = toks
                .get(next)
                .is_some_and(|t| GAZETTEER.org_heads.contains_key(t.text()));
            // "the Government of National Unity and the Sudan People's Movement" too.
            let treaty = head_inside(&|h| is_treaty_head(h));
            (the && !treaty || of && head_next)
                && toks[start..end]
                    .iter()
                    .any(|t| GAZETTEER.org_heads.contains_key(t.text()))
        };
        // A known name goes on across the word: "African Union Peace and Security Council".
        let known_across = || {
            GAZETTEER
                .name_at(&sentence[toks[head].start..])
                .is_some_and(|h| toks[head].start + h.end > toks[end].end)
        };
        // "the Standing Committee on Foreign Affairs of the Norwegian Parliament": a body with
        // its own complement, then the national body it belongs to (a country stays: "… of the
        // Russian Federation", and so does a body named by no demonym: "Main Directorate of the
        // General Staff of the Armed Forces").
        let parent_body = |w: &str| {
            w == "of"
                && toks.get(end + 1).is_some_and(|t| t.text() == "the")
                && head_ahead(end + 2)
                && head_inside(&|h| GAZETTEER.org_heads.contains_key(h))
                && GAZETTEER
                    .name_at(&sentence[toks[(end + 2).min(toks.len() - 1)].start..])
                    .is_some_and(|h| GAZETTEER.known[h.id].demonym)
        };
        // "Trade and Industry Minister X": portfolios joined before their title.
        let portfolios_and = |w: &str| {
            w == "and"
                && toks[head..end].iter().all(|t| is_portfolio_word(t.text()))
                && toks.get(end + 1..).is_some_and(|rest| {
                    let words = rest
                        .iter()
                        .take(3)
                        .take_while(|t| is_portfolio_word(t.text()))
                        .count();
                    (1..=2).contains(&words)
                        && rest
                            .get(words)
                            .is_some_and(|t| is_portfolio_title(t.text()))
                })
        };
        // "Industry and Trade Minister X and Y": once portfolios have met their title, "and"
        // joins people, not a body's name ("Industry" is also a body's head).
        let titled_portfolios = || {
            is_portfolio_word(first) && toks[head..end].iter().any(|t| is_portfolio_title(t.text()))
        };
        // "Military Training and Education Cooperation Agreement": topics joined before the
        // treaty's head (not a known name's: "Kenya and Uganda Trade Agreement" names two).
        let treaty_ahead = |w: &str| {
            w == "and"
                && toks.get(end + 1..).is_some_and(|rest| {
                    rest.iter()
                        .take(4)
                        .take_while(|t| is_capitalised(t.text()))
                        .any(|t| is_treaty_head(t.text()))
                })
                && !toks[head..end].iter().any(|t| is_treaty_head(t.text()))
                && GAZETTEER.name_at(&sentence[toks[head].start..]).is_none()
        };
        let connector = |w: &str| {
            (w == "and" && known_across())
                || portfolios_and(w)
                || treaty_ahead(w)
                || is_name_connector(w) && !parent_body(w)
                || treaty_connector(w)
                || portfolio_and(w)
                || (w == "and"
                    && !second_body()
                    && !titled_portfolios()
                    && (head_first()
                        // "Minister of Economy and Commerce": a portfolio list goes on.
                        || (head_inside(&is_portfolio_title)
                            && toks.get(end + 1).is_some_and(|t| {
                                let next = t.text();
                                is_capitalised(next)
                                    && (is_portfolio_word(next)
                                        // ("and Plural Economy": unlisted words, then a head.)
                                        || toks[end + 1..]
                                            .iter()
                                            .take(3)
                                            .take_while(|t| is_capitalised(t.text()))
                                            .any(|t| PORTFOLIO_HEADS.contains(&t.text())))
                            }))
                        || (end + 1 < toks.len()
                            && !head_ahead(end + 1)
                            && head_inside(&|h| {
                                is_treaty_head(h) || GAZETTEER.org_heads.contains_key(h)
                            }))
                        || (end + 1 < toks.len()
                            && head_ahead(end + 1)
                            // Two bodies ("Acme Shipping and Orion Trading Company") stay two.
                            && !toks[start..end]
                                .iter()
                                .any(|t| GAZETTEER.org_heads.contains_key(t.text())))))
        };
        if is_capitalised(word) || is_name_particle(word) {
            end += 1;
        } else if connector(word)
            // "On Monday the Chair of …": no name goes on from a date, nor through a lone "the".
            && !is_time_word(toks[end - 1].text())
            && word != "the"
        {
            // Up to two connectors ("Treaty on the …"), then a capitalised word that is not a
            // date ("Villanueva on Monday" is no name).
            let mut next = end + 1;
            if with_respect_to(word) {
                next += 2;
            } else if toks.get(next).is_some_and(|t| connector(t.text())) {
                next += 1;
            }
            let joins = toks.get(next).is_some_and(|t| {
                is_capitalised(t.text())
                    // ("the Council of the European Union on Nov. 17 listed …")
                    && !is_time_at(sentence, t)
                    // ("Agreement of US$ 200 million": a currency is no name.)
                    && !sentence[t.end..].starts_with('$')
                    // ("the Quds Force of Iran's Revolutionary Guard Corps": a possessive before
                    // another body's name ends this one; "… on Ghana's behalf" too.)
                    && !(toks.get(next + 1).is_some_and(|p| p.possessive)
                        && (head_ahead(next + 2) || word == "on"))
                    // ("signed the Rome Statute … for Ghana": the country it was signed for;
                    // "High Representative of the African Union for Chad": a known body's
                    // brief.)
                    && !(word == "for"
                        && (treaty_first()
                            || head_inside(&is_treaty_head)
                            || is_treaty_head(toks[end - 1].text())
                            || GAZETTEER
                                .name_at(&sentence[toks[head].start..])
                                .is_some_and(|h| toks[head].start + h.end == toks[end - 1].end))
                        && GAZETTEER.name_at(&sentence[t.start..]).is_some_and(|h| {
                            GAZETTEER.known[h.id].kind == EntityKind::Country
                        }))
                    && sentence[toks[end].start..t.start]
                        .chars()
                        .all(|c| c.is_alphanumeric() || c.is_whitespace())
            });
            if !joins {
                break;
            }
            end = next + 1;
        } else {
            break;
        }
    }
    end
}

/// Whether the comma before `toks[at]` continues a list of capitalised words that no gazetteer
/// knows, ending in "and" and one more ("Diplomatic, Official and Service Passports"; not
/// "Japan, Korea and China").
fn treaty_list_follows(sentence: &str, toks: &[Token], at: usize) -> bool {
    let plain = |t: &Token| is_capitalised(t.text()) && GAZETTEER.lookup(t.text()).is_none();
    capitalised_list_end(sentence, toks, at, 1, plain).is_some()
}

/// Whether the comma before `toks[at]` continues a list of portfolios in a body's name: the run
/// so far is "Head of Word…", and one or two capitalised words that no gazetteer knows lead to
/// "and" and a last capitalised word ("Ministry of Economy, Trade and Industry", not "the
/// Ministry of Defence, Japan and Korea").
fn portfolio_list_follows(sentence: &str, toks: &[Token], at: usize) -> bool {
    let plain = |t: &Token| {
        let w = t.text();
        is_capitalised(w) && !is_time_word(w) && GAZETTEER.lookup(w).is_none()
    };
    if at < 3 || toks[1].text() != "of" || !toks[2..at].iter().all(plain) {
        return false;
    }
    let words = |from: usize, n: usize| toks.get(from..from + n).filter(|ts| ts.iter().all(plain));
    // Tokens `from..=to` are separated by spaces only.
    let spaced = |from: usize, to: usize| {
        (from..to).all(|i| {
            sentence[toks[i].end..toks[i + 1].start]
                .chars()
                .all(char::is_whitespace)
        })
    };
    (1..=2).any(|n| {
        words(at, n).is_some()
            && toks.get(at + n).is_some_and(|t| t.text() == "and")
            && words(at + n + 1, 1).is_some()
            && spaced(at, at + n + 1)
    })
}

/// Whether `token` lies inside one of `hits` (sorted by start, not overlapping).
fn inside_hit(hits: &[Hit], token: &Token) -> bool {
    let before = hits.partition_point(|h| h.start <= token.start);
    before > 0 && hits[before - 1].end >= token.end
}

/// The hit starting at byte `at`, if any, in hits sorted by start (a binary search, not a
/// scan per token).
fn hit_at(hits: &[Hit], at: usize) -> Option<&Hit> {
    hits.binary_search_by_key(&at, |h| h.start)
        .ok()
        .map(|i| &hits[i])
}

/// The role-title hit that [`role_at`] builds on at token `i`, if any: the cheap test of
/// whether a title starts there, without building its mention.
fn role_hit<'h>(sentence: &str, toks: &[Token], i: usize, hits: &'h [Hit]) -> Option<&'h Hit> {
    role_hit_after_modifiers(sentence, toks, i, hits).map(|(hit, _)| hit)
}

/// [`role_hit`], with the index of the first token after the modifiers at `i`.
fn role_hit_after_modifiers<'h>(
    sentence: &str,
    toks: &[Token],
    i: usize,
    hits: &'h [Hit],
) -> Option<(&'h Hit, usize)> {
    // Most words have no title at or after them: nothing to look for.
    let at = toks.get(i)?.start;
    if hits.last().is_none_or(|h| h.start < at) {
        return None;
    }
    let mut j = i;
    // ("his deputy, Colonel X": a modifier joins only the word right after it.)
    while j + 1 < toks.len()
        && is_role_modifier(toks[j].text())
        && sentence[toks[j].end..toks[j + 1].start]
            .chars()
            .all(char::is_whitespace)
    {
        j += 1;
    }
    // The title may itself start with a modifier word ("senior fellow", "first lady"). It
    // ends within `toks` (its own full stop aside: "Gen."): a run cut inside a title ("Ana Lt"
    // before ". Gen.") holds none.
    let within = within_tokens(sentence, toks);
    let hit = (i..=j)
        .find_map(|k| hit_at(hits, toks.get(k)?.start))
        .filter(|h| within(h) && !before_patronymic(&sentence[h.end..]))?;
    Some((hit, j))
}

/// Whether a patronymic follows (`rest` is the text after a title): "Emir Bakytbekovich X" and
/// "Sultan Ahmetovich X" are given names, as a patronymic follows only a given name.
fn before_patronymic(rest: &str) -> bool {
    rest.strip_prefix(' ').is_some_and(|rest| {
        let word = rest.split([' ', ',']).next().unwrap_or("");
        word.starts_with(|c: char| c.is_uppercase())
            && ["ovich", "evich", "ovna", "evna", "ievich", "uly", "kyzy"]
                .iter()
                .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
    })
}

/// Whether a hit ends within the last of `toks`, or right after it on a full stop.
fn within_tokens<'a>(sentence: &'a str, toks: &'a [Token]) -> impl Fn(&Hit) -> bool + 'a {
    let last = toks.last().map_or(0, |t| t.end);
    move |h: &Hit| h.end <= last || sentence.get(last..h.end) == Some(".")
}

/// A role title (with modifiers) starting at token `i`, and the token after it.
///
/// Asked for nearly every word: the common answer, no title hit at or after the word, is
/// settled inline without the call (whose set-up cost more than the test).
#[inline(always)]
fn role_at(sentence: &str, toks: &[Token], i: usize, hits: &[Hit]) -> Option<(Mention, usize)> {
    let at = toks.get(i)?.start;
    if hits.last().is_none_or(|h| h.start < at) {
        return None;
    }
    role_at_hit(sentence, toks, i, hits)
}

/// [`role_at`] once a title hit lies at or after token `i`.
fn role_at_hit(sentence: &str, toks: &[Token], i: usize, hits: &[Hit]) -> Option<(Mention, usize)> {
    let (hit, j) = role_hit_after_modifiers(sentence, toks, i, hits)?;
    // Compound titles: "president director", "deputy head" (not a rank after a title). Only
    // the first hit after `end` can qualify: the gap to any later one holds that hit's text.
    let mut end = hit.end;
    let within = within_tokens(sentence, toks);
    while let Some(more) = hits
        .get(hits.partition_point(|h| h.start <= end))
        .filter(|h| {
            let title = sentence[h.start..h.end].to_lowercase();
            within(h)
                && sentence[end..h.start].chars().all(char::is_whitespace)
                && !GAZETTEER.ranks.contains(&title)
                && !GAZETTEER.royal.contains(&title)
        })
    {
        end = more.end;
    }
    // A post not yet taken up is still the post's title: "ambassador-designate".
    for suffix in ["-designate", "-elect", " designate"] {
        if let Some(rest) = sentence[end..].strip_prefix(suffix)
            && !rest.starts_with(char::is_alphanumeric)
        {
            end += suffix.len();
            break;
        }
    }
    // A known title that runs into a body's head names only its first part: "Chairman of the
    // Joint Chiefs of Staff Committee" chairs the committee.
    // (Found bytewise: a title is a few words, and `str::find` set up a searcher per call.)
    if let Some(of) = sentence.as_bytes()[hit.start..end]
        .windows(4)
        .position(|w| w == b" of ")
        && let Some(next) = toks.get(toks.partition_point(|t| t.start < end))
        && sentence[end..next.start] == *" "
        && is_capitalised(next.text())
        && GAZETTEER.org_heads.contains_key(next.text())
    {
        end = hit.start + of;
    }
    // A lower-case noun after an article belongs to the title: "a research director".
    let mut start = toks[i].start;
    if i >= 2 && j == i {
        // "a former project coordinator": the article before "former".
        let det_at = if i >= 3 && toks[i - 2].text() == "former" {
            i - 3
        } else {
            i - 2
        };
        let (det, noun) = (toks[det_at].text(), toks[i - 1].text());
        let joined = sentence[toks[det_at].end..toks[i].start]
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace());
        if joined
            && matches!(det, "a" | "an" | "the" | "its" | "his" | "her")
            && noun.chars().all(char::is_lowercase)
            && !TITLE_NOUN_STOP.contains(&noun)
        {
            start = toks[i - 1].start;
        }
    }
    let mut next = toks.partition_point(|t| t.start < end);
    if let Some(tail) = portfolio_tail(sentence, toks, next, &sentence[hit.start..end]) {
        next = tail;
        end = toks[tail - 1].end;
    }
    let mention = Mention {
        start,
        end,
        kind: MentionKind::Role(role_title(&sentence[start..end])),
        entity: None,
        demonym: false,
        indirect: false,
    };
    Some((mention, next))
}

/// A title as its role mention holds it: lower case, `\u{2019}` as `'`, its words joined by
/// single spaces, abbreviations written out ("Lt. Gen." is "lieutenant general").
///
/// Most titles are ASCII words with single spaces and no period, which all of that leaves as
/// they are lowered: those are lowered alone, without the four copies of the full steps.
fn role_title(text: &str) -> String {
    let bytes = text.as_bytes();
    let plain = text.is_ascii()
        && !bytes.contains(&b'.')
        && bytes.first().is_some_and(|&b| b != b' ')
        && bytes.last().is_some_and(|&b| b != b' ')
        && bytes
            .iter()
            .all(|&b| b == b' ' || !char::from(b).is_whitespace())
        && !bytes.windows(2).any(|w| w == b"  ");
    if plain {
        return text.to_ascii_lowercase();
    }
    role_title_collected(text)
}

/// [`role_title`] by its full steps (the reference the shortcut is tested against).
fn role_title_collected(text: &str) -> String {
    text.to_lowercase()
        .replace('\u{2019}', "'")
        .split_whitespace()
        .map(expand_title_abbreviation)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Styles and ranks written short before a name: "Gov. Ana Ruiz" is a governor, "state Sen.
/// X" a state senator, "Lt. Gen. X" a lieutenant general.
fn expand_title_abbreviation(word: &str) -> &str {
    match word {
        "gov." => "governor",
        "lt." => "lieutenant",
        "gen." => "general",
        "maj." => "major",
        "brig." => "brigadier",
        "col." => "colonel",
        "adm." => "admiral",
        "capt." => "captain",
        "sgt." => "sergeant",
        "cmdr." | "cdr." => "commander",
        "sen." => "senator",
        "rep." => "representative",
        _ => word,
    }
}

/// Title nouns that name their portfolio after `of` or `for`: "Minister of State for Foreign
/// Affairs", "Commissioner for Sanctions Policy", "Secretary of Energy".
const PORTFOLIO_TITLES: &[&str] = &[
    "minister",
    "secretary",
    "undersecretary",
    "under-secretary",
    "commissioner",
    "envoy",
    "adviser",
    "advisor",
    "coordinator",
    "ombudsman",
    "representative",
    "rapporteur",
    "director-general",
    // ("Deputy President for Investment Affairs", "Director for Africa".)
    "president",
    "director",
];

/// Whether `word` is one of [`PORTFOLIO_TITLES`], in any case ("Minister", "MINISTER").
fn is_portfolio_title(word: &str) -> bool {
    PORTFOLIO_TITLES
        .iter()
        .any(|p| p.eq_ignore_ascii_case(word))
}

/// Words of a portfolio after a title, beyond [`PORTFOLIO_WORDS`]: common nouns of government
/// briefs, never names ("for Sanctions Policy", "of Natural Resources").
const PORTFOLIO_TAIL_WORDS: &[&str] = &[
    "State",
    "Policy",
    "Sanctions",
    "Strategic",
    "Industries",
    "Industrial",
    "Resources",
    "Natural",
    "Relations",
    "International",
    "External",
    "Internal",
    "National",
    "Cooperation",
    "Integration",
    "Regional",
    "Local",
    "Government",
    "Emergency",
    "Emergencies",
    "Situations",
    "Employment",
    "Protection",
    "Family",
    "Children",
    "Human",
    "Rights",
    "Religious",
    "Parliamentary",
    "Legal",
    "Investment",
    "Investments",
    "Civil",
    "Aviation",
    "Railways",
    "Roads",
    "Ports",
    "Telecommunications",
    "Media",
    "Arts",
    "Heritage",
    "Land",
    "Lands",
    "Urban",
    "Rural",
    "Construction",
    "Climate",
    "Ecology",
    "Forestry",
    "Food",
    "Nuclear",
    "Power",
    "Electricity",
    "Petroleum",
    "Gas",
    "Mining",
    "Mineral",
    "Minerals",
    "Tax",
    "Taxes",
    "Revenue",
    "Budget",
    "Privatisation",
    "Privatization",
    "Property",
    "Enterprise",
    "Enterprises",
    "Business",
    "Innovation",
    "Research",
    "Higher",
    "Vocational",
    "Training",
    "Press",
    "Diaspora",
    "Overseas",
    "Migration",
    "Refugees",
    "Humanitarian",
    "Disaster",
    "Management",
    "Relief",
    "Asian",
    "African",
    "European",
    "Pacific",
    "Americas",
    "Multilateral",
    "Consular",
    "Ministers",
    "Reform",
    "Reforms",
    "Welfare",
    "Solidarity",
    "Reconciliation",
    "Reconstruction",
    "Banking",
    "Competition",
    "Consumer",
    "Export",
    "Exports",
    "Promotion",
    "Sport",
    "Care",
    "Medical",
    "Transformation",
    "Livestock",
    "Irrigation",
    "Environmental",
    "Disarmament",
    "Arms",
    "Control",
    "Non-Proliferation",
    "Nonproliferation",
    "Counterterrorism",
    "Terrorism",
    "Financial",
    "Cyber",
    "Space",
    "Postal",
    "Services",
    "Works",
    "Transportation",
    "Gender",
    "Equality",
    "Coordination",
    "Territorial",
    "Administration",
    "Small",
    "Medium",
    "Sized",
    "Artificial",
    "Safety",
    "Statistics",
    "Cohesion",
    "Inclusion",
    "Peace",
    "Unity",
    "Dialogue",
    "Communication",
    "Antiquities",
    "Wildlife",
    "Marine",
    "Ocean",
    "Oceans",
    "Blue",
    "Monetary",
    "Fiscal",
    "Provincial",
    "Municipal",
    "Decentralisation",
    "Decentralization",
    "Devolution",
    "Manpower",
    "Skills",
    "Values",
    "Ethics",
    "Integrity",
    "Anti-Corruption",
    "Constitutional",
    "Correctional",
    "Prisons",
    "Police",
    "Policing",
    "Population",
    "Persons",
    "Disabilities",
    "Sanitation",
    "Hydrocarbons",
    "Renewable",
    "Metallurgy",
    "Cooperatives",
    "Communities",
    "Indigenous",
    "Minorities",
    "Endowments",
    "Broadcasting",
    "Logistics",
    "Shipping",
    "Entrepreneurship",
    "Stabilisation",
    "Stabilization",
    "Recovery",
    "Resilience",
    "Preparedness",
    "Sustainable",
    "Sustainability",
    "Green",
    "Modernisation",
    "Modernization",
    "Strategy",
    "Partnerships",
    "Neighbourhood",
    "Neighborhood",
    "Enlargement",
    "Expatriates",
    "Emigration",
    "Compatriots",
    "Territories",
    "Borders",
    "Homeland",
    "Federal",
    "Arab",
    "East",
    "West",
    "North",
    "South",
    "Central",
    "Latin",
    "Caribbean",
    "Nordic",
    "Baltic",
    "Middle",
    "Eastern",
    "Eurasian",
    "Western",
    "Commonwealth",
    "Pensions",
    "Peace",
    "Political",
    "Bilateral",
    "Multilateral",
    "Consular",
    "Diaspora",
    "Humanitarian",
    "Transition",
    "Transformation",
    "Ecological",
];

/// Regions a post may cover, after "for": "Minister of State for Europe", "Special
/// Representative for the Sahel" (not portfolio words: "Renew Europe MEP" is a party's).
const REGIONS: &[&str] = &[
    "Europe",
    "Africa",
    "Asia",
    "Sahel",
    "Caucasus",
    "Balkans",
    "Arctic",
    "Indo-Pacific",
    "Oceania",
];

/// Portfolio words that end a portfolio whatever words come before them ("Bilateral
/// Relations", "Pacific Affairs").
const PORTFOLIO_HEADS: &[&str] = &[
    "Affairs",
    "Relations",
    "Cooperation",
    "Policy",
    "Security",
    "Rights",
    "Integration",
    "Development",
    "Economy",
    "Welfare",
    "Planning",
    "Services",
];

/// A portfolio word of either list, in its written case ("Affairs", "Cohesion").
fn is_portfolio_word(word: &str) -> bool {
    /// Both lists as a set: asked for most words of every name, a scan of the two (some 250
    /// words) cost more than the rest of the name's tests.
    static SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
        PORTFOLIO_WORDS
            .iter()
            .chain(PORTFOLIO_TAIL_WORDS)
            .copied()
            .collect()
    });
    SET.contains(word)
}

/// End (exclusive token index) of a portfolio named after a portfolio title ending before
/// token `at`: `(of|for|on) [the] WORD… [(and|of|for) [the] WORD…]…`, every word a portfolio
/// word. `None` when none follows, or the title takes none.
fn portfolio_tail(sentence: &str, toks: &[Token], at: usize, title: &str) -> Option<usize> {
    // ("vice-minister", "Under-Secretary-General": a hyphen's parts are titles too.)
    if !title
        .split_whitespace()
        .any(|w| is_portfolio_title(w) || w.split('-').any(is_portfolio_title))
    {
        return None;
    }
    // A president or director takes a portfolio only after "for" ("Deputy President for
    // Investment Affairs"): "managing director of Ocean Eastern Industries" names a company.
    let last = title.rsplit(' ').next().unwrap_or(title);
    if (last.eq_ignore_ascii_case("president") || last.eq_ignore_ascii_case("director"))
        && toks.get(at).is_none_or(|t| t.text() != "for")
    {
        return None;
    }
    // ("minister of External Economic Relations", "minister of Industry and Commerce": a
    // lower-case title may take a capitalised portfolio, as state media write it.)
    let capitalised = title.starts_with(|c: char| c.is_uppercase())
        || title
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        || toks
            .get(at)
            .is_some_and(|t| matches!(t.text(), "of" | "for"))
            && toks
                .get(at + 1)
                .is_some_and(|t| is_portfolio_word(t.text()) && t.text() != "The");
    // A title that already names its portfolio ("Minister of Economy", "Minister of Energy")
    // may list more: "and Mines", ", industry and tourism".
    let last_is = |lists: &[&[&str]]| {
        title.rsplit(' ').next().is_some_and(|w| {
            lists
                .iter()
                .any(|list| list.iter().any(|p| p.eq_ignore_ascii_case(w)))
        })
    };
    let listed = last_is(&[PORTFOLIO_WORDS])
        || [" of ", " for "].iter().any(|c| title.contains(c))
            && last_is(&[PORTFOLIO_WORDS, PORTFOLIO_TAIL_WORDS]);
    let more = portfolio_end(sentence, toks, at, capitalised, listed.then_some(at));
    more.filter(|&e| e > at)
}

/// The end (exclusive token index) of a list from token `at`: items of one to `words` words
/// that `word_ok` takes, joined by ", ", the last after "and" ("Diplomatic, Official and
/// Service Passports", "European Union and Cooperation").
fn capitalised_list_end(
    sentence: &str,
    toks: &[Token],
    at: usize,
    words: usize,
    word_ok: impl Fn(&Token) -> bool,
) -> Option<usize> {
    let gap = |i: usize| sentence.get(toks.get(i - 1)?.end..toks.get(i)?.start);
    let item = |from: usize| {
        let mut i = from;
        while i < from + words
            && toks.get(i).is_some_and(&word_ok)
            && (i == from || gap(i) == Some(" "))
        {
            i += 1;
        }
        (i > from).then_some(i)
    };
    let mut i = at;
    for _ in 0..4 {
        i = item(i)?;
        match (gap(i), toks.get(i).map(Token::text)) {
            (Some(", "), _) => i += 1,
            (Some(" "), Some("and")) => return item(i + 1),
            _ => return None,
        }
    }
    None
}

/// [`portfolio_tail`] without the title: the portfolio words are capitalised or not. `named`:
/// the title already names a portfolio ending before `at`, which a list may go on
/// ("and Mines", ", industry and tourism").
fn portfolio_end(
    sentence: &str,
    toks: &[Token],
    at: usize,
    capitalised: bool,
    named: Option<usize>,
) -> Option<usize> {
    let word = |i: usize| toks.get(i).map(|t| t.text());
    let spaced = |i: usize| {
        i > 0
            && toks.get(i).is_some_and(|t| {
                sentence[toks[i - 1].end..t.start]
                    .chars()
                    .all(char::is_whitespace)
            })
    };
    let portfolio = |w: &str| {
        let capital = w.starts_with(|c: char| c.is_uppercase());
        let known = |list: &[&str]| list.iter().any(|p| p.eq_ignore_ascii_case(w));
        // A lower-case title takes a lower-case portfolio, a capitalised one a capitalised one.
        capital == capitalised && (known(PORTFOLIO_WORDS) || known(PORTFOLIO_TAIL_WORDS))
    };
    let mut end = named;
    let mut i = at;
    // "Minister of Energy Transition": a named portfolio may go on in more of its words.
    if named.is_some() {
        while word(i).is_some_and(portfolio) && spaced(i) {
            i += 1;
        }
        end = Some(i);
    }
    // A comma before token `i`: "of commerce, industry and tourism" lists portfolios.
    let comma = |i: usize| {
        i > 0
            && toks
                .get(i)
                .is_some_and(|t| &sentence[toks[i - 1].end..t.start] == ", ")
    };
    loop {
        // "Minister for Foreign Affairs, European Union and Cooperation,": a capitalised title's
        // list of portfolios the lists lack, closed by "and" and a comma or the sentence's end.
        if end.is_some()
            && capitalised
            && comma(i)
            && let Some(list_end) = capitalised_list_end(sentence, toks, i, 3, |t| {
                is_capitalised(t.text()) && !is_time_word(t.text())
            })
            // ("…, European Union and Cooperation, X": the list closes the title.)
            && toks
                .get(list_end - 1)
                .is_some_and(|t| sentence[t.end..].is_empty() || sentence[t.end..].starts_with([',', '.', ';']))
        {
            end = Some(list_end);
            break;
        }
        if end.is_some() && comma(i) {
            // Items up to an "and": a list that ends otherwise is not the title's.
            let mut j = i;
            loop {
                let first = j;
                while word(j).is_some_and(portfolio) && (j == first || spaced(j)) {
                    j += 1;
                }
                if j == first || !comma(j) {
                    break;
                }
            }
            if j == i || word(j) != Some("and") || !spaced(j) {
                break;
            }
            // ("…, Foreign, Commonwealth and Development Office": the list names a body.)
            let mut last = j + 1;
            while word(last).is_some_and(portfolio) && spaced(last) {
                last += 1;
            }
            if spaced(last) && word(last).is_some_and(|w| GAZETTEER.org_heads.contains_key(w)) {
                break;
            }
            end = Some(j);
            i = j;
            continue;
        }
        // The run may end right after a portfolio: "…, UAE Minister of State for Trade,".
        let Some(connector) = word(i) else { break };
        if !matches!(connector, "of" | "for" | "on" | "and") || !spaced(i) {
            break;
        }
        if connector == "and" && end.is_none() {
            break;
        }
        let mut j = i + 1;
        // "of the Treasury" names a body, "for the Environment" a portfolio.
        if matches!(word(j), Some("the")) && spaced(j) {
            if connector == "of" {
                break;
            }
            j += 1;
        }
        let first = j;
        // Capitalised words the lists lack belong to the portfolio when a head word ends them
        // ("for Bilateral Relations and ASEAN Affairs", "for Political Affairs"); a name after
        // the portfolio has none ("for Foreign Affairs Ana Ruiz").
        let mut run = j;
        // A brief "for" a country or region names it whole: "Special Envoy for South Sudan".
        let place_end = |at: usize| {
            if REGIONS.contains(&toks[at].text()) {
                return Some(at + 1);
            }
            let hit = GAZETTEER.name_at(&sentence[toks[at].start..])?;
            let known = &GAZETTEER.known[hit.id];
            let end = toks[at].start + hit.end;
            (matches!(known.kind, EntityKind::Country | EntityKind::Place) && !known.demonym)
                .then(|| toks.partition_point(|t| t.start < end))
        };
        // Whether the run so far holds a word no list has.
        let mut unlisted = false;
        while run < first + 5 && spaced(run) {
            let Some(w) = word(run) else { break };
            if connector == "for"
                && capitalised
                && let Some(end) = place_end(run)
            {
                unlisted |= !(run..end).all(|t| word(t).is_some_and(portfolio));
                run = end;
                j = run;
            } else if portfolio(w) {
                run += 1;
                if !unlisted || PORTFOLIO_HEADS.contains(&w) {
                    j = run;
                }
            } else if capitalised && w.starts_with(|c: char| c.is_uppercase()) && w != "The" {
                unlisted = true;
                run += 1;
            } else {
                break;
            }
        }
        // "Minister of Defence and Foreign Minister X": a second title is no portfolio.
        let title_next = word(j).is_some_and(|w| {
            PORTFOLIO_TITLES.contains(&w.to_lowercase().as_str())
                || GAZETTEER.roles.iter().any(|r| r.eq_ignore_ascii_case(w))
        });
        if j == first || (connector == "and" && title_next) {
            break;
        }
        end = Some(j);
        i = j;
    }
    end
}

/// Adds an indirect mention of entity `id` over `span` ("the government" for its country,
/// "the PCS" for its holder), in order, unless a mention already covers part of the span.
pub(crate) fn insert_indirect(
    mentions: &mut Vec<Mention>,
    span: std::ops::Range<usize>,
    kind: EntityKind,
    id: usize,
) {
    if mentions
        .iter()
        .any(|m| m.start < span.end && span.start < m.end)
    {
        return;
    }
    let at = mentions.partition_point(|m| m.start < span.start);
    let mut mention = entity_mention(span.start, span.end, kind, id);
    mention.indirect = true;
    mentions.insert(at, mention);
}

fn entity_mention(start: usize, end: usize, kind: EntityKind, id: usize) -> Mention {
    Mention {
        start,
        end,
        kind: MentionKind::Entity(kind),
        entity: Some(id),
        demonym: false,
        indirect: false,
    }
}

/// Pieces of up to this many words (nearly all) have their texts read onto the stack.
const WORDS_ON_STACK: usize = 8;

/// The texts of a piece's tokens, written into `stack` for a piece of up to
/// [`WORDS_ON_STACK`] words, else into `heap`: collected into a `Vec`, they were an allocation
/// for every piece classified. (Both buffers are the caller's: a struct holding them was
/// built here and copied out, 160 bytes for every piece.)
fn words_of<'a, 's>(
    piece: &[Token<'s>],
    stack: &'a mut [&'s str; WORDS_ON_STACK],
    heap: &'a mut Vec<&'s str>,
) -> &'a [&'s str] {
    if piece.len() <= WORDS_ON_STACK {
        for (word, token) in stack.iter_mut().zip(piece) {
            *word = token.text();
        }
        &stack[..piece.len()]
    } else {
        heap.extend(piece.iter().map(|t| t.text()));
        heap
    }
}

/// Splits a capitalised run at role titles and classifies each piece.
fn classify_run(
    sentence: &str,
    run: &[Token],
    (name_hits, role_hits): (&[Hit], &[Hit]),
    (after_title, before_title): (bool, bool),
    register: &mut Register,
    out: &mut Vec<Mention>,
) {
    // A company name may hold a title word: "Golden Falcon General Trading LLC".
    let last = run.last().map_or("", |t| t.text());
    // A portfolio title is no company's: "Peruvian Minister of Energy".
    let portfolio_title = || {
        run.windows(2)
            .any(|w| matches!(w[1].text(), "of" | "for") && is_portfolio_title(w[0].text()))
    };
    // (A sentence-initial "The" is not the title: "The Chair of the Sanctions Committee".)
    let first = usize::from(run.len() > 1 && run[0].text() == "The");
    if run.len() >= 3
        && GAZETTEER.org_heads.contains_key(last)
        && role_hit(sentence, run, first, role_hits).is_none()
        && !portfolio_title()
    {
        classify_piece(sentence, run, name_hits, false, register, out);
        return;
    }
    // "Agreement on … for Holders of Diplomatic and Official Passports" holds no title.
    if run.len() >= first + 3
        && is_treaty_first_word(run[first].text())
        && matches!(run[first + 1].text(), "on" | "of" | "for" | "between")
    {
        classify_piece(sentence, run, name_hits, false, register, out);
        return;
    }
    // "the Office of the President": a title after "HEAD of the" ends a body's name.
    let names_body = |i: usize| {
        i >= 3
            && run[i - 1].text() == "the"
            && run[i - 2].text() == "of"
            && GAZETTEER.org_heads.contains_key(run[i - 3].text())
            // ("Office of the Minister of …" goes on to the title's portfolio.)
            && run
                .get(i + 1)
                .is_none_or(|t| !matches!(t.text(), "of" | "for"))
    };
    let mut i = 0;
    while i < run.len() {
        if !names_body(i)
            && let Some((mention, next)) = role_at(sentence, run, i, role_hits)
        {
            // A role word is only a role when it is not the head of an organisation name.
            out.push(mention);
            i = next;
            continue;
        }
        // The piece runs to the next role title.
        let mut end = i + 1;
        while end < run.len()
            && (role_hit(sentence, run, end, role_hits).is_none() || names_body(end))
        {
            end += 1;
        }
        // Portfolio words right before a title belong to it: "Foreign Affairs Cabinet
        // Secretary", "Maritime Affairs Undersecretary".
        // ("Trade and Industry Minister": two portfolios joined by "and".)
        let portfolio_word = |k: usize| {
            is_portfolio_word(run[k].text())
                // "National Unity Government Foreign Minister": a body's head ends the
                // portfolio, and so does a name ("South African Industry Minister").
                && !GAZETTEER.org_heads.contains_key(run[k].text())
                && !inside_hit(name_hits, &run[k])
        };
        let mut portfolio = end;
        let mut joined = false;
        while portfolio > i && end < run.len() && end - portfolio < 3 + usize::from(joined) {
            if portfolio_word(portfolio - 1) {
                portfolio -= 1;
            } else if !joined
                // (The word after "and" may be the title's own: "Industry Minister".)
                && is_portfolio_word(run[portfolio].text())
                && portfolio - 1 > i
                && run[portfolio - 1].text() == "and"
                // ("Industry" heads bodies too, but not before "and" and a portfolio.)
                && is_portfolio_word(run[portfolio - 2].text())
                && !inside_hit(name_hits, &run[portfolio - 2])
            {
                joined = true;
                portfolio -= 2;
            } else {
                break;
            }
        }
        // ("Department of Agriculture Director X": the portfolio names the body.)
        let names_body = portfolio > i && matches!(run[portfolio - 1].text(), "of" | "for");
        if portfolio < end
            && !names_body
            && let Some((mut mention, next)) = role_at(sentence, run, end, role_hits)
        {
            if let MentionKind::Role(title) = &mention.kind {
                let words = sentence[run[portfolio].start..run[end].start].to_lowercase();
                let words: String = words.split_whitespace().map(|w| format!("{w} ")).collect();
                mention.kind = MentionKind::Role(format!("{words}{title}"));
                mention.start = run[portfolio].start;
            }
            classify_piece(
                sentence,
                &run[i..portfolio],
                name_hits,
                false,
                register,
                out,
            );
            out.push(mention);
            i = next;
            continue;
        }
        // A piece before a title, or first after one, may be the body the title serves.
        let body_context = end < run.len() || (i == 0 && after_title) || before_title;
        classify_piece(
            sentence,
            &run[i..end],
            name_hits,
            body_context,
            register,
            out,
        );
        i = end;
    }
}

/// Classifies a run piece without role titles: organisation, treaty, gazetteer names, person.
fn classify_piece(
    sentence: &str,
    piece: &[Token],
    name_hits: &[Hit],
    body_context: bool,
    register: &mut Register,
    out: &mut Vec<Mention>,
) {
    // Trim connectors at either end ("of Hanoi Naval Academy"), and a
    // sentence-initial "The", "A" or "An" ("- A Memorandum of Understanding on …").
    let mut piece = piece;
    while piece.first().is_some_and(|t| {
        is_name_connector(t.text())
            || t.text() == "The"
            || piece.len() > 1 && matches!(t.text(), "A" | "An")
    }) {
        piece = &piece[1..];
    }
    // ("Political Bureau of the CPC Central Committee and" before a title: the "and" joins
    // the two posts, not two parts of the name.)
    while piece
        .last()
        .is_some_and(|t| is_name_connector(t.text()) || t.text() == "and")
    {
        piece = &piece[..piece.len() - 1];
    }
    let Some(first) = piece.first() else { return };
    let (mut stack, mut heap) = ([""; WORDS_ON_STACK], Vec::new());
    let words = words_of(piece, &mut stack, &mut heap);
    let start = first.start;
    let end = piece[piece.len() - 1].end;
    let text = &sentence[start..end];
    if let Some(&id) = register.stated.get(text) {
        register.touch(id);
        out.push(entity_mention(start, end, register.entities[id].kind, id));
        return;
    }

    // "Agreement on Academic Exchange" is a treaty whatever its last word, also after the
    // place it is named for: "Lisbon Accord on Maritime Safety", "Doha Accord for Peace and
    // Reintegration".
    // (The list test last: most pieces are too short for the rest.)
    let treaty_at = (0..words.len().min(4)).find(|&h| {
        h + 2 < words.len()
            && matches!(words[h + 1], "on" | "of" | "for")
            && is_treaty_first_word(words[h])
    });
    if treaty_at.is_some() {
        let id = register.add(EntityKind::Treaty, text, None);
        out.push(entity_mention(start, end, EntityKind::Treaty, id));
        return;
    }
    // Organisation: a head word last, or first and followed by "of"/"for".
    let head_last = GAZETTEER.org_heads.get(words.last().unwrap_or(&""));
    // "Ministry of Defence", "Socialist Party of Chile", "Standing Commission on …".
    let head_at = (0..words.len().saturating_sub(2)).find(|&h| {
        matches!(
            words[h + 1],
            "of" | "for" | "on" | "de" | "del" | "da" | "do" | "dos" | "das" | "du"
        ) && GAZETTEER.org_heads.contains_key(words[h])
    });
    // A legal form first makes a company of the words after it, unless they are a known name
    // ("PJSC Rosneft" is Rosneft).
    let form_first = || {
        words.len() >= 2
            && COMPANY_PREFIXES.contains(&words[0])
            && !name_hits.iter().any(|h| h.start == piece[1].start)
    };
    let head_first = head_at
        .and_then(|h| GAZETTEER.org_heads.get(words[h]))
        .or_else(|| form_first().then_some(&EntityKind::Organization));
    // "Cabinet of Ministers Dilnoza Karimova": a body named by its portfolio, then a person.
    // ("Treasury for Terrorism … NAME" is left whole for `spans`, which makes it a title.)
    if head_last.is_none()
        && let Some(h) = head_at
        && words[h + 1] == "of"
        && let Some(e) = portfolio_end(sentence, piece, h + 1, true, None)
        && e + 2 <= piece.len()
        && looks_like_person(&words[e..])
        && !words[e..].iter().any(|w| {
            is_portfolio_word(w)
                || GAZETTEER.org_heads.contains_key(w)
                || GAZETTEER.lookup(w).is_some()
        })
    {
        body_then_person(sentence, piece, e, (name_hits, body_context), register, out);
        return;
    }
    // "(Governor of) the Central Bank Ana Ruiz", "the National Security Council Petro
    // Kovalenko": a body's name ends at its head word, and a name follows. A lone head is the
    // body only after "the".
    // ("the Ministry of Foreign Affairs of Poland Katarzyna Nowak": or at its country, or at
    // a title that names the body: "the Office of the President Ana Ruiz".)
    let name_word = |w: &&str| {
        !matches!(*w, "of" | "for" | "on" | "and" | "the")
            && !is_portfolio_word(w)
            && !GAZETTEER.org_heads.contains_key(w)
            && GAZETTEER.lookup(w).is_none()
    };
    let name_from = || {
        (words.len().saturating_sub(4).max(1)..words.len()).find(|&k| {
            words[k..].iter().all(name_word)
                && !inside_hit(name_hits, &piece[k])
                && (looks_like_person(&words[k..])
                    || k + 1 == words.len() && initial_and_name(words[k]))
        })
    };
    if head_last.is_none()
        && let Some(k) = name_from()
        && (GAZETTEER.org_heads.contains_key(words[k - 1])
            && (k > 1 || sentence[..start].ends_with("the "))
            || k >= 3
                && words[k - 2] == "of"
                && GAZETTEER.lookup(words[k - 1]).is_some()
                && words[..k - 2]
                    .iter()
                    .any(|w| GAZETTEER.org_heads.contains_key(w))
            // "the Office of the President D.Oyunchimeg"
            || k >= 4
                && words[k - 3..k - 1] == ["of", "the"]
                && GAZETTEER.org_heads.contains_key(words[k - 4])
            // "… of the House of Commons Daniel Okafor": a known name ends before the name.
            || k >= 2
                && name_hits
                    .iter()
                    .any(|h| h.end == piece[k - 1].end && h.start >= start))
    {
        body_then_person(sentence, piece, k, (name_hits, body_context), register, out);
        return;
    }
    // "Ana Ruiz of the Free Alliance", "Jan Nowak of the European Conservatives": a person,
    // then the body she belongs to.
    // ("Cuba-Democratic Republic of the Congo Rail Agreement" is a treaty's name.)
    if let Some(k) = words.iter().position(|w| *w == "of")
        && (head_last.is_some() || words.get(k + 1) == Some(&"the"))
        && !words.last().is_some_and(|w| is_treaty_head(w))
        && k + 1 < words.len()
        && looks_like_person(&words[..k])
        && !words[..k].iter().any(|w| {
            w.starts_with(char::is_lowercase)
                || GAZETTEER.org_heads.contains_key(w)
                || GAZETTEER.lookup(w).is_some()
        })
    {
        other_words(sentence, &piece[..k], false, register, out);
        classify_piece(
            sentence,
            &piece[k + 1..],
            name_hits,
            body_context,
            register,
            out,
        );
        return;
    }
    if let Some(&kind) = head_last.or(head_first) {
        let whole = GAZETTEER.lookup(text);
        // A head word alone is a body only when definite ("the Committee added …"); without
        // "the" it is a common noun ("Shipping through the strait …", "Bank officials").
        let definite = sentence[..start].ends_with("the ") || sentence[..start].ends_with("The ");
        if words.len() == 1 && whole.is_none() && !definite {
            return;
        }
        // A leading country name or demonym qualifies the body: "South Korean Ministry of …".
        let prefix = hit_at(name_hits, start)
            .filter(|h| h.end < end && GAZETTEER.known[h.id].kind == EntityKind::Country);
        // "the Australian Government" is Australia acting (it signs, sanctions, hosts).
        if let Some(h) = prefix
            && sentence[h.end..end].trim() == "Government"
        {
            let known = &GAZETTEER.known[h.id];
            let id = register.add(EntityKind::Country, text, Some(&known.canonical));
            out.push(entity_mention(start, end, EntityKind::Country, id));
            return;
        }
        let rest_known = prefix.and_then(|h| GAZETTEER.lookup(sentence[h.end..end].trim()));
        let (kind, canonical) = match (whole, rest_known) {
            (Some(k), _) => (k.kind, Some(k.canonical.as_str())),
            (None, Some(k))
                if k.country.as_deref()
                    == prefix.map(|h| GAZETTEER.known[h.id].canonical.as_str()) =>
            {
                (k.kind, Some(k.canonical.as_str()))
            }
            _ => (kind, None),
        };
        let id = register.add(kind, text, canonical);
        let entity = &mut register.entities[id];
        entity.head = Some(
            words[if head_last.is_some() {
                words.len() - 1
            } else {
                head_at.unwrap_or_default()
            }]
            .to_lowercase(),
        );
        if let Some(h) = prefix {
            entity.country = Some(Cow::Borrowed(&GAZETTEER.known[h.id].canonical));
        }
        // A known body keeps what the gazetteer knows of it ("… Council" imposes sanctions).
        entity.sanctions |= whole.is_some_and(|k| k.sanctions);
        out.push(entity_mention(start, end, kind, id));
        return;
    }
    if words.last().is_some_and(|w| is_treaty_head(w))
        || (words.len() >= 3 && is_treaty_head(words[0]))
    {
        // "The Memorandum was signed by …": a head alone after "the" is the article's latest
        // treaty of that head, named in full before.
        let head = words[words.len() - 1];
        // ("The Agreement between the Government of X and …" is named by what follows.)
        let complement = sentence[end..].split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "between" | "on" | "of" | "for" | "with" | "concerning" | "regarding" | "to"
            )
        });
        let alone = !complement
            && match *words {
                [_] => sentence[..start].ends_with("the ") || sentence[..start].ends_with("The "),
                [the, _] => the == "The",
                _ => false,
            };
        let earlier = alone
            .then(|| {
                register.most_recent(|e| {
                    e.kind == EntityKind::Treaty
                        && e.label.len() > head.len()
                        && e.label.to_lowercase().contains(&head.to_lowercase())
                })
            })
            .flatten();
        let mut mention = match earlier {
            Some(id) => entity_mention(start, end, EntityKind::Treaty, id),
            None => {
                let id = register.add(EntityKind::Treaty, text, None);
                entity_mention(start, end, EntityKind::Treaty, id)
            }
        };
        mention.indirect = earlier.is_some();
        out.push(mention);
        return;
    }

    // Gazetteer names inside the piece, and what lies between them.
    let mut cursor = 0;
    // Hits are sorted and do not overlap: those inside the piece are one slice of them.
    let inside = &name_hits[name_hits.partition_point(|h| h.start < start)..];
    for hit in inside.iter().take_while(|h| h.end <= end) {
        let hit_first = piece.iter().position(|t| t.start == hit.start);
        let hit_last = piece.iter().position(|t| t.end == hit.end);
        let (Some(a), Some(b)) = (hit_first, hit_last) else {
            continue;
        };
        if a < cursor || city_ends_name(sentence, piece, words, cursor, (a, b), hit) {
            continue;
        }
        // "(Speaker of the) Mazhilis of Kazakhstan": a body named for its country.
        let body = body_context && cursor == 0 && a >= 2 && piece[a - 1].text() == "of";
        other_words(sentence, &piece[cursor..a], body, register, out);
        let known = &GAZETTEER.known[hit.id];
        let surface = &sentence[hit.start..hit.end];
        // "the Ethiopian capital" is the capital city.
        if known.demonym
            && sentence[hit.end..].starts_with(" capital")
            && let Some(capital) = GAZETTEER.capitals.get(&known.canonical)
        {
            let end = hit.end + " capital".len();
            let id = register.add(EntityKind::Place, &sentence[hit.start..end], Some(capital));
            register.entities[id].country = Some(Cow::Borrowed(&known.canonical));
            out.push(entity_mention(hit.start, end, EntityKind::Place, id));
            cursor = b + 1;
            continue;
        }
        let id = register.add(known.kind, surface, Some(&known.canonical));
        let entity = &mut register.entities[id];
        entity.country = known.country.as_deref().map(Cow::Borrowed);
        entity.sanctions = known.sanctions;
        let mut mention = entity_mention(hit.start, hit.end, known.kind, id);
        mention.demonym = known.demonym;
        out.push(mention);
        cursor = b + 1;
    }
    other_words(sentence, &piece[cursor..], body_context, register, out);
}

/// Whether the one-word city `hit` (tokens `a..=b`) ends a person's name that starts at token
/// `from`: Spanish and Portuguese surnames are often cities ("Catalina Restrepo Valencia",
/// "Juan Pérez Santiago"), and English puts no city right after a name without a comma.
fn city_ends_name(
    sentence: &str,
    piece: &[Token],
    words: &[&str],
    from: usize,
    (a, b): (usize, usize),
    hit: &Hit,
) -> bool {
    let known = &GAZETTEER.known[hit.id];
    a == b
        && b + 1 == piece.len()
        && a >= from + 2
        && known.kind == EntityKind::Place
        && !known.demonym
        && sentence.get(piece[a - 1].end..piece[a].start) == Some(" ")
        && looks_like_person(&words[from..a])
        && words[from..a].iter().all(|w| {
            !GAZETTEER.org_heads.contains_key(w)
                && !is_portfolio_word(w)
                && GAZETTEER.lookup(w).is_none()
        })
}

/// A piece read as a body up to token `k` and a person from it ("Governor of the Central Bank
/// Ana Ruiz").
fn body_then_person(
    sentence: &str,
    piece: &[Token],
    k: usize,
    (name_hits, body_context): (&[Hit], bool),
    register: &mut Register,
    out: &mut Vec<Mention>,
) {
    classify_piece(
        sentence,
        &piece[..k],
        name_hits,
        body_context,
        register,
        out,
    );
    other_words(sentence, &piece[k..], false, register, out);
}

/// Capitalised words that are neither a gazetteer name nor an organisation: a person, or a
/// lone name part of a person already met.
fn other_words(
    sentence: &str,
    piece: &[Token],
    body_context: bool,
    register: &mut Register,
    out: &mut Vec<Mention>,
) {
    let mut piece = piece;
    // What is left of a piece around a gazetteer name may end in a connector: "Ana Ruiz of"
    // before "Chile".
    while piece.last().is_some_and(|t| is_name_connector(t.text())) {
        piece = &piece[..piece.len() - 1];
    }
    // A British peer is known by the title ("Baroness Whitcombe of Stainmore"), and later by
    // its name alone ("Baroness Whitcombe", "Lord Ashby").
    if let [style, name, of, place @ ..] = piece
        && of.text() == "of"
        && matches!(
            style.text(),
            "Lord" | "Baroness" | "Baron" | "Viscount" | "Viscountess" | "Earl" | "Countess"
        )
        && (1..=2).contains(&place.len())
        && is_capitalised(name.text())
        && place.iter().all(|t| is_capitalised(t.text()))
    {
        let (start, end) = (style.start, piece[piece.len() - 1].end);
        let id = register.add(EntityKind::Person, &sentence[start..end], None);
        register.stated.insert(name.text().to_owned(), id);
        out.push(entity_mention(start, end, EntityKind::Person, id));
        return;
    }
    // Sentence-initial words and honorifics are not part of a name.
    while piece.first().is_some_and(|t| {
        let w = t.text().trim_end_matches('.');
        is_common(w)
            || matches!(
                w,
                "Gen"
                    | "Lt"
                    | "Col"
                    | "Maj"
                    | "Capt"
                    | "Adm"
                    | "Sgt"
                    | "Hon"
                    | "Amb"
                    // British styles: "Baroness X", "Sir X".
                    | "Baroness"
                    | "Baron"
                    | "Lord"
                    | "Lady"
                    | "Sir"
                    | "Dame"
                    | "Honourable"
                    | "Honorable"
                    | "Rt"
                    | "H.E"
                    // Spellings of the styles in `NAME_STYLES` that a gap keeps.
                    | "H.H"
                    | "Dato'"
                    | "Sri"
                    // Plural titles before a list of names: "Representatives A and B".
                    | "Senators"
                    | "Sens"
                    | "Representatives"
                    | "Reps"
                    | "Messrs"
            )
            || NAME_STYLE_SET.contains(w)
            || is_headline_verb(w)
            || w == "Yang"
                && piece
                    .get(1)
                    .is_some_and(|n| matches!(n.text(), "Berhormat" | "Mulia"))
    }) {
        piece = &piece[1..];
    }
    // "PCS Barasa", "CEO Ruiz": an acronym before a lone surname is a title, not a given name
    // (a surname in capitals has its vowels: "SAITO Kenji").
    if let [acronym, surname] = piece
        && (2..=5).contains(&acronym.text().len())
        && (acronym.text().len() <= 3
            || acronym
                .text()
                .bytes()
                .filter(|b| b"AEIOU".contains(b))
                .count()
                <= 1)
        && acronym.text().bytes().all(|b| b.is_ascii_uppercase())
        && surname.text().chars().skip(1).any(char::is_lowercase)
        && GAZETTEER.lookup(acronym.text()).is_none()
    {
        piece = &piece[1..];
    }
    // "Speaker of Parliament Ana Ruiz": a body's head word, then its officer's name.
    if piece.len() >= 3
        && let Some(&kind) = GAZETTEER.org_heads.get(piece[0].text())
        && looks_like_person(&piece[1..].iter().map(|t| t.text()).collect::<Vec<_>>())
    {
        let (start, end) = (piece[0].start, piece[0].end);
        let id = register.add(kind, &sentence[start..end], None);
        out.push(entity_mention(start, end, kind, id));
        piece = &piece[1..];
    }
    let Some(first) = piece.first() else { return };
    let (mut stack, mut heap) = ([""; WORDS_ON_STACK], Vec::new());
    let words = words_of(piece, &mut stack, &mut heap);
    let start = first.start;
    let end = piece[piece.len() - 1].end;
    if let Some(&id) = register.stated.get(&sentence[start..end]) {
        register.touch(id);
        let kind = register.entities[id].kind;
        let mut mention = entity_mention(start, end, kind, id);
        mention.indirect = kind == EntityKind::Person;
        out.push(mention);
        return;
    }
    // A nickname in quotes is no part of the name: 'Thomas "Tom" Whitcomb'.
    let nickname = (1..piece.len().saturating_sub(1)).find(|&i| {
        let quote = |c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}');
        sentence[piece[i - 1].end..piece[i].start].ends_with(quote)
            && sentence[piece[i].end..piece[i + 1].start].starts_with(quote)
    });
    if let Some(i) = nickname {
        let mut name_words = words.to_vec();
        name_words.remove(i);
        if looks_like_person(&name_words) {
            let id = register.add(EntityKind::Person, &name_words.join(" "), None);
            out.push(entity_mention(start, end, EntityKind::Person, id));
            return;
        }
    }
    if looks_like_person(words) || words.len() == 1 && initial_and_name(words[0]) {
        let id = register.add(EntityKind::Person, &sentence[start..end], None);
        out.push(entity_mention(start, end, EntityKind::Person, id));
    } else if words.len() == 1
        && let Some(id) = register.person_by_part(words[0])
    {
        register.touch(id);
        let mut mention = entity_mention(start, end, EntityKind::Person, id);
        mention.indirect = true;
        out.push(mention);
    } else if words.len() == 1 && after_title(sentence, out, start) && is_single_name(words[0]) {
        // "Indonesian Foreign Minister Darmawangsa": one name after a title is a person (many
        // Indonesians and Burmese have one; elsewhere a surname named first).
        let id = register.add(EntityKind::Person, words[0], None);
        out.push(entity_mention(start, end, EntityKind::Person, id));
    } else if let [
        region,
        "State" | "Province" | "Region" | "Oblast" | "County" | "Governorate",
    ] = *words
        && !is_common(region)
        && !matches!(region, "Member" | "Partner" | "Islamic" | "Nation")
    {
        // "Governor of Jonglei State": a country's region the gazetteer lacks.
        let id = register.add(EntityKind::Place, &sentence[start..end], None);
        out.push(entity_mention(start, end, EntityKind::Place, id));
    } else if body_context
        && words.len() <= 4
        && !words
            .iter()
            .any(|w| is_common(w) || ACADEMIC_FIELDS.contains(w))
    {
        let id = register.add(EntityKind::Organization, &sentence[start..end], None);
        out.push(entity_mention(start, end, EntityKind::Organization, id));
    }
}

/// Whether the last mention found is an office held by one person ("Foreign Minister",
/// "Speaker"; not "Executive" or "Official", which also qualify nouns: "Executive Order"),
/// ending one space before byte `start`.
fn after_title(sentence: &str, out: &[Mention], start: usize) -> bool {
    const OFFICES: &[&str] = &[
        "minister",
        "president",
        "premier",
        "speaker",
        "senator",
        "ambassador",
        "chancellor",
        "governor",
        "mayor",
        "envoy",
        "commissioner",
        "chairman",
        "chairwoman",
        "king",
        "queen",
        "emir",
        "sultan",
        "prince",
        "princess",
    ];
    out.last().is_some_and(|m| {
        matches!(&m.kind, MentionKind::Role(title)
            if OFFICES.iter().any(|o| title.ends_with(o)))
            && sentence.get(m.end..start) == Some(" ")
    })
}

/// A word that can be a whole name: capitalised, then lower case ("Darmawangsa"), and no
/// known word (a place, a body's head, a month).
fn is_single_name(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
        && !is_common(word)
        && !is_time_word(word)
        && !is_headline_verb(word)
        && !GAZETTEER.org_heads.contains_key(word)
        && GAZETTEER.lookup(word).is_none()
}

/// A patronymic initial joined to a given name by a full stop, as Mongolian names are written
/// ("Ts.Enkhtuya", "Kh.Ganbaatar").
fn initial_and_name(word: &str) -> bool {
    word.split_once('.').is_some_and(|(initial, name)| {
        let upper_then_lower = |w: &str, min: usize| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && w.chars().count() >= min
                && chars.all(char::is_lowercase)
        };
        initial.chars().count() <= 2 && upper_then_lower(initial, 1) && upper_then_lower(name, 3)
    })
}

/// Capitalised subjects after a title that are no body: "professor of Economics".
const ACADEMIC_FIELDS: &[&str] = &[
    "Economics",
    "Law",
    "History",
    "Medicine",
    "Science",
    "Sciences",
    "Engineering",
    "Philosophy",
    "Physics",
    "Mathematics",
    "Chemistry",
    "Biology",
    "English",
    "Journalism",
    "Studies",
    "Politics",
    "Staff",
    "State",
    "Ceremonies",
    "Protocol",
];

/// A personal pronoun, resolved later by the rules' coreference step: `word`, the text of
/// `token`.
fn pronoun(sentence: &str, word: &str, token: &Token) -> Option<Mention> {
    // Only an ASCII word lowers to an ASCII pronoun, so an ASCII-lowered copy on the stack
    // answers as `to_lowercase` would, without allocating for every capitalised word.
    let word = word.as_bytes();
    // Every pronoun starts with h, s, i, m or t, and is short: most words are turned down by
    // their first byte and length before the copy. (Bit `n` set: a pronoun of `n` letters
    // starts with that letter, as the `match` below lists them.)
    let lengths: u8 = match word.first()? | 0x20 {
        b'h' => 1 << 2 | 1 << 3,
        b's' => 1 << 3,
        b'i' => 1 << 1 | 1 << 2 | 1 << 3,
        b'm' => 1 << 2,
        b't' => 1 << 4 | 1 << 5,
        _ => return None,
    };
    if lengths >> word.len().min(7) & 1 == 0 {
        return None;
    }
    // "HE Ali Khan", "met HE the Minister": the style His Excellency, no pronoun.
    if word == b"HE" && sentence[token.end..].starts_with(' ') {
        return None;
    }
    // "His Excellency Dr. X", "Her Majesty": a style, no pronoun.
    if matches!(word, b"His" | b"Her")
        && [
            " Excellency",
            " Majesty",
            " Highness",
            " Royal",
            " Eminence",
            " Holiness",
        ]
        .iter()
        .any(|style| sentence[token.end..].starts_with(style))
    {
        return None;
    }
    let mut buf = [0u8; 5];
    let lower = buf.get_mut(..word.len())?;
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    let p = match &*lower {
        b"he" | b"him" | b"his" | b"she" | b"her" => Pronoun::Person,
        b"it" | b"its" => Pronoun::Thing,
        b"they" | b"them" | b"their" => Pronoun::Plural,
        // (A lower-case "i" is no word of English prose.)
        b"i" if word == b"I" => Pronoun::Speaker,
        b"me" | b"my" => Pronoun::Speaker,
        _ => return None,
    };
    Some(Mention {
        start: token.start,
        end: token.end,
        kind: MentionKind::Pronoun(p),
        entity: None,
        demonym: false,
        indirect: false,
    })
}

/// Whether `sentence` opens, past a bullet or a number, on a word in capitals and a comma
/// ("- PETRAKOU, Ivan …"), as a sanctions list's item does.
fn opens_like_list_item(sentence: &str) -> bool {
    let rest = after_list_marks(sentence);
    // Most sentences open on a capital and a lower-case letter: settled at the second byte.
    if rest.as_bytes().get(1).is_none_or(u8::is_ascii_lowercase) {
        return false;
    }
    let end = rest
        .find(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}')))
        .unwrap_or(rest.len());
    end >= 2 && rest[end..].starts_with(", ") && !rest[..end].chars().any(char::is_lowercase)
}

/// `text` past the marks a list item opens with: bullets, dashes, numbers, brackets and spaces.
fn after_list_marks(mut text: &str) -> &str {
    loop {
        let skipped = text.trim_start_matches(|c: char| {
            c.is_ascii_whitespace()
                || c.is_ascii_digit()
                || matches!(c, '-' | '*' | '.' | '(' | ')')
        });
        match skipped.strip_prefix(['\u{2022}', '\u{2013}', '\u{2014}', '\u{b7}']) {
            Some(after) => text = after,
            None => return skipped,
        }
    }
}

/// Where "MoU" stands at token `i`, or right after a "The" or "This" there. (Kept out of line,
/// as [`inverted_name`] is: inlined into the token loop, such rare tests slowed it for every
/// word.)
#[inline(never)]
fn mou_at(toks: &[Token], i: usize) -> Option<usize> {
    let is_mou = |t: &Token| matches!(t.text(), "MoU" | "MOU");
    if is_mou(&toks[i]) {
        Some(i)
    } else {
        (matches!(toks[i].text(), "The" | "This") && toks.get(i + 1).is_some_and(is_mou))
            .then_some(i + 1)
    }
}

/// A name as official sanctions lists write it, the surname in capitals first ("PETRAKOU, Ivan
/// Sergeevich"), where a list item opens: a person, labelled in the usual order ("Ivan
/// Sergeevich Petrakou"). A second spelling in brackets ("(Russian spelling: PETRAKOV, Ivan
/// Sergeyevich)") is an alias of that person, not a mention. Returns the token after the name.
#[inline(never)]
fn inverted_name(
    sentence: &str,
    toks: &[Token],
    i: usize,
    register: &mut Register,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let surname = toks[i].text();
    let capitals = surname.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && surname
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '\u{2019}'));
    if !capitals || !sentence[toks[i].end..].starts_with(", ") {
        return None;
    }
    let lead = sentence[..toks[i].start].trim_end();
    let item_start = after_list_marks(lead).is_empty();
    let alias = lead.ends_with("spelling:") || lead.ends_with("spelt:");
    if !item_start && !alias {
        return None;
    }
    // One to three given names, each capitalised and spaced, then the item goes on or ends.
    let mut end = i + 1;
    while end < toks.len().min(i + 4) {
        let word = toks[end].text();
        let gap = &sentence[toks[end - 1].end..toks[end].start];
        let given = word.starts_with(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase)
            && gap == if end == i + 1 { ", " } else { " " };
        if !given {
            break;
        }
        end += 1;
    }
    let rest = &sentence[toks[end - 1].end..];
    let closed =
        rest.is_empty() || rest.starts_with([',', ';', ')', '.']) || rest.starts_with(" (");
    if end == i + 1
        || !closed
        || GAZETTEER.lookup(surname).is_some()
        || GAZETTEER.lookup(toks[i + 1].text()).is_some()
    {
        return None;
    }
    let given: Vec<&str> = toks[i + 1..end].iter().map(|t| t.text()).collect();
    let mut label = given.join(" ");
    label.push(' ');
    let mut upper = true;
    for c in surname.chars() {
        if upper {
            label.push(c);
        } else {
            label.extend(c.to_lowercase());
        }
        upper = matches!(c, '-' | '\'' | '\u{2019}');
    }
    let (start, stop) = (toks[i].start, toks[end - 1].end);
    if alias {
        if let Some(id) = register.most_recent(|e| e.kind == EntityKind::Person) {
            let aliases = &mut register.entities[id].aliases;
            aliases.insert(label);
            aliases.insert(sentence[start..stop].to_owned());
        }
        return Some(end);
    }
    let id = register.add(EntityKind::Person, &label, None);
    register.entities[id]
        .aliases
        .insert(sentence[start..stop].to_owned());
    out.push(entity_mention(start, stop, EntityKind::Person, id));
    Some(end)
}

/// Lower-case mentions: delegations, definite descriptions ("the ministry").
fn lower_case_mention(
    sentence: &str,
    toks: &[Token],
    i: usize,
    register: &mut Register,
    so_far: &[Mention],
    role_hits: &[Hit],
) -> Option<(Mention, usize)> {
    let word = toks[i].text();
    // Asked for nearly every word, and lowering one is a pass over it: an ASCII word keeps its
    // length in lower case, so only one of ten or eleven bytes can be "delegation(s)".
    if (matches!(word.len(), 10 | 11) || !toks[i].ascii)
        && matches!(lowercase(word).as_ref(), "delegation" | "delegations")
    {
        return super::visits::delegation_mention(sentence, toks, i, so_far).map(|m| (m, i + 1));
    }
    // "A Ledger Watch team led by X", "an IMF mission headed by X": a group sent under a
    // leader travels as a delegation does.
    if matches!(word, "team" | "mission")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.text(), "led" | "headed"))
        && toks.get(i + 2).is_some_and(|t| t.text() == "by")
    {
        return super::visits::delegation_mention(sentence, toks, i, so_far).map(|m| (m, i + 1));
    }
    if let Some((m, next)) = super::treaties::treaty_phrase(sentence, toks, i, register) {
        return Some((m, next));
    }
    // "the ministry", "university president": a head word pointing back to a named body.
    // (ASCII case folding agrees with `to_lowercase` here, without allocating for every
    // word after a capitalised one.)
    let definite = i > 0
        && ["the", "this", "that"]
            .iter()
            .any(|d| toks[i - 1].text().eq_ignore_ascii_case(d));
    let before_role = toks.get(i + 1).is_some_and(|t| {
        role_hits
            .binary_search_by_key(&t.start, |h| h.start)
            .is_ok()
    });
    // The cheap context test first: most words follow no article and precede no title.
    if !(definite || before_role) {
        return None;
    }
    let lower = lowercase(word);
    if is_head_capitalised(&lower) {
        let id = register.most_recent(|e| e.head.as_deref() == Some(lower.as_ref()))?;
        register.touch(id);
        let kind = register.entities[id].kind;
        let mut m = entity_mention(toks[i].start, toks[i].end, kind, id);
        m.indirect = true;
        return Some((m, i + 1));
    }
    None
}

/// Whether `lower` with its first letter upper-cased is an organisation's head word ("ministry"
/// is "Ministry"). An ASCII word is capitalised in a buffer on the stack: collecting a `String`
/// for each word after "the" or before a title cost an allocation each.
fn is_head_capitalised(lower: &str) -> bool {
    let mut buf = [0u8; 32];
    if !lower.is_empty()
        && lower.is_ascii()
        && let Some(copy) = buf.get_mut(..lower.len())
    {
        copy.copy_from_slice(lower.as_bytes());
        copy[0].make_ascii_uppercase();
        // (ASCII bytes are UTF-8.)
        return std::str::from_utf8(copy).is_ok_and(|w| GAZETTEER.org_heads.contains_key(w));
    }
    is_head_capitalised_collected(lower)
}

/// [`is_head_capitalised`] for any word, through a collected `String` (its first form, and the
/// reference its stack copy is tested against).
fn is_head_capitalised_collected(lower: &str) -> bool {
    let mut c = lower.chars();
    let capitalised = c
        .next()
        .map(|f| f.to_uppercase().chain(c).collect::<String>())
        .unwrap_or_default();
    GAZETTEER.org_heads.contains_key(&capitalised)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(sentence: &str) -> Vec<(String, String)> {
        let mut register = Register::default();
        find(sentence, &mut register)
            .into_iter()
            .map(|m| {
                let kind = match &m.kind {
                    MentionKind::Entity(k) => format!("{k:?}"),
                    MentionKind::Role(t) => format!("Role({t})"),
                    MentionKind::Pronoun(p) => format!("Pronoun({p:?})"),
                };
                (kind, sentence[m.start..m.end].to_owned())
            })
            .collect()
    }

    /// A debugging aid, not a check: prints the mentions of each line of `NEWSKG_PROBE`
    /// (`NEWSKG_PROBE='…' cargo test --lib probe -- --ignored --nocapture`).
    #[test]
    #[ignore]
    #[expect(
        clippy::print_stdout,
        reason = "a debugging aid: it prints what it finds"
    )]
    fn probe() {
        for line in std::env::var("NEWSKG_PROBE").unwrap_or_default().lines() {
            println!("{line}");
            for (kind, text) in kinds(line) {
                println!("  {kind:<24} {text}");
            }
        }
    }

    #[test]
    fn country_role_person() {
        let found =
            kinds("Russian Culture Minister Olga Ivanova met North Korean leader Pak Song-il.");
        let texts: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Russian",
                "Culture Minister",
                "Olga Ivanova",
                "North Korean",
                "leader",
                "Pak Song-il"
            ]
        );
        assert_eq!(found[2].0, "Person");
    }

    #[test]
    fn organisation_then_title_then_person() {
        let found = kinds("Hanoi Naval Academy President Tran Van Duc spoke.");
        assert_eq!(
            found[0],
            ("Organization".to_owned(), "Hanoi Naval Academy".to_owned())
        );
        assert_eq!(found[1].0, "Role(president)");
        assert_eq!(found[2], ("Person".to_owned(), "Tran Van Duc".to_owned()));
    }

    #[test]
    fn places_and_events_are_not_people() {
        for text in [
            "He fought in the Battle of Kursk.",
            "They met at the East Side Grand Theatre.",
            "Related Article",
        ] {
            assert!(
                kinds(text).iter().all(|(k, _)| k != "Person"),
                "{text}: {:?}",
                kinds(text)
            );
        }
    }

    #[test]
    fn a_head_word_alone_is_no_body() {
        for text in [
            "Shipping through the strait resumed.",
            "Bank officials declined to comment.",
        ] {
            assert!(
                kinds(text).iter().all(|(k, _)| k != "Organization"),
                "{text}: {:?}",
                kinds(text)
            );
        }
    }

    #[test]
    fn a_body_named_by_a_list_of_portfolios_is_one_body() {
        let found = kinds("The Ministry of Economy, Trade and Industry imposed sanctions.");
        assert_eq!(
            found[0],
            (
                "Agency".to_owned(),
                "Ministry of Economy, Trade and Industry".to_owned()
            )
        );
        let texts: Vec<String> = kinds("The Ministry of Defence, Japan and Peru agreed.")
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        assert_eq!(texts, ["Ministry of Defence", "Japan", "Peru"]);
    }

    #[test]
    fn every_pronoun_passes_the_shape_test() {
        let is_pronoun = |w: &str| {
            let toks = crate::extract::text::tokens(w);
            pronoun(w, w, &toks[0]).is_some()
        };
        for w in [
            "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "I", "me",
            "my", "He", "HIS", "Their", "It", "My",
        ] {
            assert!(is_pronoun(w), "{w}");
        }
        for w in ["the", "this", "has", "i", "said", "theirs", "hi"] {
            assert!(!is_pronoun(w), "{w}");
        }
    }

    /// [`names_by_part`] as first written, by `memchr` searches.
    fn names_by_part_reference(label: &str, word: &str) -> bool {
        memchr::memchr(b' ', label.as_bytes()).is_some() && {
            let label = [" Jr.", " Jr", " Sr.", " Sr", " III", " II", " IV"]
                .iter()
                .find_map(|s| label.strip_suffix(s))
                .unwrap_or(label);
            let bytes = label.as_bytes();
            let last_word = memchr::memrchr(b' ', bytes).map_or(0, |i| i + 1);
            let same = |part: &str| {
                part == word
                    || part.len() > 1
                        && !part.bytes().any(|b| b.is_ascii_lowercase())
                        && part.eq_ignore_ascii_case(word)
            };
            same(&label[..memchr::memchr2(b' ', b'-', bytes).unwrap_or(label.len())])
                || same(&label[memchr::memrchr2(b' ', b'-', bytes).map_or(0, |i| i + 1)..])
                || label[last_word..] == *word
                || memchr::memchr_iter(b' ', bytes).count() >= 2 && {
                    let before = &label[..last_word - 1];
                    before[memchr::memrchr(b' ', before.as_bytes()).map_or(0, |i| i + 1)..] == *word
                }
        }
    }

    #[test]
    fn words_are_the_tokens_texts_on_the_stack_or_not() {
        for text in ["Ana Ruiz", "A B C D E F G H", "A B C D E F G H I J"] {
            let toks = crate::extract::text::tokens(text);
            let (mut stack, mut heap) = ([""; WORDS_ON_STACK], Vec::new());
            let words = words_of(&toks, &mut stack, &mut heap);
            assert_eq!(words, text.split(' ').collect::<Vec<_>>());
        }
    }

    proptest::proptest! {
        /// A title's role text is that of the full steps, shortcut or not.
        #[test]
        fn role_titles_are_those_of_the_full_steps(
            text in "(?:Lt|Gen|Deputy|MINISTER|of| |  |[.\t\u{b}\u{a0}\u{2019}]|\u{c9}|x){0,8}",
        ) {
            proptest::prop_assert_eq!(role_title(&text), role_title_collected(&text));
        }
    }

    proptest::proptest! {
        /// The persons' kept name parts find the person that reading every entity's label
        /// anew finds, also after a label changes.
        #[test]
        fn kept_name_parts_find_as_the_labels_do(
            labels in proptest::collection::vec("(?:Ana|ANA|Ruiz|RUIZ|Jr\\.?|Sr|III?|IV|[ -]|x){1,6}", 1..5),
            words in proptest::collection::vec("(?:Ana|ANA|Ruiz|ana|Jr|III|x|-){0,2}", 1..6),
            relabel in "(?:Ana|Ruiz|[ -]|x){0,4}",
        ) {
            let mut register = Register::default();
            register.add(EntityKind::Place, "Lima", None);
            for label in &labels {
                register.add(EntityKind::Person, label, None);
            }
            for (k, word) in words.iter().enumerate() {
                let by_labels = register.most_recent(|e| {
                    e.kind == EntityKind::Person && names_by_part(&e.label, word)
                });
                proptest::prop_assert_eq!(register.person_by_part(word), by_labels);
                // A label changed after its parts were kept, and a person added.
                let last = register.entities.len() - 1;
                register.entities[last].label = relabel.clone();
                if k == 1 {
                    register.add(EntityKind::Person, "Ana Ruiz", None);
                }
            }
        }

        #[test]
        fn a_part_names_as_by_memchr(
            label in "(?:Ana|ANA|Ruiz|RUIZ|Jr\\.?|Sr|III?|IV|I|[ -]|\u{e9}|x){0,7}",
            word in "(?:Ana|ANA|Ruiz|ana|Jr|III|I|x|\u{e9}|-){0,2}",
        ) {
            proptest::prop_assert_eq!(
                names_by_part(&label, &word),
                names_by_part_reference(&label, &word),
                "{:?} {:?}", label, word
            );
        }
    }

    #[test]
    fn lone_surname_refers_back() {
        let mut register = Register::default();
        find("Defence Minister Ali Karimi arrived.", &mut register);
        let later = find("Karimi said the talks went well.", &mut register);
        assert_eq!(later[0].entity, Some(0));
        assert!(later[0].indirect);
        // A Spanish name's first surname, in the middle of three words.
        let mut register = Register::default();
        find(
            "Foreign Minister Elmer Quispe Valdivia arrived.",
            &mut register,
        );
        let later = find("Quispe said the talks went well.", &mut register);
        assert_eq!(later[0].entity, Some(0));
    }

    #[test]
    fn every_head_word_is_found_capitalised() {
        for head in GAZETTEER.org_heads.keys() {
            let lower = head.to_lowercase();
            assert_eq!(
                is_head_capitalised(&lower),
                is_head_capitalised_collected(&lower),
                "{head}"
            );
        }
    }

    proptest::proptest! {
        /// The stack copy answers as the collected `String` did, for ASCII and other words.
        #[test]
        fn head_capitalised_as_first_written(
            lower in "(?:[a-z0-9' .-]|ministry|council|agency|\u{e9}|\u{df}|\u{1c6}|\u{fb01}|\u{130}){0,6}"
        ) {
            proptest::prop_assert_eq!(
                is_head_capitalised(&lower),
                is_head_capitalised_collected(&lower)
            );
        }
    }
}
