//! Splitting an article into sentences and words, and recognising boilerplate.
//!
//! ## Pattern
//! A sentence ends at `.`, `!` or `?` (optionally followed by a closing quote or bracket) before
//! whitespace and an upper-case letter, digit or opening quote, unless the word before is a known
//! abbreviation (`U.S.`, `Gen.`, `Sept.`) or a single initial. Line breaks always end a sentence:
//! news text puts captions, bylines and headings on lines of their own.

use aho_corasick::AhoCorasick;
use regex::Regex;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Adm", "Sgt", "Cpl", "Rev",
    "Sen", "Rep", "Gov", "Amb", "St", "Jr", "Sr", "No", "Nos", "Inc", "Corp", "Co", "Ltd", "Pvt",
    "Pte", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "approx", "est", "Fig", "Vol", "Art", "Sec", "Dept", "Univ", "Brig", "Cmdr", "Lt.Gen",
    "e.g", "i.e", "Hon", "Rt", "Cdr", "Cllr", "Pres", "Md", "Mohd",
];

/// Lines that carry no reportable content: comment forms, log-in prompts, credits, share bars.
///
/// The patterns are split in two because one regex holding both runs slowly over every line:
/// the unanchored half has no literal prefix to search for and its Unicode `\b` stops the fast
/// DFA at the first non-ASCII byte. The anchored half looks only at the line start; the
/// unanchored half runs only on lines holding one of its [`BOILERPLATE_CUES`].
static BOILERPLATE_AT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(BOILERPLATE_AT_START_PATTERN).expect("boilerplate pattern compiles")
});

const BOILERPLATE_AT_START_PATTERN: &str = r"(?ix)
        ^\s*by\s+(?-i:\p{Lu}[\w.\-]*(?:\s+\p{Lu}[\w.\-]*){0,4})\s*(?:for\s+.*)?$
          | ^\s*(?:photo|image|video|graphic|illustration|file\s+photo)\s*(?:credit)?\s*:
          | ^\s*(?:translated|edited|reported|written|compiled|additional\ reporting)\s+by\b
          | ^\s*related\ (?:article|stories|coverage)s?\s*$ | ^\s*expanded\ coverage
          | ^\s*(?:home|news)\s*>
          | ^\s*(?:\p{Lu}[\p{L}.'\-]*\s*){1,4}/\s*(?:AFP|AP|Reuters|EPA|Getty|Yonhap|Xinhua|Kyodo|TASS|Wire\ Photo\ Service)\b
        ";

/// The unanchored half of the boilerplate patterns.
static BOILERPLATE_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(BOILERPLATE_ANYWHERE_PATTERN).expect("boilerplate pattern compiles")
});

const BOILERPLATE_ANYWHERE_PATTERN: &str = r"(?ix)
            log\s*in\b | sign\s*in\b | sign\s*up\b | subscribe | newsletter | cookie
          | all\ rights\ reserved | copyright | \u{a9}
          | to\ write\ comments | add\ your\ comment | comments?\ (?:are|will)\b | write\ a\ comment
          | share\ (?:this|on)\b | follow\ us | link\ copied | print\ dictionary
          | [\w.]+@[\w.]+\.[a-z]{2,} | \[email\s+protected\]
        ";

/// Literals one of which every match of [`BOILERPLATE_ANYWHERE`] contains, ignoring ASCII
/// case, but for [`BOILERPLATE_CHAR_CUES`]. All are ASCII lower case and none holds another,
/// so the leftmost-first matcher (whose SIMD prefilter skips ahead) reports the same hits as
/// a standard one.
const BOILERPLATE_CUES: &[&str] = &[
    "log",
    "sign",
    "subscribe",
    "newsletter",
    "cookie",
    "all rights reserved",
    "copyright",
    "comment",
    "share ",
    "follow us",
    "link copied",
    "print dictionary",
    "[email",
];

/// Cues of one character, in no other cue: `@`, `\u{a9}`, and the long s and the Kelvin sign,
/// which Unicode case folding matches to `s` and `k` (a line holding either goes to the regex
/// unfiltered).
const BOILERPLATE_CHAR_CUES: [char; 4] = ['@', '\u{a9}', '\u{17f}', '\u{212a}'];

/// Lower-case words after which [`BOILERPLATE_AT_START`] can match at a line's start, unless
/// the line holds a `/` (a credit "Ana Ruiz/AFP").
const BOILERPLATE_STARTS: &[&str] = &[
    "by",
    "photo",
    "image",
    "video",
    "graphic",
    "illustration",
    "file",
    "translated",
    "edited",
    "reported",
    "written",
    "compiled",
    "additional",
    "related",
    "expanded",
    "home",
    "news",
];

/// The first two letters of each of [`BOILERPLATE_STARTS`]: bit `b` of entry `a` is set when
/// one starts with the `a`-th and `b`-th letters.
const BOILERPLATE_START_PAIRS: [u32; 26] = {
    let mut pairs = [0; 26];
    let mut k = 0;
    while k < BOILERPLATE_STARTS.len() {
        let w = BOILERPLATE_STARTS[k].as_bytes();
        pairs[(w[0] - b'a') as usize] |= 1 << (w[1] - b'a');
        k += 1;
    }
    pairs
};

/// False when [`BOILERPLATE_AT_START`] cannot match `line`: it holds no `/` and its first
/// word starts with none of [`BOILERPLATE_STARTS`]. Most lines are settled here without the
/// regex. Non-ASCII text there goes to the regex: Unicode case folding matches `ſ` to `s`.
fn may_start_boilerplate(line: &str, marks: Marks) -> bool {
    if marks.slash {
        return true;
    }
    let rest = line.trim_start().as_bytes();
    let head = &rest[..rest.len().min(12)];
    // (Each word's first two letters first: most lines start with none of them.)
    let pair_starts_one = match head {
        [a, b, ..] => {
            let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
            a.is_ascii_lowercase()
                && b.is_ascii_lowercase()
                && BOILERPLATE_START_PAIRS[usize::from(a - b'a')] >> (b - b'a') & 1 == 1
        }
        _ => true,
    };
    !head.is_ascii()
        || pair_starts_one
            && BOILERPLATE_STARTS.iter().any(|w| {
                let w = w.as_bytes();
                head.first().is_some_and(|b| b.eq_ignore_ascii_case(&w[0]))
                    && head.len() >= w.len()
                    && head[..w.len()].eq_ignore_ascii_case(w)
            })
}

/// [`BOILERPLATE_CUES`], searched in an ASCII-lowered copy of a line: a matcher ignoring
/// case has no prefilter and stepped through every byte.
static BOILERPLATE_CUE_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(BOILERPLATE_CUES)
        .expect("cue matcher builds")
});

/// Whether a line holds the bytes the boilerplate and dateline tests look for first.
#[derive(Clone, Copy)]
struct Marks {
    slash: bool,
    at: bool,
    paren: bool,
}

impl Marks {
    /// (One search for any of the three: most lines hold none, and a search for each cost
    /// more in set-up than in scanning.)
    fn of(line: &str) -> Self {
        let bytes = line.as_bytes();
        let any = memchr::memchr3(b'/', b'@', b'(', bytes).is_some();
        Self {
            slash: any && memchr::memchr(b'/', bytes).is_some(),
            at: any && memchr::memchr(b'@', bytes).is_some(),
            paren: any && memchr::memchr(b'(', bytes).is_some(),
        }
    }
}

/// True for a line that is page furniture rather than news.
pub fn is_boilerplate(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let cues = BOILERPLATE_CUE_MATCHER
        .find_iter(&lower)
        .map(|m| (m.pattern().as_usize(), m.range()));
    is_boilerplate_with(line, Marks::of(line), &lower, cues)
}

/// [`is_boilerplate`], given the line ASCII-lowered and the hits of
/// [`BOILERPLATE_CUE_MATCHER`] in it (found for a whole article at once by [`sentences`]).
fn is_boilerplate_with(
    line: &str,
    marks: Marks,
    lower: &str,
    cues: impl Iterator<Item = (usize, Range<usize>)>,
) -> bool {
    (may_start_boilerplate(line, marks) && BOILERPLATE_AT_START.is_match(line))
        || match boilerplate_cue(line, marks, lower, cues) {
            Cue::Matches => true,
            Cue::May => BOILERPLATE_ANYWHERE.is_match(line),
            Cue::None => false,
        }
}

/// What the cues of a line tell of [`BOILERPLATE_ANYWHERE`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// The pattern matches.
    Matches,
    /// The pattern may match: ask it.
    May,
    /// The pattern cannot match.
    None,
}

/// Whether `line` holds a cue where [`BOILERPLATE_ANYWHERE`] matches or may match. Most cues
/// settle it without the pattern, whose Unicode `\b` sends non-ASCII lines to a slow engine.
fn boilerplate_cue(
    line: &str,
    marks: Marks,
    lower: &str,
    cues: impl Iterator<Item = (usize, Range<usize>)>,
) -> Cue {
    // No cue holds a character cue, so one of those counts wherever it is.
    if marks.at || !line.is_ascii() && BOILERPLATE_CHAR_CUES.iter().any(|&c| line.contains(c)) {
        return Cue::May;
    }
    // Non-overlapping hits suffice: no cue overlaps "log", "sign", "comment" or "share ", the
    // only ones `cue_reading` turns down (an overlapping scan has no prefilter and ran 4x
    // slower). Lowering ASCII letters keeps every byte offset.
    let mut answer = Cue::None;
    for (cue, range) in cues {
        match cue_reading(lower, BOILERPLATE_CUES[cue], range) {
            Cue::Matches => return Cue::Matches,
            Cue::May => answer = Cue::May,
            Cue::None => {}
        }
    }
    answer
}

/// What the cue at `range` of the ASCII-lowered `line` (which holds neither `ſ` nor the Kelvin
/// sign) tells of [`BOILERPLATE_ANYWHERE`], read against the pattern's alternatives that hold
/// it: "log" and "sign", common in news ("dialogue", "signed"), match only before `in` or `up`
/// and a word's end, "comment" only in a comment form's phrases ("declined to comment" is
/// none), "share " only before "this" or "on"; the cues that are whole alternatives always
/// match. Non-ASCII text where a `\b` is read goes to the pattern.
fn cue_reading(line: &str, cue: &str, range: Range<usize>) -> Cue {
    let before = &line.as_bytes()[..range.start];
    let after = &line[range.end..];
    // `word` at the start of `text`, then the end of a word (Unicode `\b`).
    let word_then_end = |text: &str, word: &str| {
        if !text.starts_with(word) {
            return Cue::None;
        }
        match text[word.len()..].chars().next() {
            None => Cue::Matches,
            Some(c) if !c.is_ascii() => Cue::May,
            Some(c) if c.is_ascii_alphanumeric() || c == '_' => Cue::None,
            Some(_) => Cue::Matches,
        }
    };
    let first = |words: &[&str], text: &str| {
        words
            .iter()
            .map(|w| word_then_end(text, w))
            .fold(Cue::None, |a, b| match (a, b) {
                (Cue::Matches, _) | (_, Cue::Matches) => Cue::Matches,
                (Cue::May, _) | (_, Cue::May) => Cue::May,
                _ => Cue::None,
            })
    };
    match cue {
        // `log\s*in\b`, `sign\s*in\b`, `sign\s*up\b`.
        "log" => first(&["in"], after.trim_start()),
        "sign" => first(&["in", "up"], after.trim_start()),
        // `to write comments`, `add your comment`, `write a comment`, `comments? (are|will)\b`.
        "comment" => {
            if before.ends_with(b"to write ") && after.starts_with('s')
                || before.ends_with(b"add your ")
                || before.ends_with(b"write a ")
            {
                return Cue::Matches;
            }
            let rest = after.strip_prefix('s').unwrap_or(after);
            first(&[" are", " will"], rest)
        }
        // `share (this|on)\b`.
        "share " => first(&["this", "on"], after),
        "[email" => Cue::May,
        _ => Cue::Matches,
    }
}

/// A matcher's hits over a whole article, found in one pass: searching each sentence cost more
/// in set-up than in scanning.
pub(crate) struct ArticleHits(Vec<Range<usize>>);

impl ArticleHits {
    pub fn new(matcher: &AhoCorasick, text: &str) -> Self {
        Self(matcher.find_iter(text).map(|m| m.range()).collect())
    }

    /// The hits inside the sentence at `range` of the article; `None` when a hit crosses into
    /// or out of it (the search does not overlap, so such a hit may hide others: the sentence
    /// is then to be searched on its own).
    pub fn in_sentence(&self, range: &Range<usize>) -> Option<&[Range<usize>]> {
        let first = self.0.partition_point(|hit| hit.end <= range.start);
        let last = first + self.0[first..].partition_point(|hit| hit.start < range.end);
        let hits = &self.0[first..last];
        let crosses = hits.first().is_some_and(|hit| hit.start < range.start)
            || hits.last().is_some_and(|hit| hit.end > range.end);
        (!crosses).then_some(hits)
    }
}

/// Byte ranges of the sentences of `text`, boilerplate lines left out.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    // Sized for sentences of 64 bytes (news averages 80-odd): growing from empty copied the
    // ranges five times an article.
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
    let mut next = 0;
    // The boilerplate cues of every line, found in one pass over the lowered article: a search
    // and a lowered copy per line cost more in set-up than in scanning. No cue holds a line
    // break, so each line's hits are those a search of the line finds.
    let lower = text.to_ascii_lowercase();
    let cues: Vec<(usize, Range<usize>)> = BOILERPLATE_CUE_MATCHER
        .find_iter(&lower)
        .map(|m| (m.pattern().as_usize(), m.range()))
        .collect();
    // Lines with their breaks, found by `memchr` (`split_inclusive` searched bytewise).
    while next < text.len() {
        let start = next;
        // An empty line (between paragraphs: every other line, in most articles) is passed
        // without a search.
        if text.as_bytes()[start] == b'\n' {
            next += 1;
            continue;
        }
        next =
            memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i + 1);
        let line = &text[start..next];
        if line.trim().is_empty() {
            continue;
        }
        let first = cues.partition_point(|(_, r)| r.start < start);
        let line_cues = cues[first..]
            .iter()
            .take_while(|(_, r)| r.end <= next)
            .map(|(cue, r)| (*cue, r.start - start..r.end - start));
        let marks = Marks::of(line);
        if is_boilerplate_with(line, marks, &lower[start..next], line_cues) {
            continue;
        }
        // A wire dateline ("LIMA, Feb 15, 2025 (Andes Wire) - ") is not part of the sentence:
        // its agency would read as the sentence's subject.
        // (Its agency is in brackets: a line with no '(' is settled without the regex.)
        let dateline = if marks.paren {
            DATELINE.find(line).map_or(0, |m| m.end())
        } else {
            0
        };
        split_line(&line[dateline..], start + dateline, marks.slash, &mut out);
    }
    out
}

/// A wire dateline at a line's start: a place in capitals or title case, an optional date, the
/// agency in brackets and a dash ("WASHINGTON (AP) — ", "ISLAMABAD, Jan 20 (KUNA) -- ").
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t]*[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3}(?:, [A-Z][A-Za-z.'\- ]{1,30})?,? (?:[A-Z][a-z]{2,8}\.? [0-9]{1,2}(?:, [0-9]{4})? )?\([^()\n]{1,40}\) *(?:-{1,2}|\x{2013}|\x{2014}) *",
    )
    .expect("dateline pattern compiles")
});

/// The place a wire or release dateline names ("KUWAIT, Nov 22 (KUNA) -- ", "GENEVA, 12 November
/// 2026 – ", "WASHINGTON (AP) — "), from the article's first lines: where "arrived here" is.
/// A place alone before the dash must be in capitals ("Foreign Minister – " is no dateline).
pub(crate) fn dateline_place(text: &str) -> Option<&str> {
    static PLACE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^[ \t]*([A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3})(?:, [A-Z][A-Za-z.'\- ]{1,30})?(,? (?:[A-Z][a-z]{2,8}\.? [0-9]{1,2}|[0-9]{1,2} [A-Z][a-z]{2,8})(?:,? [0-9]{4})?)?( ?\([^()\n]{1,40}\))? *(?:-{1,2}|\x{2013}|\x{2014}) ",
        )
        .expect("dateline pattern compiles")
    });
    lines(text).take(12).find_map(|line| {
        // (Most lines are prose: a dateline starts with a capital and has its dash early.)
        let head = &line.as_bytes()[..line.len().min(80)];
        if !head.first().is_some_and(u8::is_ascii_uppercase)
            || memchr::memchr2(b'-', 0xE2, head).is_none()
        {
            return None;
        }
        let found = PLACE_DATELINE.captures(line)?;
        let place = found.get(1)?.as_str();
        let dated = found.get(2).is_some() || found.get(3).is_some();
        (dated || !place.bytes().any(|b| b.is_ascii_lowercase())).then_some(place)
    })
}

/// The lines of `text` as [`str::lines`] cuts them, each break found by `memchr`: `lines`
/// searched for them bytewise, and an article's first lines are its longest paragraphs.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(i) => {
                let line = &rest[..i];
                rest = &rest[i + 1..];
                // ("\r\n" is a break; a lone '\r' at the end of the text is kept.)
                Some(line.strip_suffix('\r').unwrap_or(line))
            }
            None => Some(std::mem::take(&mut rest)),
        }
    })
}

/// Splits `line` (at byte `base` of the article) into sentences; `slash` is false when the line
/// holds no `/`, so that no piece of it can be a credit (see `push_piece`), as most lines.
fn split_line(line: &str, base: usize, slash: bool, out: &mut Vec<Range<usize>>) {
    let bytes = line.as_bytes();
    let mut start = 0;
    let mut i = 0;
    // Only `.`, `!` and `?` can end a sentence: jump from one to the next.
    while let Some(found) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
        i += found;
        let b = bytes[i];
        if !(b == b'.' && is_abbreviation(&line[..i])) {
            let mut end = i + 1;
            // Closing quotes and brackets belong to the sentence they close.
            while let Some(c) = line[end..].chars().next() {
                if matches!(c, '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let rest = &line[end..];
            let trimmed = rest.trim_start();
            let next = trimmed.chars().next();
            if trimmed.len() < rest.len()
                && next.is_some_and(|c| {
                    c.is_uppercase() || c.is_ascii_digit() || "\"\u{201c}(".contains(c)
                })
            {
                push_trimmed(line, base, start..end, slash, out);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(line, base, start..line.len(), slash, out);
}

/// Longest sentence the rules see. Real sentences are far shorter; the rules' cost grows with
/// the square of a sentence's mentions, so a line with no sentence end is cut at spaces.
const MAX_SENTENCE: usize = 2_000;

/// Pushes the sentence at `range` of `line`, cut at spaces when too long; `slash` tells whether
/// the line holds a `/`.
fn push_trimmed(
    line: &str,
    base: usize,
    range: Range<usize>,
    slash: bool,
    out: &mut Vec<Range<usize>>,
) {
    let mut range = range;
    while range.len() > MAX_SENTENCE {
        let mut cut = range.start + MAX_SENTENCE;
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(space) = line[range.start..cut].rfind(char::is_whitespace)
            && space > 0
        {
            cut = range.start + space;
        }
        push_piece(line, base, range.start..cut, slash, out);
        range.start = cut;
    }
    push_piece(line, base, range, slash, out);
}

fn push_piece(
    line: &str,
    base: usize,
    range: Range<usize>,
    slash: bool,
    out: &mut Vec<Range<usize>>,
) {
    let piece = &line[range.clone()];
    // (Trimmed once: the end's trim of the start-trimmed piece is the piece's, unless the
    // piece is all space, which has no letter and is not pushed.)
    let trimmed = piece.trim_start();
    let lead = piece.len() - trimmed.len();
    let trimmed = trimmed.trim_end();
    let trail = piece.len() - lead - trimmed.len();
    // Three letters suffice: stop counting at the third.
    if trimmed
        .chars()
        .filter(|c| c.is_alphabetic())
        .nth(2)
        .is_none()
    {
        return;
    }
    // A caption's closing credit ("… in Hanoi. Ana Ruiz/AFP") goes; the caption stays.
    let credit = slash && memchr::memchr(b'/', piece.as_bytes()).is_some() && is_boilerplate(piece);
    if !credit {
        out.push(base + range.start + lead..base + range.end - trail);
    }
}

/// True when the text before a period ends with an abbreviation or a single initial.
pub(crate) fn is_abbreviation(before: &str) -> bool {
    // The last word, found bytewise back to a space or `(` (most are ASCII); a non-ASCII
    // byte on the way sends the search to `char`s, for Unicode spaces.
    let is_break = |c: char| c.is_whitespace() || c == '(';
    let bytes = before.as_bytes();
    let word = match bytes
        .iter()
        .rposition(|&b| !b.is_ascii() || is_break(char::from(b)))
    {
        Some(p) if bytes[p].is_ascii() => &before[p + 1..],
        None => before,
        Some(_) => before.rsplit(is_break).next().unwrap_or(""),
    };
    // (Opening quotes stripped one by one: `trim_start_matches` set up a searcher.)
    let mut bare = word;
    while let Some(rest) = bare
        .strip_prefix('"')
        .or_else(|| bare.strip_prefix('\u{201c}'))
    {
        bare = rest;
    }
    // Most words before a period are longer than any abbreviation and hold no period: no
    // initial, no "U.S", none of the list.
    // (`contains`, not `memchr`: the word is a few bytes, and the call cost more than the
    // search.)
    let period = bare.as_bytes().contains(&b'.');
    if bare.len() > MAX_ABBREVIATION_LEN && !period {
        return false;
    }
    let mut chars = bare.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return true; // an initial: "John F. Kennedy", or "U" of "U.S."
    }
    // "U.S", "U.N": letters separated by periods. (Three ASCII bytes or more so hold a period;
    // a word without one is settled here.)
    if bare.len() >= 3
        && (period || !bare.is_ascii())
        && bare
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
    {
        return true;
    }
    // (The first byte and length first: most short words before a period are none of them.)
    bare.as_bytes()
        .first()
        .is_some_and(|&b| ABBREVIATION_SHAPES[usize::from(b)] >> bare.len().min(7) & 1 == 1)
        && ABBREVIATION_SET.contains(bare)
}

/// Bit `n` of entry `b` is set when one of [`ABBREVIATIONS`] starts with byte `b` and is `n`
/// bytes long (none is longer than seven).
const ABBREVIATION_SHAPES: [u8; 256] = {
    let mut shapes = [0; 256];
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        let word = ABBREVIATIONS[k].as_bytes();
        assert!(!word.is_empty() && word.len() < 7);
        shapes[word[0] as usize] |= 1 << word.len();
        k += 1;
    }
    shapes
};

/// The longest of [`ABBREVIATIONS`], in bytes.
const MAX_ABBREVIATION_LEN: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > max {
            max = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    max
};

/// [`ABBREVIATIONS`] as a set: asked at every period, a scan of sixty words cost more than the
/// rest of the test.
static ABBREVIATION_SET: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());

/// `word` in lower case, borrowed when it already is (most words of a sentence are).
pub fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// A word of a sentence, in byte offsets of that sentence, with its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'s> {
    pub start: usize,
    pub end: usize,
    /// `'s` after a word: kept as its own token so a possessive ends a name.
    pub possessive: bool,
    /// The text is ASCII: known from the tokenizer's walk, where asking `str::is_ascii` of
    /// every word, as the word tests did, cost a pass over it each time.
    pub ascii: bool,
    /// `sentence[start..end]`, sliced once: the rules ask for most words' text several times,
    /// and slicing a `str` checks both ends for char boundaries (a twentieth of the rules'
    /// work when each asked for it anew).
    text: &'s str,
}

impl<'s> Token<'s> {
    pub fn text(&self) -> &'s str {
        self.text
    }
}

/// Words of names that keep their `'s`: "Korean People's Army", "Workers' Party".
const POSSESSIVE_IN_NAMES: &[&str] = &[
    "People", "Workers", "Women", "Children", "Veterans", "Farmers",
];

/// ASCII letters and digits as a byte table: the tokenizer's innermost test.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether `word` is single chars joined by periods ("U.S", "U.K"): what splitting it at its
/// periods into parts of one char each tells, read char by char, so that a word before a
/// sentence's full stop ends the test at its second char (a splitter was set up for each).
fn is_dotted(word: &str) -> bool {
    let mut chars = 0;
    word.chars().all(|c| {
        chars += 1;
        (c == '.') == (chars % 2 == 0)
    }) && chars % 2 == 1
}

/// Words of a sentence: letters and digits with inner hyphens, apostrophes and periods ("Chol-min",
/// "O'Brien", "U.S."), and possessive markers as separate tokens. Punctuation is skipped, but a
/// gap between two tokens that holds punctuation is visible by comparing offsets.
pub fn tokens(sentence: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    tokens_into(sentence, &mut out);
    out
}

/// [`tokens`] into `out`, emptied first: a buffer kept across an article's sentences, not one
/// allocated for each.
pub fn tokens_into<'s>(sentence: &'s str, out: &mut Vec<Token<'s>>) {
    out.clear();
    // Walks byte offsets, decoding a char only at a non-ASCII byte: ASCII bytes (most of news
    // text) are settled by a table look-up.
    let bytes = sentence.as_bytes();
    let char_at = |at: usize| match bytes.get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => sentence.get(at..).and_then(|rest| rest.chars().next()),
        None => None,
    };
    // English averages about six bytes a word with its space.
    out.reserve(sentence.len() / 5 + 1);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let first_len = if b.is_ascii() {
            if !ASCII_ALNUM[usize::from(b)] {
                i += 1;
                continue;
            }
            1
        } else {
            match char_at(i) {
                Some(c) if c.is_alphanumeric() => c.len_utf8(),
                Some(c) => {
                    i += c.len_utf8();
                    continue;
                }
                None => break,
            }
        };
        let mut j = i + first_len;
        let mut ascii = b.is_ascii();
        loop {
            while bytes.get(j).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
                j += 1;
            }
            // An ASCII byte other than inner punctuation ends the word (a space, mostly).
            match bytes.get(j) {
                None => break,
                Some(&b) if b.is_ascii() && !matches!(b, b'-' | b'\'' | b'.' | b'&') => break,
                Some(_) => {}
            }
            let Some(c) = char_at(j) else { break };
            let after = j + c.len_utf8();
            // Inner punctuation joins only when a letter or digit follows it.
            let inner = || {
                matches!(c, '-' | '\'' | '\u{2019}' | '.' | '&')
                    && char_at(after).is_some_and(char::is_alphanumeric)
            };
            if c.is_alphanumeric() || c == '\u{301}' || inner() {
                ascii &= c.is_ascii();
                j = after;
            } else {
                break;
            }
        }
        let mut end = j;
        // "U.S." and an initial ("Ronaldo S. Villanueva") keep their final period.
        if bytes.get(end) == Some(&b'.') {
            let word = &sentence[start..end];
            let mut chars = word.chars();
            let initial =
                matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
            if initial || (word.len() >= 3 && is_dotted(word)) {
                end += 1;
                j += 1; // the period is one byte
            }
        }
        let word = &sentence[start..end];
        // Both possessive markers end in `s`: most words are settled by their last byte.
        let possessive = if bytes[end - 1] == b's' {
            ["'s", "\u{2019}s"]
                .iter()
                .find(|p| word.ends_with(**p) && word.len() > p.len())
        } else {
            None
        };
        match possessive {
            Some(p) if !POSSESSIVE_IN_NAMES.contains(&&word[..word.len() - p.len()]) => {
                let (name, marker) = word.split_at(word.len() - p.len());
                let split = end - p.len();
                out.push(Token {
                    start,
                    end: split,
                    possessive: false,
                    ascii: ascii || name.is_ascii(),
                    text: name,
                });
                out.push(Token {
                    start: split,
                    end,
                    possessive: true,
                    ascii: marker.is_ascii(),
                    text: marker,
                });
            }
            _ => out.push(Token {
                start,
                end,
                possessive: false,
                ascii,
                text: word,
            }),
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn lines_are_those_of_str_lines(text in r"[a\n\r]{0,12}") {
            proptest::prop_assert_eq!(
                lines(&text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>()
            );
        }

        #[test]
        fn dotted_words_are_those_of_one_char_parts(word in r"[A-Za-z.\u{e9}\u{4e2d}]{0,7}") {
            proptest::prop_assert_eq!(
                is_dotted(&word),
                word.split('.').all(|p| p.chars().count() == 1)
            );
        }
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let text = "The U.S. Treasury acted on Sept. 3. Gen. Ali Reza met John F. Kennedy Jr. in Tehran. Done!";
        assert_eq!(
            split(text),
            [
                "The U.S. Treasury acted on Sept. 3.",
                "Gen. Ali Reza met John F. Kennedy Jr. in Tehran.",
                "Done!"
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let text = "He said \"we agree.\" Then he left.";
        assert_eq!(split(text), ["He said \"we agree.\"", "Then he left."]);
    }

    #[test]
    fn boilerplate_lines_are_dropped() {
        let text = "Log in to comment\nBY JANE DOE\nPhoto: Wire\nReal news here.\nAli Reza/AFP\n";
        assert_eq!(split(text), ["Real news here."]);
    }

    proptest::proptest! {
        /// The cue prefilter never changes the answer of the two patterns run unfiltered.
        #[test]
        fn boilerplate_cues_only_skip_lines_that_cannot_match(
            line in "(?:[ a-zA-Z.@/>:\u{a9}\u{17f}\u{212a}\u{2019}]|Log in|SIGN|subscribe|Cookie\
                     |comments|share this|follow us|a@b\\.cd|\\[email  protected\\]\
                     |By Ana Ruiz|Ana Ruiz/AFP|Photo:|Home >|sign|log|in|UP|\u{2003}|signed\
                     |dialogue| by|Related articles|expanded coverage|news>|\u{e9}\
                     |comment|Comment|to write |add your |write a | are| will|wills|share \
                     |share on|This|on|_|[0-9,%]|Copyright|Ruiz/AFP|Home|>|NEWS){0,12}"
        ) {
            let both = Regex::new(&format!(
                "(?:{BOILERPLATE_AT_START_PATTERN})|(?:{BOILERPLATE_ANYWHERE_PATTERN})"
            ))
            .expect("pattern compiles");
            proptest::prop_assert_eq!(is_boilerplate(&line), both.is_match(&line), "{:?}", line);
        }
    }

    proptest::proptest! {
        /// One search for the three marks finds each as its own search does.
        #[test]
        fn marks_are_found_as_by_their_own_searches(line in "[a-z /@(\u{e9}]{0,40}") {
            let marks = Marks::of(&line);
            proptest::prop_assert_eq!(
                (marks.slash, marks.at, marks.paren),
                (line.contains('/'), line.contains('@'), line.contains('('))
            );
        }

        /// A piece is kept, and trimmed, as when it was trimmed three times and every piece
        /// was searched for a `/`.
        #[test]
        fn pieces_are_kept_as_first_written(
            line in "(?:[ \t.a-zA-Z1/]|\u{a0}|\u{e9}|\u{2009}|Ana Ruiz/AFP|By Ana Ruiz){0,10}",
            cut in 0usize..40,
        ) {
            let cut = (0..=cut.min(line.len())).rev().find(|&c| line.is_char_boundary(c)).unwrap_or(0);
            for range in [0..cut, cut..line.len()] {
                let piece = &line[range.clone()];
                let lead = piece.len() - piece.trim_start().len();
                let trail = piece.len() - piece.trim_end().len();
                let credit = piece.contains('/') && is_boilerplate(piece);
                let keep = piece.trim().chars().filter(|c| c.is_alphabetic()).nth(2).is_some();
                let reference = (keep && !credit)
                    .then(|| 7 + range.start + lead..7 + range.end - trail);
                let mut out = Vec::new();
                push_piece(&line, 7, range, line.contains('/'), &mut out);
                proptest::prop_assert_eq!(out.pop(), reference);
                proptest::prop_assert!(out.is_empty());
            }
        }

        /// The last word read bytewise is the one `rsplit` finds.
        #[test]
        fn abbreviations_read_the_last_word_as_rsplit_does(
            before in "(?:[ (\"a-zA-Z.]|\u{a0}|\u{2009}|\u{201c}|\u{e9}|Gen|U.S|\u{b}|Lt.Gen){0,8}"
        ) {
            let word = before
                .rsplit(|c: char| c.is_whitespace() || c == '(')
                .next()
                .unwrap_or("");
            let bare = word.trim_start_matches(['"', '\u{201c}']);
            let reference = bare.chars().count() == 1 && bare.chars().all(char::is_uppercase)
                || bare.len() >= 3
                    && bare
                        .split('.')
                        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
                || ABBREVIATION_SET.contains(bare);
            proptest::prop_assert_eq!(is_abbreviation(&before), reference, "{:?}", before);
        }
    }

    #[test]
    fn a_line_without_sentence_ends_is_cut_at_spaces() {
        let line = "Ana Ruiz met Tomas Bellwood ".repeat(500);
        let pieces = sentences(&line);
        assert!(pieces.len() > 1, "{}", pieces.len());
        assert!(pieces.iter().all(|r| r.len() <= MAX_SENTENCE));
        // No word is split or lost.
        let words: Vec<&str> = pieces
            .iter()
            .flat_map(|r| line[r.clone()].split_whitespace())
            .collect();
        assert_eq!(words, line.split_whitespace().collect::<Vec<_>>());
    }

    proptest::proptest! {
        /// A token's text and ASCII flag, kept from the tokenizer's walk, are those of its
        /// offsets.
        #[test]
        fn tokens_carry_their_text_and_asciiness(
            s in "(?:[ a-zA-Z0-9.'&-]|\u{2019}s|\u{e9}|\u{301}|\u{2019}|\u{4e2d}|'s|U\\.S\\.){0,24}"
        ) {
            for t in tokens(&s) {
                proptest::prop_assert_eq!(t.text(), &s[t.start..t.end]);
                proptest::prop_assert_eq!(t.ascii, t.text().is_ascii(), "{:?} in {:?}", t, s);
            }
        }
    }

    #[test]
    fn tokens_keep_inner_punctuation_and_split_possessives() {
        let s = "Pak Chol-min met U.S. envoys at Russia\u{2019}s Korean People's Army base.";
        let words: Vec<&str> = tokens(s).iter().map(|t| t.text()).collect();
        assert_eq!(
            words,
            [
                "Pak",
                "Chol-min",
                "met",
                "U.S.",
                "envoys",
                "at",
                "Russia",
                "\u{2019}s",
                "Korean",
                "People's",
                "Army",
                "base"
            ]
        );
    }
}
