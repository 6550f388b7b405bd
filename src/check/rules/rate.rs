//! `NF208`: a rate that its total and its time do not make ("$3 million over 12 months, or
//! $350,000 a month"; "200 km in 4 hours, an average of 60 km/h").

use super::Rule;
use crate::check::arithmetic::{
    Discrepancy, End, number_like, replace_number, say_it_holds, stated_interval,
};
use crate::check::{Document, Finding, Severity, Verdict};
use crate::quantity::{Dimension, Quantity};

/// `NF208`.
pub static RULE: Rule = Rule {
    code: "NF208",
    name: "rate",
    verdict: Some(Verdict::Inconsistent),
    default_severity: Severity::Error,
    summary: "A rate that its stated total and time do not make.",
    docs: "## What it does
Reads a total over a time followed by its rate: \"$3 million over 12 months, or $250,000 a
month\", \"200 km in 4 hours, an average of 50 km/h\", and reports the rate when no reading of
the three figures, each at the precision it is written with, gives it. The rate is \"a\" or
\"per\" day, week, month (a twelfth of a year), year or hour, a speed for a distance, or a flow
(\"barrels a day\") for a volume. The
three figures must stand right beside each other (\"over\", \"in\", \"across\", then \", or\", \",
an average of\", \", averaging\"), the total and the rate of one unit.

## Why it matters
A total, a period and a rate that do not agree mean one of them was changed without the
others; a reader who divides finds it at once.

## Example
\"The $3 million grant, spread over 12 months, or $350,000 a month\": $3 million over 12
months is $250,000 a month, not $350,000.",
    aliases: &[],
};

/// The periods a rate may be stated per, in seconds (a month is a twelfth of a 365-day year,
/// as the grammar reads "12 months").
const PERIODS: &[(&str, f64)] = &[
    ("a day", 86_400.0),
    ("per day", 86_400.0),
    ("each day", 86_400.0),
    ("a week", 604_800.0),
    ("per week", 604_800.0),
    ("each week", 604_800.0),
    ("a month", 2_628_000.0),
    ("per month", 2_628_000.0),
    ("each month", 2_628_000.0),
    ("a year", 31_536_000.0),
    ("per year", 31_536_000.0),
    ("each year", 31_536_000.0),
    ("an hour", 3_600.0),
    ("per hour", 3_600.0),
];

/// Reports each rate that its total and time do not make.
pub fn check(document: &Document<'_>, findings: &mut [Finding]) {
    for items in document.sentences_with_items() {
        for window in items.windows(3) {
            let [total, time, rate] = window else {
                continue;
            };
            // The time right after the total ("$200 a month over two years" is a rate
            // already), the rate right after the time; ", at 900 km/h" is a speed at some
            // moment, not the average.
            let joined_time = joins_time(&time.before);
            let joined_rate = matches!(
                rate.before.trim(),
                ", or" | ", an average of" | ", averaging" | ", or an average of"
            );
            if !joined_time || !joined_rate || time.q.dimension != Dimension::Duration {
                continue;
            }
            let discrepancy = match judge(document, total, time, rate) {
                None => continue,
                Some(Ok(())) => {
                    say_it_holds(
                        &mut findings[rate.index],
                        &format!(
                            "{} over {}, {}",
                            total.q.text.trim(),
                            time.q.text.trim(),
                            rate.q.text.trim()
                        ),
                    );
                    continue;
                }
                Some(Err(discrepancy)) => discrepancy,
            };
            discrepancy.report(document, &RULE, findings);
        }
        for window in items.windows(3) {
            let [total, people, share] = window else {
                continue;
            };
            match per_head(document, total, people, share) {
                None => {}
                Some(Ok(stated)) => say_it_holds(&mut findings[share.index], &stated),
                Some(Err(discrepancy)) => discrepancy.report(document, &RULE, findings),
            }
        }
    }
}

/// The words that give a total to a group of people: "$2 billion for its 4 million people".
const FOR_PEOPLE: &[&str] = &[
    " for ",
    " for its ",
    " for the ",
    " for their ",
    " among ",
    " among its ",
    " among the ",
    " to ",
    " to its ",
    " to the ",
    " shared by ",
    " shared among ",
    " shared by its ",
];

/// The words after a share of a total that make it one of the group's: "$25 million each"
/// (of any group), "$500 per person" (of people). "per household" and the like count only a
/// group of that noun: "$2 billion for its 4 million residents, or $1,250 per household"
/// divides by households, which the sentence does not count.
const PER_ONE: &[&str] = &["each", "apiece"];

/// See [`PER_ONE`]: the words that make a share one person's.
const PER_PERSON: &[&str] = &["per person", "a person", "per head", "a head", "per capita"];

/// The nouns of groups of people, each of whom a share "per person" is of.
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "residents",
    "citizens",
    "inhabitants",
    "pupils",
    "students",
    "workers",
    "employees",
    "staff",
    "members",
    "players",
    "winners",
    "voters",
    "patients",
    "children",
    "adults",
    "men",
    "women",
    "passengers",
    "soldiers",
    "troops",
    "refugees",
    "users",
    "customers",
    "subscribers",
    "taxpayers",
    "pensioners",
    "farmers",
    "teachers",
    "nurses",
    "doctors",
];

/// The words of a share per head after a group counted by `noun`: "each" after any group,
/// "per person" after people, "per pupil" after pupils.
fn per_head_words(after: &str, noun: &str) -> Option<String> {
    let noun = noun.to_ascii_lowercase();
    let singular = noun.strip_suffix('s').unwrap_or(&noun);
    let own = [format!("per {singular}"), format!("a {singular}")];
    let people = PEOPLE.contains(&noun.as_str());
    PER_ONE
        .iter()
        .map(|w| w.to_string())
        .chain(PER_PERSON.iter().filter(|_| people).map(|w| w.to_string()))
        .chain(own)
        .find(|words| {
            after.strip_prefix(words.as_str()).is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.is_empty() || rest.starts_with(['.', ',', ';', ':', ')', '!', '?'])
            })
        })
}

/// Whether `share`, after `total` given to `people`, is one person's share ("$2 billion for
/// its 4 million people, or $500 per person"): `None` when the three are no such statement,
/// `Ok` with the statement when it holds.
fn per_head(
    document: &Document<'_>,
    total: &crate::check::arithmetic::Item<'_>,
    people: &crate::check::arithmetic::Item<'_>,
    share: &crate::check::arithmetic::Item<'_>,
) -> Option<Result<String, Discrepancy>> {
    let (t, n, r) = (total.q, people.q, share.q);
    // A few words may name or give the total first: "$2 billion fund for its", "$60,000
    // prize was shared among".
    let for_people = FOR_PEOPLE.iter().any(|words| {
        people.before.strip_suffix(words).is_some_and(|first| {
            first.split(' ').filter(|w| !w.is_empty()).count() <= 3
                && first
                    .bytes()
                    .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-')
        })
    });
    let joined = for_people && matches!(share.before.trim(), ", or" | "(" | ", or about");
    let kinds = n.dimension == Dimension::Count
        && !n.unit.is_empty()
        && n.qualifier.is_none()
        && t.qualifier.is_none()
        && t.dimension == r.dimension
        && t.unit == r.unit
        && t.dimension != Dimension::Percent
        && [t, n, r]
            .iter()
            .all(|q| q.kind == crate::quantity::Kind::Value);
    if !(joined && kinds) {
        return None;
    }
    // The words of a share per head are short: look at no more of the text than they take.
    let after = crate::check::arithmetic::first_chars(document.text.get(r.end..)?.trim_start(), 24)
        .to_ascii_lowercase();
    let per = per_head_words(&after, &n.unit)?;
    // "$400,000 each, after tax" is another share.
    if crate::check::arithmetic::qualified_after(document.text, r.end) {
        return None;
    }
    let a = End::of_quantity(total.index, t);
    let heads = End::of_quantity(people.index, n);
    if heads.low <= 0.0 {
        return None;
    }
    let (low, high) = (a.low / heads.high, a.high / heads.low);
    let (r_low, r_high) = stated_interval(r, document);
    if r_low <= high && low <= r_high {
        return Some(Ok(format!(
            "{} for {} is {} {per}",
            t.text.trim(),
            n.text.trim(),
            r.text.trim()
        )));
    }
    let statement = format!("{} for {}", t.text.trim(), n.text.trim());
    Some(Err(wrong_rate(
        share,
        vec![total.index, people.index],
        &statement,
        a.value / heads.value,
        &format!(" {per}"),
    )))
}

/// Whether the words between a total and a time join them: " over ", " in ", ", spread
/// over ", or one noun of the total first (" grant, spread over "), but no more ("$200 a
/// month over two years" is a rate already).
fn joins_time(words: &str) -> bool {
    let joiner = |w: &str| {
        matches!(
            w,
            " over "
                | " in "
                | " across "
                | " during "
                | ", spread over "
                | ", over "
                | " spread over "
        )
    };
    if joiner(words) {
        return true;
    }
    let rest = words.trim_start();
    let noun_len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    noun_len > 0 && words.starts_with(' ') && joiner(&rest[noun_len..])
}

/// The period a stated rate is per, from the words after it ("a month"), or `None` for a
/// speed.
fn period_after(document: &Document<'_>, rate: &Quantity) -> Option<(f64, &'static str)> {
    let after = document.text.get(rate.end..)?.trim_start();
    PERIODS.iter().find_map(|&(words, seconds)| {
        // The clause ends after the period: "$100 a month per family" is another rate.
        let rest = after
            .get(..words.len())
            .filter(|start| start.eq_ignore_ascii_case(words))
            .map(|_| after[words.len()..].trim_start())?;
        let ends = rest.is_empty() || rest.starts_with(['.', ',', ';', ':', ')', '!', '?']);
        ends.then_some((seconds, words))
    })
}

/// Whether the rate `rate` holds for `total` over `time`: `None` when the three are not a
/// rate statement after all (another unit, a qualifier).
fn judge(
    document: &Document<'_>,
    total: &crate::check::arithmetic::Item<'_>,
    time: &crate::check::arithmetic::Item<'_>,
    rate: &crate::check::arithmetic::Item<'_>,
) -> Option<Result<(), Discrepancy>> {
    let (t, d, r) = (total.q, time.q, rate.q);
    // A percentage over years compounds ("50% over 5 years, or 8.4% a year").
    if t.qualifier.is_some() || d.qualifier.is_some() || t.dimension == Dimension::Percent {
        return None;
    }
    let a = End::of_quantity(total.index, t);
    let span = End::of_quantity(time.index, d);
    if span.low <= 0.0 {
        return None;
    }
    // A speed for a distance, a flow for a volume ("2.4 million barrels over 30 days, or
    // 80,000 barrels a day"), or an amount per period of the total's own unit.
    let flow = t.dimension == Dimension::Volume && r.dimension == Dimension::VolumeFlow;
    let (per, words) =
        if t.dimension == Dimension::Length && r.dimension == Dimension::Velocity || flow {
            (1.0, "")
        } else if r.dimension == t.dimension && r.unit == t.unit {
            period_after(document, r)?
        } else {
            return None;
        };
    let (low, high) = (a.low / span.high * per, a.high / span.low * per);
    let (r_low, r_high) = stated_interval(r, document);
    if r_low <= high && low <= r_high {
        return Some(Ok(()));
    }
    let period = if words.is_empty() {
        String::new()
    } else {
        format!(" {words}")
    };
    let statement = format!("{} over {}", t.text.trim(), d.text.trim());
    Some(Err(wrong_rate(
        rate,
        vec![total.index, time.index],
        &statement,
        a.value / span.value * per,
        &period,
    )))
}

/// The discrepancy of a stated rate against the `actual` one its figures make: "`statement`
/// is $250,000`per`, not $350,000", with the suggestion of the actual figure.
fn wrong_rate(
    rate: &crate::check::arithmetic::Item<'_>,
    related: Vec<usize>,
    statement: &str,
    actual: f64,
    per: &str,
) -> Discrepancy {
    let r = rate.q;
    let shown = number_like(r, actual);
    let written = crate::check::arithmetic::with_number(r, &shown);
    Discrepancy {
        anchor: rate.index,
        related,
        message: format!("{statement} is {written}{per}, not {}", r.text.trim()),
        suggestion: replace_number(r, &shown),
    }
}
