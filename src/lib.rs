//! newskg: news text → facts → RDF in an embedded Oxigraph store → SPARQL.
//!
//! Stages, one module each: [`document`] reads articles, [`extract`] finds entities and facts
//! (pure, no storage), [`entity`] mints identities, [`rdf`] turns facts into quads, [`store`]
//! writes them, [`sparql`] and [`report`] answer questions, [`eval`] scores against gold facts.

pub mod cli;
#[cfg(feature = "rocksdb")]
pub mod commands;
pub mod corpus;
pub mod document;
pub mod entity;
pub mod eval;
pub mod extract;
pub mod gazetteer;
pub mod rdf;
pub mod report;
pub mod sparql;
pub mod store;
pub mod vocab;

/// How much newskg says on stderr: -1 quiet, 0 normal, 1 verbose (`--quiet`/`--verbose`).
static VERBOSITY: std::sync::atomic::AtomicI8 = std::sync::atomic::AtomicI8::new(0);

/// Sets the verbosity once, from the command line.
pub fn set_verbosity(quiet: bool, verbose: bool) {
    let level = if quiet { -1 } else { i8::from(verbose) };
    VERBOSITY.store(level, std::sync::atomic::Ordering::Relaxed);
}

/// Whether `--quiet` asked for data and errors only (no summaries, progress or warnings).
pub fn is_quiet() -> bool {
    VERBOSITY.load(std::sync::atomic::Ordering::Relaxed) < 0
}

/// Prints a warning on standard error, unless `--quiet`.
pub fn warn(message: &str) {
    if is_quiet() {
        return;
    }
    #[expect(clippy::print_stderr, reason = "the one place warnings are printed")]
    {
        eprintln!("newskg: warning: {message}");
    }
}

/// Prints what is being done on standard error, with `--verbose` only.
pub fn info(message: &str) {
    if VERBOSITY.load(std::sync::atomic::Ordering::Relaxed) > 0 {
        #[expect(
            clippy::print_stderr,
            reason = "the one place --verbose notes are printed"
        )]
        {
            eprintln!("newskg: {message}");
        }
    }
}
