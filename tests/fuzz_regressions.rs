//! Replays the fuzzers' minimised corpora (`tests/data/fuzz-regressions/`, from
//! `cargo +nightly fuzz cmin`) through the document reader and the extractor, with the same
//! checks as the fuzz targets in `fuzz/`.

use newskg::document::{Document, read_bytes};
use newskg::extract::extract;

use crate::root;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = root().join("tests/data/fuzz-regressions").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read(&p).expect("read")))
        .collect()
}

fn assert_within(doc: &Document, at: &str) {
    let extraction = extract(doc);
    for fact in &extraction.facts {
        assert!(
            doc.text.get(fact.evidence.clone()).is_some(),
            "{at}: evidence {:?} outside the text",
            fact.evidence
        );
        assert!(fact.subject < extraction.entities.len(), "{at}");
    }
}

#[test]
fn extract_corpus_replays() {
    let inputs = inputs("extract");
    assert!(!inputs.is_empty());
    for (at, bytes) in inputs {
        // The fuzz target takes its input as `&str`, skipping bytes that are not UTF-8.
        if let Ok(text) = std::str::from_utf8(&bytes) {
            assert_within(
                &Document::from_text("fuzz.txt".to_owned(), text.to_owned()),
                &at,
            );
        }
    }
}

#[test]
fn document_corpus_replays() {
    let inputs = inputs("document");
    assert!(!inputs.is_empty());
    for (at, bytes) in inputs {
        for name in ["fuzz.txt", "fuzz.jsonl"] {
            let _ = read_bytes(name, &bytes, &mut |doc| {
                if let Ok(doc) = doc {
                    assert_within(&doc, &at);
                }
                Ok(())
            });
        }
    }
}
