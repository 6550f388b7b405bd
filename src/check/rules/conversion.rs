//! `NF202`: a conversion in brackets that does not convert ("15,000 km (5,000 miles)").

use super::Rule;
use crate::check::message::MessageParts;
use crate::check::{Document, Finding, Severity, Verdict};
use crate::quantity::display::{format_number, group_thousands};
use crate::quantity::{Dimension, Quantity};

/// How far a conversion in brackets may differ from the figure it converts: 5 %, or 10 % when
/// the conversion says "about".
const CONVERSION_TOLERANCE: f64 = 0.05;

/// `NF202`.
pub static RULE: Rule = Rule {
    code: "NF202",
    name: "conversion",
    verdict: Some(Verdict::Inconsistent),
    default_severity: Severity::Error,
    summary: "A conversion in brackets does not convert the figure before it.",
    docs: "## What it does
Reads a quantity written in brackets (or after \", or\") right after another of the same
dimension as its conversion, and reports it when the two differ by more than 5% (10% when the
conversion says \"about\"; temperatures by more than 1 degree). The message says what the
conversion should have been. When the first figure is already contradicted by the fact base,
the conversion is added to that finding's message.

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
        if !is_conversion_of(document.text, first, second) || !conversion_fails(first, second) {
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

/// True when `second` is written in brackets right after `first` ("15,000 km (9,300 miles)").
pub fn is_conversion_of(text: &str, first: &Quantity, second: &Quantity) -> bool {
    if first.dimension != second.dimension
        || first.dimension == Dimension::Count
        || second.start < first.end
    {
        return false;
    }
    let between = text[first.end..second.start].trim();
    between == "(" || between == "(or" || between == ", or"
}

/// True when a conversion does not convert: the two values differ by more than rounding.
pub fn conversion_fails(first: &Quantity, second: &Quantity) -> bool {
    let allowance = if second.qualifier.is_some() {
        2.0 * CONVERSION_TOLERANCE
    } else {
        CONVERSION_TOLERANCE
    };
    let differs = |a: f64, b: f64| {
        if first.dimension == Dimension::Temperature {
            (a - b).abs() > 1.0
        } else {
            (a - b).abs() > allowance * a.abs().max(b.abs())
        }
    };
    differs(first.si.low, second.si.low) || differs(first.si.high, second.si.high)
}

/// Says what a failed conversion should have been: "5,000 miles does not convert 15,000 km,
/// which is about 9,321 mi".
pub fn conversion_message(first: &Quantity, second: &Quantity) -> String {
    let (from, to) = (first.text.trim(), second.text.trim());
    match crate::quantity::units::by_symbol(&second.unit) {
        Some(unit) => {
            let value = unit.from_si(first.si.low);
            let shown = group_thousands(&format_number(value.round()));
            format!(
                "{to} does not convert {from}, which is about {shown} {}",
                second.unit
            )
        }
        None => format!("{to} does not convert {from}"),
    }
}
