//! `newskg query`, `newskg report` and `newskg stats`.

use anyhow::{Context, Result, bail};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{Outcome, default_format};
use crate::report;
use crate::sparql::{OutputFormat, evaluate, write_results};
use crate::store::{open_read_only, quad_count};

pub fn query(
    store_path: &Path,
    sparql: Option<String>,
    file: Option<PathBuf>,
    format: Option<OutputFormat>,
    timeout: Option<Duration>,
) -> Result<Outcome> {
    let text = match (sparql, file) {
        (Some(q), None) => q,
        (None, Some(f)) => std::fs::read_to_string(&f)
            .with_context(|| format!("cannot read query file `{}`", f.display()))?,
        (Some(_), Some(_)) => {
            bail!("give the query either as an argument or with `--file`, not both")
        }
        (None, None) => {
            bail!("no query given\nhint: `newskg query 'SELECT …'` or `newskg query --file q.rq`")
        }
    };
    let store = open_read_only(store_path)?;
    let results = evaluate(&store, &text, &[], timeout)?;
    let mut out = std::io::stdout().lock();
    write_results(results, default_format(format), &mut out).map_err(|e| timed_out(e, timeout))?;
    Ok(Outcome::Success)
}

pub fn report(
    store_path: &Path,
    name: Option<String>,
    list: bool,
    params: &[String],
    format: Option<OutputFormat>,
    timeout: Option<Duration>,
) -> Result<Outcome> {
    let mut out = std::io::stdout().lock();
    if list {
        for r in report::all() {
            writeln!(
                out,
                "{:<12} {}\n             {}",
                r.name, r.title, r.description
            )?;
            for (key, meaning) in &r.params {
                writeln!(out, "             --param {key}=…  {meaning}")?;
            }
        }
        return Ok(Outcome::Success);
    }
    let Some(name) = name else {
        bail!("no report named\nhint: `newskg report --list`")
    };
    let report = report::find(&name)?;
    let bindings = report.bindings(params)?;
    let store = open_read_only(store_path)?;
    let results = evaluate(&store, report.query, &bindings, timeout)?;
    write_results(results, default_format(format), &mut out).map_err(|e| timed_out(e, timeout))?;
    Ok(Outcome::Success)
}

pub fn stats(store_path: &Path, json: bool) -> Result<Outcome> {
    let store = open_read_only(store_path)?;
    let report = report::find("stats")?;
    let results = evaluate(&store, report.query, &[], None)?;
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", stats_json(results, quad_count(&store)?)?)?;
        return Ok(Outcome::Success);
    }
    write_results(results, default_format(None), &mut out)?;
    writeln!(out, "triples: {}", quad_count(&store)?)?;
    Ok(Outcome::Success)
}

/// The stats report's `what`/`count` rows as one object: `{"documents": 7, "entities":
/// {"person": 12, …}, "facts": {"holds role": 20, …}, "triples": 1647}`.
fn stats_json(results: QueryResults<'_>, triples: usize) -> Result<serde_json::Value> {
    let QueryResults::Solutions(rows) = results else {
        bail!("the stats report is not a SELECT query");
    };
    let mut summary = serde_json::json!({ "documents": 0, "entities": {}, "facts": {} });
    for row in rows {
        let row = row?;
        let (Some(Term::Literal(what)), Some(Term::Literal(count))) =
            (row.get("what"), row.get("count"))
        else {
            continue;
        };
        let count: u64 = count.value().parse().unwrap_or(0);
        match what.value().split_once(": ") {
            Some((group, name)) => summary[group][name] = count.into(),
            None => summary[what.value()] = count.into(),
        }
    }
    summary["triples"] = triples.into();
    Ok(summary)
}

/// Names the cause when a query was cancelled by `--timeout`.
fn timed_out(error: anyhow::Error, timeout: Option<Duration>) -> anyhow::Error {
    match timeout {
        Some(t) if format!("{error:#}").contains("cancelled") => anyhow::anyhow!(
            "query stopped after --timeout {}s\nhint: narrow the query, or allow more time",
            t.as_secs_f64()
        ),
        _ => error,
    }
}
