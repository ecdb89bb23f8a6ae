//! Rule tests: one sentence or short article per behaviour, of our own writing.

use super::*;
use crate::document::Document;

/// Facts of `text` as `relation subject object extra` lines (extra = role place or date).
fn facts(text: &str) -> Vec<String> {
    facts_published(text, None)
}

fn facts_published(text: &str, published: Option<&str>) -> Vec<String> {
    let mut doc = Document::from_text("t.txt".into(), format!("Title\n{text}"));
    doc.published = published.map(|p| p.parse().expect("date"));
    let x = extract(&doc);
    let mut out: Vec<String> = x
        .facts
        .iter()
        .filter(|f| f.modality == Modality::Asserted)
        .map(|f| {
            let object = match &f.object {
                Object::Entity(o) => x.entities[*o].label.clone(),
                Object::Role(r) => r.clone(),
            };
            let extra = match (f.role_at, f.date) {
                (Some(at), _) => x.entities[at].label.clone(),
                (None, Some(d)) => d.to_gold(),
                _ => String::new(),
            };
            format!(
                "{} | {} | {object} | {extra}",
                f.relation.name(),
                x.entities[f.subject].label
            )
        })
        .collect();
    out.sort();
    out
}

fn has(found: &[String], wanted: &str) -> bool {
    found.iter().any(|f| f == wanted)
}

macro_rules! assert_has {
    ($found:expr, $($wanted:expr),+ $(,)?) => {{
        let found: &[String] = &$found;
        $(assert!(has(&found, $wanted), "missing `{}` in {:#?}", $wanted, found);)+
    }};
}

#[test]
fn role_title_before_name_with_country() {
    assert_has!(
        facts("Vietnamese Trade Minister Tran Thi Mai opened the fair."),
        "holds_role | Tran Thi Mai | trade minister | Vietnam"
    );
}

#[test]
fn a_visit_by_a_person_named_after_the_place() {
    assert_has!(
        facts_published(
            "The talks follow a trip to Hanoi in August by Philippine Defence Secretary Ramon Diaz.",
            Some("2024-10-02"),
        ),
        "visits | Ramon Diaz | Hanoi | 2024-08"
    );
}

#[test]
fn a_bare_apostrophe_is_a_possessive() {
    assert_has!(
        facts("Cyprus' President Nikos Andreou met the visiting delegation."),
        "holds_role | Nikos Andreou | president | Cyprus"
    );
}

#[test]
fn minister_for_titles_are_roles() {
    assert_has!(
        facts("Irish Minister for Foreign Affairs Sean Byrne met the delegation."),
        "holds_role | Sean Byrne | minister for foreign affairs | Ireland"
    );
    assert_has!(
        facts("UK Minister for Europe Alan Pryce said the measures would stay."),
        "holds_role | Alan Pryce | minister for europe | United Kingdom"
    );
}

#[test]
fn role_apposition_with_organisation_and_member_of() {
    let found = facts(
        "Hannah Okafor, a senior fellow at the London-based Centre for Sanctions Research, said so.",
    );
    assert_has!(
        found,
        "holds_role | Hannah Okafor | senior fellow | Centre for Sanctions Research",
        "member_of | Hannah Okafor | Centre for Sanctions Research | "
    );
}

#[test]
fn role_who_serves_as_and_second_title() {
    assert_has!(
        facts("Delegates met Arif Rahman, who serves as the rector of the Dhaka Naval Academy."),
        "holds_role | Arif Rahman | rector | Dhaka Naval Academy"
    );
    assert_has!(
        facts(
            "Ivan Sokolov, secretary of Russia\u{2019}s Security Council and a close aide to President Pavel Orlov, spoke."
        ),
        "holds_role | Ivan Sokolov | secretary | Russia\u{2019}s Security Council",
        "holds_role | Ivan Sokolov | aide | Pavel Orlov"
    );
}

#[test]
fn no_role_without_a_person() {
    let found = facts("The president of the company resigned after the war.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn delegation_led_by_and_visit_with_weekday() {
    let found = facts_published(
        "A delegation from the Haiphong Naval Academy, led by Nguyen Van Thanh, departed Hanoi for Jakarta on Monday.",
        Some("2025-03-04"),
    );
    assert_has!(
        found,
        "leads | Nguyen Van Thanh | Haiphong Naval Academy delegation | ",
        "visits | Haiphong Naval Academy delegation | Jakarta | 2025-03-03"
    );
}

#[test]
fn a_possessive_country_names_its_delegation() {
    let found = facts(
        "The Zambian delegation arrived in Addis Ababa on Monday. \
         Ghana's delegation is led by Foreign Minister Kwame Mensah.",
    );
    assert_has!(found, "leads | Kwame Mensah | Ghanaian delegation | ");
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("leads | Kwame Mensah | Zambian")),
        "{found:?}"
    );
}

#[test]
fn a_delegation_without_origin_is_its_leaders_country() {
    let found = facts(
        "Peru's Minister of Foreign Affairs Elena Rojas arrived in Manila on Monday, heading a \
         delegation. The accompanying delegation was received by officials.",
    );
    assert_has!(found, "leads | Elena Rojas | Peruvian delegation | ");
    // A delegation the text names keeps its name.
    let found = facts(
        "Peru's Minister of Foreign Affairs Elena Rojas led the Andean Community delegation \
         to Manila.",
    );
    assert_has!(
        found,
        "leads | Elena Rojas | Andean Community delegation | "
    );
}

#[test]
fn a_title_over_two_portfolios_reaches_its_holder() {
    let found = facts(
        "Vietnamese Minister of Industry and Trade Nguyen Thi Lan met Moroccan Minister of \
         Energy and Mines Karim Bennani in Rabat.",
    );
    assert_has!(
        found,
        "holds_role | Nguyen Thi Lan | minister of industry and trade | Vietnam",
        "holds_role | Karim Bennani | minister of energy and mines | Morocco",
        "meets | Nguyen Thi Lan | Karim Bennani | "
    );
    // Two people, not one title: "and" between a portfolio and a name joins nothing.
    let found = facts("Minister of Trade Ana Ruiz and Tomas Vidal met in Lima.");
    assert_has!(found, "holds_role | Ana Ruiz | minister of trade | ");
}

#[test]
fn signers_after_a_place_or_a_date_and_by() {
    assert_has!(
        facts(
            "The agreement on fisheries was signed in Apia by Samoan Minister of Fisheries \
             Tavita Leota and Fijian Minister of Fisheries Jone Rabuka."
        ),
        "signs | Tavita Leota | agreement on fisheries | ",
        "signs | Jone Rabuka | agreement on fisheries | "
    );
    assert_has!(
        facts(
            "The Lisbon Accord on Maritime Safety was signed on March 3, 2024 by Portugal and Cape Verde."
        ),
        "signs | Portugal | Lisbon Accord on Maritime Safety | 2024-03-03",
        "signs | Cape Verde | Lisbon Accord on Maritime Safety | 2024-03-03"
    );
}

#[test]
fn two_titles_before_one_name_are_both_held() {
    let found = facts(
        "She held talks with Nepal's Deputy Prime Minister and Foreign Minister Hari Bhattarai.",
    );
    assert_has!(
        found,
        "holds_role | Hari Bhattarai | deputy prime minister | Nepal",
        "holds_role | Hari Bhattarai | foreign minister | Nepal"
    );
    // "and" between a title and another person's title joins no one.
    let found = facts("Foreign Minister Ana Ruiz and Defence Minister Tomas Vidal met in Lima.");
    assert_has!(
        found,
        "holds_role | Ana Ruiz | foreign minister | ",
        "holds_role | Tomas Vidal | defence minister | "
    );
}

#[test]
fn a_courtesy_style_between_title_and_name() {
    let found = facts(
        "Ana Ruiz met with Canada's Minister of Foreign Affairs, Hon. Claire Dubois, on June 24.",
    );
    assert_has!(
        found,
        "holds_role | Claire Dubois | minister of foreign affairs | Canada",
        "meets | Ana Ruiz | Claire Dubois | "
    );
}

#[test]
fn visit_noun_with_possessor() {
    assert_has!(
        facts("The deal was signed during Premier Li Wen\u{2019}s visit to Hanoi in May 2023."),
        "visits | Li Wen | Hanoi | 2023-05"
    );
}

#[test]
fn sanctions_passive_active_and_noun() {
    assert_has!(
        facts(
            "Sepehr Rotor Industries was sanctioned by the U.S. Treasury\u{2019}s Office of Foreign Assets Control in December 2023."
        ),
        "sanctioned_by | Sepehr Rotor Industries | Office of Foreign Assets Control | 2023-12"
    );
    assert_has!(
        facts("On May 2, 2025, OFAC designated Golden Lotus Trading Company."),
        "sanctioned_by | Golden Lotus Trading Company | OFAC | 2025-05-02"
    );
}

#[test]
fn signing_between_two_parties() {
    let found = facts(
        "The agreement was marked by the signing of the Digital Trade Partnership Agreement between Vietnam and Chile on April 1, 2025.",
    );
    assert_has!(
        found,
        "signs | Vietnam | Digital Trade Partnership Agreement | 2025-04-01",
        "signs | Chile | Digital Trade Partnership Agreement | 2025-04-01"
    );
}

#[test]
fn meeting_in_foreign_capital_implies_visit() {
    let found = facts(
        "Kenyan President Amos Kiprono met with Ethiopian Prime Minister Dawit Alemu in Nairobi on June 3, 2024.",
    );
    assert_has!(
        &found,
        "meets | Amos Kiprono | Dawit Alemu | 2024-06-03",
        "visits | Dawit Alemu | Nairobi | 2024-06-03"
    );
    assert!(
        !has(&found, "visits | Amos Kiprono | Nairobi | 2024-06-03"),
        "{found:?}"
    );
}

#[test]
fn hedged_and_denied_claims_are_not_asserted() {
    assert!(
        facts("The delegation may visit Moscow next week, according to speculation.")
            .iter()
            .all(|f| !f.starts_with("visits"))
    );
    assert!(
        facts("Both Iran and Syria have denied that General Ali Rostami visited Moscow.")
            .iter()
            .all(|f| !f.starts_with("visits"))
    );
}

#[test]
fn pronoun_refers_to_the_subject() {
    let found = facts("Foreign Minister Ana Ruiz arrived on Monday. She later visited Lima.");
    assert_has!(found, "visits | Ana Ruiz | Lima | ");
}

#[test]
fn boilerplate_yields_nothing() {
    assert!(facts("Log in to comment\nBy Jane Doe\nPhoto: Kim Won/AFP").is_empty());
}

#[test]
fn sanctions_annex_entries_are_designated_with_their_positions() {
    let text = "The Office of Financial Sanctions Implementation has today sanctioned two \
                individuals and one entity.\n\nIndividuals\n\n1. OKONJO, Adaeze Ngozi\n\
                DOB: 02/03/1970. Position: Finance Director, Delta Star Trading Ltd. Group ID: 1.\n\n\
                2. Tomas R. BELLWOOD (Nationality: Malta; Position: Managing Partner, \
                Corvid Freight LLC)\n\nEntities\n\n3. DELTA STAR TRADING LTD. Address: Lagos.\n";
    let found = facts_published(text, Some("2025-02-03"));
    let agent = "Office of Financial Sanctions Implementation";
    for wanted in [
        format!("sanctioned_by | Adaeze Ngozi Okonjo | {agent} | 2025-02-03"),
        format!("sanctioned_by | Tomas R. BELLWOOD | {agent} | 2025-02-03"),
        format!("sanctioned_by | Delta Star Trading Ltd | {agent} | 2025-02-03"),
        "holds_role | Adaeze Ngozi Okonjo | finance director | Delta Star Trading Ltd".to_owned(),
        "holds_role | Tomas R. BELLWOOD | managing partner | Corvid Freight LLC".to_owned(),
    ] {
        assert!(has(&found, &wanted), "missing {wanted:?} in {found:#?}");
    }
}

#[test]
fn numbered_prose_without_a_sanctioning_body_lists_nobody() {
    let text = "1. Ministers Ana Ruiz and Tomas Bellwood met in Lisbon.\n\n2. Next Steps\n";
    let found = facts(text);
    assert!(
        !found.iter().any(|f| f.starts_with("sanctioned_by")),
        "{found:#?}"
    );
}

#[test]
fn bodies_named_by_context_and_the_demonym_capital() {
    let found = facts(
        "Velmora chairman Ivo Stannic said the deal was done. \
         Ana Ruiz, deputy head of Rostekhnadzor, agreed. \
         President Daniel Okoth, who arrived in the Ethiopian capital on Friday, spoke.",
    );
    for wanted in [
        "holds_role | Ivo Stannic | chairman | Velmora",
        "holds_role | Ana Ruiz | deputy head | Rostekhnadzor",
        "visits | Daniel Okoth | Addis Ababa | ",
    ] {
        assert!(has(&found, wanted), "missing {wanted:?} in {found:#?}");
    }
}

#[test]
fn a_name_ending_in_an_abbreviation_stays_next_to_its_verb() {
    let found = facts(
        "Chilean President Tomas Ruiz Jr. and Peruvian President Ana Soto signed a Fisheries Agreement. \
         Tomas Ruiz Jr. led a delegation to Lima.",
    );
    assert_has!(
        found,
        "signs | Tomas Ruiz Jr | Fisheries Agreement | ",
        "signs | Ana Soto | Fisheries Agreement | ",
        // The delegation takes its leader's country.
        "leads | Tomas Ruiz Jr | Chilean delegation | "
    );
}

#[test]
fn a_country_qualifying_a_noun_is_not_the_sanctions_target() {
    let found = facts("Canada sanctions Sudan militia commanders.");
    assert!(
        !found.iter().any(|f| f.starts_with("sanctioned_by | Sudan")),
        "{found:?}"
    );
    assert_has!(
        facts("Canada sanctioned Sudan on Monday."),
        "sanctioned_by | Sudan | Canada | "
    );
}

#[test]
fn a_body_imposing_sanctions_is_the_agent_of_the_next_list() {
    assert_has!(
        facts(
            "The Council of the European Union imposed sanctions on Monday. \
             The listed entities include Norland Shipping and the Baltic Tanker Company."
        ),
        "sanctioned_by | Norland Shipping | Council of the European Union | ",
        "sanctioned_by | Baltic Tanker Company | Council of the European Union | "
    );
}

#[test]
fn secretaries_general_and_compound_chiefs_are_titles() {
    assert_has!(
        facts("NATO Secretary General Lena Berg visited Riga."),
        "holds_role | Lena Berg | secretary general | NATO"
    );
    assert_has!(
        facts("EU foreign policy chief Lena Berg visited Riga."),
        "holds_role | Lena Berg | foreign policy chief | EU"
    );
}

#[test]
fn an_agent_followed_by_its_abbreviation_still_designates() {
    assert_has!(
        facts(
            "The Treasury welcomed the move. The Office of Financial Sanctions Implementation \
             (OFSI) designated two companies. Among those designated today is Marta Kovac, a broker."
        ),
        "sanctioned_by | Marta Kovac | Office of Financial Sanctions Implementation | "
    );
}

#[test]
fn a_counterpart_met_holds_the_same_title_in_their_country() {
    assert_has!(
        facts(
            "Chilean Foreign Minister Ana Ruiz held talks with her Peruvian counterpart, Jorge Soto, in Santiago."
        ),
        "meets | Ana Ruiz | Jorge Soto | ",
        "holds_role | Jorge Soto | foreign minister | Peru"
    );
}

#[test]
fn a_title_holder_named_before_the_country() {
    assert_has!(
        facts("Deputy Foreign Minister Ana Ruiz of Chile visited Lima."),
        "holds_role | Ana Ruiz | deputy foreign minister | Chile",
        "visits | Ana Ruiz | Lima | "
    );
}

fn lacks(found: &[String], unwanted: &str) -> bool {
    !found.iter().any(|f| f.contains(unwanted))
}

#[test]
fn an_honorific_is_not_part_of_the_name() {
    assert_has!(
        facts(
            "Today, the Honourable Jane Doe-Smith, Minister of Foreign Affairs, announced new aid."
        ),
        "holds_role | Jane Doe-Smith | minister of foreign affairs | "
    );
    let found = facts("Senator the Hon Mary Kolbe met Trade Minister Aziz Rahmat in Perth.");
    assert_has!(found, "meets | Mary Kolbe | Aziz Rahmat | ");
}

#[test]
fn a_body_word_before_a_name_is_the_body() {
    assert_has!(
        facts("A delegation led by Speaker of Parliament Ravi D. Mendis arrived in Oslo."),
        "holds_role | Ravi D. Mendis | speaker | Parliament"
    );
}

#[test]
fn a_bulleted_designation_list_follows_its_lead_in() {
    let found = facts(
        "OFAC sanctioned three companies on Monday.\n\
         The following persons are being designated pursuant to E.O. 14024:\n\
         \u{2022} Blue Reef Shipping Ltd, a Panama-registered shipowner;\n\
         \u{2022} Omar K. Haddad, the director of Blue Reef Shipping Ltd; and\n\
         \u{2022} Coral Tide Logistics LLC, its agent.\n\
         Omar K. Haddad declined to comment.",
    );
    assert_has!(
        found,
        "sanctioned_by | Blue Reef Shipping Ltd | OFAC | ",
        "sanctioned_by | Omar K. Haddad | OFAC | ",
        "sanctioned_by | Coral Tide Logistics LLC | OFAC | "
    );
}

#[test]
fn measures_imposed_on_a_group_including_a_person() {
    let found = facts(
        "Norway has imposed measures on 5 individuals who ran the prison system, including \
         Piotr V. Malenko, the head of the prison service.",
    );
    assert_has!(found, "sanctioned_by | Piotr V. Malenko | Norway | ");
    assert!(lacks(&found, "sanctioned_by | the prison"), "{found:#?}");
}

#[test]
fn among_them_names_a_designee_after_a_sanctions_sentence() {
    let found = facts(
        "Norway sanctioned four judges on Monday. Among them is Irina S. Volkova, a judge of the \
         Regional Court.",
    );
    assert_has!(found, "sanctioned_by | Irina S. Volkova | Norway | ");
    // Without a sanctioning body, "among them" says nothing of sanctions.
    let found = facts("Four judges spoke. Among them is Irina S. Volkova, a judge.");
    assert!(lacks(&found, "sanctioned_by"), "{found:#?}");
}

#[test]
fn the_individuals_are_a_list_with_ranks_and_titles() {
    let found = facts(
        "The Australian Government has today imposed targeted financial sanctions and travel bans \
         on three individuals. The individuals are Aung Min Tun, the chairman of Golden Delta \
         Group; Khin Mya Oo, a director of Delta Aero Co.; and Lieutenant General Zaw Lin Htet, \
         the commander of the air force.",
    );
    assert_has!(
        found,
        "sanctioned_by | Aung Min Tun | Australia | ",
        "sanctioned_by | Khin Mya Oo | Australia | ",
        "sanctioned_by | Zaw Lin Htet | Australia | "
    );
    assert!(lacks(&found, "sanctioned_by | Golden Delta"), "{found:#?}");
}

#[test]
fn every_subject_of_have_been_listed() {
    let found = facts(
        "Norway imposed sanctions on Lars Holt. Delta Aero Co. and Golden Delta Group have also \
         been listed.",
    );
    assert_has!(
        found,
        "sanctioned_by | Delta Aero Co | Norway | ",
        "sanctioned_by | Golden Delta Group | Norway | "
    );
}

#[test]
fn sanctions_under_a_regulation_do_not_target_it() {
    let found = facts(
        "Norway is imposing sanctions under the Special Economic Measures Regulations on seven people.",
    );
    assert!(lacks(&found, "sanctioned_by"), "{found:#?}");
}

#[test]
fn designees_described_by_a_relative_clause_do_not_include_its_objects() {
    let found = facts(
        "OFAC sanctioned four individuals that smuggle gold for the paramilitary Desert Shield Forces.",
    );
    assert!(lacks(&found, "Desert Shield"), "{found:#?}");
}

#[test]
fn ministries_named_with_possessives_sign_together() {
    let found = facts(
        "Norway's Ministry of Fisheries and Chile's Ministry of Economy signed a memorandum of \
         understanding on water-saving aquaculture in Oslo.",
    );
    assert_has!(
        found,
        "signs | Ministry of Fisheries | memorandum of understanding on water-saving aquaculture | ",
        "signs | Ministry of Economy | memorandum of understanding on water-saving aquaculture | "
    );
}

#[test]
fn a_memorandum_signed_by_two_ministers_named_with_their_countries() {
    let found = facts(
        "They agreed a memorandum of understanding on power trade, which was signed by Norway's \
         Minister of Energy, Lars Holt, and Chile's Energy Minister, Ana Ruiz.",
    );
    assert_has!(
        found,
        "signs | Lars Holt | memorandum of understanding on power trade | ",
        "signs | Ana Ruiz | memorandum of understanding on power trade | "
    );
    assert!(lacks(&found, "signs | Norway"), "{found:#?}");
}

#[test]
fn the_two_ministers_signed_a_letter_of_intent() {
    let found = facts(
        "Norwegian Defence Minister Lars Holt met Chilean Defence Minister Ana Ruiz in Oslo. The \
         two ministers also signed a letter of intent on naval cooperation.",
    );
    assert_has!(
        found,
        "signs | Lars Holt | letter of intent on naval cooperation | ",
        "signs | Ana Ruiz | letter of intent on naval cooperation | "
    );
}

#[test]
fn a_long_us_title_with_a_portfolio_names_its_holder() {
    let found = facts(
        "Under Secretary of the Treasury for Terrorism and Financial Intelligence Ana M. Ruiz said \
         the network was exposed.",
    );
    assert!(
        found.iter().any(|f| f.starts_with(
            "holds_role | Ana M. Ruiz | under secretary of the treasury for terrorism and financial intelligence | "
        )),
        "{found:#?}"
    );
}

#[test]
fn a_known_body_named_with_and_is_one_body() {
    assert_has!(
        facts("The Bureau of Industry and Security imposed sanctions on Delta Aero Ltd on Monday."),
        "sanctioned_by | Delta Aero Ltd | Bureau of Industry and Security | "
    );
}

#[test]
fn a_head_of_a_function_at_a_body() {
    assert_has!(
        facts("\"Prices will rise,\" said Ana Ruiz, head of research at Norte Capital."),
        "holds_role | Ana Ruiz | head of research | Norte Capital"
    );
    assert_has!(
        facts("The Committee listed Omar Haddad, the head of security at the Zawiya refinery."),
        "holds_role | Omar Haddad | head of security | "
    );
}

#[test]
fn a_delegation_in_a_city_on_a_visit_visits_it() {
    let found = facts_published(
        "A Peruvian parliamentary delegation led by Speaker Ana Ruiz is in Oslo on a five-day \
         official visit.",
        Some("2025-04-15"),
    );
    assert_has!(
        found,
        "leads | Ana Ruiz | Peruvian parliamentary delegation | ",
        "visits | Peruvian parliamentary delegation | Oslo | "
    );
}

#[test]
fn sanctions_added_by_a_body_through_its_pronoun_past_appositions() {
    let found = facts(
        "The U.S. Treasury's Office of Foreign Assets Control announced that it had added Ivo \
         Maric, a former police chief of Vojvodina, and Ana Kos, director of a road company, to \
         its Specially Designated Nationals list.",
    );
    assert_has!(
        found,
        "sanctioned_by | Ivo Maric | Office of Foreign Assets Control | ",
        "sanctioned_by | Ana Kos | Office of Foreign Assets Control | "
    );
    assert_has!(
        facts("Washington blacklists Chilean copper trader Minera Sur Ltd."),
        "sanctioned_by | Minera Sur Ltd | Washington | "
    );
    assert_has!(
        facts("Ivo Maric has been under a UK asset freeze and travel ban since April 2025."),
        "sanctioned_by | Ivo Maric | United Kingdom | "
    );
    assert_has!(
        facts("Ivo Maric is also subject to restrictions imposed by Canada and Japan."),
        "sanctioned_by | Ivo Maric | Canada | ",
        "sanctioned_by | Ivo Maric | Japan | "
    );
}

#[test]
fn signatures_put_to_initialled_and_signed_by_capitalised_ministers() {
    assert_has!(
        facts("Chile and Peru have just put their signatures to the Andean Water Memorandum."),
        "signs | Chile | Andean Water Memorandum | ",
        "signs | Peru | Andean Water Memorandum | "
    );
    assert_has!(
        facts("Chile and Peru initial a border agreement in Lima."),
        "signs | Chile | border agreement | ",
        "signs | Peru | border agreement | "
    );
    assert_has!(
        facts(
            "They welcomed the Coastal Patrol Arrangement, signed in Suva on 2 May 2026 by the \
             Foreign Ministers of Fiji and Tonga."
        ),
        "signs | Fiji | Coastal Patrol Arrangement | 2026-05-02",
        "signs | Tonga | Coastal Patrol Arrangement | 2026-05-02"
    );
}

#[test]
fn sitting_down_hosting_a_counterpart_and_a_place_with_its_time() {
    assert_has!(
        facts("Prime Minister Ana Ruiz sat down with Tomas Berg for a working lunch."),
        "meets | Ana Ruiz | Tomas Berg | "
    );
    assert_has!(
        facts(
            "Chilean Foreign Minister Ana Ruiz hosts her Peruvian counterpart, Luis Soto, in \
             Santiago for talks."
        ),
        "meets | Ana Ruiz | Luis Soto | ",
        "visits | Luis Soto | Santiago | "
    );
    assert_has!(
        facts_published(
            "In Lima on 10 November, Chilean Foreign Minister Ana Ruiz met Luis Soto.",
            Some("2025-11-12")
        ),
        "visits | Ana Ruiz | Lima | 2025-11-10"
    );
    // "do", "dos", "das" join a Portuguese name.
    assert_has!(
        facts("Ana Ruiz, president of the Federation of Industries of Rio Grande do Sul, spoke."),
        "member_of | Ana Ruiz | Federation of Industries of Rio Grande do Sul | "
    );
}

#[test]
fn one_name_after_an_office_and_a_lone_name_before_the_full_one() {
    assert_has!(
        facts("Indonesian Foreign Minister Suryadi landed in Dili on Wednesday."),
        "holds_role | Suryadi | foreign minister | Indonesia",
        "visits | Suryadi | Dili | "
    );
    // A headline's lone name is the person the body names in full.
    let found = facts(
        "Speaker Omondi Hosts Delegation\n\nThe Speaker of the National Assembly, Peter Kiplagat \
         Omondi, hosted the delegation.",
    );
    assert!(
        !found.iter().any(|f| f.contains("| Omondi |")),
        "{found:#?}"
    );
    assert_has!(
        found,
        "holds_role | Peter Kiplagat Omondi | speaker | National Assembly"
    );
    // "Executive Order", "General Staff": no one.
    let found = facts("The sanctions follow Executive Order 14024 and a General Staff order.");
    assert!(
        !found.iter().any(|f| f.starts_with("holds_role")),
        "{found:#?}"
    );
}

#[test]
fn a_delegation_under_a_named_leader() {
    assert_has!(
        facts("A Chilean parliamentary delegation under Senator Ana Ruiz toured Lima."),
        "leads | Ana Ruiz | Chilean parliamentary delegation | "
    );
    let found = facts(
        "A UN delegation under the auspices of the Security Council, with Ambassador Ana Ruiz, \
         visited Juba.",
    );
    assert!(!found.iter().any(|f| f.starts_with("leads")), "{found:#?}");
    // A later "led by" still names the leader.
    assert_has!(
        facts(
            "A UN delegation under the auspices of the Security Council, led by Ambassador Ana \
             Ruiz, visited Juba."
        ),
        "leads | Ana Ruiz | UN delegation | "
    );
}

#[test]
fn two_people_who_met() {
    assert_has!(
        facts("Ana Ruiz and Luis Soto met face to face for the first time on Thursday."),
        "meets | Ana Ruiz | Luis Soto | "
    );
    // "met with" takes its object instead.
    let found = facts("Ana Ruiz and Luis Soto met with Eva Mora.");
    assert!(
        !has(&found, "meets | Ana Ruiz | Luis Soto | "),
        "{found:#?}"
    );
}

#[test]
fn a_refusal_to_meet_and_a_second_meeting_verb() {
    let found = facts("Kosovo's Ana Gashi refuses to meet Serbia's prime minister, Dora Petric.");
    assert!(!found.iter().any(|f| f.starts_with("meets")), "{found:#?}");
    let found = facts(
        "Minister Ana Ruiz held talks with Foreign Minister Luis Soto and met the Speaker of the \
         National Assembly, Eva Mora.",
    );
    assert_has!(
        found,
        "meets | Ana Ruiz | Luis Soto | ",
        "meets | Ana Ruiz | Eva Mora | ",
        "holds_role | Eva Mora | speaker | National Assembly"
    );
    assert!(
        !has(&found, "meets | Luis Soto | Eva Mora | "),
        "{found:#?}"
    );
    assert_has!(
        facts("Falklands MLA Tom Biggs reported to the Legislative Assembly."),
        "holds_role | Tom Biggs | mla | "
    );
}

#[test]
fn a_unit_and_foreign_legal_forms_head_bodies() {
    assert_has!(
        facts(
            "Argentina's Financial Intelligence Unit froze the assets of Cambios Sur S.A. on Monday."
        ),
        "sanctioned_by | Cambios Sur S.A. | Financial Intelligence Unit | "
    );
}

#[test]
fn spanish_and_portuguese_bodies_start_with_their_head() {
    assert_has!(
        facts("Ana Lobo, the current governor of the Banco de Portugal, said rates would fall."),
        "holds_role | Ana Lobo | governor | Banco de Portugal",
        "member_of | Ana Lobo | Banco de Portugal | "
    );
}

#[test]
fn a_treaty_named_by_the_two_it_joins_is_signed_by_them() {
    let found = facts(
        "Trade grew under the Agreement between Chile and the Republic of Peru concerning the \
         Transfer of Water Technology, which the two Governments signed in Lima in January 2025.",
    );
    let name = "Agreement between Chile and the Republic of Peru concerning the Transfer of Water \
                Technology";
    assert_has!(
        found,
        &format!("signs | Chile | {name} | 2025-01"),
        &format!("signs | Peru | {name} | 2025-01")
    );
    let found = facts(
        "The Agreement between the Government of Chile and the Government of Peru was signed in \
         Lima on 2 May 2025 by then Foreign Minister Ana Ruiz and Peruvian Minister Luis Soto.",
    );
    assert_has!(
        found,
        "signs | Ana Ruiz | Agreement between the Government of Chile and the Government of Peru | 2025-05-02",
        "signs | Luis Soto | Agreement between the Government of Chile and the Government of Peru | 2025-05-02"
    );
}

#[test]
fn an_unquoted_i_is_the_article_s_first_titled_person() {
    let found = facts(
        "Indonesian Foreign Minister Suryadi spoke to us. I arrived in Dili on Wednesday and \
         held talks with Foreign Minister Ana Ximenes. \"I met him in Geneva,\" said Tom Berg.",
    );
    assert_has!(
        found,
        "visits | Suryadi | Dili | ",
        "meets | Suryadi | Ana Ximenes | "
    );
    // The quoted "I" is Tom Berg's, left unresolved.
    assert!(!found.iter().any(|f| f.contains("Geneva")), "{found:#?}");
}

#[test]
fn demonym_signers_and_a_reception_with_an_adverb() {
    assert_has!(
        facts(
            "The Water Agreement was initialled by the Chilean and Peruvian foreign ministers in \
             Lima in August 2025."
        ),
        "signs | Chile | Water Agreement | 2025-08",
        "signs | Peru | Water Agreement | 2025-08"
    );
    assert_has!(
        facts("Ana Ruiz arrived in Dili. She was also received by Prime Minister Luis Soto."),
        "meets | Ana Ruiz | Luis Soto | "
    );
}

#[test]
fn a_title_in_apposition_to_a_titled_name() {
    let found = facts(
        "LIMA, 12 May 2026 – The OSCE Chairperson-in-Office, Swiss Federal Councillor Ana Ruiz, \
         wrapped up a visit to Peru. In Lima, the Chairperson-in-Office held talks with Foreign \
         Minister Luis Soto and met the Speaker of the Congress, Eva Mora.",
    );
    assert_has!(
        found,
        "holds_role | Ana Ruiz | chairperson-in-office | OSCE",
        // ("Swiss" is read though "Swiss Federal Council" runs into "Councillor".)
        "holds_role | Ana Ruiz | federal councillor | Switzerland",
        "meets | Ana Ruiz | Luis Soto | ",
        "meets | Ana Ruiz | Eva Mora | "
    );
    assert!(
        !has(&found, "meets | Luis Soto | Eva Mora | "),
        "{found:#?}"
    );
}

#[test]
fn a_body_s_act_as_a_noun_listed_and_a_deputy_after_an_apposition() {
    assert_has!(
        facts(
            "The move follows the UK's sanctioning in July 2025 of RSF deputy commander Ali Musa."
        ),
        "sanctioned_by | Ali Musa | United Kingdom | 2025-07"
    );
    assert_has!(
        facts(
            "Sanctions followed. The European Union listed Sur Gold Refining Ltd in February 2025."
        ),
        "sanctioned_by | Sur Gold Refining Ltd | European Union | 2025-02"
    );
    assert_has!(
        facts(
            "ECOWAS ordered an asset freeze and travel ban on General Sana Mane, the self-declared \
             head of the council, and on his deputy, Colonel Bacar Djalo."
        ),
        "sanctioned_by | Sana Mane | ECOWAS | ",
        "sanctioned_by | Bacar Djalo | ECOWAS | "
    );
}

#[test]
fn a_delegation_received_somewhere_visits_it() {
    assert_has!(
        facts(
            "Speaker Ana Ruiz today hosted a delegation of the Foreign Affairs Committee of the \
             Storting, led by its chair Eva Berg, at Parliament Buildings, Nairobi."
        ),
        "visits | Foreign Affairs Committee of the Storting delegation | Nairobi | "
    );
    assert_has!(
        facts(
            "On Tuesday in Nairobi, Speaker Ana Ruiz received a Norwegian parliamentary delegation."
        ),
        "visits | Norwegian parliamentary delegation | Nairobi | "
    );
    assert_has!(
        facts("President Ana Ruiz received a Norwegian delegation in Nairobi."),
        "visits | Norwegian delegation | Nairobi | "
    );
}

#[test]
fn the_other_side_a_treaty_is_signed_with_signs_too() {
    assert_has!(
        facts("Chile signed a free trade agreement with Peru on Monday."),
        "signs | Chile | free trade agreement | ",
        "signs | Peru | free trade agreement | "
    );
    assert_has!(
        facts("Ana Ruiz signed a memorandum of understanding with Vietnamese Minister Luis Tran."),
        "signs | Luis Tran | memorandum of understanding | "
    );
    assert_has!(
        facts(
            "Its only earlier pact was a preferential trade agreement signed with Bhutan in 2020."
        ),
        "signs | Bhutan | preferential trade agreement | 2020"
    );
    // A wish is no signing.
    let found = facts("Taiwan wants to sign an investment agreement with the EU.");
    assert!(!found.iter().any(|f| f.starts_with("signs")), "{found:#?}");
}

#[test]
fn a_met_person_after_a_title_and_a_known_parent_body() {
    let found = facts(
        "In Ottawa, Ana Ruiz met with Chair of the Standing Committee on Foreign Affairs and \
         International Development of the House of Commons Daniel Okafor.",
    );
    assert_has!(
        found,
        "meets | Ana Ruiz | Daniel Okafor | ",
        "holds_role | Daniel Okafor | chair | Standing Committee on Foreign Affairs and \
         International Development of the House of Commons"
    );
}

#[test]
fn being_somewhere_for_talks_or_this_week_is_a_visit() {
    let found = facts(
        "Deputy Foreign Minister Lea Novak, who is in Lima for the second round of political \
         consultations, met the press.",
    );
    assert_has!(found, "visits | Lea Novak | Lima | ");
    assert_has!(
        facts("Wang Lei spoke. He was in Jakarta on 8 September for the annual consultations."),
        "visits | Wang Lei | Jakarta | XXXX-09-08"
    );
    let found = facts("Ambassador Tomas Berg, who is in Accra this week, spoke to reporters.");
    assert_has!(found, "visits | Tomas Berg | Accra | ");
    // Living somewhere is no visit.
    let found = facts("Ambassador Tomas Berg, who is in Accra with his family, spoke.");
    assert!(!found.iter().any(|f| f.starts_with("visits")), "{found:#?}");
}

#[test]
fn a_relative_clause_visit_belongs_to_the_person_before_who() {
    let found = facts(
        "The deal was signed by Chilean Minister Lars Holt and Peruvian Minister Ana Ruiz, who is \
         on a working visit to Chile at the head of a delegation of Peruvian officials.",
    );
    assert_has!(found, "visits | Ana Ruiz | Chile | ");
    assert!(lacks(&found, "visits | Lars Holt"), "{found:#?}");
    assert!(lacks(&found, "leads | Lars Holt"), "{found:#?}");
}

#[test]
fn a_headline_verb_is_not_part_of_a_delegation_name() {
    let found = facts("Peruvian Speaker leads parliamentary delegation to Oslo");
    assert!(lacks(&found, "Speaker leads"), "{found:#?}");
}

#[test]
fn a_committee_adds_names_across_their_descriptions() {
    let found = facts(
        "The Security Council Committee on Thursday added two individuals to its sanctions list. \
         The Committee added Jean Moreau, the leader of the Red Hill gang, which has attacked \
         police stations in Port-au-Prince, and Paul Dorval, a customs inspector.",
    );
    // "The Committee" is the Security Council Committee of the sentence before.
    assert_has!(
        found,
        "sanctioned_by | Paul Dorval | Security Council Committee | "
    );
    assert!(lacks(&found, "sanctioned_by | Red Hill"), "{found:#?}");
}

#[test]
fn added_without_sanctions_is_no_designation() {
    let found = facts("The Ministry added Paul Dorval, a customs inspector, to the panel.");
    assert!(lacks(&found, "sanctioned_by"), "{found:#?}");
}

#[test]
fn a_title_name_of_a_company_is_a_person_and_a_company() {
    assert_has!(
        facts("Chairman Li Wei of Acme Shipping Company met Defence Minister Ana Ruiz in Lima."),
        "holds_role | Li Wei | chairman | Acme Shipping Company",
        "meets | Li Wei | Ana Ruiz | "
    );
}

#[test]
fn a_lone_surname_refers_to_a_name_with_a_generational_suffix() {
    assert_has!(
        facts("Paul T. Brennan Jr. arrived in Lima on Monday. Brennan met President Ana Ruiz."),
        "meets | Paul T. Brennan Jr | Ana Ruiz | "
    );
}

#[test]
fn an_ambassador_to_a_body_serves_the_sending_country() {
    let found = facts(
        "The Committee is chaired by Ecuador's ambassador to the United Nations, Gabriela Ruiz, \
         who spoke.",
    );
    assert_has!(
        found,
        "holds_role | Gabriela Ruiz | ambassador | Ecuador",
        "holds_role | Gabriela Ruiz | chair | Committee"
    );
    assert!(
        lacks(&found, "member_of | Gabriela Ruiz | United Nations"),
        "{found:#?}"
    );
}

#[test]
fn a_scheduled_trip_is_not_yet_a_visit() {
    let found = facts("On Wednesday, President Ana Ruiz is scheduled to travel to Cusco.");
    assert!(lacks(&found, "visits"), "{found:#?}");
}

#[test]
fn a_title_with_two_portfolios_is_one_title() {
    let found = facts("The deal was signed by Chile's Minister of Mines and Energy, Ana Ruiz.");
    assert_has!(
        found,
        "holds_role | Ana Ruiz | minister of mines and energy | Chile"
    );
    assert!(lacks(&found, "Energy |"), "{found:#?}");
}

#[test]
fn honorifics_between_a_title_and_its_holder_are_skipped() {
    let found = facts(
        "Foreign Minister Shri Arun Kumar Verma met Ana Ruiz. \
         The Prime Minister of Chile, H.E. Mr. Tomas Andrade Reyes, opened the fair.",
    );
    assert_has!(
        found,
        "holds_role | Arun Kumar Verma | foreign minister | ",
        "holds_role | Tomas Andrade Reyes | prime minister | Chile"
    );
    assert!(lacks(&found, "Shri"), "{found:#?}");
    assert!(lacks(&found, "H.E"), "{found:#?}");
}

#[test]
fn a_royal_style_after_a_title_begins_the_name() {
    let found = facts(
        "Qatar's Minister of Foreign Affairs Sheikh Omar Nasser Al-Harbi arrived in Lima. \
         Saudi Foreign Minister Prince Khalid bin Saud met Ana Ruiz.",
    );
    assert_has!(
        found,
        "holds_role | Omar Nasser Al-Harbi | minister of foreign affairs | Qatar",
        "holds_role | Khalid bin Saud | foreign minister | Saudi Arabia"
    );
    assert!(lacks(&found, "sheikh"), "{found:#?}");
    assert!(lacks(&found, "prince"), "{found:#?}");
}

#[test]
fn a_wire_dateline_is_not_the_subject() {
    let found = facts(
        "QUITO, Feb 15, 2025 (Andes Wire) - Chilean Vice-President Pedro Soto arrived in Quito \
         on Saturday.\nWASHINGTON (AP) \u{2014} Peruvian Trade Minister Luis Mora met Ana Ruiz.",
    );
    assert_has!(
        found,
        "holds_role | Pedro Soto | vice-president | Chile",
        "visits | Pedro Soto | Quito | ",
        "holds_role | Luis Mora | trade minister | Peru"
    );
    assert!(lacks(&found, "Andes Wire"), "{found:#?}");
    assert!(lacks(&found, "AP |"), "{found:#?}");
}

#[test]
fn a_title_runs_over_its_portfolio_after_of_and_for() {
    let found = facts(
        "The talks were led by Minister of State for Foreign Affairs Omar Farooq Baig of \
         Pakistan.\nPresidential Commissioner for Sanctions Policy Taras Melnychenko said more \
         lists would follow.\nKenya's Minister for Mining and Natural Resources Grace Wanjiru \
         Otieno spoke first.",
    );
    assert_has!(
        found,
        "holds_role | Omar Farooq Baig | minister of state for foreign affairs | Pakistan",
        "holds_role | Taras Melnychenko | presidential commissioner for sanctions policy | ",
        "holds_role | Grace Wanjiru Otieno | minister for mining and natural resources | Kenya"
    );
}

#[test]
fn a_second_title_after_and_is_no_portfolio() {
    let found = facts("Minister of Defence and Foreign Minister Lena Varga met the envoys.");
    assert!(lacks(&found, "and foreign"), "{found:#?}");
}

#[test]
fn a_body_named_by_its_portfolio_is_followed_by_its_officer() {
    let found =
        facts("Deputy Chairwoman of the Cabinet of Ministers Zarina Tursunova opened the forum.");
    assert_has!(
        found,
        "holds_role | Zarina Tursunova | deputy chairwoman | Cabinet of Ministers",
        "member_of | Zarina Tursunova | Cabinet of Ministers | "
    );
}

#[test]
fn courtesy_calls_receptions_and_bilateral_meetings_are_meetings() {
    let found = facts_published(
        "Ambassador Kofi Mensah-Boateng paid a courtesy call on Prime Minister Efua Asante on \
         Monday.\nForeign Minister Ravi Shankar Pillai was received by President Nasrin Akter \
         on Tuesday.\nPresident Ilse Vandermeer held a bilateral meeting with Chancellor Jonas \
         Weber on Friday.\nPresident Ilse Vandermeer received Foreign Minister Tomas Berg.",
        Some("2025-03-05"),
    );
    assert_has!(
        found,
        "meets | Kofi Mensah-Boateng | Efua Asante | 2025-03-03",
        "meets | Ravi Shankar Pillai | Nasrin Akter | 2025-03-04",
        "meets | Ilse Vandermeer | Jonas Weber | 2025-02-28",
        "meets | Ilse Vandermeer | Tomas Berg | "
    );
}

#[test]
fn receiving_a_thing_from_a_person_is_no_meeting() {
    let found = facts("President Ilse Vandermeer received a letter from Chancellor Jonas Weber.");
    assert!(lacks(&found, "meets"), "{found:#?}");
}

#[test]
fn travel_told_with_tours_stays_and_joined_places_is_a_visit() {
    let found = facts_published(
        "Governor Marisol Trejo toured a battery plant near Monterrey on Thursday.\nNurlan \
         Sadykov led a delegation of Kazakh grain exporters to Tashkent on February 11-13.\n\
         Trade Minister Aziz Rahimov is on a working visit to Canada and the United States.\n\
         The Standing Committee on Fisheries began a study of quotas. The committee travelled \
         to Ottawa on Monday.\nA delegation of the Senate of Chile arrived on Monday. The \
         delegation was in Lima for two days.",
        Some("2025-03-04"),
    );
    assert_has!(
        found,
        "visits | Marisol Trejo | Monterrey | 2025-02-27",
        "leads | Nurlan Sadykov | Kazakh delegation | ",
        "visits | Kazakh delegation | Tashkent | 2025-02-11",
        "visits | Aziz Rahimov | Canada | ",
        "visits | Aziz Rahimov | United States | ",
        "visits | Standing Committee on Fisheries | Ottawa | 2025-03-03",
        "visits | Senate of Chile delegation | Lima | "
    );
}

#[test]
fn a_place_after_and_without_travel_is_no_visit() {
    let found = facts("Foreign Minister Kari Nygaard said exports to Germany and France rose.");
    assert!(lacks(&found, "visits"), "{found:#?}");
}

#[test]
fn foreign_legal_forms_end_a_company_name() {
    let found = facts(
        "The United States sanctioned Tidewater Bunkering Pvt. Ltd. and Kama River Metals OOO \
         and Irtysh Cargo PJSC for shipping arms.",
    );
    assert_has!(
        found,
        "sanctioned_by | Tidewater Bunkering Pvt. Ltd | United States | ",
        "sanctioned_by | Kama River Metals OOO | United States | ",
        "sanctioned_by | Irtysh Cargo PJSC | United States | "
    );
}

#[test]
fn designees_introduced_as_among_the_companies_and_also_targeted() {
    let found = facts(
        "The Treasury imposed sanctions on 12 firms.\nAmong the companies on the list is Lumen \
         Optics Co., Ltd., a maker of drone cameras.\nThe sanctions also target Blue Jade \
         Trading Limited, registered in Hong Kong, and Chennai-based Indigo Valve Works.",
    );
    assert_has!(
        found,
        "sanctioned_by | Lumen Optics Co., Ltd | Treasury | ",
        "sanctioned_by | Blue Jade Trading Limited | Treasury | ",
        "sanctioned_by | Indigo Valve Works | Treasury | "
    );
}

#[test]
fn among_the_companies_without_sanctions_lists_nobody() {
    let found = facts("Among the companies at the fair is Lumen Optics Co., Ltd., a camera maker.");
    assert!(lacks(&found, "sanctioned_by"), "{found:#?}");
}

#[test]
fn us_styles_are_titles_held_in_a_state() {
    let found = facts(
        "Gov. Maribel Ocampo of California signed the bill.\nState Sen. Dwayne Kessler said he \
         opposed it.\nRep. Lorna Whitcomb of Texas introduced a rival bill.\nOhio Gov. Curtis \
         Bramlett declined to comment.",
    );
    assert_has!(
        found,
        "holds_role | Maribel Ocampo | governor | California",
        "holds_role | Dwayne Kessler | state senator | ",
        "holds_role | Lorna Whitcomb | representative | Texas",
        "holds_role | Curtis Bramlett | governor | Ohio"
    );
}

#[test]
fn a_national_title_is_not_held_at_a_city() {
    let found = facts("Foreign Minister Ilona Sarkany of Budapest spoke first.");
    assert!(lacks(&found, "| Budapest"), "{found:#?}");
}

#[test]
fn annex_entries_with_the_surname_last_in_capitals_and_a_function_paragraph() {
    let text = "The Council of the European Union today added two persons to its sanctions \
                list.\n\nAnnex\n\n5. Arkady Semyonovich VOLKOV-DRAGUN\n\nFirst Deputy Minister of \
                Energy of the Russian Federation.\n\n6. Irina Petrovna ZHUKOVA\n\nHead of the \
                Federal Fisheries Agency.\n";
    let found = facts_published(text, Some("2025-02-03"));
    let agent = "Council of the European Union";
    for wanted in [
        format!("sanctioned_by | Arkady Semyonovich Volkov-Dragun | {agent} | 2025-02-03"),
        "holds_role | Arkady Semyonovich Volkov-Dragun | first deputy minister of energy | Russia"
            .to_owned(),
        "holds_role | Irina Petrovna Zhukova | head | Federal Fisheries Agency".to_owned(),
    ] {
        assert!(
            found.iter().any(|f| f.eq_ignore_ascii_case(&wanted)),
            "missing {wanted:?} in {found:#?}"
        );
    }
}

#[test]
fn unnumbered_annex_entries_with_their_function_in_brackets() {
    let text = "Switzerland added the following individuals to its sanctions list.\n\n\
                SALGADO PINEDA, Rosa Elvira (Function: Minister of Health of Nicaragua)\n\n\
                OBANDO MEJIA, Luis Alberto (Function: Deputy Director of the National Police)\n";
    let found = facts_published(text, Some("2025-02-03"));
    assert_has!(
        found,
        "sanctioned_by | Rosa Elvira Salgado Pineda | Switzerland | 2025-02-03",
        "holds_role | Rosa Elvira Salgado Pineda | minister of health | Nicaragua",
        "holds_role | Luis Alberto Obando Mejia | deputy director | National Police"
    );
}

#[test]
fn a_capitalised_heading_without_sanctions_lists_nobody() {
    let found = facts("The report was published today.\n\n5. Notes from the UNITED NATIONS\n");
    assert!(lacks(&found, "sanctioned_by"), "{found:#?}");
}

#[test]
fn a_dated_career_line_is_a_post_of_the_profiled_person() {
    let found = facts(
        "Profile of the new minister.\nAsel Zhumabekova was born in 1972 in Naryn.\n\n\
         2006-2010 - Deputy Chairwoman of the State Customs Service;\n\n\
         2010-2016 - Minister of Finance of Kyrgyzstan;",
    );
    assert_has!(
        found,
        "holds_role | Asel Zhumabekova | deputy chairwoman | State Customs Service",
        "holds_role | Asel Zhumabekova | minister of finance | Kyrgyzstan"
    );
}

#[test]
fn appointed_to_a_title_holds_it() {
    assert_has!(
        facts("Edgars Kalnins was appointed Minister of Economy on Monday, replacing Ilze Berga."),
        "holds_role | Edgars Kalnins | minister of economy | "
    );
}

#[test]
fn a_year_in_prose_before_a_title_is_no_career_line() {
    let found = facts("Viktor Aronov spoke.\nIn 2010 the president visited the port.");
    assert!(lacks(&found, "holds_role | Viktor Aronov"), "{found:#?}");
}

#[test]
fn a_treaty_name_runs_through_its_subject_but_not_into_a_place() {
    let found = facts_published(
        "Foreign Minister Ana Ruiz and Foreign Minister Pablo Gomez signed a Memorandum of \
         Understanding on Cooperation in the Field of Renewable Energy on Monday.\nThe two \
         ministers signed an Agreement on Visa Exemption for Holders of Diplomatic and Official \
         Passports.\nThe two ministers also signed an Agreement on Fisheries in Montevideo.",
        Some("2025-03-04"),
    );
    assert_has!(
        found,
        "signs | Ana Ruiz | Memorandum of Understanding on Cooperation in the Field of Renewable \
         Energy | 2025-03-03",
        "signs | Pablo Gomez | Agreement on Visa Exemption for Holders of Diplomatic and Official \
         Passports | ",
        "signs | Pablo Gomez | Agreement on Fisheries | "
    );
    assert!(lacks(&found, "in Montevideo"), "{found:#?}");
}

#[test]
fn a_government_and_an_armed_group_or_a_counterpart_sign_together() {
    let found = facts_published(
        "Chad's government and the Lake Basin Liberation Front signed a peace agreement on \
         Sunday.\nForeign Minister Saira Qadri and her Uzbek counterpart Botir Yusupov signed the \
         Agreement on Economic and Technical Cooperation.",
        Some("2025-03-04"),
    );
    assert_has!(
        found,
        "signs | Chad | peace agreement | 2025-03-02",
        "signs | Lake Basin Liberation Front | peace agreement | 2025-03-02",
        "signs | Saira Qadri | Agreement on Economic and Technical Cooperation | ",
        "signs | Botir Yusupov | Agreement on Economic and Technical Cooperation | "
    );
}

#[test]
fn a_name_with_its_head_inside_runs_on_through_and() {
    let found = facts(
        "Lena Varga, chair of the Standing Committee on Energy and Natural Resources, met \
         the envoy. Peru and Chile signed the Lima Accord for Peace and Fisheries Cooperation \
         on Monday.",
    );
    assert_has!(
        found,
        "holds_role | Lena Varga | chair | Standing Committee on Energy and Natural Resources",
        "signs | Peru | Lima Accord for Peace and Fisheries Cooperation | ",
    );
    // Two bodies joined by "and" stay two.
    let two = facts("The Kaunas Institute of Technology and Orion Trading Company signed a deal.");
    assert!(lacks(&two, "Technology and Orion"), "{two:#?}");
}

#[test]
fn a_title_lists_its_portfolios() {
    assert_has!(
        facts("Kenyan Minister of Trade and Industry Amos Kiprono opened the fair."),
        "holds_role | Amos Kiprono | minister of trade and industry | Kenya"
    );
    assert_has!(
        facts("Peru's minister of energy, mines and tourism, Rosa Quispe Mamani, spoke."),
        "holds_role | Rosa Quispe Mamani | minister of energy, mines and tourism | Peru"
    );
    // A list that is not of portfolios stays out of the title.
    let found = facts("Talks between the minister of finance, Japan and Korea ended.");
    assert!(lacks(&found, "finance, japan"), "{found:#?}");
}

#[test]
fn a_replaced_person_held_the_title_before() {
    let found = facts(
        "Amos Kiprono was appointed Minister of Trade and Industry of Kenya on Monday, \
         replacing Grace Wanjiru.",
    );
    assert_has!(
        found,
        "holds_role | Amos Kiprono | minister of trade and industry | Kenya",
        "holds_role | Grace Wanjiru | minister of trade and industry | Kenya",
    );
    // The one who names a successor passes no title to the predecessor.
    let named = facts("Chilean President Ana Ruiz named Lena Varga to replace Tomas Berg.");
    assert!(lacks(&named, "Tomas Berg"), "{named:#?}");
}

#[test]
fn a_middle_name_added_later_is_the_same_person() {
    let found = facts(
        "Peruvian Foreign Minister Rosa Quispe spoke on Monday. Rosa Elena Quispe was born in \
         Cusco.",
    );
    assert_has!(
        found,
        "holds_role | Rosa Elena Quispe | foreign minister | Peru"
    );
}

#[test]
fn a_lower_case_treaty_topic_runs_through_and_and_in() {
    let found = facts(
        "Peru and Fiji signed a memorandum of understanding on cooperation in fisheries and \
         aquaculture on Monday.",
    );
    assert_has!(
        found,
        "signs | Peru | memorandum of understanding on cooperation in fisheries and aquaculture | "
    );
    // "and" before a verb ends the topic.
    let verb = facts("Peru and Fiji signed an agreement on trade and discussed fisheries.");
    assert_has!(verb, "signs | Peru | agreement on trade | ");
}

#[test]
fn the_group_that_travels_is_the_delegation() {
    let found = facts_published(
        "A Kenyan trade delegation led by Amos Kiprono arrived in Seoul on Monday. The \
         delegation toured a shipyard and a steel plant near Ulsan on Tuesday. On Wednesday \
         the group flew to Busan.",
        Some("2025-03-07"),
    );
    assert_has!(
        found,
        "visits | Kenyan trade delegation | Ulsan | 2025-03-04",
        "visits | Kenyan trade delegation | Busan | 2025-03-05",
    );
    // With no delegation in the article, "the group" is no one known.
    let none = facts("On Wednesday the group flew to Busan.");
    assert!(none.is_empty(), "{none:#?}");
}

#[test]
fn one_who_led_the_delegation_in_an_aside_travels() {
    let found = facts(
        "Governor Ana Ruiz, who led a 20-member delegation of farm leaders, arrived in Lima \
         on Monday.",
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("visits | Ana Ruiz | Lima")),
        "{found:#?}"
    );
    // Without the aside, the delegation travels.
    let plain = facts("A Chilean trade delegation led by Ana Ruiz arrived in Lima.");
    assert!(
        plain
            .iter()
            .any(|f| f.starts_with("visits | Chilean trade delegation | Lima")),
        "{plain:#?}"
    );
}

#[test]
fn a_government_signs_as_its_country() {
    let found = facts(
        "Kenya's government and the Coastal Liberation Front, the largest armed group in the \
         region, signed a peace accord on Saturday.",
    );
    assert_has!(
        found,
        "signs | Kenya | peace accord | ",
        "signs | Coastal Liberation Front | peace accord | ",
    );
    assert_has!(
        facts("The Peruvian government signed a fisheries agreement."),
        "signs | Peru | fisheries agreement | "
    );
    // A bare "the government" is the article's one country.
    assert_has!(
        facts("Floods hit Malawi in March. The government signed a loan agreement in May."),
        "signs | Malawi | loan agreement | "
    );
    // With two countries named, a bare "the government" is no one in particular.
    let two = facts(
        "Malawi and Zambia held talks in March. The government signed a loan agreement in May.",
    );
    assert!(lacks(&two, "loan agreement"), "{two:#?}");
}

#[test]
fn the_minister_is_the_one_last_given_the_title() {
    let found = facts(
        "Peruvian Foreign Minister Elena Rojas arrived in Jakarta. Later the foreign minister \
         travelled to Hanoi. The minister met Thai Trade Minister Somchai Boonmee in Bangkok.",
    );
    assert_has!(
        found,
        "visits | Elena Rojas | Hanoi | ",
        "meets | Elena Rojas | Somchai Boonmee | ",
    );
    // Another title, or a former holder, is someone else.
    let other = facts(
        "Peruvian Foreign Minister Elena Rojas arrived in Jakarta. Later the president \
         travelled to Hanoi, and the former minister flew to Bangkok.",
    );
    assert!(
        lacks(&other, "Hanoi") && lacks(&other, "Bangkok"),
        "{other:#?}"
    );
}

#[test]
fn a_title_two_people_hold_names_no_one() {
    let found = facts(
        "Peruvian Foreign Minister Elena Rojas met Thai Foreign Minister Somchai Boonmee. Later \
         the foreign minister travelled to Hanoi.",
    );
    assert!(lacks(&found, "Hanoi"), "{found:#?}");
}

#[test]
fn hon_is_a_style_not_a_sentence_end() {
    let found = facts(
        "Senator Ana Ruiz met with Canada's Minister of Foreign Affairs, Hon. Lise Tremblay, on \
         June 24.",
    );
    assert_has!(
        found,
        "holds_role | Lise Tremblay | minister of foreign affairs | Canada",
        "meets | Ana Ruiz | Lise Tremblay | ",
    );
}

#[test]
fn a_bare_title_names_only_the_last_sentences_person() {
    // The last sentence was about Ruiz, whose own title the article did not state.
    let found = facts(
        "Canadian Foreign Minister Lise Tremblay spoke first. Senator Ana Ruiz met Tremblay on \
         Monday. On Tuesday the minister held talks with Amos Kiprono.",
    );
    assert!(lacks(&found, "Lise Tremblay | Amos Kiprono"), "{found:#?}");
}

#[test]
fn one_who_led_a_delegation_in_an_aside_leads_it() {
    let found = facts(
        "Deputy Trade Minister Ana Ruiz, who led a Chilean delegation to Lima, met the \
         governor on Monday.",
    );
    assert_has!(found, "leads | Ana Ruiz | Chilean delegation | ");
}

#[test]
fn a_tour_of_countries_visits_each() {
    let found = facts(
        "Foreign Minister Ana Ruiz returned to Chile on Friday after a five-day tour of Kenya, \
         Uganda and Rwanda.",
    );
    for country in ["Kenya", "Uganda", "Rwanda"] {
        assert!(
            found
                .iter()
                .any(|f| f.starts_with(&format!("visits | Ana Ruiz | {country}"))),
            "{country}: {found:#?}"
        );
    }
}

#[test]
fn an_amount_is_no_part_of_a_treaty_name() {
    assert_has!(
        facts("Ghana and Togo signed a $40 million loan agreement in Accra."),
        "signs | Ghana | loan agreement | ",
        "signs | Togo | loan agreement | "
    );
}

#[test]
fn signers_named_with_their_titles_in_asides() {
    assert_has!(
        facts(
            "Ana Ruiz and Kwame Mensah, Ghana's Minister of Energy and Petroleum, signed a \
             memorandum of understanding on solar power."
        ),
        "signs | Ana Ruiz | memorandum of understanding on solar power | ",
        "signs | Kwame Mensah | memorandum of understanding on solar power | "
    );
    let found = facts(
        "Ana Ruiz, Director-General of the Andean Development Fund (ADF), and Peruvian Minister \
         of Finance Kwame Mensah signed a loan agreement.",
    );
    assert_has!(
        found,
        "signs | Ana Ruiz | loan agreement | ",
        "signs | Kwame Mensah | loan agreement | "
    );
    assert!(lacks(&found, "signs | Andean"), "{found:#?}");
}

#[test]
fn a_party_named_after_its_member() {
    let found = facts(
        "The group includes lawmakers Ana Ruiz of the ruling Unity Party and Kwame Mensah of \
         the Free Alliance group.",
    );
    assert_has!(
        found,
        "member_of | Ana Ruiz | Unity Party | ",
        "member_of | Kwame Mensah | Free Alliance | "
    );
    // Not every body after "of" is a party.
    let bank = facts("Ana Ruiz of the Andean Development Bank said rates would rise.");
    assert!(lacks(&bank, "member_of"), "{bank:#?}");
}

#[test]
fn a_former_post_is_the_post() {
    assert_has!(
        facts("Ana Ruiz, a former deputy defence minister of Poland, spoke first."),
        "holds_role | Ana Ruiz | deputy defence minister | Poland"
    );
}

#[test]
fn a_coordinating_minister() {
    assert_has!(
        facts("Indonesia's Coordinating Minister for Economic Affairs, Ana Ruiz, spoke."),
        "holds_role | Ana Ruiz | coordinating minister for economic affairs | Indonesia"
    );
}

#[test]
fn a_definite_title_names_its_holder_after_a_comma() {
    assert_has!(
        facts("Kim met the Indonesian Foreign Minister, Ana Ruiz, in Seoul."),
        "holds_role | Ana Ruiz | foreign minister | Indonesia"
    );
    assert_has!(
        facts("The Minister of Finance, Ana Ruiz, said rates would rise."),
        "holds_role | Ana Ruiz | minister of finance | "
    );
}

#[test]
fn a_portfolio_list_is_no_person() {
    let found =
        facts("He met the Uzbek Minister of Energy, Industry and Trade, Ana Ruiz, on Monday.");
    assert!(lacks(&found, "| Industry and Trade |"), "{found:#?}");
}

#[test]
fn portfolios_of_newer_ministries() {
    assert_has!(
        facts(
            "Ana Ruiz, Kenya's Minister of Artificial Intelligence and Digital Development, \
             spoke first."
        ),
        "holds_role | Ana Ruiz | minister of artificial intelligence and digital development | Kenya"
    );
    assert_has!(
        facts("Ana Ruiz served as minister of the interior and safety from 2019 to 2020."),
        "holds_role | Ana Ruiz | minister of the interior and safety | "
    );
}

#[test]
fn an_mep_is_a_member_of_the_european_parliament() {
    let found = facts("Lithuanian MEP Ana Ruiz led the group.");
    assert_has!(found, "member_of | Ana Ruiz | European Parliament | ");
    assert!(lacks(&found, "holds_role"), "{found:#?}");
}

#[test]
fn counterparts_hold_talks_and_sign() {
    let found = facts(
        "Defence Minister Kenji Ota and his Chilean counterpart Ana Ruiz held talks at the \
         Defence Ministry in Tokyo and signed a memorandum on naval cooperation.",
    );
    assert_has!(
        found,
        "meets | Kenji Ota | Ana Ruiz | ",
        "holds_role | Ana Ruiz | defence minister | Chile",
        "signs | Kenji Ota | memorandum on naval cooperation | ",
        "signs | Ana Ruiz | memorandum on naval cooperation | "
    );
}

#[test]
fn a_portfolio_at_the_end_of_a_run() {
    assert_has!(
        facts("Ana Ruiz, UAE Minister of State for Foreign Trade, returned home on Monday."),
        "holds_role | Ana Ruiz | minister of state for foreign trade | United Arab Emirates"
    );
}

#[test]
fn a_demonym_title_in_apposition() {
    assert_has!(
        facts("Ana Ruiz, Peruvian Minister of Energy, returned home on Monday."),
        "holds_role | Ana Ruiz | minister of energy | Peru"
    );
}

#[test]
fn a_house_of_parliament_and_a_coordinator() {
    assert_has!(
        facts(
            "Defence Minister Kenji Tanaka spoke on Monday. He is a member of the House of \
             Representatives."
        ),
        "member_of | Kenji Tanaka | House of Representatives | "
    );
    assert_has!(
        facts("Lars Holm, a project coordinator for the Nordic Refugee Council, was freed."),
        "member_of | Lars Holm | Nordic Refugee Council | "
    );
}

#[test]
fn its_title_is_held_at_the_body() {
    assert_has!(
        facts(
            "Kim toured the Andean Space Agency, where he was briefed by its president, Ana \
             Ruiz, on launches."
        ),
        "holds_role | Ana Ruiz | president | Andean Space Agency"
    );
}

#[test]
fn a_member_named_with_a_group_without_a_head_word() {
    let found = facts(
        "The group included Polish MEP Jan Nowak of the European Conservatives and Reformists.",
    );
    assert_has!(found, "member_of | Jan Nowak | European Parliament | ");
}

#[test]
fn hyphenated_vice_titles() {
    assert_has!(
        facts("Ana Ruiz, a vice-chair of the Committee on Foreign Affairs, arrived in Lima."),
        "holds_role | Ana Ruiz | vice-chair | Committee on Foreign Affairs"
    );
}

#[test]
fn a_treaty_named_for_a_country_of_the_is_one_name() {
    assert_has!(
        facts(
            "Peru and the Democratic Republic of the Congo signed the Peru-Democratic Republic \
             of the Congo Rail Transport Agreement."
        ),
        "signs | Peru | Peru-Democratic Republic of the Congo Rail Transport Agreement | "
    );
}

#[test]
fn a_former_rank_is_no_role() {
    let found = facts("Ana Ruiz, a former general, arrived in Lima.");
    assert!(lacks(&found, "holds_role"), "{found:#?}");
}

#[test]
fn portfolios_of_newer_briefs_and_regions() {
    assert_has!(
        facts(
            "Chad's Minister of National Reconciliation and Social Cohesion, Idriss Saleh, \
             spoke. The pact was signed by Tanzanian Minister of Foreign Affairs and East \
             African Cooperation Amina Kassim."
        ),
        "holds_role | Idriss Saleh | minister of national reconciliation and social cohesion | Chad",
        "holds_role | Amina Kassim | minister of foreign affairs and east african cooperation | Tanzania"
    );
}

#[test]
fn a_portfolio_of_unlisted_words_ends_in_a_head_word() {
    assert_has!(
        facts(
            "Ministry of Foreign Affairs (MFA) Undersecretary for Bilateral Relations and \
             Pacific Affairs Ana Ruiz met Tom Bell. Commissioner for Political Affairs, Peace \
             and Security Omar Diallo spoke."
        ),
        "holds_role | Ana Ruiz | undersecretary for bilateral relations and pacific affairs | \
         Ministry of Foreign Affairs",
        "meets | Ana Ruiz | Tom Bell | ",
        "holds_role | Omar Diallo | commissioner for political affairs, peace and security | "
    );
    // Capitalised words no head word ends are the name's.
    assert_has!(
        facts("Minister for Foreign Affairs Ana Ruiz met Tom Bell."),
        "holds_role | Ana Ruiz | minister for foreign affairs | "
    );
}

#[test]
fn a_body_abbreviated_before_its_title() {
    assert_has!(
        facts("Department of Coastal Defense (DCD) spokesperson Arsenio Dela Cruz said so."),
        "holds_role | Arsenio Dela Cruz | spokesperson | Department of Coastal Defense"
    );
}

#[test]
fn signers_in_a_relative_list_after_a_place_and_today() {
    assert_has!(
        facts(
            "It began with a tripartite memorandum of understanding that Chad, Niger and Mali \
             signed in March 2012."
        ),
        "signs | Chad | tripartite memorandum of understanding | 2012-03",
        "signs | Niger | tripartite memorandum of understanding | 2012-03",
        "signs | Mali | tripartite memorandum of understanding | 2012-03"
    );
    assert_has!(
        facts(
            "The Convention on the Status of the Aral Sea was signed in Nukus in May 2019 by Uzbekistan and Kazakhstan."
        ),
        "signs | Uzbekistan | Convention on the Status of the Aral Sea | 2019-05",
        "signs | Kazakhstan | Convention on the Status of the Aral Sea | 2019-05"
    );
    assert_has!(
        facts("Chile and Peru today inked a memorandum of understanding on fisheries."),
        "signs | Chile | memorandum of understanding on fisheries | ",
        "signs | Peru | memorandum of understanding on fisheries | "
    );
}

#[test]
fn countries_both_or_founding_members() {
    assert_has!(
        facts("Chile and Peru are both members of the Pacific Alliance."),
        "member_of | Chile | Pacific Alliance | ",
        "member_of | Peru | Pacific Alliance | "
    );
    assert_has!(
        facts(
            "He said that Vietnam, an ASEAN member state, is key. The East African Community, \
             which South Sudan joined in 2016, stayed out. Peru is a full Member State of the \
             United Nations."
        ),
        "member_of | Vietnam | ASEAN | ",
        "member_of | South Sudan | East African Community | ",
        "member_of | Peru | United Nations | "
    );
}

#[test]
fn a_pair_named_before_are_members() {
    let found = facts(
        "Ghana and Togo signed a border accord on Monday. The two countries are also founding \
         members of ECOWAS and the African Union. India and Japan met. Both nations are members \
         of the ASEAN Defence Ministers' Meeting-Plus.",
    );
    assert_has!(
        found,
        "member_of | Ghana | ECOWAS | ",
        "member_of | Togo | ECOWAS | ",
        "member_of | Ghana | African Union | ",
        "member_of | Togo | African Union | "
    );
    // (A body named only in part gives nothing.)
    assert!(lacks(&found, "member_of | India"), "{found:#?}");
}

#[test]
fn treaty_names_with_joined_topics_and_a_company_s_signer() {
    let found = facts(
        "Japan and Kazakhstan on Tuesday signed a memorandum of cooperation on critical \
         minerals. Turkey and Kyrgyzstan signed a military training and education cooperation \
         agreement. Separately, the Turkish firm Anatolia Aerosystems signed a memorandum of \
         understanding with the Kyrgyz Defense Ministry. The memorandum was signed by the \
         company's CEO Burak Eryilmaz and Nurlan Abdykadyrov. The Defence Training and \
         Education Agreement was signed by Defence Minister Ali Kaya and Defence Minister Emil \
         Asanov.",
    );
    assert_has!(
        found,
        "signs | Japan | memorandum of cooperation on critical minerals | ",
        "signs | Kyrgyzstan | military training and education cooperation agreement | ",
        "signs | Burak Eryilmaz | memorandum of understanding | ",
        "signs | Nurlan Abdykadyrov | memorandum of understanding | ",
        "signs | Ali Kaya | Defence Training and Education Agreement | "
    );
}

#[test]
fn a_ministry_readout_s_talks_signing_and_courtesy_call() {
    let found = facts(
        "Hon. Kofi Mensah held bilateral talks at the Ministry with \
         the Minister of Foreign Affairs of Morocco, H.E. Hicham Idrissi. At the end of the \
         talks, the two Ministers signed a Memorandum of Understanding on Political \
         Consultations between the Ministry of Foreign Affairs of Ghana and the Ministry of \
         Foreign Affairs of Morocco. Separately, the Chief Director of the Ministry, Ambassador \
         Yaw Mensah, received the Charge d'Affaires of the Embassy of Mali, Mr. Boubacar \
         Traore. Mali, which announced its withdrawal from ECOWAS in January 2024, is a member \
         of the Alliance of Sahel States (AES).",
    );
    assert_has!(
        found,
        "meets | Kofi Mensah | Hicham Idrissi | ",
        "signs | Kofi Mensah | Memorandum of Understanding on Political Consultations | ",
        "signs | Hicham Idrissi | Memorandum of Understanding on Political Consultations | ",
        "signs | Ministry of Foreign Affairs of Ghana | Memorandum of Understanding on Political \
         Consultations | ",
        "meets | Yaw Mensah | Boubacar Traore | ",
        "member_of | Mali | Alliance of Sahel States | "
    );
}

#[test]
fn a_company_s_memorandum_with_a_government_and_its_signers() {
    let found = facts(
        "Hamra Water Company today announced that it has signed a \
         Memorandum of Understanding (MoU) with the Government of the Republic of Senegal. The \
         MoU was signed in Dakar on Monday, November 23, by Chief Executive Officer Faisal \
         Otaibi and Senegal's Minister of Water, Mamadou Diouf.",
    );
    assert_has!(
        found,
        "signs | Government of the Republic of Senegal | Memorandum of Understanding | ",
        "signs | Faisal Otaibi | Memorandum of Understanding | XXXX-11-23",
        "signs | Mamadou Diouf | Memorandum of Understanding | XXXX-11-23"
    );
}

#[test]
fn the_two_ministers_after_he_and_another_delegation_named_less_fully() {
    let found = facts(
        "Foreign Minister Anna Berg met Commissioner Pia Lund in Brussels. Later, Mining \
         Minister Ole Dahl visited Astana. In Astana he held talks with Foreign Minister Nurlan \
         Tulegen and the two ministers signed a protocol on geological data exchange. In June, \
         Chief of Staff Erik Holm led a Swedish government delegation to Brussels. In October, \
         Anna Berg led a Swedish delegation to Ottawa.",
    );
    assert_has!(
        found,
        "signs | Ole Dahl | protocol on geological data exchange | ",
        "signs | Nurlan Tulegen | protocol on geological data exchange | ",
        "leads | Erik Holm | Swedish government delegation | ",
        "leads | Anna Berg | Swedish delegation | "
    );
    assert!(lacks(&found, "signs | Anna Berg"), "{found:#?}");
}

#[test]
fn a_title_after_whose_and_a_body_joined_after_another() {
    let found = facts(
        "The agent Falcon Bay Maritime FZE, whose managing director, Rashid Mazrouei, declined \
         to comment, is based in Dubai. Belarus is a member of the Eurasian Economic Union and \
         joined the Shanghai Cooperation Organisation in July 2024.",
    );
    assert_has!(
        found,
        "holds_role | Rashid Mazrouei | managing director | Falcon Bay Maritime FZE",
        "member_of | Belarus | Shanghai Cooperation Organisation | "
    );
}

#[test]
fn members_in_a_relative_clause_after_their_body() {
    let found = facts(
        "He met officials of the Southern African Development Community (SADC), of which the \
         DRC is a member, and of the International Conference on the Great Lakes Region \
         (ICGLR), of which both the DRC and Rwanda are members.",
    );
    assert_has!(
        found,
        "member_of | Democratic Republic of the Congo | Southern African Development Community | ",
        "member_of | Democratic Republic of the Congo | International Conference on the Great \
         Lakes Region | ",
        "member_of | Rwanda | International Conference on the Great Lakes Region | "
    );
}

#[test]
fn a_body_with_its_short_name_signs_beside_another() {
    assert_has!(
        facts("The Ministry of Energy (MoE) and Altyn Dala Mining signed a supply agreement."),
        "signs | Ministry of Energy | supply agreement | ",
        "signs | Altyn Dala Mining | supply agreement | "
    );
}

#[test]
fn an_arrival_is_of_the_one_greeted() {
    let found = facts(
        "Chile's Foreign Minister Ana Ruiz (R) greets Peru's Foreign Minister Luis Soto (L) on \
         his arrival at the airport in Santiago. Bolivia's Foreign Minister Eva Mora is greeted \
         by Chile's Defence Minister Tom Vidal on her arrival in Santiago.",
    );
    assert_has!(
        found,
        "visits | Luis Soto | Santiago | ",
        "visits | Eva Mora | Santiago | "
    );
    assert!(lacks(&found, "visits | Ana Ruiz"), "{found:#?}");
    assert!(lacks(&found, "visits | Tom Vidal"), "{found:#?}");
}

#[test]
fn a_un_speaker_s_designation_and_a_brief_for_a_country() {
    let found = facts(
        "The representative of Denmark, Mette Holm, Deputy Permanent Representative, said the \
         review was late. The representative of Kenya, Ana Omolo, Special Envoy for South \
         Sudan, agreed.",
    );
    assert_has!(
        found,
        "holds_role | Mette Holm | deputy permanent representative | Denmark",
        "holds_role | Ana Omolo | special envoy for south sudan | Kenya"
    );
    assert!(lacks(&found, "| representative |"), "{found:#?}");
}

#[test]
fn sanctions_imposed_by_name_a_target_only_beside_it() {
    let found = facts(
        "Asked about the tanker, Ana Ruiz said Chile recognised only sanctions imposed by the \
         United Nations Security Council. Acme Ltd is also subject to restrictions imposed by \
         the European Union.",
    );
    assert!(lacks(&found, "sanctioned_by | Ana Ruiz"), "{found:#?}");
    assert_has!(found, "sanctioned_by | Acme Ltd | European Union | ");
}

#[test]
fn towns_joined_after_a_verb_of_travel() {
    let found = facts(
        "Ana Ruiz travelled to Malakal and Bentiu last week. Tom Bell travelled to Paris and \
         Dupont said it was fine.",
    );
    assert_has!(
        found,
        "visits | Ana Ruiz | Malakal | ",
        "visits | Ana Ruiz | Bentiu | "
    );
    assert!(lacks(&found, "Dupont"), "{found:#?}");
}

#[test]
fn who_is_also_before_a_title() {
    assert_has!(
        facts("Ana Ruiz, who is also chair of the Senate Finance Committee, spoke."),
        "holds_role | Ana Ruiz | chair | Senate Finance Committee"
    );
}

#[test]
fn after_signing_a_treaty_between_two_countries() {
    assert_has!(
        facts(
            "Chile's Foreign Minister Ana Ruiz and Peru's Trade Minister Luis Soto shake hands \
             after signing the Memorandum of Understanding on Fisheries between Chile and Peru."
        ),
        "signs | Ana Ruiz | Memorandum of Understanding on Fisheries | ",
        "signs | Luis Soto | Memorandum of Understanding on Fisheries | ",
        "signs | Chile | Memorandum of Understanding on Fisheries | ",
        "signs | Peru | Memorandum of Understanding on Fisheries | "
    );
}

#[test]
fn a_signing_s_place_before_the_other_side() {
    assert_has!(
        facts("Chile signed a trade agreement in Lima with Peru."),
        "signs | Chile | trade agreement | ",
        "signs | Peru | trade agreement | "
    );
}

#[test]
fn hindi_titles_of_indian_releases() {
    assert_has!(
        facts(
            "Raksha Mantri Shri Arun Kumar Desai held bilateral talks with the Minister of \
             National Defence of Vietnam General Tran Van Long in New Delhi."
        ),
        "holds_role | Arun Kumar Desai | raksha mantri | ",
        "meets | Arun Kumar Desai | Tran Van Long | "
    );
}

#[test]
fn a_treaty_s_short_name_before_its_signer() {
    assert_has!(
        facts(
            "We welcomed the signing of the Treaty of Amity and Cooperation in Southeast Asia \
             (TAC) by Kenya in Manila on 20 November 2026."
        ),
        "signs | Kenya | Treaty of Amity and Cooperation in Southeast Asia | 2026-11-20"
    );
}

#[test]
fn a_caption_s_position_markers_and_a_list_of_member_states() {
    assert_has!(
        facts(
            "Chile's Foreign Minister Ana Ruiz (L) and Peru's Foreign Minister Luis Soto shake \
             hands after signing the Memorandum of Understanding on Fisheries."
        ),
        "signs | Ana Ruiz | Memorandum of Understanding on Fisheries | ",
        "signs | Luis Soto | Memorandum of Understanding on Fisheries | "
    );
    assert_has!(
        facts(
            "Ministers look on as Executive Secretary Ana Ruiz (seated, L) and Chile's Foreign \
             Minister Luis Soto (seated, R) sign the Agreement on Fisheries."
        ),
        "signs | Ana Ruiz | Agreement on Fisheries | ",
        "signs | Luis Soto | Agreement on Fisheries | "
    );
    assert_has!(
        facts(
            "Heads of delegation of the nine CPLP member states - Angola, Brazil and \
             Mozambique - pose for a photo."
        ),
        "member_of | Angola | CPLP | ",
        "member_of | Brazil | CPLP | ",
        "member_of | Mozambique | CPLP | "
    );
}

#[test]
fn malay_styles_run_in_chains_and_a_portfolio_goes_on() {
    let found = facts(
        "The memorandum was signed by Deputy Minister of Energy Transition Datuk Aminah Rozita \
         Kamal. He met Brunei's Minister of Energy, Yang Berhormat Dato Seri Setia Awang Haji \
         Zulkifli Haji Osman, and Pengiran Hajah Nor Aini Pengiran Haji Damit. Yang Wei, \
         China's ambassador, came too.",
    );
    assert_has!(
        found,
        "holds_role | Aminah Rozita Kamal | deputy minister of energy transition | ",
        "signs | Aminah Rozita Kamal | memorandum | ",
        "holds_role | Zulkifli Haji Osman | minister of energy | Brunei",
        "holds_role | Yang Wei | ambassador | China"
    );
    assert!(
        found
            .iter()
            .any(|f| f.contains("| Nor Aini Pengiran Haji Damit |")),
        "{found:#?}"
    );
}

#[test]
fn a_title_word_before_a_patronymic_is_a_given_name() {
    let found = facts(
        "Emir Talgatovich Serikbayev, 44, of Bishkek, was charged. Serikbayev is the owner of \
         Altyn Avia Supply OJSC.",
    );
    assert_has!(
        found,
        "holds_role | Emir Talgatovich Serikbayev | owner | Altyn Avia Supply OJSC"
    );
    assert!(lacks(&found, "| emir |"), "{found:#?}");
}

#[test]
fn a_meeting_s_name_is_no_person() {
    let found = facts(
        "We welcomed the outcome of the 23rd Chile-Peru Joint Commission Meeting in Lima. On \
         the sidelines of the Meeting, the Chair held bilateral meetings with Luis Soto.",
    );
    assert!(lacks(&found, "Commission Meeting"), "{found:#?}");
}

#[test]
fn a_body_then_a_name_without_a_comma() {
    assert_has!(
        facts(
            "Secretary of the National Security and Defense Council Petro Kovalenko spoke. \
             Governor of the Central Bank Ana Ruiz agreed."
        ),
        "holds_role | Petro Kovalenko | secretary | National Security and Defense Council",
        "holds_role | Ana Ruiz | governor | Central Bank"
    );
    assert_has!(
        facts("He met Undersecretary of the Ministry of Foreign Affairs of Poland Ewa Nowak."),
        "holds_role | Ewa Nowak | undersecretary | Ministry of Foreign Affairs of Poland"
    );
}

#[test]
fn a_portfolio_after_of_names_the_body_not_the_title() {
    assert_has!(
        facts("Ohio Department of Agriculture Director Ann Moss said exports rose."),
        "holds_role | Ann Moss | director | Ohio Department of Agriculture"
    );
}

#[test]
fn state_secretaries_and_advisers_with_a_brief() {
    assert_has!(
        facts(
            "He met Norway's State Secretary at the Ministry of Foreign Affairs, Ola Nordberg. \
             Mari Tamm, Media Adviser of the Riigikogu Press Service, said."
        ),
        "holds_role | Ola Nordberg | state secretary | Ministry of Foreign Affairs",
        "holds_role | Mari Tamm | media adviser | Riigikogu Press Service"
    );
    let found = facts("National Unity Government Foreign Minister Thet Nwe spoke.");
    assert_has!(
        found,
        "holds_role | Thet Nwe | foreign minister | National Unity Government"
    );
    let found = facts("South African Industry Minister Ana Ruiz spoke.");
    assert_has!(
        found,
        "holds_role | Ana Ruiz | industry minister | South Africa"
    );
}

#[test]
fn a_body_chaired_with_the_verb() {
    let found = facts(
        "Jan Smit, who chairs the Senate Budget Committee, spoke. Ana Ruiz was born in 1960. \
         She heads the National Bank of Serbia.",
    );
    assert_has!(
        found,
        "holds_role | Jan Smit | chair | Senate Budget Committee",
        "holds_role | Ana Ruiz | head | National Bank of Serbia"
    );
    // The owner of an unnamed body is not the body.
    let found = facts("Jan Smit, who chairs the Parliament's Delegation for Asia, spoke.");
    assert!(lacks(&found, "holds_role"), "{found:#?}");
}

#[test]
fn ranks_between_a_body_and_a_name() {
    assert_has!(
        facts(
            "Surgeon General of the Pakistan Army Lieutenant General Farah Qureshi spoke. \
             U.S. Forces Korea Commander Gen. Mark Tolliver agreed."
        ),
        "holds_role | Farah Qureshi | surgeon general | Pakistan Army",
        "holds_role | Mark Tolliver | commander | U.S. Forces Korea"
    );
    // Abbreviated and "senior" ranks are ranks, not roles.
    let found = facts("Lt. Gen. John Smith met Senior Lieutenant General Le Tuan.");
    assert!(lacks(&found, "holds_role"), "{found:#?}");
}

#[test]
fn debarments_and_regional_bodies_sanction() {
    assert_has!(
        facts(
            "The African Union imposed targeted sanctions on Peter Both. Acme Shipping Ltd was \
             debarred by the Asian Development Bank in 2021. The World Bank today announced the \
             debarment of Orion Builders Ltd, a road contractor, and its managing director, Ravi \
             Menon."
        ),
        "sanctioned_by | Peter Both | African Union | ",
        "sanctioned_by | Acme Shipping Ltd | Asian Development Bank | 2021",
        "sanctioned_by | Orion Builders Ltd | World Bank | ",
        "holds_role | Ravi Menon | managing director | Orion Builders Ltd"
    );
}

#[test]
fn meetings_of_joined_people() {
    let found = facts(
        "Senator Ana Ruiz and Senator Tom Cole arrived on Monday. In Seoul, Ruiz and Cole met \
         with Foreign Minister Hwang Min-ho and Defense Minister Bae Jung-ho.",
    );
    assert_has!(
        found,
        "meets | Ana Ruiz | Hwang Min-ho | ",
        "meets | Ana Ruiz | Bae Jung-ho | ",
        "meets | Tom Cole | Hwang Min-ho | ",
        "meets | Tom Cole | Bae Jung-ho | "
    );
}

#[test]
fn credentials_and_a_host_with_place_and_time() {
    assert_has!(
        facts(
            "President Bat Erdene then received the credentials of Ana Lins, Ambassador of Brazil."
        ),
        "meets | Bat Erdene | Ana Lins | "
    );
    assert_has!(
        facts("Omar Saleh received at the Ministry of Defense in Riyadh today General Ali Khan."),
        "meets | Omar Saleh | Ali Khan | "
    );
    let found = facts("Omar Saleh was received at the airport by Foreign Minister Ali Khan.");
    assert!(lacks(&found, "meets"), "{found:#?}");
}

#[test]
fn a_nickname_in_quotes_is_no_part_of_the_name() {
    let found = facts(
        "Sen. Rodolfo \"Rudy\" Sarmiento, vice chairperson of the Senate Committee on National \
         Defense, met U.S. Senator Thomas \u{201c}Tom\u{201d} Whitcomb.",
    );
    assert_has!(
        found,
        "holds_role | Rodolfo Sarmiento | vice chairperson | Senate Committee on National Defense",
        "meets | Rodolfo Sarmiento | Thomas Whitcomb | "
    );
}

#[test]
fn two_bodies_joined_by_and_stay_two() {
    let found = facts(
        "The Ministry of Energy of Kazakhstan and the Ministry of Energy of Russia signed a \
         memorandum of understanding on military training cooperation.",
    );
    assert_has!(
        found,
        "signs | Ministry of Energy of Kazakhstan | memorandum of understanding on military training cooperation | ",
        "signs | Ministry of Energy of Russia | memorandum of understanding on military training cooperation | "
    );
}

#[test]
fn a_meeting_in_a_city_named_first() {
    let found = facts(
        "U.S. Senator Elena Ruiz arrived on Monday. In Seoul, Ruiz met with South Korean Foreign \
         Minister Hwang Min-ho.",
    );
    assert_has!(found, "visits | Elena Ruiz | Seoul | ");
}

#[test]
fn a_pronoun_leads_a_delegation_of_members() {
    let found = facts(
        "Ana Ruiz spoke. In March, she led a delegation of Armed Services Committee members to \
         Japan.",
    );
    assert_has!(
        found,
        "leads | Ana Ruiz | Armed Services Committee delegation | ",
        "visits | Armed Services Committee delegation | Japan | XXXX-03"
    );
}

#[test]
fn both_members_of_a_body() {
    let found = facts(
        "U.S. Representatives Grace Hughes (D-Md.) and Andrew Cho (R-Calif.), both members of \
         the House Committee on Homeland Security, joined.",
    );
    assert_has!(
        found,
        "member_of | Grace Hughes | House Committee on Homeland Security | ",
        "member_of | Andrew Cho | House Committee on Homeland Security | "
    );
}

#[test]
fn a_treaty_named_for_a_conflict_in_a_country_signed_by_two_bodies() {
    let found = facts(
        "They recalled the Agreement on the Resolution of the Conflict in South Sudan, signed in \
         Addis Ababa on 12 September 2018 by the Transitional Government of National Unity and \
         the Sudan People's Liberation Movement.",
    );
    let treaty = "Agreement on the Resolution of the Conflict in South Sudan";
    assert_has!(
        found,
        &format!("signs | Transitional Government of National Unity | {treaty} | 2018-09-12"),
        &format!("signs | Sudan People's Liberation Movement | {treaty} | 2018-09-12")
    );
}

#[test]
fn a_title_at_a_body_its_owner_names() {
    assert_has!(
        facts(
            "Speaker Ana Ruiz of the Parliament of Chile left. The delegation includes Tomas \
             Vidal, chairman of the parliament's Oversight Committee."
        ),
        "holds_role | Tomas Vidal | chairman | Oversight Committee"
    );
}

#[test]
fn a_list_numbered_in_roman_under_a_lead_in_with_an_aside() {
    let found = facts(
        "The African Union Peace and Security Council decides to impose targeted sanctions, \
         including a travel ban, on the following individuals and entities:\n\n(i) Maj. Gen. \
         Peter Both, a commander;\n\n(ii) Mr. Ana Ruiz, a governor;\n\n(iii) Nile Crest \
         Petroleum Ltd, a company registered in Juba;",
    );
    let agent = "African Union Peace and Security Council";
    assert_has!(
        found,
        &format!("sanctioned_by | Peter Both | {agent} | "),
        &format!("sanctioned_by | Ana Ruiz | {agent} | "),
        &format!("sanctioned_by | Nile Crest Petroleum Ltd | {agent} | ")
    );
}

#[test]
fn a_signer_named_after_an_owned_title_and_a_comma() {
    let found = facts(
        "Tom Hofer is governor. On Thursday Hofer and Colombia's minister of commerce, industry \
         and tourism, Ana Ruiz, signed a memorandum of understanding on farm trade.",
    );
    assert_has!(
        found,
        "signs | Tom Hofer | memorandum of understanding on farm trade | ",
        "signs | Ana Ruiz | memorandum of understanding on farm trade | "
    );
}

#[test]
fn a_list_entry_name_title_body() {
    let found = facts(
        "Ana Ruiz, Director General, Ministry of Foreign Affairs, and Tom Cole, President, Acme \
         Corporation, attended.",
    );
    assert_has!(
        found,
        "holds_role | Ana Ruiz | director general | Ministry of Foreign Affairs",
        "holds_role | Tom Cole | president | Acme Corporation"
    );
}

#[test]
fn two_surnames_alone_are_the_person_named_in_full() {
    let found = facts(
        "Julia Estela Marroquin Batz spoke on Monday. Marroquin Batz met Anna Weber in Brussels.",
    );
    assert_has!(found, "meets | Julia Estela Marroquin Batz | Anna Weber | ");
}

#[test]
fn talks_at_a_building_in_a_city() {
    let found = facts(
        "Japanese Defense Minister Taro Sato and his Italian counterpart Marco Rossi held talks \
         at the Defense Ministry in Tokyo.",
    );
    assert_has!(found, "visits | Marco Rossi | Tokyo | ");
    assert!(!has(&found, "visits | Taro Sato | Tokyo | "), "{found:#?}");
}

#[test]
fn a_mongolian_initial_and_name_is_a_person() {
    let found = facts("President Kh.Ganbaatar received the credentials of Ana Lins.");
    assert_has!(
        found,
        "holds_role | Kh.Ganbaatar | president | ",
        "meets | Kh.Ganbaatar | Ana Lins | "
    );
}

#[test]
fn two_titles_joined_by_a_dash_share_the_second_ones_country() {
    let found = facts(
        "Deputy Prime Minister \u{2013} Minister of Trade of the Republic of Kazakhstan Serik \
         Abenov attended.",
    );
    assert_has!(
        found,
        "holds_role | Serik Abenov | deputy prime minister | Kazakhstan",
        "holds_role | Serik Abenov | minister of trade | Kazakhstan"
    );
}

#[test]
fn the_demonym_minister_is_the_minister_of_that_country() {
    let found = facts(
        "Kuwaiti Foreign Minister Khaled Saleh arrived on Sunday. Later, the Kuwaiti minister \
         held talks with Pakistan's Foreign Minister Syed Gardezi.",
    );
    assert_has!(found, "meets | Khaled Saleh | Syed Gardezi | ");
}

#[test]
fn a_title_right_before_a_name_is_no_apposition() {
    let found = facts("Ana Ruiz, President Tom Cole and Ewa Nowak attended.");
    assert_has!(found, "holds_role | Tom Cole | president | ");
    assert!(
        !has(&found, "holds_role | Ana Ruiz | president | "),
        "{found:#?}"
    );
}

#[test]
fn a_title_that_names_a_body_is_no_role() {
    let found = facts("Head of the Office of the President Ana Ruiz attended.");
    assert_has!(
        found,
        "holds_role | Ana Ruiz | head | Office of the President"
    );
    assert!(
        !has(&found, "holds_role | Ana Ruiz | president | "),
        "{found:#?}"
    );
}

#[test]
fn a_former_title_with_a_noun_in_apposition() {
    assert_has!(
        facts("Mikkel Lund, a former project coordinator for the Danish Refugee Council, spoke."),
        "holds_role | Mikkel Lund | project coordinator | Danish Refugee Council"
    );
}

#[test]
fn who_took_over_as_a_title() {
    assert_has!(
        facts("President Ana Ruiz, who took over as chairperson of the African Union, spoke."),
        "holds_role | Ana Ruiz | chairperson | African Union"
    );
}

#[test]
fn an_occupation_is_no_post() {
    let found = facts("Britain sanctioned Russian businessman Oleg Sokolov on Thursday.");
    assert_has!(found, "sanctioned_by | Oleg Sokolov | United Kingdom | ");
    assert!(lacks(&found, "holds_role"), "{found:#?}");
}

#[test]
fn a_run_cut_inside_an_abbreviated_rank_holds_no_title() {
    // Found by the property test: "Ana Lt" ends a run inside the rank "Lt. Gen.", whose
    // mention ran past the run and made a later slice start after its end.
    let found = facts("He met Ana Lt. Gen. Ali Khan.");
    assert!(
        found.iter().all(|f| !f.contains("lieutenant")),
        "{found:#?}"
    );
}

#[test]
fn placed_under_sanctions() {
    assert_has!(
        facts("Ali Reza spoke. The European Union placed him under sanctions in 2023."),
        "sanctioned_by | Ali Reza | European Union | 2023"
    );
}

#[test]
fn ambassador_as_an_honorific_before_a_named_post() {
    let found = facts(
        "H.E. Ambassador Omar Sidiya, Permanent Representative of Mauritania to the AU, spoke.",
    );
    assert_has!(
        found,
        "holds_role | Omar Sidiya | permanent representative | Mauritania"
    );
    assert!(
        !has(&found, "holds_role | Omar Sidiya | ambassador | "),
        "{found:#?}"
    );
}

#[test]
fn a_trip_ended_in_a_city() {
    assert_has!(
        facts("Peruvian Foreign Minister Ana Ruiz left Lima. Ruiz wrapped up the tour in Seoul."),
        "visits | Ana Ruiz | Seoul | "
    );
}

#[test]
fn a_career_told_with_verbs_and_pronouns() {
    let found = facts(
        "Maria Tolle was sworn in on Monday as governor of the National Bank of Slovakia. \
         She left in 2008 to become chief economist at Tatra Investicna Banka, a lender. \
         In 2019 she was appointed deputy director of the Debt Office. \
         Tolle succeeds Ivan Hrad, who had been governor since 2012.",
    );
    assert_has!(
        found,
        "holds_role | Maria Tolle | governor | National Bank of Slovakia",
        "holds_role | Maria Tolle | chief economist | Tatra Investicna Banka",
        "holds_role | Maria Tolle | deputy director | Debt Office",
        "holds_role | Ivan Hrad | governor | "
    );
}

#[test]
fn a_un_committee_list_with_reference_codes_and_fields() {
    let text = "On 2 May 2026, the Security Council Committee established pursuant to resolution \
                2140 (2014) approved the addition of the entries below to its Sanctions List.\n\n\
                A. Individuals\n\n\
                YMi.101 Name: SALEH AHMED QASSIM\n\
                Title: Colonel Designation: Deputy Commander of the Coastal Defence Brigade of \
                the Northern Forces DOB: 4 Jan. 1970 Nationality: Yemen\n\n\
                YMi.102 Name: HUDA ALI NASSER\n\
                Title: Ms. Designation: General Manager of Red Sea Maritime Company DOB: 1 Feb. \
                1980\n\n\
                C. Vessels\n\n\
                YMv.007 Name: SEA FALCON IMO: 9123456 Flag: unknown\n";
    let found = facts_published(text, Some("2026-05-02"));
    assert_has!(
        found,
        "sanctioned_by | Saleh Ahmed Qassim | Security Council Committee established pursuant to resolution 2140 (2014) | 2026-05-02",
        "holds_role | Saleh Ahmed Qassim | deputy commander | Coastal Defence Brigade",
        "holds_role | Huda Ali Nasser | general manager | Red Sea Maritime Company"
    );
    // A rank or a form of address is no post; a vessel is no person.
    assert!(lacks(&found, "colonel"), "{found:#?}");
    assert!(lacks(&found, "Sea Falcon"), "{found:#?}");
}

#[test]
fn the_committee_is_the_committee_last_named() {
    let found = facts(
        "The Security Council Committee established pursuant to resolution 1970 met. \
         The Finance Ministry objected. The Committee added Omar Bashir to its list.",
    );
    assert_has!(
        found,
        "sanctioned_by | Omar Bashir | Security Council Committee established pursuant to resolution 1970 | "
    );
}

#[test]
fn designated_by_a_body_is_passive() {
    let found = facts("The Harbour Bureau was designated by the Treasury in 2019.");
    assert!(
        !has(&found, "sanctioned_by | Treasury | Harbour Bureau | 2019"),
        "{found:#?}"
    );
}

#[test]
fn a_capital_spelt_with_its_accents() {
    assert_has!(
        facts("Peruvian Foreign Minister Ana Ruiz flew to Bogotá on Monday."),
        "visits | Ana Ruiz | Bogotá | "
    );
}

#[test]
fn a_representative_for_a_portfolio_met_abroad() {
    let found = facts(
        "The EU Special Representative for Human Rights, Tomas Berg, was refused entry. \
         He instead travelled to Lima, where he met the IMF's mission chief for Peru, Ana Ruiz.",
    );
    assert_has!(
        found,
        "holds_role | Tomas Berg | special representative for human rights | EU",
        "visits | Tomas Berg | Lima | ",
        "meets | Tomas Berg | Ana Ruiz | "
    );
}

#[test]
fn a_treaty_name_with_an_article_and_a_topic_in_a_noun_in_ing() {
    let found = facts(
        "Ana Ruiz met Foreign Minister Tom Berg of Peru. The two ministers signed a Memorandum \
         of Understanding on the Establishment of a Mechanism for Political Consultations. \
         In 2021 she and Tom Berg signed a memorandum of understanding on cooperation in \
         banking supervision.",
    );
    assert_has!(
        found,
        "signs | Ana Ruiz | Memorandum of Understanding on the Establishment of a Mechanism for Political Consultations | ",
        "signs | Tom Berg | memorandum of understanding on cooperation in banking supervision | 2021"
    );
}

#[test]
fn a_treaty_named_after_two_countries_signed_in_the_passive() {
    assert_has!(
        facts(
            "Trade grew under the Peru-Chile Economic Partnership Agreement (PC-EPA), which was \
             signed in Lima in March 2017."
        ),
        "signs | Peru | Peru-Chile Economic Partnership Agreement | 2017-03",
        "signs | Chile | Peru-Chile Economic Partnership Agreement | 2017-03"
    );
}

#[test]
fn received_by_a_host_but_not_at_the_airport() {
    let found = facts(
        "President Tom Bale of Ghana flew into Abuja on Saturday and was received at the \
         presidential villa by his host, Nigerian President Ade Okafor. \
         Ana Ruiz was received at Kotoka International Airport by Foreign Minister Abena Darko.",
    );
    assert_has!(
        found,
        "visits | Tom Bale | Abuja | ",
        "meets | Tom Bale | Ade Okafor | "
    );
    assert!(lacks(&found, "meets | Ana Ruiz"), "{found:#?}");
}

#[test]
fn senators_sit_in_the_senate() {
    let found = facts(
        "Senator Ana Ruiz led the group, which included senators Tom Bale of the National \
         Party and Jo Kim.",
    );
    assert_has!(
        found,
        "member_of | Ana Ruiz | Senate | ",
        "holds_role | Tom Bale | senator | ",
        "member_of | Tom Bale | National Party | ",
        "member_of | Jo Kim | Senate | "
    );
}

#[test]
fn titles_in_apposition_with_an_article_a_posting_city_or_an_adverb() {
    let found = facts(
        "A foreign ministry spokesman, Wang Lei, said so. Sudan's ambassador in London, Omar \
         Idris, agreed. Ali Reza previously served as Deputy Minister of the Interior.",
    );
    assert_has!(
        found,
        "holds_role | Wang Lei | spokesman | ",
        "holds_role | Omar Idris | ambassador | Sudan",
        "holds_role | Ali Reza | deputy minister of the interior | "
    );
}

#[test]
fn the_chair_of_a_committee_named_after_a_comma_and_a_form_of_address() {
    let found = facts(
        "The Chair of the Sanctions Committee, Ambassador Fatou Conteh, Permanent \
         Representative of Sierra Leone, spoke. On Monday the Chair of the Finance Committee, \
         Hon. Amb. Tom Bale, agreed. The Prime Cabinet Secretary, Hon. Dr. Ali Reza, left.",
    );
    assert_has!(
        found,
        "holds_role | Fatou Conteh | chair | Sanctions Committee",
        "holds_role | Fatou Conteh | permanent representative | Sierra Leone",
        "holds_role | Tom Bale | chair | Finance Committee",
        "holds_role | Ali Reza | prime cabinet secretary | "
    );
    assert!(lacks(&found, "Monday the"), "{found:#?}");
    assert!(
        !has(&found, "holds_role | Fatou Conteh | ambassador | "),
        "{found:#?}"
    );
}

#[test]
fn sanctions_by_other_names() {
    let found = facts(
        "China's Ministry of Foreign Affairs decided to take countermeasures against Apex \
         Defense Systems and its chief executive, Tom Bale. The European Union froze the assets \
         of Ana Ruiz. The bloc ordered an asset freeze and travel ban on General Ali Kamara.",
    );
    assert_has!(
        found,
        "sanctioned_by | Apex Defense Systems | China's Ministry of Foreign Affairs | ",
        "sanctioned_by | Tom Bale | China's Ministry of Foreign Affairs | ",
        "sanctioned_by | Ana Ruiz | European Union | "
    );
}

#[test]
fn a_modifier_joins_only_the_next_word() {
    let found = facts("Ana Ruiz praised the deputy, Colonel Ibra Fall.");
    assert!(lacks(&found, "deputy, colonel"), "{found:#?}");
}

#[test]
fn posts_and_seats_told_in_a_career() {
    let found = facts(
        "Denis Rivas, director of the National Penitentiary System, was listed. Sana Mane, the \
         self-declared head of the Council for National Salvation, spoke. Tom Bale, a former \
         deputy minister, now serves as Peru's ambassador to Cuba. Ana Ruiz returned to public \
         service in 2014 as a member of the Fiscal Council. She also sits on the board of \
         directors of the Slovak Association of Economists.",
    );
    assert_has!(
        found,
        "member_of | Denis Rivas | National Penitentiary System | ",
        "holds_role | Sana Mane | head | Council for National Salvation",
        "holds_role | Tom Bale | ambassador | Peru",
        "member_of | Ana Ruiz | Fiscal Council | 2014",
        "member_of | Ana Ruiz | Slovak Association of Economists | "
    );
}

#[test]
fn a_title_case_headline_and_an_acronym_before_a_surname() {
    let found = facts(
        "PCS Ruiz Concludes Visit to Peru\n\nThe Prime Cabinet Secretary, Hon. Ana Ruiz, \
         arrived in Lima on Monday. Ruiz held talks with Minister Tom Bale.",
    );
    assert_has!(
        found,
        "visits | Ana Ruiz | Lima | ",
        "meets | Ana Ruiz | Tom Bale | "
    );
    assert!(lacks(&found, "Concludes"), "{found:#?}");
    assert!(lacks(&found, "PCS"), "{found:#?}");
}

#[test]
fn she_stays_the_subject_across_a_sentence_naming_another() {
    let found = facts(
        "Ana Ruiz became governor. As governor she sits on the board alongside Finance \
         Minister Tom Bale. On Thursday she met the IMF's mission chief, Ida Holm.",
    );
    assert_has!(found, "meets | Ana Ruiz | Ida Holm | ");
    assert!(lacks(&found, "meets | Tom Bale"), "{found:#?}");
}

#[test]
fn a_body_goes_by_its_fullest_spelling() {
    let found = facts(
        "1718 Sanctions Committee Adds Two Names\n\nThe Security Council Committee \
         established pursuant to resolution 1718 (2006) added Ri Song to its Sanctions List.",
    );
    assert_has!(
        found,
        "sanctioned_by | Ri Song | Security Council Committee established pursuant to resolution 1718 (2006) | "
    );
}

#[test]
fn invitations_and_agreements_to_act_are_no_facts_yet() {
    let found = facts(
        "Ana Ruiz invited Tom Bale to visit Lima in 2027. The two sides agreed to conclude an \
         Agreement on Visa Exemption.",
    );
    assert!(lacks(&found, "visits"), "{found:#?}");
    assert!(lacks(&found, "signs"), "{found:#?}");
}

#[test]
fn courtesy_calls_passive_signings_and_plural_possessives() {
    let found = facts(
        "Foreign Minister Ana Ruiz arrived on Monday. She also paid a courtesy call on the \
         Secretary General of the OAS, Luis Mora. An agreement on technical cooperation between \
         the two governments was signed by Commerce Minister Qian Dong and Foreign Minister Ida \
         Holm. Tom Bale of the Workers' Party spoke.",
    );
    assert_has!(
        found,
        "meets | Ana Ruiz | Luis Mora | ",
        "signs | Qian Dong | agreement on technical cooperation | ",
        "signs | Ida Holm | agreement on technical cooperation | ",
        "member_of | Tom Bale | Workers' Party | "
    );
}

#[test]
fn signers_behind_their_titles_and_such_pacts() {
    let found = facts(
        "India and Angola signed a Line of Credit Agreement of US$ 200 million. The agreement \
         was signed by Exim Bank Managing Director Ms. Ida Holm and the Secretary of State for \
         Budget of Angola, Mr. Tom Bale. India has signed such pacts with Ghana and Kenya.",
    );
    assert_has!(
        found,
        "signs | Ida Holm | Line of Credit Agreement | ",
        "signs | Tom Bale | Line of Credit Agreement | ",
        "signs | Ghana | Line of Credit Agreement | ",
        "signs | Kenya | Line of Credit Agreement | "
    );
    assert!(lacks(&found, "signs | Exim Bank"), "{found:#?}");
    assert!(lacks(&found, "of US"), "{found:#?}");
}

#[test]
fn a_visit_over_a_range_of_days_dates_from_its_first() {
    let found = facts(
        "Ana Ruiz is on a State Visit to India from 03-05 March 2026. A delegation led by Tom \
         Bale is on a working visit to Canada from 9 to 13 June 2025.",
    );
    assert_has!(
        found,
        "visits | Ana Ruiz | India | 2026-03-03",
        "visits | delegation | Canada | 2025-06-09"
    );
}

#[test]
fn who_led_a_countrys_delegation() {
    assert_has!(
        facts("Senator Ana Ruiz, who led Jamaica's delegation to the General Assembly, spoke."),
        "leads | Ana Ruiz | Jamaican delegation | "
    );
}

#[test]
fn a_dialogue_held_with_a_counterpart_and_a_date_opening_the_sentence() {
    let found = facts(
        "Vice Minister Seo Min-ho held the 3rd Korea-Peru Strategic Dialogue with Undersecretary \
         Ana Ruiz on May 21 in Seoul. Ruiz is visiting Korea from May 20 to 24. On Wednesday, \
         March 5, the vice minister travelled to Hanoi.",
    );
    assert_has!(
        found,
        "meets | Seo Min-ho | Ana Ruiz | XXXX-05-21",
        "visits | Ana Ruiz | South Korea | XXXX-05-20",
        "visits | Seo Min-ho | Hanoi | XXXX-03-05"
    );
}

#[test]
fn a_professor_of_a_subject_at_a_university() {
    assert_has!(
        facts("Ana Ruiz, a professor of international relations at Marlin University, said so."),
        "member_of | Ana Ruiz | Marlin University | "
    );
}

#[test]
fn british_styles_are_not_part_of_a_name() {
    let found =
        facts("The Foreign Secretary, Lord Tom Bale, said so. Sir Tom Bale met Dame Ana Ruiz.");
    assert_has!(
        found,
        "holds_role | Tom Bale | foreign secretary | ",
        "meets | Tom Bale | Ana Ruiz | "
    );
    assert!(lacks(&found, "Lord"), "{found:#?}");
}

#[test]
fn a_title_acronym_and_a_first_surname_stand_for_the_person() {
    let found = facts(
        "The Prime Cabinet Secretary, Hon. Dr. Ana Ruiz, spoke. The PCS arrived in Hanoi on \
         Monday. Senator María José Irarrázaval Undurraga arrived. Irarrázaval met Deputy \
         Foreign Minister Siti Rahma.",
    );
    assert_has!(
        found,
        "visits | Ana Ruiz | Hanoi | ",
        "meets | María José Irarrázaval Undurraga | Siti Rahma | "
    );
}

#[test]
fn a_long_title_before_its_body_and_a_rank() {
    let found = facts(
        "Omar Saleh received at the Ministry of Defense headquarters in Riyadh today Chairman \
         of the Joint Chiefs of Staff Committee of the Republic of Kalmar General Ali Khan. The \
         talks were attended by Commander of the Land Forces Lieutenant General Sami Nasser, \
         Director of the Planning Department Major General Fadi Aziz, and the Defense Attaché \
         of Pakistan to the Kingdom Brigadier Tariq Rana. The Ambassador of Chile to Peru Ana \
         Lins also spoke.",
    );
    assert_has!(
        found,
        "meets | Omar Saleh | Ali Khan | ",
        "holds_role | Sami Nasser | commander | Land Forces",
        "holds_role | Fadi Aziz | director | Planning Department",
        "holds_role | Tariq Rana | defense attaché | Pakistan",
        "holds_role | Ana Lins | ambassador | Chile"
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("holds_role | Ali Khan | chairman | Joint Chiefs")),
        "{found:#?}"
    );
    assert!(!has(
        &found,
        "holds_role | Sami Nasser | director | Planning Department"
    ));
}

#[test]
fn a_force_is_a_body_and_a_possessive_ends_one_before_another() {
    let found = facts(
        "- General Tin Aung, Commander of the Myanmar Air Force, who ordered the raids. Ali \
         Reza, a member of the Quds Force of Iran's Islamic Revolutionary Guard Corps, spoke.",
    );
    assert_has!(
        found,
        "holds_role | Tin Aung | commander | Myanmar Air Force",
        "member_of | Ali Reza | Quds Force | "
    );
    assert!(lacks(&found, "holds_role | Air Force"), "{found:#?}");
}

#[test]
fn gulf_and_asian_styles_and_long_names() {
    let found = facts(
        "HE Prime Minister Sheikh Hamad bin Khalid bin Saif Al-Nuaimi met separately with HE \
         Ali Musa Idriss. Mr. SATO Kenji, Prime Minister of Japan, received her. He met Datuk \
         Seri Aziz bin Omar, who visited Nay Pyi Taw in October. The PCS Barasa spoke.",
    );
    assert_has!(
        found,
        "holds_role | Hamad bin Khalid bin Saif Al-Nuaimi | prime minister | ",
        "meets | Hamad bin Khalid bin Saif Al-Nuaimi | Ali Musa Idriss | ",
        "holds_role | SATO Kenji | prime minister | Japan"
    );
    assert!(lacks(&found, "Datuk"), "{found:#?}");
    assert!(lacks(&found, "Nay Pyi Taw |"), "{found:#?}");
}

#[test]
fn parliament_officers_possessive_counterparts_bans_and_signing_for_a_country() {
    let found = facts(
        "They were welcomed by the Clerk of the National Assembly, Mr. Tom Kibet. Ali Dauletov, \
         Speaker of the Mazhilis of Kazakhstan, spoke. Turkey's Emre Kaya held talks with \
         Hungary's Gabor Vass. Moses Garr was later placed under a travel ban by the UN \
         Security Council. In July 1998, Kofi Mensah signed the Rome Statute of the \
         International Criminal Court on Ghana's behalf. Ana Lins signed the Paris Charter \
         for Chile.",
    );
    assert_has!(
        found,
        "holds_role | Tom Kibet | clerk | National Assembly",
        "holds_role | Ali Dauletov | speaker | Mazhilis",
        "meets | Emre Kaya | Gabor Vass | ",
        "sanctioned_by | Moses Garr | UN Security Council | ",
        "signs | Ghana | Rome Statute of the International Criminal Court | 1998-07",
        "signs | Kofi Mensah | Rome Statute of the International Criminal Court | 1998-07",
        "signs | Chile | Paris Charter | "
    );
}

#[test]
fn company_officers_in_a_designation_release() {
    let found = facts(
        "Orion Vale Trading Company (Orion Vale) buys engines. Karim Saberi (Saberi), Orion \
         Vale's commercial manager, arranged payments. Hong Kong-registered Blue Harbor Trading \
         Limited (Blue Harbor) is a front. Blue Harbor's sole director, PRC national Chen Wei \
         (Chen), also serves as legal representative of Jinan Ruida Electronics Co., Ltd. \
         UAE-based Falcon Ridge General Trading L.L.C. (Falcon Ridge) receives the goods.",
    );
    assert_has!(
        found,
        "holds_role | Karim Saberi | commercial manager | Orion Vale Trading Company",
        "holds_role | Chen Wei | director | Blue Harbor Trading Limited",
        "holds_role | Chen Wei | legal representative | Jinan Ruida Electronics Co., Ltd"
    );
    assert!(lacks(&found, "Kong-registered"), "{found:#?}");
    assert!(lacks(&found, "| Trading L.L.C."), "{found:#?}");
}

#[test]
fn the_two_ministers_who_met_sign_a_treaty_named_in_quotes() {
    let found = facts(
        "Mr. SATO Kenji, Minister for Foreign Affairs of Japan, held a Foreign Ministers' \
         Meeting, followed by a working dinner, with Ms. Ana Nowak, Minister of Foreign Affairs \
         of Poland. Mr. Jan Kowal, Ambassador of Poland to Japan, attended. The two Ministers \
         signed the \"Memorandum of Cooperation between the Ministry of Foreign Affairs of \
         Japan and the Ministry of Foreign Affairs of Poland.\"",
    );
    let memorandum = "Memorandum of Cooperation between the Ministry of Foreign Affairs of Japan \
                      and the Ministry of Foreign Affairs of Poland";
    assert_has!(
        found,
        "meets | SATO Kenji | Ana Nowak | ",
        &format!("signs | SATO Kenji | {memorandum} | "),
        &format!("signs | Ana Nowak | {memorandum} | ")
    );
    assert!(lacks(&found, "signs | Jan Kowal"), "{found:#?}");
}

#[test]
fn delegations_hosted_and_led_and_treaties_signed_by_ministers() {
    assert_has!(
        facts(
            "Ali Dauletov, Speaker of the Mazhilis of Kazakhstan, led a parliamentary delegation \
             to Budapest on Tuesday."
        ),
        "leads | Ali Dauletov | parliamentary delegation | "
    );
    let found = facts(
        "Speaker Tom Kibet received a Norwegian parliamentary delegation led by Ana Berg. Paraguay and Uruguay signed an agreement on navigation of the \
         Parana Waterway on Friday. It was signed by foreign ministers Luis Ocampo of Paraguay \
         and Rosa Ferres of Uruguay. The Transit Protocol was signed by the foreign ministers \
         of Azerbaijan, Kazakhstan and Uzbekistan.",
    );
    let waterway = "agreement on navigation of the Parana Waterway";
    assert_has!(
        found,
        "meets | Tom Kibet | Ana Berg | ",
        &format!("signs | Uruguay | {waterway} | "),
        &format!("signs | Luis Ocampo | {waterway} | "),
        &format!("signs | Rosa Ferres | {waterway} | "),
        "signs | Azerbaijan | Transit Protocol | ",
        "signs | Uzbekistan | Transit Protocol | "
    );
}

#[test]
fn a_government_imposing_sanctions_then_its_bulleted_list() {
    let found = facts(
        "Today the Australian Government is imposing targeted financial sanctions and travel \
         bans on two individuals.\n\nThe individuals sanctioned today are:\n\n- Major General \
         Tin Oo, Chief of the Bureau of Air Defence; and\n- Daw Mya Mya, managing director of \
         Delta Fuel Company Limited.",
    );
    assert_has!(
        found,
        "sanctioned_by | Tin Oo | Australia | ",
        "sanctioned_by | Mya Mya | Australia | ",
        "holds_role | Mya Mya | managing director | Delta Fuel Company Limited"
    );
}

#[test]
fn a_form_of_address_ends_a_body_and_a_known_body_ends_before_its_brief() {
    let found = facts(
        "It was witnessed by HE Minister of State at the Ministry of Foreign Affairs Dr. Ali \
         Marri and HE Ambassador Awa Keita, High Representative of the African Union for Chad.",
    );
    assert_has!(
        found,
        "holds_role | Ali Marri | minister of state | Ministry of Foreign Affairs",
        "holds_role | Awa Keita | high representative | African Union"
    );
    assert!(lacks(&found, "Affairs Dr"), "{found:#?}");
}

#[test]
fn right_honourable_before_a_name() {
    assert_has!(
        facts("The Speaker of the National Assembly, Rt. Hon. Tom Kibet, EGH, hosted them."),
        "holds_role | Tom Kibet | speaker | National Assembly"
    );
}

#[test]
fn a_town_no_gazetteer_knows_after_a_verb_of_travel() {
    let found = facts(
        "Turkish Foreign Minister Emre Kaya spoke. Kaya arrived in Shusha on Thursday. Omar \
         Saleh had received HE Ali Idriss in Doha in September. The team arrived in January.",
    );
    assert_has!(
        found,
        "visits | Emre Kaya | Shusha | ",
        "meets | Omar Saleh | Ali Idriss | XXXX-09"
    );
    assert!(lacks(&found, "January"), "{found:#?}");
}

#[test]
fn a_relative_clause_after_a_name_and_its_country() {
    let found = facts(
        "It was signed by ministers Luis Ocampo of Paraguay and Rosa Ferres of Uruguay, who \
         travelled to Asunción for the ceremony.",
    );
    assert_has!(found, "visits | Rosa Ferres | Asunción | ");
    assert!(lacks(&found, "visits | Luis Ocampo"), "{found:#?}");
}

#[test]
fn a_title_named_by_a_copula() {
    let found = facts(
        "Falcon Ridge Trading Company (Falcon Ridge) ships goods. Falcon Ridge's owner is \
         Iranian national Nasrin Jafari (Jafari). The minister was Ana Ruiz's guest.",
    );
    assert_has!(
        found,
        "holds_role | Nasrin Jafari | owner | Falcon Ridge Trading Company"
    );
    assert!(lacks(&found, "Ana Ruiz"), "{found:#?}");
}

#[test]
fn a_committee_of_a_national_parliament_is_the_committee() {
    let found = facts(
        "Ana Berg, Chair of the Standing Committee on Foreign Affairs and Defence of the \
         Norwegian Parliament, spoke. Ivan Petrov, Minister of Defence of the Russian \
         Federation, spoke.",
    );
    assert_has!(
        found,
        "holds_role | Ana Berg | chair | Standing Committee on Foreign Affairs and Defence",
        "holds_role | Ivan Petrov | minister of defence | Russia"
    );
}

#[test]
fn railways_are_a_company_and_a_topic_ends_before_a_route() {
    assert_has!(
        facts(
            "KTZ JSC and Russian Railways signed an agreement on container traffic through the border."
        ),
        "signs | Russian Railways | agreement on container traffic | "
    );
}

#[test]
fn a_relative_clause_designation_and_a_named_topic() {
    let found = facts(
        "Kaya Ltd, a MODAFL supplier that OFAC designated in October 2020, sold engines. The \
         protocol on the OTS Customs Transit Corridor was signed by the foreign ministers of \
         Azerbaijan and Uzbekistan.",
    );
    assert_has!(
        found,
        "sanctioned_by | Kaya Ltd | OFAC | 2020-10",
        "signs | Azerbaijan | protocol on the OTS Customs Transit Corridor | "
    );
}

#[test]
fn a_surname_in_capitals_is_resolved_written_normally() {
    let found = facts(
        "Mr. SATO Kenji, Minister for Foreign Affairs of Japan, met Ms. Ana Nowak. Then Ms. Ana \
         Nowak spoke. Minister Sato, recalling his visit to Warsaw, expressed hope.",
    );
    assert_has!(found, "visits | SATO Kenji | Warsaw | ");
    assert!(lacks(&found, "visits | Ana Nowak"), "{found:#?}");
}

#[test]
fn article_cues_count_only_literals_inside_a_sentence() {
    let text = "The senators met. Sens. Ruiz left. Such is life";
    let cues = ArticleCues::new(text);
    let first = cues.in_sentence(&(0..17));
    assert!(first.senators && !first.such);
    assert!(cues.in_sentence(&(18..35)).senators);
    // "Sens." cut by the sentence's end is not in it.
    assert!(!cues.in_sentence(&(18..22)).senators);
    assert!(!cues.in_sentence(&(36..text.len())).such, "case is kept");
}

#[test]
fn a_city_can_end_a_spanish_name() {
    let found = facts("Peruvian Trade Minister Lucía Paredes Valencia arrived in Quito.");
    assert_has!(
        found,
        "holds_role | Lucía Paredes Valencia | trade minister | Peru",
        "visits | Lucía Paredes Valencia | Quito | ",
    );
}

#[test]
fn a_signer_named_after_the_title_of_a_country() {
    assert_has!(
        facts(
            "Ana Torres and the Foreign Minister of Peru, Rafael Quispe, signed a memorandum \
             on consular cooperation."
        ),
        "signs | Ana Torres | memorandum on consular cooperation | ",
        "signs | Rafael Quispe | memorandum on consular cooperation | ",
    );
}

#[test]
fn for_carries_a_treaty_topic_and_a_body_title_is_skipped_between_signers() {
    assert_has!(
        facts(
            "Ana Ruiz arrived in Tashkent. During the visit, she and Orient Bank Chairman \
             Timur Karimov signed an agreement on a joint credit line for exporters worth \
             $50 million."
        ),
        "signs | Ana Ruiz | agreement on a joint credit line for exporters | ",
        "signs | Timur Karimov | agreement on a joint credit line for exporters | ",
    );
    assert_has!(
        facts("Chile and Peru signed a roadmap for energy cooperation on Monday."),
        "signs | Chile | roadmap for energy cooperation | ",
    );
}

#[test]
fn calls_on_co_chairs_and_meetings_between_two_named_later() {
    let found = facts(
        "Vice Minister Park Min-su paid a call on Defence Minister Jan Nowak. \
         Later, Park Min-su called on Senate Speaker Ewa Lis. \
         Ana Ruiz co-chaired the fourth Joint Economic Commission with Trade Minister Ivo Horvat. \
         The release follows a meeting yesterday in Ottawa between Minister Claire Dubois and \
         Japan's Minister for Foreign Affairs, Rie Sato. \
         Omar Haddad held bilateral meetings with Minister Li Wen and with Chancellor Eva Berg.",
    );
    assert_has!(
        found,
        "meets | Park Min-su | Jan Nowak | ",
        "meets | Park Min-su | Ewa Lis | ",
        "meets | Ana Ruiz | Ivo Horvat | ",
        "meets | Claire Dubois | Rie Sato | ",
        "meets | Omar Haddad | Li Wen | ",
        "meets | Omar Haddad | Eva Berg | ",
    );
    // "called on X to …" urges.
    let urged = facts("Senator Ana Ruiz called on President Omar Bashir to release the prisoners.");
    assert!(!urged.iter().any(|f| f.starts_with("meets")), "{urged:#?}");
}

#[test]
fn signed_by_people_with_forms_of_address_and_titles_in_apposition() {
    let found = facts(
        "The following instruments were signed: (a) Agreement on Investments, signed by Hon. \
         Amina Said and H.E. Mr. Kemal Aksoy, Minister of Trade of the Republic of Türkiye;",
    );
    assert_has!(
        found,
        "signs | Amina Said | Agreement on Investments | ",
        "signs | Kemal Aksoy | Agreement on Investments | ",
    );
    // The title's country describes the signer; it signs nothing itself.
    assert!(
        !has(&found, "signs | Turkey | Agreement on Investments | "),
        "{found:#?}"
    );
}

#[test]
fn annex_headings_with_their_numbers_and_entries_with_posts_after_a_dash() {
    let found = facts(
        "The Government of Japan today imposed sanctions on the persons below.\n\n\
         Annex 1: Entities\n\
         (1) Blue Delta Trading Ltd. Şti. (Izmir, Türkiye)\n\
         (2) Nordic Star Components LLC (Bishkek, Kyrgyz Republic)\n\n\
         Annex 2: Entities subject to the export prohibition\n\
         (1) Red Sea Marine Works (Jeddah, Saudi Arabia)\n\n\
         Individuals\n\
         1. Omar Haddad - head of procurement, Blue Delta Trading; currently director, Red Sea \
         Marine Works\n",
    );
    assert_has!(
        found,
        "sanctioned_by | Blue Delta Trading Ltd. Şti. | Government of Japan | ",
        "sanctioned_by | Nordic Star Components LLC | Government of Japan | ",
        "sanctioned_by | Red Sea Marine Works | Government of Japan | ",
        "sanctioned_by | Omar Haddad | Government of Japan | ",
        "holds_role | Omar Haddad | head of procurement | Blue Delta Trading",
        "holds_role | Omar Haddad | director | Red Sea Marine Works",
    );
}

#[test]
fn a_host_who_invites_does_not_visit_and_two_who_meet_a_third_do_not_meet_each_other() {
    let found = facts(
        "At the invitation of H.E. Mr. Levent Aksoy, President of the Republic of Türkiye, \
         H.E. Dr. Neema Ruhinda, President of the United Republic of Tanzania, paid a State \
         Visit to the Republic of Türkiye from 10 to 13 November 2026.",
    );
    assert_has!(found, "visits | Neema Ruhinda | Turkey | 2026-11-10");
    assert!(
        !found.iter().any(|f| f.starts_with("visits | Levent Aksoy")),
        "{found:#?}"
    );
    let found = facts(
        "Ms. Priya Sandhu and Senator Gordon Ross held a separate meeting with Senator Rosa Lim.",
    );
    assert_has!(
        found,
        "meets | Priya Sandhu | Rosa Lim | ",
        "meets | Gordon Ross | Rosa Lim | "
    );
    assert!(
        !has(&found, "meets | Priya Sandhu | Gordon Ross | "),
        "{found:#?}"
    );
}

#[test]
fn a_member_of_a_body_and_its_minister() {
    let found = facts(
        "Member of the Political Bureau of the CPC Central Committee and Foreign Minister \
         Zhao Wen held talks with Ana Ruiz.",
    );
    assert_has!(
        found,
        "member_of | Zhao Wen | Political Bureau of the CPC Central Committee | ",
        "holds_role | Zhao Wen | foreign minister | ",
    );
}

#[test]
fn signers_in_a_relative_clause_and_bodies_a_name_joins_beside_the_signers() {
    assert_has!(
        facts(
            "They discussed the Mutual Defense Cooperation Agreement, which the United States \
             and Greece signed in Athens in October 2019."
        ),
        "signs | United States | Mutual Defense Cooperation Agreement | 2019-10",
        "signs | Greece | Mutual Defense Cooperation Agreement | 2019-10",
    );
    assert_has!(
        facts(
            "Minister Ana Ruiz and Minister Jan Nowak held talks. The two Ministers signed the \
             Memorandum on Export Control between the Ministry of Foreign Affairs of Chile and \
             the Ministry of Foreign Affairs of Poland."
        ),
        "signs | Ana Ruiz | Memorandum on Export Control | ",
        "signs | Ministry of Foreign Affairs of Chile | Memorandum on Export Control | ",
        "signs | Ministry of Foreign Affairs of Poland | Memorandum on Export Control | ",
    );
}

#[test]
fn member_states_of_bodies() {
    let found = facts(
        "Kyrgyzstan, Tajikistan and Kazakhstan are already WTO members. Uzbekistan became a \
         full member of the Organization of Turkic States in 2019. Finland joined NATO in 2023.",
    );
    assert_has!(
        found,
        "member_of | Kyrgyzstan | WTO | ",
        "member_of | Tajikistan | WTO | ",
        "member_of | Kazakhstan | WTO | ",
        "member_of | Uzbekistan | Organization of Turkic States | ",
        "member_of | Finland | NATO | ",
    );
    // A declaration of a body is no body; a country set to join is not yet in.
    let found = facts("Greece had joined the EU declaration. Sweden is set to join NATO.");
    assert!(
        !found.iter().any(|f| f.starts_with("member_of")),
        "{found:#?}"
    );
}

#[test]
fn a_delegation_led_by_two() {
    let found = facts(
        "The Japanese delegation was led by Rie Sato and Minister of Defense Ken Mori. \
         The Chilean delegation was led by Ana Ruiz and included Omar Haddad.",
    );
    assert_has!(
        found,
        "leads | Rie Sato | Japanese delegation | ",
        "leads | Ken Mori | Japanese delegation | ",
        "leads | Ana Ruiz | Chilean delegation | ",
    );
    assert!(
        !has(&found, "leads | Omar Haddad | Chilean delegation | "),
        "{found:#?}"
    );
}

#[test]
fn a_stay_for_a_named_meeting_over_two_days_is_a_visit() {
    assert_has!(
        facts(
            "Japan's Foreign Minister Rie Sato, who was in Ottawa on November 21 and 22 for \
             the Canada-Japan Foreign Ministers' Meeting, met Minister Anne Roy."
        ),
        "visits | Rie Sato | Ottawa | XXXX-11-21",
    );
}

#[test]
fn a_country_given_a_place_in_a_body_is_a_member() {
    assert_has!(
        facts(
            "The summit welcomed Norway to its first meeting as the 31st Member State of the \
             Nordic Union. The council approved the admission of Eritrea as the ninth Partner \
             State of the East African Community. Chile, as a founding member of the Pacific \
             Alliance, backed the plan."
        ),
        "member_of | Eritrea | East African Community | ",
        "member_of | Chile | Pacific Alliance | ",
    );
}

#[test]
fn a_regional_title_is_held_at_a_region_named_after_it() {
    assert_has!(
        facts(
            "Omar Haddad, former Governor of Lakes State, was listed. Ana Ruiz, Governor of \
             Kordofan, spoke."
        ),
        "holds_role | Omar Haddad | governor | Lakes State",
        "holds_role | Ana Ruiz | governor | Kordofan",
    );
}

#[test]
fn memberships_in_apposition_relative_clauses_and_lists() {
    assert_has!(
        facts(
            "Tajikistan is one of the ten member states of the Shanghai Cooperation \
             Organisation (SCO). Moldova, which joined the Energy Community in 2010, agreed. \
             Iceland, a founding member of NATO, has no army. Romania, a member of both NATO \
             and the European Union, agreed. Nigeria is an important member of the African \
             Union and ECOWAS. The Central American Integration System (SICA), of which \
             Honduras is a founding member, met. Denmark, Finland and Sweden make up NORDEFCO. \
             The Quad, made up of Australia, India, Japan and the United States, met."
        ),
        "member_of | Tajikistan | Shanghai Cooperation Organisation | ",
        "member_of | Moldova | Energy Community | ",
        "member_of | Iceland | NATO | ",
        "member_of | Romania | NATO | ",
        "member_of | Romania | European Union | ",
        "member_of | Nigeria | African Union | ",
        "member_of | Nigeria | ECOWAS | ",
        "member_of | Honduras | Central American Integration System | ",
        "member_of | Finland | NORDEFCO | ",
        "member_of | United States | Quad | ",
    );
    // A body's former name is not the body the list is of.
    let found = facts(
        "The OTS, founded as the Turkic Council, brings together Azerbaijan, Kazakhstan and \
         Kyrgyzstan.",
    );
    assert!(
        !has(&found, "member_of | Kazakhstan | Turkic Council | "),
        "{found:#?}"
    );
}

#[test]
fn a_transcript_label_names_the_speaker_not_a_subject() {
    let found = facts(
        "Lin Hao: Chilean Foreign Minister Ana Ruiz paid an official visit to China from \
         November 10 to 13.\n\nReuters: Has Beijing replied?\n\nRie Sato: Yes. I met Foreign \
         Minister Omar Haddad in Lima on Monday.",
    );
    assert_has!(
        found,
        "visits | Ana Ruiz | China | XXXX-11-10",
        "meets | Rie Sato | Omar Haddad | ",
    );
    assert!(
        !found.iter().any(|f| f.contains("visits | Lin Hao")),
        "{found:#?}"
    );
}

#[test]
fn outgoing_designate_and_unlisted_portfolio_titles() {
    assert_has!(
        facts(
            "Dr Ana Ruiz, the outgoing Director-General of the Chilean Council on Foreign \
             Relations, spoke. Mrs Rie Sato, the ambassador-designate to China, spoke. The \
             Minister of Productive Development and Plural Economy, Omar Haddad, spoke. \
             Peru's Minister of Labour and Workforce Development, Lin Hao, spoke."
        ),
        "holds_role | Ana Ruiz | director-general | Chilean Council on Foreign Relations",
        "holds_role | Rie Sato | ambassador-designate | ",
        "holds_role | Omar Haddad | minister of productive development and plural economy | ",
        "holds_role | Lin Hao | minister of labour and workforce development | Peru",
    );
}

#[test]
fn the_two_ministers_sign_programmes_and_arrangements() {
    assert_has!(
        facts(
            "Foreign Minister Ana Ruiz met Foreign Minister Omar Haddad in Lima on Monday. The \
             two foreign ministers also signed an executive programme for cultural cooperation \
             for the years 2027-2029. Rie Sato and Lin Hao signed an implementing arrangement on \
             fisheries."
        ),
        "signs | Ana Ruiz | executive programme for cultural cooperation | ",
        "signs | Omar Haddad | executive programme for cultural cooperation | ",
        "signs | Rie Sato | implementing arrangement on fisheries | ",
    );
    // Watching a signing is no signing.
    let found = facts(
        "Ana Ruiz met Omar Haddad on Monday. The two foreign ministers witnessed the signing of \
         an agreement on trade between Chile and Peru.",
    );
    assert!(
        !has(&found, "signs | Ana Ruiz | agreement on trade | "),
        "{found:#?}"
    );
}

#[test]
fn two_visitors_and_towns_the_gazetteer_lacks() {
    assert_has!(
        facts(
            "On Monday, Minister Ana Ruiz and Minister Omar Haddad visited Sodankylä, where \
             they met troops. Rie Sato traveled to Santa Cruz de la Sierra on Tuesday."
        ),
        "visits | Ana Ruiz | Sodankylä | ",
        "visits | Omar Haddad | Sodankylä | ",
        "visits | Rie Sato | Santa Cruz de la Sierra | ",
    );
}

#[test]
fn sanctioned_yesterday_by_a_possessed_agency_and_in_a_relative_clause() {
    assert_has!(
        facts_published(
            "The US Treasury's Office of Foreign Assets Control yesterday sanctioned three \
             companies, including Acme Trading Ltd. Businessman Omar Haddad, whom the European \
             Union sanctioned in 2024, denied it. Ana Ruiz visited Chile last week.",
            Some("2026-11-20"),
        ),
        "sanctioned_by | Acme Trading Ltd | Office of Foreign Assets Control | 2026-11-19",
        "sanctioned_by | Omar Haddad | European Union | 2024",
        "visits | Ana Ruiz | Chile | 2026-11",
    );
}

#[test]
fn a_sheikh_is_styled_and_co_chairs_meet() {
    let found = facts(
        "Ana Ruiz met the Kuwaiti Foreign Minister, Sheikh Fahad Nasser Al Sabah, in London. \
         The Chief of Defence, General Rie Sato, briefed them. Lin Hao and First Deputy \
         Minister Omar Haddad co-chaired the dialogue.",
    );
    assert_has!(
        found,
        "holds_role | Fahad Nasser Al Sabah | foreign minister | Kuwait",
        "holds_role | Rie Sato | chief of defence | ",
        "meets | Lin Hao | Omar Haddad | ",
    );
    assert!(
        !found.iter().any(|f| f.contains("| sheikh |")),
        "{found:#?}"
    );
}

#[test]
fn a_title_of_a_body_named_short_in_brackets_before_the_name() {
    assert_has!(
        facts(
            "Director of the Federal Bureau of Investigation (FBI) Omar Haddad attended. \
             Chairman of the Kuwait Chamber of Commerce and Industry (KCCI) Ana Ruiz spoke."
        ),
        "holds_role | Omar Haddad | director | Federal Bureau of Investigation",
        "holds_role | Ana Ruiz | chairman | Kuwait Chamber of Commerce and Industry",
    );
}

#[test]
fn received_the_demonym_minister_the_article_introduced() {
    assert_has!(
        facts(
            "Tajik Foreign Minister Omar Haddad arrived in Kuwait on Saturday. Prime Minister \
             Ana Ruiz also received the Tajik minister later on Sunday, in the presence of \
             Deputy Minister Lin Hao."
        ),
        "meets | Ana Ruiz | Omar Haddad | ",
    );
}

#[test]
fn a_blockade_or_embargo_imposed_by_an_agent_on_a_target() {
    assert_has!(
        facts(
            "They condemned the blockade imposed by the United States on Cuba. The arms embargo \
             that the European Union imposed on Belarus in 2021 stays."
        ),
        "sanctioned_by | Cuba | United States | ",
        "sanctioned_by | Belarus | European Union | 2021",
    );
}

proptest::proptest! {
    /// The acronyms found from "he " are the ones the pattern they replaced captures.
    #[test]
    fn title_acronyms_are_the_patterns(text in "(?:[Tt]he|he|[tT]|[A-DZ]|[a-c0_]| |\u{e9}|[.]){0,16}") {
        let pattern = Regex::new(r"(?-u:\b)[Tt]he ([A-Z]{2,5})(?-u:\b)").expect("pattern compiles");
        let he = memmem::find_iter(text.as_bytes(), b"he ");
        let found: Vec<_> = title_acronyms(&text, he).collect();
        let expected: Vec<_> = pattern
            .captures_iter(&text)
            .filter_map(|c| c.get(1))
            .map(|m| m.range())
            .collect();
        proptest::prop_assert_eq!(found, expected, "{:?}", text);
    }

    /// Evidence is put on one line as `replace` puts it.
    #[test]
    fn evidence_is_put_on_one_line_as_by_replace(text in "[a-z \t\n\r\u{e9}\u{2028}]{0,20}") {
        let mut out = "x".to_owned();
        push_one_line(&mut out, &text);
        proptest::prop_assert_eq!(out, format!("x{}", text.replace(['\t', '\n', '\r'], " ")));
    }
}

#[test]
fn had_been_in_a_city_for_talks_is_a_visit() {
    assert_has!(
        facts("Lin Hao told senators that he had been in Beijing last week for consultations."),
        "visits | Lin Hao | Beijing | ",
    );
    let found = facts("Lin Hao has been in Beijing since 2019.");
    assert!(!found.iter().any(|f| f.starts_with("visits")), "{found:#?}");
}

#[test]
fn a_companion_on_a_journey_visits_too() {
    let found = facts(
        "Omar Haddad travelled to Lima on Thursday with Foreign Minister Ana Ruiz. Lin Hao \
         flew to Quito with a delegation.",
    );
    assert_has!(
        found,
        "visits | Omar Haddad | Lima | ",
        "visits | Ana Ruiz | Lima | ",
        "visits | Lin Hao | Quito | ",
    );
}

#[test]
fn arrived_here_is_the_datelines_place() {
    assert_has!(
        facts(
            "NAIROBI, Nov 12 (Reuters) - Zambian Foreign Minister Mwila Banda arrived here on \
             Sunday for talks.\nRuth Phiri, his deputy, arrived in the country a day earlier."
        ),
        "visits | Mwila Banda | Nairobi | ",
        "visits | Ruth Phiri | Kenya | "
    );
    // With no dateline, "here" is nowhere.
    let found = facts("Zambian Foreign Minister Mwila Banda arrived here on Sunday for talks.");
    assert!(!found.iter().any(|f| f.starts_with("visits")), "{found:#?}");
}

#[test]
fn conferring_and_a_bilateral_discussion_are_meetings() {
    assert_has!(
        facts(
            "State Minister Ana Lemma conferred with Chilean Deputy Minister Rosa Vidal today. \
             She also held a bilateral discussion with Peruvian Ambassador Luis Prado."
        ),
        "meets | Ana Lemma | Rosa Vidal | ",
        "meets | Ana Lemma | Luis Prado | "
    );
    // A call is none.
    let found = facts("Ana Lemma also held a phone conversation with Chilean Minister Rosa Vidal.");
    assert!(!found.iter().any(|f| f.starts_with("meets")), "{found:#?}");
    // "Confers" in a headline ends the name before it.
    let found = facts("State Minister Lemma Confers with Chilean Officials");
    assert!(!found.iter().any(|f| f.contains("Confers")), "{found:#?}");
}

#[test]
fn the_one_leading_a_delegation_arrives() {
    assert_has!(
        facts(
            "Omar Nasser, who is leading a 12-member Omani delegation, arrived in Lima on Sunday."
        ),
        "visits | Omar Nasser | Lima | ",
        "leads | Omar Nasser | Omani delegation | "
    );
    // "during" ends a delegation's premodifiers: "Mombasa" is no part of its name.
    let found =
        facts("Deal signed in Mombasa during Norwegian business delegation's visit to Kenya");
    assert_has!(found, "visits | Norwegian business delegation | Kenya | ");
}

#[test]
fn a_lower_case_title_takes_a_capitalised_portfolio() {
    assert_has!(
        facts(
            "The delegation was led by Somsak Vilay, minister of Industry and Commerce of Laos. \
             Present were Kim Chol, vice-minister of External Economic Relations, and Ana Ruiz, \
             Under-Secretary-General for Political and Peacebuilding Affairs of the United Nations."
        ),
        "holds_role | Somsak Vilay | minister of industry and commerce | Laos",
        "holds_role | Kim Chol | vice-minister of external economic relations | ",
        "holds_role | Ana Ruiz | under-secretary-general for political and peacebuilding affairs | United Nations"
    );
}

#[test]
fn memberships_told_in_more_ways() {
    let found = facts(
        "Ghana and the United Arab Emirates, which both joined the WTO in 1995, met. Ghana, a \
         founding member of the Organisation of African Unity and a member of ECOWAS since \
         1975, spoke. Ghana has been a member of the United Nations since 1957. Kenya, a member \
         of the East African Community and of the Common Market for Eastern and Southern \
         Africa, agreed. Norway and Iceland are both contracting parties to the North-East \
         Atlantic Fisheries Commission.",
    );
    assert_has!(
        found,
        "member_of | Ghana | WTO | ",
        "member_of | United Arab Emirates | WTO | ",
        "member_of | Ghana | Organisation of African Unity | ",
        "member_of | Ghana | ECOWAS | ",
        "member_of | Ghana | United Nations | ",
        "member_of | Kenya | East African Community | ",
        "member_of | Kenya | Common Market for Eastern and Southern Africa | ",
        "member_of | Norway | North-East Atlantic Fisheries Commission | ",
        "member_of | Iceland | North-East Atlantic Fisheries Commission | "
    );
}

#[test]
fn sanctions_put_on_a_list_or_imposed_on_a_target_by_a_body() {
    let found = facts(
        "The Office of Foreign Assets Control on November 18 put the Orion Shipping Company and \
         its director Lee Jun on its \"sanctions\" list. The \"sanctions\" imposed on Cuba by \
         the United States have failed. Last June the UN Security Council's DRC sanctions \
         committee added Kivu Ore Ltd to its sanctions list.",
    );
    assert_has!(
        found,
        "sanctioned_by | Orion Shipping Company | Office of Foreign Assets Control | XXXX-11-18",
        "sanctioned_by | Lee Jun | Office of Foreign Assets Control | XXXX-11-18",
        "sanctioned_by | Cuba | United States | ",
        "sanctioned_by | Kivu Ore Ltd | DRC sanctions committee | XXXX-06"
    );
}

#[test]
fn recommended_or_denied_sanctions_are_not_facts() {
    let found = facts(
        "The Council of the EU should add Kivu Ore Ltd to its sanctions list. OFAC should \
         consider designating Great Lakes Smelting Ltd. Neither Lyra Maritime Ltd nor Bluefin \
         Ltd has been sanctioned by the EU.",
    );
    assert!(
        !found.iter().any(|f| f.starts_with("sanctioned_by")),
        "{found:#?}"
    );
}

#[test]
fn heads_of_government_listed_with_their_styles() {
    assert_has!(
        facts(
            "Heads of Government in attendance were: Prime Minister of Barbados, the Honourable \
             Ana Greaves; President of Guyana, His Excellency Dr. Ravi Persaud; and Prime \
             Minister of Jamaica, the Most Honourable Paul Whyte."
        ),
        "holds_role | Ana Greaves | prime minister | Barbados",
        "holds_role | Ravi Persaud | president | Guyana",
        "holds_role | Paul Whyte | prime minister | Jamaica"
    );
    // "St." joins the name after it.
    assert_has!(
        facts("Prime Minister of Saint Lucia Kenny St. Rose opened the meeting."),
        "holds_role | Kenny St. Rose | prime minister | Saint Lucia"
    );
}

#[test]
fn the_memorandum_signed_later_is_the_one_named_before() {
    let found = facts(
        "The two sides signed a Memorandum of Understanding on Cooperation in Nairobi. The \
         Memorandum was signed by the Secretary-General, Dr. Ana Lopes, and by Cabinet \
         Secretary Paul Njoroge.",
    );
    assert_has!(
        found,
        "signs | Ana Lopes | Memorandum of Understanding on Cooperation | ",
        "signs | Paul Njoroge | Memorandum of Understanding on Cooperation | "
    );
    // A head followed by its complement names a treaty of its own.
    let found = facts(
        "The two sides signed a Memorandum of Understanding on Cooperation. The Agreement \
         between Chile and Peru was signed by Ana Lopes.",
    );
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("signs | Ana Lopes | Memorandum")),
        "{found:#?}"
    );
}

#[test]
fn a_treaty_which_the_two_countries_signed() {
    assert_has!(
        facts(
            "Chile and Peru have close ties. Trade is governed by the Chile-Peru Free Trade \
             Agreement, which the two countries signed in Lima in 2006."
        ),
        "signs | Chile | Chile-Peru Free Trade Agreement | 2006",
        "signs | Peru | Chile-Peru Free Trade Agreement | 2006"
    );
}

#[test]
fn a_chain_of_passives_names_one_target_and_each_agent() {
    let found = facts(
        "Delta Star Trading Ltd was designated by the Office of Foreign Assets Control in \
         January 2025, listed by Canada in February 2025 and added by the European Union to its \
         Iran sanctions list in May 2025.",
    );
    assert_has!(
        found,
        "sanctioned_by | Delta Star Trading Ltd | Office of Foreign Assets Control | 2025-01",
        "sanctioned_by | Delta Star Trading Ltd | Canada | 2025-02",
        "sanctioned_by | Delta Star Trading Ltd | European Union | 2025-05"
    );
    // Neither an earlier agent nor the country qualifying the list is sanctioned.
    assert!(
        !found.iter().any(|f| f.starts_with("sanctioned_by | Office")
            || f.starts_with("sanctioned_by | Iran")
            || f.contains("| Iran |")),
        "{found:#?}"
    );
}

#[test]
fn a_listing_on_a_stock_market_is_no_sanction() {
    let found = facts(
        "The European Union imposed sanctions on Delta Star Trading Ltd in March. Harbour \
         Logistics ASA is a member of the Shipowners' Association and has been listed on the Oslo Stock \
         Exchange since 2014.",
    );
    assert_has!(
        found,
        "sanctioned_by | Delta Star Trading Ltd | European Union | XXXX-03"
    );
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("sanctioned_by | Harbour")),
        "{found:#?}"
    );
}

#[test]
fn a_possessive_title_is_not_the_appositions() {
    let found = facts(
        "Also present were Deputy Defence Minister Ana Ruiz, the President's Special Envoy for \
         the Middle East, Tom Cole, and others.",
    );
    assert!(
        !found.iter().any(|f| f.contains("| president |")),
        "{found:#?}"
    );
}

#[test]
fn a_hall_named_after_a_body_is_no_one_met() {
    let found = facts(
        "Pak Il, premier of the Cabinet, received the Lao government delegation led by Ana \
         Vong, minister of Industry and Commerce, at the Tamarind Assembly Hall on Saturday.",
    );
    assert!(!found.iter().any(|f| f.contains("Hall")), "{found:#?}");
}

#[test]
fn a_chain_of_passives_goes_on_without_a_verb_or_with_a_list() {
    assert_has!(
        facts(
            "Orion Avionics was designated by the Office of Foreign Assets Control (OFAC) in May \
             2024 and by the European Union in February 2025."
        ),
        "sanctioned_by | Orion Avionics | Office of Foreign Assets Control | 2024-05",
        "sanctioned_by | Orion Avionics | European Union | 2025-02"
    );
    assert_has!(
        facts(
            "Orion Avionics was designated by the Office of Foreign Assets Control in May 2024 \
             and added to the EU sanctions list in February 2025."
        ),
        "sanctioned_by | Orion Avionics | EU | 2025-02"
    );
}

#[test]
fn a_passives_subject_comes_before_its_aside() {
    let found = facts(
        "Its director, Erik Sadvak, a former deputy director of the State Revenue Department of \
         Almaty Region, was sanctioned by the United Kingdom in May 2025.",
    );
    assert_has!(
        found,
        "sanctioned_by | Erik Sadvak | United Kingdom | 2025-05"
    );
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("sanctioned_by | State Revenue")),
        "{found:#?}"
    );
}

#[test]
fn signed_at_a_venue_by_titled_signers() {
    assert_has!(
        facts(
            "The Agreement was signed at the Sugathadasa Stadium Complex by the Chilean Minister \
             of Foreign Affairs (Canciller), Ignacio Valdes, and the Union Minister of Commerce \
             and Industry, Shri Harish Bhandari."
        ),
        "signs | Ignacio Valdes | Agreement | ",
        "holds_role | Harish Bhandari | union minister of commerce and industry | "
    );
}

#[test]
fn a_team_led_by_someone_travels_as_a_delegation() {
    assert_has!(
        facts(
            "A Ledger Watch team led by Dr Esther Mukamana travelled to Gisenyi and Kigali in \
             August."
        ),
        "leads | Esther Mukamana | Ledger Watch team | ",
        "visits | Ledger Watch team | Kigali | XXXX-08"
    );
}

#[test]
fn a_framework_document_is_signed() {
    assert_has!(
        facts("Georgia signed the Partnership for Peace Framework Document in March 1994."),
        "signs | Georgia | Partnership for Peace Framework Document | 1994-03"
    );
}

#[test]
fn the_chair_of_a_body_travels_not_the_body() {
    let found = facts(
        "Chair of the NATO Military Committee visits Georgia\nThe Chair of the NATO Military \
         Committee, Admiral Henrik Sorlund, concluded a visit to Georgia on Tuesday at the head \
         of a small Military Committee delegation.",
    );
    assert_has!(
        found,
        "leads | Henrik Sorlund | Military Committee delegation | "
    );
    assert!(
        !found.iter().any(|f| f.starts_with("visits | NATO")),
        "{found:#?}"
    );
}

#[test]
fn its_title_opening_a_sentence_is_the_last_companys() {
    let found = facts(
        "They cited Ak Zhol Trade Systems LLP, an Almaty company that the European Union listed \
         in June 2024. Its director, Tom Cole, has been subject to UK sanctions since 2025.",
    );
    assert_has!(
        found,
        "sanctioned_by | Ak Zhol Trade Systems LLP | European Union | 2024-06",
        "holds_role | Tom Cole | director | Ak Zhol Trade Systems LLP"
    );
}

#[test]
fn a_sanctions_list_writes_the_surname_first_in_capitals() {
    let found = facts(
        "The Council today decided to impose sanctions on two individuals. The following \
         individuals were added to the list:\n\
         - PETRAKOU, Ivan Sergeevich (Russian spelling: PETRAKOV, Ivan Sergeyevich), Deputy Head \
         of the Minsk City Court;\n\
         - ORLOVA, Anna Ivanauna, judge of the Brest Regional Court.",
    );
    assert_has!(
        found,
        "holds_role | Ivan Sergeevich Petrakou | deputy head | Minsk City Court",
        "holds_role | Anna Ivanauna Orlova | judge | Brest Regional Court"
    );
    // The second spelling in brackets is no one else.
    assert!(
        !found.iter().any(|f| f.contains("Sergeyevich")),
        "{found:#?}"
    );
}

#[test]
fn the_mou_between_two_ministries_was_signed_by_their_ministers() {
    let found = facts(
        "Chile and Peru signed a memorandum of understanding on sports. The MoU, between the \
         Ministry of Sports of Chile and the Ministry of Youth and Sports of Peru, was signed at \
         the Estadio Nacional Complex by Chile's Minister of Sports, Hon. Ana Ruiz, and Peru's \
         Minister of Youth and Sports, Md. Tomas Cole.",
    );
    assert_has!(
        found,
        "signs | Ana Ruiz | memorandum of understanding on sports | ",
        "signs | Tomas Cole | memorandum of understanding on sports | ",
        "signs | Ministry of Sports of Chile | memorandum of understanding on sports | ",
        "holds_role | Tomas Cole | minister of youth and sports | Peru"
    );
}

#[test]
fn official_talks_today_are_a_meeting() {
    assert_has!(
        facts(
            "Muscat, Nov 24 (ONA) -- Ana Ruiz, Minister of Foreign Affairs, held official talks \
             today with Tom Cole, President of Chile, at the ministry."
        ),
        "meets | Ana Ruiz | Tom Cole | "
    );
}

#[test]
fn a_director_of_a_company_takes_no_portfolio() {
    assert_has!(
        facts(
            "Kaito Kojima, the managing director of Eastern Jade Industries, was sanctioned by \
             the Office of Foreign Assets Control."
        ),
        "holds_role | Kaito Kojima | managing director | Eastern Jade Industries",
        "sanctioned_by | Kaito Kojima | Office of Foreign Assets Control | "
    );
}

#[test]
fn a_title_keeps_its_name_in_brackets_before_the_holder() {
    assert_has!(
        facts(
            "The Agreement was signed by the Chilean Minister of Foreign Affairs (Canciller), \
             Ignacio Valdes, in New Delhi."
        ),
        "holds_role | Ignacio Valdes | minister of foreign affairs | Chile"
    );
}

#[test]
fn a_city_of_the_visited_country_is_visited_too() {
    assert_has!(
        facts(
            "Minister Harish Bhandari last visited Chile in April 2026, when he met Ignacio \
             Valdes in Santiago."
        ),
        "visits | Harish Bhandari | Chile | 2026-04",
        "visits | Harish Bhandari | Santiago | 2026-04"
    );
}

#[test]
fn a_charge_d_affaires_ad_interim() {
    assert_has!(
        facts("She received Anna Kovacs, Chargé d'affaires a.i. of Hungary, in Addis Ababa."),
        "holds_role | Anna Kovacs | chargé d'affaires a.i. | Hungary"
    );
}

#[test]
fn a_delegation_of_a_countrys_government_is_its_government_delegation() {
    assert_has!(
        facts("A delegation of the Government of Chile led by Ana Ruiz arrived in Lima on Friday."),
        "leads | Ana Ruiz | Chilean government delegation | ",
        "visits | Chilean government delegation | Lima | "
    );
}

#[test]
fn each_side_signs_for_its_country() {
    assert_has!(
        facts(
            "Chile and Peru signed a defence agreement. The agreement was signed for Chile by \
             Defence Minister Ana Ruiz, while Peruvian Defence Minister Tomas Cole signed for Peru."
        ),
        "signs | Ana Ruiz | defence agreement | ",
        "signs | Tomas Cole | defence agreement | "
    );
}

#[test]
fn a_company_announcing_that_it_signed_signs() {
    assert_has!(
        facts(
            "Harbour Terminals ASA (Oslo Bors: HTA), the Norwegian port operator, today \
             announced that it has signed a supply agreement with the Kenya Ports Authority."
        ),
        "signs | Harbour Terminals ASA | supply agreement | ",
        "signs | Kenya Ports Authority | supply agreement | "
    );
    assert_has!(
        facts(
            "Norway and Chile, which signed a fisheries framework agreement in 2020, are both \
             members of the commission."
        ),
        "signs | Norway | fisheries framework agreement | 2020",
        "signs | Chile | fisheries framework agreement | 2020"
    );
}

#[test]
fn a_formal_treaty_name_keeps_its_lower_case_subject_and_period() {
    let found = facts(
        "The Memorandum of Understanding on cooperation in the field of water supply for \
         2027\u{2013}2030 was signed by Ana Ruiz and Tomas Berg in Lima.",
    );
    assert_has!(
        found,
        "signs | Ana Ruiz | Memorandum of Understanding on cooperation in the field of water \
         supply for 2027\u{2013}2030 | "
    );
    assert_has!(
        facts("Peru and Chile signed a roadmap for cooperation in the mining sector until 2030."),
        "signs | Peru | roadmap for cooperation in the mining sector until 2030 | "
    );
    assert_has!(
        facts("Peru and Chile signed a memorandum of understanding on fishermen's safety."),
        "signs | Peru | memorandum of understanding on fishermen's safety | "
    );
    assert_has!(
        facts("Peru and Chile signed a memorandum of understanding on seafarers' welfare."),
        "signs | Chile | memorandum of understanding on seafarers' welfare | "
    );
}

#[test]
fn a_treaty_named_by_its_parties_goes_on_to_its_subject_and_period() {
    assert_has!(
        facts(
            "The ministers signed the Agreement between the Republic of Peru and the Republic of \
             Chile on visa exemption for holders of diplomatic and service passports."
        ),
        "signs | Peru | Agreement between the Republic of Peru and the Republic of \
         Chile on visa exemption for holders of diplomatic and service passports | "
    );
    assert_has!(
        facts(
            "Ana Ruiz and Tomas Berg signed the Consultation Plan between the Ministry of \
             Foreign Affairs of Peru and the Ministry of Foreign Affairs of Chile for 2027-2028."
        ),
        "signs | Ana Ruiz | Consultation Plan between the Ministry of Foreign Affairs of Peru \
         and the Ministry of Foreign Affairs of Chile for 2027-2028 | "
    );
    assert_has!(
        facts(
            "Ana Ruiz and Tomas Berg signed the Agreement between the Republic of Peru and the \
             Republic of Chile for the Avoidance of Double Taxation with respect to Taxes on \
             Income."
        ),
        "signs | Tomas Berg | Agreement between the Republic of Peru and the Republic of Chile \
         for the Avoidance of Double Taxation with respect to Taxes on Income | "
    );
}

#[test]
fn a_capitalised_treaty_name_holds_lists_and_joined_places() {
    assert_has!(
        facts(
            "Ana Ruiz and Tomas Berg signed an Agreement on the Mutual Exemption of Visas for \
             Holders of Diplomatic, Official and Service Passports."
        ),
        "signs | Ana Ruiz | Agreement on the Mutual Exemption of Visas for Holders of \
         Diplomatic, Official and Service Passports | "
    );
    assert_has!(
        facts(
            "Ana Ruiz and Tomas Berg signed the Memorandum of Understanding on Cooperation \
             within the Framework of the Coastal Road Initiative."
        ),
        "signs | Tomas Berg | Memorandum of Understanding on Cooperation within the Framework \
         of the Coastal Road Initiative | "
    );
    assert_has!(
        facts(
            "Ana Ruiz and Tomas Berg signed the Agreement on the Tacna\u{2013}Arica Binational \
             Health Zone."
        ),
        "signs | Ana Ruiz | Agreement on the Tacna\u{2013}Arica Binational Health Zone | "
    );
}

#[test]
fn a_wire_factbox_names_its_sanctioning_bodies() {
    let found = facts(
        "Sanctions roundup\n\nThe U.S. Treasury's Office of Foreign Assets Control (OFAC) on Nov. \
         17 designated Carlos Ruiz Paredes, a regional commander of the Northern Cartel.\n\nThe \
         Council of the European Union on Nov. 17 listed two men it accuses of smuggling, Malian \
         national Amadou Traore and Nigerien national Ibrahim Sani, as well as the Agadez-based \
         company Sahara Transit.\n\nBritain on Tuesday designated three people that it says \
         supplied drones to Russia, among them Tbilisi-based Kura Trade Hub, its director \
         Giorgi Beridze, and Levan Abashidze.\n\nCanada and Australia today also designated Kura \
         Trade Hub.\n\nAustralia the same day imposed targeted financial sanctions and travel \
         bans on two Russian nationals, Oleg Petrov and Irina Volkova, whom it links to drone \
         production.\n\nJapan's government on Nov. 20 froze the assets of three companies it \
         says supplied Russia, including Orient Bridge Components Ltd.",
    );
    for wanted in [
        "sanctioned_by | Carlos Ruiz Paredes | Office of Foreign Assets Control | XXXX-11-17",
        "sanctioned_by | Amadou Traore | Council of the European Union | XXXX-11-17",
        "sanctioned_by | Ibrahim Sani | Council of the European Union | XXXX-11-17",
        "sanctioned_by | Sahara Transit | Council of the European Union | XXXX-11-17",
        "sanctioned_by | Kura Trade Hub | United Kingdom | ",
        "sanctioned_by | Giorgi Beridze | United Kingdom | ",
        "sanctioned_by | Kura Trade Hub | Canada | ",
        "sanctioned_by | Kura Trade Hub | Australia | ",
        "sanctioned_by | Oleg Petrov | Australia | ",
        "sanctioned_by | Irina Volkova | Australia | ",
        "sanctioned_by | Orient Bridge Components Ltd | Japan | XXXX-11-20",
    ] {
        assert_has!(found, wanted);
    }
}

#[test]
fn assets_frozen_and_bodies_with_an_aside_sanction() {
    assert_has!(
        facts(
            "Ghana froze funds\n\nThe Ghanaian Ministry of Finance had frozen Sahara Transit's \
             assets on 3 November 2026."
        ),
        "sanctioned_by | Sahara Transit | Ghanaian Ministry of Finance | 2026-11-03"
    );
    assert_has!(
        facts(
            "ECCAS, the Central African regional bloc, had already imposed a travel ban and asset \
             freeze on Jean Mokolo."
        ),
        "sanctioned_by | Jean Mokolo | ECCAS | "
    );
    let found = facts(
        "The African Union imposed targeted sanctions, including a travel ban and an asset \
         freeze, on Colonel Jean Mokolo, a commander of the Retour, Renouveau et Paix (RRP) \
         armed group, and on Mr. Paul Ndoye, its political coordinator.",
    );
    assert_has!(found, "sanctioned_by | Jean Mokolo | African Union | ");
    assert_has!(found, "sanctioned_by | Paul Ndoye | African Union | ");
}

#[test]
fn a_relative_clause_and_a_decision_to_include_designate() {
    let found = facts(
        "OFAC on Nov. 20 removed the tanker Blue Star, which it had designated in February 2025, \
         from its Specially Designated Nationals list.",
    );
    assert_has!(found, "sanctioned_by | Blue Star | OFAC | 2025-02");
    assert!(!found.iter().any(|f| f.contains("Specially")), "{found:#?}");
    assert_has!(
        facts(
            "Lisbon welcomed the listing of Volga Trade LLC, which the United States Office of \
             Foreign Assets Control (OFAC) designated in September 2025."
        ),
        "sanctioned_by | Volga Trade LLC | United States Office of Foreign Assets Control | 2025-09"
    );
    let found = facts(
        "Spain welcomes the decision of the Council of the European Union of 17 November 2026 to \
         include two individuals, Amadou Traore and Ibrahim Sani, and one entity, Sahara Transit \
         SARL, in the list of persons subject to restrictive measures.",
    );
    assert_has!(
        found,
        "sanctioned_by | Ibrahim Sani | Council of the European Union | 2026-11-17"
    );
    assert_has!(
        found,
        "sanctioned_by | Sahara Transit SARL | Council of the European Union | 2026-11-17"
    );
}

#[test]
fn a_designation_list_set_out_after_a_lead_in_without_a_verb() {
    let found = facts(
        "UK sanctions\n\nToday the UK Government has designated three individuals under the \
         Russia (Sanctions) (EU Exit) Regulations 2019. The designations are:\n\n\u{2022} Ivan \
         Sidorov, director of Volga Trade LLC, a trading company based in Samara;\n\u{2022} Volga \
         Trade LLC;\n\u{2022} Pyotr Orlov, procurement director of JSC Kamatekh, Kazan.",
    );
    for wanted in [
        "sanctioned_by | Ivan Sidorov | United Kingdom | ",
        "sanctioned_by | Volga Trade LLC | United Kingdom | ",
        "sanctioned_by | Pyotr Orlov | United Kingdom | ",
    ] {
        assert_has!(found, wanted);
    }
}

#[test]
fn a_package_of_documents_is_signed_by_titled_officials() {
    let found = facts(
        "Talks in Lima\n\nThe Programme of Cooperation between the Ministry of Foreign Affairs \
         of Peru and the Ministry of Foreign Affairs of Chile for 2027\u{2013}2028 was signed in \
         Lima. The Agreement on Road Transport was signed by Chairman of the Agency for \
         Transport under the Cabinet of Ministers of Peru Ana Ruiz and the Ambassador of the \
         Republic of Chile to Peru Tomas Berg. The Protocol of the 12th meeting of the \
         Intergovernmental Commission was signed by the co-chairs of the Commission, Rosa Diaz \
         and Pablo Soto.",
    );
    for wanted in [
        "signs | Ana Ruiz | Agreement on Road Transport | ",
        "signs | Tomas Berg | Agreement on Road Transport | ",
        "signs | Rosa Diaz | Protocol of the 12th meeting of the Intergovernmental Commission | ",
    ] {
        assert_has!(found, wanted);
    }
    assert!(
        !found.iter().any(|f| f.starts_with("signs | Chile")),
        "{found:#?}"
    );
    assert_has!(
        facts(
            "The documents complement the Treaty on Good Neighbourliness, which Peru and Chile \
             signed in Lima in March 2017, and the Declaration on Deepening Friendship."
        ),
        "signs | Peru | Treaty on Good Neighbourliness | 2017-03"
    );
    assert_has!(
        facts("Ana Ruiz and Tomas Berg signed a protocol of the 14th meeting of the commission."),
        "signs | Ana Ruiz | protocol of the 14th meeting | "
    );
}

#[test]
fn a_title_lists_portfolios_no_list_holds() {
    let found = facts(
        "Spain's Minister for Foreign Affairs, European Union and Cooperation, Ana Ruiz, met the \
         Minister of Foreign Affairs, Cooperation and Peruvians Abroad, Tomas Berg.",
    );
    assert_has!(
        found,
        "holds_role | Ana Ruiz | minister for foreign affairs, european union and cooperation | \
         Spain",
        "holds_role | Tomas Berg | minister of foreign affairs, cooperation and peruvians abroad \
         | ",
        "meets | Ana Ruiz | Tomas Berg | "
    );
    assert!(
        !found.iter().any(|f| f.contains("| Peruvians")),
        "{found:#?}"
    );
}

#[test]
fn a_church_style_is_no_body() {
    let found = facts("The President met His Eminence Cardinal Pietro Lanza in Rome on Monday.");
    assert!(!found.iter().any(|f| f.contains("Eminence")), "{found:#?}");
}

#[test]
fn a_title_in_brackets_after_a_name_is_held() {
    let found = facts("Tomas Berg (Minister of Trade) and Rosa Diaz (MP) spoke in Lima.");
    assert_has!(found, "holds_role | Tomas Berg | minister of trade | ");
    assert!(!found.iter().any(|f| f.contains("| mp |")), "{found:#?}");
}

#[test]
fn a_peer_makes_a_statement_in_the_first_person() {
    let found = facts(
        "Ministerial statement\n\nStatement made by Baroness Ashby of Wells (Minister of State \
         for Trade)\n\nFrom 16 to 19 November I led a Peruvian delegation to Lima. In Lima on 16 \
         November I met the Deputy Minister of Foreign Affairs, Ms Rosa Diaz.",
    );
    assert_has!(
        found,
        "leads | Baroness Ashby of Wells | Peruvian delegation | ",
        "meets | Baroness Ashby of Wells | Rosa Diaz | XXXX-11-16"
    );
}

#[test]
fn the_first_person_after_a_time_or_place_is_no_part_of_a_name() {
    let found = facts("Minister of Trade Ana Lind said:\n\nOn Monday I met Tomas Berg in Quito.");
    assert_has!(found, "meets | Ana Lind | Tomas Berg | ");
}

#[test]
fn a_treaty_keeps_its_bracketed_abbreviation_and_no_behalf() {
    assert_has!(
        facts(
            "Peru and Chile today inked a memorandum of understanding (MoU) on cross-border \
             electricity interconnection."
        ),
        "signs | Peru | memorandum of understanding (MoU) on cross-border electricity \
         interconnection | "
    );
    assert_has!(
        facts("Tom Bale signed a supply agreement on behalf of Acme Supply."),
        "signs | Tom Bale | supply agreement | "
    );
}

#[test]
fn a_delegation_with_an_aside_travels_to_its_destinations() {
    let found = facts(
        "Minister of Trade Ana Lind said:\n\nFrom 16 to 19 November I led a Peruvian delegation, \
         including officials of the Ministry of Trade and the Central Bank, to Quito and Bogota.",
    );
    assert_has!(
        found,
        "leads | Ana Lind | Peruvian delegation | ",
        "visits | Peruvian delegation | Quito | XXXX-11-16",
        "visits | Peruvian delegation | Bogota | XXXX-11-16"
    );
}

#[test]
fn a_legal_form_written_first_makes_a_company() {
    let found = facts(
        "Export controls\n\nThe Treasury designated Oleg Zorin, procurement director of JSC \
         Permtekh, and Irina Vasko, finance director of LLC Uraltrans, on Monday.",
    );
    for wanted in [
        "holds_role | Oleg Zorin | procurement director | JSC Permtekh",
        "holds_role | Irina Vasko | finance director | LLC Uraltrans",
    ] {
        assert_has!(found, wanted);
    }
}

#[test]
fn irish_and_church_offices_are_titles_and_a_cardinal_a_rank() {
    let found = facts(
        "Audiences\n\nThe minister was received by the Taoiseach, Sean Dolan, and met His \
         Eminence Cardinal Paolo Verdi, Prefect of the Dicastery for Culture, and the Apostolic \
         Nuncio, Jan Kowal.",
    );
    for wanted in [
        "holds_role | Sean Dolan | taoiseach | ",
        "holds_role | Paolo Verdi | prefect | Dicastery for Culture",
        "holds_role | Jan Kowal | apostolic nuncio | ",
    ] {
        assert_has!(found, wanted);
    }
    assert!(
        !found.iter().any(|f| f.contains("| cardinal |")),
        "{found:#?}"
    );
}

#[test]
fn a_title_that_names_its_own_holder_is_not_chained_to_the_name_before() {
    let found = facts(
        "Talks\n\nThe minister met Paolo Verdi, Governor of the Central Bank, and the Finance \
         Minister, Jan Kowal.",
    );
    assert_has!(
        found,
        "holds_role | Paolo Verdi | governor | Central Bank",
        "holds_role | Jan Kowal | finance minister | "
    );
    assert!(
        !has(&found, "holds_role | Paolo Verdi | finance minister | "),
        "{found:#?}"
    );
}

#[test]
fn two_titles_joined_by_a_comma_at_a_sentence_start_name_one_holder() {
    let found = facts(
        "Talks in Astana\n\nDeputy Prime Minister, Minister of Trade of Kazakhstan Arman Serikov \
         met the delegation.",
    );
    assert_has!(
        found,
        "holds_role | Arman Serikov | deputy prime minister | Kazakhstan",
        "holds_role | Arman Serikov | minister of trade | Kazakhstan"
    );
}

#[test]
fn a_post_for_a_region_and_a_posting_to_two_countries() {
    let found = facts(
        "Talks in Chisinau\n\nOn 29 October 2026, Canada's Ambassador to Romania and Moldova, \
         Anne Roy, met the EU's Special Representative for the Sahel, Karl Olsen. The delegation \
         included State Secretary for Europe Luka Horvat and our Honorary Consul in Bishkek, Mr \
         Daniyar Osmonov.",
    );
    assert_has!(
        found,
        "holds_role | Anne Roy | ambassador | Canada",
        "holds_role | Karl Olsen | special representative for the sahel | EU",
        "holds_role | Luka Horvat | state secretary for europe | ",
        "holds_role | Daniyar Osmonov | honorary consul | "
    );
}

#[test]
fn a_portfolio_list_that_ends_in_a_body_is_the_body_name() {
    let found = facts(
        "Statement\n\nMade by: Baroness Ashdown of Kelso (Minister of State for Europe, Foreign, \
         Commonwealth and Development Office)",
    );
    assert_has!(
        found,
        "holds_role | Baroness Ashdown of Kelso | minister of state for europe | "
    );
}

#[test]
fn co_chairs_of_a_session_meet_whether_named_actively_or_passively() {
    let found = facts(
        "Joint Commission\n\nThe Minister of Trade, Dr Ana Ruiz, and the Minister of Finance of \
         Peru, Dr Tom Berg, co-chaired the 16th Session of the Joint Commission. The session of \
         senior officials was co-chaired by Deputy Minister of Energy of Chile Rosa Diaz and \
         Deputy Prime Minister of Peru Pablo Soto.",
    );
    assert_has!(
        found,
        "meets | Ana Ruiz | Tom Berg | ",
        "meets | Rosa Diaz | Pablo Soto | "
    );
}

#[test]
fn a_time_between_the_measure_and_its_target_and_a_place_before_the_agent() {
    let found = facts(
        "Sudan\n\nIn Sudan, the European Union imposed sanctions in October on Ali Hassan Musa, \
         a commander of the Rapid Support Forces.",
    );
    assert_has!(
        found,
        "sanctioned_by | Ali Hassan Musa | European Union | XXXX-10"
    );
    assert!(
        !found.iter().any(|f| f.ends_with("| Sudan | XXXX-10")),
        "{found:#?}"
    );
}

#[test]
fn a_speech_salutation_is_no_name() {
    let found = facts(
        "Speech\n\nYour Excellency, Minister of Foreign Affairs of the Kyrgyz Republic, Mr Azamat \
         Sydykov,\n\nDear Azamat, thank you for coming.",
    );
    assert_has!(
        found,
        "holds_role | Azamat Sydykov | minister of foreign affairs | Kyrgyzstan"
    );
    assert!(
        !found
            .iter()
            .any(|f| f.contains("Your Excellency") || f.contains("Dear")),
        "{found:#?}"
    );
}

#[test]
fn memberships_of_trade_blocs_and_a_second_membership_after_has_been() {
    let found = facts(
        "Trade\n\nLaos and Vietnam are both members of the Regional Comprehensive Economic \
         Partnership (RCEP). Bhutan is a founding member of SAARC and has been a member of \
         BIMSTEC since 2004.",
    );
    assert_has!(
        found,
        "member_of | Laos | Regional Comprehensive Economic Partnership | ",
        "member_of | Vietnam | Regional Comprehensive Economic Partnership | ",
        "member_of | Bhutan | BIMSTEC | "
    );
}

#[test]
fn a_delegation_to_an_event_in_a_city_and_a_meeting_at_an_event_in_a_city() {
    let found = facts(
        "Profile\n\nIn 2024 Ana Ruiz led the Chilean delegation to the 79th session of the \
         United Nations General Assembly in New York. At the ministerial meeting in Bangkok, \
         Foreign Minister Tom Berg of Peru held a bilateral meeting with Myanmar's foreign \
         minister, Than Myint.",
    );
    assert_has!(
        found,
        "visits | Chilean delegation | New York | 2024",
        "visits | Tom Berg | Bangkok | ",
        "visits | Than Myint | Bangkok | "
    );
}

#[test]
fn titles_joined_by_a_comma_after_a_name_and_a_possessive_title_before_one() {
    let found = facts(
        "Letter\n\n(Signed) Marie Obame, Ambassador, Permanent Representative of Gabon to the \
         United Nations. I am leading a Chilean delegation that includes my Vice Minister for \
         Multilateral Affairs, Julio Paz.",
    );
    assert_has!(
        found,
        "holds_role | Marie Obame | ambassador | ",
        "holds_role | Marie Obame | permanent representative | Gabon",
        "holds_role | Julio Paz | vice minister for multilateral affairs | "
    );
}

#[test]
fn a_sanctioning_body_is_not_its_targets_employer_nor_a_possessive_body_a_membership() {
    let found = facts(
        "Listings\n\nKara Trade LLC was named in the report. However, the Council of the European \
         Union listed its director, Mr Nurlan Osmonov, in February. Egypt is a founding member \
         of the Non-Aligned Movement and the African Union's predecessor, the OAU.",
    );
    assert_has!(found, "member_of | Egypt | Non-Aligned Movement | ");
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("member_of | Nurlan Osmonov | Council")
                || f.starts_with("member_of | Egypt | African Union")),
        "{found:#?}"
    );
}

proptest::proptest! {
    /// The set of sentences seen keeps the same sentences as a set of their texts: equal texts
    /// are one, texts that share their length and ends are not.
    #[test]
    fn seen_texts_are_told_apart_as_their_texts(
        texts in proptest::collection::vec("(?:The minister|a|b|\u{e9}|\\.| ){0,12}", 0..24),
    ) {
        let mut seen: HashSet<SeenText> = HashSet::default();
        let mut plain: HashSet<&str> = HashSet::default();
        for text in &texts {
            proptest::prop_assert_eq!(seen.insert(SeenText(text)), plain.insert(text));
        }
    }
}

#[test]
fn a_definite_title_and_a_second_in_apposition_name_one_holder() {
    let found = facts(
        "Mission\n\nOn 13 November 2026, the Mediator held a meeting with the Prime Minister, \
         Head of Government, Mr. Jean Dupont.",
    );
    assert_has!(
        found,
        "holds_role | Jean Dupont | prime minister | ",
        "holds_role | Jean Dupont | head of government | "
    );
}

#[test]
fn a_country_joined_two_bodies_in_different_years() {
    assert_has!(
        facts(
            "Slovenia, which joined NATO in 2004 and the European Union in May 2004, is a partner."
        ),
        "member_of | Slovenia | NATO | ",
        "member_of | Slovenia | European Union | "
    );
}

#[test]
fn an_indefinite_delegation_of_another_kind_is_another_delegation() {
    let found = facts(
        "The Chilean delegation, led by Ana Ruiz, arrived in Lima on Monday. \
         A Chilean trade delegation led by Tomas Vidal is expected to visit Quito in May.",
    );
    assert_has!(
        found,
        "leads | Ana Ruiz | Chilean delegation | ",
        "leads | Tomas Vidal | Chilean trade delegation | "
    );
    // An origin added to a headline's delegation names the same one.
    let found = facts(
        "Parliamentary delegation visits Hanoi\n\nA Chilean parliamentary delegation led by Ana \
         Ruiz arrived in Hanoi on Monday.",
    );
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("visits | parliamentary delegation")),
        "{found:?}"
    );
}

#[test]
fn portfolios_joined_before_a_title_and_a_second_signer() {
    assert_has!(
        facts(
            "Industry and Commerce Minister Lorena Vidal and Tom Berg signed the Agreement on Fisheries."
        ),
        "holds_role | Lorena Vidal | industry and commerce minister | ",
        "signs | Lorena Vidal | Agreement on Fisheries | ",
        "signs | Tom Berg | Agreement on Fisheries | "
    );
    // A country written before the second signer's title, with no possessive.
    assert_has!(
        facts(
            "Chilean Foreign Minister Ana Ruiz and UAE Minister of State for Foreign Trade Omar \
             Said signed the Agreement on Investments."
        ),
        "signs | Ana Ruiz | Agreement on Investments | ",
        "signs | Omar Said | Agreement on Investments | "
    );
}

#[test]
fn signed_at_a_venue_of_several_words_by_a_minister_and_her_counterpart() {
    assert_has!(
        facts(
            "The Protocol on Fisheries was signed at the Palace of the Nation by Chilean Foreign \
             Minister Ana Ruiz and her Peruvian counterpart, Luis Soto."
        ),
        "signs | Ana Ruiz | Protocol on Fisheries | ",
        "signs | Luis Soto | Protocol on Fisheries | "
    );
}

#[test]
fn one_met_is_named_after_a_title_and_its_places() {
    assert_has!(
        facts(
            "Tom Berg met the UAE's ambassador to Argentina and Paraguay, Mariam Saeed, on Tuesday."
        ),
        "meets | Tom Berg | Mariam Saeed | "
    );
}

#[test]
fn the_two_named_before_had_met() {
    let found = facts(
        "Ana Ruiz and Luis Soto spoke by phone on Monday. The two ministers had previously met \
         in Quito.",
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("meets | Luis Soto | Ana Ruiz")
                || f.starts_with("meets | Ana Ruiz | Luis Soto")),
        "{found:?}"
    );
}

#[test]
fn at_the_head_of_a_delegation_of_so_many_members() {
    assert_has!(
        facts("Tom Berg arrived in Seoul at the head of a 22-member Papua New Guinean delegation."),
        "leads | Tom Berg | Papua New Guinean delegation | "
    );
}

#[test]
fn bodies_after_a_short_name_or_with_a_descriptor() {
    assert_has!(
        facts(
            "Ghana and Kenya are both members of the African Union and the Commonwealth. \
             Uruguay, a founding member of the Mercosur trade bloc, is courting investors. \
             Botswana is a member of the Southern African Development Community (SADC) and the \
             Southern African Customs Union."
        ),
        "member_of | Kenya | Commonwealth | ",
        "member_of | Uruguay | Mercosur | ",
        "member_of | Botswana | Southern African Customs Union | "
    );
}

#[test]
fn a_listed_document_signed_by_a_secretary_in_a_ministry() {
    let found = facts(
        "A Memorandum of Understanding on Fisheries, signed by Secretary in the Ministry of \
         Fisheries Ana Ruiz and Minister Tom Berg.",
    );
    assert_has!(
        found,
        "signs | Ana Ruiz | Memorandum of Understanding on Fisheries | ",
        "signs | Tom Berg | Memorandum of Understanding on Fisheries | "
    );
    assert!(
        !found.iter().any(|f| f.starts_with("signs | Ministry")),
        "{found:?}"
    );
}

#[test]
fn a_second_body_after_an_aside_or_a_founding() {
    assert_has!(
        facts(
            "Belize, a member of the Caribbean Community (CARICOM), is also a member of the \
             Organisation of Islamic Cooperation. Malawi joined COMESA at its founding in 1994 \
             and is also a member of SADC."
        ),
        "member_of | Belize | Organisation of Islamic Cooperation | ",
        "member_of | Malawi | SADC | "
    );
}
