//! Facts to quads: one named graph per document holding its metadata, the entities it names
//! and, for each fact, a fact node with provenance plus (for asserted facts) the direct triple.

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

use crate::document::Document;
use crate::entity::{iri, person_key, slug};
use crate::extract::{EntityKind, Extraction, Modality, Object, Relation};
use crate::vocab::{ID_BASE, ext, nkg};

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

/// Builds the quads of one document's graph.
pub fn document_quads(doc: &Document, extraction: &Extraction, content_hash: &str) -> Vec<Quad> {
    let doc_iri = document_iri(&doc.id);
    let graph = GraphName::NamedNode(doc_iri.clone());
    let mut quads = Vec::new();
    let mut add = |s: NamedOrBlankNode, p: NamedNodeRef<'_>, o: Term| {
        quads.push(Quad::new(s, p, o, graph.clone()))
    };

    let d: NamedOrBlankNode = doc_iri.clone().into();
    add(d.clone(), rdf::TYPE, nkg::DOCUMENT.into());
    add(
        d.clone(),
        nkg::SOURCE_NAME,
        Literal::new_simple_literal(&doc.id).into(),
    );
    add(
        d.clone(),
        ext::DCTERMS_TITLE,
        Literal::new_simple_literal(&doc.title).into(),
    );
    add(
        d.clone(),
        nkg::CONTENT_HASH,
        Literal::new_simple_literal(content_hash).into(),
    );
    if let Some(url) = &doc.url {
        add(
            d.clone(),
            ext::SCHEMA_URL,
            Literal::new_simple_literal(url).into(),
        );
    }
    if let Some(published) = doc.published {
        add(
            d.clone(),
            ext::DCTERMS_ISSUED,
            Literal::new_typed_literal(published.to_string(), xsd::DATE).into(),
        );
    }

    let entity_iris: Vec<NamedNode> = extraction
        .entities
        .iter()
        .map(|e| NamedNode::new_unchecked(iri(e.kind, &e.key)))
        .collect();
    for (e, node) in extraction.entities.iter().zip(&entity_iris) {
        let s: NamedOrBlankNode = node.clone().into();
        add(s.clone(), rdf::TYPE, class(e.kind).into());
        add(
            s.clone(),
            rdfs::LABEL,
            Literal::new_simple_literal(&e.label).into(),
        );
        // Each spelling once: the label is usually among the aliases too.
        let names: std::collections::BTreeSet<&String> =
            e.aliases.iter().chain([&e.label]).collect();
        let mut keys = std::collections::BTreeSet::new();
        for alias in names {
            add(
                s.clone(),
                ext::SKOS_ALT_LABEL,
                Literal::new_simple_literal(alias).into(),
            );
            keys.insert(person_key(alias));
        }
        for key in keys {
            add(
                s.clone(),
                nkg::NAME_KEY,
                Literal::new_simple_literal(key).into(),
            );
        }
    }

    let char_offset = |byte: usize| doc.text[..byte].chars().count();
    for fact in &extraction.facts {
        let subject = &entity_iris[fact.subject];
        let subject_label = &extraction.entities[fact.subject].label;
        let (object, object_text): (Term, &str) = match &fact.object {
            Object::Entity(o) => (
                entity_iris[*o].clone().into(),
                &extraction.entities[*o].label,
            ),
            Object::Role(title) => (Literal::new_simple_literal(title).into(), title),
        };
        let evidence = &doc.text[fact.evidence.clone()];
        let mut hasher = Sha256::new();
        for part in [
            fact.relation.name(),
            subject.as_str(),
            &object.to_string(),
            evidence,
        ] {
            hasher.update(part.as_bytes());
            hasher.update([0]);
        }
        if let Some(date) = fact.date {
            hasher.update(date.to_gold());
        }
        let hash: String = hasher.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let f: NamedOrBlankNode =
            NamedNode::new_unchecked(format!("{ID_BASE}fact/{}-{hash}", slug(&doc.id))).into();
        let property = property(fact.relation);
        add(f.clone(), rdf::TYPE, nkg::FACT.into());
        add(f.clone(), nkg::RELATION, property.into());
        add(f.clone(), nkg::SUBJECT, subject.clone().into());
        add(f.clone(), nkg::OBJECT, object.clone());
        add(
            f.clone(),
            nkg::SUBJECT_TEXT,
            Literal::new_simple_literal(subject_label).into(),
        );
        add(
            f.clone(),
            nkg::OBJECT_TEXT,
            Literal::new_simple_literal(object_text).into(),
        );
        if let Object::Role(title) = &fact.object {
            add(
                f.clone(),
                nkg::ROLE,
                Literal::new_simple_literal(title).into(),
            );
        }
        if let Some(at) = fact.role_at {
            add(f.clone(), nkg::ROLE_AT, entity_iris[at].clone().into());
            add(
                f.clone(),
                nkg::ROLE_AT_TEXT,
                Literal::new_simple_literal(&extraction.entities[at].label).into(),
            );
        }
        if let Some((lexical, datatype)) = fact.date.and_then(|d| d.to_xsd()) {
            let datatype =
                NamedNode::new_unchecked(format!("http://www.w3.org/2001/XMLSchema#{datatype}"));
            add(
                f.clone(),
                nkg::DATE,
                Literal::new_typed_literal(lexical, datatype).into(),
            );
        }
        let modality = match fact.modality {
            Modality::Asserted => nkg::ASSERTED,
            Modality::Hedged => nkg::HEDGED,
            Modality::Negated => nkg::NEGATED,
        };
        add(f.clone(), nkg::MODALITY, modality.into());
        add(
            f.clone(),
            nkg::CONFIDENCE,
            Literal::new_typed_literal(format!("{:.2}", fact.confidence), xsd::DECIMAL).into(),
        );
        add(
            f.clone(),
            nkg::EVIDENCE,
            Literal::new_simple_literal(evidence).into(),
        );
        add(
            f.clone(),
            nkg::START_OFFSET,
            Literal::from(char_offset(fact.evidence.start) as i64).into(),
        );
        add(
            f.clone(),
            nkg::END_OFFSET,
            Literal::from(char_offset(fact.evidence.end) as i64).into(),
        );
        add(
            f.clone(),
            nkg::RULE,
            Literal::new_simple_literal(fact.rule).into(),
        );
        add(
            f.clone(),
            ext::PROV_WAS_DERIVED_FROM,
            doc_iri.clone().into(),
        );
        // Hedged and denied claims stay on their fact node only.
        if fact.modality == Modality::Asserted {
            add(subject.clone().into(), property, object);
        }
    }
    quads
}
