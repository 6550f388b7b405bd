//! Checks of an article against itself: the same thing stated twice with values that cannot
//! both hold, a parenthetical conversion that does not convert, and "hypersonic" or
//! "supersonic" beside a speed that belies it.

use super::verify::{Allowances, claim_interval};
use crate::quantity::display::{format_number, group_thousands};
use crate::quantity::{Dimension, Quantity, units::MACH_METRES_PER_SECOND};

/// How far a conversion in brackets may differ from the figure it converts: 5 %, or 10 % when
/// the conversion says "about".
const CONVERSION_TOLERANCE: f64 = 0.05;

/// True when two claims about the same entity and attribute cannot both hold. A 2 % slack
/// allows for rounding.
pub fn disagree(a: &Quantity, b: &Quantity, allowances: Allowances) -> bool {
    let (x, _) = claim_interval(a, allowances);
    let (y, _) = claim_interval(b, allowances);
    let slack = |v: f64| v.abs() * 0.02;
    x.high + slack(x.high) < y.low - slack(y.low) || y.high + slack(y.high) < x.low - slack(x.low)
}

/// True when `second` is written in brackets right after `first` ("15,000 km (9,300 miles)").
pub fn is_conversion_of(text: &str, first: &Quantity, second: &Quantity) -> bool {
    if first.dimension != second.dimension
        || first.dimension == Dimension::Count
        || second.start < first.end
    {
        return false;
    }
    let between = &text[first.end..second.start];
    between.trim() == "(" || between.trim() == "(or" || between.trim() == ", or"
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

/// The lowest speed that "hypersonic" allows (Mach 5) and the speed "supersonic" must exceed
/// (Mach 1), in m/s; the word and its threshold.
pub const SPEED_WORDS: &[(&str, f64)] = &[
    ("hypersonic", 5.0 * MACH_METRES_PER_SECOND),
    ("supersonic", MACH_METRES_PER_SECOND),
];

/// The speed word that `q` belies, if `q` is a speed below the word's threshold. A claim of a
/// maximum ("up to") or a lower bound is not belied by being low.
pub fn belied_speed_word(
    q: &Quantity,
    word: &str,
    threshold: f64,
    allowances: Allowances,
) -> Option<String> {
    if q.dimension != Dimension::Velocity {
        return None;
    }
    let (interval, open) = claim_interval(q, allowances);
    // 5 % slack for rounding ("Mach 4.8" as hypersonic is a stretch, not an error).
    if !open && interval.high < threshold * 0.95 {
        Some(word.to_string())
    } else {
        None
    }
}
