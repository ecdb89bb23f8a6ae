//! Meetings between people, and the visits they imply.
//!
//! ## Pattern
//! - `PERSON met [with] | held talks|a [bilateral] meeting with | summit with | paid a courtesy
//!   call on | paid a call on | called on (not "called on X to …") | co-chaired … with | held
//!   talks in CITY with | held bilateral meetings with | sat down with | was received [at the
//!   villa | on Monday] by [his host] PERSON | conferred with`
//!   (a welcome at an airport is none); `PERSON received|welcomed|hosted PERSON` (the name
//!   right after the verb: "received a letter from X" is no meeting)
//!   ("received at the Ministry in Riyadh today General X": a place and a time may come
//!   between); `PERSON received the credentials of PERSON`; joined people on either side
//!   ("A and B met with C and D") each meet each
//! - `summit|talks|meeting [yesterday] [in CITY] between PERSON and PERSON`; `PERSON and PERSON
//!   held talks|co-chaired the …`
//! - `At the summit …, PERSON and PERSON signed …` (two people joined by `and` in a sentence
//!   about a summit or talks)
//! - `… met with PERSON in CITY`: whoever serves a country other than the city's is visiting it.
//! - `PERSON met his DEMONYM counterpart PERSON`, `PERSON and his DEMONYM counterpart PERSON held
//!   talks`: the counterpart holds the other's title there.
//! ## Emits
//! `meets` (in written order) with the date nearest the verb; `visits` for the foreign side;
//! `holds_role` for a counterpart.

use std::sync::LazyLock;

use super::mentions::{Mention, MentionKind, Pronoun, Register};
use super::roles::{self, pattern};
use super::{EntityKind, Facts, Modality, Object, Relation, Sentence};
use crate::gazetteer::GAZETTEER;

pattern!(
    MET,
    r"(?-u:\b)(?:met|meet|meets|meeting)(?:\s+with)?\s+|(?:held|hold|holds|holding)\s+(?:(?:official|bilateral|formal|separate|further|wide-ranging|extensive|in-depth)\s+)?(?:talks(?:\s+(?:today|yesterday|here|on\s+\w+))?|(?:a|an)\s+(?:[\w'\u{2019}-]+\s+){0,3}?(?:[Mm]eeting|[Ss]ummit|conversation|discussion)(?:,\s+[^,;]{1,40},)?|(?:[\w-]+\s+)?(?:discussions?|consultations|meetings)|the\s+(?:[\w-]+\s+){1,6}?(?:[Dd]ialogue|[Cc]onsultations|[Tt]alks|[Mm]eeting))\s+with\s+|(?:paid|pays|paying|pay)\s+(?:a\s+)?(?:courtesy\s+(?:call|visit)s?|calls?)\s+(?:on|to)\s+|called\s+on\s+|(?:was|were|is|are|being)\s+(?:(?:also|later|then|first|warmly|cordially)\s+)?received\s+(?:(?:at|in|on)\s+[^,;]{1,60}?\s+)?by\s+(?:(?:his|her|their)\s+hosts?,?\s+)?|(?:received|receives|accepted|accepts)\s+(?:the\s+)?(?:letters?\s+of\s+)?credentials\s+(?:of|from)\s+|(?:presented|presents)\s+(?:(?:his|her|their)\s+)?(?:letters?\s+of\s+)?credentials\s+to\s+|(?:received|receives|receiving|welcomed|welcomes|hosted|hosts)\s+|(?:summit|talks)\s+with\s+|shak(?:e|es|ing)\s+hands\s+with\s+|shook\s+hands\s+with\s+|(?:sat|sits|sit|sitting)\s+down\s+with\s+|confer(?:s|red|ring)?\s+with\s+"
);
// Meeting verbs with a long gap before "with", kept out of [`MET`] (their bounded gaps
// multiply its automaton's states) and searched only where "chair" or "talks" is.
pattern!(
    MET_WITH,
    r"(?-u:\b)(?:co-?chair(?:ed|s)\s+[^,;]{1,100}?|(?:held|hold|holds)\s+(?:(?:official|bilateral|formal|separate|further|wide-ranging|extensive|in-depth)\s+)?talks\s+(?:in|at)\s+[^,;]{1,40}?)\s+with\s+"
);
pattern!(
    BETWEEN,
    r"(?-u:\b)(?:summit|talks|meeting|meetings)\s+(?:(?:today|yesterday|on\s+\w+|in\s+\p{Lu}[\p{L}-]+)\s+){0,2}(?:between|of)\s+"
);
// "The session was co-chaired by A and B": the two co-chairs met.
pattern!(
    CO_CHAIRED_BY,
    r"(?-u:\b)(?:was|were|is|are|been|being)\s+co-?chaired\s+by\s+"
);
// Between two co-chairs, each with a title in apposition: "Dr A, and the Minister … B".
pattern!(CO_CHAIRS, r"^,?\s+and\s+(?:the\s+)?$");
// "called on X to release …" urges; it is no meeting.
pattern!(URGED, r"^(?:\s*,[^,;]{1,80},)?\s+(?:to|for)\s");
pattern!(SUMMIT, r"(?i)(?-u:\b)(?:summit|talks)(?-u:\b)");
// Between a subject and its meeting verb: a possessive, a stage direction "(left)", an adverb.
pattern!(
    NEAR_SUBJECT,
    r"^(?:['\u{2019}]s?)?\s*(?:\([^)]*\)\s*)?(?:(?:also|later|then|first|briefly|separately)\s+)?$"
);
pattern!(IN_PLACE, r"^,?\s+in\s+(?:the\s+)?$");
pattern!(
    AT_BODY_IN,
    r"^\s+(?:(?:held|hold|had)\s+(?:talks|a\s+meeting)\s+)?(?:at|on)\s+(?:the\s+)?[^,;.]{1,60}\s+in\s+(?:the\s+)?$"
);
pattern!(
    LEADING_PLACE,
    r"^(?:(?:Later|Then|Earlier),?\s+)?(?:In|While\s+in)\s+(?:the\s+)?$"
);
// An event in a city opening the sentence: "At the BIMSTEC ministerial meeting in Bangkok, …".
pattern!(
    LEADING_EVENT_CITY,
    r"^(?:At|During|On\s+the\s+(?:margins|sidelines)\s+of)\s+(?:the|a)\s+[^,;]{1,60}?\s+in\s+$"
);
// After a leading place, its time: "In Tbilisi on 10 November, X met Y", "In Yerevan today,".
pattern!(
    PLACE_TIME,
    r"^(?:\s+(?:on\s+[\w ]{1,20}?|in\s+\p{Lu}\p{Ll}+(?:\s+[0-9]{4})?|today|yesterday|this\s+week|last\s+week))?,"
);
// Where and when, between a host verb and the one received: "received at the Ministry of
// Defense in Riyadh today General X".
pattern!(
    HOST_ADVERBIAL,
    r"^(?:at|in)\s+[^,;:()]*?\s+(?:(?:today|yesterday|on\s+\w+)\s+)?$"
);
// Between two people met or meeting: "A and B", "A, B and C", "A and with B".
pattern!(
    JOINED_PEOPLE,
    r"^(?:\s+and\s+(?:with\s+)?(?:the\s+)?|,\s+(?:and\s+)?(?:with\s+)?)$"
);
pattern!(AIRPORT, r"[Aa]ir(?:port|base|\s+[Bb]ase)");
pattern!(OWN_DETERMINER, r"^(?:his|her|their)\s+");
// "Minister of Defence of Mongolia", "Ambassador to Cambodia": where a title is held.
pattern!(TITLE_PLACE, r"^\s+(?:of|to|for|at)\s+(?:the\s+)?$");
// "X and Y held a meeting", "… held talks", "X and Y met on Tuesday".
pattern!(
    HELD,
    r"^,?\s+(?:(?:also|later|then|first)\s+)?(?:(?:held|hold|holds|had)\s+(?:a\s+|an\s+|their\s+)?(?:(?:\w+\s+)?meeting|talks|discussions|summit)|co-?chair(?:ed|s)\s+(?:the|a|an|their)(?-u:\b)|met(?:\s+(?:on|in|at|for|face\s+to\s+face|privately|briefly|again|twice|last|this|yesterday|today|during|after|before)(?-u:\b)|\s*[,.;]|$))"
);

// "his Finnish counterpart X".
pattern!(COUNTERPART, r"^\s+counterparts?,?\s+$");
pattern!(
    AND_COUNTERPART,
    r"^\s+and\s+(?:his|her|their)\s+[\p{L}-]+\s+counterparts?,?\s+$"
);

/// "Y met his Finnish counterpart X": X holds Y's latest title, in the demonym's country.
fn counterpart_role(
    s: &Sentence,
    register: &mut Register,
    out: &mut Facts,
    subject: usize,
    object: usize,
) {
    let m = &s.mentions;
    let Some(demonym) = object
        .checked_sub(1)
        .filter(|&d| m[d].demonym && COUNTERPART.is_match(s.gap(&m[d], &m[object])))
    else {
        return;
    };
    let (Some(person), Some(met_by), Some(country)) =
        (m[object].entity, m[subject].entity, m[demonym].entity)
    else {
        return;
    };
    let title = out.out.iter().rev().find_map(|f| match &f.object {
        Object::Role(title) if f.subject == met_by && f.relation == Relation::HoldsRole => {
            Some(title.clone())
        }
        _ => None,
    });
    if let Some(title) = title {
        roles::record_role(
            register,
            out,
            person,
            &title,
            Some(country),
            0.7,
            "meetings/counterpart",
        );
    }
}

fn is_person(m: &Mention) -> bool {
    m.is_kind(&[EntityKind::Person]) || matches!(m.kind, MentionKind::Pronoun(Pronoun::Person))
}

/// The first person at or after mention `k`, skipping titles and demonyms before the name.
fn person_from(s: &Sentence, k: usize) -> Option<usize> {
    let m = &s.mentions;
    let mut j = k;
    // Titles, demonyms and the body a title belongs to ("PCG Commandant Admiral X").
    let premodifier = |j: usize| {
        matches!(m[j].kind, MentionKind::Role(_))
            || m[j].demonym
            || (j > 0
                && matches!(m[j - 1].kind, MentionKind::Role(_))
                && m[j].is_kind(&[
                    EntityKind::Country,
                    EntityKind::Organization,
                    EntityKind::Agency,
                ])
                && TITLE_PLACE.is_match(s.gap(&m[j - 1], &m[j])))
            || (m[j].is_kind(&[
                EntityKind::Organization,
                EntityKind::Agency,
                EntityKind::Country,
            ]) && m.get(j + 1).is_some_and(|n| {
                matches!(n.kind, MentionKind::Role(_))
                    && s.gap(&m[j], n)
                        .trim_start_matches(['\'', '\u{2019}', 's'])
                        .trim()
                        .is_empty()
                    // "talks with Hungary's Gergely Vamos": a possessive country or body.
                    || is_person(n) && super::POSSESSIVE_GAP.is_match(s.gap(&m[j], n))
            }))
    };
    while j < m.len() && premodifier(j) {
        j += 1;
    }
    // "met the UAE's ambassador to Argentina and Paraguay, Mariam X": the rest of a title's
    // places or bodies, then its holder after a comma.
    if m.get(j).is_some_and(|x| !is_person(x))
        && (k..j).any(|i| matches!(m[i].kind, MentionKind::Role(_)))
        && let Some(p) = (j..m.len().min(j + 3)).find(|&p| is_person(&m[p]))
        && m[p].is_kind(&[EntityKind::Person])
        && (j..p).all(|i| {
            m[i].is_kind(&[
                EntityKind::Country,
                EntityKind::Place,
                EntityKind::Organization,
                EntityKind::Agency,
            ]) && !s.gap(&m[i - 1], &m[i]).contains([',', ';'])
        })
        && super::without_honorifics(s.gap(&m[p - 1], &m[p])).trim() == ","
    {
        return Some(p);
    }
    m.get(j).filter(|x| is_person(x)).map(|_| j)
}

/// People joined to the person at mention `j` before it ("A, B and Senator C"), nearest last.
fn joined_before(s: &Sentence, j: usize) -> Vec<usize> {
    let m = &s.mentions;
    let mut out = Vec::new();
    let mut first = j;
    loop {
        // Titles and demonyms before the name belong to it.
        while first > 0
            && (matches!(m[first - 1].kind, MentionKind::Role(_)) || m[first - 1].demonym)
        {
            first -= 1;
        }
        match first.checked_sub(1) {
            Some(p) if is_person(&m[p]) && JOINED_PEOPLE.is_match(s.gap(&m[p], &m[first])) => {
                out.insert(0, p);
                first = p;
            }
            _ => return out,
        }
    }
}

/// People joined to the person at mention `j` after it ("C and Minister D", "C and with D").
fn joined_after(s: &Sentence, j: usize) -> Vec<usize> {
    let m = &s.mentions;
    let mut out = Vec::new();
    let mut last = j;
    while let Some(next) = m
        .get(last + 1)
        .filter(|n| JOINED_PEOPLE.is_match(s.gap(&m[last], n)))
        .and_then(|_| person_from(s, last + 1))
    {
        out.push(next);
        last = next;
    }
    out
}

// "The two men had met in Khujand in August", "the two ministers last met in …": a pair named
// before met (the verb is captured).
pattern!(
    PAIR_MET,
    r"(?-u:\b)[Tt]he\s+two\s+(?:[a-z-]+\s+)?(?:men|women|ministers|leaders|officials|presidents|diplomats|envoys)\s+(?:had\s+|have\s+)?(?:(?:previously|last|first|already|also|earlier|briefly)\s+)?(met|held\s+talks)(?-u:\b)"
);

/// "The two men had met in Khujand": the two who met last, else the article's latest two
/// people, met (again). Only in a sentence that names no person before the pair.
fn pair_met(s: &Sentence, register: &Register, out: &mut Facts) {
    // (Most sentences have no "two ", settled by the article's cues. Only a match is
    // captured.)
    if !s.cues.two {
        return;
    }
    let Some(found) = PAIR_MET.find(s.text) else {
        return;
    };
    let Some(caps) = PAIR_MET.captures_at(&s.text[..found.end()], found.start()) else {
        return;
    };
    let (Some(all), Some(verb)) = (caps.get(0), caps.get(1)) else {
        return;
    };
    // ("X was received by Y, and later the two presidents held talks": people named in the
    // sentence may be others than the two; only a pair from before is taken.)
    if s.mentions
        .iter()
        .any(|x| x.start < all.start() && x.is_kind(&[EntityKind::Person]))
    {
        return;
    }
    if let [a, b] = super::treaties::pair(s, register, out.out, verb.start())[..] {
        let date = s.date_near(verb.start());
        let modality = s.modality(all.start(), all.end());
        out.link(
            Relation::Meets,
            a,
            b,
            date,
            modality,
            0.7,
            "meetings/pair-met",
        );
    }
}

pub(crate) fn extract(s: &Sentence, register: &mut Register, out: &mut Facts) {
    pair_met(s, register, out);
    let m = &s.mentions;
    // Every rule here pairs two person mentions: most sentences have fewer, and need none of
    // the trigger scans below.
    if m.iter().filter(|x| is_person(x)).nth(1).is_none() {
        return;
    }
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new(); // (subject mention, object mention, trigger start)
    let mut met: Vec<usize> = Vec::new(); // every object found, with a subject or not
    let mut triggers: Vec<regex::Match> = MET.find_iter(s.text).collect();
    let bytes = s.text.as_bytes();
    // (Searchers built once: `memmem::find` builds one per call. "chaired" holds "chair", so a
    // sentence without the one has not the other.)
    static CHAIR: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("chair"));
    static TALKS: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("talks "));
    static CHAIRED: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("chaired"));
    let chair = CHAIR.find(bytes).is_some();
    if chair || TALKS.find(bytes).is_some() {
        triggers.extend(MET_WITH.find_iter(s.text));
        triggers.sort_by_key(regex::Match::start);
    }
    for trigger in triggers {
        // A welcome at the airport is protocol, not a meeting (one received at a villa or a
        // ministry is).
        if trigger.as_str().contains("received ") && AIRPORT.is_match(trigger.as_str()) {
            continue;
        }
        // A call is no meeting: "held a phone conversation with", "held video talks with"
        // (only "held"/"hold…" can name one: other verbs are not searched).
        let said = trigger.as_str();
        if said.starts_with("h")
            // (A trigger is a few words: searched bytewise.)
            && said
                .as_bytes()
                .windows(6)
                .any(|w| w == b"phone " || w == b"video ")
        {
            continue;
        }
        // "met his Finnish counterpart X": the pronoun is the subject's own, X is met.
        let object_from = trigger.end()
            + OWN_DETERMINER
                .find(&s.text[trigger.end()..])
                .map_or(0, |d| d.end());
        let Some(k) = m.iter().position(|x| x.start >= object_from) else {
            continue;
        };
        // "received a letter from X" is no meeting: the one received follows the verb.
        let host_verb = matches!(
            trigger.as_str().trim_end(),
            "received" | "receives" | "receiving" | "welcomed" | "welcomes" | "hosted" | "hosts"
        );
        // "received a Norwegian delegation led by X": the host meets its leader.
        let leader = host_verb
            .then(|| {
                (k..m.len().min(k + 2)).find(|&j| {
                    m[j].is_kind(&[EntityKind::Delegation])
                        && !s.text[trigger.end()..m[j].start].contains([',', ';'])
                })
            })
            .flatten()
            .and_then(|d| super::visits::led_by(s, d))
            .map(|(j, _)| j);
        let k = if let Some(j) = leader {
            j
        } else if host_verb && m[k].start != trigger.end() {
            // The first title or name after a place and a time.
            let Some(k) = (k..m.len()).find(|&j| {
                matches!(m[j].kind, MentionKind::Role(_)) || m[j].demonym || is_person(&m[j])
            }) else {
                continue;
            };
            // ("was received at the airport by X" is a welcome, no meeting.)
            let passive = s.text[..trigger.start()]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "been" | "being"));
            // ("had received HE X in Doha": forms of address before the one received; "hosts
            // his Egyptian counterpart, X": the host's own determiner.)
            let between = super::without_honorifics(&s.text[object_from..m[k].start]);
            // ("received the Tajik minister": a title that names one the article introduced.)
            let resolved = |p: &Mention| is_person(p) && p.indirect;
            // ("received the Chargé d'Affaires of the Embassy of Mali, Mr. X": a title, then
            // its holder, as `person_from` reads it.)
            let described = between.trim() == "the"
                && (resolved(&m[k])
                    || matches!(m[k].kind, MentionKind::Role(_))
                    || m[k].demonym
                        && m.get(k + 1)
                            .is_some_and(|p| resolved(p) && s.gap(&m[k], p) == " "));
            if passive || !(between.is_empty() || described || HOST_ADVERBIAL.is_match(between)) {
                continue;
            }
            k
        } else {
            k
        };
        // The verb's place and time, and the titles before the name ("Chairman of the Joint
        // Chiefs of Staff Committee of Pakistan General X"), are each bounded.
        let Some(object) = person_from(s, k).filter(|&j| {
            leader.is_some()
                || s.text[trigger.end()..m[k].start].len() <= 70
                    && s.text[m[k].start..m[j].start].len() <= 130
        }) else {
            continue;
        };
        if trigger.as_str().starts_with("called") && URGED.is_match(&s.text[m[object].end..]) {
            continue;
        }
        met.push(object);
        // The subject: the person right before the verb, else the sentence's first person.
        let subject = m
            .iter()
            .rposition(|x| {
                x.end <= trigger.start()
                    && is_person(x)
                    && NEAR_SUBJECT.is_match(s.text.get(x.end..trigger.start()).unwrap_or(""))
            })
            // ("X held talks with A and met B": A, met already, is no subject.)
            .or_else(|| {
                (0..m.len())
                    .find(|&x| m[x].end <= trigger.start() && is_person(&m[x]) && !met.contains(&x))
            });
        if let Some(subject) = subject {
            pairs.push((subject, object, trigger.start()));
            counterpart_role(s, register, out, subject, object);
            // "A and B met with C and D": each of A, B met each of C, D.
            let subjects = joined_before(s, subject);
            let objects = joined_after(s, object);
            for &a in subjects.iter().chain([&subject]) {
                for &b in objects.iter().chain([&object]) {
                    if (a, b) != (subject, object) {
                        pairs.push((a, b, trigger.start()));
                    }
                }
            }
        }
    }
    // (Both co-chair rules need the word: most sentences skip their patterns.)
    let co_chairs = chair && CHAIRED.find(bytes).is_some();
    let passive = co_chairs
        .then(|| CO_CHAIRED_BY.find_iter(s.text))
        .into_iter()
        .flatten();
    for trigger in BETWEEN.find_iter(s.text).chain(passive) {
        let Some(k) = m.iter().position(|x| x.start >= trigger.end()) else {
            continue;
        };
        let Some(a) = person_from(s, k) else { continue };
        let joins = if trigger.as_str().contains("chaired") {
            &CO_CHAIRS
        } else {
            &super::AND_GAP
        };
        if let Some(b) = m
            .get(a + 1)
            .filter(|n| joins.is_match(s.gap(&m[a], n)))
            .and_then(|_| person_from(s, a + 1))
        {
            pairs.push((a, b, trigger.start()));
        }
    }
    // "X and Y held a meeting", "X and his Italian counterpart Y held talks", "X and Y
    // co-chaired the dialogue".
    for a in 0..m.len() {
        if !is_person(&m[a]) {
            continue;
        }
        // ("The Minister of Trade, Dr A, and the Minister of Finance of Iran, Dr B, co-chaired
        // the session": a comma before "and" when each has a title in apposition.)
        let joined = m
            .get(a + 1)
            .filter(|n| {
                let gap = s.gap(&m[a], n);
                super::AND_GAP.is_match(gap) || co_chairs && CO_CHAIRS.is_match(gap)
            })
            .and_then(|_| person_from(s, a + 1));
        let counterpart = (a + 2..m.len().min(a + 4)).find(|&y| {
            is_person(&m[y])
                && m[y - 1].demonym
                && s.text
                    .get(m[a].end..m[y].start)
                    .is_some_and(|gap| AND_COUNTERPART.is_match(gap))
        });
        // ("A and B held a separate meeting with C": each of them met C, not each other.)
        if let Some(b) = counterpart.or(joined).filter(|&b| {
            HELD.find(&s.text[m[b].end..])
                .is_some_and(|h| !s.text[m[b].end + h.end()..].starts_with(" with "))
        }) {
            pairs.push((a, b, m[b].end));
            counterpart_role(s, register, out, a, b);
        }
    }
    if SUMMIT.is_match(s.text) && pairs.is_empty() {
        for a in 0..m.len() {
            if !m[a].is_kind(&[EntityKind::Person]) {
                continue;
            }
            if let Some(b) = m
                .get(a + 1)
                .filter(|n| super::AND_GAP.is_match(s.gap(&m[a], n)))
                .and_then(|_| person_from(s, a + 1))
            {
                pairs.push((a, b, m[a].start));
            }
        }
    }
    for (a, b, at) in pairs {
        let (Some(x), Some(y)) = (m[a].entity, m[b].entity) else {
            continue;
        };
        let date = s.date_near(at);
        let modality = s.modality(m[a].start.min(at), m[b].end);
        out.link(Relation::Meets, x, y, date, modality, 0.8, "meetings/met");
        // "… met with Y in Pyongyang", "In Pyongyang, X met Y": the side foreign to the city
        // is visiting.
        let is_place =
            |p: &&Mention| p.is_kind(&[EntityKind::Place, EntityKind::Country]) && !p.demonym;
        let Some(place) = m
            .get(b + 1)
            .filter(|p| is_place(p) && IN_PLACE.is_match(s.gap(&m[b], p)))
            // "held talks at the Defense Ministry in Tokyo": a place later in the clause.
            .or_else(|| {
                m[b + 1..].iter().take(3).find(|p| {
                    is_place(p)
                        && s.text
                            .get(m[b].end..p.start)
                            .is_some_and(|gap| AT_BODY_IN.is_match(gap))
                })
            })
            // ("At the BIMSTEC meeting in Bangkok, …": the event's name may come first.)
            .or_else(|| {
                m.iter().take(3).find(|p| {
                    is_place(p)
                        && (LEADING_PLACE.is_match(&s.text[..p.start])
                            || p.is_kind(&[EntityKind::Place])
                                && LEADING_EVENT_CITY.is_match(&s.text[..p.start]))
                        && PLACE_TIME.is_match(&s.text[p.end..])
                })
            })
        else {
            continue;
        };
        let Some(place_id) = place.entity else {
            continue;
        };
        let place_country = {
            let e = &register.entities[place_id];
            if e.kind == EntityKind::Country {
                Some(e.label.clone())
            } else {
                GAZETTEER.country_of_place(&e.label).map(str::to_owned)
            }
        };
        let Some(place_country) = place_country else {
            continue;
        };
        for person in [x, y] {
            let serves = register.entities[person].country.as_deref();
            if serves.is_some_and(|c| c != place_country) && modality == Modality::Asserted {
                out.link(
                    Relation::Visits,
                    person,
                    place_id,
                    date,
                    modality,
                    0.7,
                    "meetings/met-in-foreign-city",
                );
            }
        }
    }
}
