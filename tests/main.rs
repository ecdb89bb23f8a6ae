//! End-to-end tests of the `newskg` binary on the demo corpus, each in its own temporary store.

mod cli_output;
mod formats;
mod push;
mod serve;

use assert_cmd::Command;
use oxigraph::io::{RdfFormat, RdfParser};
use std::path::{Path, PathBuf};

mod bad_input;
mod concurrent;
mod fuzz_regressions;
mod hostile;
mod properties;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn newskg(store: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newskg"));
    cmd.arg("--store").arg(store).env_remove("NEWSKG_STORE");
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let output = cmd.output().expect("runs");
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8")
}

/// Runs a command that must fail with exit status 2 (a fatal error); returns its stderr.
fn fails(cmd: &mut Command) -> String {
    let output = cmd.output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A store holding the demo corpus.
fn demo_store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    stdout(
        newskg(dir.path())
            .arg("ingest")
            .arg(root().join("examples")),
    );
    dir
}

/// `newskg report dossier --param entity=ENTITY --format FORMAT` on `store`, its output.
fn dossier(store: &Path, entity: &str, format: &str) -> String {
    stdout(newskg(store).args([
        "report",
        "dossier",
        "--param",
        &format!("entity={entity}"),
        "--format",
        format,
    ]))
}

fn count_triples(data: &[u8], format: RdfFormat) -> usize {
    RdfParser::from_format(format)
        .for_slice(data)
        .collect::<Result<Vec<_>, _>>()
        .expect("re-parses")
        .len()
}

#[test]
fn ingest_reports_documents_facts_and_triples() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = stdout(
        newskg(dir.path())
            .arg("ingest")
            .arg(root().join("examples")),
    );
    assert!(
        out.contains("documents: 7 read (7 added, 0 replaced, 0 unchanged), 0 skipped"),
        "{out}"
    );
    assert!(out.contains("facts:"), "{out}");
}

#[test]
fn reingest_is_idempotent() {
    let dir = demo_store();
    let before = stdout(newskg(dir.path()).args([
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        "--format",
        "csv",
    ]));
    let again = stdout(
        newskg(dir.path())
            .arg("ingest")
            .arg(root().join("examples")),
    );
    assert!(
        again.contains("(0 added, 0 replaced, 7 unchanged)"),
        "{again}"
    );
    let after = stdout(newskg(dir.path()).args([
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        "--format",
        "csv",
    ]));
    assert_eq!(before, after);
}

#[test]
fn changed_document_replaces_its_graph() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a.txt");
    std::fs::write(
        &file,
        "Title\nVietnamese Trade Minister Tran Thi Mai opened the fair.\n",
    )
    .expect("write");
    let store = dir.path().join("store");
    stdout(newskg(&store).arg("ingest").arg(&file));
    std::fs::write(
        &file,
        "Title\nIndonesian Defence Minister Surya Pratama opened the fair.\n",
    )
    .expect("write");
    let out = stdout(newskg(&store).arg("ingest").arg(&file));
    assert!(out.contains("(0 added, 1 replaced, 0 unchanged)"), "{out}");
    let facts = stdout(newskg(&store).args(["report", "facts", "--format", "tsv"]));
    assert!(
        facts.contains("Surya Pratama") && !facts.contains("Tran Thi Mai"),
        "{facts}"
    );
}

/// An id repeated in one input: the later text replaces the earlier, which is still in the
/// uncommitted bulk loader when the later arrives (the loader commits first). The same with a
/// commit after every batch (`--commit-every 1`).
#[test]
fn a_repeated_document_id_keeps_its_last_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("news.jsonl");
    let line = |text: &str| format!("{}\n", serde_json::json!({"id": "a", "text": text}));
    let lines = [
        line("Vietnamese Trade Minister Tran Thi Mai opened the fair."),
        line("A filler article with no facts at all."),
        line("Indonesian Defence Minister Surya Pratama opened the fair."),
    ];
    std::fs::write(&file, lines.concat()).expect("write");
    for commit_every in ["4000000", "1"] {
        let store = dir.path().join(format!("store-{commit_every}"));
        let out = stdout(
            newskg(&store)
                .args(["ingest", "--commit-every", commit_every])
                .arg(&file),
        );
        assert!(out.contains("(1 added, 2 replaced, 0 unchanged)"), "{out}");
        let facts = stdout(newskg(&store).args(["report", "facts", "--format", "tsv"]));
        assert!(
            facts.contains("Surya Pratama") && !facts.contains("Tran Thi Mai"),
            "{facts}"
        );
    }
}

#[test]
fn facts_report_has_the_gold_shape() {
    let dir = demo_store();
    let out = stdout(newskg(dir.path()).args(["report", "facts", "--format", "tsv"]));
    let header = out.lines().next().expect("header");
    assert_eq!(
        header,
        "?source\t?relation\t?subject\t?object\t?extra\t?evidence"
    );
    assert!(out.contains("holds_role"), "{out}");
}

#[test]
fn every_report_runs_and_lists_itself() {
    let dir = demo_store();
    let list = stdout(newskg(dir.path()).args(["report", "--list"]));
    for name in [
        "facts",
        "roles",
        "delegations",
        "sanctions",
        "dossier",
        "sources",
        "timeline",
        "aliases",
    ] {
        assert!(list.contains(name), "{list}");
        let mut cmd = newskg(dir.path());
        cmd.args(["report", name, "--format", "csv"]);
        if matches!(name, "dossier" | "sources") {
            cmd.args(["--param", "entity=OFAC"]);
        }
        stdout(&mut cmd);
    }
}

#[test]
fn dossier_finds_a_person_by_another_spelling() {
    let dir = demo_store();
    let out = dossier(dir.path(), "Pak Jung-ho", "tsv");
    assert!(
        out.lines().count() > 1,
        "no rows for a romanisation variant: {out}"
    );
}

#[test]
fn hostile_parameter_is_a_literal() {
    let dir = demo_store();
    let count = || {
        stdout(newskg(dir.path()).args([
            "query",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            "--format",
            "csv",
        ]))
    };
    let before = count();
    let out = dossier(dir.path(), "\"} ; DELETE WHERE { ?s ?p ?o } #", "csv");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert_eq!(before, count());
}

#[test]
fn export_turtle_and_trig_reparse() {
    let dir = demo_store();
    let turtle = newskg(dir.path())
        .args(["export"])
        .output()
        .expect("runs")
        .stdout;
    assert!(count_triples(&turtle, RdfFormat::Turtle) > 100);
    assert!(String::from_utf8_lossy(&turtle).contains("@prefix nkg:"));
    let trig = newskg(dir.path())
        .args(["export", "--format", "trig"])
        .output()
        .expect("runs")
        .stdout;
    let graphs: std::collections::HashSet<_> = RdfParser::from_format(RdfFormat::TriG)
        .for_slice(&trig)
        .map(|q| q.expect("re-parses").graph_name)
        .collect();
    assert!(
        graphs.len() >= 8,
        "one graph per document plus the ontology: {}",
        graphs.len()
    );
}

#[test]
fn construct_query_writes_rdf() {
    let dir = demo_store();
    let out = stdout(newskg(dir.path()).args([
        "query",
        "CONSTRUCT { ?p nkg:holdsRole ?r } WHERE { ?p nkg:holdsRole ?r }",
        "--format",
        "ntriples",
    ]));
    assert!(count_triples(out.as_bytes(), RdfFormat::NTriples) > 5);
}

#[test]
fn stats_counts_documents() {
    let dir = demo_store();
    let out = stdout(newskg(dir.path()).arg("stats"));
    assert!(out.contains("\"documents\"\t7"), "{out}");
    assert!(out.contains("triples:"), "{out}");
}

#[test]
fn bad_inputs_are_named_and_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\":\"ok\",\"text\":\"Vietnamese Trade Minister Tran Thi Mai spoke.\"}\n{broken\n",
    )
    .expect("write");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    let output = newskg(&dir.path().join("store"))
        .arg("ingest")
        .arg(&bad)
        .arg(&empty)
        .arg(dir.path().join("missing.txt"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("bad.jsonl:2"), "{stderr}");
    assert!(stderr.contains("empty.txt"), "{stderr}");
    assert!(stderr.contains("missing.txt"), "{stderr}");
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("1 read (1 added"),
        "the good line is kept"
    );
}

#[test]
fn query_on_missing_store_says_how_to_fix_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = newskg(&dir.path().join("none"))
        .args(["query", "ASK {}"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("hint: run `newskg ingest"));
}

#[test]
fn syntax_error_is_reported() {
    let dir = demo_store();
    let output = newskg(dir.path())
        .args(["query", "SELEC ?x"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("invalid SPARQL"));
}

/// Overall F1 from `newskg eval` output.
fn overall_f1(eval_output: &str) -> f64 {
    let line = eval_output
        .lines()
        .find(|l| l.starts_with("overall"))
        .expect("overall line");
    line.split_whitespace()
        .nth(6)
        .and_then(|f| f.parse().ok())
        .expect("F1 column")
}

/// Ingests `corpus` into a fresh store and scores it against `gold`.
fn score(corpus: &Path, gold: &Path, aliases: &Path) -> (f64, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    stdout(newskg(dir.path()).arg("ingest").arg(corpus));
    let out = stdout(
        newskg(dir.path())
            .arg("eval")
            .arg("--gold")
            .arg(gold)
            .arg("--aliases")
            .arg(aliases),
    );
    (overall_f1(&out), out)
}

/// [`score`] for a set in tests/data: NAME/, NAME-gold.tsv and NAME-aliases.tsv.
fn score_set(name: &str) -> (f64, String) {
    let data = root().join("tests/data");
    score(
        &data.join(name),
        &data.join(format!("{name}-gold.tsv")),
        &data.join(format!("{name}-aliases.tsv")),
    )
}

#[test]
fn demo_corpus_quality() {
    let data = root().join("tests/data");
    let (f1, out) = score(
        &root().join("examples"),
        &data.join("examples-gold.tsv"),
        &data.join("examples-aliases.tsv"),
    );
    assert!(f1 >= 0.85, "demo corpus F1 {f1} < 0.85\n{out}");
}

/// The development set of our own writing: issue 3's target, F1 ≥ 0.85.
#[test]
fn dev_set_quality() {
    let (f1, out) = score_set("dev");
    assert!(f1 >= 0.88, "dev set F1 {f1} < 0.88\n{out}");
}

/// The second set of our own writing (other agencies, countries and article forms): F1 was 0.62
/// when it was written, before rules were tuned on it; 0.93 since. The floor guards that work.
#[test]
fn second_dev_set_quality() {
    let (f1, out) = score_set("dev2");
    assert!(f1 >= 0.88, "second dev set F1 {f1} < 0.88\n{out}");
}

/// The third dev set: held out when written (0.566), tuned on since (0.849).
#[test]
fn third_dev_set_quality() {
    let (f1, out) = score_set("dev3");
    assert!(f1 >= 0.83, "third dev set F1 {f1} < 0.83\n{out}");
}

/// The fourth dev set (tests/data/dev4-README.md): held out when written (0.498), 0.737 after
/// four rounds of rules.
#[test]
fn fourth_dev_set_quality() {
    let (f1, out) = score_set("dev4");
    assert!(f1 >= 0.73, "fourth dev set F1 {f1} < 0.73\n{out}");
}

/// The fifth dev set (tests/data/dev5-README.md): held out when written (0.510), 0.564 when
/// its misses were first read, 0.771 after two rounds of rules written for them.
#[test]
fn fifth_dev_set_quality() {
    let (f1, out) = score_set("dev5");
    assert!(f1 >= 0.78, "fifth dev set F1 {f1} < 0.78\n{out}");
}

/// The sixth dev set (tests/data/dev6-README.md): 0.414 when written, before any rule saw it;
/// 0.618 after one round, 0.693 after three.
#[test]
fn sixth_dev_set_quality() {
    let (f1, out) = score_set("dev6");
    assert!(f1 >= 0.64, "sixth dev set F1 {f1} < 0.64\n{out}");
}

/// The seventh dev set (tests/data/dev7-README.md): the second held-out set, 0.494 when
/// written and 0.560 when its misses were first read; 0.796 after one round of rules.
#[test]
fn seventh_dev_set_quality() {
    let (f1, out) = score_set("dev7");
    assert!(f1 >= 0.72, "seventh dev set F1 {f1} < 0.72\n{out}");
}

/// The eighth dev set (tests/data/dev8-README.md): 0.574 when written, before any rule saw
/// it; 0.796 after one round.
#[test]
fn eighth_dev_set_quality() {
    let (f1, out) = score_set("dev8");
    assert!(f1 >= 0.74, "eighth dev set F1 {f1} < 0.74\n{out}");
}

/// The ninth dev set (tests/data/dev9-README.md): 0.599 when written, before any rule saw
/// it; 0.715 after one round, 0.76 after two.
#[test]
fn ninth_dev_set_quality() {
    let (f1, out) = score_set("dev9");
    assert!(f1 >= 0.66, "ninth dev set F1 {f1} < 0.66\n{out}");
}

/// The tenth dev set (tests/data/dev10-README.md): 0.690 when written, before any rule saw
/// it; 0.80 after one round.
#[test]
fn tenth_dev_set_quality() {
    let (f1, out) = score_set("dev10");
    assert!(f1 >= 0.74, "tenth dev set F1 {f1} < 0.74\n{out}");
}

/// The eleventh dev set (tests/data/dev11-README.md), written blind: first scored 0.517 with
/// the rules of its round's start, 0.682 after that round's rules for its misses.
#[test]
fn eleventh_dev_set_quality() {
    let (f1, out) = score_set("dev11");
    assert!(f1 >= 0.62, "eleventh dev set F1 {f1} < 0.62\n{out}");
}

/// The twelfth dev set (tests/data/dev12-README.md), written blind: first scored 0.611 with
/// the rules of its round's start, 0.736 after that round's rules for its misses.
#[test]
fn twelfth_dev_set_quality() {
    let (f1, out) = score_set("dev12");
    assert!(f1 >= 0.68, "twelfth dev set F1 {f1} < 0.68\n{out}");
}

/// The thirteenth dev set (tests/data/dev13-README.md), written blind: first scored 0.525 with
/// the rules of its round's start, 0.637 after that round's rules for its misses.
#[test]
fn thirteenth_dev_set_quality() {
    let (f1, out) = score_set("dev13");
    assert!(f1 >= 0.58, "thirteenth dev set F1 {f1} < 0.58\n{out}");
}

/// The fourteenth dev set (tests/data/dev14-README.md), written blind: first scored 0.671 with
/// the rules of its round's start, 0.778 after that round's rules for its misses.
#[test]
fn fourteenth_dev_set_quality() {
    let (f1, out) = score_set("dev14");
    assert!(f1 >= 0.72, "fourteenth dev set F1 {f1} < 0.72\n{out}");
}

/// The fifteenth dev set (tests/data/dev15-README.md), written blind: first scored 0.507 with
/// the rules of its round's start, 0.643 after that round's rules for its misses.
#[test]
fn fifteenth_dev_set_quality() {
    let (f1, out) = score_set("dev15");
    assert!(f1 >= 0.58, "fifteenth dev set F1 {f1} < 0.58\n{out}");
}

/// The sixteenth dev set (tests/data/dev16-README.md), written blind: first scored 0.676 with
/// the rules of its round's start, 0.723 after that round's rules for its misses.
#[test]
fn sixteenth_dev_set_quality() {
    let (f1, out) = score_set("dev16");
    assert!(f1 >= 0.66, "sixteenth dev set F1 {f1} < 0.66\n{out}");
}

/// The seventeenth dev set (tests/data/dev17-README.md), written blind: first scored 0.700 with
/// the rules of its round's start, 0.750 after that round's rules for its misses.
#[test]
fn seventeenth_dev_set_quality() {
    let (f1, out) = score_set("dev17");
    assert!(f1 >= 0.70, "seventeenth dev set F1 {f1} < 0.70\n{out}");
}

/// The eighteenth dev set (tests/data/dev18-README.md), written blind: first scored 0.689 with
/// the rules of its round's start.
#[test]
fn eighteenth_dev_set_quality() {
    let (f1, out) = score_set("dev18");
    assert!(f1 >= 0.66, "eighteenth dev set F1 {f1} < 0.66\n{out}");
}

/// The held-out set (tests/data/heldout-README.md): never tuned on, so its floor only catches
/// a collapse; its first score was 0.538.
#[test]
fn held_out_set_quality() {
    let (f1, out) = score_set("heldout");
    assert!(f1 >= 0.48, "held-out set F1 {f1} < 0.48\n{out}");
}

/// The seed articles live beside the project (`../shared`), never inside it.
#[test]
fn seed_quality() {
    let shared = root().join("../shared/corpus");
    if !shared.join("gold-seeds.tsv").exists() {
        return; // not beside this checkout; .ci/run checks the seeds too
    }
    let (f1, out) = score(
        &shared.join("seeds"),
        &shared.join("gold-seeds.tsv"),
        &shared.join("aliases.tsv"),
    );
    assert!(f1 >= 0.90, "seed F1 {f1} < 0.90\n{out}");
    // Every relation at F1 >= 0.80, and overall precision >= 0.90 (issue 3 targets).
    for line in out.lines().skip(1).take(8) {
        let cells: Vec<&str> = line.split_whitespace().collect();
        let number = |i: usize| {
            cells
                .get(i)
                .and_then(|c| c.parse::<f64>().ok())
                .expect("number")
        };
        assert!(number(6) >= 0.80, "{line}\n{out}");
        if cells[0] == "overall" {
            assert!(number(4) >= 0.90, "precision: {line}");
        }
    }
}

#[test]
fn eval_fails_below_min_f1() {
    let dir = demo_store();
    let data = root().join("tests/data");
    let output = newskg(dir.path())
        .arg("eval")
        .arg("--gold")
        .arg(data.join("dev-gold.tsv"))
        .args(["--min-f1", "0.99"])
        .output()
        .expect("runs");
    assert_eq!(
        output.status.code(),
        Some(1),
        "no demo article is in the dev gold, so F1 is 0"
    );
}

#[test]
fn extract_streams_without_a_store() {
    let bin = env!("CARGO_BIN_EXE_newskg");
    let tsv = Command::new(bin)
        .args(["extract", "--format", "facts-tsv"])
        .arg(root().join("examples"))
        .output()
        .expect("runs");
    assert!(tsv.status.success());
    let text = String::from_utf8(tsv.stdout).expect("utf-8");
    assert!(
        text.starts_with("article\trelation\tsubject\tobject\textra\tevidence\n"),
        "{text}"
    );
    assert!(
        text.lines().count() > 20 && text.lines().skip(1).all(|l| l.split('\t').count() == 6),
        "{text}"
    );
    let nquads = Command::new(bin)
        .arg("extract")
        .arg(root().join("examples"))
        .output()
        .expect("runs");
    assert!(count_triples(&nquads.stdout, RdfFormat::NQuads) > 500);
}

#[test]
fn load_imports_reference_rdf_into_its_own_graph() {
    let dir = demo_store();
    let file = dir.path().join("countries.ttl");
    std::fs::write(&file, "<https://w3id.org/newskg/id/country/vietnam> <http://www.w3.org/2000/01/rdf-schema#comment> \"reference\" .\n").expect("write");
    let out = stdout(
        newskg(dir.path())
            .arg("load")
            .arg(&file)
            .args(["--graph", "https://example.org/reference"]),
    );
    assert!(out.contains("1 loaded"), "{out}");
    let joined = stdout(newskg(dir.path()).args([
        "query",
        "SELECT ?c WHERE { GRAPH <https://example.org/reference> { ?e rdfs:comment ?c } ?e a nkg:Country }",
        "--format",
        "csv",
    ]));
    assert!(joined.contains("reference"), "{joined}");
}

#[test]
fn dossier_shows_reference_data_linked_by_name_or_same_as() {
    let dir = demo_store();
    let person = newskg::entity::iri(
        newskg::extract::EntityKind::Person,
        &newskg::entity::person_key("Park Jeong-ho"),
    );
    let file = dir.path().join("reference.ttl");
    std::fs::write(
        &file,
        format!(
            "@prefix ex: <https://example.org/ref/> .\n\
             @prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\
             @prefix owl: <http://www.w3.org/2002/07/owl#> .\n\
             ex:ofac skos:prefLabel \"Office of Foreign Assets Control\"@en ;\n\
               skos:altLabel \"OFAC\" ; ex:parent \"Department of the Treasury\" .\n\
             ex:official owl:sameAs <{person}> ; ex:registryNumber \"REF-0042\" .\n\
             ex:unrelated skos:prefLabel \"Somewhere Else\" ; ex:note \"not linked\" .\n"
        ),
    )
    .expect("write");
    stdout(newskg(dir.path()).arg("load").arg(&file));
    // Found by a keyed name of the loaded resource, in another spelling than the file's.
    let by_name = dossier(dir.path(), "ofac", "tsv");
    assert!(
        by_name.contains("\"parent\"\t\"ref\"\t\"Department of the Treasury\""),
        "{by_name}"
    );
    assert!(by_name.contains("reference.ttl"), "{by_name}");
    // Linked by owl:sameAs to an extracted person, found by a romanisation variant; the
    // person's extracted facts stay.
    let linked = dossier(dir.path(), "Pak Jung-ho", "tsv");
    assert!(
        linked.contains("\"registryNumber\"\t\"ref\"\t\"REF-0042\""),
        "{linked}"
    );
    assert!(linked.contains("\"->\""), "{linked}");
    assert!(!linked.contains("not linked") && !by_name.contains("not linked"));
}

#[test]
fn remove_takes_a_document_out_and_verify_stays_clean() {
    let dir = demo_store();
    // Only wire-001 writes Japan as "Japanese": the spelling's index key goes with it.
    let sources_of = |name: &str| {
        stdout(newskg(dir.path()).args([
            "report",
            "sources",
            "--param",
            &format!("entity={name}"),
            "--format",
            "tsv",
        ]))
    };
    assert!(sources_of("Japanese").contains("wire-001"));
    stdout(newskg(dir.path()).args(["remove", "wire-001"]));
    assert_eq!(sources_of("Japanese").lines().count(), 1, "only the header");
    assert!(sources_of("Japan").contains("02-drone-sanctions.txt"));
    let sources = sources_of("Park Jung Ho");
    assert!(
        !sources.contains("wire-001") && sources.contains("04-coast-guard-talks.txt"),
        "{sources}"
    );
    let verify = stdout(newskg(dir.path()).arg("verify"));
    assert!(!verify.contains("FAILED"), "{verify}");
    let missing = newskg(dir.path())
        .args(["remove", "no-such-doc"])
        .output()
        .expect("runs");
    assert_eq!(missing.status.code(), Some(2));
}

/// `verify`'s report on the demo store after loading `nquads` into it; it must fail (exit 1).
fn verify_after_loading(nquads: &str) -> String {
    let dir = demo_store();
    let file = dir.path().join("extra.nq");
    std::fs::write(&file, nquads).expect("write");
    stdout(newskg(dir.path()).arg("load").arg(&file));
    let output = newskg(dir.path()).arg("verify").output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn verify_reports_an_index_entry_no_article_names() {
    let report = verify_after_loading(
        "<https://w3id.org/newskg/id/person/nobody> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newskg/ontology#Person> <https://w3id.org/newskg/entities> .\n",
    );
    assert!(
        report.contains("FAILED  every entity in the index is named by an article")
            && report.contains("person:nobody"),
        "{report}"
    );
}

#[test]
fn verify_reports_a_fact_without_source() {
    let report = verify_after_loading(
        "<https://w3id.org/newskg/id/fact/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newskg/ontology#Fact> <https://w3id.org/newskg/id/doc/x> .\n",
    );
    assert!(report.contains("FAILED  every fact names its source document"));
}

#[test]
fn query_timeout_stops_a_runaway_query() {
    let dir = demo_store();
    let output = fails(newskg(dir.path()).args([
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "--timeout",
        "0.5",
    ]));
    assert!(output.contains("--timeout"), "{output}");
}

/// The timeline has no ORDER BY (so its first row streams at once): its order is that of the
/// store's date index. This test fails if an Oxigraph change ever breaks that.
#[test]
fn timeline_streams_in_date_order() {
    let dir = demo_store();
    let out = stdout(newskg(dir.path()).args(["report", "timeline", "--format", "tsv"]));
    let rank = |datatype: &str| {
        ["date", "gYearMonth", "gYear", "gMonthDay", "gMonth"]
            .iter()
            .position(|t| datatype == format!("<http://www.w3.org/2001/XMLSchema#{t}>"))
            .unwrap_or_else(|| panic!("unexpected date type {datatype}"))
    };
    let keys: Vec<(usize, String)> = out
        .lines()
        .skip(1)
        .map(|line| {
            let cell = line.split('\t').next().unwrap_or_default();
            let (lexical, datatype) = cell.split_once("^^").expect("typed date");
            (rank(datatype), lexical.trim_matches('"').to_owned())
        })
        .collect();
    assert!(keys.len() > 5, "{out}");
    assert!(keys.is_sorted(), "{out}");
}

/// The listing reports stream per-group aggregates instead of grouping the whole store; they
/// must still give one row per group of the plain formulation.
#[test]
fn roles_report_has_one_row_per_person_title_and_place() {
    let dir = demo_store();
    let report = stdout(newskg(dir.path()).args(["report", "roles", "--format", "tsv"]));
    let plain = stdout(newskg(dir.path()).args([
        "query",
        "--format",
        "tsv",
        "SELECT ?p ?role ?where (COUNT(DISTINCT ?doc) AS ?n) WHERE { \
         ?f nkg:relation nkg:holdsRole ; nkg:subject ?p ; nkg:role ?role ; \
         nkg:modality nkg:Asserted ; prov:wasDerivedFrom ?doc . \
         OPTIONAL { ?f nkg:roleAt ?where } } GROUP BY ?p ?role ?where",
    ]));
    let counts = |text: &str| {
        let mut counts: Vec<String> = text
            .lines()
            .skip(1)
            .filter_map(|l| l.rsplit('\t').next().map(str::to_owned))
            .collect();
        counts.sort();
        counts
    };
    assert!(report.lines().count() > 10, "{report}");
    assert_eq!(counts(&report), counts(&plain));
}
