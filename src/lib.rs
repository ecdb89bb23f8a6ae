//! newskg: news text → facts → RDF in an embedded Oxigraph store → SPARQL.
//!
//! Stages, one module each: [`document`] reads articles, [`extract`] finds entities and facts
//! (pure, no storage), [`entity`] mints identities, [`rdf`] turns facts into quads, [`store`]
//! writes them, [`sparql`] and [`report`] answer questions, [`eval`] scores against gold facts.

pub mod cli;
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

/// Prints a warning on standard error.
pub fn warn(message: &str) {
    #[expect(clippy::print_stderr, reason = "the one place warnings are printed")]
    {
        eprintln!("newskg: warning: {message}");
    }
}
