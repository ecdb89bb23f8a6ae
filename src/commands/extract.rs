//! `newskg extract`: extraction alone, streamed to stdout with no store — the map step of a
//! batch job, and the measure of the extractor's own speed.

use anyhow::Result;
use rayon::prelude::*;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use super::{Outcome, read_in_batches};
use crate::cli::ExtractFormat;
use crate::{extract, rdf};

pub fn run(paths: &[PathBuf], format: ExtractFormat) -> Result<Outcome> {
    let stdout = std::io::stdout().lock();
    let errors = match format {
        ExtractFormat::Nquads => {
            let mut out = BufWriter::new(stdout);
            let mut index_seen = rdf::IndexSeen::default();
            let errors = read_in_batches(paths, |docs| {
                // Each worker writes its documents' N-Quads text; this thread copies it out and
                // writes the entity-index quads no earlier document wrote.
                let texts: Vec<(Vec<u8>, rdf::IndexEntries)> = docs
                    .par_iter()
                    .map(|doc| {
                        // N-Quads run ~11 times the article's text on the generated corpus;
                        // reserving that up front spares the string's regrowth copies.
                        let mut text = String::with_capacity(doc.text.len() * 12);
                        let extraction = extract::extract(doc);
                        rdf::for_each_document_quad(doc, &extraction, &doc.content_hash(), |q| {
                            rdf::write_nquad(&mut text, q);
                        });
                        Ok((text.into_bytes(), rdf::entity_index(&extraction)))
                    })
                    .collect::<std::io::Result<_>>()?;
                let mut index_text = String::new();
                for (text, index) in texts {
                    out.write_all(&text)?;
                    index_text.clear();
                    index_seen.emit_fresh(&index, |q| rdf::write_nquad(&mut index_text, q));
                    out.write_all(index_text.as_bytes())?;
                }
                Ok(())
            })?;
            out.flush()?;
            errors
        }
        ExtractFormat::FactsTsv => {
            let mut out = BufWriter::new(stdout);
            writeln!(out, "article\trelation\tsubject\tobject\textra\tevidence")?;
            let errors = read_in_batches(paths, |docs| {
                // Each worker writes its documents' rows; this thread copies them out.
                let texts: Vec<String> = docs
                    .par_iter()
                    .map(|doc| {
                        // The rows run to about a third of the article's text on the generated
                        // corpus (twice it on the dev sets): half of it, reserved up front, spares
                        // most of the string's regrowth copies.
                        let mut text = String::with_capacity(doc.text.len() / 2);
                        extract::write_fact_rows(&mut text, doc, &extract::extract(doc));
                        text
                    })
                    .collect();
                for text in texts {
                    out.write_all(text.as_bytes())?;
                }
                Ok(())
            })?;
            out.flush()?;
            errors
        }
    };
    Ok(if errors.is_empty() {
        Outcome::Success
    } else {
        Outcome::Partial
    })
}
