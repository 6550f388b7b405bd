//! Output: the score table on the terminal, `scores.md`, reading committed scores back, and the
//! list of failing cases for `--misses`.

use crate::mapping;
use crate::scoring::{CaseResult, ExpectedOutcome, FoundOutcome, SuiteResult, Tally};
use crate::suites::{Expected, Measure, Project, QualifierRule, Shape};
use numfact::quantity::{Kind, Quantity};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The column headings of the score table, shared by the terminal and `scores.md`.
const HEADINGS: [&str; 10] = [
    "suite",
    "cases",
    "skipped",
    "disagreements",
    "expected",
    "found",
    "matched",
    "precision",
    "recall",
    "F1",
];

/// The label of the micro-averaged total row.
const TOTAL: &str = "all suites (micro-average)";

fn row(label: &str, t: &Tally) -> [String; 10] {
    [
        label.to_string(),
        t.cases.to_string(),
        t.skipped.to_string(),
        t.disagreements.to_string(),
        t.expected.to_string(),
        t.found.to_string(),
        t.matched.to_string(),
        format!("{:.4}", t.precision()),
        format!("{:.4}", t.recall()),
        format!("{:.4}", t.f1()),
    ]
}

fn rows(results: &[SuiteResult<'_>]) -> Vec<[String; 10]> {
    let mut total = Tally::default();
    let mut out = Vec::new();
    for r in results {
        total.add(&r.tally);
        out.push(row(r.suite.spec.id, &r.tally));
    }
    out.push(row(TOTAL, &total));
    out
}

/// The score table, aligned for a terminal.
pub fn terminal_table(results: &[SuiteResult<'_>]) -> String {
    let body = rows(results);
    let mut widths = HEADINGS.map(str::len);
    for r in &body {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i == 0 {
                let _ = write!(s, "{cell:<w$}");
            } else {
                let _ = write!(s, "  {cell:>w$}");
            }
        }
        s.push('\n');
        s
    };
    let mut out = line(&HEADINGS.map(String::from));
    for r in &body {
        out.push_str(&line(r));
    }
    out
}

/// The prose at the top of `scores.md`.
const PREAMBLE: &str = r#"# Conformance scorecard

numfact's scores against the published test suites of two other quantity extractors. The suites
are read at run time from `../shared/peer-suites/` (or the directory in `NUMFACT_PEER_SUITES`, or
`--suites PATH`); none of their sentences is copied into this repository.

- **Microsoft Recognizers-Text** (<https://github.com/microsoft/Recognizers-Text>, MIT licence):
  the English specs `NumberWithUnit/English/{Dimension,Currency,Temperature,Age}Model.json` and
  `Number/English/{Number,NumberRange,Percent}Model.json` (suites `rt-*`).
- **Facebook Duckling** (<https://github.com/facebook/duckling>, BSD licence): the English corpora
  `Duckling/{Distance,Quantity,Temperature,Volume,Duration,AmountOfMoney,Numeral}/EN/Corpus.hs`,
  as converted to JSON (suites `duckling-*`).
- **numfact's own news suite** (`numfact-news`): `tests/conformance/news-suite.toml`, 330
  sentences of news English written for numfact by hand, with every quantity a reader would say
  each states; read from the repository, so it is scored even without the peer suites.

Regenerate with `cargo run --release --example scorecard -- --write`. `.ci/scorecard` runs
`-- --check`, which fails when a suite's F1 falls more than 0.0005 below the value committed here.
`-- --misses SUITE` (or `all`) lists every failing case with what numfact found.
"#;

/// The matching rules, written under the table.
const RULES: &str = r#"## How a case is scored

**Matching.** An expected result matches a found quantity when

1. their spans overlap (numfact's byte offsets are converted to UTF-16 code units, the unit
   Recognizers-Text counts in; its `End` is inclusive. A Duckling input must parse *as a whole*, so
   its expected span is the whole input);
2. the numbers agree within 1e-6, relative:
   - *unit suites*: the expected value is converted to SI through each numfact unit the suite's
     unit name may stand for (the table below) and compared with the quantity's `si` interval,
     which must be in the same SI unit (`m`, `kg`, `K`, an ISO 4217 code, …). So "0.002 kg"
     matches Duckling's `Gram 2`, and a Recognizers-Text `Cent 50` matches 0.50 USD. A unit with
     no numfact counterpart can never match: its cases count as misses, not as skips;
   - *number suites* (`rt-number`, `rt-number-range`, `duckling-numeral`): the stated numbers
     (`low`, `high`, scale words applied), whatever the unit;
   - `rt-percent`: the unit `%` (percentage points included) and the stated number;
3. the shape agrees:
   - a single expected value needs a single found value (`kind: value`). Recognizers-Text ignores
     qualifiers ("more than 10 miles" is annotated as 10 miles), so any qualifier is accepted
     there; a Duckling `simple` value accepts none or "approximately";
   - a bounded interval — Duckling `between`, Recognizers-Text `[a,b)`, `(a,b]`, … — needs a
     `kind: range` with the same ends, unqualified or "approximately"; the inclusiveness of the
     ends is not compared, as numfact's ranges do not state it. `[a,a]` ("equal to a") also
     matches a single value a;
   - an open interval needs a single value with a bounding qualifier: `(,a)` less_than,
     `(,a]` at_most or up_to, `(a,)` more_than, `[a,)` at_least. Duckling's `under` accepts any of
     the three upper bounds and `above` either lower bound.

Each found quantity matches at most one expected result and vice versa (a maximum bipartite
matching per case).

**Counting.** recall = matched / expected; precision = matched / found; F1 is their harmonic mean.
*Found* counts the matched quantities plus the unmatched ones *in the suite's scope*: the suite's
dimensions (`rt-dimension`: length, velocity, mass, area, volume; `rt-currency` and
`duckling-money`: currency; `rt-temperature`, `duckling-temperature`: temperature; `rt-age`,
`duckling-duration`: duration; `rt-percent`: percent; `duckling-distance`: length;
`duckling-quantity`: mass and volume; `duckling-volume`: volume); for `rt-number-range`, quantities
that state an interval (ranges, and values with a bounding qualifier); for `rt-number` and
`duckling-numeral`, every quantity. A quantity outside the scope is neither a hit nor a false
positive: the suite says nothing about it (the currency suite does not annotate lengths).
Inputs with an empty result list (Recognizers-Text) and Duckling's `negativeCorpus` count only
through their false positives.

**Not scored.**
- *skipped*: Recognizers-Text cases whose `NotSupported` or `NotSupportedByDesign` names `dotnet`
  (the reference implementation fails them too, so they state an aspiration, not the suite's
  behaviour; cases marked only for JavaScript, Python or Java are scored), and Duckling's
  `latentCorpus` (latent readings such as a bare "four" as an unnamed quantity are produced only on
  request);
- Recognizers-Text results with a null value: a bare unit name ("… to fahrenheit") is not a
  quantity;
- documented *disagreements* (`tests/conformance/disagreements.md`): cases where the suite is wrong
  by numfact's rules (clock times read as picometres, dates, ordinals, identifiers and model
  designations, ranges the suite splits, unit symbols it reads otherwise). They are identified by
  suite, input hash and a small token, never by the sentence; expected results and found
  quantities that overlap an occurrence of the token in the input are left out, and the
  *disagreements* column counts the entries applied.

**The news suite** is scored by the same matching, with three differences: its expected text is
a substring of the sentence (its span the first occurrence, or the one `occurrence` names); a
single value must carry exactly the qualifier written (none, or `approximately`, `more_than`, …);
and numbers agree within 2e-4, relative, as fractions are written to four digits (0.6667). Its
units are numfact's symbols and ISO codes, `count` for counts and bare numbers (whatever the
noun); a quantity also agrees when it states the expected numbers in the expected unit (so a
temperature stated as a change, "1.52C above", agrees), and plain "degrees" (`°`, read as
Celsius) agree with `°C`. Every found quantity is in its scope.

Duckling inputs keep a few Haskell escapes from the conversion (`\x20ac`, `\&`); they are decoded
before scoring. Case and unit tables live in `examples/scorecard/`.
"#;

/// The heading of the unit-mapping table.
const UNIT_MAPPING: &str = r#"
## Unit mapping

Every unit name that occurs in the suites, and what a found quantity is compared through: numfact
unit symbols (the expected value is converted to SI by that unit), or for money an ISO 4217 code
and scale that the quantity's `si.unit` must carry. Money is compared by code, so a code numfact
does not produce yet can only miss, and starts matching as soon as the grammar learns it. The
table is `examples/scorecard/mapping.rs`; the dimension suite's `Degree` is the angle.

"#;

/// The whole of `scores.md`.
pub fn scores_markdown(results: &[SuiteResult<'_>]) -> String {
    let mut out = String::from(PREAMBLE);
    out.push_str("\n## Scores\n\n");
    out.push_str(&markdown_row(&HEADINGS.map(String::from)));
    out.push_str(&markdown_row(&HEADINGS.map(|h| {
        if h == "suite" {
            "---".to_string()
        } else {
            "---:".to_string()
        }
    })));
    for r in rows(results) {
        let mut r = r;
        if r[0] != TOTAL {
            r[0] = format!("`{}`", r[0]);
        }
        out.push_str(&markdown_row(&r));
    }
    out.push_str("\nSources, in the peer-suite directory:\n\n");
    for r in results {
        let project = match r.suite.spec.project {
            Project::RecognizersText => "Recognizers-Text",
            Project::Duckling => "Duckling",
            Project::Numfact => "numfact (this repository)",
        };
        let _ = writeln!(
            out,
            "- `{}`: {project}, `{}`",
            r.suite.spec.id, r.suite.spec.file
        );
    }
    out.push('\n');
    out.push_str(RULES);
    out.push_str(UNIT_MAPPING);
    out.push_str("| suite unit | compared through |\n|---|---|\n");
    for (name, mapped) in unit_rows(results) {
        out.push_str(&format!("| {name} | {mapped} |\n"));
    }
    out
}

fn markdown_row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

fn unit_rows(results: &[SuiteResult<'_>]) -> BTreeMap<String, String> {
    let mut seen = BTreeMap::new();
    for r in results {
        for case in &r.suite.cases {
            for e in &case.expected {
                if let Measure::Unit {
                    name,
                    table,
                    readings,
                } = &e.measure
                {
                    // numfact's own suite is written in numfact's units.
                    if name == "%" || *table == mapping::Table::Numfact {
                        continue;
                    }
                    let (key, value) = mapping::describe(*table, name, readings);
                    seen.insert(key, value);
                }
            }
        }
    }
    seen
}

/// Reads the F1 column of the score table in a committed `scores.md`: suite id → F1.
pub fn parse_scores(text: &str) -> Result<BTreeMap<String, f64>, String> {
    let mut scores = BTreeMap::new();
    let mut f1_column = None;
    for line in text.lines() {
        let line = line.trim();
        if !line.starts_with('|') {
            if f1_column.is_some() {
                break;
            }
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        match f1_column {
            None => {
                if cells.first() == Some(&"suite") {
                    f1_column = cells.iter().position(|c| *c == "F1");
                    if f1_column.is_none() {
                        return Err("the score table has no F1 column".to_string());
                    }
                }
            }
            Some(column) => {
                let suite = cells.first().map(|c| c.trim_matches('`')).unwrap_or("");
                if suite.is_empty() || suite.starts_with('-') || suite == TOTAL {
                    continue;
                }
                let f1 = cells
                    .get(column)
                    .and_then(|c| c.parse::<f64>().ok())
                    .ok_or_else(|| format!("no F1 for suite {suite}"))?;
                scores.insert(suite.to_string(), f1);
            }
        }
    }
    if f1_column.is_none() {
        return Err("no score table (a header row starting with `| suite |`)".to_string());
    }
    Ok(scores)
}

/// Shortens long inputs for display, keeping whole characters.
fn shorten(text: &str, max: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.chars().count() <= max {
        flat
    } else {
        let mut s: String = flat.chars().take(max).collect();
        s.push('…');
        s
    }
}

fn describe_expected(e: &Expected) -> String {
    let unit = match &e.measure {
        Measure::Number => String::new(),
        Measure::Count => " (count)".to_string(),
        Measure::Unit { name, readings, .. } => {
            if readings.is_empty() {
                format!(" {name} [no numfact unit]")
            } else {
                let labels: Vec<String> = readings.iter().map(|r| r.label()).collect();
                format!(" {name} [{}]", labels.join("|"))
            }
        }
    };
    let shape = match e.shape {
        Shape::Value(v, QualifierRule::Any) => format!("{v}"),
        Shape::Value(v, QualifierRule::PlainOrApproximate) => format!("= {v}"),
        Shape::Value(v, QualifierRule::Exactly(None)) => format!("== {v}"),
        Shape::Value(v, QualifierRule::Exactly(Some(q))) => format!("{} {v}", q.phrase()),
        Shape::Between(a, b) => format!("{a}..{b}"),
        Shape::Below(v, Some(true)) => format!("<= {v}"),
        Shape::Below(v, Some(false)) => format!("< {v}"),
        Shape::Below(v, None) => format!("under {v}"),
        Shape::Above(v, Some(true)) => format!(">= {v}"),
        Shape::Above(v, Some(false)) => format!("> {v}"),
        Shape::Above(v, None) => format!("above {v}"),
    };
    format!("{shape}{unit}")
}

/// One found quantity on one line: text, numbers, qualifier, unit, SI.
pub fn describe_found(q: &Quantity) -> String {
    let numbers = match q.kind {
        Kind::Value => format!("{}", q.low),
        Kind::Range => format!("{}..{}", q.low, q.high),
    };
    let qualifier = q
        .qualifier
        .map(|x| format!("{} ", x.phrase()))
        .unwrap_or_default();
    let unit = if q.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", q.unit)
    };
    format!(
        "{:?} {qualifier}{numbers}{unit} ({}; si {}..{} {})",
        q.text, q.dimension, q.si.low, q.si.high, q.si.unit
    )
}

/// The failing cases of a suite: what was expected, what was found.
pub fn misses(result: &SuiteResult<'_>) -> String {
    let mut out = String::new();
    let failing: Vec<&CaseResult<'_>> = result.cases.iter().filter(|c| c.failed()).collect();
    let _ = writeln!(
        out,
        "\n{}: {} failing case(s) of {}",
        result.suite.spec.id,
        failing.len(),
        result.cases.len()
    );
    for c in failing {
        let _ = writeln!(
            out,
            "\n{} [{}] {}",
            c.case.label,
            c.case.id,
            shorten(&c.case.input, 220)
        );
        for (e, outcome) in c.case.expected.iter().zip(&c.expected_outcomes) {
            let mark = match outcome {
                ExpectedOutcome::Matched(_) => "ok     ",
                ExpectedOutcome::Missed => "MISSED ",
                ExpectedOutcome::Disagreed => "disagr.",
            };
            let _ = writeln!(
                out,
                "  expected {mark} {:?} {}",
                shorten(&e.text, 60),
                describe_expected(e)
            );
        }
        for (q, outcome) in c.found.iter().zip(&c.found_outcomes) {
            let mark = match outcome {
                FoundOutcome::Matched(_) => "ok     ",
                FoundOutcome::Spurious => "EXTRA  ",
                FoundOutcome::OutOfScope => "(scope)",
                FoundOutcome::Disagreed => "disagr.",
            };
            let _ = writeln!(out, "  found    {mark} {}", describe_found(q));
        }
        if c.found.is_empty() {
            let _ = writeln!(out, "  found    nothing");
        }
    }
    out
}
