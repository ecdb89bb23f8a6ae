//! The `newskg` binary: parse arguments, run the command, map the outcome to an exit code
//! (0 ok, 1 some input failed or quality below target, 2 fatal or usage error).

use clap::Parser;
use std::process::ExitCode;

use newskg::cli::Cli;
use newskg::commands::{self, Outcome};

/// mimalloc, not glibc malloc: ingest allocates and frees millions of small index keys and
/// strings per second across threads, where glibc spent a tenth of the CPU time. It replaces
/// `malloc` for the C++ of RocksDB too ("override"): Oxigraph frees RocksDB's error strings
/// with Rust's allocator, so the two must be one allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match commands::run(cli) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Partial) => ExitCode::from(1),
        Err(e) => {
            // A closed pipe (`newskg export | head`) is not an error.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            #[expect(clippy::print_stderr, reason = "the fatal error message")]
            {
                eprintln!("newskg: {e:#}");
            }
            ExitCode::from(2)
        }
    }
}
