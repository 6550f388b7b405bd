//! `NF209`: parts that add up to more than the total they break down ("of the 120
//! passengers, 80 were British and 50 were French"), or shares of one whole past 100% ("55%
//! said yes and 50% said no").

use super::Rule;
use crate::check::arithmetic::{
    Item, inside_message, say_it_holds, sentences_with_items, squeeze, stated_interval,
    written_as_whole_number, written_like,
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
that cannot overlap: sexes or ages (men, women, children; adults, children), nationalities,
fates (killed, injured, missing), votes and stances (for, against, abstained; yes, no,
undecided; support, oppose), results (won, lost, drew), parties, full- and part-time, public
and private, urban and rural, domestic and foreign. Anything else (\"80 were British and 50
were women\", \"55% of men and 60% of women\", \"55% backed the mayor and 40% backed her
rival\") may overlap, or count different wholes, and is not read; neither is a sentence with
\"both\", \"also\", \"multiple\", \"more than one\", \"each\" or \"respectively\".

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
    &[
        "man", "men", "woman", "women", "boy", "girl", "child", "children",
    ],
    &["male", "female"],
    &["adult", "child", "children", "minor"],
    &[
        "killed", "dead", "died", "injured", "wounded", "hurt", "missing",
    ],
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
/// a breakdown that a writer says so).
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
    "english",
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
    "scottish",
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
    "welsh",
    "yemeni",
];

/// Words between a part and the category it names: "80 were British", "50 said no".
const LINKING_WORDS: &[&str] = &[
    "were", "are", "was", "is", "said", "say", "says", "answered", "voted", "being",
];

/// Words that say the parts of a sentence may overlap or count more than one whole.
const OVERLAP_WORDS: &[&str] = &[
    " both ",
    " also ",
    "multiple",
    "more than one",
    " each ",
    " some of whom",
    " as well as ",
    " either ",
];

/// The category a part names in `words` (the words right after it, to the list's joiner or
/// the clause's end), with the part's own noun when it has one ("80 women"); `None` when
/// the words are anything but a category of [`EXCLUSIVE_SETS`].
fn category(q: &Quantity, words: &str, counts: bool) -> Option<String> {
    let member = |word: &str| -> Option<String> {
        let word = word.to_ascii_lowercase();
        let singular = word.strip_suffix('s').unwrap_or(&word);
        [word.as_str(), singular]
            .into_iter()
            .find(|w| EXCLUSIVE_SETS.iter().any(|set| set.contains(w)))
            .map(str::to_string)
    };
    if q.dimension == Dimension::Count && !q.unit.is_empty() {
        return member(&q.unit);
    }
    let mut tokens = words
        .split(' ')
        .map(|w| w.trim_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-')))
        .filter(|w| !w.is_empty())
        .peekable();
    // "80 of them British", "80 of whom were British": only counts; "55% of men" is a
    // share of another whole.
    if counts && tokens.peek() == Some(&"of") {
        tokens.next();
        if !matches!(tokens.next(), Some("them" | "whom")) {
            return None;
        }
    }
    let mut tokens = tokens.skip_while(|w| LINKING_WORDS.contains(w));
    let first = tokens.next()?;
    // "in favour": the category is the second word.
    let first = if first == "in" { tokens.next()? } else { first };
    // A few words more may describe the category ("British nationals", "against the
    // plan"), not a clause.
    (tokens.count() <= 3).then_some(())?;
    member(first)
}

/// The list's joiner at the end of `words` and the words before it: " were British and "
/// is " were British".
fn before_joiner(words: &str) -> Option<&str> {
    [", and ", " and ", ", while ", ", ", "; "]
        .iter()
        .find_map(|joiner| words.strip_suffix(joiner))
        .filter(|words| !words.contains(['.', ';', ':', '!', '?', '(', ')']))
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
fn opens_parts(total: &Item<'_>, after_total: &str) -> bool {
    let before = total.before.trim_end();
    let of_the = ["of the", "of its", "of their", "of those", "of all", "of"]
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
    described && (opened || matches!(after, "including" | "- including"))
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
        categories.push(category(part.q, &words, !percent)?);
        parts.push(part);
        if joined_next.is_none() {
            break;
        }
        i += 1;
    }
    let one_set = EXCLUSIVE_SETS
        .iter()
        .any(|set| categories.iter().all(|c| set.contains(&c.as_str())));
    let mut distinct = categories.clone();
    distinct.sort();
    distinct.dedup();
    (parts.len() >= 2 && one_set && distinct.len() == categories.len()).then_some(parts)
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
                && opens_parts(item, &next.before)
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
    for items in sentences_with_items(document) {
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
        for breakdown in breakdowns(document, &items, sentence.end) {
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
