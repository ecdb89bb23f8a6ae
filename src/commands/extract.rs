//! `newskg extract`: extraction alone, streamed to stdout with no store — the map step of a
//! batch job, and the measure of the extractor's own speed.

use anyhow::Result;
use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphNameRef, NamedNodeRef, NamedOrBlankNodeRef, QuadRef, TermRef};
use rayon::prelude::*;
use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use super::{Outcome, read_in_batches};
use crate::cli::ExtractFormat;
use crate::{extract, rdf};

pub fn run(paths: &[PathBuf], format: ExtractFormat) -> Result<Outcome> {
    let stdout = std::io::stdout().lock();
    let errors = match format {
        ExtractFormat::Nquads => {
            let mut out = BufWriter::new(stdout);
            let mut index_seen = rdf::IndexSeen::default();
            let errors = read_in_batches(paths, |docs| {
                // Each worker writes its documents' N-Quads text; this thread copies it out and
                // writes the entity-index quads no earlier document wrote.
                let texts: Vec<(Vec<u8>, rdf::IndexEntries)> = docs
                    .par_iter()
                    .map(|doc| {
                        // N-Quads run ~11 times the article's text on the generated corpus;
                        // reserving that up front spares the string's regrowth copies.
                        let mut text = String::with_capacity(doc.text.len() * 12);
                        let extraction = extract::extract(doc);
                        rdf::for_each_document_quad(doc, &extraction, &doc.content_hash(), |q| {
                            write_nquad(&mut text, q);
                        });
                        Ok((text.into_bytes(), rdf::entity_index(&extraction)))
                    })
                    .collect::<std::io::Result<_>>()?;
                let mut index_text = String::new();
                for (text, index) in texts {
                    out.write_all(&text)?;
                    index_text.clear();
                    index_seen.emit_fresh(&index, |q| write_nquad(&mut index_text, q));
                    out.write_all(index_text.as_bytes())?;
                }
                Ok(())
            })?;
            out.flush()?;
            errors
        }
        ExtractFormat::FactsTsv => {
            let mut out = BufWriter::new(stdout);
            writeln!(out, "article\trelation\tsubject\tobject\textra\tevidence")?;
            let errors = read_in_batches(paths, |docs| {
                let rows: Vec<_> = docs
                    .par_iter()
                    .map(|doc| extract::fact_rows(doc, &extract::extract(doc)))
                    .collect();
                for row in rows.iter().flatten() {
                    writeln!(out, "{}", row.join("\t"))?;
                }
                Ok(())
            })?;
            out.flush()?;
            errors
        }
    };
    Ok(if errors.is_empty() {
        Outcome::Success
    } else {
        Outcome::Partial
    })
}

/// One quad as an N-Quads line, as Oxigraph's N-Quads serializer writes it (`{quad} .`).
///
/// IRIs and plain or typed literals (all `extract` writes) are pushed straight into the
/// `String`, a literal in runs between escapes: through `Display`, each of its characters was
/// a `write_char` call, which made formatting a third of `extract`'s work. Anything else goes
/// through `Display`. A test checks the two agree.
fn write_nquad(text: &mut String, quad: QuadRef<'_>) {
    match quad.subject {
        NamedOrBlankNodeRef::NamedNode(node) => push_iri(text, node),
        subject => push_display(text, subject),
    }
    text.push(' ');
    push_iri(text, quad.predicate);
    text.push(' ');
    match quad.object {
        TermRef::NamedNode(node) => push_iri(text, node),
        TermRef::Literal(literal) if literal.language().is_none() => {
            push_quoted(text, literal.value());
            // Oxigraph's constructors keep xsd:string literals plain: those print no type.
            if literal.datatype() != xsd::STRING {
                text.push_str("^^");
                push_iri(text, literal.datatype());
            }
        }
        object => push_display(text, object),
    }
    match quad.graph_name {
        GraphNameRef::DefaultGraph => {}
        GraphNameRef::NamedNode(node) => {
            text.push(' ');
            push_iri(text, node);
        }
        graph => {
            text.push(' ');
            push_display(text, graph);
        }
    }
    text.push_str(" .\n");
}

fn push_iri(text: &mut String, node: NamedNodeRef<'_>) {
    text.push('<');
    text.push_str(node.as_str());
    text.push('>');
}

fn push_display(text: &mut String, term: impl std::fmt::Display) {
    // Writing to a `String` cannot fail.
    let _ = write!(text, "{term}");
}

/// `value` quoted and escaped as Oxigraph's `print_quoted_str` does it.
fn push_quoted(text: &mut String, value: &str) {
    text.push('"');
    let mut from = 0;
    for (at, c) in value.char_indices() {
        let escape = match c {
            '\u{8}' => "\\b",
            '\t' => "\\t",
            '\n' => "\\n",
            '\u{C}' => "\\f",
            '\r' => "\\r",
            '"' => "\\\"",
            '\\' => "\\\\",
            '\0'..='\u{1F}' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}' => "",
            _ => continue,
        };
        text.push_str(&value[from..at]);
        if escape.is_empty() {
            let _ = write!(text, "\\u{:04X}", u32::from(c));
        } else {
            text.push_str(escape);
        }
        from = at + c.len_utf8();
    }
    text.push_str(&value[from..]);
    text.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{BlankNodeRef, LiteralRef};

    #[test]
    fn quads_are_written_as_oxigraph_displays_them() {
        let s = NamedNodeRef::new_unchecked("http://example.com/s");
        let p = NamedNodeRef::new_unchecked("http://example.com/p");
        let g = GraphNameRef::NamedNode(NamedNodeRef::new_unchecked("http://example.com/g"));
        let value = "Ana \"Ruiz\" \\ a\tb\nc\r\u{8}\u{C}\u{1}\u{7F}\u{FFFE}\u{FFFF}\u{e9}\u{2019}";
        let objects: [TermRef<'_>; 6] = [
            s.into(),
            LiteralRef::new_simple_literal(value).into(),
            LiteralRef::new_typed_literal("12", xsd::INTEGER).into(),
            LiteralRef::new_typed_literal("x", xsd::STRING).into(),
            LiteralRef::new_language_tagged_literal_unchecked(value, "en").into(),
            BlankNodeRef::new_unchecked("b1").into(),
        ];
        for o in objects {
            for graph in [g, GraphNameRef::DefaultGraph] {
                let quad = QuadRef::new(s, p, o, graph);
                let mut text = String::new();
                write_nquad(&mut text, quad);
                assert_eq!(text, format!("{quad} .\n"));
            }
        }
    }
}
