//! `newskg push` sends the store's graphs to a SPARQL 1.1 server over the Graph Store Protocol,
//! resumes by skipping graphs already there, and names the URL and HTTP status on failure.
//! The server here is `newskg serve --writable`; scripts/push-test.sh runs the same against the
//! stock `oxigraph serve`.

use super::serve::serve;
use super::{demo_store, newskg, stdout};

fn count(url: &str, query: &str) -> String {
    let mut response = ureq::get(format!("{url}/query"))
        .query("query", query)
        .header("Accept", "text/csv")
        .call()
        .expect("answers");
    let body = response.body_mut().read_to_string().expect("text");
    body.lines().nth(1).expect("one row").to_owned()
}

const QUADS: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
const GRAPHS: &str = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

#[test]
fn push_copies_every_graph_and_resumes() {
    let local = demo_store();
    let remote = tempfile::tempdir().expect("tempdir");
    let server = serve(&remote.path().join("store"), &["--writable"]);
    let endpoint = format!("{}/query", server.url);
    let push = |extra: &[&str]| {
        stdout(
            newskg(local.path())
                .args(["push", "--endpoint", &endpoint, "--batch", "3"])
                .args(extra),
        )
    };

    let first = push(&[]);
    assert!(
        first.contains("graphs:  9 sent, 0 already there"),
        "{first}"
    );
    let local_quads = stdout(newskg(local.path()).args(["query", QUADS, "--format", "csv"]));
    assert_eq!(
        Some(count(&server.url, QUADS).as_str()),
        local_quads.lines().nth(1),
        "the server holds the same quads"
    );
    assert_eq!(count(&server.url, GRAPHS), "9");

    // Everything is there: nothing is sent again.
    let again = push(&[]);
    assert!(
        again.contains("graphs:  0 sent, 9 already there"),
        "{again}"
    );

    // A graph lost on the server (an interrupted push) is the only one sent.
    let lost = "https://w3id.org/newskg/id/doc/wire-001";
    let status = ureq::delete(format!("{}/store", server.url))
        .query("graph", lost)
        .call()
        .expect("deleted")
        .status();
    assert_eq!(status, 204);
    let resumed = push(&[]);
    assert!(
        resumed.contains("graphs:  1 sent, 8 already there"),
        "{resumed}"
    );
    assert_eq!(
        Some(count(&server.url, QUADS).as_str()),
        local_quads.lines().nth(1)
    );
    let forced = push(&["--force"]);
    assert!(forced.contains("graphs:  9 sent"), "{forced}");
    assert_eq!(
        Some(count(&server.url, QUADS).as_str()),
        local_quads.lines().nth(1),
        "PUT replaces, so a forced push adds nothing twice"
    );
}

#[test]
fn push_names_the_url_and_status_when_the_server_refuses() {
    let local = demo_store();
    let remote = demo_store();
    let server = serve(remote.path(), &[]);
    let output = newskg(local.path())
        .args([
            "push",
            "--endpoint",
            &format!("{}/query", server.url),
            "--force",
        ])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!(
            "PUT {}/store?graph=https%3A%2F%2Fw3id.org",
            server.url
        )) && stderr.contains("HTTP 403"),
        "{stderr}"
    );

    let output =
        super::fails(newskg(local.path()).args(["push", "--endpoint", "http://127.0.0.1:9/query"]));
    assert!(
        output.contains("cannot reach http://127.0.0.1:9/query"),
        "{output}"
    );
}

#[test]
fn graph_store_reads_one_graph() {
    let dir = demo_store();
    let server = serve(dir.path(), &[]);
    let mut response = ureq::get(format!("{}/store", server.url))
        .query("graph", "https://w3id.org/newskg/id/doc/wire-001")
        .header("Accept", "application/n-triples")
        .call()
        .expect("answers");
    let body = response.body_mut().read_to_string().expect("text");
    assert!(body.lines().count() > 50, "{body}");
    assert!(body.contains("Park Jung Ho"), "{body}");
}
