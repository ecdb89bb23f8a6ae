//! Command-line interface (clap derive only); doc comments are the `--help` text.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

use crate::sparql::OutputFormat;

/// Build a queryable knowledge graph of people, roles, delegations, visits, sanctions, treaties
/// and meetings from news articles.
#[derive(Debug, Parser)]
#[command(name = "newskg", version, about)]
pub struct Cli {
    /// Store directory (an Oxigraph RocksDB store, created by `ingest`)
    #[arg(
        long,
        global = true,
        env = "NEWSKG_STORE",
        default_value = "newskg-store"
    )]
    pub store: PathBuf,

    /// Print only data and errors: no progress bar, summary or warnings (the exit status tells)
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Also say on stderr what is being done (store opened, each batch and its commit)
    #[arg(long, short, global = true)]
    pub verbose: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract facts from articles and add them to the store (one transaction per article)
    Ingest {
        /// Files or folders (recursively) of .txt and .jsonl articles; `-` reads standard input
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Write the summary as one JSON object (for scripts) instead of text
        #[arg(long)]
        json: bool,
        /// Commit new documents once this many quads wait (checked after each batch of 512
        /// documents): fewer commits merge less in RocksDB and ingest faster; a crash loses
        /// the uncommitted documents, never part of one
        #[arg(long, value_name = "QUADS", default_value_t = 4_000_000)]
        commit_every: usize,
    },
    /// Extract facts without a store, streaming them to stdout (the map step of a batch job)
    Extract {
        /// Files or folders of .txt and .jsonl articles; `-` reads standard input
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// N-Quads (one graph per document, as `ingest` would store it) or gold-shaped facts
        #[arg(long, value_enum, default_value_t = ExtractFormat::Nquads)]
        format: ExtractFormat,
    },
    /// Import RDF files (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD) with the bulk loader
    Load {
        /// Files; the format comes from the extension
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Graph for triple formats [default: the file's `file://` IRI]
        #[arg(long)]
        graph: Option<String>,
    },
    /// Write a deterministic synthetic corpus (corpus.jsonl) and the facts it planted (gold.tsv)
    GenCorpus {
        /// Number of articles
        #[arg(long, default_value_t = 1000)]
        articles: usize,
        /// Random seed; the same seed gives the same corpus
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Output folder, or `-` for the JSONL alone on stdout
        #[arg(long)]
        out: PathBuf,
    },
    /// Run a SPARQL query over all documents' graphs
    Query {
        /// The query text (or use --file)
        sparql: Option<String>,
        /// Read the query from this file
        #[arg(long, short)]
        file: Option<PathBuf>,
        /// Output format [default: table on a terminal, tsv otherwise; turtle for CONSTRUCT]
        #[arg(long)]
        format: Option<OutputFormat>,
        /// Stop the query after this many seconds
        #[arg(long, value_name = "SECONDS")]
        timeout: Option<f64>,
    },
    /// Run a saved report from queries/
    Report {
        /// Report name (see --list)
        #[arg(required_unless_present = "list")]
        name: Option<String>,
        /// List the reports with their descriptions and parameters
        #[arg(long)]
        list: bool,
        /// Report parameter, KEY=VALUE (bound as a literal, never spliced into the query)
        #[arg(long = "param", short = 'p')]
        params: Vec<String>,
        /// Output format [default: table on a terminal, tsv otherwise]
        #[arg(long)]
        format: Option<OutputFormat>,
        /// Stop the query after this many seconds
        #[arg(long, value_name = "SECONDS")]
        timeout: Option<f64>,
    },
    /// Write the graph as RDF, or draw it for Graphviz
    Export {
        /// Turtle, N-Triples and RDF/XML merge all documents; TriG, N-Quads and JSON-LD keep one
        /// graph per document; dot draws the entities and their asserted facts
        #[arg(long, value_enum, default_value_t = ExportFormat::Turtle)]
        format: ExportFormat,
        /// Write to this file instead of standard output
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// With `--format dot`: only this entity (any spelling) and its direct neighbours
        #[arg(long, value_name = "NAME")]
        entity: Option<String>,
    },
    /// Count documents, entities by type, facts by relation, and triples
    Stats {
        /// Write the counts as one JSON object (for scripts) instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Remove documents (by file name or JSONL id) and everything they contributed
    Remove {
        #[arg(required = true)]
        ids: Vec<String>,
    },
    /// Check the store: Oxigraph's index consistency and the graph's invariants
    Verify,
    /// Score the store's facts against a gold TSV file
    Eval {
        /// Gold facts: `article relation subject object extra evidence`, with a header line
        #[arg(long)]
        gold: PathBuf,
        /// Aliases to fold (`canonical alias type`); default: aliases.tsv beside the gold file
        #[arg(long)]
        aliases: Option<PathBuf>,
        /// Exit with status 1 when overall F1 is below this
        #[arg(long)]
        min_f1: Option<f64>,
    },
    /// Answer SPARQL 1.1 Protocol queries and saved reports over HTTP, with a page at `/`
    Serve {
        /// Address to listen on (HOST:PORT)
        #[arg(long, default_value = "127.0.0.1:7878")]
        bind: String,
        /// Allow SPARQL Update at `/update` (opens the store for writing, which locks it)
        #[arg(long)]
        writable: bool,
        /// Stop each query after this many seconds
        #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
        timeout: f64,
    },
    /// Send every graph of the store to a SPARQL 1.1 server (Graph Store Protocol, resumable)
    Push {
        /// The server's SPARQL query endpoint, asked what it already holds (e.g. http://host:7878/query)
        #[arg(long)]
        endpoint: String,
        /// The server's Graph Store Protocol URL [default: the endpoint's `…/query` as `…/store`]
        #[arg(long, value_name = "URL")]
        graph_store: Option<String>,
        /// Graphs per batch (progress is reported per batch with --verbose)
        #[arg(long, default_value_t = 100)]
        batch: usize,
        /// Send every graph, even those the server already holds unchanged
        #[arg(long)]
        force: bool,
    },
    /// Print a shell completion script: `newskg completions bash > /etc/bash_completion.d/newskg`
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), or write one page per command into a folder
    Man {
        /// Write newskg.1 and newskg-COMMAND.1 pages here instead of printing newskg.1
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// What `extract` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Nquads,
    FactsTsv,
}

/// RDF formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Turtle,
    Trig,
    Ntriples,
    Nquads,
    Rdfxml,
    Jsonld,
    /// Graphviz: `newskg export --format dot | dot -Tsvg > graph.svg`
    Dot,
}
