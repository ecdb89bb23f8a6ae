//! Bad input (issue 5): each bad file gets one line on stderr naming it (and its line, for
//! JSONL), the good article beside it is still ingested, and the exit status is 1.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::newskg;

const GOOD: &str = "Envoy visits Hanoi\n\nVietnamese Trade Minister Tran Thi Mai met the envoy.\n";

/// A folder holding one good article, and the store path beside it.
struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("in")).expect("mkdir");
        std::fs::write(dir.path().join("in/good.txt"), GOOD).expect("write");
        Self { dir }
    }

    fn input(&self, name: &str) -> PathBuf {
        self.dir.path().join("in").join(name)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.input(name);
        std::fs::write(&path, bytes).expect("write");
        path
    }

    fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    /// `newskg ingest` over the input folder plus `extra` paths.
    fn ingest(&self, extra: &[&Path]) -> Output {
        newskg(&self.store())
            .arg("ingest")
            .arg(self.dir.path().join("in"))
            .args(extra)
            .output()
            .expect("runs")
    }

    /// Titles of the stored documents, sorted.
    fn titles(&self) -> Vec<String> {
        let out = newskg(&self.store())
            .args([
                "query",
                "SELECT ?t WHERE { ?d a nkg:Document ; dcterms:title ?t } ORDER BY ?t",
                "--format",
                "tsv",
            ])
            .output()
            .expect("runs");
        String::from_utf8(out.stdout)
            .expect("utf-8")
            .lines()
            .skip(1)
            .map(|l| l.trim_matches('"').to_owned())
            .collect()
    }
}

/// Asserts exit status 1, exactly one stderr line naming `needle` and containing `cause`, and
/// the good article stored.
fn assert_skipped(case: &Case, output: &Output, needle: &str, cause: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let lines: Vec<_> = stderr.lines().filter(|l| l.contains(needle)).collect();
    assert_eq!(lines.len(), 1, "one line naming {needle}: {stderr}");
    assert!(lines[0].starts_with("newskg: "), "{stderr}");
    assert!(lines[0].contains(cause), "{cause:?} in {stderr}");
    assert!(lines[0].ends_with("; skipped"), "{stderr}");
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("1 read (1 added"),
        "the good article is kept: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(
        case.titles().contains(&"Envoy visits Hanoi".to_owned()),
        "good article stored"
    );
}

#[test]
fn non_utf8_text_is_decoded_lossily_with_a_warning() {
    let case = Case::new();
    case.write(
        "latin1.txt",
        b"Caf\xe9 talks in Hanoi\n\nThe envoy met the owners.\n",
    );
    let output = case.ingest(&[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    // Nothing skipped, so the run succeeds; the warning says what changed.
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("latin1.txt: not valid UTF-8, invalid bytes replaced with U+FFFD"),
        "{stderr}"
    );
    assert_eq!(
        case.titles(),
        ["Caf\u{fffd} talks in Hanoi", "Envoy visits Hanoi"]
    );
}

#[test]
fn non_utf8_jsonl_line_is_decoded_lossily_with_its_line() {
    let case = Case::new();
    case.write(
        "wire.jsonl",
        b"{\"id\":\"w1\",\"title\":\"Caf\xe9 talks\",\"text\":\"The envoy met.\"}\n",
    );
    let output = case.ingest(&[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("wire.jsonl:1: not valid UTF-8"), "{stderr}");
    assert_eq!(case.titles(), ["Caf\u{fffd} talks", "Envoy visits Hanoi"]);
}

#[test]
fn binary_file_is_skipped() {
    let case = Case::new();
    case.write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01");
    let output = case.ingest(&[]);
    assert_skipped(&case, &output, "image.txt", "binary data");
}

#[test]
fn empty_file_is_skipped() {
    let case = Case::new();
    case.write("blank.txt", b"  \n\n\t\n");
    let output = case.ingest(&[]);
    assert_skipped(&case, &output, "blank.txt", "empty file");
}

#[test]
fn empty_jsonl_file_is_skipped() {
    let case = Case::new();
    case.write("blank.jsonl", b"\n\n");
    let output = case.ingest(&[]);
    assert_skipped(&case, &output, "blank.jsonl", "empty file");
}

#[test]
fn html_is_reduced_to_text() {
    let case = Case::new();
    case.write(
        "page.html",
        b"<!DOCTYPE html><html><head><title>Talks &amp; trade</title>\
          <style>p { color: red }</style></head><body><p>Vietnamese Trade Minister \
          Tran Thi Mai met <b>the envoy</b>.</p><script>alert('<p>x</p>')</script></body></html>",
    );
    let output = case.ingest(&[]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(case.titles(), ["Envoy visits Hanoi", "Talks & trade"]);
    let extracted = newskg(&case.store())
        .arg("extract")
        .arg(case.input("page.html"))
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&extracted.stdout);
    assert!(text.contains("Tran Thi Mai"), "{text}");
    assert!(!text.contains("<b>") && !text.contains("alert"), "{text}");
}

#[test]
fn malformed_jsonl_line_is_named_with_its_line() {
    let case = Case::new();
    let jsonl = case.write(
        "wire.jsonl",
        b"{\"id\":\"w1\",\"title\":\"Kept\",\"text\":\"The envoy met.\"}\n{\"id\": \"w2\", \"text\n",
    );
    let output = case.ingest(&[]);
    // The file's first line is kept too.
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("2 read (2 added"), "{stdout}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let name = format!("{}:2: malformed JSON", jsonl.display());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(&name), "{stderr}");
}

#[test]
fn missing_fields_are_named_with_their_line() {
    let case = Case::new();
    case.write(
        "wire.jsonl",
        b"{\"id\":\"w1\",\"title\":\"No text\"}\n\
          {\"text\":\"No id.\"}\n\
          {\"id\":\"w3\",\"text\":\"Bad date.\",\"published\":\"yesterday\"}\n\
          [1, 2]\n",
    );
    let output = case.ingest(&[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    for (line, cause) in [
        (1, "missing `text` field"),
        (2, "missing `id` field"),
        (3, "`published` is not a date"),
        (4, "malformed JSON"),
    ] {
        let at = format!("wire.jsonl:{line}: {cause}");
        assert!(stderr.contains(&at), "{at} in {stderr}");
    }
    assert_eq!(stderr.lines().count(), 4, "{stderr}");
    assert_eq!(case.titles(), ["Envoy visits Hanoi"]);
}

#[test]
fn nonexistent_path_is_skipped() {
    let case = Case::new();
    let missing = case.input("gone.txt");
    let output = case.ingest(&[&missing]);
    assert_skipped(&case, &output, "gone.txt", "No such file");
}

#[test]
fn symlink_loop_is_skipped() {
    let case = Case::new();
    let a = case.input("loop-a.txt");
    std::os::unix::fs::symlink("loop-b.txt", &a).expect("symlink");
    std::os::unix::fs::symlink("loop-a.txt", case.input("loop-b.txt")).expect("symlink");
    // Named on the command line, and met while walking the folder: one line each.
    let output = newskg(&case.store())
        .arg("ingest")
        .arg(&a)
        .arg(case.input("good.txt"))
        .output()
        .expect("runs");
    assert_skipped(&case, &output, "loop-a.txt", "symbolic links");
    let output = case.ingest(&[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(stderr.contains("loop-a.txt: cannot read"), "{stderr}");
    assert!(stderr.contains("loop-b.txt: cannot read"), "{stderr}");
}

#[test]
fn folder_symlink_loop_is_not_followed() {
    let case = Case::new();
    std::fs::create_dir(case.input("sub")).expect("mkdir");
    std::os::unix::fs::symlink("..", case.input("sub/up")).expect("symlink");
    let output = case.ingest(&[]);
    assert_skipped(&case, &output, "sub/up", "loops back");
}

/// A file the user may not read. Root reads any file whatever its mode, so as root the command
/// runs under `setpriv` without the two capabilities that bypass file permissions; without
/// `setpriv` the test cannot deny a read and says so.
#[test]
fn unreadable_file_is_skipped() {
    use std::os::unix::fs::PermissionsExt;
    let case = Case::new();
    let locked = case.write("locked.txt", GOOD.replace("Hanoi", "Hue").as_bytes());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let is_root = std::fs::read(&locked).is_ok();
    let mut cmd = if is_root {
        let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"]
            .into_iter()
            .find(|p| Path::new(p).exists());
        let Some(setpriv) = setpriv else {
            let mut err = std::io::stderr().lock();
            let _ = std::io::Write::write_all(
                &mut err,
                b"skipped: running as root and no `setpriv` to drop CAP_DAC_OVERRIDE\n",
            );
            return;
        };
        let mut cmd = std::process::Command::new(setpriv);
        cmd.arg("--bounding-set=-dac_override,-dac_read_search")
            .arg(env!("CARGO_BIN_EXE_newskg"));
        cmd
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_newskg"))
    };
    let output = cmd
        .env_remove("NEWSKG_STORE")
        .arg("--store")
        .arg(case.store())
        .arg("ingest")
        .arg(case.dir.path().join("in"))
        .output()
        .expect("runs");
    assert_skipped(&case, &output, "locked.txt", "Permission denied");
}
