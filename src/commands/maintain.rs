//! `newskg remove` and `newskg verify`: taking documents out, and checking the store.

use anyhow::{Result, bail};
use oxigraph::model::vocab::rdfs;
use oxigraph::model::{GraphName, GraphNameRef, Term};
use oxigraph::sparql::QueryResults;
use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

use super::Outcome;
use crate::entity::person_key;
use crate::rdf::document_iri;
use crate::sparql::{display_term, evaluate};
use crate::store::{open_read_only, open_writable};
use crate::vocab::ext::SKOS_ALT_LABEL;
use crate::vocab::{ENTITY_GRAPH, nkg};

/// The graph invariants `verify` checks, one query each: (name, SPARQL listing offenders).
const CHECKS: &[(&str, &str)] = &[
    (
        "every fact names its source document",
        include_str!("../../queries/checks/fact-without-source.rq"),
    ),
    (
        "every fact is stored in its document's graph",
        include_str!("../../queries/checks/fact-outside-its-document.rq"),
    ),
    (
        "every asserted fact has its direct triple",
        include_str!("../../queries/checks/asserted-fact-without-triple.rq"),
    ),
    (
        "every document graph has its metadata",
        include_str!("../../queries/checks/document-without-hash.rq"),
    ),
    (
        "every entity an article names is in the entity index",
        include_str!("../../queries/checks/entity-not-indexed.rq"),
    ),
    (
        "every entity in the index is named by an article",
        include_str!("../../queries/checks/index-entry-unnamed.rq"),
    ),
];

/// Removes whole documents (their graph holds all they contributed), in one transaction, and
/// prunes the entity index of what only they named.
pub fn remove(store_path: &Path, ids: &[String]) -> Result<Outcome> {
    let store = open_writable(store_path)?;
    let mut tx = store.start_transaction()?;
    let mut missing = Vec::new();
    let mut graphs = HashSet::new();
    let mut named = HashSet::new();
    for id in ids {
        let graph = document_iri(id);
        if tx.contains_named_graph(&graph)? {
            for quad in
                tx.quads_for_pattern(None, Some(rdfs::LABEL), None, Some(graph.as_ref().into()))
            {
                named.insert(quad?.subject);
            }
            graphs.insert(graph);
        } else {
            missing.push(id.as_str());
        }
    }
    if !missing.is_empty() {
        bail!(
            "no document {} in the store; nothing removed\nhint: `newskg query 'SELECT ?id WHERE {{ ?d nkg:sourceName ?id }}'` lists them",
            missing.join(", ")
        );
    }
    let mut stale = Vec::new();
    for entity in &named {
        // The keys of the spellings other articles still use; an entity no article names any
        // more leaves the index.
        let mut keys = HashSet::new();
        for predicate in [rdfs::LABEL, SKOS_ALT_LABEL] {
            for quad in tx.quads_for_pattern(Some(entity.as_ref()), Some(predicate), None, None) {
                let quad = quad?;
                if let (GraphName::NamedNode(graph), Term::Literal(spelling)) =
                    (&quad.graph_name, &quad.object)
                    && !graphs.contains(graph)
                {
                    keys.insert(person_key(spelling.value()));
                }
            }
        }
        let index = Some(GraphNameRef::NamedNode(ENTITY_GRAPH));
        for quad in tx.quads_for_pattern(Some(entity.as_ref()), None, None, index) {
            let quad = quad?;
            let kept = match &quad.object {
                Term::Literal(key) if quad.predicate == nkg::NAME_KEY => keys.contains(key.value()),
                _ => !keys.is_empty(),
            };
            if !kept {
                stale.push(quad);
            }
        }
    }
    for graph in &graphs {
        tx.remove_named_graph(graph)?;
    }
    for quad in &stale {
        tx.remove(quad);
    }
    tx.commit()?;
    writeln!(
        std::io::stdout().lock(),
        "removed {} document(s)",
        ids.len()
    )?;
    Ok(Outcome::Success)
}

/// Runs Oxigraph's own consistency check, then the graph's invariants.
pub fn verify(store_path: &Path) -> Result<Outcome> {
    let store = open_read_only(store_path)?;
    let mut out = std::io::stdout().lock();
    let mut problems = 0;
    match store.validate() {
        Ok(()) => writeln!(out, "ok      storage indexes are consistent")?,
        Err(e) => {
            problems += 1;
            writeln!(out, "FAILED  storage indexes: {e}")?;
        }
    }
    for (name, query) in CHECKS {
        let QueryResults::Solutions(solutions) = evaluate(&store, query, &[], None)? else {
            bail!("check `{name}` must be a SELECT query");
        };
        let offenders: Vec<String> = solutions
            .map(|s| {
                Ok(s?
                    .values()
                    .iter()
                    .flatten()
                    .map(display_term)
                    .collect::<Vec<_>>()
                    .join(" "))
            })
            .collect::<Result<_>>()?;
        if offenders.is_empty() {
            writeln!(out, "ok      {name}")?;
        } else {
            problems += 1;
            writeln!(out, "FAILED  {name}: {}", offenders.join(", "))?;
        }
    }
    Ok(if problems == 0 {
        Outcome::Success
    } else {
        Outcome::Partial
    })
}
