//! Entity identity: transliteration-aware name keys and the deterministic IRIs minted from them.
//!
//! ## IRI scheme
//! `https://w3id.org/newskg/id/{type}/{key}` where `{type}` is `person`, `organization`,
//! `agency`, `country`, `place`, `delegation` or `treaty`, and `{key}` is [`name_key`] of the
//! canonical name. Every spelling that normalises to the same key ("Ri Kum-song",
//! "Ri Geum Song") lands on the same IRI, whatever the order documents are ingested in, so the
//! store needs no lookup to resolve entities and ingest can run in parallel.

use deunicode::deunicode_with_tofu_cow;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;

use crate::extract::EntityKind;
use crate::gazetteer::NAME_VARIANT_MAP;
use crate::vocab::ID_BASE;

/// What [`deunicode::deunicode`] writes for a character it cannot transliterate.
const TOFU: &str = "[?]";

/// Honorifics and courtesy titles dropped before a person's name is keyed.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sheikh", "sheik",
    "sheikha", "shri", "smt", "shrimati", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "rev",
    "hon", "jr", "sr",
];

/// Key of a person's name: ASCII-folded, honorifics dropped, given-name variants unified, word
/// breaks and hyphens removed, and common romanisation differences folded (g/k, eu/u, eo/o/u,
/// y/i, doubled letters), so "Ri Geum Song", "Ri Kum-song" and "Ri Kum Song" share one key.
pub fn person_key(name: &str) -> String {
    // (Borrowed when the name is ASCII already, as most are: no copy before lowering it.)
    let ascii = deunicode_with_tofu_cow(name, TOFU).to_lowercase();
    let mut joined = String::with_capacity(ascii.len());
    for word in ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        // A name of honorifics alone ("Jr Mr") keeps them: a key is never empty.
        if HONORIFICS.contains(&word)
            && ascii
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| !w.is_empty() && !HONORIFICS.contains(&w))
        {
            continue;
        }
        match NAME_VARIANT_MAP.get(word) {
            Some(canonical) => joined.push_str(canonical),
            None => joined.push_str(word),
        }
    }
    fold_romanisation(&joined)
}

/// Spelling differences between romanisation systems, applied in order.
const ROMANISATION_RULES: &[(&str, &str)] = &[
    ("kh", "k"),
    ("ph", "f"),
    ("gh", "g"),
    ("ck", "k"),
    ("tch", "ch"),
    ("eu", "u"),
    ("eo", "u"),
    ("oo", "u"),
    ("ou", "u"),
    ("ee", "i"),
    ("iy", "i"),
    ("ey", "ei"),
    ("oy", "oi"),
    ("ay", "ai"),
    ("g", "k"),
    ("q", "k"),
];

/// Folds spelling differences between romanisation systems in an ASCII lower-case string.
fn fold_romanisation(s: &str) -> String {
    let mut out = s.to_owned();
    // The letters the string may hold: a rule one of whose letters is missing cannot match,
    // and most rules are settled so without a scan. (A superset once a rule has replaced
    // letters: the replacement's letters are added, the replaced ones kept.)
    let mut letters = letter_mask(s);
    for (from, to) in ROMANISATION_RULES {
        // Most rules find nothing: a search is cheaper than copying the string. (Compared
        // bytewise: a name is short, and `str::contains` set up a searcher for each rule.)
        // (Byte by byte: comparing each window as a slice called `memcmp` for it.)
        let needed = letter_mask(from);
        if letters & needed == needed
            && out
                .as_bytes()
                .windows(from.len())
                .any(|w| w.iter().zip(from.as_bytes()).all(|(a, b)| a == b))
        {
            out = out.replace(from, to);
            letters |= letter_mask(to);
        }
    }
    // A final "y" and a "y" between consonants read as "i" (Dmitry/Dmitri, Voloshyn/Voloshin).
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let mut folded = String::with_capacity(out.len());
    let mut chars = out.chars().peekable();
    let mut prev = None;
    while let Some(original) = chars.next() {
        let next = chars.peek().copied();
        let c = match original {
            'y' if next.is_none_or(|n| !is_vowel(n)) && prev.is_some() => 'i',
            // Korean 정 is Jeong, Jung, Jong: one vowel class.
            'o' => 'u',
            c => c,
        };
        // (A letter is dropped after the same letter as written, not as folded.)
        let repeated = prev == Some(c) && !c.is_ascii_digit();
        prev = Some(original);
        if !repeated {
            folded.push(c);
        }
    }
    folded
}

/// Bit `b - b'a'` set for each ASCII lower-case letter `b` of `s` (other bytes count as none).
fn letter_mask(s: &str) -> u32 {
    s.bytes()
        .filter(u8::is_ascii_lowercase)
        .fold(0, |mask, b| mask | 1 << (b - b'a'))
}

/// Key of any other name: ASCII-folded, lower case, punctuation and a leading "the" dropped,
/// words joined by `-`. Possessive `'s` is removed so "Russia's Security Council" and
/// "Russia Security Council" agree.
pub fn plain_key(name: &str) -> String {
    let lower = deunicode_with_tofu_cow(name, TOFU).to_lowercase();
    // (A possessive needs an apostrophe: `replace` set up a searcher for every name.)
    let ascii = if memchr::memchr(b'\'', lower.as_bytes()).is_some() {
        lower.replace("'s ", " ")
    } else {
        lower
    };
    // The words joined as they are found, without collecting them first.
    let mut key = String::with_capacity(ascii.len());
    let mut words = ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    words.next_if_eq(&"the");
    for word in words {
        if !key.is_empty() {
            key.push('-');
        }
        key.push_str(word);
    }
    key
}

/// Key of a treaty name: its content words in order, without the head noun and function words,
/// so "Comprehensive Strategic Partnership Treaty" and "Treaty on the Comprehensive Strategic
/// Partnership" agree.
pub fn treaty_key(name: &str) -> String {
    const SKIP: &[&str] = &[
        "the",
        "a",
        "an",
        "on",
        "of",
        "and",
        "for",
        "between",
        "treaty",
        "pact",
        "agreement",
        "accord",
    ];
    let key = plain_key(name);
    let words: Vec<&str> = key.split('-').filter(|w| !SKIP.contains(w)).collect();
    if words.is_empty() {
        key
    } else {
        words.join("-")
    }
}

/// The key an entity of `kind` named `name` is identified by.
pub fn key_for(kind: EntityKind, name: &str) -> String {
    match kind {
        EntityKind::Person => person_key(name),
        EntityKind::Treaty => treaty_key(name),
        _ => plain_key(name),
    }
}

/// [`key_for`] remembered per thread: every article names the same countries, bodies and
/// people again, and keying a name costs a dozen passes over it.
pub fn cached_key(kind: EntityKind, name: &str) -> String {
    // (Copied as a `str`: `Rc<str>::to_string` went through the formatting machinery.)
    String::from(&*shared_key(kind, name).1)
}

/// [`cached_key`] with the name and its key as the cache holds them, shared: an article's
/// register keeps both for each entity it finds, and a shared copy costs no allocation where
/// a `String` cost one each.
pub fn shared_key(kind: EntityKind, name: &str) -> (Rc<str>, Rc<str>) {
    thread_local! {
        static KEYS: RefCell<[FxHashMap<Rc<str>, Rc<str>>; 7]> = RefCell::default();
    }
    /// Enough for every gazetteer name and the people of many batches; then a kind starts over.
    const MAX: usize = 50_000;
    KEYS.with_borrow_mut(|keys| {
        let keys = &mut keys[kind as usize];
        if let Some((name, key)) = keys.get_key_value(name) {
            return (Rc::clone(name), Rc::clone(key));
        }
        if keys.len() >= MAX {
            keys.clear();
        }
        let key: Rc<str> = key_for(kind, name).into();
        let name: Rc<str> = name.into();
        keys.insert(Rc::clone(&name), Rc::clone(&key));
        (name, key)
    })
}

/// The IRI of the entity of `kind` with key `key`.
pub fn iri(kind: EntityKind, key: &str) -> String {
    // Pushed, not `format!`ed: made twice per entity of every article, and `format!`'s
    // machinery cost ten times the copying.
    let segment = kind.segment();
    let mut iri = String::with_capacity(ID_BASE.len() + segment.len() + 1 + key.len());
    iri.push_str(ID_BASE);
    iri.push_str(segment);
    iri.push('/');
    iri.push_str(key);
    iri
}

/// A readable, IRI-safe slug of any text: lower-case ASCII words joined by `-`.
pub fn slug(text: &str) -> String {
    let key = plain_key(text);
    if key.is_empty() { "x".to_owned() } else { key }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The folding as first written (a `str::contains` per rule, a `Vec` of chars), to check
    /// the faster one against.
    fn fold_romanisation_reference(s: &str) -> String {
        let mut out = s.to_owned();
        for (from, to) in ROMANISATION_RULES {
            // Most rules find nothing: a search is cheaper than copying the string.
            if out.contains(from) {
                out = out.replace(from, to);
            }
        }
        // A final "y" and a "y" between consonants read as "i" (Dmitry/Dmitri, Voloshyn/Voloshin).
        let chars: Vec<char> = out.chars().collect();
        let is_vowel = |c: char| "aeiou".contains(c);
        let mut folded = String::with_capacity(chars.len());
        for (i, &c) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let next = chars.get(i + 1).copied();
            let c = match c {
                'y' if next.is_none_or(|n| !is_vowel(n)) && prev.is_some() => 'i',
                // Korean 정 is Jeong, Jung, Jong: one vowel class.
                'o' => 'u',
                c => c,
            };
            if prev == Some(c) && !c.is_ascii_digit() {
                continue;
            }
            folded.push(c);
        }
        folded
    }

    /// [`plain_key`] as first written (the words collected, then joined).
    fn plain_key_reference(name: &str) -> String {
        let ascii = deunicode::deunicode(name)
            .to_lowercase()
            .replace("'s ", " ");
        let words: Vec<&str> = ascii
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let words = match words.first() {
            Some(&"the") => &words[1..],
            _ => &words[..],
        };
        words.join("-")
    }

    proptest::proptest! {
        #[test]
        fn plain_keys_are_those_of_the_first_writing(
            name in r"(the|The|THE|s|'s|\u{2019}s|[ '.\-]|[A-Za-z]{1,6}|\u{e9}|\u{fc}|\u{4e2d}|\u{7f}){0,8}"
        ) {
            proptest::prop_assert_eq!(plain_key(&name), plain_key_reference(&name));
        }

        #[test]
        fn folding_is_that_of_the_first_writing(s in "[a-z0-9yoqghkcteu\u{e9}]{0,16}") {
            proptest::prop_assert_eq!(fold_romanisation(&s), fold_romanisation_reference(&s));
        }
    }

    #[test]
    fn a_name_of_honorifics_alone_still_has_a_key() {
        assert_eq!(person_key("Jr Mr"), "jrmr");
        assert_eq!(person_key("Mr Ana Ruiz"), person_key("Ana Ruiz"));
    }

    #[test]
    fn korean_romanisations_share_a_key() {
        let keys: Vec<String> = ["Ri Kum-song", "Ri Geum Song", "Ri Kum Song"]
            .iter()
            .map(|n| person_key(n))
            .collect();
        assert!(keys.iter().all(|k| *k == keys[0]), "{keys:?}");
        assert_eq!(person_key("Han Jong-su"), person_key("Han Jong Su"));
        assert_eq!(person_key("Choi Suk-yeon"), person_key("Choi Suk Yeon"));
        assert_eq!(person_key("Park Jeong-ho"), person_key("Pak Jung Ho"));
    }

    #[test]
    fn russian_and_arabic_variants_share_a_key() {
        assert_eq!(person_key("Sergei Voloshin"), person_key("Sergey Voloshyn"));
        assert_eq!(person_key("Dmitry Ivanov"), person_key("Dmitri Ivanov"));
        assert_eq!(
            person_key("Mohammed al-Amin"),
            person_key("Muhammad al-Amin")
        );
        assert_eq!(person_key("Dr. José Núñez"), person_key("Jose Nunez"));
    }

    #[test]
    fn different_people_keep_different_keys() {
        assert_ne!(person_key("Han Jong-su"), person_key("Han Jong-il"));
        assert_ne!(person_key("Han Jong-su"), person_key("Han Yo-jong"));
        assert_ne!(person_key("Lee Jae-myung"), person_key("Lee Jae-min"));
    }

    #[test]
    fn org_and_treaty_keys() {
        assert_eq!(
            plain_key("Russia\u{2019}s Security Council"),
            plain_key("Russia's Security Council")
        );
        assert_eq!(plain_key("The Council of the EU"), "council-of-the-eu");
        assert_eq!(
            treaty_key("Comprehensive Strategic Partnership Treaty"),
            treaty_key("Treaty on the Comprehensive Strategic Partnership")
        );
    }
}
