//! Facts to quads: one named graph per document holding its metadata, how it spells the
//! entities it names and, for each fact, a fact node with provenance plus (for asserted facts)
//! the direct triple; and the entity index (class and name keys), shared by all documents.

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{
    GraphNameRef, LiteralRef, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Quad, QuadRef, TermRef,
};
use rustc_hash::FxHashSet;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::hash::{DefaultHasher, Hash, Hasher};

use crate::document::Document;
use crate::entity::{cached_key, iri, slug};
use crate::extract::dates::FuzzyDate;
use crate::extract::{EntityKind, Extraction, Modality, Object, Relation};
use crate::vocab::{ENTITY_GRAPH, ID_BASE, ext, nkg};

/// IRI of a document, which is also the name of its graph.
pub fn document_iri(id: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ID_BASE}doc/{}", slug(id)))
}

pub fn class(kind: EntityKind) -> NamedNodeRef<'static> {
    match kind {
        EntityKind::Person => nkg::PERSON,
        EntityKind::Organization => nkg::ORGANIZATION,
        EntityKind::Agency => nkg::AGENCY,
        EntityKind::Country => nkg::COUNTRY,
        EntityKind::Place => nkg::PLACE,
        EntityKind::Delegation => nkg::DELEGATION,
        EntityKind::Treaty => nkg::TREATY,
    }
}

pub fn property(relation: Relation) -> NamedNodeRef<'static> {
    match relation {
        Relation::HoldsRole => nkg::HOLDS_ROLE,
        Relation::Leads => nkg::LEADS,
        Relation::Visits => nkg::VISITS,
        Relation::SanctionedBy => nkg::SANCTIONED_BY,
        Relation::Signs => nkg::SIGNS,
        Relation::Meets => nkg::MEETS,
        Relation::MemberOf => nkg::MEMBER_OF,
    }
}

/// One document's entries of the entity index ([`ENTITY_GRAPH`]): each entity's class and the
/// lookup key of each of its spellings, with a 128-bit digest of each entry. Most entities recur
/// across articles, so the writer keeps the first of each (see [`IndexSeen`]) and builds quads
/// for those only.
pub struct IndexEntries(Vec<IndexedEntity>);

struct IndexedEntity {
    iri: String,
    kind: EntityKind,
    digest: u128,
    keys: Vec<(u128, String)>,
}

pub fn entity_index(extraction: &Extraction) -> IndexEntries {
    IndexEntries(
        extraction
            .entities
            .iter()
            .map(|e| {
                let iri = iri(e.kind, &e.key);
                let prefix = digest_prefix(&iri);
                // The cache extraction filled: a person's key was made there from the same name.
                // (The label is keyed only when no alias spells it: most are one of them.)
                let label = (!e.aliases.contains(&e.label)).then_some(&e.label);
                let keys: BTreeSet<String> = label
                    .into_iter()
                    .chain(&e.aliases)
                    .map(|name| cached_key(EntityKind::Person, name))
                    .collect();
                IndexedEntity {
                    digest: entry_digest_after(&prefix, ""),
                    keys: keys
                        .into_iter()
                        .map(|key| (entry_digest_after(&prefix, &key), key))
                        .collect(),
                    iri,
                    kind: e.kind,
                }
            })
            .collect(),
    )
}

/// A 128-bit digest of an index entry, so the seen set keeps 16 bytes per entry whatever the
/// name's length: SipHash's 256-bit state after the entry, finished twice (once after one more
/// byte), reads the entry once. Among ten million entries, the odds that any two collide (and
/// one entry goes unwritten) are about 1 in 10^24.
#[cfg(test)]
fn entry_digest(iri: &str, key: &str) -> u128 {
    let mut hasher = DefaultHasher::new();
    (iri, key).hash(&mut hasher);
    let first = hasher.finish();
    hasher.write_u8(1);
    u128::from(first) << 64 | u128::from(hasher.finish())
}

/// The hasher of [`entry_digest`] after an entity's IRI, the start of each of its entries:
/// hashed once per entity, not again for its class and each name key (the IRI is most of
/// every entry's bytes).
fn digest_prefix(iri: &str) -> DefaultHasher {
    let mut hasher = DefaultHasher::new();
    iri.hash(&mut hasher);
    hasher
}

/// [`entry_digest`] of the IRI `prefix` has hashed, and `key`: the same 128 bits, as a tuple's
/// hash is its fields' hashes in order.
fn entry_digest_after(prefix: &DefaultHasher, key: &str) -> u128 {
    let mut hasher = prefix.clone();
    key.hash(&mut hasher);
    let first = hasher.finish();
    hasher.write_u8(1);
    u128::from(first) << 64 | u128::from(hasher.finish())
}

/// The entity-index entries a writer has already written in this run: about 16 bytes per
/// distinct entity and spelling, 20-40 MB per million with the hash table's slack.
#[derive(Default)]
pub struct IndexSeen(FxHashSet<u128>);

impl IndexSeen {
    /// Hands `emit` the quads of the entries not written before, marking them written.
    pub fn emit_fresh(&mut self, entries: &IndexEntries, mut emit: impl FnMut(QuadRef<'_>)) {
        let graph = GraphNameRef::NamedNode(ENTITY_GRAPH);
        for e in &entries.0 {
            let node = NamedNodeRef::new_unchecked(&e.iri);
            if self.0.insert(e.digest) {
                emit(QuadRef::new(node, rdf::TYPE, class(e.kind), graph));
            }
            for (digest, key) in &e.keys {
                if self.0.insert(*digest) {
                    let key = LiteralRef::new_simple_literal(key);
                    emit(QuadRef::new(node, nkg::NAME_KEY, key, graph));
                }
            }
        }
    }
}

/// Builds the quads of one document's graph.
pub fn document_quads(doc: &Document, extraction: &Extraction, content_hash: &str) -> Vec<Quad> {
    let mut quads = Vec::new();
    for_each_document_quad(doc, extraction, content_hash, |q| {
        quads.push(q.into_owned())
    });
    quads
}

/// Hands each quad of one document's graph to `emit`, in [`document_quads`] order, with every
/// term borrowed: `extract` serialises them without building (and cloning into) `Quad`s.
pub fn for_each_document_quad(
    doc: &Document,
    extraction: &Extraction,
    content_hash: &str,
    mut emit: impl FnMut(QuadRef<'_>),
) {
    let doc_iri = document_iri(&doc.id);
    let graph = GraphNameRef::NamedNode(doc_iri.as_ref());
    let mut add = |s: NamedNodeRef<'_>, p: NamedNodeRef<'_>, o: TermRef<'_>| {
        emit(QuadRef::new(s, p, o, graph));
    };
    fn simple(value: &str) -> TermRef<'_> {
        LiteralRef::new_simple_literal(value).into()
    }

    let d = doc_iri.as_ref();
    add(d, rdf::TYPE, nkg::DOCUMENT.into());
    add(d, nkg::SOURCE_NAME, simple(&doc.id));
    add(d, ext::DCTERMS_TITLE, simple(&doc.title));
    add(d, nkg::CONTENT_HASH, simple(content_hash));
    if let Some(url) = &doc.url {
        add(d, ext::SCHEMA_URL, simple(url));
    }
    if let Some(published) = doc.published {
        let published = iso_date(published);
        add(
            d,
            ext::DCTERMS_ISSUED,
            LiteralRef::new_typed_literal(&published, xsd::DATE).into(),
        );
    }

    let entity_iris: Vec<NamedNode> = extraction
        .entities
        .iter()
        .map(|e| NamedNode::new_unchecked(iri(e.kind, &e.key)))
        .collect();
    for (e, node) in extraction.entities.iter().zip(&entity_iris) {
        let s = node.as_ref();
        add(s, rdfs::LABEL, simple(&e.label));
        // The label is a spelling already: only the others are alternative labels (SKOS keeps
        // the two disjoint), which spares a sixth of the store's quads.
        for alias in e.aliases.iter().filter(|alias| **alias != e.label) {
            add(s, ext::SKOS_ALT_LABEL, simple(alias));
        }
    }

    // Offsets count chars; facts come roughly in text order, so each count resumes from the
    // last one instead of rescanning the text from its start.
    let mut counted = (0, 0);
    let mut char_offset = |byte: usize| {
        let (from, chars) = if byte >= counted.0 { counted } else { (0, 0) };
        let chars = chars + doc.text[from..byte].chars().count();
        counted = (byte, chars);
        chars
    };
    let fact_prefix = format!("{ID_BASE}fact/{}-", slug(&doc.id));
    // Reused across facts: the object's N-Triples form, hashed into the fact's IRI.
    let mut object_text_buf = String::new();
    // (And the digits of each fact's confidence and offsets.)
    let mut confidence = String::new();
    let (mut start_buf, mut end_buf) = ([0; 20], [0; 20]);
    for fact in &extraction.facts {
        let subject = entity_iris[fact.subject].as_ref();
        let subject_label = &extraction.entities[fact.subject].label;
        let (object, object_text): (TermRef<'_>, &str) = match &fact.object {
            Object::Entity(o) => (
                entity_iris[*o].as_ref().into(),
                &extraction.entities[*o].label,
            ),
            Object::Role(title) => (simple(title), title),
        };
        let evidence = &doc.text[fact.evidence.clone()];
        object_text_buf.clear();
        push_term(&mut object_text_buf, object);
        let mut hasher = Sha256::new();
        for part in [
            fact.relation.name(),
            subject.as_str(),
            &object_text_buf,
            evidence,
        ] {
            hasher.update(part.as_bytes());
            hasher.update([0]);
        }
        if let Some(date) = fact.date {
            hasher.update(date.to_gold());
        }
        let mut fact_iri = String::with_capacity(fact_prefix.len() + 16);
        fact_iri.push_str(&fact_prefix);
        for &b in &hasher.finalize()[..8] {
            push_hex(&mut fact_iri, b);
        }
        let fact_node = NamedNode::new_unchecked(fact_iri);
        let f = fact_node.as_ref();
        let property = property(fact.relation);
        add(f, rdf::TYPE, nkg::FACT.into());
        add(f, nkg::RELATION, property.into());
        add(f, nkg::SUBJECT, subject.into());
        add(f, nkg::OBJECT, object);
        add(f, nkg::SUBJECT_TEXT, simple(subject_label));
        add(f, nkg::OBJECT_TEXT, simple(object_text));
        if let Object::Role(title) = &fact.object {
            add(f, nkg::ROLE, simple(title));
        }
        if let Some(at) = fact.role_at {
            add(f, nkg::ROLE_AT, entity_iris[at].as_ref().into());
            add(f, nkg::ROLE_AT_TEXT, simple(&extraction.entities[at].label));
        }
        if let Some((lexical, datatype)) = fact.date.and_then(|d| d.to_xsd()) {
            add(
                f,
                nkg::DATE,
                LiteralRef::new_typed_literal(&lexical, datatype).into(),
            );
        }
        let modality = match fact.modality {
            Modality::Asserted => nkg::ASSERTED,
            Modality::Hedged => nkg::HEDGED,
            Modality::Negated => nkg::NEGATED,
        };
        add(f, nkg::MODALITY, modality.into());
        confidence.clear();
        push_fixed2(&mut confidence, fact.confidence);
        add(
            f,
            nkg::CONFIDENCE,
            LiteralRef::new_typed_literal(&confidence, xsd::DECIMAL).into(),
        );
        add(f, nkg::EVIDENCE, simple(evidence));
        // As `Literal::from(i64)` writes them: the decimal digits, typed xsd:integer.
        let (start, end) = (
            char_offset(fact.evidence.start),
            char_offset(fact.evidence.end),
        );
        let start = decimal(&mut start_buf, start as u64);
        let end = decimal(&mut end_buf, end as u64);
        add(
            f,
            nkg::START_OFFSET,
            LiteralRef::new_typed_literal(start, xsd::INTEGER).into(),
        );
        add(
            f,
            nkg::END_OFFSET,
            LiteralRef::new_typed_literal(end, xsd::INTEGER).into(),
        );
        add(f, nkg::RULE, simple(fact.rule));
        add(f, ext::PROV_WAS_DERIVED_FROM, d.into());
        // Hedged and denied claims stay on their fact node only.
        if fact.modality == Modality::Asserted {
            add(subject, property, object);
        }
    }
}

/// One quad as an N-Quads line, as Oxigraph's N-Quads serializer writes it (`{quad} .`).
///
/// IRIs and plain or typed literals (all `extract` writes) are pushed straight into the
/// `String`, a literal in runs between escapes: through `Display`, each of its characters was
/// a `write_char` call, which made formatting a sixth of `extract`'s work. Anything else goes
/// through `Display`. A test checks the two agree.
pub fn write_nquad(text: &mut String, quad: QuadRef<'_>) {
    match quad.subject {
        NamedOrBlankNodeRef::NamedNode(node) => push_iri(text, node),
        subject => push_display(text, subject),
    }
    text.push(' ');
    push_iri(text, quad.predicate);
    text.push(' ');
    push_term(text, quad.object);
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

/// `term` as its `Display` writes it (N-Triples).
fn push_term(text: &mut String, term: TermRef<'_>) {
    match term {
        TermRef::NamedNode(node) => push_iri(text, node),
        TermRef::Literal(literal) if literal.language().is_none() => {
            push_quoted(text, literal.value());
            // Oxigraph's constructors keep xsd:string literals plain: those print no type.
            if literal.datatype() != xsd::STRING {
                text.push_str("^^");
                push_iri(text, literal.datatype());
            }
        }
        term => push_display(text, term),
    }
}

/// `value` quoted and escaped as Oxigraph's `print_quoted_str` does it.
fn push_quoted(text: &mut String, value: &str) {
    text.push('"');
    // Most values need no escape: one pass over their bytes settles it. (U+FFFE and U+FFFF
    // start with 0xEF in UTF-8.) A fold with no early exit, which the compiler turns into
    // SIMD: `any` stepped through the bytes one at a time, and most values have no escape
    // to stop at.
    let escapes = value.bytes().fold(false, |found, b| {
        found | (b < 0x20) | (b == b'"') | (b == b'\\') | (b == 0x7F) | (b == 0xEF)
    });
    if !escapes {
        text.push_str(value);
        text.push('"');
        return;
    }
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

/// Pushes `value` as `format!("{value:.2}")` writes it. (Digit by digit: a confidence is
/// written for every fact, and the formatting machinery cost a thousand instructions each.)
fn push_fixed2(text: &mut String, value: f32) {
    // A non-negative f32 times 100 is exact in an f64 (24 bits of mantissa times 7), so its
    // rounding to a whole number is read off exactly; a tie, a sign or a large value is
    // left to `format!`, whose rules for them this need not copy.
    let hundredths = f64::from(value) * 100.0;
    let whole = hundredths.floor();
    let fraction = hundredths - whole;
    if !(value.is_sign_positive() && hundredths < 1e15) || fraction == 0.5 {
        let _ = write!(text, "{value:.2}");
        return;
    }
    // (Below 10^15, the whole number fits a u64 exactly.)
    let n = whole as u64 + u64::from(fraction > 0.5);
    let mut digits = [0; 20];
    text.push_str(decimal(&mut digits, n / 100));
    text.push('.');
    let cents = (n % 100) as u8;
    text.push(char::from(b'0' + cents / 10));
    text.push(char::from(b'0' + cents % 10));
}

/// The decimal digits of `n` as `to_string` writes them, written into the end of `buf`. (No
/// `String` for each: two offsets are written for every fact.)
fn decimal(buf: &mut [u8; 20], n: u64) -> &str {
    let mut rest = n;
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    // (ASCII digits are UTF-8.)
    std::str::from_utf8(&buf[at..]).unwrap_or_default()
}

/// `date` as its `Display` writes it (`2025-03-04`), written digit by digit as a fact's date is
/// for years of four digits. (Written for every article's graph and its content hash.)
pub(crate) fn iso_date(date: jiff::civil::Date) -> String {
    if (0..=9999).contains(&date.year()) {
        FuzzyDate::from_date(date).to_gold()
    } else {
        date.to_string()
    }
}

/// Pushes `byte` as `{:02x}` writes it. (By table: a `write!` for each byte of every fact's
/// IRI cost more than the rest of the IRI.)
pub(crate) fn push_hex(text: &mut String, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    text.push(char::from(HEX[usize::from(byte >> 4)]));
    text.push(char::from(HEX[usize::from(byte & 0xF)]));
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::BlankNodeRef;

    proptest::proptest! {
        /// An entry's digest after its IRI's hasher is the digest of the whole entry.
        #[test]
        fn entry_digests_after_the_iri_are_the_entries(
            iri in "(?:https://w3id.org/newskg/id/person/|[a-z0-9-]|\u{e9}){0,12}",
            key in "(?:[a-z0-9 -]|\u{e9}|\u{ff}){0,10}",
        ) {
            proptest::prop_assert_eq!(
                entry_digest_after(&digest_prefix(&iri), &key),
                entry_digest(&iri, &key)
            );
            proptest::prop_assert_eq!(
                entry_digest_after(&digest_prefix(&iri), ""),
                entry_digest(&iri, "")
            );
        }
    }

    proptest::proptest! {
        /// A confidence is written as `{:.2}` writes it, whatever the value.
        #[test]
        fn fixed2_is_written_as_by_format(value in proptest::num::f32::ANY) {
            let mut text = String::new();
            push_fixed2(&mut text, value);
            proptest::prop_assert_eq!(text, format!("{value:.2}"));
        }

        /// Near every hundredth, where rounding is settled.
        #[test]
        fn fixed2_near_hundredths_is_written_as_by_format(n in 0u32..100_000, step in -3i32..=3) {
            let value = f32::from_bits((n as f32 / 100.0).to_bits().wrapping_add_signed(step));
            let mut text = String::new();
            push_fixed2(&mut text, value);
            proptest::prop_assert_eq!(text, format!("{value:.2}"));
        }

        #[test]
        fn offsets_are_written_as_by_to_string(n in proptest::num::u64::ANY) {
            let mut digits = [0; 20];
            proptest::prop_assert_eq!(decimal(&mut digits, n), n.to_string());
        }

        #[test]
        fn dates_are_written_as_by_display(days in -7_000_000i32..7_000_000) {
            let date = jiff::civil::date(1970, 1, 1)
                .checked_add(jiff::Span::new().days(days))
                .unwrap_or(jiff::civil::Date::MAX);
            proptest::prop_assert_eq!(iso_date(date), date.to_string());
        }
    }

    #[test]
    fn fixed2_ties_and_edges_are_written_as_by_format() {
        // Ties (the dyadic eighths), near-ties, the rules' values, and values `format!` keeps.
        let ties = [0.125f32, 0.375, 0.625, 0.875, 0.005, 0.015, 0.995];
        let rules = [0.0f32, 1.0, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
        let large = [1e14f32, 1e15, 1e20, f32::MAX];
        let others = [-0.0f32, -0.85, f32::MIN_POSITIVE, f32::INFINITY, f32::NAN];
        let edges = [ties.as_slice(), &rules, &large, &others].concat();
        for value in edges {
            let mut text = String::new();
            push_fixed2(&mut text, value);
            assert_eq!(text, format!("{value:.2}"), "{value:e}");
        }
    }

    #[test]
    fn bytes_are_pushed_in_hex_as_format_writes_them() {
        for b in 0..=u8::MAX {
            let mut text = String::new();
            push_hex(&mut text, b);
            assert_eq!(text, format!("{b:02x}"));
        }
    }

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
