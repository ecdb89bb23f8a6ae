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

pub fn run(store_path: &Path, paths: &[PathBuf], json: bool) -> Result<Outcome> {
    let started = Instant::now();
    let store = open_writable(store_path)?;
    crate::info(&format!(
        "store {} opened for writing",
        store_path.display()
    ));
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
        // Documents the store has never seen go through the bulk loader (several times faster
        // than transactions; a batch becomes visible whole at its commit, or not at all).
        // Documents already stored, or repeated in this batch, take the transaction path,
        // which skips unchanged content and replaces changed graphs.
        let mut seen = std::collections::HashSet::new();
        let mut fresh = Vec::new();
        let mut known = Vec::new();
        for item in &built {
            if seen.insert(item.0.clone()) && !store.contains_named_graph(&item.0)? {
                fresh.push(item);
            } else {
                known.push(item);
            }
        }
        crate::info(&format!(
            "batch of {} documents: {} new (bulk loader), {} known (transactions)",
            built.len(),
            fresh.len(),
            known.len()
        ));
        if !fresh.is_empty() {
            let mut loader = store.bulk_loader().with_max_memory_size_in_megabytes(512);
            loader.load_quads(
                fresh
                    .iter()
                    .flat_map(|(_, _, quads, _, _)| quads.iter().cloned()),
            )?;
            loader.commit()?;
            for (_, _, quads, fact_count, bytes) in &fresh {
                added += 1;
                facts += fact_count;
                written += quads.len();
                progress.inc(*bytes as u64);
            }
        }
        // Each transaction holds whole documents, so a crash never leaves half of one.
        for chunk in known.chunks(4) {
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
    let in_store = quad_count(&store)?;
    let seconds = started.elapsed().as_secs_f64();
    let status = if errors.is_empty() {
        Outcome::Success
    } else {
        Outcome::Partial
    };
    let mut out = std::io::stdout().lock();
    if json {
        let summary = serde_json::json!({
            "documents": {
                "read": read,
                "added": added,
                "replaced": replaced,
                "unchanged": unchanged,
                "skipped": errors.len(),
            },
            "facts": facts,
            "triples": { "written": written, "in_store": in_store },
            "seconds": seconds,
        });
        writeln!(out, "{summary}")?;
        return Ok(status);
    }
    if crate::is_quiet() {
        return Ok(status);
    }
    writeln!(
        out,
        "documents: {read} read ({added} added, {replaced} replaced, {unchanged} unchanged), {} skipped",
        errors.len()
    )?;
    writeln!(out, "facts:     {facts}")?;
    writeln!(out, "triples:   {written} written, {in_store} in the store")?;
    writeln!(out, "seconds:   {seconds:.2}")?;
    Ok(status)
}

/// A progress bar over the input's bytes on a terminal (MB/s and ETA), hidden when piped.
fn progress_bar(paths: &[PathBuf]) -> ProgressBar {
    if crate::is_quiet() || !std::io::stderr().is_terminal() {
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
