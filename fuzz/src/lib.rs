//! Invariants the fuzz targets assert. Each function panics, naming the first breach, when
//! a result of numfact breaks a promise its documentation makes.

use numfact::check::Finding;
use numfact::facts::FactError;
use numfact::quantity::{Kind, Quantity};

/// Every quantity lies inside `source` on character boundaries with `text ==
/// source[start..end]`; quantities are ordered and do not overlap; `low <= high`; every
/// number is finite; lines and columns are 1-based.
pub fn assert_quantities(source: &str, quantities: &[Quantity]) {
    let mut previous_end = 0;
    for q in quantities {
        let at = format!("{:?} at {}..{}", q.text, q.start, q.end);
        assert!(
            q.start < q.end && q.end <= source.len(),
            "{at}: empty or out of bounds (len {})",
            source.len()
        );
        assert!(
            source.is_char_boundary(q.start) && source.is_char_boundary(q.end),
            "{at}: not on character boundaries"
        );
        assert_eq!(
            source[q.start..q.end],
            q.text,
            "{at}: text is not the source"
        );
        assert!(
            q.start >= previous_end,
            "{at}: starts before the previous end {previous_end}"
        );
        previous_end = q.end;
        let numbers = [q.low, q.high, q.si.low, q.si.high];
        assert!(
            numbers.iter().all(|n| n.is_finite()),
            "{at}: non-finite number in {numbers:?}"
        );
        assert!(
            q.low <= q.high && q.si.low <= q.si.high,
            "{at}: low > high in {numbers:?}"
        );
        assert!(
            q.kind == Kind::Range || q.low == q.high,
            "{at}: a single value with low != high"
        );
        assert!(
            q.line >= 1 && q.column >= 1,
            "{at}: line and column are 1-based"
        );
    }
}

/// Every finding's claim keeps the quantity invariants, and the finding's own span and
/// position are its claim's; related places are 1-based.
pub fn assert_findings(source: &str, findings: &[Finding]) {
    let claims: Vec<Quantity> = findings.iter().map(|f| f.claim.clone()).collect();
    assert_quantities(source, &claims);
    for f in findings {
        let q = &f.claim;
        assert_eq!(
            (f.start, f.end, f.line, f.column, f.text.as_str()),
            (q.start, q.end, q.line, q.column, q.text.as_str()),
            "finding and claim disagree"
        );
        assert!(!f.message().is_empty(), "{:?}: empty message", f.text);
        assert_eq!(f.severity, f.verdict.severity(), "{:?}: severity", f.text);
        for r in &f.related {
            assert!(r.line >= 1 && r.column >= 1, "{:?}: related {r:?}", f.text);
        }
        if let Some(fact) = &f.fact {
            assert!(
                fact.low.is_finite() && fact.high.is_finite(),
                "{:?}: fact {fact:?}",
                f.text
            );
        }
    }
}

/// A prose mask has the length of its text and a line break exactly where the text has one
/// (that it is UTF-8 the `String` type already says).
pub fn assert_mask(text: &str, prose: &str) {
    assert_eq!(prose.len(), text.len(), "mask length");
    for (i, (&t, &p)) in text.as_bytes().iter().zip(prose.as_bytes()).enumerate() {
        assert_eq!(
            t == b'\n',
            p == b'\n',
            "line break at byte {i} not kept (text {t:#04x}, mask {p:#04x})"
        );
    }
}

/// A fact-base error is located at a 1-based line and column and says something.
pub fn assert_fact_error(error: &FactError) {
    assert!(
        error.line >= 1 && error.column >= 1,
        "error not 1-based: {error}"
    );
    assert!(!error.message.trim().is_empty(), "empty message: {error:?}");
}
