//! A second process (issue 5): while `ingest` holds the store, `query`, `report` and `export`
//! run read-only or fail at once saying the store is in use; a second writer fails at once.
//! The time bounds are hang guards, far above the normal run time, not benchmarks.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// `newskg --store STORE` as a plain process, so the test can poll it.
fn newskg(store: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newskg"));
    cmd.env_remove("NEWSKG_STORE").arg("--store").arg(store);
    cmd
}

/// Far above the second a read takes here: reaching it means the command hung.
const HANG_GUARD: Duration = Duration::from_secs(30);

/// Runs `cmd` with stdout and stderr in files (an export is large), killing it at `limit`.
fn run_bounded(cmd: &mut Command, dir: &Path, limit: Duration) -> (Option<i32>, String, String) {
    let out = dir.join("out");
    let err = dir.join("err");
    let mut child = cmd
        .stdout(std::fs::File::create(&out).expect("create"))
        .stderr(std::fs::File::create(&err).expect("create"))
        .spawn()
        .expect("spawns");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} still running after {limit:?}: it hangs on the busy store");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let read = |p: &Path| String::from_utf8_lossy(&std::fs::read(p).expect("read")).into_owned();
    (status.code(), read(&out), read(&err))
}

fn still_running(child: &mut Child) -> bool {
    child.try_wait().expect("waits").is_none()
}

const IN_USE: &str = "is in use by another process";

#[test]
fn readers_and_a_second_writer_during_ingest() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    let store = dir.path().join("store");
    let generated = newskg(&store)
        .args(["gen-corpus", "--articles", "1000", "--seed", "1", "--out"])
        .arg(&corpus)
        .output()
        .expect("runs");
    assert!(generated.status.success());

    let mut ingest = newskg(&store)
        .arg("ingest")
        .arg(&corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawns");
    let started = Instant::now();
    while !store.join("CURRENT").exists() {
        assert!(still_running(&mut ingest), "ingest ended before opening");
        assert!(started.elapsed() < HANG_GUARD, "no store appeared");
        std::thread::sleep(Duration::from_millis(10));
    }

    // The lock table shows the writer (what read-only opens consult before retrying).
    let locked = ::newskg::store::locked_by_another_process(&store);
    if still_running(&mut ingest) {
        assert!(locked, "the running ingest's lock is not seen");
    }
    // A read that loses a file to the writer's compaction says the store is in use; other
    // errors pass unchanged.
    if locked {
        let lost = anyhow::anyhow!("IO error: No such file or directory: 000042.sst");
        let said = format!("{:#}", ::newskg::store::read_failed(lost, &store));
        assert!(
            said.contains(IN_USE) && said.contains("000042.sst"),
            "{said}"
        );
        let other = anyhow::anyhow!("invalid SPARQL");
        let said = format!("{:#}", ::newskg::store::read_failed(other, &store));
        assert_eq!(said, "invalid SPARQL");
    }

    // A second writer is refused at once.
    let was_running = still_running(&mut ingest);
    let (code, _, stderr) = run_bounded(
        newskg(&store).arg("ingest").arg(&corpus),
        dir.path(),
        HANG_GUARD,
    );
    if was_running && still_running(&mut ingest) {
        assert_eq!(code, Some(2), "{stderr}");
        assert!(stderr.contains(IN_USE), "{stderr}");
        assert!(stderr.contains("hint: wait"), "{stderr}");
    }

    // Readers, round after round while the ingest goes on (at least one round).
    let mut rounds = 0;
    let mut served = 0;
    while rounds == 0 || (still_running(&mut ingest) && rounds < 5) {
        rounds += 1;
        for args in [
            &[
                "query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                "--format",
                "csv",
            ][..],
            &["report", "stats", "--format", "csv"],
            &["export", "--format", "nquads"],
        ] {
            let (code, stdout, stderr) =
                run_bounded(newskg(&store).args(args), dir.path(), HANG_GUARD);
            match code {
                Some(0) => {
                    served += 1;
                    assert!(!stdout.is_empty(), "{args:?} printed nothing");
                    if args[0] == "export" {
                        let quads =
                            oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
                                .for_slice(stdout.as_bytes())
                                .count();
                        assert!(quads >= 100, "ontology at least: {quads}");
                    }
                }
                Some(2) => assert!(stderr.contains(IN_USE), "{args:?}: {stderr}"),
                other => panic!("{args:?} ended with {other:?}: {stderr}"),
            }
        }
    }
    assert!(served > 0, "no read succeeded in {rounds} rounds");

    let status = ingest.wait().expect("waits");
    assert!(status.success(), "the ingest is not disturbed by readers");
    let verify = newskg(&store).arg("verify").output().expect("runs");
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stdout)
    );
}
