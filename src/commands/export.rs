//! `newskg export`: the graph as RDF, or as a Graphviz drawing. Dataset formats keep one graph
//! per document; triple formats merge them, writing each triple once (a set of seen triples, so
//! memory grows with the number of distinct triples).

use anyhow::{Context, Result, bail};
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::vocab::rdfs;
use oxigraph::model::{Literal, NamedNode, NamedOrBlankNode, Term, TermRef, Triple};
use oxigraph::store::Store;
use std::collections::{BTreeMap, HashSet};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::Outcome;
use crate::cli::ExportFormat;
use crate::entity::person_key;
use crate::extract::Relation;
use crate::sparql::serializer;
use crate::store::open_read_only;
use crate::vocab::nkg;

pub fn run(
    store_path: &Path,
    format: ExportFormat,
    output: Option<PathBuf>,
    entity: Option<&str>,
) -> Result<Outcome> {
    if entity.is_some() && format != ExportFormat::Dot {
        bail!("`--entity` draws a neighbourhood and needs `--format dot`");
    }
    let store = open_read_only(store_path)?;
    let out: Box<dyn Write> = match &output {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create `{}`", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    let rdf = match format {
        ExportFormat::Turtle => RdfFormat::Turtle,
        ExportFormat::Trig => RdfFormat::TriG,
        ExportFormat::Ntriples => RdfFormat::NTriples,
        ExportFormat::Nquads => RdfFormat::NQuads,
        ExportFormat::Rdfxml => RdfFormat::RdfXml,
        ExportFormat::Jsonld => RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
        ExportFormat::Dot => {
            write_dot(&store, entity, &mut out)?;
            out.flush()?;
            return Ok(Outcome::Success);
        }
    };
    let mut writer = serializer(rdf)?.for_writer(out);
    if rdf.supports_datasets() {
        for quad in store.iter() {
            writer.serialize_quad(&quad?)?;
        }
    } else {
        let mut seen: HashSet<Triple> = HashSet::new();
        for quad in store.iter() {
            let triple = Triple::from(quad?);
            if !seen.contains(&triple) {
                writer.serialize_triple(&triple)?;
                seen.insert(triple);
            }
        }
    }
    writer.finish()?.flush()?;
    Ok(Outcome::Success)
}

/// One asserted fact as drawn: subject, relation, object (an entity, or a literal such as a
/// role title).
type Edge = (NamedOrBlankNode, NamedNode, Term);

/// The asserted facts (their direct triples) of the whole store, or those touching the entities
/// known under `entity`, in a stable order.
pub fn fact_edges(store: &Store, entity: Option<&str>) -> Result<Vec<Edge>> {
    let focus: Option<HashSet<Term>> = match entity {
        None => None,
        Some(name) => {
            let key = Literal::new_simple_literal(person_key(name));
            let found = store
                .quads_for_pattern(None, Some(nkg::NAME_KEY), Some(key.as_ref().into()), None)
                .map(|q| Ok(Term::from(q?.subject)))
                .collect::<Result<HashSet<_>>>()?;
            if found.is_empty() {
                bail!(
                    "no entity named `{name}`\nhint: `newskg report aliases` lists names; any spelling seen in an article works"
                );
            }
            Some(found)
        }
    };
    let mut edges = BTreeMap::new();
    for relation in Relation::ALL {
        let property = crate::rdf::property(relation);
        for quad in store.quads_for_pattern(None, Some(property), None, None) {
            let quad = quad?;
            let touches = |f: &HashSet<Term>| {
                f.contains(&Term::from(quad.subject.clone())) || f.contains(&quad.object)
            };
            if focus.as_ref().is_none_or(touches) {
                edges.insert(
                    (
                        quad.subject.to_string(),
                        quad.predicate.to_string(),
                        quad.object.to_string(),
                    ),
                    (quad.subject, quad.predicate, quad.object),
                );
            }
        }
    }
    Ok(edges.into_values().collect())
}

/// The `rdfs:label` of `term`, else its IRI's last segment, else a literal's value.
pub fn label(store: &Store, term: TermRef<'_>) -> Result<String> {
    Ok(match term {
        TermRef::NamedNode(n) => {
            match store
                .quads_for_pattern(Some(n.into()), Some(rdfs::LABEL), None, None)
                .next()
                .transpose()?
            {
                Some(q) => match q.object {
                    Term::Literal(l) => l.value().to_owned(),
                    other => other.to_string(),
                },
                None => n
                    .as_str()
                    .rsplit(['/', '#'])
                    .next()
                    .unwrap_or(n.as_str())
                    .to_owned(),
            }
        }
        TermRef::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    })
}

/// Writes the fact edges as a Graphviz digraph: entities are ellipses labelled with their
/// names, literal values are boxes attached to their subject, edges carry the relation.
fn write_dot(store: &Store, entity: Option<&str>, out: &mut dyn Write) -> Result<()> {
    let edges = fact_edges(store, entity)?;
    writeln!(out, "digraph newskg {{")?;
    writeln!(out, "  rankdir=LR;")?;
    writeln!(out, "  node [shape=ellipse, fontname=\"Helvetica\"];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=10];")?;
    let mut declared = HashSet::new();
    for (subject, predicate, object) in &edges {
        let from = node_id(&Term::from(subject.clone()));
        let to = match object {
            Term::Literal(l) => format!("{from} = {}", l.value()),
            other => node_id(other),
        };
        for (id, term) in [(&from, Term::from(subject.clone())), (&to, object.clone())] {
            if declared.insert(id.clone()) {
                let shape = if term.is_literal() { ", shape=box" } else { "" };
                writeln!(
                    out,
                    "  {} [label={}{shape}];",
                    quoted(id),
                    quoted(&label(store, term.as_ref())?)
                )?;
            }
        }
        writeln!(
            out,
            "  {} -> {} [label={}];",
            quoted(&from),
            quoted(&to),
            quoted(&label(store, predicate.as_ref().into())?)
        )?;
    }
    writeln!(out, "}}")?;
    Ok(())
}

/// A node's DOT identifier: the bare IRI.
fn node_id(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => n.as_str().to_owned(),
        other => other.to_string(),
    }
}

/// A DOT quoted string.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}
