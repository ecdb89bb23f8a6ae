//! The document reader on arbitrary bytes, read as plain text, HTML and JSONL: errors are fine,
//! panics are not; each document read then goes through the extractor.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for name in ["fuzz.txt", "fuzz.jsonl"] {
        let _ = newskg::document::read_bytes(name, bytes, &mut |doc| {
            if let Ok(doc) = doc {
                let extraction = newskg::extract::extract(&doc);
                for fact in &extraction.facts {
                    assert!(doc.text.get(fact.evidence.clone()).is_some());
                }
            }
            Ok(())
        });
    }
});
