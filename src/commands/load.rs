//! `newskg load`: import external RDF (reference lists, or N-Quads from `newskg extract`) with
//! Oxigraph's bulk loader. Triples go into one named graph per file, so they can be joined with
//! the extracted facts and dropped again; quads keep their graphs.
//!
//! Each name a loaded resource carries (`rdfs:label`, `skos:prefLabel`, `schema:name`, ...) also
//! gets its `nkg:nameKey`, in the same graph, so `dossier` finds reference data by any spelling
//! of a name, exactly as it finds extracted entities.

use anyhow::{Context, Result, bail};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Literal, NamedNode, Quad, Term};
use oxigraph::store::LoaderError;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::Outcome;
use crate::entity::person_key;
use crate::store::{load_ontology, open_writable, quad_count};
use crate::vocab::{ext::NAME_PROPERTIES, nkg};

pub fn run(store_path: &Path, files: &[PathBuf], graph: Option<String>) -> Result<Outcome> {
    let started = Instant::now();
    let store = open_writable(store_path)?;
    load_ontology(&store)?;
    let before = quad_count(&store)?;
    for file in files {
        let Some(format) = file
            .extension()
            .and_then(|e| e.to_str())
            .and_then(RdfFormat::from_extension)
        else {
            bail!(
                "{}: unknown RDF format\nhint: use a .ttl, .nt, .nq, .trig, .rdf or .jsonld extension",
                file.display()
            );
        };
        let mut parser = RdfParser::from_format(format);
        if !format.supports_datasets() {
            let name = match &graph {
                Some(iri) => NamedNode::new(iri.clone())
                    .with_context(|| format!("`--graph {iri}` is not an IRI"))?,
                None => {
                    let absolute = std::fs::canonicalize(file)
                        .with_context(|| format!("{}: cannot read", file.display()))?;
                    NamedNode::new(format!("file://{}", absolute.display()))?
                }
            };
            parser = parser.with_default_graph(name);
        }
        let reader = std::fs::File::open(file)
            .with_context(|| format!("{}: cannot read", file.display()))?;
        let mut keys = HashSet::new();
        let quads = parser
            .rename_blank_nodes()
            .for_reader(std::io::BufReader::new(reader))
            .inspect(|quad| {
                if let Ok(quad) = quad {
                    keys.extend(name_key(quad));
                }
            });
        let mut loader = store.bulk_loader();
        loader
            .load_ok_quads::<_, LoaderError>(quads)
            .with_context(|| format!("{}: cannot load", file.display()))?;
        loader
            .load_quads(keys)
            .with_context(|| format!("{}: cannot load", file.display()))?;
        loader
            .commit()
            .with_context(|| format!("{}: cannot commit", file.display()))?;
    }
    crate::store::flush(&store)?;
    let after = quad_count(&store)?;
    let seconds = started.elapsed().as_secs_f64();
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "quads:   {} loaded, {after} in the store",
        after.saturating_sub(before)
    )?;
    writeln!(out, "seconds: {seconds:.2}")?;
    Ok(Outcome::Success)
}

/// The `nkg:nameKey` quad of `quad` when it names its subject.
fn name_key(quad: &Quad) -> Option<Quad> {
    let Term::Literal(name) = &quad.object else {
        return None;
    };
    if !NAME_PROPERTIES.contains(&quad.predicate.as_ref()) {
        return None;
    }
    let key = person_key(name.value());
    (!key.is_empty()).then(|| {
        Quad::new(
            quad.subject.clone(),
            nkg::NAME_KEY,
            Literal::new_simple_literal(key),
            quad.graph_name.clone(),
        )
    })
}
