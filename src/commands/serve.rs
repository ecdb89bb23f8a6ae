//! `newskg serve`: the SPARQL 1.1 Protocol over HTTP, the saved reports, and a page for people.
//!
//! The HTTP layer is oxhttp, the server Oxigraph's own `oxigraph serve` uses (a thread per
//! connection, bounded). Queries go through [`crate::sparql::evaluate`] like the `query`
//! command: the union of the article graphs as default graph, newskg's prefixes, a timeout.
//! Answers are built in memory (the timeout bounds them) and content-negotiated. With
//! `--writable`, SPARQL Update and the Graph Store Protocol (`/store?graph=IRI`) accept writes.

use anyhow::{Context, Result};
use oxhttp::Server;
use oxhttp::model::header::{ACCEPT, CONTENT_TYPE};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphName, NamedNode};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::io::Read;
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::Path;
use std::time::Duration;

use super::Outcome;
use crate::report;
use crate::sparql::{evaluate, parse, serializer, write_solutions, write_triples};
use crate::store::{open_read_only, open_writable};
use crate::vocab::PREFIXES;

/// The page at `/`: query box, report list, results table, neighbourhood picture. Inline CSS
/// and JS only, so it works offline.
const PAGE: &str = include_str!("serve.html");

/// Request bodies larger than this are refused (a query or update, not a data upload).
const MAX_BODY: u64 = 1 << 20;

/// What every request handler needs.
struct Endpoint {
    store: Store,
    writable: bool,
    timeout: Option<Duration>,
}

pub fn run(
    store_path: &Path,
    bind: &str,
    writable: bool,
    timeout: Option<Duration>,
) -> Result<Outcome> {
    let addresses: Vec<SocketAddr> = bind
        .to_socket_addrs()
        .with_context(|| {
            format!("`--bind {bind}` is not an address\nhint: use HOST:PORT, e.g. 127.0.0.1:7878")
        })?
        .collect();
    // Read-only by default: no writes, no lock. `--writable` takes RocksDB's lock, so an
    // `ingest` meanwhile gets a clear "store in use" error instead of racing the server.
    let store = if writable {
        open_writable(store_path)?
    } else {
        open_read_only(store_path)?
    };
    let endpoint = Endpoint {
        store,
        writable,
        timeout,
    };
    let mut server = Server::new(move |request| endpoint.handle(request))
        .with_global_timeout(Duration::from_secs(60))
        .with_max_concurrent_connections(128);
    for address in &addresses {
        server = server.bind(*address);
    }
    let listening = server
        .spawn()
        .with_context(|| format!("cannot listen on {bind}"))?;
    if !crate::is_quiet() {
        #[expect(clippy::print_stderr, reason = "where to point the browser")]
        {
            eprintln!(
                "newskg: serving {} on http://{bind}/ ({})",
                store_path.display(),
                if writable {
                    "updates allowed"
                } else {
                    "read-only"
                }
            );
        }
    }
    listening.join()?;
    Ok(Outcome::Success)
}

/// A response that is not a 200: status and a plain-text message.
struct Failure(StatusCode, String);

impl Failure {
    fn bad_request(message: impl std::fmt::Display) -> Self {
        Self(StatusCode::BAD_REQUEST, format!("{message:#}"))
    }
}

type Answer = std::result::Result<Response<Body>, Failure>;

impl Endpoint {
    fn handle(&self, request: &mut Request<Body>) -> Response<Body> {
        let answer = self.route(request);
        crate::info(&format!(
            "{} {} -> {}",
            request.method(),
            request.uri(),
            answer.as_ref().map_or_else(|f| f.0, |r| r.status())
        ));
        answer.unwrap_or_else(|Failure(status, message)| {
            respond(status, "text/plain; charset=utf-8", message.into_bytes())
        })
    }

    fn route(&self, request: &mut Request<Body>) -> Answer {
        let path = request.uri().path().to_owned();
        let method = request.method().clone();
        match (method, path.as_str()) {
            (Method::GET, "/") => Ok(respond(
                StatusCode::OK,
                "text/html; charset=utf-8",
                PAGE.as_bytes().to_vec(),
            )),
            (Method::GET | Method::POST, "/query" | "/sparql") => {
                let query = query_text(request)?;
                self.answer(request, &query, &[])
            }
            (Method::POST, "/update") => self.update(request),
            (Method::GET | Method::HEAD, "/store") => self.read_graph(request),
            (Method::PUT | Method::POST | Method::DELETE, "/store") => self.write_graph(request),
            (Method::GET, "/reports") => Ok(reports_json()),
            (Method::GET, _) if path.starts_with("/report/") => {
                let name = &path["/report/".len()..];
                let report = report::find(name)
                    .map_err(|e| Failure(StatusCode::NOT_FOUND, format!("{e:#}")))?;
                let params: Vec<String> = url_params(request)
                    .into_iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect();
                let bindings = report.bindings(&params).map_err(Failure::bad_request)?;
                self.answer(request, report.query, &bindings)
            }
            (_, "/" | "/query" | "/sparql" | "/update" | "/reports" | "/store") => Err(Failure(
                StatusCode::METHOD_NOT_ALLOWED,
                format!("{} is not allowed on {path}", request.method()),
            )),
            _ => Err(Failure(
                StatusCode::NOT_FOUND,
                format!("nothing at {path}; try / , /query, /reports or /report/NAME"),
            )),
        }
    }

    /// Evaluates `query` and serialises the results in the format the client accepts.
    fn answer(
        &self,
        request: &Request<Body>,
        query: &str,
        bindings: &[(oxigraph::model::Variable, oxigraph::model::Term)],
    ) -> Answer {
        parse(query).map_err(Failure::bad_request)?;
        let accept = request
            .headers()
            .get(ACCEPT)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("*/*")
            .to_owned();
        let results =
            evaluate(&self.store, query, bindings, self.timeout).map_err(|e| self.failed(&e))?;
        let (media_type, body) = serialize(results, &accept)?.map_err(|e| self.failed(&e))?;
        Ok(respond(StatusCode::OK, media_type, body))
    }

    /// SPARQL Update, refused unless the server was started with `--writable`.
    fn update(&self, request: &mut Request<Body>) -> Answer {
        if !self.writable {
            return Err(Failure(
                StatusCode::FORBIDDEN,
                "this endpoint is read-only; start it with `newskg serve --writable` to allow updates".to_owned(),
            ));
        }
        let text = match content_type(request).as_str() {
            "application/sparql-update" => read_body(request)?,
            "application/x-www-form-urlencoded" => form_field(&read_body(request)?, "update")?,
            other => return Err(unsupported(other)),
        };
        let mut evaluator = SparqlEvaluator::new();
        for (prefix, iri) in PREFIXES {
            evaluator = evaluator
                .with_prefix(*prefix, *iri)
                .map_err(|e| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
        }
        evaluator
            .parse_update(&text)
            .map_err(Failure::bad_request)?
            .on_store(&self.store)
            .execute()
            .map_err(|e| self.failed(&e.into()))?;
        Ok(respond(StatusCode::NO_CONTENT, "text/plain", Vec::new()))
    }

    /// Graph Store Protocol GET: one graph (`?graph=IRI` or `?default`) in the accepted format.
    fn read_graph(&self, request: &Request<Body>) -> Answer {
        let graph = target_graph(request)?;
        let exists = match &graph {
            GraphName::NamedNode(n) => self.store.contains_named_graph(n),
            _ => Ok(true),
        }
        .map_err(|e| self.failed(&e.into()))?;
        if !exists {
            return Err(Failure(StatusCode::NOT_FOUND, format!("no graph {graph}")));
        }
        let accept = request
            .headers()
            .get(ACCEPT)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("*/*");
        let format = negotiate(&accepted(accept), RdfFormat::Turtle, |t| {
            RdfFormat::from_media_type(t).filter(|f| !f.supports_datasets())
        })
        .ok_or_else(|| {
            not_acceptable(
                accept,
                "text/turtle, application/n-triples, application/rdf+xml",
            )
        })?;
        let mut body = Vec::new();
        let mut writer = serializer(format)
            .map_err(|e| self.failed(&e))?
            .for_writer(&mut body);
        for quad in self
            .store
            .quads_for_pattern(None, None, None, Some(graph.as_ref()))
        {
            let quad = quad.map_err(|e| self.failed(&e.into()))?;
            writer
                .serialize_triple(oxigraph::model::TripleRef::from(quad.as_ref()))
                .map_err(|e| self.failed(&e.into()))?;
        }
        writer.finish().map_err(|e| self.failed(&e.into()))?;
        Ok(respond(StatusCode::OK, format.media_type(), body))
    }

    /// Graph Store Protocol PUT (replace), POST (add) and DELETE, with `--writable` only. Each
    /// request is one transaction, so a graph is replaced whole or not at all.
    fn write_graph(&self, request: &mut Request<Body>) -> Answer {
        if !self.writable {
            return Err(Failure(
                StatusCode::FORBIDDEN,
                "this endpoint is read-only; start it with `newskg serve --writable` to allow graph writes".to_owned(),
            ));
        }
        let graph = target_graph(request)?;
        let method = request.method().clone();
        let format = if method == Method::DELETE {
            None
        } else {
            let media_type = content_type(request);
            Some(
                RdfFormat::from_media_type(&media_type)
                    .filter(|f| !f.supports_datasets())
                    .ok_or_else(|| unsupported(&media_type))?,
            )
        };
        let failed = |e: anyhow::Error| self.failed(&e);
        let mut tx = self
            .store
            .start_transaction()
            .map_err(|e| failed(e.into()))?;
        let existed = match &graph {
            GraphName::NamedNode(n) => tx.contains_named_graph(n).map_err(|e| failed(e.into()))?,
            _ => true,
        };
        if method == Method::DELETE && !existed {
            return Err(Failure(StatusCode::NOT_FOUND, format!("no graph {graph}")));
        }
        if method != Method::POST {
            match &graph {
                GraphName::NamedNode(n) if method == Method::DELETE => {
                    tx.remove_named_graph(n).map_err(|e| failed(e.into()))?;
                }
                _ => tx
                    .clear_graph(graph.as_ref())
                    .map_err(|e| failed(e.into()))?,
            }
        }
        if let Some(format) = format {
            if let GraphName::NamedNode(n) = &graph {
                tx.insert_named_graph(n);
            }
            let parser =
                oxigraph::io::RdfParser::from_format(format).with_default_graph(graph.clone());
            tx.load_from_reader(parser, request.body_mut())
                .map_err(Failure::bad_request)?;
        }
        tx.commit().map_err(|e| failed(e.into()))?;
        let status = if existed {
            StatusCode::NO_CONTENT
        } else {
            StatusCode::CREATED
        };
        Ok(respond(status, "text/plain", Vec::new()))
    }

    fn failed(&self, error: &anyhow::Error) -> Failure {
        let text = format!("{error:#}");
        if text.contains("cancelled") {
            Failure(
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "query stopped after {}s (the server's --timeout)",
                    self.timeout.map_or(0.0, |t| t.as_secs_f64())
                ),
            )
        } else {
            Failure(StatusCode::INTERNAL_SERVER_ERROR, text)
        }
    }
}

/// The query of a SPARQL Protocol request: `?query=` on GET, or a POST body that is either the
/// query (`application/sparql-query`) or a form with a `query` field.
fn query_text(request: &mut Request<Body>) -> std::result::Result<String, Failure> {
    if request.method() == Method::GET {
        return url_params(request)
            .into_iter()
            .find(|(k, _)| k == "query")
            .map(|(_, v)| v)
            .ok_or_else(|| Failure::bad_request("missing the `query` parameter"));
    }
    match content_type(request).as_str() {
        "application/sparql-query" => read_body(request),
        "application/x-www-form-urlencoded" => form_field(&read_body(request)?, "query"),
        other => Err(unsupported(other)),
    }
}

/// The graph a Graph Store Protocol request names: `?graph=IRI` or `?default`.
fn target_graph(request: &Request<Body>) -> std::result::Result<GraphName, Failure> {
    let params = url_params(request);
    match (
        params.iter().find(|(k, _)| k == "graph"),
        params.iter().any(|(k, _)| k == "default"),
    ) {
        (Some((_, iri)), false) => NamedNode::new(iri.clone())
            .map(GraphName::from)
            .map_err(|e| Failure::bad_request(format!("`graph={iri}` is not an IRI: {e}"))),
        (None, true) => Ok(GraphName::DefaultGraph),
        _ => Err(Failure::bad_request(
            "name exactly one graph: `?graph=IRI` or `?default`",
        )),
    }
}

fn url_params(request: &Request<Body>) -> Vec<(String, String)> {
    form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
        .into_owned()
        .collect()
}

fn form_field(body: &str, name: &str) -> std::result::Result<String, Failure> {
    form_urlencoded::parse(body.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .ok_or_else(|| Failure::bad_request(format!("the form has no `{name}` field")))
}

fn content_type(request: &Request<Body>) -> String {
    request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.split(';').next())
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn unsupported(content_type: &str) -> Failure {
    Failure(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        format!(
            "unsupported content type `{content_type}`; send application/sparql-query (or -update) or a form"
        ),
    )
}

fn read_body(request: &mut Request<Body>) -> std::result::Result<String, Failure> {
    let mut text = String::new();
    request
        .body_mut()
        .take(MAX_BODY + 1)
        .read_to_string(&mut text)
        .map_err(Failure::bad_request)?;
    if text.len() as u64 > MAX_BODY {
        return Err(Failure(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("request bodies are limited to {MAX_BODY} bytes"),
        ));
    }
    Ok(text)
}

/// The media types of `accept`, best first (by q-value, then order).
fn accepted(accept: &str) -> Vec<String> {
    let mut types: Vec<(f32, usize, String)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';');
            let media_type = pieces.next()?.trim().to_ascii_lowercase();
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0 && !media_type.is_empty()).then_some((q, i, media_type))
        })
        .collect();
    types.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    types.into_iter().map(|(_, _, t)| t).collect()
}

/// The first accepted format `parse` knows, `default` for a wildcard.
fn negotiate<F: Copy>(
    wanted: &[String],
    default: F,
    parse: impl Fn(&str) -> Option<F>,
) -> Option<F> {
    wanted.iter().find_map(|t| {
        if t == "*/*" || t == "application/*" || t == "text/*" {
            Some(default)
        } else {
            parse(t)
        }
    })
}

/// Serialises `results` in the first accepted format that fits them: SPARQL results formats
/// (JSON by default) for SELECT/ASK, RDF formats (Turtle by default) for CONSTRUCT/DESCRIBE.
/// Evaluation errors met while iterating (a timeout) come back as the `Err` inside.
fn serialize(
    results: QueryResults<'_>,
    accept: &str,
) -> std::result::Result<Result<(&'static str, Vec<u8>)>, Failure> {
    const RDF: &str =
        "text/turtle, application/n-triples, application/ld+json, application/rdf+xml";
    const RESULTS: &str = "application/sparql-results+json, application/sparql-results+xml, text/csv, text/tab-separated-values";
    let wanted = accepted(accept);
    let mut body = Vec::new();
    let results_format = || {
        negotiate(
            &wanted,
            QueryResultsFormat::Json,
            QueryResultsFormat::from_media_type,
        )
        .ok_or_else(|| not_acceptable(accept, RESULTS))
    };
    Ok(match results {
        QueryResults::Graph(triples) => {
            let format = negotiate(&wanted, RdfFormat::Turtle, RdfFormat::from_media_type)
                .ok_or_else(|| not_acceptable(accept, RDF))?;
            write_triples(triples, format, &mut body).map(|()| format.media_type())
        }
        QueryResults::Boolean(value) => {
            let format = results_format()?;
            QueryResultsSerializer::from_format(format)
                .serialize_boolean_to_writer(&mut body, value)
                .map(|_| format.media_type())
                .map_err(Into::into)
        }
        QueryResults::Solutions(solutions) => {
            let format = results_format()?;
            write_solutions(solutions, format, &mut body).map(|()| format.media_type())
        }
    }
    .map(|media_type| (media_type, body)))
}

fn not_acceptable(accept: &str, offered: &str) -> Failure {
    Failure(
        StatusCode::NOT_ACCEPTABLE,
        format!("cannot answer in `{accept}`; this result comes as {offered}"),
    )
}

/// The report list, for the page: name, title, description and parameters.
fn reports_json() -> Response<Body> {
    let list: Vec<serde_json::Value> = report::all()
        .iter()
        .map(|r| {
            serde_json::json!({
                "name": r.name,
                "title": r.title,
                "description": r.description,
                "params": r.params.iter().map(|(key, meaning)| serde_json::json!({"key": key, "meaning": meaning})).collect::<Vec<_>>(),
            })
        })
        .collect();
    respond(
        StatusCode::OK,
        "application/json",
        serde_json::Value::from(list).to_string().into_bytes(),
    )
}

fn respond(status: StatusCode, media_type: &str, body: Vec<u8>) -> Response<Body> {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    if let Ok(value) = media_type.parse() {
        response.headers_mut().insert(CONTENT_TYPE, value);
    }
    // SPARQL clients running in other origins' pages may read the answers.
    if let Ok(value) = "*".parse() {
        response
            .headers_mut()
            .insert("access-control-allow-origin", value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::accepted;

    #[test]
    fn accept_header_is_ordered_by_quality() {
        assert_eq!(
            accepted("text/html, application/xml;q=0.9, */*;q=0.8, text/csv;q=0"),
            ["text/html", "application/xml", "*/*"]
        );
        assert_eq!(accepted(""), Vec::<String>::new());
    }
}
