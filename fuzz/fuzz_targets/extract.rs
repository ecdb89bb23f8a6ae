//! The extractor on arbitrary text: it must not panic, and every evidence span must lie within
//! the text on character boundaries.

#![no_main]

use libfuzzer_sys::fuzz_target;
use newskg::document::Document;

fuzz_target!(|text: &str| {
    let doc = Document::from_text("fuzz.txt".to_owned(), text.to_owned());
    let extraction = newskg::extract::extract(&doc);
    for fact in &extraction.facts {
        assert!(
            doc.text.get(fact.evidence.clone()).is_some(),
            "evidence {:?} outside the text or off a char boundary",
            fact.evidence
        );
        assert!(fact.subject < extraction.entities.len());
    }
});
