//! Hand-written checks of every example in DESIGN.md's "What the grammar must read" list, each
//! placed in a short sentence, plus the list of things that are not quantities and the
//! acceptance check on text equivalent to the Kim/Russia corpus article.
//!
//! The expected values here were worked out by hand from the unit definitions (international
//! yard and pound, ICAO sea-level speed of sound 340.294 m/s for Mach, US gallon, …), never
//! copied from the program's output. Each test collects every mismatch before failing, so one
//! run lists all of them.
//!
//! Conventions the expectations follow (the engine's documented choices, checked as such):
//! a "year" is 365 days (uom's `year`), a "month" a twelfth of that; "ton(s)" is the US short
//! ton (2,000 lb); "pounds" without a scale word are pounds of mass, with one ("5 million
//! pounds") sterling; "degrees" alone are degrees Celsius; "hp" is mechanical horsepower.

use numfact::quantity::{Dimension, Kind, Qualifier, Quantity, extract};

// ---------------------------------------------------------------------------------------------
// Exact conversion factors to SI, from their definitions.
// ---------------------------------------------------------------------------------------------

/// International foot, yard, mile (1959), nautical mile, inch.
const FT: f64 = 0.3048;
const YD: f64 = 0.9144;
const MI: f64 = 1609.344;
const NMI: f64 = 1852.0;
const INCH: f64 = 0.0254;
/// International avoirdupois pound, and the short ton of 2,000 of them.
const LB: f64 = 0.453_592_37;
const SHORT_TON: f64 = 2000.0 * LB;
/// Speeds.
const KMH: f64 = 1000.0 / 3600.0;
const MPH: f64 = MI / 3600.0;
const KNOT: f64 = NMI / 3600.0;
const MACH: f64 = 340.294;
/// Durations (a year of 365 days, see the module comment).
const MINUTE: f64 = 60.0;
const HOUR: f64 = 3600.0;
const DAY: f64 = 86_400.0;
const WEEK: f64 = 7.0 * DAY;
const YEAR: f64 = 365.0 * DAY;
/// Areas: international acre (1/640 square mile), square mile.
const SQ_MI: f64 = MI * MI;
const ACRE: f64 = SQ_MI / 640.0;
/// Volumes: US liquid gallon (231 cubic inches), oil barrel (42 US gallons).
const GALLON: f64 = 231.0 * INCH * INCH * INCH;
const BARREL: f64 = 42.0 * GALLON;
/// Energy: a ton of TNT is 4.184 GJ by convention.
const KILOTON_TNT: f64 = 4.184e12;
const MEGATON_TNT: f64 = 4.184e15;
/// Mechanical horsepower: 550 foot-pounds-force per second (g = 9.80665 m/s²).
const HP: f64 = 550.0 * FT * LB * 9.806_65;

fn celsius(c: f64) -> f64 {
    c + 273.15
}

fn fahrenheit(f: f64) -> f64 {
    (f + 459.67) * 5.0 / 9.0
}

// ---------------------------------------------------------------------------------------------
// Expectations and the checker.
// ---------------------------------------------------------------------------------------------

/// What one quantity must look like.
#[derive(Debug, Clone)]
struct Expect {
    text: &'static str,
    kind: Kind,
    qualifier: Option<Qualifier>,
    low: f64,
    high: f64,
    unit: &'static str,
    dimension: Dimension,
    si_low: f64,
    si_high: f64,
    si_unit: &'static str,
}

impl Expect {
    /// One stated value `low` in `unit`; the SI value is set with [`Expect::si`].
    fn value(text: &'static str, low: f64, unit: &'static str, dimension: Dimension) -> Self {
        Expect {
            text,
            kind: Kind::Value,
            qualifier: None,
            low,
            high: low,
            unit,
            dimension,
            si_low: f64::NAN,
            si_high: f64::NAN,
            si_unit: "",
        }
    }

    /// A range `low`–`high` in `unit`; the SI values are set with [`Expect::si_range`].
    fn range(
        text: &'static str,
        (low, high): (f64, f64),
        unit: &'static str,
        dimension: Dimension,
    ) -> Self {
        Expect {
            kind: Kind::Range,
            high,
            ..Expect::value(text, low, unit, dimension)
        }
    }

    /// A count of `noun`: its "SI" value is the count itself, its unit the noun.
    fn count(text: &'static str, n: f64, noun: &'static str) -> Self {
        Expect::value(text, n, noun, Dimension::Count).si(n, noun)
    }

    /// Money: the SI unit is the ISO code, the value unchanged.
    fn money(text: &'static str, amount: f64, code: &'static str) -> Self {
        Expect::value(text, amount, code, Dimension::Currency).si(amount, code)
    }

    fn si(self, value: f64, unit: &'static str) -> Self {
        self.si_range(value, value, unit)
    }

    fn si_range(mut self, low: f64, high: f64, unit: &'static str) -> Self {
        self.si_low = low;
        self.si_high = high;
        self.si_unit = unit;
        self
    }

    fn qualified(mut self, qualifier: Qualifier) -> Self {
        self.qualifier = Some(qualifier);
        self
    }
}

/// Equal within a relative tolerance of 1e-9 (exactly equal for zero).
fn approx(actual: f64, expected: f64) -> bool {
    if actual == expected {
        return true;
    }
    let scale = actual.abs().max(expected.abs());
    (actual - expected).abs() <= 1e-9 * scale
}

/// Compares one quantity with its expectation; returns a description of every difference.
fn differences(q: &Quantity, e: &Expect) -> Vec<String> {
    let mut out = Vec::new();
    if q.text != e.text {
        out.push(format!("text {:?}, expected {:?}", q.text, e.text));
    }
    if q.kind != e.kind {
        out.push(format!("kind {:?}, expected {:?}", q.kind, e.kind));
    }
    if q.qualifier != e.qualifier {
        out.push(format!(
            "qualifier {:?}, expected {:?}",
            q.qualifier, e.qualifier
        ));
    }
    if !approx(q.low, e.low) || !approx(q.high, e.high) {
        out.push(format!(
            "stated {}..{}, expected {}..{}",
            q.low, q.high, e.low, e.high
        ));
    }
    if q.unit != e.unit {
        out.push(format!("unit {:?}, expected {:?}", q.unit, e.unit));
    }
    if q.dimension != e.dimension {
        out.push(format!(
            "dimension {:?}, expected {:?}",
            q.dimension, e.dimension
        ));
    }
    if !approx(q.si.low, e.si_low) || !approx(q.si.high, e.si_high) || q.si.unit != e.si_unit {
        out.push(format!(
            "si {}..{} {}, expected {}..{} {}",
            q.si.low, q.si.high, q.si.unit, e.si_low, e.si_high, e.si_unit
        ));
    }
    out
}

/// Checks that each sentence yields exactly its one expected quantity, at the right offsets;
/// panics with the full list of failures.
fn check_all(cases: &[(&str, Expect)]) {
    let mut failures = Vec::new();
    for (sentence, expect) in cases {
        let found = extract(sentence);
        let texts: Vec<&str> = found.iter().map(|q| q.text.as_str()).collect();
        if found.len() != 1 {
            failures.push(format!(
                "{sentence:?}: found {texts:?}, expected only {:?}",
                expect.text
            ));
            continue;
        }
        let q = &found[0];
        match sentence.find(expect.text) {
            Some(start) if q.start == start && q.end == start + expect.text.len() => {}
            _ => failures.push(format!(
                "{sentence:?}: span {}..{} ({:?}) is not where {:?} stands",
                q.start, q.end, q.text, expect.text
            )),
        }
        let diffs = differences(q, expect);
        if !diffs.is_empty() {
            failures.push(format!("{sentence:?}: {}", diffs.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n  {}",
        failures.len(),
        cases.len(),
        failures.join("\n  ")
    );
}

use Dimension::{
    Area, Currency, Duration, Energy, Length, Mass, Percent, Power, Temperature, Velocity, Volume,
};

// ---------------------------------------------------------------------------------------------
// Numerals.
// ---------------------------------------------------------------------------------------------

#[test]
fn numerals() {
    check_all(&[
        (
            "The missile has a range of 1,500 km.",
            Expect::value("1,500 km", 1500.0, "km", Length).si(1.5e6, "m"),
        ),
        (
            "The missile has a range of 1500 km.",
            Expect::value("1500 km", 1500.0, "km", Length).si(1.5e6, "m"),
        ),
        (
            "The barrel is 2.05 metres long.",
            Expect::value("2.05 metres", 2.05, "m", Length).si(2.05, "m"),
        ),
        (
            "Overnight the temperature fell to -30 °C.",
            Expect::value("-30 °C", -30.0, "°C", Temperature).si(celsius(-30.0), "K"),
        ),
        (
            "The city is home to 1.5 million people.",
            Expect::count("1.5 million people", 1.5e6, "people"),
        ),
        (
            "The fund now holds 3bn euros.",
            Expect::money("3bn euros", 3e9, "EUR"),
        ),
        (
            "The company sold 3bn shares.",
            Expect::count("3bn shares", 3e9, "shares"),
        ),
        (
            "The contract is worth $3.5 billion.",
            Expect::money("$3.5 billion", 3.5e9, "USD"),
        ),
        (
            "The navy sent ten ships.",
            Expect::count("ten ships", 10.0, "ships"),
        ),
        (
            "The army moved two thousand troops.",
            Expect::count("two thousand troops", 2000.0, "troops"),
        ),
        (
            "Officials counted a dozen drones.",
            Expect::count("a dozen drones", 12.0, "drones"),
        ),
        (
            "The convoy stretched for half a mile.",
            Expect::value("half a mile", 0.5, "mi", Length).si(0.5 * MI, "m"),
        ),
        (
            "The runway is three-quarters of a mile long.",
            Expect::value("three-quarters of a mile", 0.75, "mi", Length).si(0.75 * MI, "m"),
        ),
        (
            "It carries a 500-kilogram warhead.",
            Expect::value("500-kilogram", 500.0, "kg", Mass).si(500.0, "kg"),
        ),
        (
            "The bomber made a 2,000-km flight.",
            Expect::value("2,000-km", 2000.0, "km", Length).si(2e6, "m"),
        ),
        (
            "Crews work a 12-hour shift.",
            Expect::value("12-hour", 12.0, "h", Duration).si(12.0 * HOUR, "s"),
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Ranges.
// ---------------------------------------------------------------------------------------------

#[test]
fn ranges() {
    let km = |text| Expect::range(text, (1500.0, 2000.0), "km", Length).si_range(1.5e6, 2e6, "m");
    check_all(&[
        (
            "It has a range of 1,500 to 2,000 km.",
            km("1,500 to 2,000 km"),
        ),
        (
            "It has a range of 1,500\u{2013}2,000 km.",
            km("1,500\u{2013}2,000 km"),
        ),
        ("It has a range of 1,500-2,000 km.", km("1,500-2,000 km")),
        (
            "It has a range of 1,500 km to 2,000 km.",
            km("1,500 km to 2,000 km"),
        ),
        (
            "The shells land between 300 and 500 metres away.",
            Expect::range("between 300 and 500 metres", (300.0, 500.0), "m", Length)
                .si_range(300.0, 500.0, "m"),
        ),
        (
            "The drones fly from 5 to 10 km inland.",
            Expect::range("from 5 to 10 km", (5.0, 10.0), "km", Length)
                .si_range(5000.0, 10_000.0, "m"),
        ),
        (
            "The strike displaced between 1 and 2 million people.",
            Expect::range(
                "between 1 and 2 million people",
                (1e6, 2e6),
                "people",
                Dimension::Count,
            )
            .si_range(1e6, 2e6, "people"),
        ),
        (
            "The bill adds £3 billion to £4 billion.",
            Expect::range("£3 billion to £4 billion", (3e9, 4e9), "GBP", Currency)
                .si_range(3e9, 4e9, "GBP"),
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Qualifiers.
// ---------------------------------------------------------------------------------------------

#[test]
fn qualifiers() {
    use Qualifier::{Approximately, AtLeast, AtMost, LessThan, MoreThan, UpTo};
    let phrases: [(&'static str, Qualifier); 17] = [
        ("approximately 50 km", Approximately),
        ("about 50 km", Approximately),
        ("around 50 km", Approximately),
        ("roughly 50 km", Approximately),
        ("some 50 km", Approximately),
        ("nearly 50 km", Approximately),
        ("almost 50 km", Approximately),
        ("up to 50 km", UpTo),
        ("at most 50 km", AtMost),
        ("no more than 50 km", AtMost),
        ("at least 50 km", AtLeast),
        ("more than 50 km", MoreThan),
        ("over 50 km", MoreThan),
        ("exceeding 50 km", MoreThan),
        ("less than 50 km", LessThan),
        ("under 50 km", LessThan),
        ("below 50 km", LessThan),
    ];
    let sentences: Vec<String> = phrases
        .iter()
        .map(|(phrase, _)| format!("The drone flew {phrase} before it crashed."))
        .collect();
    let cases: Vec<(&str, Expect)> = sentences
        .iter()
        .zip(phrases)
        .map(|(sentence, (phrase, qualifier))| {
            (
                sentence.as_str(),
                Expect::value(phrase, 50.0, "km", Length)
                    .si(50_000.0, "m")
                    .qualified(qualifier),
            )
        })
        .collect();
    check_all(&cases);
}

/// Verbs of exceeding are "more than"; "over" before a span of time is not, unless the span
/// is an age; bounds that leave no room between them are two claims, not a range.
#[test]
fn bounds_in_context() {
    check_all(&[
        (
            "Sales exceeded 3,000 units.",
            Expect::count("exceeded 3,000 units", 3000.0, "units").qualified(Qualifier::MoreThan),
        ),
        (
            "He is over thirty years old.",
            Expect::value("over thirty years old", 30.0, "yr", Dimension::Duration)
                .si(30.0 * YEAR, "s")
                .qualified(Qualifier::MoreThan),
        ),
        (
            "A man aged 45 was arrested.",
            Expect::value("45", 45.0, "yr", Dimension::Duration).si(45.0 * YEAR, "s"),
        ),
        (
            "The war lasted over five years.",
            Expect::value("five years", 5.0, "yr", Dimension::Duration).si(5.0 * YEAR, "s"),
        ),
    ]);
    check_all(&[
        (
            "Overnight it fell to 10 degrees below zero.",
            Expect::value("10 degrees below zero", -10.0, "°", Dimension::Temperature)
                .si(celsius(-10.0), "K"),
        ),
        (
            "Each bag holds between 2 g and about 7 g.",
            Expect::range(
                "between 2 g and about 7 g",
                (2.0, 7.0),
                "g",
                Dimension::Mass,
            )
            .si_range(0.002, 0.007, "kg"),
        ),
        (
            "The village is 3km-5km away.",
            Expect::range("3km-5km", (3.0, 5.0), "km", Dimension::Length)
                .si_range(3000.0, 5000.0, "m"),
        ),
    ]);
    // A glued "m" before things counted or a unit is millions; after "the", or before a
    // word that is not counted, it is metres.
    check_all(&[
        (
            "The vaccine reached 40m people.",
            Expect::count("40m people", 40e6, "people"),
        ),
        (
            "Exports fell to 20m tonnes.",
            Expect::value("20m tonnes", 20e6, "t", Dimension::Mass).si(20e9, "kg"),
        ),
        (
            "The margin of error is plus or minus 3 percentage points.",
            Expect::value("3 percentage points", 3.0, "pp", Dimension::Percent).si(3.0, "%"),
        ),
        (
            "She won the 400m hurdles.",
            Expect::value("400m", 400.0, "m", Dimension::Length).si(400.0, "m"),
        ),
        (
            "The cliff is a 40m drop.",
            Expect::value("40m", 40.0, "m", Dimension::Length).si(40.0, "m"),
        ),
    ]);
    check_all(&[
        (
            "It was more than 5 below zero.",
            Expect::value("more than 5 below zero", -5.0, "°", Dimension::Temperature)
                .si(celsius(-5.0), "K")
                .qualified(Qualifier::LessThan),
        ),
        (
            "Speeds must not exceed 50 mph.",
            Expect::value("not exceed 50 mph", 50.0, "mph", Dimension::Velocity)
                .si(50.0 * MPH, "m/s")
                .qualified(Qualifier::AtMost),
        ),
    ]);
    // Lists are not compounds, and coins join only a whole amount right before them.
    for (sentence, expected) in [
        (
            "It comes in 1 TB, 512 GB and 256 GB.",
            &["1 TB", "512 GB", "256 GB"][..],
        ),
        ("The 2 GHz and 800 MHz bands.", &["2 GHz", "800 MHz"][..]),
        (
            "Stamps cost $1.20 and 85 cents.",
            &["$1.20", "85 cents"][..],
        ),
        ("It cost ¥500 and 20 cents.", &["¥500", "20 cents"][..]),
    ] {
        let texts: Vec<String> = extract(sentence).into_iter().map(|q| q.text).collect();
        assert_eq!(texts, expected, "{sentence:?}");
    }
    let texts: Vec<String> = extract("More than 40 and less than 10 cannot both hold.")
        .into_iter()
        .map(|q| q.text)
        .collect();
    assert_eq!(texts, ["More than 40", "less than 10"]);
}

// ---------------------------------------------------------------------------------------------
// Speeds.
// ---------------------------------------------------------------------------------------------

#[test]
fn speeds() {
    let v =
        |text, n, unit, factor: f64| Expect::value(text, n, unit, Velocity).si(n * factor, "m/s");
    check_all(&[
        // Regression guard: a spelling "km/h." once swallowed the sentence's full stop.
        (
            "The jet cruised at 900 km/h.",
            v("900 km/h", 900.0, "km/h", KMH),
        ),
        (
            "The jet cruised at 900 km/h today.",
            v("900 km/h", 900.0, "km/h", KMH),
        ),
        (
            "The jet cruised at 900 kilometres per hour.",
            v("900 kilometres per hour", 900.0, "km/h", KMH),
        ),
        (
            "The jet cruised at 900 kilometers per hour.",
            v("900 kilometers per hour", 900.0, "km/h", KMH),
        ),
        (
            "The truck was doing 60 miles an hour.",
            v("60 miles an hour", 60.0, "mph", MPH),
        ),
        (
            "The truck was doing 60 miles per hour.",
            v("60 miles per hour", 60.0, "mph", MPH),
        ),
        ("The truck was doing 60 mph.", v("60 mph", 60.0, "mph", MPH)),
        (
            "The carrier steamed at 30 knots.",
            v("30 knots", 30.0, "kn", KNOT),
        ),
        ("The current ran at 1 knot.", v("1 knot", 1.0, "kn", KNOT)),
        ("Gusts reached 20 m/s.", v("20 m/s", 20.0, "m/s", 1.0)),
        (
            "Gusts reached 20 metres per second.",
            v("20 metres per second", 20.0, "m/s", 1.0),
        ),
        (
            "The missile reached Mach 10.",
            v("Mach 10", 10.0, "Mach", MACH),
        ),
        (
            "The jet reached Mach 2.05 in the test.",
            v("Mach 2.05", 2.05, "Mach", MACH),
        ),
        (
            "The missile flies 10 times faster than the speed of sound.",
            v(
                "10 times faster than the speed of sound",
                10.0,
                "Mach",
                MACH,
            ),
        ),
        (
            "The missile flies at ten times the speed of sound.",
            v("ten times the speed of sound", 10.0, "Mach", MACH),
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Units of every dimension, British and American spellings, singular and plural.
// ---------------------------------------------------------------------------------------------

#[test]
fn lengths() {
    let l = |text, n, unit, factor: f64| Expect::value(text, n, unit, Length).si(n * factor, "m");
    let cases: Vec<(&str, Expect)> = vec![
        ("The crack was 5 mm wide.", l("5 mm", 5.0, "mm", 1e-3)),
        (
            "The crack was 1 millimetre wide.",
            l("1 millimetre", 1.0, "mm", 1e-3),
        ),
        (
            "The crack was 5 millimetres wide.",
            l("5 millimetres", 5.0, "mm", 1e-3),
        ),
        (
            "The crack was 5 millimeters wide.",
            l("5 millimeters", 5.0, "mm", 1e-3),
        ),
        ("The hole was 5 cm deep.", l("5 cm", 5.0, "cm", 1e-2)),
        (
            "The hole was 1 centimetre deep.",
            l("1 centimetre", 1.0, "cm", 1e-2),
        ),
        (
            "The hole was 5 centimeters deep.",
            l("5 centimeters", 5.0, "cm", 1e-2),
        ),
        ("The wall is 5 m high.", l("5 m", 5.0, "m", 1.0)),
        ("The wall is 1 metre high.", l("1 metre", 1.0, "m", 1.0)),
        ("The wall is 5 metres high.", l("5 metres", 5.0, "m", 1.0)),
        ("The wall is 1 meter high.", l("1 meter", 1.0, "m", 1.0)),
        ("The wall is 5 meters high.", l("5 meters", 5.0, "m", 1.0)),
        ("The road is 5 km long.", l("5 km", 5.0, "km", 1e3)),
        (
            "The road is 1 kilometre long.",
            l("1 kilometre", 1.0, "km", 1e3),
        ),
        (
            "The road is 5 kilometres long.",
            l("5 kilometres", 5.0, "km", 1e3),
        ),
        (
            "The road is 1 kilometer long.",
            l("1 kilometer", 1.0, "km", 1e3),
        ),
        (
            "The road is 5 kilometers long.",
            l("5 kilometers", 5.0, "km", 1e3),
        ),
        ("The mast is 40 ft tall.", l("40 ft", 40.0, "ft", FT)),
        ("The mast is 1 foot taller.", l("1 foot", 1.0, "ft", FT)),
        ("The mast is 40 feet tall.", l("40 feet", 40.0, "ft", FT)),
        ("The pass fell 5 yd short.", l("5 yd", 5.0, "yd", YD)),
        ("The pass fell 1 yard short.", l("1 yard", 1.0, "yd", YD)),
        ("The pass fell 5 yards short.", l("5 yards", 5.0, "yd", YD)),
        ("The town is 5 mi away.", l("5 mi", 5.0, "mi", MI)),
        ("The town is 1 mile away.", l("1 mile", 1.0, "mi", MI)),
        ("The town is one mile away.", l("one mile", 1.0, "mi", MI)),
        ("The town is 5 miles away.", l("5 miles", 5.0, "mi", MI)),
        (
            "The buoy is 1 nautical mile offshore.",
            l("1 nautical mile", 1.0, "nmi", NMI),
        ),
        (
            "The ship is 12 nautical miles offshore.",
            l("12 nautical miles", 12.0, "nmi", NMI),
        ),
        ("Snow lay 1 inch deep.", l("1 inch", 1.0, "in", INCH)),
        ("Snow lay 6 inches deep.", l("6 inches", 6.0, "in", INCH)),
    ];
    check_all(&cases);
}

#[test]
fn masses() {
    let m = |text, n, unit, factor: f64| Expect::value(text, n, unit, Mass).si(n * factor, "kg");
    check_all(&[
        ("The sample weighed 5 g.", m("5 g", 5.0, "g", 1e-3)),
        ("The sample weighed 1 gram.", m("1 gram", 1.0, "g", 1e-3)),
        ("The sample weighed 5 grams.", m("5 grams", 5.0, "g", 1e-3)),
        (
            "The sample weighed 5 grammes.",
            m("5 grammes", 5.0, "g", 1e-3),
        ),
        ("The shell weighs 45 kg.", m("45 kg", 45.0, "kg", 1.0)),
        (
            "The shell weighs 1 kilogram more.",
            m("1 kilogram", 1.0, "kg", 1.0),
        ),
        (
            "The shell weighs 45 kilograms.",
            m("45 kilograms", 45.0, "kg", 1.0),
        ),
        (
            "The shell weighs 45 kilogrammes.",
            m("45 kilogrammes", 45.0, "kg", 1.0),
        ),
        ("The tank weighs 1 tonne more.", m("1 tonne", 1.0, "t", 1e3)),
        ("The tank weighs 60 tonnes.", m("60 tonnes", 60.0, "t", 1e3)),
        // The US short ton: exactly 2,000 lb = 907.18474 kg.
        (
            "The truck carries 1 ton.",
            m("1 ton", 1.0, "ton", SHORT_TON),
        ),
        (
            "The truck carries 5 tons.",
            m("5 tons", 5.0, "ton", SHORT_TON),
        ),
        // The international pound: exactly 0.45359237 kg.
        ("The parcel weighed 5 lb.", m("5 lb", 5.0, "lb", LB)),
        ("The parcel weighed 1 pound.", m("1 pound", 1.0, "lb", LB)),
        ("The parcel weighed 5 pounds.", m("5 pounds", 5.0, "lb", LB)),
    ]);
}

#[test]
fn durations() {
    let d = |text, n, unit, factor: f64| Expect::value(text, n, unit, Duration).si(n * factor, "s");
    check_all(&[
        ("The burn lasted 5 s.", d("5 s", 5.0, "s", 1.0)),
        ("The burn lasted 1 second.", d("1 second", 1.0, "s", 1.0)),
        (
            "The burn lasted 90 seconds.",
            d("90 seconds", 90.0, "s", 1.0),
        ),
        ("The raid lasted 5 min.", d("5 min", 5.0, "min", MINUTE)),
        (
            "The raid lasted 1 minute.",
            d("1 minute", 1.0, "min", MINUTE),
        ),
        (
            "The raid lasted 45 minutes.",
            d("45 minutes", 45.0, "min", MINUTE),
        ),
        ("The flight lasted 1 hour.", d("1 hour", 1.0, "h", HOUR)),
        ("The flight lasted 9 hours.", d("9 hours", 9.0, "h", HOUR)),
        ("The siege lasted 1 day.", d("1 day", 1.0, "d", DAY)),
        ("The siege lasted 40 days.", d("40 days", 40.0, "d", DAY)),
        ("The drill lasted 1 week.", d("1 week", 1.0, "wk", WEEK)),
        ("The drill lasted 3 weeks.", d("3 weeks", 3.0, "wk", WEEK)),
        ("The ban lasted 1 year.", d("1 year", 1.0, "yr", YEAR)),
        ("The ban lasted 5 years.", d("5 years", 5.0, "yr", YEAR)),
    ]);
}

#[test]
fn areas() {
    let a = |text, n, unit, factor: f64| Expect::value(text, n, unit, Area).si(n * factor, "m2");
    check_all(&[
        ("Fire burned 5 km² of forest.", a("5 km²", 5.0, "km2", 1e6)),
        (
            "Fire burned 5 sq km of forest.",
            a("5 sq km", 5.0, "km2", 1e6),
        ),
        (
            "Fire burned 1 square kilometre of forest.",
            a("1 square kilometre", 1.0, "km2", 1e6),
        ),
        (
            "Fire burned 5 square kilometres of forest.",
            a("5 square kilometres", 5.0, "km2", 1e6),
        ),
        (
            "Fire burned 5 square kilometers of forest.",
            a("5 square kilometers", 5.0, "km2", 1e6),
        ),
        (
            "Fire burned 1 hectare of forest.",
            a("1 hectare", 1.0, "ha", 1e4),
        ),
        (
            "Fire burned 500 hectares of forest.",
            a("500 hectares", 500.0, "ha", 1e4),
        ),
        (
            "Fire burned 5 square miles of forest.",
            a("5 square miles", 5.0, "sq mi", SQ_MI),
        ),
        // The international acre: exactly 4,046.8564224 m².
        (
            "Fire burned 5 acres of forest.",
            a("5 acres", 5.0, "acre", ACRE),
        ),
    ]);
}

#[test]
fn volumes() {
    let v = |text, n, unit, factor: f64| Expect::value(text, n, unit, Volume).si(n * factor, "m3");
    check_all(&[
        (
            "The tank holds 1 litre of fuel.",
            v("1 litre", 1.0, "l", 1e-3),
        ),
        (
            "The tank holds 500 litres of fuel.",
            v("500 litres", 500.0, "l", 1e-3),
        ),
        (
            "The tank holds 1 liter of fuel.",
            v("1 liter", 1.0, "l", 1e-3),
        ),
        (
            "The tank holds 500 liters of fuel.",
            v("500 liters", 500.0, "l", 1e-3),
        ),
        (
            "The tank holds 5 cubic metres of fuel.",
            v("5 cubic metres", 5.0, "m3", 1.0),
        ),
        (
            "The tank holds 5 cubic meters of fuel.",
            v("5 cubic meters", 5.0, "m3", 1.0),
        ),
        // The US liquid gallon: exactly 3.785411784 litres.
        (
            "The tank holds 5 gallons of fuel.",
            v("5 gallons", 5.0, "gal", GALLON),
        ),
        // The oil barrel: exactly 42 US gallons, 158.987294928 litres.
        (
            "The tanker holds 5 barrels of crude.",
            v("5 barrels", 5.0, "bbl", BARREL),
        ),
    ]);
}

#[test]
fn temperatures() {
    let t = |text, n, unit, si| Expect::value(text, n, unit, Temperature).si(si, "K");
    check_all(&[
        (
            "It was 20 °C at noon.",
            t("20 °C", 20.0, "°C", celsius(20.0)),
        ),
        ("It was 20°C at noon.", t("20°C", 20.0, "°C", celsius(20.0))),
        ("It was 20C at noon.", t("20C", 20.0, "°C", celsius(20.0))),
        (
            "It was 20 degrees Celsius at noon.",
            t("20 degrees Celsius", 20.0, "°C", celsius(20.0)),
        ),
        (
            "It was 1 degree Celsius at dawn.",
            t("1 degree Celsius", 1.0, "°C", celsius(1.0)),
        ),
        (
            "It was 68 °F at noon.",
            t("68 °F", 68.0, "°F", fahrenheit(68.0)),
        ),
        (
            "It was 68 degrees Fahrenheit at noon.",
            t("68 degrees Fahrenheit", 68.0, "°F", fahrenheit(68.0)),
        ),
        (
            "It was -40 °F at dawn.",
            t("-40 °F", -40.0, "°F", fahrenheit(-40.0)),
        ),
        ("The probe read 300 K.", t("300 K", 300.0, "K", 300.0)),
        // U+212A KELVIN SIGN, as web text sometimes writes it.
        (
            "The probe read 300 \u{212a}.",
            t("300 \u{212a}", 300.0, "K", 300.0),
        ),
        (
            "The probe read 300 kelvin.",
            t("300 kelvin", 300.0, "K", 300.0),
        ),
        (
            "The mercury hit 26° by noon.",
            t("26°", 26.0, "°", celsius(26.0)),
        ),
    ]);
}

#[test]
fn energies() {
    let e = |text, n, unit, factor: f64| Expect::value(text, n, unit, Energy).si(n * factor, "J");
    check_all(&[
        ("The pulse delivered 5 J.", e("5 J", 5.0, "J", 1.0)),
        ("The pulse delivered 1 joule.", e("1 joule", 1.0, "J", 1.0)),
        (
            "The pulse delivered 5 joules.",
            e("5 joules", 5.0, "J", 1.0),
        ),
        (
            "The bomb yielded 15 kilotons.",
            e("15 kilotons", 15.0, "kt", KILOTON_TNT),
        ),
        (
            "The bomb yielded 15 kilotonnes of TNT.",
            e("15 kilotonnes of TNT", 15.0, "kt", KILOTON_TNT),
        ),
        (
            "The test yielded 1 megaton.",
            e("1 megaton", 1.0, "Mt", MEGATON_TNT),
        ),
        (
            "The test yielded 50 megatons of TNT.",
            e("50 megatons of TNT", 50.0, "Mt", MEGATON_TNT),
        ),
        ("Homes used 5 kWh a day.", e("5 kWh", 5.0, "kWh", 3.6e6)),
        (
            "The farm made 96 megawatt-hours.",
            e("96 megawatt-hours", 96.0, "MWh", 3.6e9),
        ),
    ]);
}

#[test]
fn powers() {
    let p = |text, n, unit, factor: f64| Expect::value(text, n, unit, Power).si(n * factor, "W");
    check_all(&[
        ("The lamp draws 5 W.", p("5 W", 5.0, "W", 1.0)),
        ("The lamp draws 1 watt.", p("1 watt", 1.0, "W", 1.0)),
        ("The lamp draws 60 watts.", p("60 watts", 60.0, "W", 1.0)),
        ("The laser fires at 50 kW.", p("50 kW", 50.0, "kW", 1e3)),
        (
            "The laser fires at 50 kilowatts.",
            p("50 kilowatts", 50.0, "kW", 1e3),
        ),
        ("The plant makes 12 MW.", p("12 MW", 12.0, "MW", 1e6)),
        (
            "The plant makes 1 megawatt.",
            p("1 megawatt", 1.0, "MW", 1e6),
        ),
        (
            "The plant makes 12 megawatts.",
            p("12 megawatts", 12.0, "MW", 1e6),
        ),
        ("The reactor makes 1 GW.", p("1 GW", 1.0, "GW", 1e9)),
        // Mechanical horsepower: 550 ft·lbf/s = 745.69987158227022 W.
        (
            "The engine makes 300 horsepower.",
            p("300 horsepower", 300.0, "hp", HP),
        ),
    ]);
}

#[test]
fn currencies_and_percentages() {
    check_all(&[
        ("A ticket costs $5.", Expect::money("$5", 5.0, "USD")),
        (
            "The grant was $5 million.",
            Expect::money("$5 million", 5e6, "USD"),
        ),
        ("The grant was US$40.", Expect::money("US$40", 40.0, "USD")),
        ("The fund holds €20bn.", Expect::money("€20bn", 2e10, "EUR")),
        (
            "The club paid €5m for him.",
            Expect::money("€5m", 5e6, "EUR"),
        ),
        (
            "The package is worth £2.5bn.",
            Expect::money("£2.5bn", 2.5e9, "GBP"),
        ),
        ("A pint costs £4.", Expect::money("£4", 4.0, "GBP")),
        ("It costs 1 dollar.", Expect::money("1 dollar", 1.0, "USD")),
        (
            "It costs 5 dollars.",
            Expect::money("5 dollars", 5.0, "USD"),
        ),
        ("It costs 1 euro.", Expect::money("1 euro", 1.0, "EUR")),
        ("It costs 5 euros.", Expect::money("5 euros", 5.0, "EUR")),
        (
            "It cost 18 million euros.",
            Expect::money("18 million euros", 1.8e7, "EUR"),
        ),
        (
            "It cost 5 million pounds.",
            Expect::money("5 million pounds", 5e6, "GBP"),
        ),
        (
            "It cost 2 billion dollars.",
            Expect::money("2 billion dollars", 2e9, "USD"),
        ),
        (
            "Turnout rose 5%.",
            Expect::value("5%", 5.0, "%", Percent).si(5.0, "%"),
        ),
        (
            "Turnout rose 5 per cent.",
            Expect::value("5 per cent", 5.0, "%", Percent).si(5.0, "%"),
        ),
        (
            "Turnout rose 5 percent.",
            Expect::value("5 percent", 5.0, "%", Percent).si(5.0, "%"),
        ),
        (
            "Turnout rose 5 percentage points.",
            Expect::value("5 percentage points", 5.0, "pp", Percent).si(5.0, "%"),
        ),
    ]);
}

#[test]
fn science_and_technology_units() {
    use Dimension::{
        Angle, Data, DataRate, ElectricCurrent, Force, Frequency, Length, Mass, Pressure, Voltage,
        Volume,
    };
    // US customary volumes from the exact gallon: a fluid ounce is 1/128 gallon, a
    // tablespoon half of one, a teaspoon a third of a tablespoon.
    let fl_oz = GALLON / 128.0;
    let tbsp = fl_oz / 2.0;
    let tsp = tbsp / 3.0;
    // Pound-force: a pound under standard gravity; psi: that on a square inch.
    let lbf = LB * 9.806_65;
    let psi = lbf / (INCH * INCH);
    let e = |text, n, unit, dimension, si: f64, si_unit| {
        Expect::value(text, n, unit, dimension).si(si, si_unit)
    };
    check_all(&[
        (
            "The phone has 16 GB of memory.",
            e("16 GB", 16.0, "GB", Data, 16e9, "B"),
        ),
        (
            "A 2 TB drive was seized.",
            e("2 TB", 2.0, "TB", Data, 2e12, "B"),
        ),
        (
            "The file is 640 kB long.",
            e("640 kB", 640.0, "kB", Data, 640e3, "B"),
        ),
        (
            "Broadband reaches 100 Mbps here.",
            e("100 Mbps", 100.0, "Mbit/s", DataRate, 1e8, "bit/s"),
        ),
        (
            "The link carries 10 gigabits per second.",
            e(
                "10 gigabits per second",
                10.0,
                "Gbit/s",
                DataRate,
                1e10,
                "bit/s",
            ),
        ),
        (
            "The radar works at 5 GHz.",
            e("5 GHz", 5.0, "GHz", Frequency, 5e9, "Hz"),
        ),
        (
            "The station broadcasts on 98.1 MHz.",
            e("98.1 MHz", 98.1, "MHz", Frequency, 98.1e6, "Hz"),
        ),
        (
            "The storm deepened to 950 hPa.",
            e("950 hPa", 950.0, "hPa", Pressure, 95_000.0, "Pa"),
        ),
        (
            "The storm deepened to 950 millibars.",
            e("950 millibars", 950.0, "mbar", Pressure, 95_000.0, "Pa"),
        ),
        (
            "Inflate the tyres to 32 psi.",
            e("32 psi", 32.0, "psi", Pressure, 32.0 * psi, "Pa"),
        ),
        (
            "A 400 kV line crosses the valley.",
            e("400 kV", 400.0, "kV", Voltage, 4e5, "V"),
        ),
        (
            "It runs on a 12V battery.",
            e("12V", 12.0, "V", Voltage, 12.0, "V"),
        ),
        (
            "The sensor draws 20 mA.",
            e("20 mA", 20.0, "mA", ElectricCurrent, 0.02, "A"),
        ),
        (
            "The engine gives 190 kN of thrust.",
            e("190 kN", 190.0, "kN", Force, 190e3, "N"),
        ),
        (
            "The engine gives 43,000 lbf of thrust.",
            e("43,000 lbf", 43_000.0, "lbf", Force, 43_000.0 * lbf, "N"),
        ),
        (
            "The dose was 150 mcg a day.",
            e("150 mcg", 150.0, "µg", Mass, 150e-9, "kg"),
        ),
        (
            "The particles are 2.5 micrometres wide.",
            e("2.5 micrometres", 2.5, "µm", Length, 2.5e-6, "m"),
        ),
        (
            "Add 2 tbsp of oil.",
            e("2 tbsp", 2.0, "tbsp", Volume, 2.0 * tbsp, "m3"),
        ),
        (
            "Add 3 teaspoons of salt.",
            e("3 teaspoons", 3.0, "tsp", Volume, 3.0 * tsp, "m3"),
        ),
        (
            "Pour in 8 fl oz of water.",
            e("8 fl oz", 8.0, "fl oz", Volume, 8.0 * fl_oz, "m3"),
        ),
        (
            "He rode a 125cc scooter.",
            e("125cc", 125.0, "cm3", Volume, 125e-6, "m3"),
        ),
        (
            "The phone has a 4,500mAh battery.",
            e(
                "4,500mAh",
                4500.0,
                "mAh",
                Dimension::ElectricCharge,
                4500.0 * 3.6,
                "C",
            ),
        ),
        (
            "Carbon dioxide reached 420 ppm.",
            e("420 ppm", 420.0, "ppm", Dimension::Percent, 0.042, "%"),
        ),
        (
            "The water held 15 parts per billion of lead.",
            e(
                "15 parts per billion",
                15.0,
                "ppb",
                Dimension::Percent,
                1.5e-6,
                "%",
            ),
        ),
        (
            "The arm turned 1.5 radians.",
            e("1.5 radians", 1.5, "rad", Angle, 1.5, "rad"),
        ),
    ]);
}

/// "a mile", "an ml": the article stands for one before a unit of measure, but not before a
/// span of time, money or a noun that is usually no measure; and Unicode fractions count.
#[test]
fn articles_and_vulgar_fractions() {
    use Dimension::{Duration, Length, Velocity, Volume};
    check_all(&[
        (
            "The village is a mile from the border.",
            Expect::value("a mile", 1.0, "mi", Length).si(MI, "m"),
        ),
        (
            "The plant is about a kilometre away.",
            Expect::value("about a kilometre", 1.0, "km", Length)
                .si(1000.0, "m")
                .qualified(Qualifier::Approximately),
        ),
        (
            "It holds a litre of water.",
            Expect::value("a litre", 1.0, "l", Volume).si(1e-3, "m3"),
        ),
        (
            "The queue moved at a mile an hour.",
            Expect::value("a mile an hour", 1.0, "mph", Velocity).si(MPH, "m/s"),
        ),
        (
            "Add ½ cup of milk.",
            Expect::value("½ cup", 0.5, "cup", Volume).si(GALLON / 32.0, "m3"),
        ),
        (
            "They walked 2 ½ miles.",
            Expect::value("2 ½ miles", 2.5, "mi", Length).si(2.5 * MI, "m"),
        ),
        (
            "They walked 2⅜ miles.",
            Expect::value("2⅜ miles", 2.375, "mi", Length).si(2.375 * MI, "m"),
        ),
        // A span of time after an article counts only with more after it.
        (
            "The talks lasted an hour and a half.",
            Expect::value("an hour and a half", 1.5, "h", Duration).si(1.5 * HOUR, "s"),
        ),
        (
            "The talks lasted an hour and 45 minutes.",
            Expect::value("an hour and 45 minutes", 105.0, "min", Duration)
                .si(HOUR + 45.0 * MINUTE, "s"),
        ),
        (
            "The talks lasted two hours and a half.",
            Expect::value("two hours and a half", 2.5, "h", Duration).si(2.5 * HOUR, "s"),
        ),
        // A word of more between the number and the unit.
        (
            "The talks need 2 more weeks.",
            Expect::value("2 more weeks", 2.0, "wk", Duration).si(2.0 * WEEK, "s"),
        ),
        (
            "The ministry sent 300 more troops.",
            Expect::count("300 more troops", 300.0, "troops"),
        ),
        (
            "The convoy drove 5 extra kilometres.",
            Expect::value("5 extra kilometres", 5.0, "km", Length).si(5000.0, "m"),
        ),
    ]);
    let not_measures = [
        "It was a bit more than expected.",
        "She called a day later, twice a day.",
        "He paid a dollar for a cup of tea and a bar of soap.",
        "They tied a knot in a yard near a parking meter.",
        "There was an atmosphere of fear and a ton of work.",
        "He came a second time.",
        "A day and a night passed; twice a year and more.",
        "She set a PB; he is a TB survivor; they rented a Hertz car.",
        "He would not give an inch and was over a barrel.",
        "The colon cancer ward treated many.",
    ];
    for sentence in not_measures {
        let found: Vec<String> = extract(sentence).into_iter().map(|q| q.text).collect();
        assert!(found.is_empty(), "{sentence:?}: {found:?}");
    }
    // "$80 a barrel": the article after an amount means "per", so only the price is read.
    let found: Vec<String> = extract("Oil hit $80 a barrel.")
        .into_iter()
        .map(|q| q.text)
        .collect();
    assert_eq!(found, ["$80"]);
}

/// Currencies named with a nationality, ISO codes after the amount, Indian digit grouping,
/// and coins joined to the amount: cents are a hundredth of the currency they follow.
#[test]
fn currencies_of_the_world() {
    let m = Expect::money;
    check_all(&[
        (
            "Fares rose to 10 Turkish lira.",
            m("10 Turkish lira", 10.0, "TRY"),
        ),
        ("The ticket cost 100 ₽.", m("100 ₽", 100.0, "RUB")),
        (
            "The budget is Rs 48 lakh crore.",
            m("Rs 48 lakh crore", 48e12, "INR"),
        ),
        ("The fine was 5,000 BGN.", m("5,000 BGN", 5000.0, "BGN")),
        (
            "The deal was worth Rs 1,50,000.",
            m("Rs 1,50,000", 150_000.0, "INR"),
        ),
        (
            "He owed 12,34,567.89 rupees.",
            m("12,34,567.89 rupees", 1_234_567.89, "INR"),
        ),
        (
            "A stamp costs 43 cents.",
            Expect::value("43 cents", 43.0, "¢", Dimension::Currency).si(0.43, "USD"),
        ),
        (
            "The ticket was $20 and 43 cents.",
            Expect::value("$20 and 43 cents", 20.43, "USD", Dimension::Currency).si(20.43, "USD"),
        ),
        (
            "The ticket was 3 CAD 3 cents.",
            Expect::value("3 CAD 3 cents", 3.03, "CAD", Dimension::Currency).si(3.03, "CAD"),
        ),
        (
            "The ticket was £3 50p.",
            Expect::value("£3 50p", 3.5, "GBP", Dimension::Currency).si(3.5, "GBP"),
        ),
    ]);
    // Pence belong to the pound; cents after pounds are another amount.
    let found: Vec<String> = extract("It cost £3 and 50 cents.")
        .into_iter()
        .map(|q| q.text)
        .collect();
    assert_eq!(found, ["£3", "50 cents"]);
}

#[test]
fn counts() {
    check_all(&[
        (
            "The bomber flies with a crew of four.",
            Expect::count("crew of four", 4.0, "crew"),
        ),
        (
            "The ferry carried 300 people.",
            Expect::count("300 people", 300.0, "people"),
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// What is not a quantity.
// ---------------------------------------------------------------------------------------------

#[test]
fn not_quantities() {
    let sentences = [
        // a blood pressure is two readings, not a fraction
        "Blood pressure above 140/90 mmHg is high.",
        // model designations
        "The Tu-160 took off first.",
        "A Tu-22M3 followed it.",
        "The MiG-31I carried the missile.",
        "Turkey bought the S-400 system.",
        "The F-35 is a stealth fighter.",
        "The Kh-47M2 is launched from the air.",
        "A Su-57 flew past the crowd.",
        "The B-52 landed safely.",
        "He flew in a Boeing 747 to the summit.",
        "The Tu-160, Tu-95, and Tu-22M3 models were shown.",
        "Reviewers praised the iPhone 15 camera.",
        "Apollo 11 landed on the Moon.",
        // years
        "The treaty was signed in 2023.",
        "In 1994, the plant closed.",
        "The fleet was built in the 1980s.",
        // dates
        "The test was held on July 4.",
        "It happened on 4 July 2023.",
        "The talks resumed on 14 September.",
        "A submarine docked there in July.",
        "It ended on July 4, 2023.",
        "It ended on 2023-07-04.",
        "It ended on 04/07/2023.",
        "The rules changed after 9/11.",
        // clock times
        "The briefing starts at 6pm.",
        "The briefing starts at 6 p.m. sharp.",
        "The vote is at 10:30.",
        "The vote is at 10:30 GMT.",
        "The vote is at 6:30 a.m. on Monday.",
        // labels and ordinals
        "Members invoked Article 5 of the treaty.",
        "Under Section 427 the Army must report.",
        "The 3rd battalion moved north.",
        "It is the 21st century.",
        "The 2nd division held the line.",
    ];
    let failures: Vec<String> = sentences
        .iter()
        .filter_map(|sentence| {
            let found = extract(sentence);
            (!found.is_empty()).then(|| {
                let texts: Vec<&str> = found.iter().map(|q| q.text.as_str()).collect();
                format!("{sentence:?}: found {texts:?}, expected nothing")
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "false positives:\n  {}",
        failures.join("\n  ")
    );
}

// ---------------------------------------------------------------------------------------------
// Acceptance: text equivalent to the corpus article's sentences.
// ---------------------------------------------------------------------------------------------

#[test]
fn acceptance_kim_russia_visit() {
    let text = "At the Knevichi airfield, located approximately 50 km from Vladivostok, Kim met \
the defence minister. He was shown the Tu-160, Tu-95, and Tu-22M3 models, then the MiG-31I \
interceptor armed with the Kinzhal. The missile reportedly has a range of 1,500 to 2,000 km \
and can travel at speeds 10 times faster than the speed of sound. A US submarine had called \
at a South Korean port in July.";
    let found = extract(text);
    let texts: Vec<&str> = found.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "approximately 50 km",
            "1,500 to 2,000 km",
            "10 times faster than the speed of sound"
        ],
        "all quantities: {found:#?}"
    );
    let expected = [
        Expect::value("approximately 50 km", 50.0, "km", Length)
            .si(50_000.0, "m")
            .qualified(Qualifier::Approximately),
        Expect::range("1,500 to 2,000 km", (1500.0, 2000.0), "km", Length)
            .si_range(1.5e6, 2e6, "m"),
        Expect::value(
            "10 times faster than the speed of sound",
            10.0,
            "Mach",
            Velocity,
        )
        .si(3402.94, "m/s"),
    ];
    for (q, e) in found.iter().zip(&expected) {
        let diffs = differences(q, e);
        assert!(diffs.is_empty(), "{:?}: {}", q.text, diffs.join("; "));
        assert_eq!(&text[q.start..q.end], q.text);
    }
    for trap in ["Tu-160, Tu-95, and Tu-22M3", "MiG-31I", "in July"] {
        let start = text.find(trap).expect("trap phrase is in the text");
        let end = start + trap.len();
        let inside: Vec<&str> = found
            .iter()
            .filter(|q| q.start < end && start < q.end)
            .map(|q| q.text.as_str())
            .collect();
        assert!(inside.is_empty(), "found {inside:?} inside {trap:?}");
    }
}
