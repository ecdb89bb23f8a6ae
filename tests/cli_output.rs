//! Output for scripts and people: `--json` summaries, `--quiet`/`--verbose`, shell completions
//! and man pages generated from the clap definition.

use super::{demo_store, newskg, root, stdout};

#[test]
fn ingest_and_stats_write_json_summaries() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = stdout(
        newskg(dir.path())
            .args(["ingest", "--json"])
            .arg(root().join("examples")),
    );
    let summary: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    assert_eq!(summary["documents"]["added"], 7, "{summary}");
    assert_eq!(summary["documents"]["skipped"], 0, "{summary}");
    assert!(
        summary["facts"].as_u64().is_some_and(|n| n > 50),
        "{summary}"
    );
    let in_store = summary["triples"]["in_store"].as_u64().expect("count");

    let stats: serde_json::Value =
        serde_json::from_str(&stdout(newskg(dir.path()).args(["stats", "--json"])))
            .expect("one JSON object");
    assert_eq!(stats["documents"], 7, "{stats}");
    assert_eq!(stats["triples"].as_u64(), Some(in_store), "{stats}");
    assert!(
        stats["entities"]["Person"].as_u64().is_some_and(|n| n > 10),
        "{stats}"
    );
    assert!(
        stats["facts"]["holds role"]
            .as_u64()
            .is_some_and(|n| n > 10),
        "{stats}"
    );
}

#[test]
fn quiet_prints_nothing_but_keeps_the_exit_status() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = newskg(dir.path())
        .args(["--quiet", "ingest"])
        .arg(root().join("examples"))
        .arg(dir.path().join("missing.txt"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        output.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn verbose_tells_what_each_batch_does() {
    let dir = demo_store();
    let output = newskg(dir.path())
        .args(["-v", "ingest"])
        .arg(root().join("examples"))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("opened for writing"), "{stderr}");
    assert!(
        stderr.contains("batch of 7 documents: 0 new (bulk loader), 7 known (transactions)"),
        "{stderr}"
    );
}

#[test]
fn completions_cover_every_shell_and_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (shell, marker) in [
        ("bash", "complete -F _newskg"),
        ("zsh", "#compdef newskg"),
        ("fish", "complete -c newskg"),
        ("elvish", "newskg"),
        ("powershell", "newskg"),
    ] {
        let script = stdout(newskg(dir.path()).args(["completions", shell]));
        assert!(script.contains(marker), "{shell}: {script}");
        assert!(
            script.contains("ingest") && script.contains("export"),
            "{shell}"
        );
    }
}

#[test]
fn man_pages_describe_the_commands() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = stdout(newskg(dir.path()).arg("man"));
    assert!(page.contains(".TH newskg 1"), "{page}");
    assert!(
        page.contains("ingest") && page.contains("\\-\\-store"),
        "{page}"
    );
    let pages = dir.path().join("man");
    stdout(newskg(dir.path()).arg("man").arg("--dir").arg(&pages));
    let export = std::fs::read_to_string(pages.join("newskg-export.1")).expect("export page");
    assert!(
        export.contains("jsonld") && export.contains("dot"),
        "{export}"
    );
}
