//! Reading articles: `.txt` files, `.jsonl` files (one article per line) and standard input.
//!
//! A `.txt` article's first non-empty line is its title; a `Published : July 9, 2024` line (or a
//! line holding only a date) among its first lines gives the publication date. Text that is not
//! valid UTF-8 is decoded lossily with a warning rather than skipped: one bad byte in a scraped
//! page should not lose the article.

use anyhow::{Context, Result, bail};
use jiff::civil::Date;
use regex::Regex;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use crate::extract::dates::publication_date;

/// One article to extract from.
#[derive(Debug, Clone)]
pub struct Document {
    /// Stable identifier: the file name for `.txt`, the `id` field for JSONL.
    pub id: String,
    pub title: String,
    pub url: Option<String>,
    pub published: Option<Date>,
    pub text: String,
}

impl Document {
    /// Builds a document from plain text, taking the title and publication date from its top.
    pub fn from_text(id: String, text: String) -> Self {
        let published = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(12)
            .find_map(publication_date);
        Self {
            published,
            ..Self::without_date(id, text)
        }
    }

    /// [`Document::from_text`] without looking for a date: for sources that state their own
    /// (date matching is the dearest part of reading an article).
    fn without_date(id: String, text: String) -> Self {
        let title = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or_default()
            .to_owned();
        Self {
            id,
            title,
            url: None,
            published: None,
            text,
        }
    }

    /// SHA-256 of everything that goes into the graph, so an unchanged document is skipped.
    pub fn content_hash(&self) -> String {
        let mut hasher = Sha256::new();
        for part in [
            &self.id,
            &self.title,
            self.url.as_deref().unwrap_or(""),
            &self.text,
        ] {
            hasher.update(part.as_bytes());
            hasher.update([0]);
        }
        hasher.update(self.published.map(crate::rdf::iso_date).unwrap_or_default());
        // (By table: a `write!` for each byte cost more than the rest of the graph's header.)
        let mut hex = String::with_capacity(64);
        for b in hasher.finalize() {
            crate::rdf::push_hex(&mut hex, b);
        }
        hex
    }
}

/// One line of a JSONL input.
#[derive(Deserialize)]
struct JsonArticle {
    id: Option<String>,
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    text: Option<String>,
}

/// A place articles come from.
#[derive(Debug, Clone)]
pub enum Source {
    File(PathBuf),
    Stdin,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::File(p) => write!(f, "{}", p.display()),
            Self::Stdin => f.write_str("<stdin>"),
        }
    }
}

/// Expands command-line paths into sources: files as given, folders recursively (only `.txt`,
/// `.jsonl`, `.json` inside them), `-` for standard input. Problems are returned, not raised, so
/// one bad path does not stop the others.
pub fn collect_sources(paths: &[PathBuf]) -> (Vec<Source>, Vec<anyhow::Error>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                errors.push(
                    anyhow::Error::new(e).context(format!("{}: cannot read", path.display())),
                );
                continue;
            }
        };
        if !meta.is_dir() {
            sources.push(Source::File(path.clone()));
            continue;
        }
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
        {
            match entry {
                Ok(e) if e.file_type().is_file() && has_article_extension(e.path()) => {
                    files.push(e.into_path());
                }
                Ok(_) => {}
                Err(e) => errors.push(walk_error(e, path)),
            }
        }
        sources.extend(files.into_iter().map(Source::File));
    }
    (sources, errors)
}

/// A folder walk's error, named by the entry it concerns rather than the folder given.
fn walk_error(error: walkdir::Error, root: &Path) -> anyhow::Error {
    let at = error.path().unwrap_or(root).display().to_string();
    if let Some(ancestor) = error.loop_ancestor() {
        return anyhow::anyhow!(
            "{at}: symbolic link loops back to `{}`, not followed",
            ancestor.display()
        );
    }
    match error.into_io_error() {
        Some(io) => anyhow::Error::new(io).context(format!("{at}: cannot read")),
        None => anyhow::anyhow!("{at}: cannot read"),
    }
}

fn has_article_extension(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "jsonl" | "json" | "html" | "htm")
    )
}

fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start();
    let head = start.get(..200).unwrap_or(start).to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
}

/// Reduces an HTML page to its text: scripts, styles and tags removed, block ends as line
/// breaks (so paragraphs stay sentences), common entities decoded, the `<title>` first.
fn html_to_text(html: &str) -> String {
    static NOISE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?is)<(?:script|style|noscript)\b.*?</(?:script|style|noscript)>|<!--.*?-->")
            .expect("pattern compiles")
    });
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?is)<title\b[^>]*>(.*?)</title>").expect("pattern compiles")
    });
    static HEAD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?is)<head\b.*?</head>").expect("pattern compiles"));
    static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)<br\s*/?>|</(?:p|div|h[1-6]|li|tr|figcaption|blockquote|section|article|header|footer)>")
            .expect("pattern compiles")
    });
    static TAG: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?s)<[^>]*>").expect("pattern compiles"));
    let title = TITLE.captures(html).and_then(|c| c.get(1)).map(|t| {
        let title = decode_entities(&TAG.replace_all(t.as_str(), " "));
        title.split_whitespace().collect::<Vec<_>>().join(" ")
    });
    let body = NOISE.replace_all(html, " ");
    let body = HEAD.replace_all(&body, " ");
    let body = BLOCK.replace_all(&body, "\n");
    let body = TAG.replace_all(&body, " ");
    let text = decode_entities(&body);
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    let mut out = title.map(|t| format!("{t}\n\n")).unwrap_or_default();
    out.push_str(&lines.join("\n\n"));
    out
}

/// Decodes the entities news pages use: the common named ones and numeric ones (`&#8217;`,
/// `&#x2019;`). Unknown or invalid ones are left as written.
fn decode_entities(text: &str) -> String {
    static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,6}));")
            .expect("pattern compiles")
    });
    ENTITY
        .replace_all(text, |c: &regex::Captures<'_>| {
            let decoded = if let Some(n) = c.get(1) {
                n.as_str().parse().ok().and_then(char::from_u32)
            } else if let Some(n) = c.get(2) {
                u32::from_str_radix(n.as_str(), 16)
                    .ok()
                    .and_then(char::from_u32)
            } else {
                c.get(3).and_then(|n| match n.as_str() {
                    "nbsp" => Some(' '),
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "rsquo" => Some('\u{2019}'),
                    "lsquo" => Some('\u{2018}'),
                    "ldquo" => Some('\u{201c}'),
                    "rdquo" => Some('\u{201d}'),
                    "mdash" => Some('\u{2014}'),
                    "ndash" => Some('\u{2013}'),
                    "hellip" => Some('\u{2026}'),
                    _ => None,
                })
            };
            // A NUL or other control character is never article text.
            match decoded.filter(|ch| !ch.is_control() || ch.is_whitespace()) {
                Some(ch) => ch.to_string(),
                None => c[0].to_owned(),
            }
        })
        .into_owned()
}

/// Reads the articles of one source, handing each to `sink` as it is read: a JSONL file is
/// streamed line by line, so its size does not bound memory. An error for the whole source
/// (unreadable, binary, empty) is returned; an error for one JSONL line, named `file:line`, goes
/// to `sink` and reading goes on.
pub fn read_source(
    source: &Source,
    sink: &mut dyn FnMut(Result<Document>) -> Result<()>,
) -> Result<()> {
    match source {
        Source::File(path) => {
            let file = std::fs::File::open(path)
                .with_context(|| format!("{}: cannot read", path.display()))?;
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let jsonl = is_jsonl(path);
            read_from(BufReader::new(file), source, name, Some(jsonl), sink)
        }
        // Standard input is JSONL when it starts with `{`.
        Source::Stdin => read_from(
            BufReader::new(std::io::stdin().lock()),
            source,
            "stdin".to_owned(),
            None,
            sink,
        ),
    }
}

/// Reads articles from memory as from a file named `name` (its extension decides JSONL), with
/// the same checks and errors as [`read_source`]; for tests and fuzzing.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    sink: &mut dyn FnMut(Result<Document>) -> Result<()>,
) -> Result<()> {
    let path = PathBuf::from(name);
    let jsonl = is_jsonl(&path);
    read_from(
        bytes,
        &Source::File(path),
        name.to_owned(),
        Some(jsonl),
        sink,
    )
}

fn is_jsonl(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "json")
    )
}

/// [`read_source`] over any reader; `jsonl` unknown means: sniff the first byte.
fn read_from(
    mut reader: impl BufRead,
    source: &Source,
    name: String,
    jsonl: Option<bool>,
    sink: &mut dyn FnMut(Result<Document>) -> Result<()>,
) -> Result<()> {
    let jsonl = match jsonl {
        Some(j) => j,
        None => {
            reader
                .fill_buf()
                .with_context(|| format!("{source}: cannot read"))?
                .iter()
                .find(|b| !b.is_ascii_whitespace())
                == Some(&b'{')
        }
    };
    if !jsonl {
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .with_context(|| format!("{source}: cannot read"))?;
        let text = decode(source, bytes, None)?;
        let text = if looks_like_html(&text) {
            html_to_text(&text)
        } else {
            text
        };
        return sink(Ok(Document::from_text(name, text)));
    }
    let mut line = Vec::new();
    let mut number = 0;
    let mut any = false;
    loop {
        line.clear();
        if reader
            .read_until(b'\n', &mut line)
            .with_context(|| format!("{source}: cannot read"))?
            == 0
        {
            break;
        }
        number += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        any = true;
        let parsed = decode(source, std::mem::take(&mut line), Some(number))
            .and_then(|text| parse_json_line(&text))
            .with_context(|| format!("{source}:{number}"));
        sink(parsed)?;
    }
    if !any {
        bail!("{source}: empty file, nothing to ingest");
    }
    Ok(())
}

/// Text of a whole file or of one JSONL line: binary refused, invalid UTF-8 replaced (with a
/// warning) rather than losing the article.
fn decode(source: &Source, bytes: Vec<u8>, line: Option<usize>) -> Result<String> {
    // (Named only for a message: formatting it for every line cost more than the checks.)
    let at = || line.map_or_else(|| source.to_string(), |n| format!("{source}:{n}"));
    if line.is_none() && bytes.iter().all(u8::is_ascii_whitespace) {
        bail!("{}: empty file, nothing to ingest", at());
    }
    if memchr::memchr(0, &bytes).is_some() {
        bail!(
            "{}: looks like binary data (NUL bytes); only UTF-8 text and JSONL are read",
            at()
        );
    }
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            crate::warn(&format!(
                "{}: not valid UTF-8, invalid bytes replaced with U+FFFD",
                at()
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    })
}

fn parse_json_line(line: &str) -> Result<Document> {
    let article: JsonArticle =
        serde_json::from_str(line).context("malformed JSON; expected one object per line")?;
    let Some(text) = article.text.filter(|t| !t.trim().is_empty()) else {
        bail!("missing `text` field");
    };
    let Some(id) = article.id.filter(|i| !i.trim().is_empty()) else {
        bail!("missing `id` field");
    };
    // A `published` field wins over any date the text shows: look for one only without it.
    let mut doc = match article.published {
        Some(_) => Document::without_date(id, text),
        None => Document::from_text(id, text),
    };
    if let Some(title) = article.title {
        doc.title = title;
    }
    doc.url = article.url;
    if let Some(published) = article.published {
        let day = published.get(..10).unwrap_or(&published);
        doc.published = Some(
            day.parse()
                .with_context(|| format!("`published` is not a date: {published:?}"))?,
        );
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_title_and_published_line() {
        let doc = Document::from_text(
            "a.txt".into(),
            "\n  Envoy visits Hanoi \nBy Staff\nPublished : March 4, 2025 - 09:15\n\nBody.".into(),
        );
        assert_eq!(doc.title, "Envoy visits Hanoi");
        assert_eq!(doc.published, Date::new(2025, 3, 4).ok());
    }

    #[test]
    fn json_line_fields() {
        let doc = parse_json_line(r#"{"id":"w1","title":"T","url":"http://x","published":"2025-05-06T10:00:00Z","text":"Body."}"#)
            .expect("valid line");
        assert_eq!(
            (doc.id.as_str(), doc.published),
            ("w1", Date::new(2025, 5, 6).ok())
        );
        assert!(parse_json_line(r#"{"id":"w1"}"#).is_err());
        assert!(parse_json_line("{not json").is_err());
    }

    #[test]
    fn html_is_reduced_to_text() {
        let html = "<!DOCTYPE html><html><head><title>Envoy visits Hanoi</title><script>var x = '<p>no</p>';</script></head><body><p>Vietnamese Trade Minister Tran Thi Mai met the envoy.</p><p>Second&nbsp;paragraph &amp; more.</p></body></html>";
        assert!(looks_like_html(html));
        let text = html_to_text(html);
        assert_eq!(
            text,
            "Envoy visits Hanoi\n\nVietnamese Trade Minister Tran Thi Mai met the envoy.\n\nSecond paragraph & more."
        );
    }

    #[test]
    fn entities_are_decoded_once() {
        assert_eq!(
            decode_entities("Talks &amp; trade &#8217;&#x2019; &amp;lt; &#0; &bogus; &#xD800;"),
            "Talks & trade \u{2019}\u{2019} &lt; &#0; &bogus; &#xD800;"
        );
    }

    #[test]
    fn hash_changes_with_text() {
        let a = Document::from_text("a".into(), "x".into());
        let b = Document::from_text("a".into(), "y".into());
        assert_ne!(a.content_hash(), b.content_hash());
    }
}
