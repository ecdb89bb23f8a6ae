//! Date expressions in news text, resolved against the article's publication date.
//!
//! ## Pattern
//! `July 8, 2024`, `8 July 2024`, `9 to 13 June` (its first day), `2024-07-08`, `July 8`,
//! `June 19 of last year`, `in June`, `mid-June`, `December 2023`, `in 2016`, `on Monday`,
//! `last month`, `last year`.
//! ## Emits
//! A [`FuzzyDate`]: year, month and day where the text states or the publication date derives
//! them. A weekday becomes the latest such day on or before publication; a month without a year
//! becomes the latest such month on or before publication; without a publication date the year
//! stays unknown (`XXXX` in reports, `xsd:gMonthDay`/`xsd:gMonth` in RDF).

use jiff::civil::{Date, Weekday};
use oxigraph::model::NamedNodeRef;
use oxigraph::model::vocab::xsd;
use regex::Regex;
use std::fmt::Write;
use std::sync::LazyLock;

/// Pushes `n` as `format!("{n:0width$}")` writes it: zero-padded to `width` digits.
fn push_padded(out: &mut String, n: i32, width: usize) {
    let Ok(mut rest) = u32::try_from(n) else {
        // (A negative number: its sign counts in the width.)
        let _ = write!(out, "{n:0width$}");
        return;
    };
    let mut digits = [b'0'; 10];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] += (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for _ in digits.len() - at..width {
        out.push('0');
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// A date known to year, month or day precision, possibly without its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuzzyDate {
    pub year: Option<i16>,
    pub month: Option<i8>,
    pub day: Option<i8>,
}

impl FuzzyDate {
    pub fn from_date(d: Date) -> Self {
        Self {
            year: Some(d.year()),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }

    /// The lexical form and XSD datatype (`xsd:date`, `gYearMonth`, `gYear`,
    /// `gMonthDay`, `gMonth`), or `None` when nothing usable is known.
    pub fn to_xsd(self) -> Option<(String, NamedNodeRef<'static>)> {
        let datatype = match (self.year, self.month, self.day) {
            (Some(_), Some(_), Some(_)) => xsd::DATE,
            (Some(_), Some(_), None) => xsd::G_YEAR_MONTH,
            (Some(_), None, _) => xsd::G_YEAR,
            (None, Some(_), Some(_)) => xsd::G_MONTH_DAY,
            (None, Some(_), None) => xsd::G_MONTH,
            _ => return None,
        };
        // (The gold form with the year's place written "-" when unknown: "--06-19".)
        Some((self.written("-"), datatype))
    }

    /// The form used in gold files: `2024-07-08`, `2024-07`, `2016`, `XXXX-06-19`.
    ///
    /// (Written digit by digit: a date is written for every fact that has one, and two
    /// `format!`s cost more than the rest of the fact's line.)
    pub fn to_gold(self) -> String {
        self.written("XXXX")
    }

    /// `YYYY[-MM[-DD]]`, digit by digit, with `unknown_year` in the year's place.
    fn written(self, unknown_year: &str) -> String {
        let mut out = String::with_capacity(10);
        match self.year {
            Some(y) => push_padded(&mut out, y.into(), 4),
            None => out.push_str(unknown_year),
        }
        if let Some(m) = self.month {
            out.push('-');
            push_padded(&mut out, m.into(), 2);
            if let Some(d) = self.day {
                out.push('-');
                push_padded(&mut out, d.into(), 2);
            }
        }
        out
    }

    /// Parses the gold form back (`XXXX` = unknown year).
    pub fn parse_gold(s: &str) -> Option<Self> {
        let mut parts = s.trim().split('-');
        let year = match parts.next()? {
            "XXXX" => None,
            y => Some(y.parse().ok()?),
        };
        let month = parts.next().map(str::parse).transpose().ok()?;
        let day = parts.next().map(str::parse).transpose().ok()?;
        Some(Self { year, month, day })
    }

    fn precision(self) -> u8 {
        u8::from(self.year.is_some())
            + u8::from(self.month.is_some())
            + u8::from(self.day.is_some())
    }

    /// True when `self` is at least as precise as `other` and agrees with it.
    pub fn refines(self, other: Self) -> bool {
        let agree = |a: Option<i8>, b: Option<i8>| b.is_none() || a == b;
        (other.year.is_none() || self.year == other.year)
            && agree(self.month, other.month)
            && agree(self.day, other.day)
            && self.precision() >= other.precision()
    }
}

/// A date found in a sentence, in byte offsets of that sentence.
#[derive(Debug, Clone, Copy)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: FuzzyDate,
}

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";

const WEEKDAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    // A weekday written before a full date belongs to it: "on Monday, Nov. 9", "Tuesday 10
    // November".
    let weekday_before = format!(r"(?:(?-u:\b)(?:on\s+)?(?:{WEEKDAYS}),?\s+)?");
    let pattern = format!(
        r"(?x)
        (?P<iso>(?-u:\b)(?P<iy>(?:19|20)[0-9]{{2}})-(?P<im>[01][0-9])-(?P<id>[0-3][0-9])(?-u:\b))
      | (?P<mdy>{weekday_before}(?:(?:early|mid|late)-)?(?P<m1>{MONTHS})(?:\s+(?P<d1>[0-3]?[0-9])(?:st|nd|rd|th)?(?-u:\b))?
            (?:,?\s+(?P<y1>(?:19|20)[0-9]{{2}})(?-u:\b)|\s+(?:of\s+)?(?P<rel1>last|this|next)\s+year)?)
      | (?P<dmy>{weekday_before}(?-u:\b)(?P<d2>[0-3]?[0-9])(?:\s*[-\u{{2013}}]\s*[0-3]?[0-9]|\s+(?:to|and)\s+[0-3]?[0-9])?\s+(?P<m2>{MONTHS})(?:,?\s+(?P<y2>(?:19|20)[0-9]{{2}})(?-u:\b))?)
      | (?P<wd>(?-u:\b)(?:on\s+)?(?P<wday>{WEEKDAYS})(?-u:\b))
      | (?P<rel>(?-u:\b)(?P<relw>last|this|next)\s+(?P<unit>month|year|week)(?-u:\b))
      | (?P<today>(?-u:\b)(?:[Tt]oday|[Oo]n\s+the\s+same\s+day)(?-u:\b))
      | (?P<yesterday>(?-u:\b)[Yy]esterday(?-u:\b))
      | (?P<year>(?-u:\b)(?:[Ii]n|[Ss]ince|of|[Dd]uring|[Bb]y)\s+(?P<y3>(?:19|20)[0-9]{{2}})(?-u:\b))
    "
    );
    Regex::new(&pattern).expect("date pattern compiles")
});

/// Indices of [`DATE`]'s named groups, found once: `Captures::name` hashes the name at every
/// call.
struct DateGroups {
    iso: usize,
    iy: usize,
    im: usize,
    id: usize,
    m1: usize,
    d1: usize,
    y1: usize,
    rel1: usize,
    m2: usize,
    d2: usize,
    y2: usize,
    wday: usize,
    relw: usize,
    unit: usize,
    today: usize,
    yesterday: usize,
    y3: usize,
}

static DATE_GROUPS: LazyLock<DateGroups> = LazyLock::new(|| {
    let index = |name: &str| {
        DATE.capture_names()
            .position(|n| n == Some(name))
            .expect("date pattern names the group")
    };
    DateGroups {
        iso: index("iso"),
        iy: index("iy"),
        im: index("im"),
        id: index("id"),
        m1: index("m1"),
        d1: index("d1"),
        y1: index("y1"),
        rel1: index("rel1"),
        m2: index("m2"),
        d2: index("d2"),
        y2: index("y2"),
        wday: index("wday"),
        relw: index("relw"),
        unit: index("unit"),
        today: index("today"),
        yesterday: index("yesterday"),
        y3: index("y3"),
    }
});

/// The number of a month as [`MONTHS`] spells it ("January", "Sept."): its first three letters.
fn month_number(name: &str) -> Option<i8> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let head = name.as_bytes().get(..3)?;
    NAMES
        .iter()
        .position(|n| head.eq_ignore_ascii_case(n.as_bytes()))
        .and_then(|i| i8::try_from(i + 1).ok())
}

fn weekday(name: &str) -> Option<Weekday> {
    Some(match name {
        "Monday" => Weekday::Monday,
        "Tuesday" => Weekday::Tuesday,
        "Wednesday" => Weekday::Wednesday,
        "Thursday" => Weekday::Thursday,
        "Friday" => Weekday::Friday,
        "Saturday" => Weekday::Saturday,
        "Sunday" => Weekday::Sunday,
        _ => return None,
    })
}

/// Year of a month stated without one: the latest such month on or before publication.
fn year_for_month(month: i8, published: Option<Date>) -> Option<i16> {
    published.map(|p| {
        if month <= p.month() {
            p.year()
        } else {
            p.year() - 1
        }
    })
}

/// All date expressions in `sentence`, resolved against `published`.
pub fn find_dates(sentence: &str, published: Option<Date>) -> Vec<DateMention> {
    let mut out = Vec::new();
    let g = &*DATE_GROUPS;
    for caps in DATE.captures_iter(sentence) {
        let Some(whole) = caps.get(0) else { continue };
        let num = |group: usize| caps.get(group).and_then(|m| m.as_str().parse::<i16>().ok());
        let date = if caps.get(g.iso).is_some() {
            let (Some(y), Some(m), Some(d)) = (num(g.iy), num(g.im), num(g.id)) else {
                continue;
            };
            Date::new(y, m as i8, d as i8)
                .ok()
                .map(FuzzyDate::from_date)
        } else if let Some(m) = caps.get(g.m1).or_else(|| caps.get(g.m2)) {
            let Some(month) = month_number(m.as_str()) else {
                continue;
            };
            let day = num(g.d1)
                .or_else(|| num(g.d2))
                .and_then(|d| i8::try_from(d).ok());
            // ("in May last year": a year stated relative to the article's.)
            let year_stated = num(g.y1).is_some() || caps.get(g.rel1).is_some();
            let year = match (num(g.y1).or_else(|| num(g.y2)), caps.get(g.rel1)) {
                (Some(y), _) => Some(y),
                (None, Some(rel)) => published.map(|p| match rel.as_str() {
                    "last" => p.year() - 1,
                    "next" => p.year() + 1,
                    _ => p.year(),
                }),
                (None, None) => year_for_month(month, published),
            };
            // "May" alone is too often the verb; require a day or a year with it.
            if m.as_str() == "May" && day.is_none() && !year_stated {
                continue;
            }
            if let (Some(y), Some(d)) = (year, day)
                && Date::new(y, month, d).is_err()
            {
                continue;
            }
            Some(FuzzyDate {
                year,
                month: Some(month),
                day,
            })
        } else if caps.get(g.today).is_some() {
            published.map(FuzzyDate::from_date)
        } else if caps.get(g.yesterday).is_some() {
            published
                .and_then(|p| p.yesterday().ok())
                .map(FuzzyDate::from_date)
        } else if let Some(w) = caps.get(g.wday) {
            match (weekday(w.as_str()), published) {
                (Some(w), Some(p)) => {
                    let back = (p.weekday().to_monday_zero_offset() - w.to_monday_zero_offset())
                        .rem_euclid(7);
                    p.checked_sub(jiff::Span::new().days(i64::from(back)))
                        .ok()
                        .map(FuzzyDate::from_date)
                }
                _ => None,
            }
        } else if let (Some(rel), Some(unit)) = (caps.get(g.relw), caps.get(g.unit)) {
            published.map(|p| {
                let shift: i32 = match rel.as_str() {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                if unit.as_str() == "week" {
                    // "last week": its month (the day is not said).
                    let day = p
                        .checked_add(jiff::Span::new().weeks(i64::from(shift)))
                        .unwrap_or(p);
                    FuzzyDate {
                        year: Some(day.year()),
                        month: Some(day.month()),
                        day: None,
                    }
                } else if unit.as_str() == "year" {
                    FuzzyDate {
                        year: Some(p.year() + shift as i16),
                        month: None,
                        day: None,
                    }
                } else {
                    let months = i32::from(p.year()) * 12 + i32::from(p.month()) - 1 + shift;
                    FuzzyDate {
                        year: i16::try_from(months.div_euclid(12)).ok(),
                        month: i8::try_from(months.rem_euclid(12) + 1).ok(),
                        day: None,
                    }
                }
            })
        } else {
            num(g.y3).map(|y| FuzzyDate {
                year: Some(y),
                month: None,
                day: None,
            })
        };
        if let Some(date) = date {
            out.push(DateMention {
                start: whole.start(),
                end: whole.end(),
                date,
            });
        }
    }
    out
}

// Before a dateline's date: its city ("Lima, ", "NEW DELHI, ").
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2},\s+$").expect("pattern compiles")
});
// After it: nothing, or the agency in brackets ("(ANDINA)", "(Reuters) -").
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\(\p{Lu}[\p{L} .-]{0,30}\)\s*[-\u{2013}\u{2014}]?\s*)?$")
        .expect("pattern compiles")
});

// After a dateline's date, the dash that opens the text.
static DASH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:--?|\u{2013}|\u{2014})\s").expect("pattern compiles"));

// After a release's opening date: " - Ottawa, Ontario - Global Affairs Canada".
static PLACE_AND_ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+[-\u{2013}\u{2014}]\s+\p{Lu}[^.!?]{0,100}$").expect("pattern compiles")
});

/// Publication date of an article from a line such as `Published : July 9, 2024 - 17:42`,
/// `Updated 2024-07-09`, or a line holding nothing but a full date.
pub fn publication_date(line: &str) -> Option<Date> {
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*(?:published|posted|updated|date|dated|issued)\s*(?:on|:)?\s*:?\s*(.+)$",
        )
        .expect("pattern compiles")
    });
    // Datelines abbreviate months without a period ("Oct 26, 2025"), which prose never does.
    static BARE_MONTH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(\s+[0-3]?[0-9],\s+(?:19|20)[0-9]{2})")
            .expect("pattern compiles")
    });
    let line = BARE_MONTH.replace_all(line.trim(), "$1.$2");
    let line = line.as_ref();
    let rest = LABELLED
        .captures(line)
        .and_then(|c| c.get(1))
        .map_or(line, |m| m.as_str());
    let found = find_dates(rest, None);
    let first = found.first()?;
    let labelled = rest.len() != line.len();
    // An unlabelled line counts only when it is (almost) nothing but the date, the date and
    // then a labelled one ("Oct 26, 2025 Updated Oct 27, 2025"), or a dateline ("Lima, March
    // 10, 2025 (ANDINA)").
    // ("November 23, 2026 - Ottawa, Ontario - Global Affairs Canada": a release's date, its
    // place and its issuer.)
    // ("GENEVA, 12 November 2026 – The council …": a release's dateline before its text.)
    let dateline = || {
        DATELINE.is_match(&rest[..first.start])
            && (AGENCY.is_match(&rest[first.end..]) || DASH.is_match(&rest[first.end..]))
            || first.start == 0 && PLACE_AND_ISSUER.is_match(&rest[first.end..])
    };
    // ("By Ana Ruiz, Abuja | November 19, 2026": a byline's date after a bar.)
    let byline = || rest[..first.start].trim_end().ends_with('|') && rest.len() - first.end <= 12;
    let alone = first.start == 0
        && (rest.len() - first.end <= 12 || publication_date(&rest[first.end..]).is_some());
    if !(labelled || alone || dateline() || byline()) {
        return None;
    }
    let d = first.date;
    Date::new(d.year?, d.month?, d.day?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`FuzzyDate::to_gold`] as first written, with `format!`.
    fn to_gold_reference(date: FuzzyDate) -> String {
        let year = date
            .year
            .map_or_else(|| "XXXX".to_owned(), |y| format!("{y:04}"));
        match (date.month, date.day) {
            (Some(m), Some(d)) => format!("{year}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{year}-{m:02}"),
            _ => year,
        }
    }

    /// [`FuzzyDate::to_xsd`] as first written, by `format!`.
    fn to_xsd_reference(date: FuzzyDate) -> Option<(String, NamedNodeRef<'static>)> {
        Some(match (date.year, date.month, date.day) {
            (Some(y), Some(m), Some(d)) => (format!("{y:04}-{m:02}-{d:02}"), xsd::DATE),
            (Some(y), Some(m), None) => (format!("{y:04}-{m:02}"), xsd::G_YEAR_MONTH),
            (Some(y), None, _) => (format!("{y:04}"), xsd::G_YEAR),
            (None, Some(m), Some(d)) => (format!("--{m:02}-{d:02}"), xsd::G_MONTH_DAY),
            (None, Some(m), None) => (format!("--{m:02}"), xsd::G_MONTH),
            _ => return None,
        })
    }

    proptest::proptest! {
        #[test]
        fn xsd_dates_are_written_as_by_format(
            year in proptest::option::of(proptest::num::i16::ANY),
            month in proptest::option::of(proptest::num::i8::ANY),
            day in proptest::option::of(proptest::num::i8::ANY),
        ) {
            let date = FuzzyDate { year, month, day };
            proptest::prop_assert_eq!(date.to_xsd(), to_xsd_reference(date));
        }

        #[test]
        fn gold_dates_are_written_as_by_format(
            year in proptest::option::of(proptest::num::i16::ANY),
            month in proptest::option::of(proptest::num::i8::ANY),
            day in proptest::option::of(proptest::num::i8::ANY),
        ) {
            let date = FuzzyDate { year, month, day };
            proptest::prop_assert_eq!(date.to_gold(), to_gold_reference(date));
        }
    }

    fn one(text: &str, published: Option<Date>) -> String {
        let found = find_dates(text, published);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0].date.to_gold()
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(one("visits Russia on July 8, 2024.", None), "2024-07-08");
        assert_eq!(one("on 8 July 2024", None), "2024-07-08");
        assert_eq!(one("signed 2019-02-28 in Hanoi", None), "2019-02-28");
        assert_eq!(one("in 2016.", None), "2016");
        assert_eq!(one("from December 2023", None), "2023-12");
    }

    #[test]
    fn dates_without_year_resolve_against_publication() {
        let published = Date::new(2024, 7, 9).ok();
        assert_eq!(one("on June 19", None), "XXXX-06-19");
        assert_eq!(one("on June 19", published), "2024-06-19");
        assert_eq!(one("in mid-June", published), "2024-06");
        assert_eq!(one("in December", published), "2023-12");
        assert_eq!(one("on June 19 of last year", published), "2023-06-19");
        assert_eq!(one("in May last year", published), "2023-05");
        assert_eq!(one("last month", published), "2024-06");
        assert_eq!(one("OFAC today designated", published), "2024-07-09");
    }

    #[test]
    fn weekdays_resolve_to_the_latest_such_day() {
        let tuesday = Date::new(2024, 7, 9).ok();
        assert_eq!(one("departed on Monday", tuesday), "2024-07-08");
        assert_eq!(one("said on Tuesday", tuesday), "2024-07-09");
        assert!(find_dates("departed on Monday", None).is_empty());
    }

    #[test]
    fn a_release_line_of_date_place_and_issuer_dates_it() {
        let line = "November 23, 2026 - Ottawa, Ontario - Global Affairs Canada";
        assert_eq!(publication_date(line), Date::new(2026, 11, 23).ok());
        // A sentence that opens with a date is no release line.
        assert_eq!(
            publication_date("November 23, 2026 - the day the talks failed. It rained."),
            None
        );
    }

    #[test]
    fn a_weekday_before_a_full_date_is_one_date() {
        let found = find_dates("arrived on Monday, Nov. 9.", None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].date.to_gold(), "XXXX-11-09");
        assert_eq!(found[0].start, "arrived ".len());
        assert_eq!(one("left on Tuesday 10 November 2026", None), "2026-11-10");
    }

    #[test]
    fn may_the_verb_is_not_a_date() {
        assert!(find_dates("the visit may involve talks", None).is_empty());
        assert_eq!(one("on May 2, 2025", None), "2025-05-02");
    }

    #[test]
    fn publication_lines() {
        assert_eq!(
            publication_date("Published : July 9, 2024 - 17:42"),
            Date::new(2024, 7, 9).ok()
        );
        assert_eq!(
            publication_date("Updated: 2025-03-04"),
            Date::new(2025, 3, 4).ok()
        );
        assert_eq!(
            publication_date("March 4, 2025"),
            Date::new(2025, 3, 4).ok()
        );
        assert_eq!(
            publication_date("The talks of July 9, 2024 ended in a long stalemate today"),
            None
        );
        assert_eq!(
            publication_date("Quito, June 3, 2025 (EFE)"),
            Date::new(2025, 6, 3).ok()
        );
        assert_eq!(
            publication_date("GENEVA, 12 November 2026 \u{2013} The council met today."),
            Date::new(2026, 11, 12).ok()
        );
        assert_eq!(
            publication_date("By Ana Ruiz, Abuja | November 19, 2026"),
            Date::new(2026, 11, 19).ok()
        );
        assert_eq!(
            publication_date("Trade | Talks on November 19, 2026 ended without a deal"),
            None
        );
        assert_eq!(
            publication_date("Talks in Quito, June 3, 2025 (EFE) ended without a deal"),
            None
        );
        assert_eq!(
            publication_date("Oct 26, 2025 Updated Oct 27, 2025"),
            Date::new(2025, 10, 26).ok()
        );
        assert_eq!(
            publication_date("March 4, 2025 was the day the talks updated their agenda"),
            None
        );
    }
}
