//! `NF209`: parts that add up to more than the total they break down ("of the 120
//! passengers, 80 were British and 50 were French"), or shares of one whole past 100% ("55%
//! said yes and 50% said no").

use super::Rule;
use crate::check::arithmetic::{
    Item, inside_message, say_it_holds, squeeze, stated_interval, written_as_whole_number,
    written_like,
};
use crate::check::{Document, Finding, MessageParts, Severity, Verdict};
use crate::quantity::display::format_number;
use crate::quantity::{Dimension, Kind, Qualifier, Quantity};

/// `NF209`.
pub static RULE: Rule = Rule {
    code: "NF209",
    name: "parts-exceed-total",
    verdict: Some(Verdict::Inconsistent),
    default_severity: Severity::Error,
    summary: "Parts of one total that add up to more than it, or shares of one whole past 100%.",
    docs: "## What it does
Reads a breakdown written as one list: a total and then its parts (\"Of the 120 passengers, 80
were British and 50 were French\", \"120 passengers, including 80 Britons and 50 French\", \"120
passengers: …\"), or shares of one whole (\"55% said yes and 50% said no\"), and reports it when
the parts add up to more than the total (or 100%).

Parts count as exclusive only when each names a different member of one set of categories
that cannot overlap: men, women and children; boys and girls; adults and children;
civilians and soldiers; nationalities (not English or Scottish beside British); killed,
injured and missing (not \"died\": the injured may die later); votes and stances (for,
against, abstained; yes, no, undecided; support, oppose; agreed, disagreed); results (won,
lost, drew); parties; full- and part-time; public and private; urban and rural; domestic and
foreign. A share's category follows a verb (\"55% said yes\"; \"52% in urban areas\" is a share
of another whole). Words after a category must be the first part's, or left out after it
(\"180 voted for the bill and 130 against\"), and date none of them (\"60% said yes in 2019
and 55% said no in 2023\" are two polls). Anything else (\"80 were British and 50 were
women\", \"55% of men and 60% of women\", \"55% backed the mayor and 40% backed her rival\")
may overlap, or count different wholes, and is not read; neither is a sentence with \"both\",
\"also\", \"dual\", \"of them\" or \"of whom\" (a sub-group: \"80 were children, 50 of them
girls\"), \"multiple\", \"more than one\", \"each\" or \"respectively\". The total is the
first figure of its clause (in \"killed 12 people and wounded 8, including 10 children\", the
children are among all 20).

Counts written as whole numbers are exact; a figure with a scale word (\"1.2 million\") and a
share (\"34%\") are read at the precision they are written with, so three shares of 34%, 33%
and 34% (101%) pass as rounding; \"about\" widens a figure by the approximation allowance, and
a part of \"more than\" counts at its bound.

## Why it matters
When the parts outgrow their whole, one of the figures is wrong, and a reader who adds them
sees it at once.

## Example
\"Of the 120 passengers, 80 were British and 50 were French\": the parts 80 + 50 make 130, more
than the 120 passengers.",
    aliases: &[],
};

/// Sets of categories no two of which can describe one thing: a list whose parts each name
/// a different member of one set is a breakdown into exclusive parts. Plurals are matched
/// by their singular.
const EXCLUSIVE_SETS: &[&[&str]] = &[
    &["man", "men", "woman", "women", "child", "children"],
    &["boy", "girl"],
    &["male", "female"],
    &["adult", "child", "children", "minor"],
    &["civilian", "soldier"],
    // Not "died": the injured may die later ("25 were injured and 8 died in hospital").
    &["killed", "dead", "injured", "wounded", "hurt", "missing"],
    &[
        "for",
        "against",
        "abstained",
        "yes",
        "no",
        "undecided",
        "unsure",
        "support",
        "supported",
        "oppose",
        "opposed",
        "favour",
        "favor",
        "agreed",
        "disagreed",
    ],
    &["won", "lost", "drew", "drawn", "tied"],
    &["passed", "failed"],
    &[
        "democrat",
        "republican",
        "independent",
        "labour",
        "labor",
        "conservative",
        "tory",
        "tories",
        "liberal",
        "green",
    ],
    &["full-time", "part-time"],
    &["public", "private"],
    &["urban", "rural"],
    &["domestic", "foreign"],
    NATIONALITIES,
];

/// Nationalities, each a category exclusive of the others (dual citizens are rare enough in
/// a breakdown that a writer says so, and "dual" is not read); not the nations inside the
/// United Kingdom, which are British too.
const NATIONALITIES: &[&str] = &[
    "afghan",
    "algerian",
    "american",
    "argentine",
    "argentinian",
    "australian",
    "austrian",
    "bangladeshi",
    "belgian",
    "brazilian",
    "british",
    "briton",
    "canadian",
    "chilean",
    "chinese",
    "colombian",
    "cuban",
    "czech",
    "danish",
    "dutch",
    "egyptian",
    "ethiopian",
    "filipino",
    "finnish",
    "french",
    "german",
    "ghanaian",
    "greek",
    "hungarian",
    "indian",
    "indonesian",
    "iranian",
    "iraqi",
    "irish",
    "israeli",
    "italian",
    "japanese",
    "jordanian",
    "kenyan",
    "korean",
    "kuwaiti",
    "lebanese",
    "libyan",
    "malaysian",
    "mexican",
    "moroccan",
    "nepalese",
    "nigerian",
    "norwegian",
    "pakistani",
    "palestinian",
    "peruvian",
    "polish",
    "portuguese",
    "russian",
    "saudi",
    "singaporean",
    "somali",
    "spanish",
    "sudanese",
    "swedish",
    "swiss",
    "syrian",
    "taiwanese",
    "thai",
    "tunisian",
    "turkish",
    "ukrainian",
    "venezuelan",
    "vietnamese",
    "yemeni",
];

/// Words between a part and the category it names: "80 were British", "50 said no".
const LINKING_WORDS: &[&str] = &[
    "were", "are", "was", "is", "said", "say", "says", "answered", "voted", "being",
];

/// Words that say the parts of a sentence may overlap or count more than one whole.
const OVERLAP_WORDS: &[&str] = &[
    " both ",
    "dual",
    // A sub-group of a part: "80 were children, 50 of them girls".
    " of them",
    " of whom",
    " also ",
    "multiple",
    "more than one",
    " each ",
    " some of whom",
    " as well as ",
    " either ",
];

/// A category a part names, and the words after it ("for the bill" is "for", then "the
/// bill").
#[derive(Debug, Clone, PartialEq, Eq)]
struct Category {
    member: String,
    rest: String,
}

/// The category a part names in `words` (the words right after it, to the list's joiner or
/// the clause's end), or the part's own noun when it has one ("80 women"); `None` when the
/// words are anything but a category of [`EXCLUSIVE_SETS`]. A share's category follows a
/// linking verb ("55% said yes"): "52% in urban areas" is a share of another whole.
fn category(q: &Quantity, words: &str, share: bool) -> Option<Category> {
    let member = |word: &str| -> Option<String> {
        let word = word.to_ascii_lowercase();
        let singular = word.strip_suffix('s').unwrap_or(&word);
        [word.as_str(), singular]
            .into_iter()
            .find(|w| EXCLUSIVE_SETS.iter().any(|set| set.contains(w)))
            .map(str::to_string)
    };
    let tokens: Vec<&str> = words
        .split(' ')
        .map(|w| w.trim_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-')))
        .filter(|w| !w.is_empty())
        .collect();
    if q.dimension == Dimension::Count && !q.unit.is_empty() {
        return Some(Category {
            member: member(&q.unit)?,
            rest: tokens.join(" "),
        });
    }
    let linked = tokens
        .iter()
        .take_while(|w| LINKING_WORDS.contains(w))
        .count();
    if share && linked == 0 {
        return None;
    }
    let mut rest = tokens[linked..].iter().copied();
    let first = rest.next()?;
    // "in favour": the category is the second word.
    let first = match (first, rest.clone().next()) {
        ("in", Some("favour" | "favor")) => rest.next()?,
        _ => first,
    };
    let rest: Vec<&str> = rest.collect();
    // A few words more may describe the category ("British nationals", "against the
    // plan"), not a clause.
    (rest.len() <= 3).then_some(())?;
    Some(Category {
        member: member(first)?,
        rest: rest.join(" "),
    })
}

/// Words after a category that date it: "60% said yes in 2019 and 55% said no in 2023" are
/// two polls.
/// Months count too (see [`crate::check::dateline::month`]).
const DATING_WORDS: &[&str] = &[
    "before",
    "after",
    "by",
    "since",
    "until",
    "then",
    "now",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "year",
    "month",
    "week",
];

/// Whether the words after each part's category say the parts are of one time and one
/// question: each the same as the first part's, or left out after it ("180 voted for the
/// bill and 130 against"), and none dating its part. Words only a later part has ("300 were
/// private and 250 were public sector suppliers") may sort it by something else.
fn one_occasion(categories: &[Category]) -> bool {
    let dated = |rest: &str| {
        rest.contains(|c: char| c.is_ascii_digit())
            || rest
                .split(' ')
                .any(|w| DATING_WORDS.contains(&w) || crate::check::dateline::month(w).is_some())
    };
    let Some(first) = categories.first() else {
        return false;
    };
    !categories.iter().any(|c| dated(&c.rest))
        && categories[1..]
            .iter()
            .all(|c| c.rest.is_empty() || c.rest == first.rest)
}

/// The list's joiner at the end of `words` and the words before it: " were British and "
/// is " were British".
fn before_joiner(words: &str) -> Option<&str> {
    [", and ", " and ", ", while ", ", ", "; "]
        .iter()
        .find_map(|joiner| words.strip_suffix(joiner))
        // One part's words, not a clause: "said yes, and in Texas," joins two places.
        .filter(|words| !words.contains(['.', ',', ';', ':', '!', '?', '(', ')']))
}

/// The words after `q` to the end of its clause, in lower case.
fn words_to_clause_end(document: &Document<'_>, q: &Quantity, sentence_end: usize) -> String {
    let rest = document
        .text
        .get(q.end..sentence_end.max(q.end))
        .unwrap_or("");
    let end = rest
        .find(['.', ',', ';', ':', '!', '?', '(', ')', '\n'])
        .unwrap_or(rest.len());
    squeeze(&rest[..end])
}

/// Whether the words before a total's parts open them: "of the 120 passengers, " is
/// opened by "of the" before the total and ", " after it; "120 passengers: ", "120
/// passengers, including " open them by the words after.
fn opens_parts(total: &Item<'_>, count_before: bool, after_total: &str) -> bool {
    let before = total.before.trim_end();
    let of_the = [
        "of the",
        "of its",
        "of their",
        "of those",
        "of all",
        "of",
        "among the",
        "among its",
    ]
    .iter()
    .find_map(|w| before.strip_suffix(w))
    .is_some_and(|rest| {
        let rest = rest.trim_end();
        rest.is_empty() || rest.ends_with([',', ';'])
    });
    // A few words may describe the total first ("120 aid workers, including"), with no
    // other figure or clause among them.
    let after = after_total.trim();
    let (description, opener) = after
        .rfind([',', ':'])
        .map_or((after, ""), |at| (&after[..at], after[at..].trim()));
    let described = !description.contains(|c: char| c.is_ascii_digit() || c == '.' || c == ';')
        && description.split(' ').filter(|w| !w.is_empty()).count() <= 4;
    let opened = match opener {
        "," => of_the,
        ":" | ", including" | ", among them" => true,
        _ => false,
    };
    let included = [
        "including",
        "- including",
        "included",
        "include",
        "includes",
    ]
    .iter()
    .any(|w| {
        after
            .strip_suffix(w)
            .is_some_and(|d| d.is_empty() || d.ends_with(' '))
    });
    // No other count stands before the total in its clause: in "killed 12 people and
    // wounded 8, including 10 children", the 10 are among the 20, not the 8.
    let alone = !count_before || total.before.contains([',', ';', ':', '(']) || of_the;
    described && alone && (opened || included)
}

/// The figure `q` states as the most a total can be, and the least a part can be, in SI:
/// a whole-number count is exact, anything else is read at its written precision.
fn bounds(q: &Quantity, document: &Document<'_>) -> (f64, f64) {
    if q.qualifier.is_none() && q.dimension == Dimension::Count && written_as_whole_number(q) {
        return (q.si.low, q.si.high);
    }
    stated_interval(q, document)
}

/// One breakdown read from a sentence: its parts, and the total (none for shares of a
/// whole).
struct Breakdown<'i, 'd> {
    total: Option<&'i Item<'d>>,
    parts: Vec<&'i Item<'d>>,
}

/// The parts of a list starting at `items[first]`: consecutive figures of one kind, each
/// followed by a category of one exclusive set, each a different category.
fn parts_from<'i, 'd>(
    document: &Document<'_>,
    items: &'i [Item<'d>],
    first: usize,
    sentence_end: usize,
) -> Option<Vec<&'i Item<'d>>> {
    let percent = items[first].q.dimension == Dimension::Percent;
    let mut parts = Vec::new();
    let mut categories = Vec::new();
    let mut i = first;
    loop {
        let part = &items[i];
        let same_kind = if percent {
            part.q.dimension == Dimension::Percent && part.q.unit == "%"
        } else {
            part.q.dimension == Dimension::Count
        };
        let bounded_below = !matches!(
            part.q.qualifier,
            Some(Qualifier::UpTo | Qualifier::AtMost | Qualifier::LessThan)
        );
        // "two thirds" is a share, not a count of parts.
        let whole = percent || part.q.low >= 1.0;
        if !same_kind || part.q.kind != Kind::Value || !bounded_below || !whole {
            return None;
        }
        let joined_next = items
            .get(i + 1)
            .and_then(|next| before_joiner(&next.before));
        let words = match joined_next {
            Some(words) => words.to_string(),
            None => words_to_clause_end(document, part.q, sentence_end),
        };
        categories.push(category(part.q, &words, percent)?);
        parts.push(part);
        if joined_next.is_none() {
            break;
        }
        i += 1;
    }
    let one_set = EXCLUSIVE_SETS
        .iter()
        .any(|set| categories.iter().all(|c| set.contains(&c.member.as_str())));
    let mut distinct: Vec<&str> = categories.iter().map(|c| c.member.as_str()).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let exclusive = one_set && distinct.len() == categories.len() && one_occasion(&categories);
    (parts.len() >= 2 && exclusive).then_some(parts)
}

/// The breakdowns one sentence's figures state.
fn breakdowns<'i, 'd>(
    document: &Document<'_>,
    items: &'i [Item<'d>],
    sentence_end: usize,
) -> Vec<Breakdown<'i, 'd>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let item = &items[i];
        let next = items.get(i + 1);
        let total = next.filter(|next| {
            item.q.dimension == Dimension::Count
                && item.q.kind == Kind::Value
                && opens_parts(
                    item,
                    i > 0 && items[i - 1].q.dimension == Dimension::Count,
                    &next.before,
                )
        });
        let first = if total.is_some() { i + 1 } else { i };
        let shares = item.q.dimension == Dimension::Percent;
        if total.is_some() || shares {
            if let Some(parts) = parts_from(document, items, first, sentence_end) {
                let last = first + parts.len();
                let is_share = parts[0].q.dimension == Dimension::Percent;
                found.push(Breakdown {
                    total: if is_share { None } else { total.map(|_| item) },
                    parts,
                });
                i = last;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// Reports each breakdown whose parts add up to more than their total.
pub fn check(document: &Document<'_>, findings: &mut [Finding]) {
    for items in document.sentences_with_items() {
        let Some(sentence) = document
            .context
            .sentences
            .get(document.sentence_of[items[0].index])
        else {
            continue;
        };
        let whole = squeeze(
            document
                .text
                .get(sentence.start..sentence.end)
                .unwrap_or(""),
        );
        if OVERLAP_WORDS.iter().any(|w| whole.contains(w)) {
            continue;
        }
        for breakdown in breakdowns(document, items, sentence.end) {
            judge(document, &breakdown, findings);
        }
    }
}

/// Reports `breakdown` on its last part when its parts cannot fit its total.
fn judge(document: &Document<'_>, breakdown: &Breakdown<'_, '_>, findings: &mut [Finding]) {
    let is_share = breakdown.total.is_none();
    let least: f64 = breakdown
        .parts
        .iter()
        .map(|part| bounds(part.q, document).0)
        .sum();
    let stated: f64 = breakdown.parts.iter().map(|part| part.q.si.low).sum();
    let (most, total_text) = match breakdown.total {
        Some(total)
            if total.q.qualifier.is_none()
                || total.q.qualifier == Some(Qualifier::Approximately) =>
        {
            (bounds(total.q, document).1, inside_message(total.q))
        }
        Some(_) => return,
        None => (100.0, "100%".to_string()),
    };
    let parts_text: Vec<String> = breakdown
        .parts
        .iter()
        .map(|p| inside_message(p.q))
        .collect();
    let sum_text = if is_share {
        format!("{}%", format_number((stated * 100.0).round() / 100.0))
    } else {
        written_like(stated, 0, f64::NAN)
    };
    let Some(last) = breakdown.parts.last() else {
        return;
    };
    // A little slack for floating point (33.3 + 33.3 + 33.4).
    if least <= most * (1.0 + 1e-9) {
        say_it_holds(
            &mut findings[last.index],
            &format!(
                "the parts {} make {sum_text}, within {total_text}",
                parts_text.join(" + ")
            ),
        );
        return;
    }
    let finding = &mut findings[last.index];
    if finding.severity >= Severity::Warning {
        return;
    }
    let mut related: Vec<usize> = breakdown.total.map(|t| t.index).into_iter().collect();
    related.extend(breakdown.parts.iter().rev().skip(1).rev().map(|p| p.index));
    for index in related {
        finding.add_related(document.related(&document.quantities[index]));
    }
    let whole = if is_share {
        "100% of one whole".to_string()
    } else {
        format!("the total of {total_text}")
    };
    finding.report(
        &RULE,
        MessageParts::summary(format!(
            "the parts {} make {sum_text}, more than {whole}",
            parts_text.join(" + ")
        )),
    );
}

#[cfg(test)]
mod tests {
    use super::before_joiner;

    #[test]
    fn joiners_end_a_part() {
        assert_eq!(before_joiner(" were british and "), Some(" were british"));
        assert_eq!(before_joiner(" men, "), Some(" men"));
        assert_eq!(before_joiner(" men in "), None);
    }
}
