//! The date an article states for itself: a `date:` in its front matter, or a dateline at
//! its top ("SYDNEY, June 12, 2001 –", "Published 12 June 2001").
//!
//! Only the top of a document is read, and only dates a reader takes as the article's own:
//! a date deep in the body ("on June 12, 2001, the council met") is an event, not a dateline.
//!
//! ```
//! use numfact::check::dateline::{article_date, DateOrigin};
//! let date = article_date("---\ntitle: Census\ndate: 2001-06-12\n---\nText.").expect("a date");
//! assert_eq!((date.date.year, date.origin), (2001, DateOrigin::FrontMatter));
//! let date = article_date("LAGOS, March 3, 2001 - Nigeria's census …").expect("a date");
//! assert_eq!((date.date.year, date.date.month), (2001, Some(3)));
//! assert!(article_date("On March 3, 2001 the census began.").is_none());
//! ```

use crate::facts::AsOf;
use serde::Serialize;

/// How many lines at the top of a document may hold its dateline (a headline and a byline
/// may come first).
const DATELINE_LINES: usize = 4;

/// The longest line read as a dateline, in bytes.
const DATELINE_MAX: usize = 240;

/// Where an article's date was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrigin {
    /// A `date:` (or `date =`) line in the front matter.
    FrontMatter,
    /// A dateline at the top of the text.
    Dateline,
    /// `--as-of` on the command line, or `as-of` in `numfact.toml`.
    Configured,
}

/// The date an article was written, and where it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ArticleDate {
    /// The date, to the precision stated.
    #[serde(serialize_with = "serialize_date")]
    pub date: AsOf,
    /// Where it was read from.
    pub origin: DateOrigin,
    /// Where the front matter or the dateline's line ends (a byte offset): a year before it
    /// dates the article, not the claims of the sentence it runs into.
    #[serde(skip)]
    pub header_end: Option<usize>,
}

fn serialize_date<S: serde::Serializer>(date: &AsOf, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&date.to_string())
}

/// The date `text` states for itself: its front matter's `date` (or `published`), else a
/// dateline in its first few lines.
pub fn article_date(text: &str) -> Option<ArticleDate> {
    article_date_in(text, text)
}

/// As [`article_date`], with the dateline read from `prose`, the text with its markup
/// masked (same offsets): `<p>SYDNEY, June 12, 2001 – …` in HTML.
pub fn article_date_in(whole: &str, prose: &str) -> Option<ArticleDate> {
    let text = whole.strip_prefix('\u{FEFF}').unwrap_or(whole);
    let bom = whole.len() - text.len();
    if let Some(front_matter) = crate::text::markdown::front_matter(text) {
        let end = crate::text::markdown::front_matter_len(text).map(|len| bom + len);
        let found = front_matter.lines().find_map(|line| {
            let (key, value) = line.split_once([':', '='])?;
            let key = key.trim();
            let is_date = ["date", "published", "pubdate", "published_at"]
                .iter()
                .any(|k| k.eq_ignore_ascii_case(key));
            is_date.then(|| date_in_value(value)).flatten()
        });
        return found.map(|date| ArticleDate {
            date,
            origin: DateOrigin::FrontMatter,
            header_end: end,
        });
    }
    let text = prose.get(bom..).unwrap_or(prose);
    let mut offset = bom;
    let mut lines_read = 0;
    for line in text.split_inclusive('\n') {
        let line_end = offset + line.len();
        offset = line_end;
        let line =
            line.trim_matches(|c: char| c.is_whitespace() || c == crate::text::MASK_BYTE as char);
        if line.is_empty() {
            continue;
        }
        lines_read += 1;
        if lines_read > DATELINE_LINES {
            break;
        }
        if line.len() > DATELINE_MAX {
            continue;
        }
        if let Some(date) = dateline(line) {
            return Some(ArticleDate {
                date,
                origin: DateOrigin::Dateline,
                header_end: Some(line_end),
            });
        }
    }
    None
}

/// A front-matter value as a date: `2001-06-12`, `"2001-06-12T09:30:00Z"`, `June 12, 2001`.
fn date_in_value(value: &str) -> Option<AsOf> {
    let value = value.trim().trim_matches(['"', '\'']).trim();
    let iso: String = value.chars().take(10).collect();
    for candidate in [iso.as_str(), value.get(..7).unwrap_or(""), value] {
        if let Ok(date) = AsOf::parse(candidate) {
            return Some(date);
        }
    }
    written_date(value).map(|(date, _)| date)
}

/// A dateline: a line that starts with a date, after an optional label ("Published",
/// "Updated") or a place in capitals ("SYDNEY, ", "LAGOS (Reuters) - ").
fn dateline(line: &str) -> Option<AsOf> {
    // Emphasis and masked markup are no part of it: "**SYDNEY**, June 12, 2001 –".
    let cleaned: String = line
        .chars()
        .filter(|&c| !matches!(c, '*' | '_') && c != crate::text::MASK_BYTE as char)
        .collect();
    let line = cleaned.trim_start_matches(['#', '>', ' ']);
    let lower = line.to_ascii_lowercase();
    for label in ["published", "posted", "updated", "dated", "date"] {
        if let Some(rest) = lower.strip_prefix(label) {
            let rest = rest.trim_start_matches([':', ' ', '\u{a0}']);
            let offset = line.len() - rest.len();
            return date_at_start(&line[offset..]);
        }
    }
    if let Some(date) = date_at_start(line) {
        return Some(date);
    }
    // A place in capitals, an optional agency in brackets, a comma or dash, then the date.
    let place_end = line
        .find(|c: char| !(c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-')))
        .unwrap_or(line.len());
    let place = line[..place_end].trim();
    if place.len() < 3 || !place.chars().any(char::is_uppercase) {
        return None;
    }
    let mut rest = line[place_end..].trim_start();
    if rest.starts_with('(') {
        rest = rest[rest.find(')')? + 1..].trim_start();
    }
    let rest = rest.strip_prefix([',', '-', '–', '—'])?.trim_start();
    // "KAMPOLIS, Kampolia, March 4, 2001": a region or country may stand between.
    date_at_start(rest).or_else(|| {
        let (region, after) = rest.split_once(',')?;
        let one_name = region.chars().next().is_some_and(char::is_uppercase)
            && region.split(' ').count() <= 3
            && month(region.split(' ').next().unwrap_or("")).is_none();
        one_name
            .then(|| date_at_start(after.trim_start()))
            .flatten()
    })
}

/// A date at the very start of `text`, followed by the end or by punctuation that ends a
/// dateline (a dash, a colon, a full stop, a comma or a line end).
fn date_at_start(text: &str) -> Option<AsOf> {
    if let Ok(date) = AsOf::parse(text.get(..10).unwrap_or("")) {
        return Some(date);
    }
    let (date, rest) = written_date(text)?;
    let rest = rest.trim_start();
    let ends = rest.is_empty() || rest.starts_with(['-', '–', '—', ':', '.', ',', '|', '(']);
    ends.then_some(date)
}

/// The months, by the first three letters of their names.
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A date written in words at the start of `text` ("Tuesday, June 12, 2001", "12 June
/// 2001", "June 2001", "Sept. 3, 2001"), and the text after it.
fn written_date(text: &str) -> Option<(AsOf, &str)> {
    let mut words = Words { rest: text };
    let mut word = words.next()?;
    const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let weekday = word
        .get(..3)
        .is_some_and(|start| WEEKDAYS.contains(&start.to_ascii_lowercase().as_str()));
    if weekday {
        word = words.next()?;
    }
    let (day, month) = match number(word) {
        Some(day) => (Some(day), month(words.next()?)?),
        None => (None, month(word)?),
    };
    let mut next = words.next()?;
    let day = match (day, number(next)) {
        (Some(day), _) => day,
        (None, Some(day)) if day <= 31 => {
            next = words.next()?;
            day
        }
        (None, _) => 0,
    };
    let year = number(next).filter(|y| (1000..=9999).contains(y))?;
    let date = if day == 0 {
        format!("{year:04}-{month:02}")
    } else {
        format!("{year:04}-{month:02}-{day:02}")
    };
    AsOf::parse(&date).ok().map(|date| (date, words.rest))
}

/// The month a word names ("June", "Jun.", "sept"), 1–12.
pub(crate) fn month(word: &str) -> Option<u32> {
    let lower = word.trim_end_matches('.').to_ascii_lowercase();
    if lower.len() < 3 || !lower.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let index = MONTHS.iter().position(|m| lower.starts_with(m))?;
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    // "Jun", "Sept" and "June" are months; "Marching" is not.
    let name = NAMES[index];
    (name.starts_with(&lower) || lower == "sept").then_some(index as u32 + 1)
}

/// A number of one to four digits ("12", "2001"), with an ordinal ending ("12th").
fn number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (!digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// The words of a date, split at spaces and commas; `rest` is what follows the last one.
struct Words<'t> {
    rest: &'t str,
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let text = self.rest.trim_start_matches([' ', '\u{a0}', '\t']);
        let end = text
            .find([' ', ',', ':', ';', '|', '(', '\u{a0}', '\t', '\n'])
            .unwrap_or(text.len());
        if end == 0 {
            return None;
        }
        let (word, rest) = text.split_at(end);
        // A comma right after a word belongs to the date ("June 12, 2001").
        self.rest = rest.strip_prefix(',').unwrap_or(rest);
        Some(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<String> {
        article_date(text).map(|d| d.date.to_string())
    }

    #[test]
    fn front_matter_dates() {
        assert_eq!(
            read("---\ndate: 2001-06-12\n---\nx"),
            Some("2001-06-12".into())
        );
        assert_eq!(
            read("---\ndate: \"2019-03-04T10:00:00Z\"\n---\nx"),
            Some("2019-03-04".into())
        );
        assert_eq!(read("+++\ndate = 2019\n+++\nx"), Some("2019".into()));
        assert_eq!(
            read("---\npublished: June 12, 2001\n---\nx"),
            Some("2001-06-12".into())
        );
        // Front matter without a date: the body's first lines are not read as a dateline.
        assert_eq!(read("---\ntitle: a\n---\nJune 12, 2001 - x"), None);
    }

    #[test]
    fn datelines() {
        for (text, date) in [
            ("SYDNEY, June 12, 2001 - The council", "2001-06-12"),
            ("LAGOS (Reuters) - 3 March 2001: Nigeria", "2001-03-03"),
            ("Published: Tuesday, 12 June 2001", "2001-06-12"),
            (
                "# Census results\n\nUpdated Sept. 3, 2019\n\nText.",
                "2019-09-03",
            ),
            ("June 2001\n\nText.", "2001-06"),
            ("2019-04-01 — Text.", "2019-04-01"),
        ] {
            assert_eq!(read(text), Some(date.to_string()), "{text}");
        }
        for text in [
            "On June 12, 2001 the council met.",
            "The census of 2001 counted 120 million.",
            "March 2001 was the month the census began in earnest.",
            "MAY 12 people were hurt.",
            "a\nb\nc\nd\nJune 12, 2001 - late",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
