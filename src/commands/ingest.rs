//! `newskg ingest`: read, extract in parallel, write documents in atomic batches.

use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::{Outcome, read_in_batches};
use crate::store::{Written, load_ontology, open_writable, quad_count, write_documents};
use crate::{extract, rdf};

pub fn run(store_path: &Path, paths: &[PathBuf]) -> Result<Outcome> {
    let started = Instant::now();
    let store = open_writable(store_path)?;
    load_ontology(&store)?;
    let progress = progress_bar(paths);
    let (mut added, mut replaced, mut unchanged, mut facts, mut written) = (0, 0, 0, 0, 0);
    let errors = read_in_batches(paths, |docs| {
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
                    doc.text.len(),
                )
            })
            .collect();
        // Each transaction holds whole documents, so a crash never leaves half of one.
        for chunk in built.chunks(super::BATCH / 32) {
            let outcomes = write_documents(
                &store,
                chunk
                    .iter()
                    .map(|(g, h, q, _, _)| (g, h.as_str(), q.as_slice())),
            )?;
            for (outcome, (_, _, quads, fact_count, bytes)) in outcomes.into_iter().zip(chunk) {
                match outcome {
                    Written::Added => added += 1,
                    Written::Replaced => replaced += 1,
                    Written::Unchanged => unchanged += 1,
                }
                if outcome != Written::Unchanged {
                    facts += fact_count;
                    written += quads.len();
                }
                progress.inc(*bytes as u64);
            }
        }
        progress.set_message(format!("{} documents", added + replaced + unchanged));
        Ok(())
    })?;
    progress.finish_and_clear();
    crate::store::flush(&store)?;
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

/// A progress bar over the input's bytes on a terminal (MB/s and ETA), hidden when piped.
fn progress_bar(paths: &[PathBuf]) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let total: u64 = paths
        .iter()
        .flat_map(|p| walkdir::WalkDir::new(p).follow_links(true))
        .filter_map(|e| e.ok()?.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(
        "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
    ) {
        bar.set_style(style);
    }
    bar
}
