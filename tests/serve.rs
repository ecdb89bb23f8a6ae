//! `newskg serve` answers a real HTTP client: the SPARQL 1.1 Protocol (GET, POST form, POST
//! query body), content negotiation, the saved reports, the page, and refused updates.

use super::{demo_store, root};
use oxigraph::io::{RdfFormat, RdfParser};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};

/// A running `newskg serve`, killed when dropped.
pub struct Served {
    child: Child,
    pub url: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `newskg serve` on a free local port and waits until it accepts connections.
pub fn serve(store: &std::path::Path, extra: &[&str]) -> Served {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let bind = format!("127.0.0.1:{port}");
    let child = Command::new(env!("CARGO_BIN_EXE_newskg"))
        .arg("--store")
        .arg(store)
        .args(["serve", "--bind", &bind])
        .args(extra)
        .env_remove("NEWSKG_STORE")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let served = Served {
        child,
        url: format!("http://{bind}"),
    };
    for _ in 0..200 {
        if TcpStream::connect(&bind).is_ok() {
            return served;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("newskg serve did not start on {bind}");
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .new_agent()
}

/// Status, media type (without parameters) and body of a response.
fn read(response: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> (u16, String, String) {
    let mut response = response.expect("answers");
    let media_type = response
        .headers()
        .get("content-type")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .to_owned();
    let body = response.body_mut().read_to_string().expect("text");
    (response.status().as_u16(), media_type, body)
}

const COUNT: &str = "SELECT (COUNT(DISTINCT *) AS ?n) WHERE { ?s nkg:holdsRole ?role }";

#[test]
fn endpoint_answers_get_and_post_queries_with_content_negotiation() {
    let dir = demo_store();
    let server = serve(dir.path(), &[]);
    let agent = agent();
    let query_url = format!("{}/query", server.url);

    let (status, media_type, body) = read(agent.get(&query_url).query("query", COUNT).call());
    assert_eq!(status, 200, "{body}");
    assert_eq!(media_type, "application/sparql-results+json");
    let json: serde_json::Value = serde_json::from_str(&body).expect("JSON results");
    let n = json["results"]["bindings"][0]["n"]["value"]
        .as_str()
        .expect("a count")
        .to_owned();
    assert!(n.parse::<u32>().expect("a number") > 10, "{body}");

    let (status, media_type, body) = read(
        agent
            .post(&query_url)
            .header("Accept", "text/csv")
            .send_form([("query", COUNT)]),
    );
    assert_eq!((status, media_type.as_str()), (200, "text/csv"), "{body}");
    assert_eq!(body.lines().nth(1), Some(n.as_str()), "{body}");

    let (status, media_type, body) = read(
        agent
            .post(format!("{}/sparql", server.url))
            .header("Content-Type", "application/sparql-query")
            .header(
                "Accept",
                "application/sparql-results+xml;q=0.5, text/tab-separated-values",
            )
            .send(COUNT),
    );
    assert_eq!(
        (status, media_type.as_str()),
        (200, "text/tab-separated-values"),
        "{body}"
    );
    let (_, media_type, body) = read(
        agent
            .get(&query_url)
            .query("query", COUNT)
            .header("Accept", "application/sparql-results+xml")
            .call(),
    );
    assert_eq!(media_type, "application/sparql-results+xml");
    assert!(body.contains(&format!(">{n}<")), "{body}");

    // CONSTRUCT answers in RDF: Turtle by default, N-Triples when asked.
    let construct = "CONSTRUCT { ?s nkg:holdsRole ?role } WHERE { ?s nkg:holdsRole ?role }";
    for (accept, format) in [
        ("*/*", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        (
            "application/ld+json",
            RdfFormat::JsonLd {
                profile: Default::default(),
            },
        ),
    ] {
        let (status, _, body) = read(
            agent
                .get(&query_url)
                .query("query", construct)
                .header("Accept", accept)
                .call(),
        );
        assert_eq!(status, 200, "{body}");
        let triples = RdfParser::from_format(format)
            .for_slice(body.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .expect("re-parses");
        assert_eq!(triples.len().to_string(), n, "{accept}");
    }

    let (status, _, body) = read(
        agent
            .get(&query_url)
            .query("query", COUNT)
            .header("Accept", "image/png")
            .call(),
    );
    assert_eq!(status, 406, "{body}");
    let (status, _, body) = read(agent.get(&query_url).query("query", "SELEC").call());
    assert_eq!(status, 400);
    assert!(body.contains("invalid SPARQL"), "{body}");
}

#[test]
fn endpoint_is_read_only_unless_asked() {
    let dir = demo_store();
    let server = serve(dir.path(), &[]);
    let agent = agent();
    let (status, _, body) = read(
        agent
            .post(format!("{}/update", server.url))
            .header("Content-Type", "application/sparql-update")
            .send("CLEAR ALL"),
    );
    assert_eq!(status, 403, "{body}");
    let (status, _, body) = read(
        agent
            .get(format!("{}/query", server.url))
            .query("query", "ASK { ?s ?p ?o }")
            .call(),
    );
    assert_eq!(status, 200);
    assert!(body.contains("true"), "the store is intact: {body}");
    drop(server);

    let server = serve(dir.path(), &["--writable"]);
    let (status, _, body) = read(agent.post(format!("{}/update", server.url)).send_form([(
        "update",
        "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> nkg:memberOf <urn:x:b> } }",
    )]));
    assert_eq!(status, 204, "{body}");
    let (_, _, body) = read(
        agent
            .get(format!("{}/query", server.url))
            .query("query", "ASK { <urn:x:a> nkg:memberOf <urn:x:b> }")
            .call(),
    );
    assert!(body.contains("true"), "{body}");
    // While the writable server holds the store, a second writer gets a clear error.
    let busy = super::fails(
        super::newskg(dir.path())
            .arg("ingest")
            .arg(root().join("examples")),
    );
    assert!(busy.contains("is in use"), "{busy}");
}

#[test]
fn reports_and_page_are_served() {
    let dir = demo_store();
    let server = serve(dir.path(), &[]);
    let agent = agent();
    let (status, _, body) = read(agent.get(format!("{}/reports", server.url)).call());
    assert_eq!(status, 200);
    let reports: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert!(
        reports
            .as_array()
            .expect("a list")
            .iter()
            .any(|r| r["name"] == "dossier" && r["params"][0]["key"] == "entity"),
        "{body}"
    );

    let (status, media_type, body) = read(
        agent
            .get(format!("{}/report/sources", server.url))
            .query("entity", "Pak Jung Ho")
            .header("Accept", "text/csv")
            .call(),
    );
    assert_eq!((status, media_type.as_str()), (200, "text/csv"), "{body}");
    assert!(
        body.contains("Park Jeong-ho") && body.contains("wire-001"),
        "{body}"
    );

    // Parameters are bound as literals, so a hostile value finds nothing and changes nothing.
    let (status, _, body) = read(
        agent
            .get(format!("{}/report/dossier", server.url))
            .query("entity", "\"} ; DELETE WHERE { ?s ?p ?o } #")
            .call(),
    );
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"bindings\":[]"), "{body}");

    for (path, expected) in [
        ("/report/nope", 404),
        ("/report/dossier?colour=red", 400),
        ("/nowhere", 404),
    ] {
        let (status, _, body) = read(agent.get(format!("{}{path}", server.url)).call());
        assert_eq!(status, expected, "{path}: {body}");
    }

    let (status, media_type, page) = read(agent.get(format!("{}/", server.url)).call());
    assert_eq!(status, 200);
    assert!(media_type.starts_with("text/html"));
    assert!(page.contains("id=\"reports\"") && page.contains("<svg id=\"picture\""));
    assert!(
        !page.contains("src=\"http"),
        "the page loads nothing from elsewhere"
    );
}

#[test]
fn runaway_query_is_stopped_by_the_server_timeout() {
    let dir = demo_store();
    let server = serve(dir.path(), &["--timeout", "0.5"]);
    let (status, _, body) = read(
        agent()
            .get(format!("{}/query", server.url))
            .query(
                "query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            )
            .call(),
    );
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("--timeout"), "{body}");
}
