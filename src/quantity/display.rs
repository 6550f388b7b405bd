//! Numbers written for people: the one place that decides how a value reads in a message
//! or a report ("12,300", "2.5", no trailing ".0").

/// Formats a number for people: no trailing `.0`, no exponent for ordinary magnitudes.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// Writes digits with thousands separators: "12300" → "12,300".
pub fn group_thousands(number: &str) -> String {
    let (sign, digits) = number.strip_prefix('-').map_or(("", number), |d| ("-", d));
    let (whole, fraction) = digits
        .split_once('.')
        .map_or((digits, None), |(w, f)| (w, Some(f)));
    if whole.len() <= 3 {
        return number.to_string();
    }
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// `value` rounded to `digits` significant digits, for a message ("9,321" to three is
/// "9,320").
pub fn round_significant(value: f64, digits: i32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let factor = 10f64.powi(digits - 1 - magnitude);
    (value * factor).round() / factor
}

/// Writes a number as people read large ones: "3.732 trillion", "55.8 million" when at most
/// three decimals of the scale word say it exactly; other numbers with separators
/// ("55,751,717", "1,739").
pub fn readable_number(value: f64) -> String {
    const SCALES: [(f64, &str); 3] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];
    for (scale, word) in SCALES {
        let scaled = value / scale;
        if scaled.abs() < 1.0 || scaled.abs() >= 1000.0 {
            continue;
        }
        // At most three decimals of the scale word, else the digits say it better.
        let thousandths = scaled * 1000.0;
        if (thousandths - thousandths.round()).abs() <= 1e-6 * thousandths.abs().max(1.0) {
            let rounded = thousandths.round() / 1000.0;
            return format!("{} {word}", format_number(rounded));
        }
    }
    group_thousands(&format_number(value))
}

#[cfg(test)]
mod tests {
    use super::readable_number;

    #[test]
    fn large_numbers_read_with_scale_words() {
        assert_eq!(readable_number(3_732_000_000_000.0), "3.732 trillion");
        assert_eq!(readable_number(55_800_000.0), "55.8 million");
        assert_eq!(readable_number(55_751_717.0), "55,751,717");
        assert_eq!(readable_number(1_739.0), "1,739");
        assert_eq!(readable_number(2_000_000.0), "2 million");
    }
}
