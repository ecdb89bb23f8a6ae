//! Gazetteers: the general world knowledge the rules rely on, loaded from `ontology/gazetteer/*.tsv`.
//!
//! The files are compiled into the binary (`include_str!`) and parsed once at start-up, so the tool
//! runs from any directory. Names are matched case-sensitively as whole words, role titles
//! ignoring ASCII case.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind, dfa,
};
use anyhow::{Context, Result, bail};
use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use std::sync::LazyLock;

use crate::extract::EntityKind;

/// One named thing the gazetteer knows, reached through any of its names.
#[derive(Debug, Clone)]
pub struct Known {
    pub kind: EntityKind,
    /// The canonical name (first column of its file).
    pub canonical: String,
    /// True when the matched name is a demonym ("North Korean" for North Korea).
    pub demonym: bool,
    /// The country this place or body belongs to, if any.
    pub country: Option<String>,
    /// True for bodies that impose sanctions.
    pub sanctions: bool,
}

/// A gazetteer hit in a text, in byte offsets.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    /// Index into [`Gazetteer::known`] or [`Gazetteer::roles`].
    pub id: usize,
}

pub struct Gazetteer {
    pub known: Vec<Known>,
    names: AhoCorasick,
    name_ids: Vec<usize>,
    /// Where a name can start, for [`Gazetteer::find_names`].
    name_starts: NameStarts,
    /// Each name spelt exactly, for [`Gazetteer::lookup`]: a hash probe, not a scan.
    exact_names: HashMap<String, usize>,
    /// Role titles, lower case.
    pub roles: Vec<String>,
    /// Military ranks and occupations among them: a rank or an occupation before a name is not
    /// the role an article reports.
    pub ranks: FxHashSet<String>,
    /// Royal styles among them ("sheikh", "prince"): after another title they begin the
    /// holder's name ("Foreign Minister Sheikh NAME"), not a compound title.
    pub royal: FxHashSet<String>,
    /// The role titles' DFA, walked by [`Gazetteer::find_roles`] itself.
    role_matcher: dfa::DFA,
    /// Capitalised head words that make a phrase an organisation, with the kind they give.
    pub org_heads: OrgHeads,
    /// Name part -> canonical transliteration, lower case.
    pub name_variants: HashMap<String, String>,
    /// Country canonical name -> its capital.
    pub capitals: HashMap<String, String>,
    /// Country canonical name -> its first demonym ("North Korea" -> "North Korean").
    pub demonyms: HashMap<String, String>,
}

/// Name part -> canonical transliteration, on its own so that keying a name (`person_key`, as
/// every report parameter does) does not build the matchers: that costs ~100 ms per process.
pub static NAME_VARIANT_MAP: LazyLock<HashMap<String, String>> =
    LazyLock::new(|| parse_name_variants().expect("embedded gazetteer is valid"));

fn parse_name_variants() -> Result<HashMap<String, String>> {
    let mut name_variants = HashMap::default();
    for row in rows("name-variants.tsv", NAME_VARIANTS, 2)? {
        for variant in split_list(row[1]) {
            name_variants.insert(variant.to_lowercase(), row[0].to_lowercase());
        }
    }
    Ok(name_variants)
}

/// The gazetteer compiled into this binary.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    // The data is compiled in and checked by tests, so a failure here is a build defect.
    Gazetteer::from_embedded().expect("embedded gazetteer is valid")
});

const COUNTRIES: &str = include_str!("../ontology/gazetteer/countries.tsv");
const PLACES: &str = include_str!("../ontology/gazetteer/places.tsv");
const AGENCIES: &str = include_str!("../ontology/gazetteer/agencies.tsv");
const ORGANIZATIONS: &str = include_str!("../ontology/gazetteer/organizations.tsv");
const ROLES: &str = include_str!("../ontology/gazetteer/roles.tsv");
const ORG_HEADS: &str = include_str!("../ontology/gazetteer/org-heads.tsv");
const NAME_VARIANTS: &str = include_str!("../ontology/gazetteer/name-variants.tsv");

/// Rows of a TSV file after its header, each checked to have `columns` cells.
fn rows<'a>(file: &'static str, text: &'a str, columns: usize) -> Result<Vec<Vec<&'a str>>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let mut cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cells.len() > columns || cells.len() < 2.min(columns) {
            bail!("{file}:{}: expected {columns} tab-separated columns", n + 1);
        }
        cells.resize(columns, "");
        out.push(cells);
    }
    Ok(out)
}

fn split_list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|s| !s.is_empty())
}

impl Gazetteer {
    pub fn from_embedded() -> Result<Self> {
        let mut known = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut name_ids = Vec::new();
        let mut add_names = |id: usize, names: &mut dyn Iterator<Item = &str>| {
            for name in names {
                // Match both straight and typographic apostrophes.
                patterns.push(name.to_owned());
                name_ids.push(id);
                if name.contains('\'') {
                    patterns.push(name.replace('\'', "\u{2019}"));
                    name_ids.push(id);
                }
            }
        };
        let mut capitals = HashMap::default();
        let mut demonym_of = HashMap::default();
        for row in rows("countries.tsv", COUNTRIES, 5)? {
            let [name, aliases, demonyms, capital, _status] = row[..] else {
                unreachable!()
            };
            let id = known.len();
            known.push(Known {
                kind: EntityKind::Country,
                canonical: name.to_owned(),
                demonym: false,
                country: Some(name.to_owned()),
                sanctions: true,
            });
            add_names(id, &mut std::iter::once(name).chain(split_list(aliases)));
            if let Some(first) = split_list(demonyms).next() {
                demonym_of.insert(name.to_owned(), first.to_owned());
            }
            let demonym_id = known.len();
            known.push(Known {
                demonym: true,
                ..known[id].clone()
            });
            add_names(demonym_id, &mut split_list(demonyms));
            // "Bogota|Bogotá": the first spelling is the capital's name, the others aliases.
            let mut capital_names = split_list(capital);
            if let Some(capital) = capital_names.next() {
                capitals.insert(name.to_owned(), capital.to_owned());
                let cap_id = known.len();
                known.push(Known {
                    kind: EntityKind::Place,
                    canonical: capital.to_owned(),
                    demonym: false,
                    country: Some(name.to_owned()),
                    sanctions: false,
                });
                add_names(cap_id, &mut std::iter::once(capital).chain(capital_names));
            }
        }
        for row in rows("places.tsv", PLACES, 4)? {
            let [name, country, aliases, _kind] = row[..] else {
                unreachable!()
            };
            let id = known.len();
            known.push(Known {
                kind: EntityKind::Place,
                canonical: name.to_owned(),
                demonym: false,
                country: (!country.is_empty()).then(|| country.to_owned()),
                sanctions: false,
            });
            add_names(id, &mut std::iter::once(name).chain(split_list(aliases)));
        }
        for row in rows("agencies.tsv", AGENCIES, 5)? {
            let [name, aliases, _parent, country, sanctions] = row[..] else {
                unreachable!()
            };
            let id = known.len();
            known.push(Known {
                kind: EntityKind::Agency,
                canonical: name.to_owned(),
                demonym: false,
                country: (!country.is_empty()).then(|| country.to_owned()),
                sanctions: sanctions == "yes",
            });
            add_names(id, &mut std::iter::once(name).chain(split_list(aliases)));
        }
        for row in rows("organizations.tsv", ORGANIZATIONS, 4)? {
            let [name, aliases, _kind, country] = row[..] else {
                unreachable!()
            };
            let id = known.len();
            known.push(Known {
                kind: EntityKind::Organization,
                canonical: name.to_owned(),
                demonym: false,
                country: (!country.is_empty()).then(|| country.to_owned()),
                sanctions: false,
            });
            add_names(id, &mut std::iter::once(name).chain(split_list(aliases)));
        }
        let mut exact_names = HashMap::default();
        for (pattern, &id) in patterns.iter().zip(&name_ids) {
            // The first entry of a name wins, as it does in the matcher.
            exact_names.entry(pattern.clone()).or_insert(id);
        }
        let name_starts = NameStarts::new(&patterns);
        let names = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            // Anchored too, for `name_at`: a name at a given place, without scanning on.
            .start_kind(StartKind::Both)
            // A contiguous NFA: a tenth of a full DFA's build time at start-up, and it scans
            // sentences faster too (the DFA's table of thousands of names misses the cache).
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .context("building the name matcher")?;

        let mut roles: Vec<String> = Vec::new();
        let mut ranks = FxHashSet::default();
        let mut royal = FxHashSet::default();
        for row in rows("roles.tsv", ROLES, 2)? {
            let title = row[0].to_lowercase();
            // An occupation ("businessman", "journalist") is read as a title, so the name after
            // it is found, but like a rank it is no post to report.
            if row[1] == "rank" || row[1] == "occupation" {
                ranks.insert(title.clone());
            }
            if row[1] == "royal" {
                royal.insert(title.clone());
            }
            // Commonwealth governments name the same offices "Minister for …" ("Minister for
            // Foreign Affairs"); each "minister of …" title also stands in that form.
            let for_form = title
                .contains("minister of ")
                .then(|| title.replacen("minister of ", "minister for ", 1));
            // "Vice-President", "Vice-Chairman": the hyphenated spelling of every "vice" title.
            let hyphen_form = title
                .contains("vice ")
                .then(|| title.replace("vice ", "vice-"));
            for title in [Some(title), for_form, hyphen_form].into_iter().flatten() {
                if !roles.contains(&title) {
                    roles.push(title);
                }
            }
        }
        // An empty title would match everywhere (and need the empty-match rules of a search).
        if roles.iter().any(String::is_empty) {
            bail!("roles.tsv: an empty title");
        }
        // Some hundred titles make a DFA small enough to stay in cache: faster than an NFA.
        let role_matcher = dfa::DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            // No prefilter (hundreds of titles start with most letters: none could skip
            // ahead), so a special state is dead or a match: `leftmost_longest_role` counts on it.
            .prefilter(false)
            .build(&roles)
            .context("building the role matcher")?;

        let mut org_heads = HashMap::default();
        for row in rows("org-heads.tsv", ORG_HEADS, 2)? {
            let kind = if row[1] == "Agency" {
                EntityKind::Agency
            } else {
                EntityKind::Organization
            };
            org_heads.insert(row[0].to_owned(), kind);
        }
        let org_heads = OrgHeads::new(org_heads);
        let name_variants = parse_name_variants()?;
        Ok(Self {
            known,
            names,
            name_ids,
            name_starts,
            exact_names,
            roles,
            ranks,
            royal,
            role_matcher,
            org_heads,
            name_variants,
            capitals,
            demonyms: demonym_of,
        })
    }

    /// Whole-word name hits in `text`, leftmost-longest, case-sensitive; where the longest
    /// name at a start runs into a word, the longest that does not.
    ///
    /// The hits of the matcher's `find_iter`, found by anchored searches only where a name
    /// can start: the leftmost match is the one at the first start with an anchored match,
    /// and leftmost-longest takes the longest there, as an anchored search does. Names start
    /// with some 80 byte pairs (capitals, digits, "al"), a few in a hundred of a sentence's
    /// bytes; stepping the matcher through every byte cost five times as much. Of those, the
    /// ones whose first four bytes begin no name are skipped too (see [`NameStarts`]).
    pub fn find_names(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        self.find_names_into(text, &mut out);
        out
    }

    /// [`Gazetteer::find_names`] into `out`, emptied first: a buffer kept across an article's
    /// sentences, not one allocated (and grown) for each.
    pub fn find_names_into(&self, text: &str, out: &mut Vec<Hit>) {
        out.clear();
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(start) = self.name_starts.next(bytes, at) {
            let input = Input::new(text).range(start..).anchored(Anchored::Yes);
            let Some(mut m) = self.names.find(input) else {
                at = start + 1;
                continue;
            };
            // The longest name may run into a word ("Swiss Federal Council" in "Swiss Federal
            // Councillor"): a shorter one from the same start may end at a word's end (only
            // where a word starts; asked only when the longest is no whole word).
            let mut whole = is_word_boundary(text, m.start(), m.end());
            if !whole
                && !text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            {
                while !whole {
                    let shorter = Input::new(text)
                        .range(start..m.end() - 1)
                        .anchored(Anchored::Yes);
                    let Some(s) = self.names.find(shorter) else {
                        break;
                    };
                    m = s;
                    whole = is_word_boundary(text, m.start(), m.end());
                }
            }
            if whole {
                out.push(Hit {
                    start: m.start(),
                    end: m.end(),
                    id: self.name_ids[m.pattern().as_usize()],
                });
            }
            at = m.end();
        }
    }

    /// Whole-word role-title hits in `text`, ignoring ASCII case.
    ///
    /// The hits of the matcher's leftmost-longest `find_iter`, found by walking its DFA here:
    /// some 600 titles start with most letters, so no prefilter skips ahead and the search
    /// steps through every byte, and the crate's loop reloads the table from memory at each
    /// one (it may call out on a match); this loop leaves only to note a match.
    pub fn find_roles(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        self.find_roles_into(text, &mut out);
        out
    }

    /// [`Gazetteer::find_roles`] into `out`, emptied first (see [`Gazetteer::find_names_into`]).
    pub fn find_roles_into(&self, text: &str, out: &mut Vec<Hit>) {
        out.clear();
        let mut at = 0;
        while let Some(hit) = self.leftmost_longest_role(text.as_bytes(), at) {
            if is_word_boundary(text, hit.start, hit.end) {
                out.push(hit);
            }
            // Titles are not empty, so the search moves on.
            at = hit.end;
        }
    }

    /// The leftmost-longest role title starting at or after `from`, as the crate's
    /// unanchored search finds it: walk until the DFA dies, keeping the last match seen.
    fn leftmost_longest_role(&self, bytes: &[u8], from: usize) -> Option<Hit> {
        let dfa = &self.role_matcher;
        let mut sid = dfa.start_state(Anchored::No).ok()?;
        let mut found = None;
        let mut at = from;
        loop {
            let (steps, special) = walk_to_special(dfa, sid, bytes.get(at..)?);
            at += steps;
            // The end of the text, or of any title that could go on: the last match seen.
            match special {
                Some(special) if !dfa.is_dead(special) => sid = special,
                _ => return found,
            }
            let id = dfa.match_pattern(sid, 0);
            found = Some(Hit {
                start: at - dfa.pattern_len(id),
                end: at,
                id: id.as_usize(),
            });
        }
    }

    /// The longest whole-word name at the very start of `text`, if any.
    pub fn name_at(&self, text: &str) -> Option<Hit> {
        let m = self
            .names
            .find(Input::new(text).anchored(Anchored::Yes))
            .filter(|m| is_word_boundary(text, m.start(), m.end()))?;
        Some(Hit {
            start: m.start(),
            end: m.end(),
            id: self.name_ids[m.pattern().as_usize()],
        })
    }

    /// The gazetteer entry whose name is exactly `name`, if any.
    pub fn lookup(&self, name: &str) -> Option<&Known> {
        self.exact_names.get(name).map(|&id| &self.known[id])
    }

    /// The country a place (or capital) belongs to.
    pub fn country_of_place(&self, place: &str) -> Option<&str> {
        self.lookup(place).and_then(|k| k.country.as_deref())
    }
}

/// The body head words ([`Gazetteer::org_heads`]), with the shapes they come in.
///
/// Asked of most capitalised words several times over: a word whose first byte and length no
/// head has ("Ana", "Ruiz") is turned down by a bit test, without hashing it.
pub struct OrgHeads {
    map: HashMap<String, EntityKind>,
    /// Bit `n` of entry `b` is set when a head starts with byte `b` and is `n` bytes long
    /// (bit 31: 31 bytes or more).
    shapes: [u32; 256],
}

impl OrgHeads {
    fn new(map: HashMap<String, EntityKind>) -> Self {
        let mut shapes = [0; 256];
        for head in map.keys() {
            if let Some(&first) = head.as_bytes().first() {
                shapes[usize::from(first)] |= 1 << head.len().min(31);
            }
        }
        Self { map, shapes }
    }

    /// The kind of body `word` heads, if it is a head word.
    ///
    /// (The bit test is inlined at every call, the map's probe is not: a call for a word
    /// turned down cost more than the test.)
    #[inline(always)]
    pub fn get(&self, word: &str) -> Option<&EntityKind> {
        // (An empty word has no first byte: the map answers.)
        let shaped = word
            .as_bytes()
            .first()
            .is_none_or(|&first| self.shapes[usize::from(first)] >> word.len().min(31) & 1 == 1);
        if shaped { self.probe(word) } else { None }
    }

    #[inline(never)]
    fn probe(&self, word: &str) -> Option<&EntityKind> {
        self.map.get(word)
    }

    #[inline(always)]
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.map.keys()
    }
}

/// Steps `dfa` from `sid` through `bytes` until it enters a special state (dead, or a match
/// in a search without prefilter): the bytes taken, that one included, and the state; `None`
/// for the state when the bytes ran out first. A loop of its own keeps the table's address,
/// length and the special bound in registers.
#[inline(never)]
fn walk_to_special(dfa: &dfa::DFA, mut sid: StateID, bytes: &[u8]) -> (usize, Option<StateID>) {
    // Four bytes a round: one test for the end of the bytes per four.
    let (quads, rest) = bytes.as_chunks::<4>();
    for (q, quad) in quads.iter().enumerate() {
        for (k, &byte) in quad.iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, byte);
            if dfa.is_special(sid) {
                return (4 * q + k + 1, Some(sid));
            }
        }
    }
    for (k, &byte) in rest.iter().enumerate() {
        sid = dfa.next_state(Anchored::No, sid, byte);
        if dfa.is_special(sid) {
            return (4 * quads.len() + k + 1, Some(sid));
        }
    }
    (bytes.len(), None)
}

/// The byte pairs names start with, as a 65,536-bit set, and their first bytes; and their
/// first four bytes, hashed.
struct NameStarts {
    first: [bool; 256],
    pairs: Vec<u64>,
    /// Each name's first four bytes (a shorter name whole), hashed into a 65,536-bit filter.
    /// Most capitalised words that pass the pair test begin no name ("The ", "Ana "): the
    /// filter passes them over without an anchored search. A bit set by another prefix costs
    /// only that search, so the filter need not be exact, only miss no name.
    heads: Vec<u64>,
    /// Bit `k` set when some name is `k` bytes long, for `k` below four: those are looked up
    /// by their own length.
    short_lens: u8,
}

impl NameStarts {
    fn new(names: &[String]) -> Self {
        let mut starts = Self {
            first: [false; 256],
            pairs: vec![0; 1 << 10],
            heads: vec![0; 1 << 10],
            short_lens: 0,
        };
        for name in names {
            let head = &name.as_bytes()[..name.len().min(4)];
            let bit = head_bit(head);
            starts.heads[bit >> 6] |= 1 << (bit & 63);
            if head.len() < 4 {
                starts.short_lens |= 1 << head.len();
            }
            match *name.as_bytes() {
                // An empty name would match anywhere.
                [] => {
                    starts.first = [true; 256];
                    starts.pairs.fill(u64::MAX);
                    starts.heads.fill(u64::MAX);
                }
                // A one-byte name: its byte before any other.
                [b0] => {
                    starts.first[usize::from(b0)] = true;
                    for b1 in 0..=u8::MAX {
                        starts.set(b0, b1);
                    }
                }
                [b0, b1, ..] => {
                    starts.first[usize::from(b0)] = true;
                    starts.set(b0, b1);
                }
            }
        }
        starts
    }

    fn set(&mut self, b0: u8, b1: u8) {
        let bit = usize::from(b0) << 8 | usize::from(b1);
        self.pairs[bit >> 6] |= 1 << (bit & 63);
    }

    /// The first byte at or after `from` where a name can start: the first-byte table
    /// settles most bytes in a tight loop.
    fn next(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let mut p = from;
        loop {
            p += first_of(&self.first, bytes.get(p..)?)?;
            if self.at(bytes, p) && self.head_at(&bytes[p..]) {
                return Some(p);
            }
            p += 1;
        }
    }

    /// Whether `rest` may begin with a name, by the hashed first four bytes (or, for names
    /// shorter than that, by all their bytes). Near the end of the text: always.
    #[inline]
    fn head_at(&self, rest: &[u8]) -> bool {
        let Some(four) = rest.get(..4) else {
            return true;
        };
        let has = |head: &[u8]| {
            let bit = head_bit(head);
            self.heads[bit >> 6] >> (bit & 63) & 1 == 1
        };
        has(four) || (0..4).any(|k| self.short_lens >> k & 1 == 1 && has(&rest[..k]))
    }

    /// Whether a name can start at byte `p` of `bytes`.
    #[inline]
    fn at(&self, bytes: &[u8], p: usize) -> bool {
        let b0 = bytes[p];
        self.first[usize::from(b0)]
            && bytes.get(p + 1).is_none_or(|&b1| {
                let bit = usize::from(b0) << 8 | usize::from(b1);
                self.pairs[bit >> 6] >> (bit & 63) & 1 == 1
            })
    }
}

/// The first byte of `bytes` in `set`: `position`, four bytes a round (one test for the end
/// per four; most bytes of a sentence are in no set this is asked of).
fn first_of(set: &[bool; 256], bytes: &[u8]) -> Option<usize> {
    let (quads, rest) = bytes.as_chunks::<4>();
    for (q, quad) in quads.iter().enumerate() {
        if let Some(k) = quad.iter().position(|&b| set[usize::from(b)]) {
            return Some(4 * q + k);
        }
    }
    let k = rest.iter().position(|&b| set[usize::from(b)])?;
    Some(4 * quads.len() + k)
}

/// Bit of [`NameStarts::heads`] for a name's first bytes (up to four): a multiplicative hash
/// of the bytes and their count.
fn head_bit(head: &[u8]) -> usize {
    let mut word = [0u8; 4];
    word[..head.len()].copy_from_slice(head);
    let key = u64::from(u32::from_le_bytes(word)) | (head.len() as u64) << 32;
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

/// True when `text[start..end]` is not glued to letters or digits on either side.
pub fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_gazetteer_loads() {
        let g = Gazetteer::from_embedded().expect("gazetteer");
        assert!(
            g.known
                .iter()
                .filter(|k| k.kind == EntityKind::Country && !k.demonym)
                .count()
                >= 193
        );
        assert!(g.roles.len() >= 150);
    }

    /// The names found in `text`, as written.
    fn names_in(text: &str) -> Vec<&str> {
        GAZETTEER
            .find_names(text)
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect()
    }

    #[test]
    fn finds_multi_word_demonyms_and_roles() {
        let g = &*GAZETTEER;
        let text = "South Korean Foreign Minister Ana Ruiz met the U.S. envoy.";
        assert_eq!(names_in(text), ["South Korean", "U.S."]);
        let roles: Vec<_> = g
            .find_roles(text)
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect();
        assert!(roles.contains(&"Foreign Minister"), "{roles:?}");
    }

    proptest::proptest! {
        /// The shape filter of the head words turns down no head: every lookup answers as the
        /// map does.
        #[test]
        fn org_heads_answer_as_their_map(
            word in "(?:[A-Za-z .]|Council|Ministry|Corp\\.|Air Force|\u{e9}){0,4}"
        ) {
            let heads = &GAZETTEER.org_heads;
            proptest::prop_assert_eq!(heads.get(&word), heads.map.get(&word));
        }
    }

    #[test]
    fn every_org_head_is_found() {
        let heads = &GAZETTEER.org_heads;
        assert!(heads.map.keys().all(|h| heads.get(h) == heads.map.get(h)));
    }

    #[test]
    fn a_name_running_into_a_word_leaves_the_shorter_one() {
        assert_eq!(names_in("Swiss Federal Councillor Ana Ruiz"), ["Swiss"]);
    }

    #[test]
    fn no_match_inside_words() {
        let g = &*GAZETTEER;
        assert!(g.find_names("Chadwick Omanis").iter().all(|h| h.start != 0));
    }

    #[test]
    fn names_are_found_as_the_unanchored_matcher_finds_them() {
        let g = &*GAZETTEER;
        for text in [
            "South Korean Foreign Minister Ana Ruiz met the U.S. envoy in al-Fashir.",
            "COMAN, Omanis and Oman; the United States of America and the United Kingdom",
            "al Qaeda and al-Qaida in Yemen. Abu Dhabi",
            "",
            "x",
            "\u{c9}\u{e9} Istanbul-born",
        ] {
            let want: Vec<(usize, usize, usize)> = g
                .names
                .find_iter(text)
                .filter(|m| is_word_boundary(text, m.start(), m.end()))
                .map(|m| (m.start(), m.end(), g.name_ids[m.pattern().as_usize()]))
                .collect();
            let got: Vec<(usize, usize, usize)> = g
                .find_names(text)
                .iter()
                .map(|h| (h.start, h.end, h.id))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// The role matcher as it was: the crate's own unanchored search.
    fn crate_roles(text: &str) -> Vec<(usize, usize, usize)> {
        static ORACLE: LazyLock<AhoCorasick> = LazyLock::new(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&GAZETTEER.roles)
                .expect("role oracle builds")
        });
        ORACLE
            .find_iter(text)
            .filter(|m| is_word_boundary(text, m.start(), m.end()))
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    #[test]
    fn roles_are_found_as_the_crate_finds_them() {
        for text in [
            "South Korean Foreign Minister Ana Ruiz met the U.S. envoy; an MP",
            "He will administer the prime ministers' FOREIGN MINISTER meeting. mp",
            "xforeign minister, Vice-President and vice president; CEO",
            "the taco-chair met ADgen. Ana; Adeputy Prime Minister of Defence",
            "",
            "m",
            "mp",
            "\u{c9}minister \u{e9}envoy",
        ] {
            let got: Vec<(usize, usize, usize)> = GAZETTEER
                .find_roles(text)
                .iter()
                .map(|h| (h.start, h.end, h.id))
                .collect();
            assert_eq!(got, crate_roles(text), "{text:?}");
        }
    }

    proptest::proptest! {
        /// The unrolled scan finds the byte `position` finds.
        #[test]
        fn first_of_is_position(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40),
            members in proptest::collection::vec(proptest::num::u8::ANY, 0..8),
        ) {
            let mut set = [false; 256];
            for m in members {
                set[usize::from(m)] = true;
            }
            proptest::prop_assert_eq!(
                first_of(&set, &bytes),
                bytes.iter().position(|&b| set[usize::from(b)])
            );
        }

        /// Anchored searches at name starts find what the unanchored scan finds.
        #[test]
        fn name_starts_skip_only_bytes_no_name_starts_at(
            text in "(?:Oman|COMAN|al-|al |Qaeda|Qaida|United |States|Kingdom|South|Korea|n|s|U\\.S\\.|[ ,.a-zA-Z0-9]|\u{c9}|\u{130}){0,16}"
        ) {
            let g = &*GAZETTEER;
            let want: Vec<(usize, usize, usize)> = g
                .names
                .find_iter(text.as_str())
                .filter(|m| is_word_boundary(&text, m.start(), m.end()))
                .map(|m| (m.start(), m.end(), g.name_ids[m.pattern().as_usize()]))
                .collect();
            let got: Vec<(usize, usize, usize)> =
                g.find_names(&text).iter().map(|h| (h.start, h.end, h.id)).collect();
            proptest::prop_assert_eq!(got, want, "{:?}", text);
        }

        /// The DFA walked here finds what the crate's search finds: titles glued to words,
        /// overlapping, in either case and at the text's end included.
        #[test]
        fn roles_walk_finds_what_the_crate_finds(
            text in "(?:minister|Minister|FOREIGN |foreign |prime |vice|Vice-|president|ad|x|co|-chair|Gen\\. |mp|MP|Ceo|envoy|s|'|\\.|[ ,.a-zA-Z0-9]|\u{c9}|\u{130}){0,16}"
        ) {
            let got: Vec<(usize, usize, usize)> =
                GAZETTEER.find_roles(&text).iter().map(|h| (h.start, h.end, h.id)).collect();
            proptest::prop_assert_eq!(got, crate_roles(&text), "{:?}", text);
        }
    }
}
