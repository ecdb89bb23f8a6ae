//! `newskg gen-corpus`: a deterministic synthetic corpus with the facts it planted, for
//! benchmarks and a quality check at scale.

use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::{BufWriter, Write};
use std::path::Path;

use super::Outcome;
use crate::corpus::{Generator, to_jsonl};

/// Articles generated in parallel per step; output stays in index order.
const STEP: usize = 1024;

pub fn run(articles: usize, seed: u64, out: &Path) -> Result<Outcome> {
    let generator = Generator::new(seed);
    let to_stdout = out.as_os_str() == "-";
    let (mut corpus, mut gold): (Box<dyn Write>, Option<Box<dyn Write>>) = if to_stdout {
        (Box::new(BufWriter::new(std::io::stdout().lock())), None)
    } else {
        std::fs::create_dir_all(out)
            .with_context(|| format!("cannot create `{}`", out.display()))?;
        let create = |name: &str| -> Result<Box<dyn Write>> {
            let path = out.join(name);
            let file = std::fs::File::create(&path)
                .with_context(|| format!("cannot create `{}`", path.display()))?;
            Ok(Box::new(BufWriter::new(file)))
        };
        (create("corpus.jsonl")?, Some(create("gold.tsv")?))
    };
    if let Some(gold) = gold.as_mut() {
        writeln!(gold, "article\trelation\tsubject\tobject\textra\tevidence")?;
    }
    for start in (0..articles).step_by(STEP) {
        let batch: Vec<_> = (start..articles.min(start + STEP))
            .into_par_iter()
            .map(|i| generator.article(i))
            .collect();
        for article in &batch {
            corpus.write_all(to_jsonl(article).as_bytes())?;
            if let Some(gold) = gold.as_mut() {
                for row in &article.gold {
                    writeln!(
                        gold,
                        "{}\t{}\t{}\t{}\t{}\t{}",
                        row.article, row.relation, row.subject, row.object, row.extra, row.evidence
                    )?;
                }
            }
        }
    }
    corpus.flush()?;
    if let Some(mut gold) = gold {
        gold.flush()?;
    }
    Ok(Outcome::Success)
}
