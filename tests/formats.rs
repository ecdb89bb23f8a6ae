//! Every export format round-trips: the output re-parses with Oxigraph into the store's own
//! quads (dataset formats) or triples (merged formats), compared as sets.

use super::{demo_store, newskg, stdout};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::model::{Quad, Triple};
use oxigraph::store::Store;
use std::collections::HashSet;
use std::path::Path;

fn store_quads(store: &Path) -> HashSet<Quad> {
    let store = Store::open_read_only(store).expect("opens");
    store.iter().collect::<Result<_, _>>().expect("reads")
}

fn export(store: &Path, format: &str) -> Vec<u8> {
    let output = newskg(store)
        .args(["export", "--format", format])
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

fn parse(data: &[u8], format: RdfFormat) -> Vec<Quad> {
    RdfParser::from_format(format)
        .for_slice(data)
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{format} does not re-parse: {e}"))
}

/// The first few differences, sorted, for a readable failure.
/// Asserts two sets are equal, listing (up to ten of) the elements each lacks.
fn assert_same<T: ToString + Eq + std::hash::Hash>(
    name: &str,
    expected: &HashSet<T>,
    actual: &HashSet<T>,
) {
    let listed = |missing: std::collections::hash_set::Difference<'_, T, _>| {
        let mut lines: Vec<String> = missing.map(|t| t.to_string()).collect();
        lines.sort();
        lines.truncate(10);
        lines.join("\n")
    };
    assert!(
        actual == expected,
        "{name}: missing\n{}\nextra\n{}",
        listed(expected.difference(actual)),
        listed(actual.difference(expected))
    );
}

#[test]
fn dataset_formats_round_trip_every_quad() {
    let dir = demo_store();
    let expected = store_quads(dir.path());
    assert!(expected.len() > 1000, "{}", expected.len());
    for (name, format) in [
        ("nquads", RdfFormat::NQuads),
        ("trig", RdfFormat::TriG),
        (
            "jsonld",
            RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        ),
    ] {
        let actual: HashSet<Quad> = parse(&export(dir.path(), name), format)
            .into_iter()
            .collect();
        assert_same(name, &expected, &actual);
    }
}

#[test]
fn triple_formats_round_trip_the_merged_graph() {
    let dir = demo_store();
    let expected: HashSet<Triple> = store_quads(dir.path())
        .into_iter()
        .map(Triple::from)
        .collect();
    for (name, format) in [
        ("turtle", RdfFormat::Turtle),
        ("ntriples", RdfFormat::NTriples),
        ("rdfxml", RdfFormat::RdfXml),
    ] {
        let actual: HashSet<Triple> = parse(&export(dir.path(), name), format)
            .into_iter()
            .map(Triple::from)
            .collect();
        assert_same(name, &expected, &actual);
    }
}

#[test]
fn dot_draws_the_facts_and_one_neighbourhood() {
    let dir = demo_store();
    let whole = String::from_utf8(export(dir.path(), "dot")).expect("utf-8");
    assert!(whole.starts_with("digraph newskg {"), "{whole}");
    assert!(whole.trim_end().ends_with('}'), "{whole}");
    assert!(whole.contains("[label=\"Park Jeong-ho\"]"), "{whole}");
    assert!(whole.contains("[label=\"holds role\"]"), "{whole}");
    let edges = |dot: &str| dot.lines().filter(|l| l.contains(" -> ")).count();

    let one =
        stdout(newskg(dir.path()).args(["export", "--format", "dot", "--entity", "Pak Jung Ho"]));
    // Every spelling of the name resolves to one person, whose IRI is on every edge.
    let node = "\"https://w3id.org/newskg/id/person/parkjunku\"";
    assert!(edges(&one) >= 3 && edges(&one) < edges(&whole), "{one}");
    for edge in one.lines().filter(|l| l.contains(" -> ")) {
        assert!(edge.contains(node), "{edge}");
    }

    let unknown = newskg(dir.path())
        .args(["export", "--format", "dot", "--entity", "Nobody Atall"])
        .output()
        .expect("runs");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no entity named"));
}
