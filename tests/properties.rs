//! Property tests of the extractor and the checker, bounded so `cargo test` stays fast:
//!
//! - a quantity generated in English (qualifier, number, unit) and extracted from a sentence
//!   gives back the same number, unit symbol and qualifier; so does a range;
//! - `check` never panics on arbitrary text, and its findings keep the span invariants;
//! - `extract_prose` with an arbitrary mask keeps the span invariants and never reads a
//!   masked character into a quantity.
//!
//! `tests/robustness.rs` holds the span properties of `extract` itself.

use numfact::check::{Checker, Finding};
use numfact::facts::FactBase;
use numfact::quantity::{Kind, MASK_BYTE, Qualifier, Quantity, extract, extract_prose};
use proptest::prelude::*;
use std::sync::LazyLock;

// ---------------------------------------------------------------------------------------------
// Invariants.
// ---------------------------------------------------------------------------------------------

/// Every invariant a list of quantities must keep, whatever the input; `Err` describes the
/// first breach.
fn invariants(source: &str, quantities: &[Quantity]) -> Result<(), String> {
    let mut previous_end = 0;
    for q in quantities {
        let at = format!("{:?} at {}..{}", q.text, q.start, q.end);
        if q.start >= q.end || q.end > source.len() {
            return Err(format!("{at}: empty or out of bounds"));
        }
        if source.get(q.start..q.end) != Some(q.text.as_str()) {
            return Err(format!("{at}: not the source's text at its span"));
        }
        if q.start < previous_end {
            return Err(format!(
                "{at}: starts before the previous end {previous_end}"
            ));
        }
        previous_end = q.end;
        let numbers = [q.low, q.high, q.si.low, q.si.high];
        if !numbers.iter().all(|n| n.is_finite()) || q.low > q.high || q.si.low > q.si.high {
            return Err(format!("{at}: bad numbers {numbers:?}"));
        }
        if q.line == 0 || q.column == 0 {
            return Err(format!("{at}: line and column are 1-based"));
        }
    }
    Ok(())
}

fn finding_invariants(source: &str, findings: &[Finding]) -> Result<(), String> {
    let claims: Vec<Quantity> = findings.iter().map(|f| f.claim.clone()).collect();
    invariants(source, &claims)?;
    for f in findings {
        if (f.start, f.end, f.line, f.column)
            != (f.claim.start, f.claim.end, f.claim.line, f.claim.column)
        {
            return Err(format!("{:?}: finding and claim positions differ", f.text));
        }
        if f.message().is_empty() || f.severity != f.verdict.severity() {
            return Err(format!("{:?}: empty message or wrong severity", f.text));
        }
        if f.related.iter().any(|r| r.line == 0 || r.column == 0) {
            return Err(format!("{:?}: related place not 1-based", f.text));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Generated quantities in English.
// ---------------------------------------------------------------------------------------------

/// Qualifier phrases written before a number, with the qualifier they state.
const QUALIFIERS_BEFORE: &[(&str, Option<Qualifier>)] = &[
    ("", None),
    ("about", Some(Qualifier::Approximately)),
    ("approximately", Some(Qualifier::Approximately)),
    ("roughly", Some(Qualifier::Approximately)),
    ("nearly", Some(Qualifier::Approximately)),
    ("up to", Some(Qualifier::UpTo)),
    ("as many as", Some(Qualifier::UpTo)),
    ("at least", Some(Qualifier::AtLeast)),
    ("no less than", Some(Qualifier::AtLeast)),
    ("at most", Some(Qualifier::AtMost)),
    ("no more than", Some(Qualifier::AtMost)),
    ("more than", Some(Qualifier::MoreThan)),
    ("over", Some(Qualifier::MoreThan)),
    ("in excess of", Some(Qualifier::MoreThan)),
    ("less than", Some(Qualifier::LessThan)),
    ("under", Some(Qualifier::LessThan)),
];

/// Qualifier phrases written after a quantity.
const QUALIFIERS_AFTER: &[(&str, Qualifier)] = &[
    ("or more", Qualifier::AtLeast),
    ("or less", Qualifier::AtMost),
    ("or so", Qualifier::Approximately),
];

/// How a unit is written around its number.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Place {
    /// After the number, after a space: "5 km".
    Spaced,
    /// After the number, no space: "5%".
    Attached,
    /// Before the number, no space: "$5".
    Prefix,
    /// Before the number, after a space: "Mach 5".
    SpacedPrefix,
}

/// Unit spellings: (spelling, where it goes, the canonical symbol, whether it is a duration).
const UNITS: &[(&str, Place, &str, bool)] = &[
    ("km", Place::Spaced, "km", false),
    ("kilometres", Place::Spaced, "km", false),
    ("kilometers", Place::Spaced, "km", false),
    ("m", Place::Spaced, "m", false),
    ("metres", Place::Spaced, "m", false),
    ("feet", Place::Spaced, "ft", false),
    ("miles", Place::Spaced, "mi", false),
    ("nautical miles", Place::Spaced, "nmi", false),
    ("mph", Place::Spaced, "mph", false),
    ("miles per hour", Place::Spaced, "mph", false),
    ("km/h", Place::Spaced, "km/h", false),
    ("kilometres per hour", Place::Spaced, "km/h", false),
    ("knots", Place::Spaced, "kn", false),
    ("m/s", Place::Spaced, "m/s", false),
    ("kg", Place::Spaced, "kg", false),
    ("kilograms", Place::Spaced, "kg", false),
    ("tonnes", Place::Spaced, "t", false),
    ("lb", Place::Spaced, "lb", false),
    ("°C", Place::Spaced, "°C", false),
    ("°C", Place::Attached, "°C", false),
    ("degrees Celsius", Place::Spaced, "°C", false),
    ("°F", Place::Attached, "°F", false),
    ("%", Place::Attached, "%", false),
    ("per cent", Place::Spaced, "%", false),
    ("percent", Place::Spaced, "%", false),
    ("hours", Place::Spaced, "h", true),
    ("minutes", Place::Spaced, "min", true),
    ("days", Place::Spaced, "d", true),
    ("square kilometres", Place::Spaced, "km2", false),
    ("hectares", Place::Spaced, "ha", false),
    ("litres", Place::Spaced, "l", false),
    ("megawatts", Place::Spaced, "MW", false),
    ("kilotons", Place::Spaced, "kt", false),
    ("$", Place::Prefix, "USD", false),
    ("€", Place::Prefix, "EUR", false),
    ("£", Place::Prefix, "GBP", false),
    ("Mach", Place::SpacedPrefix, "Mach", false),
];

/// A number as written, with its value. Plain integers from 1000 to 2100 are left out: they
/// read as years.
fn number() -> impl Strategy<Value = (String, f64)> {
    prop_oneof![
        (1u32..1000).prop_map(|n| (n.to_string(), f64::from(n))),
        (2101u32..1_000_000).prop_map(|n| (n.to_string(), f64::from(n))),
        (1000u32..100_000_000).prop_map(|n| (thousands(n), f64::from(n))),
        (0u32..10_000, 1u32..=2, 0u32..100).prop_map(|(int, places, frac)| {
            let frac = if places == 1 { frac % 10 } else { frac };
            let text = format!(
                "{}.{:0width$}",
                thousands(int),
                frac,
                width = places as usize
            );
            let value = text.replace(',', "").parse().expect("a decimal");
            (text, value)
        }),
    ]
}

/// `n` with a comma between groups of three digits.
fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn write_with_unit(number: &str, unit: &str, place: Place) -> String {
    match place {
        Place::Spaced => format!("{number} {unit}"),
        Place::Attached => format!("{number}{unit}"),
        Place::Prefix => format!("{unit}{number}"),
        Place::SpacedPrefix => format!("{unit} {number}"),
    }
}

/// The one quantity of `sentence`, or a description of what was found instead.
fn only_quantity(sentence: &str) -> Result<Quantity, String> {
    let found = extract(sentence);
    invariants(sentence, &found)?;
    match found.as_slice() {
        [only] => Ok(only.clone()),
        _ => Err(format!(
            "{sentence:?}: expected one quantity, found {:?}",
            found.iter().map(|q| &q.text).collect::<Vec<_>>()
        )),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// "The figure was {qualifier} {number} {unit} last year." gives back the number, unit
    /// and qualifier, as a single value spanning exactly what was written.
    #[test]
    fn a_written_value_is_read_back(
        (phrase, qualifier) in prop::sample::select(QUALIFIERS_BEFORE),
        (written, value) in number(),
        (unit, place, symbol, duration) in prop::sample::select(UNITS),
    ) {
        // "over five years" is a span of time, not "more than" (by design).
        prop_assume!(!(duration && phrase == "over"));
        let quantity = write_with_unit(&written, unit, place);
        let stated = if phrase.is_empty() { quantity } else { format!("{phrase} {quantity}") };
        let sentence = format!("The figure was {stated} last year.");
        let q = only_quantity(&sentence).map_err(TestCaseError::fail)?;
        prop_assert_eq!(&q.text, &stated, "in {:?}", sentence);
        prop_assert_eq!((q.kind, q.low, q.high), (Kind::Value, value, value), "in {:?}", sentence);
        prop_assert_eq!(q.unit.as_ref(), symbol, "in {:?}", sentence);
        prop_assert_eq!(q.qualifier, qualifier, "in {:?}", sentence);
    }

    /// A qualifier after the quantity ("50 km or more") is read too.
    #[test]
    fn a_trailing_qualifier_is_read_back(
        (phrase, qualifier) in prop::sample::select(QUALIFIERS_AFTER),
        (written, value) in number(),
        (unit, place, symbol, _) in prop::sample::select(UNITS),
    ) {
        let stated = format!("{} {phrase}", write_with_unit(&written, unit, place));
        let sentence = format!("The figure was {stated} last year.");
        let q = only_quantity(&sentence).map_err(TestCaseError::fail)?;
        prop_assert_eq!(&q.text, &stated, "in {:?}", sentence);
        prop_assert_eq!((q.low, q.high), (value, value), "in {:?}", sentence);
        prop_assert_eq!(q.unit.as_ref(), symbol, "in {:?}", sentence);
        prop_assert_eq!(q.qualifier, Some(qualifier), "in {:?}", sentence);
    }

    /// "{a} to {b} {unit}", "between {a} and {b} {unit}", "{a}–{b} {unit}" with a < b give
    /// back a range from a to b in that unit.
    #[test]
    fn a_written_range_is_read_back(
        (first, a) in number(),
        (second, b) in number(),
        (unit, place, symbol, _) in prop::sample::select(UNITS)
            .prop_filter("a unit after the number", |u| matches!(u.1, Place::Spaced | Place::Attached)),
        form in 0usize..3,
    ) {
        prop_assume!(a != b);
        let ((first, a), (second, b)) = if a < b {
            ((first, a), (second, b))
        } else {
            ((second, b), (first, a))
        };
        let tail = write_with_unit(&second, unit, place);
        let stated = match form {
            0 => format!("{first} to {tail}"),
            1 => format!("between {first} and {tail}"),
            _ => format!("{first}\u{2013}{tail}"),
        };
        let sentence = format!("The figure was {stated} last year.");
        let q = only_quantity(&sentence).map_err(TestCaseError::fail)?;
        prop_assert_eq!(&q.text, &stated, "in {:?}", sentence);
        prop_assert_eq!((q.kind, q.low, q.high), (Kind::Range, a, b), "in {:?}", sentence);
        prop_assert_eq!(q.unit.as_ref(), symbol, "in {:?}", sentence);
        prop_assert_eq!(q.qualifier, None, "in {:?}", sentence);
    }
}

// ---------------------------------------------------------------------------------------------
// The checker never panics.
// ---------------------------------------------------------------------------------------------

static SHIPPED: LazyLock<FactBase> =
    LazyLock::new(|| FactBase::shipped().expect("the shipped base is valid"));
static CHECKER: LazyLock<Checker<'static>> = LazyLock::new(|| Checker::new(&SHIPPED));

/// Pieces of text that reach the checker's linking: names of shipped entities, attribute
/// triggers, speed words, brackets of conversions, sentence ends.
const ARTICLE_PIECES: &[&str] = &[
    "Kinzhal",
    "Kh-47M2",
    "Tu-160",
    "MiG-31",
    "Zircon",
    "Iskander",
    "Kalibr",
    "Admiral Kuznetsov",
    "Moskva",
    "Knevichi",
    "Vladivostok",
    "Moscow",
    "the missile",
    "the bomber",
    "it",
    "its",
    "range",
    "speed",
    "top speed",
    "a top speed of",
    "crew",
    "long",
    "hypersonic",
    "supersonic",
    "flies at",
    "from",
    "between",
    "and",
    "to",
    "about",
    "up to",
    "more than",
    "1,500",
    "2,000",
    "4,000 km",
    "Mach 10",
    "Mach 2.05",
    "2,220 km/h",
    "50 km",
    "305 m",
    "(",
    ")",
    "km",
    "miles",
    "mph",
    ".",
    ". ",
    ",",
    " ",
    " ",
    "\n",
    "\n\n",
    "—",
    "\u{a0}",
    "numfact-ignore",
    "numfact-ignore-next-line: reason",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ARTICLE_PIECES), 0..40)
        .prop_map(|parts| parts.concat())
}

fn arbitrary_unicode() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..64).prop_map(String::from_iter)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn check_never_panics_on_arbitrary_text(text in arbitrary_unicode()) {
        let findings = CHECKER.check("a.txt", &text);
        prop_assert_eq!(finding_invariants(&text, &findings), Ok(()), "in {:?}", text);
    }

    #[test]
    fn check_never_panics_on_article_like_text(
        prefix in arbitrary_unicode(),
        body in article(),
    ) {
        let text = format!("{prefix}{body}");
        let findings = CHECKER.check("a.txt", &text);
        prop_assert_eq!(finding_invariants(&text, &findings), Ok(()), "in {:?}", text);
    }
}

// ---------------------------------------------------------------------------------------------
// Extraction through an arbitrary mask.
// ---------------------------------------------------------------------------------------------

/// Characters of news text, some of which a mask hides.
fn masked_text() -> impl Strategy<Value = Vec<(String, bool)>> {
    let piece = prop_oneof![
        3 => prop::sample::select(&[
            "5", "1,500", "2.5", " ", "km", "Mach", "$", "about", "to", "between", "and", "-",
            "\n", "%", "10", "miles", "\u{a0}", "é", "€",
        ][..]).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec((piece, any::<bool>()), 0..48)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A mask replaces each byte of the masked pieces with [`MASK_BYTE`] (line breaks
    /// kept): the quantities found keep every invariant, are located in the text, and never
    /// cover a masked byte.
    #[test]
    fn extract_prose_with_a_random_mask_keeps_invariants(pieces in masked_text()) {
        let text: String = pieces.iter().map(|(p, _)| p.as_str()).collect();
        let mut prose = Vec::with_capacity(text.len());
        let mut masked = Vec::with_capacity(text.len());
        for (piece, hide) in &pieces {
            for b in piece.bytes() {
                let hidden = *hide && b != b'\n';
                prose.push(if hidden { MASK_BYTE } else { b });
                masked.push(hidden);
            }
        }
        let prose = String::from_utf8(prose).expect("mask bytes are ASCII");
        let found = extract_prose(&text, &prose);
        prop_assert_eq!(invariants(&text, &found), Ok(()), "in {:?}", text);
        for q in &found {
            prop_assert!(
                !masked[q.start..q.end].iter().any(|&m| m),
                "{:?} covers a masked byte in {:?} (prose {:?})", q.text, text, prose
            );
        }
        // A mask of another length is ignored: the text itself is read.
        prop_assert_eq!(extract_prose(&text, ""), extract(&text));
    }
}

// ---------------------------------------------------------------------------------------------
// The unified-diff reader (`numfact check --diff -`) never panics.
// ---------------------------------------------------------------------------------------------

/// Lines of unified diffs, whole and broken.
fn diff_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("diff --git a/a.md b/a.md".to_string()),
        Just("--- a/a.md".to_string()),
        Just("+++ b/a.md".to_string()),
        Just("+++ /dev/null".to_string()),
        Just("+++ \"b/caf\\303\\251.md\"".to_string()),
        Just("\\ No newline at end of file".to_string()),
        (0u32..100, 0u32..5, 0u32..100, 0u32..5)
            .prop_map(|(a, b, c, d)| format!("@@ -{a},{b} +{c},{d} @@")),
        "[-+ ][a-z0-9 ]{0,8}",
        any::<String>(),
    ];
    prop::collection::vec(line, 0..24).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_unified_diff_of_any_shape_is_read_without_panicking(diff in diff_text()) {
        // A malformed header ("+0,1") may name line 0; only a panic is a failure here.
        let changed = numfact::driver::diff::parse_unified(&diff);
        prop_assert!(changed.files().count() <= diff.lines().count());
    }
}
