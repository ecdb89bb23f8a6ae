//! The Oxigraph store: opening it, writing one document per transaction, loading the ontology.

use anyhow::{Context, Result, bail};
use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphNameRef, Literal, NamedNode, Quad, QuadRef};
use oxigraph::store::Store;
use std::path::Path;

use crate::vocab::{ONTOLOGY_GRAPH, nkg};

/// The ontology, loaded into its own graph so queries can use its labels.
pub const ONTOLOGY: &str = include_str!("../ontology/newskg.ttl");

/// Opens (creating if needed) the store for writing.
pub fn open_writable(path: &Path) -> Result<Store> {
    Store::open(path).map_err(|e| in_use_hint(e.into(), path))
}

/// Opens an existing store for reading; other processes may write meanwhile.
pub fn open_read_only(path: &Path) -> Result<Store> {
    if !path.join("CURRENT").exists() {
        bail!(
            "no store at `{}`\nhint: run `newskg ingest PATH…` first, or point `--store` (or NEWSKG_STORE) at an existing store",
            path.display()
        );
    }
    Store::open_read_only(path).map_err(|e| in_use_hint(e.into(), path))
}

fn in_use_hint(error: anyhow::Error, path: &Path) -> anyhow::Error {
    let text = format!("{error:#}");
    if text.contains("lock") || text.contains("LOCK") {
        anyhow::anyhow!(
            "store `{}` is in use by another process ({text})\nhint: wait for it to finish, or use another `--store`",
            path.display()
        )
    } else {
        error.context(format!("cannot open store `{}`", path.display()))
    }
}

/// What writing a document did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Added,
    Replaced,
    Unchanged,
}

/// Writes a document's graph in one transaction: unchanged content (same hash) is skipped, a
/// changed document replaces its whole graph, so the store only ever holds whole documents.
pub fn write_document(
    store: &Store,
    graph: &NamedNode,
    content_hash: &str,
    quads: &[Quad],
) -> Result<Written> {
    let hash = Literal::new_simple_literal(content_hash);
    let hash_quad = QuadRef::new(graph, nkg::CONTENT_HASH, &hash, graph);
    let mut tx = store.start_transaction()?;
    if tx.contains(hash_quad)? {
        return Ok(Written::Unchanged);
    }
    let existed = tx.contains_named_graph(graph)?;
    if existed {
        tx.remove_named_graph(graph)?;
    }
    tx.insert_named_graph(graph);
    tx.extend(quads);
    tx.commit().context("cannot commit to the store")?;
    Ok(if existed {
        Written::Replaced
    } else {
        Written::Added
    })
}

/// (Re)loads the ontology into its graph, in one transaction.
pub fn load_ontology(store: &Store) -> Result<()> {
    let mut tx = store.start_transaction()?;
    tx.clear_graph(ONTOLOGY_GRAPH)?;
    tx.load_from_slice(
        oxigraph::io::RdfParser::from_format(RdfFormat::Turtle).with_default_graph(ONTOLOGY_GRAPH),
        ONTOLOGY,
    )
    .context("the embedded ontology does not parse")?;
    tx.commit()?;
    Ok(())
}

/// Number of quads in the store.
pub fn quad_count(store: &Store) -> Result<usize> {
    Ok(store.len()?)
}

/// The ontology graph's name, for exports that leave it out.
pub fn ontology_graph() -> GraphNameRef<'static> {
    GraphNameRef::NamedNode(ONTOLOGY_GRAPH)
}
