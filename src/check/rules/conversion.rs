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

/// True when a conversion does not convert: the two values differ by more than 5% (10% after
/// "about"; a degree for temperatures), and neither is the other converted and rounded at
/// the precision it is written with.
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
    let fails = differs(first.si.low, second.si.low) || differs(first.si.high, second.si.high);
    fails && !rounds_to(first, second) && !rounds_to(second, first)
}

/// Whether `to`, as written, is `from` converted into `to`'s unit and rounded at the
/// precision `to` is written with: "3 km (2 mi)" is right, since 3 km is 1.86 mi and "2" is
/// written to the mile; "7 km (4 mi)", "2 m (7 ft)", "1 sq mi (3 sq km)" likewise.
fn rounds_to(from: &Quantity, to: &Quantity) -> bool {
    let Some(unit) = crate::quantity::units::by_symbol(&to.unit) else {
        return false;
    };
    let step = |stated: f64| {
        let written = format_number(stated);
        let decimals = written.split_once('.').map_or(0, |(_, f)| f.len());
        10f64.powi(-(decimals as i32))
    };
    let agrees = |si: f64, stated: f64| {
        let converted = unit.from_si(si);
        // Half a step, and a hair more for floating point.
        (converted - stated).abs() <= step(stated) / 2.0 + 1e-9 * stated.abs().max(1.0)
    };
    agrees(from.si.low, to.low) && agrees(from.si.high, to.high)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn fails(text: &str) -> bool {
        let found = crate::quantity::extract(text);
        assert_eq!(found.len(), 2, "{text}: {found:#?}");
        assert!(is_conversion_of(text, &found[0], &found[1]), "{text}");
        conversion_fails(&found[0], &found[1])
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
