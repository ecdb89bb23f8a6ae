//! Hostile queries and parameters (issue 5): report parameters are bound as plain literals and
//! can never change a query; updates and federated `SERVICE` calls are refused; syntax errors
//! show where and how to fix them. The store's quad count is the witness that nothing changed.

use std::path::Path;

use crate::{demo_store, dossier, newskg, stdout};

fn quad_count(store: &Path) -> String {
    stdout(newskg(store).args([
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        "--format",
        "csv",
    ]))
}

const HOSTILE: &[&str] = &[
    "\"} ; DELETE WHERE { ?s ?p ?o } #",
    "\" } } ; DROP ALL ; SELECT * WHERE { \"",
    "<http://x>",
    "<http://x> } INSERT DATA { <http://x> <http://y> <http://z> } #",
    "'single' \"double\" \"\"\"triple\"\"\"",
    "back\\slash \\\" \\u0022 \\n",
    "line one\nline two\r\n} #",
    "?s ?p ?o",
    "$entity",
    "person:x",
    "",
];

#[test]
fn report_parameters_are_plain_literals() {
    let dir = demo_store();
    let before = quad_count(dir.path());
    for value in HOSTILE {
        for (report, key) in [("dossier", "entity"), ("sources", "entity")] {
            let out = stdout(newskg(dir.path()).args([
                "report",
                report,
                "--param",
                &format!("{key}={value}"),
                "--format",
                "csv",
            ]));
            // Header only: no entity has that name, and the query kept its shape.
            assert_eq!(out.lines().count(), 1, "{report} {value:?}: {out}");
        }
    }
    // `all` only needs a value: a hostile one selects exactly what `all=yes` does.
    let all = |value: &str| {
        stdout(newskg(dir.path()).args([
            "report",
            "facts",
            "--param",
            &format!("all={value}"),
            "--format",
            "csv",
        ]))
    };
    let expected = all("yes");
    assert!(expected.lines().count() > 5, "{expected}");
    for value in HOSTILE.iter().filter(|v| !v.is_empty()) {
        assert_eq!(all(value), expected, "all={value:?}");
    }
    assert_eq!(quad_count(dir.path()), before);
}

#[test]
fn a_parameter_value_reaches_the_query_unchanged() {
    // A real name matches (its spelling is normalised: case and punctuation do not count); the
    // same name with a would-be UNION appended matches nothing, so the value is one literal.
    let dir = demo_store();
    let rows = |entity: &str| dossier(dir.path(), entity, "csv").lines().count();
    assert!(rows("OFAC") > 1);
    assert!(rows("ofac.") > 1);
    assert_eq!(rows("OFAC\" } UNION { ?s ?p ?o } #"), 1);
}

#[test]
fn updates_are_refused() {
    let dir = demo_store();
    let before = quad_count(dir.path());
    for update in [
        "DELETE WHERE { ?s ?p ?o }",
        "INSERT DATA { <http://x> <http://y> <http://z> }",
        "DROP ALL",
        "CLEAR DEFAULT",
        "LOAD <http://127.0.0.1:9/data.ttl>",
    ] {
        let output = newskg(dir.path())
            .args(["query", update])
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{update}: {stderr}");
        assert!(stderr.contains("updates are refused"), "{update}: {stderr}");
        assert!(stderr.contains("hint: "), "{stderr}");
    }
    assert_eq!(quad_count(dir.path()), before);
}

#[test]
fn service_calls_are_refused() {
    let dir = demo_store();
    for query in [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE SILENT <http://127.0.0.1:9/s> { ?a ?p ?o } } }",
        "ASK { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } } } }",
    ] {
        let output = newskg(dir.path())
            .args(["query", query])
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{query}: {stderr}");
        assert!(stderr.contains("federated queries are off"), "{stderr}");
        assert!(output.stdout.is_empty(), "nothing printed before refusing");
    }
}

#[test]
fn syntax_error_shows_position_and_hint() {
    let dir = demo_store();
    let output = newskg(dir.path())
        .args([
            "query",
            "SELECT ?x WHERE {\n  ?x nkg:relation ?r .\n  FILTER(?r = }",
        ])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains("invalid SPARQL: error at 3:"), "{stderr}");
    assert!(
        stderr.contains("hint: newskg knows the prefixes nkg:"),
        "{stderr}"
    );
}
