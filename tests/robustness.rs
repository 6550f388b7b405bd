//! Robustness of `extract` on hostile and arbitrary input: it never panics, every span lies on
//! character boundaries with `text == source[start..end]`, spans are ordered and do not
//! overlap, `low <= high`, and every number is finite.
//!
//! The property tests are bounded (256 cases of short strings) so the suite stays fast; the
//! deterministic cases cover long inputs that random strings never reach.

use numfact::quantity::{Kind, Quantity, extract};
use proptest::prelude::*;

/// Every invariant a result must keep, whatever the input; `Err` describes the first breach.
fn check(source: &str, quantities: &[Quantity]) -> Result<(), String> {
    let mut previous_end = 0;
    for q in quantities {
        let at = format!("{:?} at {}..{}", q.text, q.start, q.end);
        if q.start >= q.end || q.end > source.len() {
            return Err(format!(
                "{at}: empty or out of bounds (len {})",
                source.len()
            ));
        }
        if !source.is_char_boundary(q.start) || !source.is_char_boundary(q.end) {
            return Err(format!("{at}: not on character boundaries"));
        }
        if source[q.start..q.end] != q.text {
            return Err(format!("{at}: source has {:?}", &source[q.start..q.end]));
        }
        if q.start < previous_end {
            return Err(format!(
                "{at}: starts before the previous end {previous_end}"
            ));
        }
        previous_end = q.end;
        let numbers = [q.low, q.high, q.si.low, q.si.high];
        if !numbers.iter().all(|n| n.is_finite()) {
            return Err(format!("{at}: non-finite number in {numbers:?}"));
        }
        if q.low > q.high || q.si.low > q.si.high {
            return Err(format!("{at}: low > high in {numbers:?}"));
        }
        if q.kind == Kind::Value && q.low != q.high {
            return Err(format!("{at}: a single value with low != high"));
        }
        if q.line == 0 || q.column == 0 {
            return Err(format!("{at}: line and column are 1-based"));
        }
    }
    Ok(())
}

/// Line and column of byte `offset`, computed without the library.
fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// [`check`], plus positions recomputed from scratch and a serialisable result. For short
/// inputs only (the position check is quadratic).
fn check_short(source: &str) -> Result<(), String> {
    let quantities = extract(source);
    check(source, &quantities)?;
    for q in &quantities {
        let expected = line_and_column(source, q.start);
        if (q.line, q.column) != expected {
            return Err(format!(
                "{:?}: at {}:{}, expected {}:{}",
                q.text, q.line, q.column, expected.0, expected.1
            ));
        }
    }
    serde_json::to_string(&quantities).map_err(|e| format!("cannot serialise: {e}"))?;
    if extract(source) != quantities {
        return Err("two runs disagree".into());
    }
    Ok(())
}

/// Pieces of news-like text, including the characters that trip byte-level parsers.
const NEWSISH: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "9",
    "10",
    "1,500",
    "2.05",
    ",",
    ".",
    "-",
    "\u{2013}",
    "\u{2014}",
    "\u{2011}",
    "\u{2212}",
    " ",
    " ",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\u{a0}",
    "\u{2009}",
    "\u{202f}",
    "km",
    "km/h",
    "km/h.",
    "m",
    "mph",
    "miles an hour",
    "kg",
    "tonnes",
    "lb",
    "°",
    "°C",
    "C",
    "K",
    "\u{212a}",
    "\u{2126}",
    "%",
    "per cent",
    "percentage points",
    "Mach",
    "mach",
    "$",
    "€",
    "£",
    "US$",
    "bn",
    "m",
    "million",
    "k",
    "about",
    "approximately",
    "some",
    "up to",
    "more than",
    "no more than",
    "over",
    "under",
    "between",
    "and",
    "to",
    "from",
    "or",
    "or more",
    "times faster than the speed of sound",
    "times the speed of sound",
    "ten",
    "two",
    "thousand",
    "a",
    "a dozen",
    "half",
    "half a",
    "three-quarters",
    "of a",
    "people",
    "crew of",
    "Tu-",
    "MiG-",
    "Article",
    "Section",
    "July",
    "pm",
    "p.m.",
    ":",
    "st",
    "th",
    "s",
    "x",
    "é",
    "İ",
    "ſ",
    "ẞ",
    "\u{0}",
    "\"",
    "(",
    ")",
];

fn newsish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(NEWSISH), 0..24).prop_map(|parts| parts.concat())
}

fn arbitrary_unicode() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..48).prop_map(String::from_iter)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_unicode_is_handled(source in arbitrary_unicode()) {
        prop_assert_eq!(check_short(&source), Ok(()), "input {:?}", source);
    }

    #[test]
    fn newsish_text_is_handled(source in newsish()) {
        prop_assert_eq!(check_short(&source), Ok(()), "input {:?}", source);
    }

    #[test]
    fn newsish_text_after_arbitrary_text_is_handled(
        prefix in arbitrary_unicode(),
        source in newsish(),
    ) {
        let source = format!("{prefix}{source}");
        prop_assert_eq!(check_short(&source), Ok(()), "input {:?}", source);
    }
}

// ---------------------------------------------------------------------------------------------
// Deterministic hostile inputs.
// ---------------------------------------------------------------------------------------------

/// Runs `extract` and the invariant check; returns the quantities.
fn sane(source: &str) -> Vec<Quantity> {
    let quantities = extract(source);
    if let Err(problem) = check(source, &quantities) {
        let head: String = source.chars().take(80).collect();
        panic!("input starting {head:?}: {problem}");
    }
    quantities
}

#[test]
fn empty_and_blank_inputs() {
    assert!(sane("").is_empty());
    assert!(sane(" ").is_empty());
    assert!(sane("\n\r\n\t\u{a0}").is_empty());
    assert!(sane(&" ".repeat(100_000)).is_empty());
    assert!(sane(&"\n".repeat(100_000)).is_empty());
}

#[test]
fn nul_bytes() {
    assert!(sane(&"\0".repeat(10_000)).is_empty());
    for source in [
        "50\0km",
        "\0 50 km \0",
        "5\u{0}0 km",
        "$\u{0}5",
        "Mach\u{0}5",
        "\u{0}ten\u{0}",
    ] {
        sane(source);
    }
    let found = sane("\0\0 The range is 50 km.\0");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "50 km");
}

#[test]
fn a_400_digit_number() {
    let nines = "9".repeat(400);
    for source in [
        nines.clone(),
        format!("{nines} km"),
        format!("about {nines} km"),
        format!("${nines} billion"),
        format!("Mach {nines}"),
        format!("1{} km", "0".repeat(400)),
        format!("0.{nines} km"),
        format!("{nines}.{nines} km"),
        format!("1,{} km", vec!["000"; 150].join(",")),
        format!("between 1 and {nines} km"),
        format!("{nines} times faster than the speed of sound"),
    ] {
        sane(&source);
    }
}

#[test]
fn long_comma_chain() {
    let chain = vec!["1"; 50_000].join(",");
    sane(&chain);
    sane(&format!("{chain} km"));
    sane(&format!("about {chain} km and then 5 km"));
    let found = sane(&format!("{chain} and then 5 km"));
    assert_eq!(
        found.last().map(|q| q.text.as_str()),
        Some("5 km"),
        "the chain must not swallow what follows it"
    );
}

#[test]
fn long_dash_chain() {
    let chain: Vec<String> = (1..=10_000).map(|n| n.to_string()).collect();
    for separator in ["-", "\u{2013}", " - ", " to "] {
        let source = chain.join(separator);
        sane(&source);
        sane(&format!("{source} km"));
        sane(&format!("between {source} km"));
    }
}

#[test]
fn repeated_range_openers_and_qualifiers() {
    let found = sane(&format!("{}1 and 2 km", "between ".repeat(50_000)));
    let last = found.last().expect("the range is found");
    assert_eq!(last.text, "between 1 and 2 km");
    assert_eq!((last.kind, last.low, last.high), (Kind::Range, 1.0, 2.0));
    sane(&"between and ".repeat(50_000));
    sane(&"about ".repeat(50_000));
    sane(&format!("{}5 km", "up to ".repeat(50_000)));
    sane(&"Mach ".repeat(20_000));
    sane(&"$".repeat(20_000));
    sane(&"ten ".repeat(20_000));
    sane(&"a dozen ".repeat(20_000));
    sane(&"times faster than the speed of sound ".repeat(10_000));
}

#[test]
fn long_words_and_space_runs_around_numbers() {
    let word = "a".repeat(200_000);
    sane(&format!("{word} 5 km {word}"));
    sane(&format!("{word}5 km"));
    let spaces = " ".repeat(200_000);
    sane(&format!("about{spaces}5{spaces}km"));
    sane(&format!("5{}km", "\u{a0}".repeat(100_000)));
    sane(&"5 ".repeat(20_000));
    sane(&"5km".repeat(100_000));
    sane(&"1.".repeat(100_000));
    sane(&"Tu-160 ".repeat(50_000));
}

#[test]
fn characters_whose_case_changes_length() {
    // U+212A KELVIN SIGN, U+2126 OHM SIGN, U+0130 and U+1E9E lower-case to other byte lengths.
    for source in [
        "5 \u{212a}m",
        "\u{212a}\u{212a}\u{212a} 5",
        "5 \u{212a}",
        "5\u{212a}",
        "5 \u{2126}",
        "5 İ km",
        "İ5 km",
        "about\u{212a} 5 km",
        "5 k\u{212a}/h",
        "Mach\u{212a} 5",
        "ẞ 5 ẞ km ẞ",
        "ſ5 ſm",
    ] {
        sane(source);
    }
}

/// A 20 MB document on a single line, at the density of quantities of ordinary news prose
/// (three in about 1 KB):
/// completes, and every result is sane and where it should be. Not a timing test.
#[test]
fn twenty_megabytes_on_one_line() {
    const SENTENCE: &str = "Officials said the missile flew about 1,500 km at Mach 10 during the \
exercise held in 2023, while the Tu-160 bombers, which the ministry says cost $3.5 billion to \
modernise, stayed on the ground at the base for the rest of the week as analysts watched. \
Diplomats from both countries declined to comment on the talks, and a spokesman for the \
foreign ministry said only that relations remained friendly and that further visits were \
being discussed. Critics in the capital argued that the display was meant for a domestic \
audience as much as for foreign governments, pointing to the heavy coverage on state \
television and the careful choreography of the tour. Neither side published an agenda, and \
reporters were kept well away from the hangars while the delegation walked past the aircraft \
and listened to briefings from officers in dress uniform. ";
    const EXPECTED: [&str; 3] = ["about 1,500 km", "Mach 10", "$3.5 billion"];
    let repeats = 20 * 1024 * 1024 / SENTENCE.len() + 1;
    let source = SENTENCE.repeat(repeats);
    assert!(source.len() >= 20 * 1024 * 1024 && !source.contains('\n'));
    let found = sane(&source);
    assert_eq!(found.len(), 3 * repeats, "three quantities per sentence");
    for (i, q) in found.iter().enumerate() {
        let expected = EXPECTED[i % 3];
        let start = (i / 3) * SENTENCE.len() + SENTENCE.find(expected).expect("in sentence");
        // One ASCII line: the column is the byte offset plus one.
        let position = (q.text.as_str(), q.start, q.line, q.column);
        assert_eq!(position, (expected, start, 1, start + 1), "quantity {i}");
    }
}
