//! The Oxigraph store: opening it, writing one document per transaction, loading the ontology.

use anyhow::{Context, Result};
use oxigraph::io::RdfFormat;
use oxigraph::model::{Literal, NamedNode, Quad, QuadRef};
use oxigraph::store::Store;
use std::path::Path;

use crate::vocab::{ONTOLOGY_GRAPH, nkg};

/// The ontology, loaded into its own graph so queries can use its labels.
pub const ONTOLOGY: &str = include_str!("../ontology/newskg.ttl");

/// Opens (creating if needed) the store for writing.
#[cfg(feature = "rocksdb")]
pub fn open_writable(path: &Path) -> Result<Store> {
    let empty = std::fs::read_dir(path).map_or(true, |mut entries| entries.next().is_none());
    if empty {
        create(path)?;
    }
    Store::open(path).map_err(|e| in_use_hint(e.into(), path))
}

/// Creates a store beside `path` and renames it into place. RocksDB adds a new store's column
/// families one at a time, and a process killed between two left a store that every read-only
/// open refused ("Column family not found"); a rename is all or nothing.
#[cfg(feature = "rocksdb")]
fn create(path: &Path) -> Result<()> {
    let name = path
        .file_name()
        .with_context(|| format!("`{}` names no directory for a store", path.display()))?;
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)
        .with_context(|| format!("cannot create `{}`", parent.display()))?;
    let mut staging = name.to_os_string();
    staging.push(format!(".creating-{}", std::process::id()));
    let staging = parent.join(staging);
    if staging.exists() {
        std::fs::remove_dir_all(&staging)
            .with_context(|| format!("cannot clear `{}`", staging.display()))?;
    }
    drop(
        Store::open(&staging)
            .with_context(|| format!("cannot create a store in `{}`", staging.display()))?,
    );
    // Replaces `path` if it is an empty directory. If another process put its store there
    // meanwhile, opening `path` uses that one (or says it is in use).
    if std::fs::rename(&staging, path).is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    Ok(())
}

/// Opens an existing store for reading; other processes may write meanwhile.
///
/// RocksDB lets a reader open a store that a writer holds, but the writer may delete files
/// (compaction, bulk loads) that the reader's snapshot still lists. Such an open is retried a
/// few times; if it keeps failing while another process holds the store, the error says the
/// store is in use, not that it is damaged.
#[cfg(feature = "rocksdb")]
pub fn open_read_only(path: &Path) -> Result<Store> {
    if !path.join("CURRENT").exists() {
        anyhow::bail!(
            "no store at `{}`\nhint: run `newskg ingest PATH…` first, or point `--store` (or NEWSKG_STORE) at an existing store",
            path.display()
        );
    }
    let mut retries = 0;
    loop {
        match Store::open_read_only(path) {
            Ok(store) => return Ok(store),
            Err(_) if retries < 6 && locked_by_another_process(path) => {
                retries += 1;
                std::thread::sleep(std::time::Duration::from_millis(50 << retries));
            }
            Err(e) => return Err(in_use_hint(e.into(), path)),
        }
    }
}

#[cfg(feature = "rocksdb")]
fn in_use_hint(error: anyhow::Error, path: &Path) -> anyhow::Error {
    let text = format!("{error:#}");
    if text.contains("lock") || text.contains("LOCK") || locked_by_another_process(path) {
        anyhow::anyhow!(
            "store `{}` is in use by another process ({text})\nhint: wait for it to finish, or use another `--store`",
            path.display()
        )
    } else {
        error.context(format!("cannot open store `{}`", path.display()))
    }
}

/// The error of a read (query, report, export) that failed while a writer in another process
/// held the store: RocksDB then reports a file the writer's compaction or bulk load removed.
/// The store is in use, not damaged, and the message says so.
pub fn read_failed(error: anyhow::Error, path: &Path) -> anyhow::Error {
    let text = format!("{error:#}");
    let from_storage = text.contains("IO error") || text.contains("Corruption");
    if from_storage
        && !text.contains("in use by another process")
        && locked_by_another_process(path)
    {
        anyhow::anyhow!(
            "store `{}` is in use by another process, which changed its files during this read ({text})\nhint: run the command again, or wait for the writer to finish",
            path.display()
        )
    } else {
        error
    }
}

/// Whether another process holds the RocksDB lock of the store at `path`, read from the
/// kernel's lock table (`/proc/locks`, Linux; elsewhere always false). RocksDB takes a POSIX
/// write lock on the `LOCK` file for as long as a writer has the store open.
pub fn locked_by_another_process(path: &Path) -> bool {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        let (Ok(meta), Ok(locks)) = (
            std::fs::metadata(path.join("LOCK")),
            std::fs::read_to_string("/proc/locks"),
        ) else {
            return false;
        };
        // `1: POSIX  ADVISORY  WRITE 4321 fe:00:12345 0 EOF`: pid, then the file as
        // `MAJOR:MINOR:INODE` with the device numbers in hex (glibc's `dev_t` encoding).
        let dev = meta.dev();
        let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff);
        let minor = (dev & 0xff) | ((dev >> 12) & !0xff);
        let file = format!("{major:02x}:{minor:02x}:{}", meta.ino());
        let me = std::process::id().to_string();
        locks.lines().any(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            fields
                .iter()
                .position(|f| *f == file)
                .is_some_and(|i| i > 0 && fields[i - 1] != me)
        })
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = path;
        false
    }
}

/// What writing a document did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Added,
    Replaced,
    Unchanged,
}

/// Writes documents' graphs in one transaction: unchanged content (same hash) is skipped, a
/// changed document replaces its whole graph, so the store only ever holds whole documents.
/// Cost: one transaction per call; callers batch a few thousand quads per call (Oxigraph's
/// RocksDB writes fastest at that size).
pub fn write_documents<'a>(
    store: &Store,
    documents: impl IntoIterator<Item = (&'a NamedNode, &'a str, &'a [Quad])>,
) -> Result<Vec<Written>> {
    let mut tx = store.start_transaction()?;
    let mut outcomes = Vec::new();
    for (graph, content_hash, quads) in documents {
        let hash = Literal::new_simple_literal(content_hash);
        if tx.contains(QuadRef::new(graph, nkg::CONTENT_HASH, &hash, graph))? {
            outcomes.push(Written::Unchanged);
            continue;
        }
        let existed = tx.contains_named_graph(graph)?;
        if existed {
            tx.remove_named_graph(graph)?;
        }
        tx.insert_named_graph(graph);
        tx.extend(quads);
        outcomes.push(if existed {
            Written::Replaced
        } else {
            Written::Added
        });
    }
    tx.commit().context("cannot commit to the store")?;
    Ok(outcomes)
}

/// (Re)loads the ontology into its graph, in one transaction.
pub fn load_ontology(store: &Store) -> Result<()> {
    let mut tx = store.start_transaction()?;
    tx.clear_graph(ONTOLOGY_GRAPH)?;
    tx.load_from_slice(
        oxigraph::io::RdfParser::from_format(RdfFormat::Turtle).with_default_graph(ONTOLOGY_GRAPH),
        ONTOLOGY,
    )
    .context("the embedded ontology does not parse")?;
    tx.commit()?;
    Ok(())
}

/// Writes the in-memory tables to disk files. Without it the data stays in RocksDB's write-ahead
/// log, which every later (read-only) open must replay: seconds per query on a large store.
#[cfg(feature = "rocksdb")]
pub fn flush(store: &Store) -> Result<()> {
    store.flush().context("cannot flush the store")
}

/// Number of quads in the store.
pub fn quad_count(store: &Store) -> Result<usize> {
    Ok(store.len()?)
}
