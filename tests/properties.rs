//! Property tests of the extractor and the document reader (issue 5): on any text, arbitrary
//! Unicode or news-like, extraction does not panic, every evidence span lies within the text
//! on character boundaries, and every index points at an extracted entity.

use newskg::document::{Document, read_bytes};
use newskg::extract::{Extraction, Object, extract};
use proptest::prelude::*;
use proptest::strategy::ValueTree;

/// Extracts from `text` and checks the invariants, returning the extraction.
fn check(text: &str) -> Result<Extraction, TestCaseError> {
    let doc = Document::from_text("prop.txt".to_owned(), text.to_owned());
    let extraction = extract(&doc);
    let entities = extraction.entities.len();
    for fact in &extraction.facts {
        let evidence = fact.evidence.clone();
        prop_assert!(
            text.get(evidence.clone()).is_some(),
            "evidence {evidence:?} outside {} bytes or off a char boundary",
            text.len()
        );
        prop_assert!(evidence.start < evidence.end, "empty evidence {evidence:?}");
        prop_assert!(fact.subject < entities);
        if let Object::Entity(object) = fact.object {
            prop_assert!(object < entities);
        }
        if let Some(at) = fact.role_at {
            prop_assert!(at < entities);
        }
        prop_assert!(
            (0.0..=1.0).contains(&fact.confidence),
            "{}",
            fact.confidence
        );
    }
    for entity in &extraction.entities {
        prop_assert!(!entity.key.is_empty(), "entity without key: {entity:?}");
    }
    Ok(extraction)
}

/// Pieces news is made of: names (some accented), titles, bodies, verbs, dates, punctuation.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Z][a-z]{1,9}",
        2 => prop::sample::select(vec![
            "President", "Prime Minister", "Foreign Minister", "Deputy", "Defence Minister",
            "General", "Ambassador", "Chairman", "Secretary-General", "spokesperson",
            "Mr.", "Mrs.", "Dr.", "Gen.", "Lt.", "Sen.",
        ])
        .prop_map(str::to_owned),
        2 => prop::sample::select(vec![
            "Ministry of Foreign Affairs", "Council", "OFAC", "Treasury", "the ministry",
            "the European Union", "Security Council", "Agency", "Union", "Republic of",
            "Treaty on", "Agreement", "delegation", "Korean Central News Agency (KCNA)",
        ])
        .prop_map(str::to_owned),
        3 => prop::sample::select(vec![
            "visited", "met", "met with", "sanctioned", "imposed sanctions on", "signed",
            "said", "denied", "did not", "will", "arrived in", "led", "heads", "told",
            "often referred to as", "and", "of", "the", "in", "on", "he", "she", "they", "its",
            "is in", "with a", "received", "hosted", "who", "under", "added", "between", "I",
            "put their signatures to", "sat down with", "Peruvian", "Chile", "Oslo",
        ])
        .prop_map(str::to_owned),
        2 => prop::sample::select(vec![
            "July 9, 2024", "on Monday", "2024-05-06", "last week", "May 2", "in March",
            "Published : March 4, 2025 - 09:15", "1 January 2023", "2025", "Sept.",
        ])
        .prop_map(str::to_owned),
        3 => prop::sample::select(vec![
            ",", ".", ";", ":", "\u{2014}", "-", "\"", "'", "(", ")", "\u{201c}", "\u{201d}",
            "\u{2019}s", "'s", "...", "?", "!", "\n", "\n\n", "  ", ".\u{a0}", "...!?",
        ])
        .prop_map(str::to_owned),
        1 => prop::sample::select(vec![
            "Jos\u{e9}", "N\u{fa}\u{f1}ez", "\u{110}\u{1eb7}ng", "M\u{fc}ller", "\u{c5}sa",
            "\u{5317}\u{4eac}", "\u{41c}\u{43e}\u{441}\u{43a}\u{432}\u{430}", "e\u{301}",
            "\u{1f600}", "\u{fffd}", "\u{200b}", "\u{feff}",
        ])
        .prop_map(str::to_owned),
    ]
}

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (token(), prop::sample::select(vec!["", " ", " ", " ", "\n"])),
        0..160,
    )
    .prop_map(|pieces| pieces.into_iter().map(|(t, sep)| t + sep).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_unicode_extracts_within_the_text(text in "\\PC{0,600}") {
        check(&text)?;
    }

    #[test]
    fn any_chars_extract_within_the_text(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn news_like_text_extracts_within_the_text(text in news_like()) {
        check(&text)?;
    }

    #[test]
    fn reader_takes_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        for name in ["prop.txt", "prop.jsonl", "prop.html"] {
            let _ = read_bytes(name, &bytes, &mut |doc| {
                if let Ok(doc) = doc {
                    // A document's text is what the extractor gets; it must hold.
                    let _ = extract(&doc);
                }
                Ok(())
            });
        }
    }
}

/// The news-like property on a fixed seed and many more cases than a proptest run: mentions
/// that overlap or come in an order a rule did not expect ("Ana Ruiz is in Oslo with a
/// Peruvian delegation.") showed up about once in 30,000 sentences.
#[test]
fn many_news_like_texts_extract_within_the_text() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..4000 {
        let text = news_like()
            .new_tree(&mut runner)
            .expect("generator")
            .current();
        if let Err(e) = check(&text) {
            panic!("{e}: {text:?}");
        }
    }
}

#[test]
fn news_like_generator_reaches_facts() {
    // Guards the generator: if no generated text ever yields a fact, the property above
    // checks nothing about facts.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut facts = 0;
    for _ in 0..400 {
        let text = news_like()
            .new_tree(&mut runner)
            .expect("generates")
            .current();
        facts += check(&text).map_or(0, |e| e.facts.len());
    }
    assert!(facts > 0, "no facts from 400 news-like texts");
}
