//! The clause of a quantity, and what the words of its clause say about it: which stretch of
//! a sentence speaks of one number, where a name after it still belongs to it, whether the
//! number is a difference or a comparison rather than a value, whether its clause is about
//! a part of a place or an event rather than the whole, and which years date it.

use crate::quantity::Quantity;

/// The stretch of a sentence window that speaks of one quantity: back to the end of the
/// quantity before it (or the window's start), and on to the next clause break or quantity.
/// Offsets are within the window.
pub struct Clause<'t> {
    /// The sentence window the offsets are in.
    pub text: &'t str,
    /// Where the clause starts.
    pub start: usize,
    /// Where it ends.
    pub end: usize,
    /// Whether it starts where another quantity ends (not at the sentence's start).
    pub after_quantity: bool,
    /// Where its quantity starts and ends in the window.
    pub quantity: (usize, usize),
}

impl<'t> Clause<'t> {
    /// The clause of the quantity at `q_start..q_end` of `window` (which starts at byte
    /// `from` of the document).
    pub fn around(
        quantities: &[Quantity],
        from: usize,
        window: &'t str,
        q_start: usize,
        q_end: usize,
    ) -> Clause<'t> {
        let (absolute_start, absolute_end) = (from + q_start, from + q_end);
        let next = quantities.partition_point(|other| other.start < absolute_end);
        // The quantities before it, nearest first; only those inside the window matter.
        let previous_end = quantities[..quantities.partition_point(|o| o.start < absolute_start)]
            .iter()
            .rev()
            .take_while(|o| o.start >= from)
            .map(|o| o.end)
            .filter(|&e| e <= absolute_start)
            .max()
            .unwrap_or(from);
        let next_start = quantities
            .get(next)
            .map_or(from + window.len(), |o| o.start)
            .max(absolute_end);
        let start = previous_end.max(from) - from;
        let after = &window[q_end..(next_start - from).min(window.len())];
        let clause_break = after
            .bytes()
            .position(|b| matches!(b, b',' | b';' | b':' | b'(' | b')' | b'.'))
            .unwrap_or(after.len());
        let after = &after[..clause_break];
        let end = q_end + first_joiner(after).unwrap_or(after.len());
        Clause {
            text: window,
            start: start.min(q_start),
            end,
            after_quantity: previous_end > from,
            quantity: (q_start, q_end),
        }
    }

    /// Whether `start..end` of the window lies in this clause.
    pub fn holds(&self, start: usize, end: usize) -> bool {
        start >= self.start && end <= self.end
    }
}

/// The words that join two clauses, each with the spaces around it.
const JOINERS: [&str; 4] = [" and ", " but ", " while ", " whereas "];

/// The joiner (one of [`JOINERS`], in any ASCII case) that starts at byte `at` of `text`.
fn joiner_at(text: &[u8], at: usize) -> Option<&'static str> {
    JOINERS.into_iter().find(|w| {
        text.get(at..at + w.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// Where the first joiner of `text` starts. Only spaces can start one, so only they are
/// tried: the earliest of them that starts any joiner is the earliest of every joiner's
/// first occurrence.
fn first_joiner(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len()).find(|&at| bytes[at] == b' ' && joiner_at(bytes, at).is_some())
}

/// Where the last joiner of `text` ends. A joiner has spaces only at its two ends, so one
/// that starts later also ends later: the last to start is the one that ends last.
fn last_joiner_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len())
        .rev()
        .filter(|&at| bytes[at] == b' ')
        .find_map(|at| joiner_at(bytes, at).map(|w| at + w.len()))
}

/// The byte offset of `needle` in `haystack`, ignoring ASCII case.
pub fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The years named in `text[within]` outside the quantities at `quantities` (spans of `text`):
/// four-digit numbers from 1000 to 2100 standing alone ("in 1856", "the 1990s", "2024's"),
/// not the "2000" of "2000 km".
pub fn years_named(
    text: &str,
    within: std::ops::Range<usize>,
    quantities: &[(usize, usize)],
) -> Vec<i32> {
    let bytes = text.as_bytes();
    let end_at = within.end.min(bytes.len());
    let mut years = Vec::new();
    let mut i = within.start;
    while i < end_at {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let run_start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let joined = |b: Option<&u8>| b.is_some_and(|&b| matches!(b, b',' | b'.' | b'-' | b'/'));
        let glued_after = joined(bytes.get(i)) && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        let glued_before = run_start > 0 && joined(bytes.get(run_start - 1));
        let inside_quantity = quantities.iter().any(|&(s, e)| run_start < e && i > s);
        if i - run_start == 4 && !glued_after && !glued_before && !inside_quantity {
            if let Ok(year) = text[run_start..i].parse::<i32>() {
                if (1000..=2100).contains(&year) && !years.contains(&year) {
                    years.push(year);
                }
            }
        }
    }
    years
}

/// Whether a mention after a quantity (ending at `end`) says where the quantity belongs: in
/// the same clause, after "in", "of", "for", "on", "across" or "throughout" ("50 million people
/// live in Kenya"), not after "to", "from" or "than" ("relocated all 193 residents to Norfolk
/// Island", "far lower than Everest"); or the subject right after a phrase put before it
/// ("At 305 metres in length, the Kuznetsov is …").
pub fn is_attached_after(text: &str, end: usize, mention_start: usize) -> bool {
    let Some(between) = text.get(end..mention_start) else {
        return false;
    };
    if let Some((phrase, rest)) = between.split_once(',') {
        let rest = rest.trim();
        let subject_follows = rest.is_empty() || rest.eq_ignore_ascii_case("the");
        return subject_follows && !phrase.contains([';', ':', '.', '(', ')']);
    }
    if between.contains([';', ':', '.', '(', ')']) {
        return false;
    }
    let last_word = between
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or("");
    ["in", "of", "for", "on", "across", "throughout"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(last_word))
}

/// Where the stretch of the sentence window that names what a quantity at `q_start` is
/// about begins: after the last clause break before it (a comma, semicolon or colon, "and",
/// "but", "while", "whereas"). "The Tu-95MS can fly 9,000 km, and the Tu-160 reached 3,000
/// km/h": the second number's stretch names only the Tu-160.
pub fn naming_start(window: &str, q_start: usize) -> usize {
    let before = &window[..q_start];
    let start = before
        .bytes()
        .rposition(|b| matches!(b, b',' | b';' | b':'))
        .map_or(0, |i| i + 1);
    // The words are looked for only after the last punctuation break.
    let stretch = &before[start..];
    last_joiner_end(stretch).map_or(start, |i| start + i)
}

/// Whether the clause's quantity is put first in an "At N, …" phrase at the start of its
/// sentence window: "At 41,543 sq km, the Netherlands is …".
pub fn is_fronted_at(clause: &Clause<'_>) -> bool {
    let (start, end) = clause.quantity;
    let before = clause.text[..start].trim();
    let after = clause.text[end..].trim_start();
    before.eq_ignore_ascii_case("at") && after.starts_with(',')
}

/// The words of `text`, as they are written.
fn words(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
}

/// Comparatives after a number that make it a difference or a comparison ("11 years
/// longer", "3,000 more troops", "2% higher than").
const COMPARATIVES: &[&str] = &[
    "more",
    "less",
    "fewer",
    "longer",
    "shorter",
    "higher",
    "lower",
    "larger",
    "smaller",
    "bigger",
    "greater",
    "older",
    "younger",
    "taller",
    "deeper",
    "wider",
    "heavier",
    "lighter",
    "faster",
    "slower",
    "cheaper",
    "dearer",
    "richer",
    "poorer",
    "times",
    "extra",
    "additional",
    "further",
    "ahead",
    "behind",
    "above",
    "below",
    "over",
    "under",
    "up",
    "down",
];

/// Words before a number that make it a change, not a level ("grew by 2%", "rose 3%", "an
/// increase of 12").
const CHANGES_BEFORE: &[&str] = &[
    "by",
    "rose",
    "risen",
    "fell",
    "fallen",
    "grew",
    "grown",
    "increased",
    "decreased",
    "dropped",
    "climbed",
    "jumped",
    "slipped",
    "slid",
    "gained",
    "lost",
    "added",
    "shed",
    "cut",
    "up",
    "down",
    "increase",
    "decrease",
    "rise",
    "drop",
    "fall",
    "decline",
    "gain",
    "loss",
    "surge",
    "plunge",
    "difference",
    "gap",
    "another",
    "extra",
    "additional",
];

/// Why the quantity at `q_start..q_end` of `window` is no statement of a value: a difference
/// or a comparison ("25 years more", "grew by 2%"), with the word that says so.
pub fn difference_word(window: &str, q_start: usize, q_end: usize) -> Option<&str> {
    let after = &window[q_end..];
    let clause_break = after
        .bytes()
        .position(|b| matches!(b, b',' | b';' | b':' | b'.' | b'('));
    let after = &after[..clause_break.unwrap_or(after.len())];
    if let Some(word) = words(after)
        .take(2)
        .find(|w| COMPARATIVES.iter().any(|c| c.eq_ignore_ascii_case(w)))
    {
        // "N more" or "N times", or a comparative with "than" after it ("6 m higher than").
        let mut cut = after.len().min(40);
        while !after.is_char_boundary(cut) {
            cut -= 1;
        }
        let near = &after[..cut];
        let than = find_ascii_case_insensitive(near, " than ").is_some();
        let bare = [
            "more",
            "less",
            "fewer",
            "times",
            "extra",
            "additional",
            "further",
        ]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(word));
        if bare || than {
            return Some(word);
        }
    }
    let mut previous = words_before_in_clause(window, q_start);
    let last = previous.next()?;
    // "an increase of 12": the word before "of".
    let word = if last.eq_ignore_ascii_case("of") {
        previous.next()?
    } else {
        last
    };
    is_change_word(word).then_some(word)
}

/// The words of the clause before `q_start` of `window`, nearest first: the [`words`] after
/// its last clause break (`,` `;` `:` `.`) before `q_start`. Read backwards from `q_start`,
/// only as far as the words asked for (the callers want one or two, not the clause).
fn words_before_in_clause(window: &str, q_start: usize) -> impl Iterator<Item = &str> {
    let is_word_char = |c: char| c.is_alphanumeric() || c == '-';
    let mut end = q_start;
    std::iter::from_fn(move || {
        let mut chars = window[..end].char_indices().rev();
        let word_end = loop {
            let Some((at, c)) = chars.next() else {
                end = 0;
                return None;
            };
            if is_word_char(c) {
                break at + c.len_utf8();
            }
            if matches!(c, ',' | ';' | ':' | '.') {
                end = 0;
                return None;
            }
        };
        let word_start = chars
            .find(|&(_, c)| !is_word_char(c))
            .map_or(0, |(at, c)| at + c.len_utf8());
        end = word_start;
        Some(&window[word_start..word_end])
    })
}

/// Whether `word` is one of [`CHANGES_BEFORE`].
fn is_change_word(word: &str) -> bool {
    CHANGES_BEFORE.iter().any(|c| c.eq_ignore_ascii_case(word))
}

/// Whether the quantity at `q_start` of `window` is the level a change started from, not a
/// level now: "from" after a word of change ("grew from 40 million to 57 million", "57
/// million, up from 40 million", "cut from 5.25%"). Returns the word of change.
pub fn earlier_level(window: &str, q_start: usize) -> Option<&str> {
    let mut previous = words_before_in_clause(window, q_start);
    let from = previous.next()?;
    let word = previous.next()?;
    (from.eq_ignore_ascii_case("from") && is_change_word(word)).then_some(word)
}

/// Words that make a clause about a part of a place ("province", "northern", "the capital"),
/// so its numbers are not the whole place's.
const PART_WORDS: &[&str] = &[
    "province",
    "provinces",
    "provincial",
    "region",
    "regions",
    "regional",
    "city",
    "cities",
    "capital",
    "town",
    "towns",
    "village",
    "villages",
    "district",
    "districts",
    "county",
    "counties",
    "municipality",
    "prefecture",
    "state",
    "state's",
    "states",
    "mainland",
    "continental",
    "metropolitan",
    "peninsula",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "coastal",
    "rural",
    "urban",
    "suburb",
    "suburbs",
    "part",
    "parts",
    "half",
    "third",
    "quarter",
    "area",
    "areas",
    "zone",
    "camp",
    "camps",
    "border",
    "island",
    "islands",
    "park",
    "reserve",
];

/// The first word of `text` that makes a clause about a part of a place, unless it is one
/// of `own` (the words of the claim's attribute: "urban" in "urban population", "area" in
/// "land area").
pub fn part_word<'t>(text: &'t str, own: &[&str]) -> Option<&'t str> {
    words(text).find(|w| {
        PART_WORDS.iter().any(|p| p.eq_ignore_ascii_case(w))
            && !own
                .iter()
                .any(|o| o.split(' ').any(|part| part.eq_ignore_ascii_case(w)))
    })
}

/// Words that make a count an event or a group, never a stock ("killed 12 people", "sent
/// 900 troops", "3,000 people marched").
const EVENT_WORDS: &[&str] = &[
    "killed",
    "kill",
    "kills",
    "killing",
    "died",
    "dead",
    "deaths",
    "injured",
    "injuring",
    "wounded",
    "hurt",
    "evacuated",
    "evacuate",
    "arrested",
    "detained",
    "marched",
    "protested",
    "rallied",
    "gathered",
    "fled",
    "flee",
    "displaced",
    "attended",
    "employed",
    "employs",
    "hired",
    "laid",
    "deployed",
    "deploy",
    "deploying",
    "sent",
    "send",
    "sending",
    "dispatched",
    "stationed",
    "keeps",
    "kept",
    "based",
    "rescued",
    "missing",
    "joined",
    "recruited",
    "trained",
    "withdrew",
    "withdraw",
    "withdrawn",
    "voted",
    "visited",
    "visitors",
    "tourists",
    "refugees",
    "migrants",
    "passengers",
    "victims",
    "casualties",
    "peacekeepers",
    "peacekeeping",
    "mission",
    "contingent",
    "battalion",
    "brigade",
    "division",
    "unit",
    "force",
];

/// The first word of `text` that makes a count an event or a part of a force.
pub fn event_word(text: &str) -> Option<&str> {
    words(text).find(|w| EVENT_WORDS.iter().any(|e| e.eq_ignore_ascii_case(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_before_a_number_are_those_of_its_clause_nearest_first() {
        // The clause's words split the way `words` splits, read from the end.
        let clause_words = |window: &str, at: usize| -> Vec<String> {
            let before = &window[..at];
            let cut = before
                .bytes()
                .rposition(|b| matches!(b, b',' | b';' | b':' | b'.'))
                .map_or(0, |i| i + 1);
            words(&before[cut..]).rev().map(str::to_string).collect()
        };
        for window in [
            "It rose by 12% to 40 million, up from 35 million.",
            "Exports fell from 4.1 bn; imports — café-owners said — grew 3%",
            "  ,; the north-east's 2,000 km: Zürich to São Paulo 9,000 km",
            "",
            "…",
        ] {
            for at in (0..=window.len()).filter(|&i| window.is_char_boundary(i)) {
                let read: Vec<String> = words_before_in_clause(window, at)
                    .map(str::to_string)
                    .collect();
                assert_eq!(read, clause_words(window, at), "{window:?} at {at}");
            }
        }
    }

    fn around_number(sentence: &str, number: &str) -> (usize, usize) {
        let start = sentence
            .find(number)
            .expect("the number is in the sentence");
        (start, start + number.len())
    }

    #[test]
    fn differences_and_comparisons_are_no_values() {
        for (sentence, number, word) in [
            (
                "Women now live 11 years longer than in 1960.",
                "11 years",
                Some("longer"),
            ),
            ("The army has 3,000 more troops.", "3,000", Some("more")),
            ("The population grew by 2% last year.", "2%", Some("by")),
            ("Output rose 3% in May.", "3%", Some("rose")),
            ("It has a population of 5 million.", "5 million", None),
            ("The peak stands 6,961 m above the valley.", "6,961 m", None),
        ] {
            let (start, end) = around_number(sentence, number);
            assert_eq!(difference_word(sentence, start, end), word, "{sentence}");
        }
    }

    #[test]
    fn a_level_a_change_started_from_is_no_level_now() {
        for (sentence, number, word) in [
            (
                "It grew from 40 million to 57 million.",
                "40 million",
                Some("grew"),
            ),
            (
                "It has 55 million, up from 40 million.",
                "40 million",
                Some("up"),
            ),
            ("Rates were cut from 5.25% to 5%.", "5.25%", Some("cut")),
            (
                "The share increased from 11% in 2000.",
                "11%",
                Some("increased"),
            ),
            (
                "An increase from 12 to 14 was seen.",
                "12",
                Some("increase"),
            ),
            // The new level, and "from" that starts no change.
            ("It grew from 40 million to 57 million.", "57 million", None),
            (
                "Kenya has 40 million people, from its census.",
                "40 million",
                None,
            ),
            ("From 10 to 20 people came.", "10", None),
            ("It is 50 km from Vladivostok.", "50 km", None),
        ] {
            let (start, _) = around_number(sentence, number);
            assert_eq!(earlier_level(sentence, start), word, "{sentence}");
        }
    }

    #[test]
    fn the_first_and_last_joiners_are_those_of_every_joiner_searched_alone() {
        for text in [
            "rose and fell but then AND while it whereas  and but",
            " and but while whereas ",
            "no joiner here, band bud whilst",
            "x WHEREAS y And z",
            "",
        ] {
            let first = JOINERS
                .iter()
                .filter_map(|w| find_ascii_case_insensitive(text, w))
                .min();
            assert_eq!(first_joiner(text), first, "{text:?}");
            let last_end = JOINERS
                .iter()
                .filter_map(|w| {
                    let at = text
                        .as_bytes()
                        .windows(w.len())
                        .rposition(|t| t.eq_ignore_ascii_case(w.as_bytes()))?;
                    Some(at + w.len())
                })
                .max();
            assert_eq!(last_joiner_end(text), last_end, "{text:?}");
        }
    }

    #[test]
    fn the_naming_stretch_starts_after_the_last_clause_break() {
        let sentence = "The Tu-95MS can fly 9,000 km, and the Tu-160 reached 3,000 km/h.";
        let (start, _) = around_number(sentence, "3,000 km/h");
        assert_eq!(
            &sentence[naming_start(sentence, start)..start],
            "the Tu-160 reached "
        );
    }

    #[test]
    fn parts_and_events() {
        assert_eq!(
            part_word(" the northern province of", &[]),
            Some("northern")
        );
        assert_eq!(
            part_word(" has an urban population of", &["urban population"]),
            None
        );
        assert_eq!(event_word("an avalanche killed"), Some("killed"));
        assert_eq!(event_word("has a population of"), None);
    }
}
