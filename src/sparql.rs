//! Running SPARQL against the store and writing results in the format asked for.
//!
//! Queries see the union of all graphs as their default graph, know newskg's prefixes without
//! `PREFIX` lines, and get their parameters bound as RDF terms, never spliced into the text.

use anyhow::{Context, Result, bail};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Term, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QueryResults, QuerySolution, QuerySolutionIter,
    QueryTripleIter, SparqlEvaluator,
};
use oxigraph::store::Store;
use spargebra::algebra::GraphPattern;
use spargebra::term::{GroundTerm, TermPattern};
use spargebra::{Query, SparqlParser};
use std::io::Write;
use std::time::Duration;

use crate::vocab::PREFIXES;

/// Output formats of `query` and `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Aligned text for people (SELECT/ASK)
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    /// For CONSTRUCT/DESCRIBE
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
}

impl OutputFormat {
    fn results_format(self) -> Option<QueryResultsFormat> {
        Some(match self {
            Self::Csv => QueryResultsFormat::Csv,
            Self::Tsv => QueryResultsFormat::Tsv,
            Self::Json => QueryResultsFormat::Json,
            Self::Xml => QueryResultsFormat::Xml,
            _ => return None,
        })
    }

    pub fn rdf_format(self) -> Option<RdfFormat> {
        Some(match self {
            Self::Turtle => RdfFormat::Turtle,
            Self::Ntriples => RdfFormat::NTriples,
            Self::Nquads => RdfFormat::NQuads,
            Self::Trig => RdfFormat::TriG,
            Self::Rdfxml => RdfFormat::RdfXml,
            _ => return None,
        })
    }
}

/// An RDF serializer with newskg's prefixes declared.
pub fn serializer(format: RdfFormat) -> Result<RdfSerializer> {
    let mut serializer = RdfSerializer::from_format(format);
    for (prefix, iri) in PREFIXES {
        serializer = serializer.with_prefix(*prefix, *iri)?;
    }
    Ok(serializer)
}

/// Parses `query` with newskg's prefixes known.
pub fn parse(query: &str) -> Result<Query> {
    let mut parser = SparqlParser::new();
    for (prefix, iri) in PREFIXES {
        parser = parser.with_prefix(*prefix, *iri)?;
    }
    let update_parser = parser.clone();
    let parsed = parser.parse_query(query).map_err(|e| {
        if update_parser.parse_update(query).is_ok() {
            return anyhow::anyhow!(
                "updates are refused: `query` only reads\nhint: the store changes through `ingest`, `load` and `remove`"
            );
        }
        anyhow::anyhow!(
            "invalid SPARQL: {e}\nhint: newskg knows the prefixes {} without PREFIX lines",
            prefix_list()
        )
    })?;
    let (Query::Select { pattern, .. }
    | Query::Construct { pattern, .. }
    | Query::Describe { pattern, .. }
    | Query::Ask { pattern, .. }) = &parsed;
    if let Some(service) = service_name(pattern) {
        bail!(
            "`SERVICE {service}` is refused: federated queries are off\nhint: load the remote data with `newskg load` and query it locally"
        );
    }
    Ok(parsed)
}

/// The first `SERVICE` a pattern calls, if any (newskg never reaches the network).
fn service_name(pattern: &GraphPattern) -> Option<String> {
    match pattern {
        GraphPattern::Service { name, .. } => Some(name.to_string()),
        GraphPattern::Join { left, right }
        | GraphPattern::LeftJoin { left, right, .. }
        | GraphPattern::Lateral { left, right }
        | GraphPattern::Union { left, right }
        | GraphPattern::Minus { left, right } => service_name(left).or_else(|| service_name(right)),
        GraphPattern::Filter { inner, .. }
        | GraphPattern::Graph { inner, .. }
        | GraphPattern::Extend { inner, .. }
        | GraphPattern::OrderBy { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. }
        | GraphPattern::Group { inner, .. }
        | GraphPattern::Project { inner, .. } => service_name(inner),
        GraphPattern::Bgp { .. } | GraphPattern::Path { .. } | GraphPattern::Values { .. } => None,
    }
}

/// Evaluates `query` with `bindings` over the union of the store's graphs.
///
/// Bindings join the query's WHERE pattern as a one-row `VALUES` table in the parsed algebra,
/// so a value can never change the query's shape, and unlike Oxigraph's variable substitution
/// the bound variables need not be projected.
pub fn evaluate<'a>(
    store: &Store,
    query: &str,
    bindings: &[(Variable, Term)],
    timeout: Option<Duration>,
) -> Result<QueryResults<'a>> {
    let mut query = parse(query)?;
    if !bindings.is_empty() {
        let (Query::Select { pattern, .. }
        | Query::Construct { pattern, .. }
        | Query::Describe { pattern, .. }
        | Query::Ask { pattern, .. }) = &mut query;
        let values = GraphPattern::Values {
            variables: bindings.iter().map(|(v, _)| v.clone()).collect(),
            bindings: vec![
                bindings
                    .iter()
                    .map(|(_, t)| ground(t))
                    .collect::<Result<_>>()?,
            ],
        };
        let where_pattern = std::mem::replace(
            pattern,
            GraphPattern::Bgp {
                patterns: Vec::new(),
            },
        );
        *pattern = join_below_modifiers(where_pattern, &values, bindings);
    }
    // Built without the `http-client` feature: SERVICE calls cannot reach the network.
    let mut evaluator = SparqlEvaluator::new();
    if let Some(timeout) = timeout {
        // Evaluation checks the token as it goes, results streaming included.
        let token = CancellationToken::new();
        evaluator = evaluator.with_cancellation_token(token.clone());
        std::thread::spawn(move || {
            std::thread::sleep(timeout);
            token.cancel();
        });
    }
    let mut prepared = evaluator.for_query(query);
    prepared.dataset_mut().set_default_graph_as_union();
    Ok(prepared.on_store(store).execute()?)
}

/// Replaces bound variables by their terms in the triple patterns of `pattern`; inside a
/// sub-query (its own variable scope), only the variables it projects.
fn substitute_in_triples(pattern: &mut GraphPattern, bindings: &[(Variable, Term)]) {
    let term = |t: &mut TermPattern| {
        if let TermPattern::Variable(v) = t {
            match bindings.iter().find(|(b, _)| b == v).map(|(_, term)| term) {
                Some(Term::NamedNode(n)) => *t = TermPattern::NamedNode(n.clone()),
                Some(Term::Literal(l)) => *t = TermPattern::Literal(l.clone()),
                _ => {}
            }
        }
    };
    match pattern {
        GraphPattern::Bgp { patterns } => {
            for triple in patterns {
                term(&mut triple.subject);
                term(&mut triple.object);
            }
        }
        GraphPattern::Path {
            subject, object, ..
        } => {
            term(subject);
            term(object);
        }
        GraphPattern::Join { left, right }
        | GraphPattern::LeftJoin { left, right, .. }
        | GraphPattern::Lateral { left, right }
        | GraphPattern::Union { left, right }
        | GraphPattern::Minus { left, right } => {
            substitute_in_triples(left, bindings);
            substitute_in_triples(right, bindings);
        }
        GraphPattern::Filter { inner, .. }
        | GraphPattern::Graph { inner, .. }
        | GraphPattern::Extend { inner, .. }
        | GraphPattern::OrderBy { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. }
        | GraphPattern::Group { inner, .. }
        | GraphPattern::Service { inner, .. } => substitute_in_triples(inner, bindings),
        // A sub-query sees only the bound variables it projects (the join would bind them
        // anyway), so a `SELECT DISTINCT ?e ?entityKey` sub-query becomes an index lookup.
        GraphPattern::Project { inner, variables } => {
            let visible: Vec<(Variable, Term)> = bindings
                .iter()
                .filter(|(v, _)| variables.contains(v))
                .cloned()
                .collect();
            substitute_in_triples(inner, &visible);
        }
        GraphPattern::Values { .. } => {}
    }
}

fn ground(term: &Term) -> Result<Option<GroundTerm>> {
    Ok(Some(match term {
        Term::NamedNode(n) => GroundTerm::NamedNode(n.clone()),
        Term::Literal(l) => GroundTerm::Literal(l.clone()),
        other => bail!("cannot bind {other} as a parameter"),
    }))
}

/// Joins `values` with the WHERE pattern under the solution modifiers, grouping, BIND and FILTER,
/// so every part of the query sees the bound variables.
fn join_below_modifiers(
    pattern: GraphPattern,
    values: &GraphPattern,
    bindings: &[(Variable, Term)],
) -> GraphPattern {
    let inner = |p: Box<GraphPattern>| Box::new(join_below_modifiers(*p, values, bindings));
    match pattern {
        GraphPattern::Project {
            inner: i,
            variables,
        } => GraphPattern::Project {
            inner: inner(i),
            variables,
        },
        GraphPattern::Distinct { inner: i } => GraphPattern::Distinct { inner: inner(i) },
        GraphPattern::Reduced { inner: i } => GraphPattern::Reduced { inner: inner(i) },
        GraphPattern::Slice {
            inner: i,
            start,
            length,
        } => GraphPattern::Slice {
            inner: inner(i),
            start,
            length,
        },
        GraphPattern::OrderBy {
            inner: i,
            expression,
        } => GraphPattern::OrderBy {
            inner: inner(i),
            expression,
        },
        GraphPattern::Group {
            inner: i,
            variables,
            aggregates,
        } => GraphPattern::Group {
            inner: inner(i),
            variables,
            aggregates,
        },
        GraphPattern::Extend {
            inner: i,
            variable,
            expression,
        } => GraphPattern::Extend {
            inner: inner(i),
            variable,
            expression,
        },
        GraphPattern::Filter { expr, inner: i } => GraphPattern::Filter {
            expr,
            inner: inner(i),
        },
        mut other => {
            // The bound values also replace the variables in triple patterns, so the
            // evaluator looks them up in an index instead of scanning and then joining.
            substitute_in_triples(&mut other, bindings);
            GraphPattern::Join {
                left: Box::new(values.clone()),
                right: Box::new(other),
            }
        }
    }
}

fn prefix_list() -> String {
    PREFIXES
        .iter()
        .map(|(p, _)| format!("{p}:"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes query results to `out` in `format`; solutions stream in every format.
pub fn write_results(
    results: QueryResults<'_>,
    format: OutputFormat,
    out: &mut dyn Write,
) -> Result<()> {
    match results {
        QueryResults::Solutions(solutions) => {
            if let Some(results_format) = format.results_format() {
                write_solutions(solutions, results_format, out)?;
            } else if format == OutputFormat::Table {
                let variables = solutions.variables().to_vec();
                write_table(&variables, solutions, out)?;
            } else {
                bail!(
                    "`--format {format:?}` is for CONSTRUCT/DESCRIBE; use table, csv, tsv, json or xml for SELECT"
                );
            }
        }
        QueryResults::Boolean(value) => match format.results_format() {
            Some(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(out, value)?;
            }
            None => writeln!(out, "{value}")?,
        },
        QueryResults::Graph(triples) => {
            write_triples(
                triples,
                format.rdf_format().unwrap_or(RdfFormat::Turtle),
                out,
            )?;
        }
    }
    Ok(())
}

/// Streams SELECT solutions to `out` in a SPARQL results format.
pub fn write_solutions(
    solutions: QuerySolutionIter<'_>,
    format: QueryResultsFormat,
    out: &mut dyn Write,
) -> Result<()> {
    let mut writer = QueryResultsSerializer::from_format(format)
        .serialize_solutions_to_writer(out, solutions.variables().to_vec())?;
    for solution in solutions {
        writer.serialize(&solution?)?;
    }
    writer.finish()?;
    Ok(())
}

/// Streams CONSTRUCT/DESCRIBE triples to `out` in an RDF format, with newskg's prefixes.
pub fn write_triples(
    triples: QueryTripleIter<'_>,
    format: RdfFormat,
    out: &mut dyn Write,
) -> Result<()> {
    let mut writer = serializer(format)?.for_writer(out);
    for triple in triples {
        writer.serialize_triple(&triple?)?;
    }
    writer.finish().context("cannot write RDF")?;
    Ok(())
}

/// A term as people read it: prefixed IRIs, bare literal values.
pub fn display_term(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => PREFIXES
            .iter()
            .find_map(|(p, ns)| {
                n.as_str()
                    .strip_prefix(ns)
                    .map(|local| format!("{p}:{local}"))
            })
            .unwrap_or_else(|| format!("<{}>", n.as_str())),
        Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    }
}

/// Rows read before the table's column widths are fixed: enough to size the columns, few
/// enough that a long listing shows its first rows at once. Later rows stream with those widths
/// (a longer cell just pushes its row's next columns right).
const TABLE_SIZING_ROWS: usize = 200;

fn write_table(
    variables: &[Variable],
    mut rows: impl Iterator<Item = Result<QuerySolution, QueryEvaluationError>>,
    out: &mut dyn Write,
) -> Result<()> {
    const MAX_WIDTH: usize = 60;
    let cells = |row: &QuerySolution| -> Vec<String> {
        variables
            .iter()
            .map(|v| {
                let text = row
                    .get(v)
                    .map(display_term)
                    .unwrap_or_default()
                    .replace(['\n', '\t'], " ");
                if text.chars().count() > MAX_WIDTH {
                    text.chars().take(MAX_WIDTH - 1).chain(['…']).collect()
                } else {
                    text
                }
            })
            .collect()
    };
    let sizing: Vec<Vec<String>> = rows
        .by_ref()
        .take(TABLE_SIZING_ROWS)
        .map(|row| row.map(|r| cells(&r)))
        .collect::<Result<_, _>>()?;
    let mut widths: Vec<usize> = variables.iter().map(|v| v.as_str().len()).collect();
    for row in &sizing {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, values: &[String]| -> std::io::Result<()> {
        let padded: Vec<String> = values
            .iter()
            .zip(&widths)
            .map(|(v, w)| format!("{v:<w$}"))
            .collect();
        writeln!(out, "{}", padded.join("  ").trim_end())
    };
    line(
        out,
        &variables
            .iter()
            .map(|v| v.as_str().to_owned())
            .collect::<Vec<_>>(),
    )?;
    line(
        out,
        &widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>(),
    )?;
    let mut count = sizing.len();
    for row in &sizing {
        line(out, row)?;
    }
    for row in rows {
        line(out, &cells(&row?))?;
        count += 1;
    }
    writeln!(out, "({count} row{})", if count == 1 { "" } else { "s" })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_longer_than_its_sizing_rows_keeps_every_row() -> Result<()> {
        let n = TABLE_SIZING_ROWS + 50;
        let values: Vec<String> = (1..=n).map(|i| format!("\"row {i}\"")).collect();
        let query = format!(
            "SELECT ?name WHERE {{ VALUES ?name {{ {} }} }}",
            values.join(" ")
        );
        let results = evaluate(&Store::new()?, &query, &[], None)?;
        let mut out = Vec::new();
        write_results(results, OutputFormat::Table, &mut out)?;
        let text = String::from_utf8(out)?;
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), n + 3, "header, rule, rows, count");
        assert_eq!(lines[2], "row 1");
        assert_eq!(lines[n + 1], format!("row {n}"));
        assert_eq!(lines[n + 2], format!("({n} rows)"));
        Ok(())
    }
}
