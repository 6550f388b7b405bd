//! The peer suites: which files are scored, and how each format becomes a list of [`Case`]s.
//!
//! Nothing here copies a suite's sentences anywhere: they are read at run time from the
//! peer-suite directory and live only in memory.

use crate::mapping::{self, Reading, Table};
use numfact::quantity::Qualifier;
use numfact::quantity::{Dimension, units};
use serde::Deserialize;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The project a suite comes from, cited wherever a score is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Project {
    /// Microsoft Recognizers-Text (MIT).
    RecognizersText,
    /// Facebook Duckling (BSD).
    Duckling,
    /// This repository: a suite written for numfact by hand, read from the repository itself.
    Numfact,
}

/// Which found quantities a suite can judge: a quantity outside the scope is neither a hit nor a
/// false positive, because the suite says nothing about it (the currency suite does not annotate
/// lengths).
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// Every found quantity.
    All,
    /// Found quantities of these dimensions.
    Dimensions(&'static [Dimension]),
    /// Found quantities that state an interval: ranges, and values with a bounding qualifier.
    Intervals,
}

/// How a suite's file is read.
#[derive(Debug, Clone, Copy)]
pub enum Format {
    /// Recognizers-Text NumberWithUnit: values with units, looked up in a mapping table.
    RtUnit(Table),
    /// Recognizers-Text Number: plain numbers.
    RtNumber,
    /// Recognizers-Text NumberRange: interval notation.
    RtRange,
    /// Recognizers-Text Percent: values in per cent.
    RtPercent,
    /// A Duckling corpus with units, looked up in a mapping table.
    DucklingUnit(Table),
    /// Duckling's Numeral corpus: plain numbers.
    DucklingNumeral,
    /// numfact's own news suite (TOML): values, ranges and qualifiers in numfact's units.
    NumfactNews,
}

/// One scored suite.
#[derive(Debug)]
pub struct Spec {
    /// The stable identifier used in `scores.md`, `disagreements.md` and `--misses`.
    pub id: &'static str,
    /// The project it comes from.
    pub project: Project,
    /// The file, relative to the peer-suite directory (for [`Project::Numfact`], to the
    /// repository).
    pub file: &'static str,
    /// How the file is read.
    pub format: Format,
    /// Which found quantities the suite judges.
    pub scope: Scope,
}

const DIMENSION_SCOPE: &[Dimension] = &[
    Dimension::Length,
    Dimension::Velocity,
    Dimension::Mass,
    Dimension::Area,
    Dimension::Volume,
];

/// Every scored suite, in report order.
pub const SPECS: &[Spec] = &[
    Spec {
        id: "rt-dimension",
        project: Project::RecognizersText,
        file: "recognizers-text/Specs/NumberWithUnit/English/DimensionModel.json",
        format: Format::RtUnit(Table::RtDimension),
        scope: Scope::Dimensions(DIMENSION_SCOPE),
    },
    Spec {
        id: "rt-currency",
        project: Project::RecognizersText,
        file: "recognizers-text/Specs/NumberWithUnit/English/CurrencyModel.json",
        format: Format::RtUnit(Table::RtCurrency),
        scope: Scope::Dimensions(&[Dimension::Currency]),
    },
    Spec {
        id: "rt-temperature",
        project: Project::RecognizersText,
        file: "recognizers-text/Specs/NumberWithUnit/English/TemperatureModel.json",
        format: Format::RtUnit(Table::RtTemperature),
        scope: Scope::Dimensions(&[Dimension::Temperature]),
    },
    Spec {
        id: "rt-age",
        project: Project::RecognizersText,
        file: "recognizers-text/Specs/NumberWithUnit/English/AgeModel.json",
        format: Format::RtUnit(Table::RtAge),
        scope: Scope::Dimensions(&[Dimension::Duration]),
    },
    Spec {
        id: "rt-number",
        project: Project::RecognizersText,
        file: "recognizers-text/Specs/Number/English/NumberModel.json",
        format: Format::RtNumber,
        scope: Scope::All,
    },
    Spec {
        id: "rt-number-range",
        project: Project::RecognizersText,
        file: "recognizers-text/Specs/Number/English/NumberRangeModel.json",
        format: Format::RtRange,
        scope: Scope::Intervals,
    },
    Spec {
        id: "rt-percent",
        project: Project::RecognizersText,
        file: "recognizers-text/Specs/Number/English/PercentModel.json",
        format: Format::RtPercent,
        scope: Scope::Dimensions(&[Dimension::Percent]),
    },
    Spec {
        id: "duckling-distance",
        project: Project::Duckling,
        file: "duckling/Distance/Corpus.json",
        format: Format::DucklingUnit(Table::Duckling),
        scope: Scope::Dimensions(&[Dimension::Length]),
    },
    Spec {
        id: "duckling-quantity",
        project: Project::Duckling,
        file: "duckling/Quantity/Corpus.json",
        format: Format::DucklingUnit(Table::Duckling),
        scope: Scope::Dimensions(&[Dimension::Mass, Dimension::Volume]),
    },
    Spec {
        id: "duckling-temperature",
        project: Project::Duckling,
        file: "duckling/Temperature/Corpus.json",
        format: Format::DucklingUnit(Table::Duckling),
        scope: Scope::Dimensions(&[Dimension::Temperature]),
    },
    Spec {
        id: "duckling-volume",
        project: Project::Duckling,
        file: "duckling/Volume/Corpus.json",
        format: Format::DucklingUnit(Table::Duckling),
        scope: Scope::Dimensions(&[Dimension::Volume]),
    },
    Spec {
        id: "duckling-duration",
        project: Project::Duckling,
        file: "duckling/Duration/Corpus.json",
        format: Format::DucklingUnit(Table::Duckling),
        scope: Scope::Dimensions(&[Dimension::Duration]),
    },
    Spec {
        id: "duckling-money",
        project: Project::Duckling,
        file: "duckling/AmountOfMoney/Corpus.json",
        format: Format::DucklingUnit(Table::DucklingMoney),
        scope: Scope::Dimensions(&[Dimension::Currency]),
    },
    Spec {
        id: "duckling-numeral",
        project: Project::Duckling,
        file: "duckling/Numeral/Corpus.json",
        format: Format::DucklingNumeral,
        scope: Scope::All,
    },
    Spec {
        id: "numfact-news",
        project: Project::Numfact,
        file: "tests/conformance/news-suite.toml",
        format: Format::NumfactNews,
        scope: Scope::All,
    },
];

impl Spec {
    /// Where the suite's file is: in the repository for numfact's own suite, else in the
    /// peer-suite directory `peers`.
    pub fn path(&self, peers: &Path) -> PathBuf {
        match self.project {
            Project::Numfact => Path::new(env!("CARGO_MANIFEST_DIR")).join(self.file),
            Project::RecognizersText | Project::Duckling => peers.join(self.file),
        }
    }
}

/// Which qualifiers a found single value may carry and still match an expected single value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QualifierRule {
    /// Any: the suite ignores qualifiers ("more than 10 miles" is annotated as 10 miles).
    Any,
    /// None or "approximately": the suite has its own shapes for bounds (Duckling's under/above).
    PlainOrApproximate,
    /// Exactly this qualifier, or none (numfact's own suite states every qualifier).
    Exactly(Option<Qualifier>),
}

/// The numbers an expected result states.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// One value.
    Value(f64, QualifierRule),
    /// A range between two values; the inclusiveness of its ends is not compared.
    Between(f64, f64),
    /// An upper bound; `Some(true)` inclusive ("at most"), `Some(false)` exclusive ("less
    /// than"), `None` either.
    Below(f64, Option<bool>),
    /// A lower bound; `Some(true)` inclusive ("at least"), `Some(false)` exclusive ("more
    /// than"), `None` either.
    Above(f64, Option<bool>),
}

/// What the numbers of an expected result are measured in.
#[derive(Debug, Clone)]
pub enum Measure {
    /// Plain numbers: compared with numfact's stated numbers, whatever the unit.
    Number,
    /// A count or a bare number (numfact's `count` dimension, whatever noun it counts):
    /// compared with the stated numbers.
    Count,
    /// A unit, with every numfact reading of it (empty: no numfact counterpart).
    Unit {
        /// The suite's own name of the unit.
        name: String,
        /// The table the name was looked up in.
        table: Table,
        /// numfact's readings of the unit.
        readings: Vec<Reading>,
    },
}

/// One result a suite expects.
#[derive(Debug, Clone)]
pub struct Expected {
    /// The suite's text of the result (for Duckling, the whole input).
    pub text: String,
    /// Its span in UTF-16 code units, end exclusive.
    pub span: Range<usize>,
    /// The numbers it states.
    pub shape: Shape,
    /// What they are measured in.
    pub measure: Measure,
    /// How far a found number may differ, relative to the larger of the two.
    pub tolerance: f64,
}

/// One input of a suite with everything expected in it.
#[derive(Debug)]
pub struct Case {
    /// Where the case sits in the file: `#12` (Recognizers-Text), `g3.1` (Duckling group 3,
    /// input 1), `neg2` (Duckling negative input 2).
    pub label: String,
    /// A stable identifier: the first 48 bits of the FNV-1a hash of the input, in hex.
    pub id: String,
    /// The input text.
    pub input: String,
    /// What should be found in it; empty when nothing should be.
    pub expected: Vec<Expected>,
}

/// A loaded suite.
#[derive(Debug)]
pub struct Suite {
    /// What it is.
    pub spec: &'static Spec,
    /// The scored cases.
    pub cases: Vec<Case>,
    /// Inputs not scored: Recognizers-Text cases marked NotSupported for dotnet, Duckling latent
    /// inputs.
    pub skipped: usize,
    /// Expected results that are a unit name without a number ("convert to fahrenheit"): not
    /// quantities, not scored.
    pub unit_only: usize,
}

/// The identifier of an input: FNV-1a (64 bit) of its UTF-8 bytes, first 48 bits in hex.
pub fn case_id(input: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in input.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{:012x}", hash >> 16)
}

/// The length of `text` in UTF-16 code units.
pub fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// Two numbers of a peer suite agree when they differ by at most this, relative to the larger.
pub const RELATIVE_TOLERANCE: f64 = 1e-6;

/// numfact's own suite writes fractions to four significant digits (0.6667 for two thirds).
pub const HAND_TOLERANCE: f64 = 2e-4;

/// Loads one suite (from the peer-suite directory `peers`, or the repository for numfact's own).
pub fn load(peers: &Path, spec: &'static Spec) -> Result<Suite, String> {
    let path = spec.path(peers);
    let raw = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(&raw);
    let result = match spec.format {
        Format::RtUnit(_) | Format::RtNumber | Format::RtRange | Format::RtPercent => {
            load_recognizers(raw, spec)
        }
        Format::DucklingUnit(_) | Format::DucklingNumeral => load_duckling(raw, spec),
        Format::NumfactNews => load_news(raw, spec),
    };
    result.map_err(|e| format!("{}: {e}", path.display()))
}

// ---------------------------------------------------------------------------------------------
// Recognizers-Text

#[derive(Deserialize)]
struct RtCase {
    #[serde(rename = "Input")]
    input: String,
    #[serde(rename = "Results", default)]
    results: Vec<RtResult>,
    #[serde(rename = "NotSupported", default)]
    not_supported: Option<String>,
    #[serde(rename = "NotSupportedByDesign", default)]
    not_supported_by_design: Option<String>,
}

#[derive(Deserialize)]
struct RtResult {
    #[serde(rename = "Text")]
    text: String,
    #[serde(rename = "Start")]
    start: usize,
    #[serde(rename = "End")]
    end: usize,
    #[serde(rename = "Resolution", default)]
    resolution: Option<RtResolution>,
}

#[derive(Deserialize)]
struct RtResolution {
    #[serde(default)]
    value: Option<serde_json::Value>,
    #[serde(default)]
    unit: Option<String>,
    #[serde(rename = "isoCurrency", default)]
    iso_currency: Option<String>,
}

/// Whether a NotSupported list names .NET, the reference implementation: such a case is known to
/// fail there too, so it states an aspiration rather than the suite's behaviour.
fn names_dotnet(list: Option<&str>) -> bool {
    list.is_some_and(|list| {
        list.split(',')
            .any(|platform| platform.trim().eq_ignore_ascii_case("dotnet"))
    })
}

/// A resolution value as text: a JSON string or number; `None` for null or "null".
fn value_text(value: Option<&serde_json::Value>) -> Option<String> {
    match value? {
        serde_json::Value::String(s) if s.trim().eq_ignore_ascii_case("null") => None,
        serde_json::Value::String(s) => Some(s.trim().to_string()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn parse_number(text: &str) -> Result<f64, String> {
    text.trim()
        .parse::<f64>()
        .map_err(|_| format!("not a number: {text:?}"))
}

/// Parses Recognizers-Text interval notation: `(20,35]`, `[1000,5000)`, `(,100]`, `[30,)`.
fn parse_interval(text: &str) -> Result<Shape, String> {
    let bad = || format!("not an interval: {text:?}");
    let inner = text.get(1..text.len().saturating_sub(1)).ok_or_else(bad)?;
    let left_closed = match text.chars().next() {
        Some('[') => true,
        Some('(') => false,
        _ => return Err(bad()),
    };
    let right_closed = match text.chars().last() {
        Some(']') => true,
        Some(')') => false,
        _ => return Err(bad()),
    };
    let (low, high) = inner.split_once(',').ok_or_else(bad)?;
    let (low, high) = (low.trim(), high.trim());
    match (low.is_empty(), high.is_empty()) {
        (false, false) => Ok(Shape::Between(parse_number(low)?, parse_number(high)?)),
        (false, true) => Ok(Shape::Above(parse_number(low)?, Some(left_closed))),
        (true, false) => Ok(Shape::Below(parse_number(high)?, Some(right_closed))),
        (true, true) => Err(bad()),
    }
}

fn load_recognizers(raw: &str, spec: &'static Spec) -> Result<Suite, String> {
    let cases: Vec<RtCase> = serde_json::from_str(raw).map_err(|e| e.to_string())?;
    let mut suite = Suite {
        spec,
        cases: Vec::new(),
        skipped: 0,
        unit_only: 0,
    };
    for (index, case) in cases.into_iter().enumerate() {
        if names_dotnet(case.not_supported.as_deref())
            || names_dotnet(case.not_supported_by_design.as_deref())
        {
            suite.skipped += 1;
            continue;
        }
        let mut expected = Vec::new();
        for result in &case.results {
            let context = |e: String| format!("case #{index}, result {:?}: {e}", result.text);
            let resolution = result.resolution.as_ref();
            let Some(value) = value_text(resolution.and_then(|r| r.value.as_ref())) else {
                suite.unit_only += 1;
                continue;
            };
            let span = result.start..result.end + 1;
            let (shape, measure) = match spec.format {
                Format::RtRange => (parse_interval(&value).map_err(context)?, Measure::Number),
                Format::RtNumber => (
                    Shape::Value(parse_number(&value).map_err(context)?, QualifierRule::Any),
                    Measure::Number,
                ),
                Format::RtPercent => {
                    let number = value.strip_suffix('%').unwrap_or(&value);
                    (
                        Shape::Value(parse_number(number).map_err(context)?, QualifierRule::Any),
                        Measure::Unit {
                            name: "%".to_string(),
                            table: Table::RtDimension,
                            readings: vec![Reading::Unit(&units::PERCENT)],
                        },
                    )
                }
                Format::RtUnit(table) => {
                    let name = resolution.and_then(|r| r.unit.clone()).unwrap_or_default();
                    let iso = resolution.and_then(|r| r.iso_currency.clone());
                    let (name, readings) = match iso {
                        Some(code) => (format!("{name} ({code})"), mapping::iso(&code)),
                        None => {
                            let readings = mapping::readings(table, &name);
                            (name, readings)
                        }
                    };
                    (
                        Shape::Value(parse_number(&value).map_err(context)?, QualifierRule::Any),
                        Measure::Unit {
                            name,
                            table,
                            readings,
                        },
                    )
                }
                Format::DucklingUnit(_) | Format::DucklingNumeral | Format::NumfactNews => {
                    return Err("not a Recognizers-Text format".to_string());
                }
            };
            expected.push(Expected {
                text: result.text.clone(),
                span,
                shape,
                measure,
                tolerance: RELATIVE_TOLERANCE,
            });
        }
        suite.cases.push(Case {
            label: format!("#{index}"),
            id: case_id(&case.input),
            input: case.input,
            expected,
        });
    }
    Ok(suite)
}

// ---------------------------------------------------------------------------------------------
// Duckling

#[derive(Deserialize)]
struct DucklingFile {
    corpora: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize)]
struct DucklingGroup {
    expected: String,
    inputs: Vec<String>,
}

/// Decodes the Haskell string escapes the conversion from `Corpus.hs` left in a few inputs:
/// `\x20ac` (a code point in hex) and `\&` (an empty separator).
pub fn decode_haskell_escapes(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some('&') => {
                chars.next();
            }
            Some('x') => {
                chars.next();
                let mut hex = String::new();
                while let Some(&d) = chars.peek() {
                    if !d.is_ascii_hexdigit() {
                        break;
                    }
                    hex.push(d);
                    chars.next();
                }
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(decoded) => out.push(decoded),
                    None => {
                        out.push_str("\\x");
                        out.push_str(&hex);
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Splits a Duckling expectation such as `(between Gram (100,1000) (Just "x"))` into its
/// top-level words: `between`, `Gram`, `(100,1000)`, `(Just "x")`.
fn duckling_words(expected: &str) -> Result<Vec<String>, String> {
    let inner = expected
        .trim()
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .ok_or_else(|| format!("not a parenthesised expectation: {expected:?}"))?;
    let mut words = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let mut quoted = false;
    for c in inner.chars() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth = depth.saturating_sub(1),
            _ => {}
        }
        if c.is_whitespace() && depth == 0 && !quoted {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    Ok(words)
}

/// A Duckling number: `3`, `1e4`, `(-2)`, `(-1.2e6)`.
fn duckling_number(word: &str) -> Result<f64, String> {
    let trimmed = word.trim().trim_start_matches('(').trim_end_matches(')');
    parse_number(trimmed)
}

/// A Duckling pair: `(3, 5)`, `(100,1000)`.
fn duckling_pair(word: &str) -> Result<(f64, f64), String> {
    let inner = word.trim().trim_start_matches('(').trim_end_matches(')');
    let (low, high) = inner
        .split_once(',')
        .ok_or_else(|| format!("not a pair: {word:?}"))?;
    Ok((parse_number(low)?, parse_number(high)?))
}

/// Reads a Duckling expectation into a shape and a measure.
fn parse_duckling_expected(expected: &str, format: Format) -> Result<(Shape, Measure), String> {
    let words = duckling_words(expected)?;
    let word = |i: usize| {
        words
            .get(i)
            .map(String::as_str)
            .ok_or_else(|| format!("too few words in {expected:?}"))
    };
    let unit = |name: &str, table: Table| Measure::Unit {
        name: name.to_string(),
        table,
        readings: mapping::readings(table, name),
    };
    let plain = QualifierRule::PlainOrApproximate;
    match (format, word(0)?) {
        (Format::DucklingNumeral, "NumeralValue") => Ok((
            Shape::Value(duckling_number(word(1)?)?, plain),
            Measure::Number,
        )),
        (Format::DucklingUnit(table), "DurationData") => Ok((
            Shape::Value(duckling_number(word(1)?)?, plain),
            unit(word(2)?, table),
        )),
        (Format::DucklingUnit(table), "simple") => Ok((
            Shape::Value(duckling_number(word(2)?)?, plain),
            unit(word(1)?, table),
        )),
        (Format::DucklingUnit(table), "between") => {
            let (low, high) = duckling_pair(word(2)?)?;
            Ok((Shape::Between(low, high), unit(word(1)?, table)))
        }
        (Format::DucklingUnit(table), "under") => Ok((
            Shape::Below(duckling_number(word(2)?)?, None),
            unit(word(1)?, table),
        )),
        (Format::DucklingUnit(table), "above") => Ok((
            Shape::Above(duckling_number(word(2)?)?, None),
            unit(word(1)?, table),
        )),
        _ => Err(format!("unknown expectation {expected:?}")),
    }
}

fn load_duckling(raw: &str, spec: &'static Spec) -> Result<Suite, String> {
    let file: DucklingFile = serde_json::from_str(raw).map_err(|e| e.to_string())?;
    let mut suite = Suite {
        spec,
        cases: Vec::new(),
        skipped: 0,
        unit_only: 0,
    };
    for (name, corpus) in &file.corpora {
        match name.as_str() {
            "corpus" => {
                let groups: Vec<DucklingGroup> =
                    serde_json::from_value(corpus.clone()).map_err(|e| format!("corpus: {e}"))?;
                for (g, group) in groups.iter().enumerate() {
                    let (shape, measure) = parse_duckling_expected(&group.expected, spec.format)
                        .map_err(|e| format!("group {g}: {e}"))?;
                    for (i, input) in group.inputs.iter().enumerate() {
                        let input = decode_haskell_escapes(input);
                        suite.cases.push(Case {
                            label: format!("g{g}.{i}"),
                            id: case_id(&input),
                            expected: vec![Expected {
                                text: input.clone(),
                                span: 0..utf16_len(&input),
                                shape: shape.clone(),
                                measure: measure.clone(),
                                tolerance: RELATIVE_TOLERANCE,
                            }],
                            input,
                        });
                    }
                }
            }
            "negativeCorpus" => {
                let inputs: Vec<String> = serde_json::from_value(corpus.clone())
                    .map_err(|e| format!("negativeCorpus: {e}"))?;
                for (i, input) in inputs.iter().enumerate() {
                    let input = decode_haskell_escapes(input);
                    suite.cases.push(Case {
                        label: format!("neg{i}"),
                        id: case_id(&input),
                        input,
                        expected: Vec::new(),
                    });
                }
            }
            "latentCorpus" => {
                // Latent readings ("four" as an unnamed quantity) are produced by Duckling only
                // on request; they are not part of its default behaviour and are not scored.
                let groups: Vec<DucklingGroup> = serde_json::from_value(corpus.clone())
                    .map_err(|e| format!("latentCorpus: {e}"))?;
                suite.skipped += groups.iter().map(|g| g.inputs.len()).sum::<usize>();
            }
            other => return Err(format!("unknown corpus {other:?}")),
        }
    }
    Ok(suite)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals() {
        assert_eq!(parse_interval("(20,35]"), Ok(Shape::Between(20.0, 35.0)));
        assert_eq!(
            parse_interval("(,100]"),
            Ok(Shape::Below(100.0, Some(true)))
        );
        assert_eq!(
            parse_interval("(4565,)"),
            Ok(Shape::Above(4565.0, Some(false)))
        );
        assert!(parse_interval("20").is_err());
    }

    #[test]
    fn escapes() {
        assert_eq!(decode_haskell_escapes("20\\x20ac"), "20€");
        assert_eq!(decode_haskell_escapes("\\x00a3\\&10"), "£10");
    }

    #[test]
    fn duckling_expectations() {
        let words = duckling_words("(between Gram (100,1000) (Just \"a b\"))");
        assert_eq!(
            words,
            Ok(vec![
                "between".to_string(),
                "Gram".to_string(),
                "(100,1000)".to_string(),
                "(Just \"a b\")".to_string()
            ])
        );
        assert_eq!(duckling_number("(-1.2e6)"), Ok(-1.2e6));
    }
}

// ---------------------------------------------------------------------------------------------
// numfact's own news suite

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewsFile {
    case: Vec<NewsCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewsCase {
    topic: String,
    text: String,
    expect: Vec<NewsExpected>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewsExpected {
    text: String,
    #[serde(default)]
    occurrence: Option<usize>,
    #[serde(default)]
    value: Option<f64>,
    #[serde(default)]
    low: Option<f64>,
    #[serde(default)]
    high: Option<f64>,
    unit: String,
    #[serde(default)]
    qualifier: Option<String>,
}

/// A qualifier as the JSON report spells it (`more_than`).
fn news_qualifier(name: &str) -> Result<Qualifier, String> {
    Ok(match name {
        "approximately" => Qualifier::Approximately,
        "up_to" => Qualifier::UpTo,
        "at_most" => Qualifier::AtMost,
        "at_least" => Qualifier::AtLeast,
        "more_than" => Qualifier::MoreThan,
        "less_than" => Qualifier::LessThan,
        _ => return Err(format!("unknown qualifier {name:?}")),
    })
}

/// The UTF-16 span of the `occurrence`-th (1-based) occurrence of `needle` in `text`.
fn occurrence_span(text: &str, needle: &str, occurrence: usize) -> Result<Range<usize>, String> {
    let start = text
        .match_indices(needle)
        .nth(occurrence.saturating_sub(1))
        .map(|(at, _)| at)
        .ok_or_else(|| format!("{needle:?} does not occur {occurrence} time(s) in the case"))?;
    let before = utf16_len(&text[..start]);
    Ok(before..before + utf16_len(needle))
}

fn news_expected(case_text: &str, e: &NewsExpected) -> Result<Expected, String> {
    let span = occurrence_span(case_text, &e.text, e.occurrence.unwrap_or(1))?;
    let qualifier = e.qualifier.as_deref().map(news_qualifier).transpose()?;
    let shape = match (e.value, e.low, e.high) {
        (Some(value), None, None) => Shape::Value(value, QualifierRule::Exactly(qualifier)),
        (None, Some(low), Some(high)) => Shape::Between(low, high),
        _ => return Err("give either `value` or both `low` and `high`".to_string()),
    };
    let measure = match e.unit.as_str() {
        "count" => Measure::Count,
        name => Measure::Unit {
            name: name.to_string(),
            table: Table::Numfact,
            readings: mapping::readings(Table::Numfact, name),
        },
    };
    Ok(Expected {
        text: e.text.clone(),
        span,
        shape,
        measure,
        tolerance: HAND_TOLERANCE,
    })
}

fn load_news(raw: &str, spec: &'static Spec) -> Result<Suite, String> {
    let file: NewsFile = toml::from_str(raw).map_err(|e| e.to_string())?;
    let mut suite = Suite {
        spec,
        cases: Vec::new(),
        skipped: 0,
        unit_only: 0,
    };
    for (index, case) in file.case.into_iter().enumerate() {
        let expected = case
            .expect
            .iter()
            .map(|e| {
                news_expected(&case.text, e)
                    .map_err(|why| format!("case {} ({:?}): {why}", index + 1, e.text))
            })
            .collect::<Result<Vec<_>, String>>()?;
        suite.cases.push(Case {
            label: format!("#{} ({})", index + 1, case.topic),
            id: case_id(&case.text),
            input: case.text,
            expected,
        });
    }
    Ok(suite)
}
