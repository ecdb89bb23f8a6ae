//! `newskg ingest`: read, extract in parallel, write documents in atomic batches.

use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use oxigraph::model::{NamedNode, Quad};
use oxigraph::store::Store;

use super::{Outcome, read_in_batches};
use crate::document::Document;
use crate::store::{Written, load_ontology, open_writable, quad_count, write_documents};
use crate::{extract, rdf};

/// One extracted document, ready to write.
struct Built {
    graph: NamedNode,
    content_hash: String,
    quads: Vec<Quad>,
    facts: usize,
    /// Bytes of text, for the progress bar.
    bytes: usize,
}

/// What the writes did, for the summary.
#[derive(Default)]
struct Tally {
    added: usize,
    replaced: usize,
    unchanged: usize,
    facts: usize,
    written: usize,
}

pub fn run(store_path: &Path, paths: &[PathBuf], json: bool) -> Result<Outcome> {
    let started = Instant::now();
    let store = open_writable(store_path)?;
    crate::info(&format!(
        "store {} opened for writing",
        store_path.display()
    ));
    load_ontology(&store)?;
    let progress = progress_bar(paths);
    // A pipeline of two stages: the store writes batch N on its own thread while the rayon
    // workers extract batch N+1, so neither waits for the other (writing builds its index
    // files on one core). The rendezvous channel keeps at most two batches in memory.
    let (errors, tally) = std::thread::scope(|scope| -> Result<_> {
        let (to_writer, batches) = std::sync::mpsc::sync_channel::<Vec<Built>>(0);
        let (store, progress) = (&store, &progress);
        let writer = scope.spawn(move || -> Result<Tally> {
            let mut tally = Tally::default();
            for built in batches {
                write_batch(store, &built, &mut tally)?;
                progress.inc(built.iter().map(|b| b.bytes as u64).sum());
                progress.set_message(format!(
                    "{} documents",
                    tally.added + tally.replaced + tally.unchanged
                ));
            }
            Ok(tally)
        });
        let read = read_in_batches(paths, |docs| {
            to_writer
                .send(extract_batch(&docs))
                .map_err(|_| anyhow::anyhow!("the store writer stopped"))
        });
        drop(to_writer);
        let tally = writer
            .join()
            .map_err(|_| anyhow::anyhow!("the store writer panicked"))?;
        // A failed write is why a send failed: its error comes first.
        let tally = tally?;
        Ok((read?, tally))
    })?;
    let Tally {
        added,
        replaced,
        unchanged,
        facts,
        written,
    } = tally;
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

/// Extracts a batch of documents on all cores and builds their quads.
fn extract_batch(docs: &[Document]) -> Vec<Built> {
    docs.par_iter()
        .map(|doc| {
            let extraction = extract::extract(doc);
            let content_hash = doc.content_hash();
            Built {
                graph: rdf::document_iri(&doc.id),
                quads: rdf::document_quads(doc, &extraction, &content_hash),
                content_hash,
                facts: extraction.facts.len(),
                bytes: doc.text.len(),
            }
        })
        .collect()
}

/// Writes a batch: documents the store has never seen go through the bulk loader (several
/// times faster than transactions; the batch becomes visible whole at its commit, or not at
/// all). Documents already stored, or repeated in this batch, take the transaction path, which
/// skips unchanged content and replaces changed graphs.
fn write_batch(store: &Store, built: &[Built], tally: &mut Tally) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    let mut fresh = Vec::new();
    let mut known = Vec::new();
    for item in built {
        if seen.insert(&item.graph) && !store.contains_named_graph(&item.graph)? {
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
        loader.load_quads(fresh.iter().flat_map(|b| b.quads.iter().cloned()))?;
        loader.commit()?;
        for b in &fresh {
            tally.added += 1;
            tally.facts += b.facts;
            tally.written += b.quads.len();
        }
    }
    // Each transaction holds whole documents, so a crash never leaves half of one.
    for chunk in known.chunks(4) {
        let outcomes = write_documents(
            store,
            chunk
                .iter()
                .map(|b| (&b.graph, b.content_hash.as_str(), b.quads.as_slice())),
        )?;
        for (outcome, b) in outcomes.into_iter().zip(chunk) {
            match outcome {
                Written::Added => tally.added += 1,
                Written::Replaced => tally.replaced += 1,
                Written::Unchanged => tally.unchanged += 1,
            }
            if outcome != Written::Unchanged {
                tally.facts += b.facts;
                tally.written += b.quads.len();
            }
        }
    }
    Ok(())
}
