//! `newskg push`: copy the store's graphs to another SPARQL 1.1 server through the Graph Store
//! HTTP Protocol, one `PUT ?graph=IRI` per graph, in batches.
//!
//! Resumable without local state: before sending, it asks the server's query endpoint how many
//! triples each graph holds there and which content hash each article graph carries, and skips
//! graphs that already match. An interrupted push re-run sends only what is missing or changed.

use anyhow::{Context, Result, bail};
use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphName, GraphNameRef, Term};
use oxigraph::store::Store;
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use super::Outcome;
use crate::store::open_read_only;
use crate::vocab::nkg;

pub fn run(
    store_path: &Path,
    endpoint: &str,
    graph_store: Option<String>,
    batch: usize,
    force: bool,
) -> Result<Outcome> {
    let started = Instant::now();
    let store = open_read_only(store_path)?;
    let graph_store = match graph_store {
        Some(url) => url,
        None => default_graph_store(endpoint)?,
    };
    let agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(600)))
        .build()
        .new_agent();

    let remote = if force {
        HashMap::new()
    } else {
        remote_state(&agent, endpoint)?
    };
    let mut graphs: Vec<GraphName> = store
        .named_graphs()
        .map(|g| g.map(GraphName::from))
        .collect::<Result<_, _>>()?;
    let default_graph = store.quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph));
    if default_graph.into_iter().next().is_some() {
        graphs.push(GraphName::DefaultGraph);
    }

    let (mut sent, mut skipped, mut triples) = (0, 0, 0);
    for chunk in graphs.chunks(batch.max(1)) {
        let batch_started = Instant::now();
        let mut batch_sent = 0;
        for graph in chunk {
            let (count, hash) = local_state(&store, graph.as_ref())?;
            if remote.get(&graph_key(graph.as_ref())) == Some(&(count, hash)) {
                skipped += 1;
                continue;
            }
            put_graph(&agent, &store, &graph_store, graph.as_ref())?;
            sent += 1;
            batch_sent += 1;
            triples += count;
        }
        crate::info(&format!(
            "batch of {} graphs: {batch_sent} sent in {:.2} s",
            chunk.len(),
            batch_started.elapsed().as_secs_f64()
        ));
    }
    if !crate::is_quiet() {
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "graphs:  {sent} sent, {skipped} already there ({} in the store)",
            graphs.len()
        )?;
        writeln!(out, "triples: {triples} sent to {graph_store}")?;
        writeln!(out, "seconds: {:.2}", started.elapsed().as_secs_f64())?;
    }
    Ok(Outcome::Success)
}

/// Oxigraph's layout: the graph store sits beside the query endpoint (`/query` → `/store`).
fn default_graph_store(endpoint: &str) -> Result<String> {
    match endpoint.rsplit_once('/') {
        Some((base, "query" | "sparql")) => Ok(format!("{base}/store")),
        _ => bail!(
            "cannot guess the graph store of `{endpoint}`\nhint: pass `--graph-store URL` (Oxigraph: …/store, Fuseki: …/DATASET/data)"
        ),
    }
}

/// Graph name as the remote's query results give it (`""` for the default graph).
fn graph_key(graph: GraphNameRef<'_>) -> String {
    match graph {
        GraphNameRef::NamedNode(n) => n.as_str().to_owned(),
        _ => String::new(),
    }
}

/// Triple count and content hash (article graphs only) of one local graph.
fn local_state(store: &Store, graph: GraphNameRef<'_>) -> Result<(usize, Option<String>)> {
    let mut count = 0;
    let mut hash = None;
    for quad in store.quads_for_pattern(None, None, None, Some(graph)) {
        let quad = quad?;
        count += 1;
        if quad.predicate == nkg::CONTENT_HASH
            && let Term::Literal(l) = &quad.object
        {
            hash = Some(l.value().to_owned());
        }
    }
    Ok((count, hash))
}

/// Per remote graph: its triple count and content hash, from two SELECT queries.
fn remote_state(
    agent: &ureq::Agent,
    endpoint: &str,
) -> Result<HashMap<String, (usize, Option<String>)>> {
    let counts = select(
        agent,
        endpoint,
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    )?;
    let hashes = select(
        agent,
        endpoint,
        &format!(
            "SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?d <{}> ?h }} }}",
            nkg::CONTENT_HASH.as_str()
        ),
    )?;
    let mut state: HashMap<String, (usize, Option<String>)> = HashMap::new();
    for row in counts {
        if let (Some(g), Some(n)) = (row.get("g"), row.get("n")) {
            state.insert(g.clone(), (n.parse().unwrap_or(0), None));
        }
    }
    for row in hashes {
        if let (Some(g), Some(h)) = (row.get("g"), row.get("h"))
            && let Some(entry) = state.get_mut(g)
        {
            entry.1 = Some(h.clone());
        }
    }
    Ok(state)
}

/// Runs a SELECT on the remote endpoint; each row maps variable → lexical value.
fn select(
    agent: &ureq::Agent,
    endpoint: &str,
    query: &str,
) -> Result<Vec<HashMap<String, String>>> {
    let mut response = agent
        .post(endpoint)
        .header("Accept", "application/sparql-results+json")
        .send_form([("query", query)])
        .with_context(|| format!("cannot reach {endpoint}"))?;
    let status = response.status();
    let body = response
        .body_mut()
        .read_to_string()
        .with_context(|| format!("cannot read the answer of {endpoint}"))?;
    if !status.is_success() {
        bail!(
            "POST {endpoint} (SPARQL query) failed: HTTP {status}: {}\nhint: `--endpoint` is the server's query URL, e.g. http://host:7878/query",
            excerpt(&body)
        );
    }
    let json: serde_json::Value = serde_json::from_str(&body)
        .with_context(|| format!("{endpoint} did not answer with SPARQL JSON results"))?;
    Ok(json["results"]["bindings"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .filter_map(|row| row.as_object())
                .map(|row| {
                    row.iter()
                        .filter_map(|(k, v)| Some((k.clone(), v["value"].as_str()?.to_owned())))
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default())
}

/// Replaces one graph on the server: `PUT graph-store?graph=IRI` with N-Triples.
fn put_graph(
    agent: &ureq::Agent,
    store: &Store,
    graph_store: &str,
    graph: GraphNameRef<'_>,
) -> Result<()> {
    let mut body = Vec::new();
    let mut writer =
        oxigraph::io::RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut body);
    for quad in store.quads_for_pattern(None, None, None, Some(graph)) {
        let quad = quad?;
        writer.serialize_triple(oxigraph::model::TripleRef::from(quad.as_ref()))?;
    }
    writer.finish()?;
    let url = match graph {
        GraphNameRef::NamedNode(n) => format!(
            "{graph_store}?graph={}",
            form_urlencoded::byte_serialize(n.as_str().as_bytes()).collect::<String>()
        ),
        _ => format!("{graph_store}?default"),
    };
    let mut response = agent
        .put(&url)
        .header("Content-Type", "application/n-triples")
        .send(&body[..])
        .with_context(|| format!("PUT {url}: cannot reach the server"))?;
    let status = response.status();
    if !status.is_success() {
        let text = response.body_mut().read_to_string().unwrap_or_default();
        bail!(
            "PUT {url} failed: HTTP {status}: {}\nhint: graphs sent so far stay there; run `newskg push` again to resume",
            excerpt(&text)
        );
    }
    Ok(())
}

fn excerpt(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() > 300 {
        text.chars().take(300).chain(['…']).collect()
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_store_is_guessed_beside_the_query_endpoint_only() {
        assert_eq!(
            default_graph_store("http://h:7878/query").expect("guessed"),
            "http://h:7878/store"
        );
        assert!(default_graph_store("http://h:3030/ds").is_err());
    }
}
