//! `newskg eval`: the `facts` report scored against a gold file.

use anyhow::{Result, bail};
use oxigraph::sparql::QueryResults;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::Outcome;
use crate::eval::{Row, evaluate, read_aliases, read_rows};
use crate::report;
use crate::sparql::evaluate as run_query;
use crate::store::open_read_only;

pub fn run(
    store_path: &Path,
    gold_path: &Path,
    aliases: Option<PathBuf>,
    min_f1: Option<f64>,
) -> Result<Outcome> {
    let gold = read_rows(gold_path)?;
    let aliases_path =
        aliases.or_else(|| Some(gold_path.with_file_name("aliases.tsv")).filter(|p| p.exists()));
    let aliases = match aliases_path {
        Some(p) => read_aliases(&p)?,
        None => Default::default(),
    };
    let store = open_read_only(store_path)?;
    let QueryResults::Solutions(solutions) =
        run_query(&store, report::find("scored-facts")?.query, &[], None)?
    else {
        bail!("the facts report must be a SELECT query");
    };
    let mut predicted = Vec::new();
    for solution in solutions {
        let solution = solution?;
        let cell = |name: &str| {
            solution
                .get(name)
                .map(crate::sparql::display_term)
                .unwrap_or_default()
        };
        // Hedged and denied claims are not facts to score.
        if cell("modality") != "asserted" {
            continue;
        }
        predicted.push(Row {
            article: cell("source"),
            relation: cell("relation"),
            subject: cell("subject"),
            object: cell("object"),
            extra: cell("extra"),
            evidence: cell("evidence"),
            confidence: cell("confidence").parse().unwrap_or(0.0),
        });
    }
    let evaluation = evaluate(&gold, &predicted, &aliases);
    let mut out = std::io::stdout().lock();
    write!(out, "{}", evaluation.report)?;
    if let Some(min) = min_f1
        && evaluation.f1 < min
    {
        writeln!(
            out,
            "\noverall F1 {:.3} is below --min-f1 {min}",
            evaluation.f1
        )?;
        return Ok(Outcome::Partial);
    }
    Ok(Outcome::Success)
}
