//! Extraction: `&Document -> Extraction`, pure rules over text, no storage.
//!
//! Each article is cut into sentences; each sentence into mentions (entities, role titles,
//! pronouns, see [`mentions`]); each rule family then matches patterns over the mentions and the
//! text between them. Coreference is resolved inside the document only: a pronoun, a lone surname
//! or "the ministry" refers to the most recent compatible entity, and "the minister" to the
//! person the article last gave that title.

pub mod dates;
mod listings;
mod meetings;
pub mod mentions;
mod roles;
mod sanctions;
mod spans;
pub mod text;
mod treaties;
mod visits;

use memchr::memmem;
use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::LazyLock;

use crate::document::Document;
use crate::entity::slug;
use dates::{DateMention, FuzzyDate, find_dates};
use mentions::{Mention, MentionKind, Pronoun, Register};

/// The types of entity newskg knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    Person,
    Organization,
    Agency,
    Country,
    Place,
    Delegation,
    Treaty,
}

impl EntityKind {
    /// The IRI path segment of this kind.
    pub fn segment(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organization => "organization",
            Self::Agency => "agency",
            Self::Country => "country",
            Self::Place => "place",
            Self::Delegation => "delegation",
            Self::Treaty => "treaty",
        }
    }
}

/// The relations newskg extracts, named as in gold files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Relation {
    HoldsRole,
    Leads,
    Visits,
    SanctionedBy,
    Signs,
    Meets,
    MemberOf,
}

impl Relation {
    pub const ALL: [Self; 7] = [
        Self::HoldsRole,
        Self::Leads,
        Self::Visits,
        Self::SanctionedBy,
        Self::Signs,
        Self::Meets,
        Self::MemberOf,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::HoldsRole => "holds_role",
            Self::Leads => "leads",
            Self::Visits => "visits",
            Self::SanctionedBy => "sanctioned_by",
            Self::Signs => "signs",
            Self::Meets => "meets",
            Self::MemberOf => "member_of",
        }
    }
}

/// Whether the text asserts a fact, hedges it or denies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modality {
    Asserted,
    Hedged,
    Negated,
}

/// An entity as one document names it.
#[derive(Debug, Clone)]
pub struct Entity {
    pub kind: EntityKind,
    /// Identity key (see [`crate::entity`]); the IRI is minted from it.
    pub key: String,
    /// The fullest name this document gives it.
    pub label: String,
    /// Every surface form seen in the document.
    pub aliases: BTreeSet<String>,
    /// Lower-case head word of an organisation ("ministry"), for "the ministry".
    pub head: Option<String>,
    /// Country a person serves or a body belongs to, when known: borrowed from the gazetteer,
    /// which names most of them (a copy for each body and place mentioned cost an allocation).
    pub country: Option<Cow<'static, str>>,
    /// A body known to impose sanctions.
    pub sanctions: bool,
}

impl Entity {
    pub fn new(kind: EntityKind, key: String, label: String) -> Self {
        Self {
            kind,
            key,
            label,
            aliases: BTreeSet::new(),
            head: None,
            country: None,
            sanctions: false,
        }
    }
}

/// What a fact points to: an entity, or a role title for `holds_role`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Object {
    Entity(usize),
    Role(String),
}

/// One extracted statement, with where it was found and how.
#[derive(Debug, Clone)]
pub struct Fact {
    pub relation: Relation,
    /// Index into [`Extraction::entities`].
    pub subject: usize,
    pub object: Object,
    /// For `holds_role`: the organisation, country or person the role is held at or for.
    pub role_at: Option<usize>,
    pub date: Option<FuzzyDate>,
    pub modality: Modality,
    pub confidence: f32,
    /// The rule that fired, e.g. `roles/title-before-name`.
    pub rule: &'static str,
    /// Byte range of the evidence sentence in the document text.
    pub evidence: Range<usize>,
}

/// Everything extracted from one document.
#[derive(Debug, Default)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    pub facts: Vec<Fact>,
}

/// Gaps between two mentions that several rule families read ([`Sentence::gap`]): a
/// possessive ("Ghana's delegation", "Cyprus' president") and a bare "and".
pub(crate) static POSSESSIVE_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^['\u{2019}]s?\s+$").expect("pattern compiles"));
pub(crate) static AND_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+and\s+$").expect("pattern compiles"));

/// A sentence with its mentions, as the rules see it.
pub(crate) struct Sentence<'a> {
    pub text: &'a str,
    pub mentions: Vec<Mention>,
    /// The article's publication date, against which the sentence's dates resolve.
    published: Option<jiff::civil::Date>,
    /// The sentence's dates, found on first use: most sentences yield no fact and need none.
    dates: OnceCell<Vec<DateMention>>,
    /// Literals that rules need before they read the sentence.
    pub cues: SentenceCues,
}

/// Literals of a sentence that rules need before they read it, found by [`ArticleCues`].
#[derive(Clone, Copy, Default)]
pub(crate) struct SentenceCues {
    /// "enators" or "Sens." ([`roles::plural_titles`]).
    pub senators: bool,
    /// "such" or "similar" (the treaties' "signed such pacts with …").
    pub such: bool,
    /// "two " (meetings' "the two men had met").
    pub two: bool,
    /// "two " or "oth " ("both"; memberships' "Both countries are members of").
    pub pair: bool,
}

/// Where the literals that rules ask sentences for occur in the article, each found in one
/// pass: a search in each sentence cost more in set-up than in scanning.
struct ArticleCues {
    senators: Occurrences,
    sens: Occurrences,
    such: Occurrences,
    similar: Occurrences,
    /// "he " (of "the", "she"), before an acronym in [`title_acronyms`].
    he: Occurrences,
    anction: Occurrences,
    two: Occurrences,
    both: Occurrences,
}

impl ArticleCues {
    fn new(text: &str) -> Self {
        static FINDERS: LazyLock<[memmem::Finder<'static>; 8]> = LazyLock::new(|| {
            [
                "enators", "Sens.", "such", "similar", "he ", "anction", "two ", "oth ",
            ]
            .map(memmem::Finder::new)
        });
        let [senators, sens, such, similar, he, anction, two, both] =
            FINDERS.each_ref().map(|f| Occurrences::new(text, f));
        Self {
            senators,
            sens,
            such,
            similar,
            he,
            anction,
            two,
            both,
        }
    }

    fn in_sentence(&self, range: &Range<usize>) -> SentenceCues {
        let two = self.two.inside(range).next().is_some();
        SentenceCues {
            senators: self.senators.inside(range).next().is_some()
                || self.sens.inside(range).next().is_some(),
            such: self.such.inside(range).next().is_some()
                || self.similar.inside(range).next().is_some(),
            two,
            pair: two || self.both.inside(range).next().is_some(),
        }
    }
}

/// The starts of a literal's occurrences in a text. None of the literals overlaps itself, so
/// one search finds them all.
struct Occurrences {
    starts: Vec<usize>,
    len: usize,
}

impl Occurrences {
    fn new(text: &str, finder: &memmem::Finder<'_>) -> Self {
        Self {
            starts: finder.find_iter(text.as_bytes()).collect(),
            len: finder.needle().len(),
        }
    }

    /// The starts of the occurrences inside `range`.
    fn inside(&self, range: &Range<usize>) -> impl Iterator<Item = usize> {
        let first = self.starts.partition_point(|&s| s < range.start);
        let end = range.end;
        self.starts[first..]
            .iter()
            .copied()
            .take_while(move |&s| s + self.len <= end)
    }
}

impl Sentence<'_> {
    fn dates(&self) -> &[DateMention] {
        self.dates
            .get_or_init(|| find_dates(self.text, self.published))
    }

    /// Start of the clause holding byte `pos`: after the last `;`, `,` or dash before it.
    fn clause_start(&self, pos: usize) -> usize {
        self.text
            .get(..pos)
            .and_then(|t| t.rfind([';', ',', '\u{2014}']))
            .map_or(0, |i| i + 1)
    }

    /// Whether `b` is written in brackets right after `a`: "the Federal Bureau of
    /// Investigation (FBI)", a body and its short name.
    pub fn in_brackets_after(&self, a: &Mention, b: &Mention) -> bool {
        self.gap(a, b) == " (" && self.text[b.end..].starts_with(')')
    }

    /// Text between two mentions (empty when they overlap or are out of order). Honorifics
    /// just before a person are not part of it: "Foreign Minister Shri NAME" and "Prime
    /// Minister, H.E. Mr. NAME" read as "Foreign Minister NAME" and "Prime Minister, NAME".
    pub fn gap(&self, a: &Mention, b: &Mention) -> &str {
        let mut gap = self.text.get(a.end..b.start).unwrap_or("");
        // A caption's position marker after a name is not part of it: "A (L) and B signed".
        if gap.as_bytes().get(1) == Some(&b'(')
            && a.is_kind(&[EntityKind::Person])
            && let Some(marker) = POSITION_MARKER.find(gap)
        {
            gap = &gap[marker.end()..];
        }
        // Most gaps are a space or a comma and space: too short to hold an honorific.
        if gap.len() < 4 || !b.is_kind(&[EntityKind::Person]) {
            return gap;
        }
        without_honorifics(gap)
    }

    /// The date stated nearest after `pos` in the same clause, or else the nearest before it
    /// (a sentence-initial "On May 2, …" counts).
    pub fn date_near(&self, pos: usize) -> Option<FuzzyDate> {
        static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"[,;\u{2014}]|(?-u:\b)(?:since|after|before|when|while|following|marking)(?-u:\b)",
            )
            .expect("pattern compiles")
        });
        let after = self
            .dates()
            .iter()
            .find(|d| d.start >= pos && !CLAUSE_BREAK.is_match(&self.text[pos..d.start]));
        // A date opening the sentence ("On Wednesday, March 5, the minister travelled", "In
        // Lima on 10 November, X met Y") dates its clause across the comma.
        let before = || {
            self.dates().iter().rev().find(|d| {
                d.end <= pos
                    && (d.start < 5
                        || d.end <= 40
                            && self.mentions.iter().all(|m| {
                                m.start >= d.end
                                    || m.is_kind(&[EntityKind::Place, EntityKind::Country])
                                        && !m.demonym
                            })
                        || !CLAUSE_BREAK.is_match(&self.text[d.end..pos]))
            })
        };
        after.or_else(before).map(|d| d.date)
    }

    /// How the sentence up to byte offset `to` qualifies a claim starting at `from`: a denial
    /// or hedge anywhere before the claim's end governs it ("X denied that Y visited Z").
    pub fn modality(&self, from: usize, to: usize) -> Modality {
        let from = from.min(self.clause_start(from));
        static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)(?:denie[sd]|deny|denying|not|never|no longer|refused to|refuses to|refuse to|declined to|declines to|rejected|dismissed reports|No|Not|Never|[Nn]either)(?-u:\b)|n't(?-u:\b)")
                .expect("pattern compiles")
        });
        static HEDGED: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)(?:may|might|could|would|should|must|ought to|reportedly|allegedly|purportedly|speculat\w*|rumou?r\w*|believed to|suspected|possibly|perhaps|expected to|plans? to|planning to|wants? to|wanted to|hopes? to|hoped to|is set to|are set to|due to|scheduled to|slated to|will|if|agreed to|agree to|invit(?:ed|ation)\s+[^.]{0,60}?to\s+visit)(?-u:\b)")
                .expect("pattern compiles")
        });
        let window = self.text.get(from.min(to)..to.max(from)).unwrap_or("");
        if NEGATED.is_match(window) {
            Modality::Negated
        } else if HEDGED.is_match(window) {
            Modality::Hedged
        } else {
            Modality::Asserted
        }
    }
}

/// Pushes a fact, lowering confidence when it rests on an indirect mention.
pub(crate) struct Facts<'a> {
    pub out: &'a mut Vec<Fact>,
    pub range: Range<usize>,
}

impl Facts<'_> {
    /// Pushes a fact between two entities (every relation but `holds_role`).
    #[expect(
        clippy::too_many_arguments,
        reason = "one call per rule, every field named at the call"
    )]
    pub fn link(
        &mut self,
        relation: Relation,
        subject: usize,
        object: usize,
        date: Option<FuzzyDate>,
        modality: Modality,
        confidence: f32,
        rule: &'static str,
    ) {
        self.push(
            relation,
            subject,
            Object::Entity(object),
            None,
            date,
            modality,
            confidence,
            rule,
        );
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "one call per rule, every field named at the call"
    )]
    pub fn push(
        &mut self,
        relation: Relation,
        subject: usize,
        object: Object,
        role_at: Option<usize>,
        date: Option<FuzzyDate>,
        modality: Modality,
        confidence: f32,
        rule: &'static str,
    ) {
        if matches!(object, Object::Entity(o) if o == subject) {
            return;
        }
        self.out.push(Fact {
            relation,
            subject,
            object,
            role_at,
            date,
            modality,
            confidence,
            rule,
            evidence: self.range.clone(),
        });
    }
}

/// Asserted facts as gold-file rows, appended to `out` one line each, fields between tabs:
/// `article relation subject object extra evidence`, names as the article spells them, extra =
/// where a role is held or the date (`XXXX` for an unknown year), tabs and line breaks in the
/// evidence turned into spaces. (Written where they are read, not collected as six strings a
/// row first.)
pub fn write_fact_rows(out: &mut String, doc: &Document, extraction: &Extraction) {
    let label = |i: usize| extraction.entities[i].label.as_str();
    for f in extraction
        .facts
        .iter()
        .filter(|f| f.modality == Modality::Asserted)
    {
        let object = match &f.object {
            Object::Entity(o) => label(*o),
            Object::Role(r) => r,
        };
        for field in [&doc.id, f.relation.name(), label(f.subject), object] {
            out.push_str(field);
            out.push('\t');
        }
        match (f.role_at, f.date) {
            (Some(at), _) => out.push_str(label(at)),
            (None, Some(date)) => out.push_str(&date.to_gold()),
            (None, None) => {}
        }
        out.push('\t');
        push_one_line(out, &doc.text[f.evidence.clone()]);
        out.push('\n');
    }
}

/// Pushes `text` with tabs and line breaks turned into spaces. (Most evidence holds none, and
/// is pushed as it is: `replace` with a set of chars decoded every char of it.)
fn push_one_line(out: &mut String, text: &str) {
    if memchr::memchr3(b'\t', b'\n', b'\r', text.as_bytes()).is_some() {
        out.push_str(&text.replace(['\t', '\n', '\r'], " "));
    } else {
        out.push_str(text);
    }
}

// A transcript's speaker label: "Ana Ruiz: …", "Q12 Chair: …", "AFP: …" (a question's number,
// then up to five capitalised words and a colon).
static SPEAKER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:Q[0-9]{1,4}\s+)?\p{Lu}[^\s:]*(?:\s+\p{Lu}[^\s:]*){0,4}:\s")
        .expect("pattern compiles")
});

/// The end of the speaker label that opens `sentence`, if one does.
fn speaker_label(sentence: &str) -> Option<usize> {
    // Most sentences hold no colon in their first words. (A byte search: the colon is ASCII,
    // so where it is found a character starts; `str::find` cost 12k instructions an article.)
    let bytes = sentence.as_bytes();
    let colon = memchr::memchr(b':', &bytes[..bytes.len().min(64)])?;
    let label = SPEAKER_LABEL.find(sentence).filter(|l| l.end() > colon)?;
    // "Q:" and "A:" mark turns, not speakers; a heading's word names none either.
    let word = sentence[label.start()..colon].trim();
    const HEADINGS: &[&str] = &[
        "note",
        "notes",
        "photo",
        "source",
        "update",
        "correction",
        "witnesses",
        "witness",
        "members",
        "present",
        "contact",
        "tel",
        "email",
        "background",
        "editor",
        "editing",
        "reporting",
        "date",
        "time",
        "venue",
        "location",
        "subject",
        "topic",
        "agenda",
    ];
    (word.chars().count() > 1 && !HEADINGS.iter().any(|h| word.eq_ignore_ascii_case(h)))
        .then_some(colon + 1)
}

/// Removes the mentions inside a speaker label (a label is no subject of the sentence after
/// it), returning the person it names.
fn take_label(mentions: &mut Vec<Mention>, label_end: usize) -> Option<usize> {
    let person = mentions
        .iter()
        .take_while(|m| m.end < label_end)
        .filter(|m| m.is_kind(&[EntityKind::Person]))
        .find_map(|m| m.entity);
    mentions.retain(|m| m.start >= label_end);
    person
}

/// A name's closing abbreviation keeps its period ("Marcos Jr.", "Acme Co."), so the rules
/// see "Marcos Jr. signed" as a name next to its verb, not a name, a period, then a verb.
fn absorb_abbreviation_periods(sentence: &str, mentions: &mut [Mention]) {
    for m in mentions {
        if matches!(m.kind, MentionKind::Entity(_))
            && sentence[m.end..].starts_with('.')
            && text::is_abbreviation(&sentence[..m.end])
        {
            m.end += 1;
        }
    }
}

/// A sentence's text in the set of those an article has shown, hashed by its length and its
/// first and last eight bytes, not all of them: few sentences of an article share those, and
/// equal hashes are still told apart by the whole text. (Hashing every byte of every sentence
/// cost some 10k instructions an article.)
#[derive(PartialEq, Eq)]
struct SeenText<'a>(&'a str);

impl std::hash::Hash for SeenText<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let bytes = self.0.as_bytes();
        match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
            (Some(first), Some(last)) => {
                state.write_usize(bytes.len());
                state.write_u64(u64::from_ne_bytes(*first));
                state.write_u64(u64::from_ne_bytes(*last));
            }
            _ => state.write(bytes),
        }
    }
}

/// Extracts the entities and facts of one document.
pub fn extract(doc: &Document) -> Extraction {
    let mut register = Register::default();
    let mut facts: Vec<Fact> = Vec::new();
    let sentences = text::sentences(&doc.text);
    // Sized for every sentence: growing rehashed each sentence's text again.
    let mut seen: HashSet<SeenText> =
        HashSet::with_capacity_and_hasher(sentences.len(), Default::default());
    let mut previous_person: Option<usize> = None;
    let mut previous_subject: Option<usize> = None;
    // The speaker a transcript's last label named (`Some(None)`: a label naming no person).
    let mut label_speaker: Option<Option<usize>> = None;
    let mut bullet_list = None;
    let mut sanctions_seen = false;
    let cues = sanctions::Cues::new(&doc.text);
    let travel_verbs = visits::TravelVerbs::new(&doc.text);
    let dateline = visits::Dateline::of(&doc.text);
    let article_cues = ArticleCues::new(&doc.text);
    let mut scratch = mentions::Scratch::default();
    for range in sentences {
        let sentence_text = &doc.text[range.clone()];
        // Captions are often printed twice; a repeated sentence adds nothing.
        if !seen.insert(SeenText(sentence_text)) {
            continue;
        }
        let mut mentions = mentions::find_in(sentence_text, &mut register, &mut scratch);
        if let Some(label) = speaker_label(sentence_text) {
            // A label naming no person ("Chair:", "AFP:") ends the last speaker's turn, in a
            // transcript already under way ("Interview: …" heads an article).
            match take_label(&mut mentions, label) {
                Some(person) => label_speaker = Some(Some(person)),
                None if label_speaker.is_some() => label_speaker = Some(None),
                None => {}
            }
        }
        spans::repair(sentence_text, &mut mentions, &mut register);
        absorb_abbreviation_periods(sentence_text, &mut mentions);
        visits::name_delegations(sentence_text, &mut mentions, &mut register);
        visits::unknown_places(
            sentence_text,
            (range.clone(), &travel_verbs),
            &mut mentions,
            &mut register,
        );
        if let Some(dateline) = &dateline {
            visits::arrived_here(
                sentence_text,
                (range.clone(), &travel_verbs),
                dateline,
                &mut mentions,
                &mut register,
            );
        }
        // The one who says "I" outside quotes (an interview's answers, a minister's release):
        // the first person the article gives a title.
        // (A transcript names its speaker before each answer: "Ana Ruiz: I met …".)
        let speaker = mentions
            .iter()
            .any(|m| matches!(m.kind, MentionKind::Pronoun(Pronoun::Speaker)))
            .then(|| {
                label_speaker.unwrap_or_else(|| {
                    facts
                        .iter()
                        .find(|f| {
                            f.relation == Relation::HoldsRole
                                && f.modality == Modality::Asserted
                                && register.entities[f.subject].kind == EntityKind::Person
                        })
                        .map(|f| f.subject)
                })
            })
            .flatten();
        resolve_pronouns(
            sentence_text,
            &mut mentions,
            &register,
            (previous_person, previous_subject),
            speaker,
        );
        resolve_descriptions(sentence_text, &mut mentions, &facts, previous_person);
        // "the PCS": an acronym after the article's "he " (of "the") in this sentence.
        let he = article_cues.he.inside(&range).map(|i| i - range.start);
        resolve_title_acronyms(
            title_acronyms(sentence_text, he),
            sentence_text,
            &mut mentions,
            &facts,
        );
        // A pronoun is a mention too: "he met X … the two signed" pairs him with X.
        for m in &mentions {
            if let (MentionKind::Pronoun(_), Some(e)) = (&m.kind, m.entity) {
                register.touch(e);
            }
        }
        let sentence = Sentence {
            text: sentence_text,
            published: doc.published,
            dates: OnceCell::new(),
            mentions,
            cues: article_cues.in_sentence(&range),
        };
        let mut out = Facts {
            out: &mut facts,
            range: range.clone(),
        };
        roles::extract(&sentence, &mut register, &mut out);
        roles::memberships(&sentence, &mut out);
        roles::pair_members(&sentence, &register, &mut out);
        roles::plural_titles(&sentence, &mut register, &mut out);
        roles::chaired_by(&sentence, &mut register, &mut out);
        roles::chairs(&sentence, &mut register, &mut out);
        roles::predecessors(&sentence, &mut register, &mut out);
        visits::extract(&sentence, &mut register, &mut out);
        sanctions_seen = sanctions_seen || article_cues.anction.inside(&range).next().is_some();
        let cue = cues.in_sentence(&doc.text, range.clone());
        sanctions::extract(&sentence, &mut register, &mut out, sanctions_seen, cue);
        bullet_list = sanctions::bullets(&sentence, &mut register, &mut out, bullet_list);
        treaties::extract(&sentence, &mut register, &mut out);
        meetings::extract(&sentence, &mut register, &mut out);
        roles::stated_aliases(&sentence, &mut register);

        // The sentence's first person, a resolved "she" included: "As governor she chairs …
        // alongside Minister X. … She met …" is still about her.
        if let Some(p) = sentence.mentions.iter().find(|m| {
            m.is_kind(&[EntityKind::Person])
                || matches!(m.kind, MentionKind::Pronoun(Pronoun::Person)) && m.entity.is_some()
        }) {
            previous_person = p.entity;
        }
        previous_subject = sentence.mentions.iter().find_map(|m| match m.kind {
            MentionKind::Entity(_) | MentionKind::Pronoun(_) => m.entity,
            MentionKind::Role(_) => None,
        });
        scratch.recycle(sentence.mentions);
    }
    // Annexes list designees apart from the prose, under the body the prose shows imposing
    // sanctions.
    let agent = register.sanctioning.or_else(|| {
        facts.iter().find_map(|f| match (f.relation, &f.object) {
            (Relation::SanctionedBy, Object::Entity(a)) => Some(*a),
            _ => None,
        })
    });
    if let Some(agent) = agent {
        let published = doc.published.map(FuzzyDate::from_date);
        listings::extract(&doc.text, published, agent, &mut register, &mut facts);
    }
    let mut extraction = Extraction {
        entities: register.entities,
        facts,
    };
    fold_lone_names(&mut extraction);
    finish(&mut extraction, doc);
    extraction
}

/// A person named by one word before the article gives the full name ("Speaker Sankale
/// Hosts …" above "Jackson Ole Sankale"; a live blog's latest entry first): when exactly one
/// fuller name of the article begins or ends with that word, the word is that person: its
/// facts move to the fuller name, which takes its aliases, and it takes the fuller name's
/// identity key (so its own node is the same node).
fn fold_lone_names(extraction: &mut Extraction) {
    let entities = &mut extraction.entities;
    let is_person = |e: &Entity| e.kind == EntityKind::Person;
    let mut into: HashMap<usize, usize> = HashMap::default();
    for (id, e) in entities.iter().enumerate() {
        if !is_person(e) || e.label.contains(' ') {
            continue;
        }
        let word = crate::entity::person_key(&e.label);
        let mut fuller = entities.iter().enumerate().filter(|(other, f)| {
            *other != id
                && is_person(f)
                && f.label.split_whitespace().nth(1).is_some()
                && [
                    f.label.split_whitespace().next(),
                    f.label.split_whitespace().last(),
                ]
                .into_iter()
                .flatten()
                .any(|w| crate::entity::person_key(w) == word)
        });
        if let (Some((full, _)), None) = (fuller.next(), fuller.next()) {
            into.insert(id, full);
        }
    }
    for (&lone, &full) in &into {
        let aliases = entities[lone].aliases.clone();
        entities[full].aliases.extend(aliases);
        entities[lone].key = entities[full].key.clone();
    }
    let moved = |id: usize| into.get(&id).copied().unwrap_or(id);
    for f in &mut extraction.facts {
        f.subject = moved(f.subject);
        if let Object::Entity(o) = &mut f.object {
            *o = moved(*o);
        }
        f.role_at = f.role_at.map(moved);
    }
    // A lone name met its own full name ("Sankale met Jackson Ole Sankale"): no fact.
    extraction
        .facts
        .retain(|f| !matches!(f.object, Object::Entity(o) if o == f.subject));
}

/// `text` without the forms of address it ends with ("…, H.E. Mr. ", "… Shri "): the text
/// before a name, read as if the name followed at once.
/// A photo caption's marker of where a person stands: "(L)", "(2nd R)", "(seated, left)".
static POSITION_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s\((?:(?:seated|standing|front|back|far|centre|center|[1-9](?:st|nd|rd|th)|second|third)[ ,]+)*(?:L|R|C|left|right|centre|center)\)",
    )
    .expect("pattern compiles")
});

pub(crate) fn without_honorifics(text: &str) -> &str {
    static HONORIFICS_AT_END: LazyLock<Regex> = LazyLock::new(|| {
        let styles = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Hon", "Rt", "Amb"]
            .iter()
            .chain(mentions::NAME_STYLES);
        let words: Vec<String> = styles.map(|w| format!(r"{w}\.?")).collect();
        Regex::new(&format!(
            r"(?:(?-u:\b)(?:H\.\s?E\.|His Excellency|Her Excellency|Yang Berhormat|Yang Mulia|{})\s+)+$",
            words.join("|")
        ))
        .expect("pattern compiles")
    });
    match HONORIFICS_AT_END.find(text) {
        Some(m) => &text[..m.start()],
        None => text,
    }
}

static IT_SIGNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:was|were|is|has\s+been|had\s+been|will\s+be)\s+(?:\w+\s+)?signed(?-u:\b)")
        .expect("pattern compiles")
});

/// Points each pronoun at its antecedent: a person pronoun at the first person earlier in the
/// sentence (the subject) or else the previous sentence's; "it/its" likewise at a body, and
/// "It was signed by" at the article's latest treaty; "I" outside quotes at `speaker`, as a
/// person pronoun.
fn resolve_pronouns(
    sentence: &str,
    mentions: &mut [Mention],
    register: &Register,
    (previous_person, previous_subject): (Option<usize>, Option<usize>),
    speaker: Option<usize>,
) {
    let is_body = |id: usize| {
        matches!(
            register.entities[id].kind,
            EntityKind::Organization
                | EntityKind::Agency
                | EntityKind::Delegation
                | EntityKind::Treaty
        )
    };
    for i in 0..mentions.len() {
        let MentionKind::Pronoun(p) = mentions[i].kind else {
            continue;
        };
        if p == Pronoun::Thing
            && IT_SIGNED.is_match(&sentence[mentions[i].end..])
            && let Some(treaty) = register.most_recent(|e| e.kind == EntityKind::Treaty)
        {
            mentions[i].kind = MentionKind::Entity(EntityKind::Treaty);
            mentions[i].entity = Some(treaty);
            mentions[i].indirect = true;
            continue;
        }
        let earlier = &mentions[..i];
        mentions[i].entity = match p {
            Pronoun::Person => earlier
                .iter()
                .find(|m| m.is_kind(&[EntityKind::Person]))
                .and_then(|m| m.entity)
                .or(previous_person),
            Pronoun::Thing => earlier
                .iter()
                .filter_map(|m| m.entity)
                .find(|&e| is_body(e))
                .or(previous_subject.filter(|&e| is_body(e))),
            Pronoun::Plural => None,
            // ('"I met him," said X' is X's: a quoted "I" stays unresolved.)
            Pronoun::Speaker => {
                let quoted = sentence.contains(['"', '\u{201c}', '\u{201d}']);
                let speaker = speaker.filter(|_| !quoted);
                if speaker.is_some() {
                    mentions[i].kind = MentionKind::Pronoun(Pronoun::Person);
                }
                speaker
            }
        };
        mentions[i].indirect = true;
    }
}

/// Points "the minister", "the foreign minister" (a title after "the" that names no one
/// itself) at the person the article last gave that title, turning the title into an indirect
/// person mention. A title before a name ("the minister, Ana Ruiz") stays a title. A bare head
/// noun ("the minister") is vaguer: it must name the person the last sentence was about.
fn resolve_descriptions(
    sentence: &str,
    mentions: &mut [Mention],
    facts: &[Fact],
    previous_person: Option<usize>,
) {
    for i in 0..mentions.len() {
        let MentionKind::Role(title) = &mentions[i].kind else {
            continue;
        };
        // "the Kuwaiti minister": a demonym between names the holder's country.
        let country = i
            .checked_sub(1)
            .filter(|&d| {
                mentions[d].demonym && &sentence[mentions[d].end..mentions[i].start] == " "
            })
            .and_then(|d| mentions[d].entity);
        let start = match country {
            Some(_) => mentions[i - 1].start,
            None => mentions[i].start,
        };
        let after_the = sentence[..start]
            .strip_suffix(' ')
            .is_some_and(|b| b.ends_with(" the") || b == "the" || b.ends_with("The"));
        if !after_the || title.starts_with("former") {
            continue;
        }
        // "the minister Ana Ruiz", "the minister, Ana Ruiz", "the minister of X": a title.
        let rest = &sentence[mentions[i].end..];
        let named_next = mentions.get(i + 1).is_some_and(|n| {
            sentence.get(mentions[i].end..n.start).is_some_and(|gap| {
                gap.trim_matches(|c: char| c == ',' || c.is_whitespace())
                    .is_empty()
            })
        });
        if named_next
            || [" of ", " for ", " at ", " to ", "'s", "\u{2019}s"]
                .iter()
                .any(|p| rest.starts_with(p))
        {
            continue;
        }
        let Some(holder) = holder_of(facts, title, country) else {
            continue;
        };
        if !title.contains(' ') && country.is_none() && previous_person != Some(holder) {
            continue;
        }
        let m = &mut mentions[i];
        m.kind = MentionKind::Entity(EntityKind::Person);
        m.entity = Some(holder);
        m.indirect = true;
    }
}

/// The acronyms `(?-u:\b)[Tt]he ([A-Z]{2,5})(?-u:\b)` captures in `sentence`, in order, found
/// from the starts of its "he " (`he`, ascending): a byte test at each, where the regex's
/// prefilter stopped at every "the" and its captures ran a second engine.
fn title_acronyms(
    sentence: &str,
    he: impl Iterator<Item = usize>,
) -> impl Iterator<Item = Range<usize>> {
    let bytes = sentence.as_bytes();
    // (The ASCII `\b`'s word bytes.)
    let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    he.filter_map(move |i| {
        let t = i.checked_sub(1)?;
        if !matches!(bytes[t], b'T' | b't') || t.checked_sub(1).is_some_and(|w| word(&bytes[w])) {
            return None;
        }
        // (Five capitals then a sixth, or then a digit, have no `\b` after any shorter run.)
        let from = i + 3;
        let len = bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_uppercase())
            .count();
        ((2..=5).contains(&len) && !bytes.get(from + len).is_some_and(word))
            .then_some(from..from + len)
    })
}

/// "the PCS", "the DG": an acronym of a title the article gave one person ("Prime Cabinet
/// Secretary", "Director General") stands for that person. `acronyms`: the sentence's, from
/// [`title_acronyms`].
fn resolve_title_acronyms(
    acronyms: impl Iterator<Item = Range<usize>>,
    sentence: &str,
    mentions: &mut Vec<Mention>,
    facts: &[Fact],
) {
    for range in acronyms {
        let acronym = &sentence[range.clone()];
        let mut holders = facts.iter().filter_map(|f| match &f.object {
            Object::Role(r)
                if f.relation == Relation::HoldsRole
                    && f.modality == Modality::Asserted
                    && initials(r) == acronym =>
            {
                Some(f.subject)
            }
            _ => None,
        });
        if let Some(holder) = holders.next()
            && holders.all(|h| h == holder)
        {
            mentions::insert_indirect(mentions, range, EntityKind::Person, holder);
        }
    }
}

/// The initials of a title's words, in capitals: "prime cabinet secretary" → "PCS".
fn initials(title: &str) -> String {
    title
        .split([' ', '-'])
        .filter(|w| !matches!(*w, "of" | "for" | "and" | "the"))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

/// The one person asserted `holds_role` facts give `title` (in `country`, when given), or a
/// title with the same head noun and every word of `title` ("minister of foreign affairs" for
/// "foreign minister"); none when the article gives it to two people.
fn holder_of(facts: &[Fact], title: &str, country: Option<usize>) -> Option<usize> {
    let head = |t: &str| -> String {
        let core = t.split([',']).next().unwrap_or(t);
        let core = core.split(" of ").next().unwrap_or(core);
        let core = core.split(" for ").next().unwrap_or(core);
        core.rsplit(' ').next().unwrap_or(core).to_owned()
    };
    let wanted = head(title);
    let mut holders = facts.iter().rev().filter_map(|f| match &f.object {
        Object::Role(r)
            if f.relation == Relation::HoldsRole
                && f.modality == Modality::Asserted
                && !r.starts_with("former")
                && country.is_none_or(|c| f.role_at == Some(c))
                && head(r) == wanted
                && title
                    .split(' ')
                    .all(|w| r.split([' ', ',']).any(|x| x == w)) =>
        {
            Some(f.subject)
        }
        _ => None,
    });
    let holder = holders.next()?;
    // Two foreign ministers in one article: "the foreign minister" could be either.
    holders.all(|h| h == holder).then_some(holder)
}

/// Premodifiers of a delegation that describe its trip rather than who sent it.
const TRIP_WORDS: &[&str] = &[
    "accompanying",
    "visiting",
    "official",
    "senior",
    "large",
    "small",
];

/// Document-level clean-up: re-key delegations and unnamed treaties, add `member_of`, and keep
/// one fact per key (an undated fact is dropped when a dated twin exists).
fn finish(extraction: &mut Extraction, doc: &Document) {
    // (Made only when a key needs it: most articles name no delegation nor generic treaty.)
    let doc_slug = OnceCell::new();
    let doc_slug = || doc_slug.get_or_init(|| slug(&doc.id));
    let entities = &mut extraction.entities;
    // A delegation is identified by its destination and leader, else only within its article.
    let mut leader: HashMap<usize, usize> = HashMap::default();
    let mut destination: HashMap<usize, usize> = HashMap::default();
    for f in &extraction.facts {
        match (f.relation, &f.object) {
            (Relation::Leads, Object::Entity(d)) => {
                leader.entry(*d).or_insert(f.subject);
            }
            (Relation::Visits, Object::Entity(place))
                if entities[f.subject].kind == EntityKind::Delegation =>
            {
                destination.entry(f.subject).or_insert(*place);
            }
            _ => {}
        }
    }
    // The country whose office each person holds, as the document states it.
    let mut serves: HashMap<usize, usize> = HashMap::default();
    for f in &extraction.facts {
        if f.relation == Relation::HoldsRole
            && let Some(at) = f
                .role_at
                .filter(|&at| entities[at].kind == EntityKind::Country)
        {
            serves.entry(f.subject).or_insert(at);
        }
    }
    // A delegation the text gives no origin ("heading a delegation", "the government
    // delegation") is its leader's country's: "Kuwaiti delegation".
    for (&d, &l) in &leader {
        let label = &entities[d].label;
        let Some(demonym) = serves
            .get(&l)
            .and_then(|&c| crate::gazetteer::GAZETTEER.demonyms.get(&entities[c].label))
            .filter(|_| !label.chars().any(char::is_uppercase))
        else {
            continue;
        };
        // Words about the trip, not the sender, give way to the origin.
        let rest: Vec<&str> = label
            .split_whitespace()
            .filter(|w| !TRIP_WORDS.contains(w))
            .collect();
        let named = format!("{demonym} {}", rest.join(" "));
        let e = &mut entities[d];
        e.aliases.insert(named.clone());
        e.label = named;
    }
    // The new keys are made from the old ones, then set (not every key copied first to read
    // the old ones from).
    let new_keys: Vec<(usize, String)> = entities
        .iter()
        .enumerate()
        .filter_map(|(id, e)| {
            let key = if e.kind == EntityKind::Delegation {
                match (leader.get(&id), destination.get(&id)) {
                    (Some(&l), Some(&d)) => format!("{}-to-{}", entities[l].key, entities[d].key),
                    _ => format!("{}-{}", doc_slug(), slug(&e.label)),
                }
            } else if e.kind == EntityKind::Treaty && treaties::is_generic(&e.label) {
                format!("{}-{}", doc_slug(), slug(&e.label))
            } else {
                return None;
            };
            Some((id, key))
        })
        .collect();
    for (id, key) in new_keys {
        entities[id].key = key;
    }

    // Every role held at an organisation makes its holder a member.
    let members: Vec<Fact> = extraction
        .facts
        .iter()
        .filter(|f| f.relation == Relation::HoldsRole)
        .filter_map(|f| {
            let org = f.role_at?;
            matches!(
                entities[org].kind,
                EntityKind::Organization | EntityKind::Agency
            )
            .then(|| Fact {
                relation: Relation::MemberOf,
                object: Object::Entity(org),
                role_at: None,
                rule: "roles/member-of-role-organisation",
                ..f.clone()
            })
        })
        .collect();
    extraction.facts.extend(members);
    // A former post was held: "a former deputy defence minister" held "deputy defence
    // minister" (its evidence says it is past). Coreference has already kept "the minister"
    // from naming a former holder.
    for f in &mut extraction.facts {
        if let Object::Role(title) = &mut f.object
            && let Some(post) = title.strip_prefix("former ")
        {
            *title = post.to_owned();
        }
    }
    // "a member of X" is a membership, not a role.
    extraction
        .facts
        .retain(|f| !matches!(&f.object, Object::Role(r) if r == "member"));

    // One fact per (relation, subject, object, date); undated twins of dated facts dropped.
    let identity = |f: &Fact| {
        let object = match &f.object {
            Object::Entity(o) => entities[*o].key.clone(),
            Object::Role(r) => r.clone(),
        };
        (f.relation, entities[f.subject].key.clone(), object)
    };
    let dated: HashSet<_> = extraction
        .facts
        .iter()
        .filter(|f| f.date.is_some())
        .map(identity)
        .collect();
    let mut kept = HashSet::default();
    let mut facts: Vec<Fact> = Vec::new();
    for f in extraction.facts.drain(..) {
        let id = identity(&f);
        if f.date.is_none() && f.relation != Relation::HoldsRole && dated.contains(&id) {
            continue;
        }
        let date_key = if f.relation == Relation::HoldsRole {
            None
        } else {
            f.date
        };
        if kept.insert((id, date_key)) {
            facts.push(f);
        } else if f.role_at.is_some() {
            // Prefer the statement of a role that says where it is held.
            if let Some(prev) = facts.iter_mut().find(|p| {
                p.relation == f.relation && identity(p) == identity(&f) && p.role_at.is_none()
            }) {
                *prev = f;
            }
        }
    }
    extraction.facts = facts;
}

#[cfg(test)]
mod tests;
