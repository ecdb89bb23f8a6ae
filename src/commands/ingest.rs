//! `newskg ingest`: read, extract in parallel, write one transaction per document.

use anyhow::Result;
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::Outcome;
use crate::document::{Document, collect_sources, read_source};
use crate::store::{Written, load_ontology, open_writable, quad_count, write_document};
use crate::{extract, rdf, warn};

/// Documents extracted in parallel before their batch is written; bounds memory on big corpora.
const BATCH: usize = 256;

pub fn run(store_path: &Path, paths: &[PathBuf]) -> Result<Outcome> {
    let started = Instant::now();
    let store = open_writable(store_path)?;
    load_ontology(&store)?;
    let (sources, mut errors) = collect_sources(paths);
    for e in &errors {
        warn(&format!("{e:#}"));
    }
    let mut docs: Vec<Document> = Vec::new();
    let (mut added, mut replaced, mut unchanged, mut facts, mut written) = (0, 0, 0, 0, 0);
    let mut flush = |docs: &mut Vec<Document>| -> Result<()> {
        let built: Vec<_> = docs
            .par_iter()
            .map(|doc| {
                let extraction = extract::extract(doc);
                let hash = doc.content_hash();
                let quads = rdf::document_quads(doc, &extraction, &hash);
                (
                    rdf::document_iri(&doc.id),
                    hash,
                    quads,
                    extraction.facts.len(),
                )
            })
            .collect();
        for (graph, hash, quads, fact_count) in built {
            match write_document(&store, &graph, &hash, &quads)? {
                Written::Added => added += 1,
                Written::Replaced => replaced += 1,
                Written::Unchanged => unchanged += 1,
            }
            facts += fact_count;
            written += quads.len();
        }
        docs.clear();
        Ok(())
    };
    for source in &sources {
        match read_source(source) {
            Ok(results) => {
                for result in results {
                    match result {
                        Ok(doc) => docs.push(doc),
                        Err(e) => {
                            warn(&format!("{e:#}; line skipped"));
                            errors.push(e);
                        }
                    }
                }
            }
            Err(e) => {
                warn(&format!("{e:#}; skipped"));
                errors.push(e);
            }
        }
        if docs.len() >= BATCH {
            flush(&mut docs)?;
        }
    }
    flush(&mut docs)?;
    let read = added + replaced + unchanged;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "documents: {read} read ({added} added, {replaced} replaced, {unchanged} unchanged), {} skipped",
        errors.len()
    )?;
    writeln!(out, "facts:     {facts}")?;
    writeln!(
        out,
        "triples:   {written} written, {} in the store",
        quad_count(&store)?
    )?;
    writeln!(out, "seconds:   {:.2}", started.elapsed().as_secs_f64())?;
    Ok(if errors.is_empty() {
        Outcome::Success
    } else {
        Outcome::Partial
    })
}
