//! `newskg ingest`: read, extract in parallel, write documents in atomic batches.

use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use oxigraph::model::{NamedNode, Quad};
use oxigraph::store::{BulkLoader, Store};

use super::{Outcome, read_in_batches};
use crate::document::Document;
use crate::store::{Written, load_ontology, open_writable, quad_count, write_documents};
use crate::{extract, rdf};

/// One extracted document, ready to write.
struct Built {
    graph: NamedNode,
    content_hash: String,
    quads: Vec<Quad>,
    /// Its entries of the entity index, written only if no earlier document wrote them.
    index: rdf::IndexEntries,
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

pub fn run(
    store_path: &Path,
    paths: &[PathBuf],
    json: bool,
    commit_every: usize,
) -> Result<Outcome> {
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
            let mut writer = Writer::new(store, commit_every);
            for built in batches {
                let bytes = built.iter().map(|b| b.bytes as u64).sum();
                writer.write_batch(built)?;
                progress.inc(bytes);
                let tally = &writer.tally;
                progress.set_message(format!(
                    "{} documents",
                    tally.added + tally.replaced + tally.unchanged
                ));
            }
            writer.finish()
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
    crate::info("flushing (waits for RocksDB to merge the files just added)");
    crate::store::flush(&store)?;
    crate::info("counting the quads in the store");
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
                index: rdf::entity_index(&extraction),
                content_hash,
                facts: extraction.facts.len(),
                bytes: doc.text.len(),
            }
        })
        .collect()
}

/// The store writer: new documents go through one bulk loader, committed every `commit_every`
/// quads; documents already stored take the transaction path. Each commit adds one file per
/// index to RocksDB's level 0, and each merge of level 0 into level 1 rewrites level 1:
/// committing every 512-document batch spent over a third of ingest's CPU time in merges.
struct Writer<'a> {
    store: &'a Store,
    commit_every: usize,
    loader: Option<BulkLoader<'a>>,
    /// Documents in the loader, not yet committed, and their quads.
    pending: HashSet<NamedNode>,
    pending_quads: usize,
    index_seen: rdf::IndexSeen,
    tally: Tally,
}

impl<'a> Writer<'a> {
    fn new(store: &'a Store, commit_every: usize) -> Self {
        Self {
            store,
            commit_every,
            loader: None,
            pending: HashSet::new(),
            pending_quads: 0,
            index_seen: rdf::IndexSeen::default(),
            tally: Tally::default(),
        }
    }

    /// Writes a batch: documents the store has never seen go through the bulk loader (several
    /// times faster than transactions; they become visible at its commit, whole or not at
    /// all). Documents already stored, or repeated in the input, take the transaction path,
    /// which skips unchanged content and replaces changed graphs.
    fn write_batch(&mut self, built: Vec<Built>) -> Result<()> {
        let count = built.len();
        let mut fresh = Vec::new();
        let mut known = Vec::new();
        for mut item in built {
            let quads = &mut item.quads;
            self.index_seen
                .emit_fresh(&item.index, |q| quads.push(q.into_owned()));
            // A document already pending (earlier in this batch or an earlier one) is known.
            if !self.pending.contains(&item.graph)
                && !self.store.contains_named_graph(&item.graph)?
            {
                self.pending.insert(item.graph.clone());
                self.pending_quads += item.quads.len();
                self.tally.added += 1;
                self.tally.facts += item.facts;
                self.tally.written += item.quads.len();
                fresh.push(item);
            } else {
                known.push(item);
            }
        }
        crate::info(&format!(
            "batch of {count} documents: {} new (bulk loader), {} known (transactions)",
            fresh.len(),
            known.len()
        ));
        if !fresh.is_empty() {
            let store = self.store;
            let loader = self
                .loader
                .get_or_insert_with(|| store.bulk_loader().with_max_memory_size_in_megabytes(512));
            // Moved, not cloned: the loader owns the quads from here.
            loader.load_quads(fresh.into_iter().flat_map(|b| b.quads))?;
        }
        // A document repeated from a pending one must see it in the store before it replaces it.
        if known.iter().any(|b| self.pending.contains(&b.graph))
            || self.pending_quads >= self.commit_every
        {
            self.commit()?;
        }
        // Each transaction holds whole documents, so a crash never leaves half of one.
        for chunk in known.chunks(4) {
            let outcomes = write_documents(
                self.store,
                chunk
                    .iter()
                    .map(|b| (&b.graph, b.content_hash.as_str(), b.quads.as_slice())),
            )?;
            for (outcome, b) in outcomes.into_iter().zip(chunk) {
                match outcome {
                    Written::Added => self.tally.added += 1,
                    Written::Replaced => self.tally.replaced += 1,
                    Written::Unchanged => self.tally.unchanged += 1,
                }
                if outcome != Written::Unchanged {
                    self.tally.facts += b.facts;
                    self.tally.written += b.quads.len();
                }
            }
        }
        Ok(())
    }

    /// Makes the bulk-loaded documents visible.
    fn commit(&mut self) -> Result<()> {
        if let Some(loader) = self.loader.take() {
            crate::info(&format!(
                "committing {} documents ({} quads)",
                self.pending.len(),
                self.pending_quads
            ));
            let started = Instant::now();
            loader.commit()?;
            crate::info(&format!(
                "committed in {:.1} s",
                started.elapsed().as_secs_f64()
            ));
        }
        self.pending.clear();
        self.pending_quads = 0;
        Ok(())
    }

    fn finish(mut self) -> Result<Tally> {
        self.commit()?;
        Ok(self.tally)
    }
}
