//! Time: which figure of a series a claim is judged against, and when a claim that does not
//! match it was right at another time (`outdated`).
//!
//! A fact that changes over time (an estimate, or one of several dated figures: a
//! population, a GDP) is read at the time the claim speaks of:
//! - a year its sentence names ("in 2010") picks the figure of that year (or the year
//!   beside it), and rules out the series when it has none;
//! - otherwise the article's date (front matter, dateline, `--as-of`, `as-of` in
//!   `numfact.toml`) picks the latest figure at that date;
//! - otherwise the latest figure counts.
//!
//! A claim that misses that figure but matches an earlier one is outdated. So is a claim in
//! an article older than every figure of the series when it lies within what the series
//! could have been then: [`PLAUSIBLE_CHANGE_PER_YEAR`] either way for each year between.

use crate::facts::{AsOf, Fact};

/// How far a figure that changes over time may plausibly have moved per year, either way,
/// when an article predates every figure of its series: 5% a year, compounded. ("Nigeria's
/// 120 million people" in 2001 against a 2025 estimate of 237 million is outdated, not
/// wrong; "12 million" is not judged.)
pub const PLAUSIBLE_CHANGE_PER_YEAR: f64 = 0.05;

/// The figures of one series a claim is judged against.
#[derive(Debug)]
pub struct Figures<'f> {
    /// The figures the claim is judged against first, best first: those of the year the
    /// sentence names, those valid at the article's date, or the latest.
    pub current: Vec<&'f Fact>,
    /// Earlier figures of a series that changes over time, latest first: a claim that
    /// matches one is outdated.
    pub earlier: Vec<&'f Fact>,
    /// The first figure after the article's date, when the article falls between two
    /// figures: a claim between them is supported.
    pub next: Option<&'f Fact>,
    /// The article's date, when it is before every figure of a series that changes.
    pub predates: Option<AsOf>,
    /// Whether the sentence named the year that picked `current`: then `earlier` holds every
    /// other figure, and a claim matching one of them is not judged (it speaks of another
    /// year than it names, or the year is another number's).
    pub named_year: bool,
}

/// Whether `facts` (of one entity and attribute) change over time: one is an estimate, or
/// they have more than one date (two facts of one date, in Mach and in km/h, are no series).
fn changes(facts: &[&Fact]) -> bool {
    let first = facts.iter().find_map(|f| f.as_of_date);
    let dates = facts
        .iter()
        .filter_map(|f| f.as_of_date)
        .any(|d| Some(d) != first);
    dates
        || facts
            .iter()
            .any(|f| f.as_of_date.is_some_and(|d| d.estimate))
}

/// Sorts out the facts of one entity and attribute by time, for a claim whose sentence names
/// `years` in an article dated `article`. `Err` says why no figure is left, when the years
/// ruled every one out.
pub fn figures<'f>(
    mut facts: Vec<&'f Fact>,
    years: &[i32],
    article: Option<AsOf>,
) -> Result<Figures<'f>, String> {
    facts.sort_by_key(|f| std::cmp::Reverse(f.as_of_date));
    let mut figures = Figures {
        current: Vec::new(),
        earlier: Vec::new(),
        next: None,
        predates: None,
        named_year: false,
    };
    if !changes(&facts) {
        figures.current = facts;
        return Ok(figures);
    }
    if !years.is_empty() {
        // The figures of the year named; the others, to tell a claim of another year.
        figures.current = of_years(&facts, years)?;
        let current = figures.current.clone();
        figures.earlier = facts
            .into_iter()
            .filter(|f| !current.iter().any(|c| std::ptr::eq(*c, *f)))
            .collect();
        figures.named_year = true;
        return Ok(figures);
    }
    let Some(article) = article else {
        return Ok(split_latest(facts));
    };
    let (later, valid): (Vec<&Fact>, Vec<&Fact>) = facts
        .into_iter()
        .partition(|f| f.as_of_date.is_some_and(|d| is_after(d, article)));
    if valid.is_empty() {
        // The article is older than every figure: its earliest is the nearest in time.
        let earliest = later.last().and_then(|f| f.as_of_date);
        figures.current = later
            .iter()
            .rev()
            .copied()
            .filter(|f| f.as_of_date == earliest)
            .collect();
        figures.predates = Some(article);
        return Ok(figures);
    }
    figures.next = later.last().copied();
    let mut split = split_latest(valid);
    split.next = figures.next;
    Ok(split)
}

/// Whether `date` is after `article`, to the precision both state: "2019 est." is not after
/// an article of 2019-06, nor "2019-07" after one of 2019.
fn is_after(date: AsOf, article: AsOf) -> bool {
    let known = |a: Option<u8>, b: Option<u8>| a.zip(b);
    if date.year != article.year {
        return date.year > article.year;
    }
    match known(date.month, article.month) {
        Some((m, a)) if m != a => m > a,
        Some(_) => known(date.day, article.day).is_some_and(|(d, a)| d > a),
        None => false,
    }
}

/// The latest figures of a series as current, the rest as earlier.
fn split_latest(facts: Vec<&Fact>) -> Figures<'_> {
    let latest = facts.first().and_then(|f| f.as_of_date);
    let (current, earlier) = facts.into_iter().partition(|f| f.as_of_date == latest);
    Figures {
        current,
        earlier,
        next: None,
        predates: None,
        named_year: false,
    }
}

/// The figures nearest the years a sentence names, when one is within a year of them.
fn of_years<'f>(facts: &[&'f Fact], years: &[i32]) -> Result<Vec<&'f Fact>, String> {
    // How far a fact's year is from the nearest year named; the nearest facts are kept.
    let gap = |f: &Fact| {
        f.as_of_date
            .and_then(|d| years.iter().map(|&y| (y - d.year).abs()).min())
    };
    let nearest = facts.iter().filter_map(|f| gap(f)).min();
    if let Some(nearest) = nearest.filter(|&g| g <= 1) {
        return Ok(facts
            .iter()
            .copied()
            .filter(|f| gap(f) == Some(nearest))
            .collect());
    }
    let figures: Vec<String> = facts
        .iter()
        .filter_map(|f| f.as_of_date.map(|d| d.to_string()))
        .collect();
    let named: Vec<String> = years.iter().map(i32::to_string).collect();
    Err(format!(
        "its sentence speaks of {}, and the fact base's figures are for {}",
        named.join(" and "),
        figures.join(", ")
    ))
}

/// The factor a figure may plausibly have changed by between an article dated `article` and
/// a fact dated `fact`: [`PLAUSIBLE_CHANGE_PER_YEAR`] compounded over the years between (at
/// least one).
pub fn plausible_factor(article: AsOf, fact: AsOf) -> f64 {
    let years = (fact.year - article.year).clamp(1, 200);
    (1.0 + PLAUSIBLE_CHANGE_PER_YEAR).powi(years)
}

/// How a fact's date reads in a message: "2025 estimate", "2010 figure".
pub fn figure_name(fact: &Fact) -> String {
    match fact.as_of_date {
        Some(date) if date.estimate => format!(
            "{} estimate",
            AsOf {
                estimate: false,
                ..date
            }
        ),
        Some(date) => format!("{date} figure"),
        None => "figure".to_string(),
    }
}
