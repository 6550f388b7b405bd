//! Words that several reports use: counts with their nouns, names with a capital, the
//! summary line.

use super::Summary;

/// "1 claim", "3 claims".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "contradicted" → "Contradicted".
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "numfact: 9 claims in 1 file: 5 supported, 2 contradicted, …", then the suppression
/// problems and the files ignore files hid, when there are any.
pub fn summary_line(s: &Summary) -> String {
    let mut notices = String::new();
    if s.notices > 0 {
        notices.push_str(&format!(
            "; {}",
            plural(s.notices, "suppression notice", "suppression notices")
        ));
    }
    if s.ignored > 0 {
        notices.push_str(&format!(
            "; {} skipped by ignore files",
            plural(s.ignored, "file", "files")
        ));
    }
    // Outdated claims are counted only when there are some: most runs have none.
    let outdated = if s.outdated > 0 {
        format!(", {} outdated", s.outdated)
    } else {
        String::new()
    };
    format!(
        "numfact: {} in {}: {} supported, {} contradicted, {} inconsistent, {} imprecise{outdated}, {} unverifiable{notices}",
        plural(s.claims, "claim", "claims"),
        plural(s.files, "file", "files"),
        s.supported,
        s.contradicted,
        s.inconsistent,
        s.imprecise,
        s.unverifiable
    )
}
