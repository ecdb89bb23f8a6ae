//! Scoring extracted facts against a gold file (the format of `gold-seeds.tsv`).
//!
//! Matching follows the corpus README: same article and relation; subject and object equal after
//! lower-casing, deleting punctuation (typographic quotes included), hyphens and whitespace, then
//! folding aliases; `holds_role` also needs the role title (its organisation is scored
//! separately); dates are scored separately where gold has one (`XXXX` = any year). Pairing is
//! one-to-one.

use anyhow::{Context, Result};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::extract::Relation;
use crate::extract::dates::FuzzyDate;

/// One fact row: `article relation subject object extra evidence`.
#[derive(Debug, Clone)]
pub struct Row {
    pub article: String,
    pub relation: String,
    pub subject: String,
    pub object: String,
    pub extra: String,
    pub evidence: String,
    /// The rule's confidence, for predictions (1 for gold rows).
    pub confidence: f64,
}

/// Reads a gold-format TSV (header first).
pub fn read_rows(path: &Path) -> Result<Vec<Row>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read gold file `{}`", path.display()))?;
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() < 4 {
            anyhow::bail!(
                "{}:{}: expected 6 tab-separated columns (article relation subject object extra evidence)",
                path.display(),
                n + 1
            );
        }
        let cell = |i: usize| cells.get(i).copied().unwrap_or("").to_owned();
        rows.push(Row {
            article: cell(0),
            relation: cell(1),
            subject: cell(2),
            object: cell(3),
            extra: cell(4),
            evidence: cell(5),
            confidence: 1.0,
        });
    }
    Ok(rows)
}

/// Alias folding: normalised alias -> normalised canonical.
pub fn read_aliases(path: &Path) -> Result<HashMap<String, String>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read aliases file `{}`", path.display()))?;
    Ok(text
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut cells = l.split('\t');
            Some((normalise(cells.nth(1)?), normalise(l.split('\t').next()?)))
        })
        .collect())
}

/// Lower case, with punctuation, hyphens and whitespace deleted.
pub fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn fold(s: &str, aliases: &HashMap<String, String>) -> String {
    let n = normalise(s);
    aliases.get(&n).cloned().unwrap_or(n)
}

fn date_matches(gold: &str, predicted: &str) -> bool {
    match (
        FuzzyDate::parse_gold(gold),
        FuzzyDate::parse_gold(predicted),
    ) {
        (Some(g), Some(p)) => {
            (g.year.is_none() || g.year == p.year) && g.month == p.month && g.day == p.day
        }
        _ => false,
    }
}

#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    predicted: usize,
    matched: usize,
    extra_total: usize,
    extra_right: usize,
}

impl Counts {
    fn scores(&self) -> (f64, f64, f64) {
        let p = if self.predicted == 0 {
            0.0
        } else {
            self.matched as f64 / self.predicted as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            self.matched as f64 / self.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

/// The outcome of an evaluation.
pub struct Evaluation {
    pub report: String,
    pub f1: f64,
}

/// One-to-one pairing of predictions with gold facts.
struct Pairing<'a> {
    counts: HashMap<&'static str, Counts>,
    misses: Vec<&'a Row>,
    false_positives: Vec<&'a Row>,
}

fn pair<'a>(
    gold: &'a [Row],
    predicted: &[&'a Row],
    aliases: &HashMap<String, String>,
) -> Pairing<'a> {
    let key = |r: &Row| {
        (
            r.article.clone(),
            r.relation.clone(),
            fold(&r.subject, aliases),
            fold(&r.object, aliases),
        )
    };
    let mut used = vec![false; predicted.len()];
    // Predictions indexed by key, in order, so pairing is linear in the number of facts.
    let mut by_key: HashMap<_, std::collections::VecDeque<usize>> = HashMap::new();
    for (i, p) in predicted.iter().enumerate() {
        by_key.entry(key(p)).or_default().push_back(i);
    }
    let mut counts: HashMap<&'static str, Counts> = HashMap::new();
    let mut misses = Vec::new();
    for g in gold {
        let c = counts.entry(relation_name(&g.relation)).or_default();
        c.gold += 1;
        let Some(i) = by_key.get_mut(&key(g)).and_then(|queue| queue.pop_front()) else {
            misses.push(g);
            continue;
        };
        used[i] = true;
        c.matched += 1;
        if !g.extra.is_empty() {
            c.extra_total += 1;
            let right = if g.relation == "holds_role" {
                fold(&g.extra, aliases) == fold(&predicted[i].extra, aliases)
            } else {
                date_matches(&g.extra, &predicted[i].extra)
            };
            c.extra_right += usize::from(right);
        }
    }
    for p in predicted {
        counts
            .entry(relation_name(&p.relation))
            .or_default()
            .predicted += 1;
    }
    let false_positives = predicted
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(p, _)| *p)
        .collect();
    Pairing {
        counts,
        misses,
        false_positives,
    }
}

fn total(counts: &HashMap<&'static str, Counts>) -> Counts {
    counts.values().fold(Counts::default(), |t, c| Counts {
        gold: t.gold + c.gold,
        predicted: t.predicted + c.predicted,
        matched: t.matched + c.matched,
        extra_total: t.extra_total + c.extra_total,
        extra_right: t.extra_right + c.extra_right,
    })
}

/// Scores `predicted` against `gold`, only on articles the gold file covers: a table per
/// relation, overall figures at a few confidence thresholds, then every miss and false positive.
pub fn evaluate(gold: &[Row], predicted: &[Row], aliases: &HashMap<String, String>) -> Evaluation {
    let articles: std::collections::HashSet<&str> =
        gold.iter().map(|r| r.article.as_str()).collect();
    let predicted: Vec<&Row> = predicted
        .iter()
        .filter(|r| articles.contains(r.article.as_str()) && relation_name(&r.relation) != "other")
        .collect();
    let pairing = pair(gold, &predicted, aliases);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<14} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}  extra (org/date) right",
        "relation", "gold", "pred", "match", "P", "R", "F1"
    );
    let line = |out: &mut String, name: &str, c: Counts| {
        let (p, r, f) = c.scores();
        let _ = writeln!(
            out,
            "{name:<14} {:>5} {:>5} {:>5} {p:>6.3} {r:>6.3} {f:>6.3}  {}/{}",
            c.gold, c.predicted, c.matched, c.extra_right, c.extra_total
        );
    };
    for relation in Relation::ALL {
        line(
            &mut out,
            relation.name(),
            pairing
                .counts
                .get(relation.name())
                .copied()
                .unwrap_or_default(),
        );
    }
    let overall = total(&pairing.counts);
    line(&mut out, "overall", overall);
    let _ = writeln!(out, "\nby confidence (facts at or above the threshold):");
    for threshold in [0.5, 0.6, 0.7, 0.8, 0.9] {
        let kept: Vec<&Row> = predicted
            .iter()
            .copied()
            .filter(|p| p.confidence >= threshold)
            .collect();
        line(
            &mut out,
            &format!(">= {threshold:.1}"),
            total(&pair(gold, &kept, aliases).counts),
        );
    }
    let _ = writeln!(out, "\nmisses ({}):", pairing.misses.len());
    for g in &pairing.misses {
        let _ = writeln!(
            out,
            "  {}\t{}\t{}\t{}\t{}",
            g.article, g.relation, g.subject, g.object, g.extra
        );
    }
    let _ = writeln!(
        out,
        "\nfalse positives ({}):",
        pairing.false_positives.len()
    );
    for p in &pairing.false_positives {
        let evidence: String = p.evidence.chars().take(100).collect();
        let _ = writeln!(
            out,
            "  {}\t{}\t{}\t{}\t{}\t{evidence}",
            p.article, p.relation, p.subject, p.object, p.extra
        );
    }
    Evaluation {
        report: out,
        f1: overall.scores().2,
    }
}

fn relation_name(name: &str) -> &'static str {
    Relation::ALL
        .iter()
        .map(|r| r.name())
        .find(|r| *r == name)
        .unwrap_or("other")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(article: &str, relation: &str, s: &str, o: &str, extra: &str) -> Row {
        Row {
            confidence: 1.0,
            article: article.into(),
            relation: relation.into(),
            subject: s.into(),
            object: o.into(),
            extra: extra.into(),
            evidence: String::new(),
        }
    }

    #[test]
    fn matching_normalises_and_folds_aliases() {
        let aliases = HashMap::from([(normalise("U.S."), normalise("United States"))]);
        let gold = [
            row("a", "sanctioned_by", "Acme Co", "United States", "2016"),
            row("a", "meets", "X Y", "Z W", ""),
        ];
        let predicted = [
            row("a", "sanctioned_by", "ACME co.", "U.S.", "2016"),
            row("a", "meets", "Q", "R", ""),
        ];
        let e = evaluate(&gold, &predicted, &aliases);
        assert!((e.f1 - 0.5).abs() < 1e-9, "{}", e.report);
        assert!(e.report.contains("sanctioned_by"));
    }

    #[test]
    fn unknown_year_matches_any_year() {
        assert!(date_matches("XXXX-06-19", "2024-06-19"));
        assert!(!date_matches("2024-06-19", "2024-06"));
    }
}
