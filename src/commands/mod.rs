//! One function per command, plus the reading pipeline `ingest` and `extract` share.

mod completions;
mod eval;
mod export;
mod extract;
mod gen_corpus;
mod ingest;
mod load;
mod maintain;
mod push;
mod query;
mod serve;

use anyhow::Result;
use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::{Cli, Command};
use crate::document::{Document, collect_sources, read_source};
use crate::sparql::OutputFormat;
use crate::warn;

/// How a command ended, when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// Some input was skipped, or a quality gate was missed.
    Partial,
}

pub fn run(cli: Cli) -> Result<Outcome> {
    crate::set_verbosity(cli.quiet, cli.verbose);
    let reads_store = matches!(
        cli.command,
        Command::Query { .. }
            | Command::Report { .. }
            | Command::Export { .. }
            | Command::Stats { .. }
            | Command::Eval { .. }
            | Command::Push { .. }
    );
    let store = cli.store.clone();
    let outcome = run_command(cli);
    if reads_store {
        outcome.map_err(|e| crate::store::read_failed(e, &store))
    } else {
        outcome
    }
}

fn run_command(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Ingest {
            paths,
            json,
            commit_every,
        } => ingest::run(&cli.store, &paths, json, commit_every),
        Command::Extract { paths, format } => extract::run(&paths, format),
        Command::Load { files, graph } => load::run(&cli.store, &files, graph),
        Command::GenCorpus {
            articles,
            seed,
            out,
        } => gen_corpus::run(articles, seed, &out),
        Command::Query {
            sparql,
            file,
            format,
            timeout,
        } => query::query(&cli.store, sparql, file, format, seconds(timeout)?),
        Command::Report {
            name,
            list,
            params,
            format,
            timeout,
        } => query::report(&cli.store, name, list, &params, format, seconds(timeout)?),
        Command::Export {
            format,
            output,
            entity,
        } => export::run(&cli.store, format, output, entity.as_deref()),
        Command::Stats { json } => query::stats(&cli.store, json),
        Command::Remove { ids } => maintain::remove(&cli.store, &ids),
        Command::Verify => maintain::verify(&cli.store),
        Command::Eval {
            gold,
            aliases,
            min_f1,
        } => eval::run(&cli.store, &gold, aliases, min_f1),
        Command::Serve {
            bind,
            writable,
            timeout,
        } => serve::run(&cli.store, &bind, writable, seconds(Some(timeout))?),
        Command::Push {
            endpoint,
            graph_store,
            batch,
            force,
        } => push::run(&cli.store, &endpoint, graph_store, batch, force),
        Command::Completions { shell } => completions::completions(shell),
        Command::Man { dir } => completions::man(dir.as_deref()),
    }
}

/// `--timeout SECONDS` as a duration.
fn seconds(timeout: Option<f64>) -> Result<Option<std::time::Duration>> {
    timeout
        .map(|s| {
            std::time::Duration::try_from_secs_f64(s).map_err(|_| {
                anyhow::anyhow!("`--timeout {s}` must be a positive number of seconds")
            })
        })
        .transpose()
}

/// Table for people at a terminal, TSV for programs.
fn default_format(format: Option<OutputFormat>) -> OutputFormat {
    format.unwrap_or(if std::io::stdout().is_terminal() {
        OutputFormat::Table
    } else {
        OutputFormat::Tsv
    })
}

/// Documents extracted in parallel per batch; bounds memory whatever the corpus size.
const BATCH: usize = 512;

/// Reads every article under `paths`, handing them to `on_batch` in batches of [`BATCH`], in
/// input order. Bad inputs are reported on stderr as they are met and returned; a failure of
/// `on_batch` itself (the store, the output) stops the reading and is the error.
fn read_in_batches(
    paths: &[PathBuf],
    mut on_batch: impl FnMut(Vec<Document>) -> Result<()>,
) -> Result<Vec<anyhow::Error>> {
    let (sources, mut errors) = collect_sources(paths);
    for e in &errors {
        warn(&format!("{e:#}; skipped"));
    }
    let mut batch = Vec::with_capacity(BATCH);
    let mut failed = None;
    for source in &sources {
        let read = read_source(source, &mut |document| {
            match document {
                Ok(doc) => batch.push(doc),
                Err(e) => {
                    warn(&format!("{e:#}; skipped"));
                    errors.push(e);
                }
            }
            if batch.len() >= BATCH
                && let Err(e) = on_batch(std::mem::take(&mut batch))
            {
                failed = Some(e);
                anyhow::bail!("reading stopped");
            }
            Ok(())
        });
        if let Some(e) = failed {
            return Err(e);
        }
        if let Err(e) = read {
            warn(&format!("{e:#}; skipped"));
            errors.push(e);
        }
    }
    if !batch.is_empty() {
        on_batch(batch)?;
    }
    Ok(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A failing consumer (a full disk, a closed pipe) must stop the reading, not be taken for
    /// a bad input file and skipped while the next file is read.
    #[test]
    fn a_failed_batch_stops_the_reading_and_is_the_error() -> Result<()> {
        let dir = tempfile::tempdir()?;
        for file in ["a.jsonl", "b.jsonl"] {
            let lines: String = (0..BATCH + 1)
                .map(|i| format!("{{\"id\": \"{file}-{i}\", \"text\": \"Word {i}.\"}}\n"))
                .collect();
            std::fs::write(dir.path().join(file), lines)?;
        }
        let mut batches = 0;
        let read = read_in_batches(&[dir.path().to_owned()], |_| {
            batches += 1;
            anyhow::bail!("no space left on device")
        });
        let error = read.expect_err("the consumer's failure is the result");
        assert_eq!(format!("{error}"), "no space left on device");
        assert_eq!(batches, 1);
        Ok(())
    }
}
