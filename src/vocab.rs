//! IRIs of the newskg vocabulary and of the terms it reuses, one const per term.
//!
//! Every term here is declared in `ontology/newskg.ttl`; a test checks the two agree.

use oxigraph::model::NamedNodeRef;

/// Base of every entity, document and fact IRI minted by newskg.
pub const ID_BASE: &str = "https://w3id.org/newskg/id/";
/// Named graph holding the ontology itself, loaded by `ingest`.
pub const ONTOLOGY_GRAPH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology");

/// Named graph of the entity index: each entity's class and the lookup key of each of its
/// spellings, once for the whole store. Article graphs only hold how they spell an entity, so
/// the index is not repeated per article (it was half of the store's quads).
pub const ENTITY_GRAPH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/newskg/entities");

/// Prefixes written by `export` and accepted in queries without a `PREFIX` line.
pub const PREFIXES: &[(&str, &str)] = &[
    ("nkg", nkg::NS),
    ("person", "https://w3id.org/newskg/id/person/"),
    ("organization", "https://w3id.org/newskg/id/organization/"),
    ("agency", "https://w3id.org/newskg/id/agency/"),
    ("country", "https://w3id.org/newskg/id/country/"),
    ("place", "https://w3id.org/newskg/id/place/"),
    ("delegation", "https://w3id.org/newskg/id/delegation/"),
    ("treaty", "https://w3id.org/newskg/id/treaty/"),
    ("doc", "https://w3id.org/newskg/id/doc/"),
    ("fact", "https://w3id.org/newskg/id/fact/"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("schema", "https://schema.org/"),
    ("org", "http://www.w3.org/ns/org#"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
];

/// The newskg ontology, `https://w3id.org/newskg/ontology#`.
pub mod nkg {
    use oxigraph::model::NamedNodeRef;

    pub const NS: &str = "https://w3id.org/newskg/ontology#";

    macro_rules! terms {
        ($($(#[$doc:meta])* $name:ident = $local:literal;)*) => {
            $($(#[$doc])* pub const $name: NamedNodeRef<'static> =
                NamedNodeRef::new_unchecked(concat!("https://w3id.org/newskg/ontology#", $local));)*
            /// Every term of this module, for the test against the ontology file.
            #[cfg(test)]
            pub const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
        };
    }

    terms! {
        /// A human being named in the news.
        PERSON = "Person";
        /// Any organisation that is not a government body.
        ORGANIZATION = "Organization";
        /// A government or intergovernmental body (ministry, sanctions office, council).
        AGENCY = "Agency";
        /// A sovereign state or territory.
        COUNTRY = "Country";
        /// A city or region.
        PLACE = "Place";
        /// A group sent by a country or organisation on an official visit.
        DELEGATION = "Delegation";
        /// A treaty, agreement, pact or memorandum.
        TREATY = "Treaty";
        /// A source article.
        DOCUMENT = "Document";
        /// One extracted statement with its provenance.
        FACT = "Fact";
        HOLDS_ROLE = "holdsRole";
        LEADS = "leads";
        VISITS = "visits";
        SANCTIONED_BY = "sanctionedBy";
        SIGNS = "signs";
        MEETS = "meets";
        MEMBER_OF = "memberOf";
        RELATION = "relation";
        SUBJECT = "subject";
        OBJECT = "object";
        SUBJECT_TEXT = "subjectText";
        OBJECT_TEXT = "objectText";
        ROLE = "role";
        ROLE_AT = "roleAt";
        ROLE_AT_TEXT = "roleAtText";
        DATE = "date";
        MODALITY = "modality";
        ASSERTED = "Asserted";
        HEDGED = "Hedged";
        NEGATED = "Negated";
        CONFIDENCE = "confidence";
        EVIDENCE = "evidence";
        START_OFFSET = "startOffset";
        END_OFFSET = "endOffset";
        RULE = "rule";
        NAME_KEY = "nameKey";
        SOURCE_NAME = "sourceName";
        CONTENT_HASH = "contentHash";
    }
}

/// W3C and community vocabularies reused by the graph.
pub mod ext {
    use oxigraph::model::NamedNodeRef;

    pub const SKOS_ALT_LABEL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#altLabel");
    pub const PROV_WAS_DERIVED_FROM: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#wasDerivedFrom");
    pub const DCTERMS_TITLE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/title");
    pub const DCTERMS_ISSUED: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/issued");
    pub const SCHEMA_URL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://schema.org/url");

    /// Properties that name a resource in reference data; `load` keys their values so
    /// reports find the resource by any spelling, as they find extracted entities.
    pub const NAME_PROPERTIES: &[NamedNodeRef<'static>] = &[
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label"),
        NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#prefLabel"),
        SKOS_ALT_LABEL,
        NamedNodeRef::new_unchecked("https://schema.org/name"),
        NamedNodeRef::new_unchecked("https://schema.org/alternateName"),
        NamedNodeRef::new_unchecked("http://xmlns.com/foaf/0.1/name"),
    ];
}

#[cfg(test)]
mod tests {
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::NamedOrBlankNode;
    use std::collections::HashSet;

    #[test]
    fn every_term_is_declared_in_the_ontology() {
        let declared: HashSet<String> = RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(crate::store::ONTOLOGY)
            .map(|q| match q.expect("ontology parses").subject {
                NamedOrBlankNode::NamedNode(n) => n.into_string(),
                other => other.to_string(),
            })
            .collect();
        for term in super::nkg::ALL {
            assert!(
                declared.contains(term.as_str()),
                "{term} is not declared in ontology/newskg.ttl"
            );
        }
    }
}
