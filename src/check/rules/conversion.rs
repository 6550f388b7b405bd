//! `NF202`: a conversion in brackets that does not convert ("15,000 km (5,000 miles)").

use super::Rule;
use crate::check::message::MessageParts;
use crate::check::precision::implied_half_widths;
use crate::check::verify::Allowances;
use crate::check::{Document, Finding, Severity, Verdict};
use crate::quantity::display::{format_number, group_thousands};
use crate::quantity::{Dimension, Quantity};

/// How far a conversion may differ from the figure it converts beyond the rounding either is
/// written with: 2%, for the rounded factors writers convert with ("a mile is 1.6 km").
const CONVERSION_TOLERANCE: f64 = 0.02;

/// `NF202`.
pub static RULE: Rule = Rule {
    code: "NF202",
    name: "conversion",
    verdict: Some(Verdict::Inconsistent),
    default_severity: Severity::Error,
    summary: "A conversion in brackets does not convert the figure before it.",
    docs: "## What it does
Reads a quantity written in brackets (or after \", or\") right after another of the same
dimension in a different unit as its conversion, and reports it when neither figure, converted
into the other's unit, rounds to the other at the precision that one is written with (\"7 km
(4 mi)\" converts: 7 km is 4.35 mi, and \"4\" is written to the mile; a round number such as
\"300\" is read to 5%), allowing 2% more for rounded conversion factors, and the
approximation allowance when the conversion says \"about\". Ranges are converted end by end.
The message says what the conversion should have been. When the first figure is already
contradicted by the fact base, the conversion is added to that finding's message.

A bracket is not a conversion when both sides are in the same unit (\"another 6 hours (30
hours in all)\"), or when anything but the figure stands in it (\"(30 hours in all)\", \"(50
miles shorter)\", \"(45 minutes by plane)\", \"(12 miles in 2010)\"); after \", or\" the
clause must go on with punctuation, or a word of the dimension (\"long\", \"tall\"). Between currencies it is judged only at an
exchange rate the fact base states within a year of the article's date (an `exchange_rate`
fact of the currency whose code is the entity's id, `eur`, valued in the other currency:
`value = \"1.08 USD\"`), allowing the fact's tolerance or 5%: numfact never guesses a rate.

## Why it matters
A wrong conversion is an error a reader can spot without any reference, and it usually means
one of the two figures was edited without the other.

## Example
\"a range of 15,000 km (5,000 miles)\": 5,000 miles does not convert 15,000 km, which is about
9,321 mi.",
    aliases: &[],
};

/// How far an amount converted at an exchange rate of the fact base may differ from the
/// rate's result, beyond the rounding, when the rate's fact states no tolerance: 5%, for a
/// rate of another day than the article's.
const RATE_TOLERANCE: f64 = 0.05;

/// How many years an exchange rate's date may be from the article's.
const RATE_YEARS: i32 = 1;

/// Reports each bracketed conversion that does not convert.
pub fn check(document: &Document<'_>, findings: &mut [Finding]) {
    for (index, pair) in document.quantities.windows(2).enumerate() {
        let [first, second] = pair else { continue };
        if !is_conversion_of(document.text, first, second) {
            continue;
        }
        // Between currencies only at a rate the fact base states for the article's time.
        let rate = if first.dimension == Dimension::Currency {
            match exchange_rate(document, first, second) {
                Some(rate) => Some(rate),
                None => continue,
            }
        } else {
            None
        };
        let conversion = Conversion {
            factor: rate.as_ref().map_or(1.0, |r| r.factor),
            share: rate.as_ref().map_or(CONVERSION_TOLERANCE, |r| r.share),
            approximation: document.allowances.approximation,
        };
        if !conversion.fails(first, second) {
            continue;
        }
        let finding = &mut findings[index + 1];
        finding.add_related(document.related(first));
        let conversion = match &rate {
            Some(rate) => rate_message(first, second, rate),
            None => conversion_message(first, second),
        };
        if finding.verdict == Verdict::Contradicted {
            let mut parts = finding.parts.clone();
            parts.addendum = Some(conversion);
            finding.reword(parts);
        } else {
            finding.report(&RULE, MessageParts::summary(conversion));
        }
    }
}

/// The words a restated figure may have after it ("1,000 feet, or about 300 metres, tall").
const DIMENSION_WORDS: &[&str] = &[
    "long",
    "tall",
    "high",
    "wide",
    "deep",
    "away",
    "across",
    "thick",
    "in length",
    "in height",
    "in width",
    "in diameter",
    "in depth",
];

/// True when `second` is written in brackets (or after ", or") right after `first`, in
/// another unit of the same dimension, and nothing after it says it is not a conversion.
/// (Between currencies, [`check`] also needs an exchange rate.)
pub fn is_conversion_of(text: &str, first: &Quantity, second: &Quantity) -> bool {
    if first.dimension != second.dimension
        || first.dimension == Dimension::Count
        || first.unit == second.unit
        || second.start < first.end
    {
        return false;
    }
    let between = text[first.end..second.start].trim();
    let bracketed = between == "(" || between == "(or";
    if !(bracketed || between == ", or") {
        return false;
    }
    // What follows the converted figure, to its closing bracket (or a few words).
    // A conversion is the figure alone: "(9,300 miles)", not "(30 hours in all)", "(50
    // miles shorter)", "(45 minutes by plane)", "(12 miles in 2010)".
    let after = &text[second.end..];
    if bracketed {
        return after.trim_start().starts_with(')');
    }
    // After ", or": the clause goes on with punctuation, or a word of the dimension first.
    let rest = after.trim_start();
    let rest = DIMENSION_WORDS
        .iter()
        .find_map(|word| {
            rest.get(..word.len())
                .filter(|start| start.eq_ignore_ascii_case(word))
                .map(|_| rest[word.len()..].trim_start())
        })
        .unwrap_or(rest);
    rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_punctuation())
}

/// How one figure converts into another's unit, and how much slack the conversion has.
#[derive(Debug, Clone, Copy)]
pub struct Conversion {
    /// The second figure's SI value per SI unit of the first: 1 between units of one
    /// dimension, an exchange rate between currencies.
    pub factor: f64,
    /// The share either figure may differ by beyond its rounding: 2% for units, the rate's
    /// tolerance for currencies.
    pub share: f64,
    /// What "about" adds, as a share.
    pub approximation: f64,
}

impl Conversion {
    /// A conversion between units of one dimension, with `allowances`' approximation.
    pub fn of_units(allowances: Allowances) -> Conversion {
        Conversion {
            factor: 1.0,
            share: CONVERSION_TOLERANCE,
            approximation: allowances.approximation,
        }
    }

    /// True when `second` does not convert `first`: neither figure, converted into the
    /// other's unit, rounds to the other at the precision that one is written with (a round
    /// number to 5%), allowing the share more, and the approximation allowance when either
    /// says "about". Ranges are compared end by end.
    pub fn fails(&self, first: &Quantity, second: &Quantity) -> bool {
        !self.rounds_to(first, second, self.factor)
            && !self.rounds_to(second, first, 1.0 / self.factor)
    }

    /// Whether `to` is `from` converted (times `factor` in SI) and rounded at the precision
    /// `to` is written with.
    fn rounds_to(&self, from: &Quantity, to: &Quantity, factor: f64) -> bool {
        let (below, above) = implied_half_widths(to);
        let mut share = self.share;
        if from.qualifier.is_some() || to.qualifier.is_some() {
            share += self.approximation;
        }
        // Temperatures are compared in degrees: a share of an absolute temperature means
        // little.
        let slack = |v: f64| {
            if to.dimension == Dimension::Temperature {
                0.0
            } else {
                v.abs() * share
            }
        };
        let agrees = |si: f64, stated: f64, half: f64| {
            // A hair more for floating point.
            (si * factor - stated).abs() <= half + slack(stated) + 1e-9 * stated.abs().max(1.0)
        };
        agrees(from.si.low, to.si.low, below) && agrees(from.si.high, to.si.high, above)
    }
}

/// An exchange rate of the fact base, as one figure's currency converts into the other's.
struct ExchangeRate<'f> {
    /// Units of the second currency per unit of the first.
    factor: f64,
    /// The share a converted amount may differ by: the fact's tolerance, or
    /// [`RATE_TOLERANCE`].
    share: f64,
    /// The fact.
    fact: &'f crate::facts::Fact,
    /// The code of the currency the fact is the rate of ("EUR").
    currency: String,
}

/// The fact base's exchange rate between the currencies of `first` and `second`, of the
/// article's time: an `exchange_rate` fact of the entity whose id is a currency's code (in
/// lower case: `eur`), stated in the other currency, within [`RATE_YEARS`] of the article's
/// date (the latest, for an undated article). Either way round.
fn exchange_rate<'d>(
    document: &Document<'d>,
    first: &Quantity,
    second: &Quantity,
) -> Option<ExchangeRate<'d>> {
    let base = document.base;
    let rates = |from: &str, to: &str| -> Vec<&'d crate::facts::Fact> {
        match base.entity_index(&from.to_ascii_lowercase()) {
            Some(e) => base
                .facts_for(e, "exchange_rate", None)
                .filter(|f| f.value.quantity.unit == to && f.value.low > 0.0)
                .collect(),
            None => Vec::new(),
        }
    };
    let direct = rates(&first.unit, &second.unit)
        .into_iter()
        .map(|f| (f.value.low, f));
    let inverse = rates(&second.unit, &first.unit)
        .into_iter()
        .map(|f| (1.0 / f.value.low, f));
    // An undated article has no time to pick a rate for.
    let article = document.article?;
    let year_gap =
        |f: &crate::facts::Fact| f.as_of_date.map(|date| (date.year - article.year).abs());
    let (factor, fact) = direct
        .chain(inverse)
        .filter(|(_, f)| year_gap(f).is_some_and(|gap| gap <= RATE_YEARS))
        .min_by_key(|(_, f)| (year_gap(f), std::cmp::Reverse(f.as_of_date)))?;
    let share = match fact.tolerance {
        Some(t) => t.amount(fact.value.low) / fact.value.low,
        None => RATE_TOLERANCE,
    };
    Some(ExchangeRate {
        factor,
        share,
        fact,
        currency: base.entities[fact.entity].id.to_ascii_uppercase(),
    })
}

/// Says what a failed currency conversion should have been: "$150 does not convert 100
/// euros, which is about 108 USD at the fact base's rate (1 EUR = 1.08 USD, 2024-06)".
fn rate_message(first: &Quantity, second: &Quantity, rate: &ExchangeRate<'_>) -> String {
    let (from, to) = (first.text.trim(), second.text.trim());
    let converted = crate::quantity::display::readable_number(
        crate::quantity::display::round_significant(first.si.low * rate.factor, 3),
    );
    let date = rate
        .fact
        .as_of
        .as_deref()
        .map_or(String::new(), |d| format!(", {d}"));
    format!(
        "{to} does not convert {from}, which is about {converted} {} at the fact base's rate \
         (1 {} = {}{date})",
        second.unit,
        rate.currency,
        rate.fact.value.describe()
    )
}

/// Says what a failed conversion should have been: "5,000 miles does not convert 15,000 km,
/// which is about 9,321 mi".
pub fn conversion_message(first: &Quantity, second: &Quantity) -> String {
    let (from, to) = (first.text.trim(), second.text.trim());
    match crate::quantity::units::by_symbol(&second.unit) {
        Some(unit) => {
            let show = |si: f64| group_thousands(&format_number(unit.from_si(si).round()));
            let shown = if first.si.low == first.si.high {
                show(first.si.low)
            } else {
                format!("{}–{}", show(first.si.low), show(first.si.high))
            };
            format!(
                "{to} does not convert {from}, which is about {shown} {}",
                second.unit
            )
        }
        None => format!("{to} does not convert {from}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fails(text: &str) -> bool {
        let found = crate::quantity::extract(text);
        assert_eq!(found.len(), 2, "{text}: {found:#?}");
        assert!(is_conversion_of(text, &found[0], &found[1]), "{text}");
        Conversion::of_units(Allowances::default()).fails(&found[0], &found[1])
    }

    #[test]
    fn rounded_conversions_convert() {
        for right in [
            "3 km (2 mi)",
            "7 km (4 mi)",
            "2 km (1 mi)",
            "2 m (7 ft)",
            "1 kg (2 lb)",
            "3 kg (7 lb)",
            "6 ft (2 m)",
            "1 sq mi (3 sq km)",
            "15,000 km (9,300 miles)",
        ] {
            assert!(!fails(right), "{right} converts");
        }
        for wrong in ["7 km (9 mi)", "50 km (50 miles)", "15,000 km (5,000 miles)"] {
            assert!(fails(wrong), "{wrong} does not convert");
        }
    }
}
