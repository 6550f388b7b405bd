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
hours in all)\"), when words after it say it is something else (\"in all\", \"in total\",
\"per\", \"a year\", \"at today's prices\", a year), or between currencies: an amount in
another currency needs an exchange rate of a date, which numfact does not guess.

## Why it matters
A wrong conversion is an error a reader can spot without any reference, and it usually means
one of the two figures was edited without the other.

## Example
\"a range of 15,000 km (5,000 miles)\": 5,000 miles does not convert 15,000 km, which is about
9,321 mi.",
    aliases: &[],
};

/// Reports each bracketed conversion that does not convert.
pub fn check(document: &Document<'_>, findings: &mut [Finding]) {
    for (index, pair) in document.quantities.windows(2).enumerate() {
        let [first, second] = pair else { continue };
        if !is_conversion_of(document.text, first, second)
            || !conversion_fails(first, second, document.allowances)
        {
            continue;
        }
        let finding = &mut findings[index + 1];
        finding.add_related(document.related(first));
        let conversion = conversion_message(first, second);
        if finding.verdict == Verdict::Contradicted {
            let mut parts = finding.parts.clone();
            parts.addendum = Some(conversion);
            finding.reword(parts);
        } else {
            finding.report(&RULE, MessageParts::summary(conversion));
        }
    }
}

/// Words right after a bracketed figure that make it something other than a conversion of
/// the figure before: a total, a rate, another time.
const NOT_A_CONVERSION: &[&str] = &[
    "in all",
    "in total",
    "total",
    "altogether",
    "combined",
    "overall",
    "together",
    "per ",
    "a ",
    "an ",
    "each",
    "apiece",
    "at today",
    "in today",
    "today",
    "adjusted",
    "in real terms",
    "more",
    "less",
    "fewer",
    "higher",
    "lower",
    "earlier",
    "later",
    "ago",
    "before",
    "after",
    "up ",
    "down ",
    "then",
    "now",
    "last",
    "next",
];

/// True when `second` is written in brackets (or after ", or") right after `first`, in
/// another unit of the same dimension, and nothing after it says it is not a conversion.
/// Currencies are never conversions of one another without an exchange rate.
pub fn is_conversion_of(text: &str, first: &Quantity, second: &Quantity) -> bool {
    if first.dimension != second.dimension
        || matches!(first.dimension, Dimension::Count | Dimension::Currency)
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
    let after = &text[second.end..];
    let after = match (bracketed, after.find(')')) {
        (true, Some(close)) => &after[..close],
        _ => &after[..after.len().min(24)],
    };
    let after = after.trim_start().to_ascii_lowercase();
    let says_otherwise = NOT_A_CONVERSION.iter().any(|w| after.starts_with(w));
    let names_a_year = !crate::check::clause::years_named(&after, 0, 0).is_empty();
    !says_otherwise && !names_a_year
}

/// True when a conversion does not convert: neither figure, converted into the other's
/// unit, rounds to the other at the precision that one is written with (a round number to
/// 5%), allowing [`CONVERSION_TOLERANCE`] more, and the approximation allowance when either
/// says "about". Ranges are compared end by end.
pub fn conversion_fails(first: &Quantity, second: &Quantity, allowances: Allowances) -> bool {
    !rounds_to(first, second, allowances) && !rounds_to(second, first, allowances)
}

/// Whether `to` is `from` converted and rounded at the precision `to` is written with.
fn rounds_to(from: &Quantity, to: &Quantity, allowances: Allowances) -> bool {
    let (below, above) = implied_half_widths(to);
    let mut share = CONVERSION_TOLERANCE;
    if from.qualifier.is_some() || to.qualifier.is_some() {
        share += allowances.approximation;
    }
    // Temperatures are compared in degrees: a share of an absolute temperature means little.
    let slack = |v: f64| {
        if to.dimension == Dimension::Temperature {
            0.0
        } else {
            v.abs() * share
        }
    };
    let agrees = |si: f64, stated: f64, half: f64| {
        // A hair more for floating point.
        (si - stated).abs() <= half + slack(stated) + 1e-9 * stated.abs().max(1.0)
    };
    agrees(from.si.low, to.si.low, below) && agrees(from.si.high, to.si.high, above)
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
        conversion_fails(&found[0], &found[1], Allowances::default())
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
