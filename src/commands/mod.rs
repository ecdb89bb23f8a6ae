//! One function per command.

mod eval;
mod export;
mod ingest;
mod query;

use anyhow::Result;
use std::io::IsTerminal;

use crate::cli::{Cli, Command};
use crate::sparql::OutputFormat;

/// How a command ended, when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// Some input was skipped, or a quality gate was missed.
    Partial,
}

pub fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Ingest { paths } => ingest::run(&cli.store, &paths),
        Command::Query {
            sparql,
            file,
            format,
        } => query::query(&cli.store, sparql, file, format),
        Command::Report {
            name,
            list,
            params,
            format,
        } => query::report(&cli.store, name, list, &params, format),
        Command::Export { format, output } => export::run(&cli.store, format, output),
        Command::Stats => query::stats(&cli.store),
        Command::Eval {
            gold,
            aliases,
            min_f1,
        } => eval::run(&cli.store, &gold, aliases, min_f1),
    }
}

/// Table for people at a terminal, TSV for programs.
fn default_format(format: Option<OutputFormat>) -> OutputFormat {
    format.unwrap_or(if std::io::stdout().is_terminal() {
        OutputFormat::Table
    } else {
        OutputFormat::Tsv
    })
}
