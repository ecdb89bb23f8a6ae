//! `newskg export`: the graph as RDF. Dataset formats keep one graph per document; triple
//! formats merge them, writing each triple once (a set of seen triples, so memory grows with
//! the number of distinct triples).

use anyhow::{Context, Result};
use oxigraph::io::RdfFormat;
use oxigraph::model::Triple;
use std::collections::HashSet;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::Outcome;
use crate::cli::ExportFormat;
use crate::sparql::serializer;
use crate::store::open_read_only;

pub fn run(store_path: &Path, format: ExportFormat, output: Option<PathBuf>) -> Result<Outcome> {
    let store = open_read_only(store_path)?;
    let rdf = match format {
        ExportFormat::Turtle => RdfFormat::Turtle,
        ExportFormat::Trig => RdfFormat::TriG,
        ExportFormat::Ntriples => RdfFormat::NTriples,
        ExportFormat::Nquads => RdfFormat::NQuads,
        ExportFormat::Rdfxml => RdfFormat::RdfXml,
    };
    let out: Box<dyn Write> = match &output {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create `{}`", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut writer = serializer(rdf)?.for_writer(BufWriter::new(out));
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
