//! Saved reports: the SPARQL files of `queries/`, compiled in, with their header comments.
//!
//! Each file starts with `# title:`, `# description:` and `# param: KEY — meaning` lines.
//! A parameter `KEY` is bound to the variable `?KEY` as a plain literal; a parameter named
//! `entity` also binds `?entityKey` to the name's lookup key, so a report finds an entity by any
//! of its spellings through the `nkg:nameKey` index instead of scanning labels.

use anyhow::{Result, bail};
use oxigraph::model::{Literal, Term, Variable};

use crate::entity::person_key;

/// Every saved report: (name, SPARQL text).
pub const REPORTS: &[(&str, &str)] = &[
    ("facts", include_str!("../queries/facts.rq")),
    ("scored-facts", include_str!("../queries/scored-facts.rq")),
    ("roles", include_str!("../queries/roles.rq")),
    ("delegations", include_str!("../queries/delegations.rq")),
    ("sanctions", include_str!("../queries/sanctions.rq")),
    ("dossier", include_str!("../queries/dossier.rq")),
    ("sources", include_str!("../queries/sources.rq")),
    ("timeline", include_str!("../queries/timeline.rq")),
    ("aliases", include_str!("../queries/aliases.rq")),
    ("stats", include_str!("../queries/stats.rq")),
];

/// A report's header.
#[derive(Debug, Default)]
pub struct Report {
    pub name: &'static str,
    pub title: String,
    pub description: String,
    /// (key, meaning)
    pub params: Vec<(String, String)>,
    pub query: &'static str,
}

impl Report {
    fn parse(name: &'static str, query: &'static str) -> Self {
        let mut report = Report {
            name,
            query,
            ..Report::default()
        };
        for line in query.lines().take_while(|l| l.starts_with('#')) {
            let line = line.trim_start_matches('#').trim();
            if let Some(v) = line.strip_prefix("title:") {
                report.title = v.trim().to_owned();
            } else if let Some(v) = line.strip_prefix("description:") {
                report.description = v.trim().to_owned();
            } else if let Some(v) = line.strip_prefix("param:") {
                let (key, meaning) = v.split_once(['\u{2014}', '-']).unwrap_or((v, ""));
                report
                    .params
                    .push((key.trim().to_owned(), meaning.trim().to_owned()));
            }
        }
        report
    }

    /// Turns `KEY=VALUE` arguments into variable bindings, refusing unknown keys.
    pub fn bindings(&self, params: &[String]) -> Result<Vec<(Variable, Term)>> {
        let mut out = Vec::new();
        for param in params {
            let Some((key, value)) = param.split_once('=') else {
                bail!("`--param {param}` is not KEY=VALUE");
            };
            if !self.params.iter().any(|(k, _)| k == key) {
                let known: Vec<&str> = self.params.iter().map(|(k, _)| k.as_str()).collect();
                bail!(
                    "report `{}` has no parameter `{key}`\nhint: its parameters are: {}",
                    self.name,
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    }
                );
            }
            out.push((
                Variable::new(key)?,
                Literal::new_simple_literal(value).into(),
            ));
            if key == "entity" {
                out.push((
                    Variable::new("entityKey")?,
                    Literal::new_simple_literal(person_key(value)).into(),
                ));
            }
        }
        Ok(out)
    }
}

/// All reports, parsed.
pub fn all() -> Vec<Report> {
    REPORTS
        .iter()
        .map(|(name, query)| Report::parse(name, query))
        .collect()
}

/// The report called `name`.
pub fn find(name: &str) -> Result<Report> {
    match REPORTS.iter().find(|(n, _)| *n == name) {
        Some((n, q)) => Ok(Report::parse(n, q)),
        None => bail!(
            "no report named `{name}`\nhint: `newskg report --list` shows them: {}",
            REPORTS
                .iter()
                .map(|(n, _)| *n)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_report_parses_and_documents_itself() {
        for report in all() {
            crate::sparql::parse(report.query).unwrap_or_else(|e| panic!("{}: {e}", report.name));
            assert!(
                !report.title.is_empty() && !report.description.is_empty(),
                "{}",
                report.name
            );
        }
    }

    #[test]
    fn parameters_are_bound_as_literals_and_unknown_ones_refused() {
        let report = find("dossier").expect("dossier");
        let hostile = r#"entity="} ; DELETE WHERE { ?s ?p ?o } #"#;
        let bindings = report.bindings(&[hostile.to_owned()]).expect("bound");
        assert_eq!(
            bindings[0].1,
            Term::from(Literal::new_simple_literal(
                r#""} ; DELETE WHERE { ?s ?p ?o } #"#
            ))
        );
        assert!(report.bindings(&["nope=1".to_owned()]).is_err());
    }
}
