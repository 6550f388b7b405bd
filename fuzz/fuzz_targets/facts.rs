//! The fact-base loader on arbitrary text as a TOML fact file: never panics; every error and
//! warning has a 1-based line and column and a message. A base that loads can build a
//! checker, and checking the file's own text against it keeps the finding invariants
//! (aliases and values come from the input, so this reaches the alias automaton too).
#![no_main]

use libfuzzer_sys::fuzz_target;
use numfact::check::Checker;
use numfact::facts::FactBase;
use numfact_fuzz::{assert_fact_error, assert_findings};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The same file twice under two names: duplicate ids across files are reached too.
    let sources = [
        ("fuzz.toml".to_string(), text.to_string()),
        ("second.toml".to_string(), text.to_string()),
    ];
    let count = if data.first().is_some_and(|b| b & 1 == 1) {
        2
    } else {
        1
    };
    match FactBase::from_sources(sources.into_iter().take(count)) {
        Err(errors) => {
            assert!(!errors.0.is_empty(), "an error without any error in it");
            errors.0.iter().for_each(assert_fact_error);
            let _ = errors.to_string();
        }
        Ok(base) => {
            base.warnings.iter().for_each(assert_fact_error);
            for fact in &base.facts {
                assert!(
                    fact.value.low.is_finite() && fact.value.high.is_finite(),
                    "fact {} has a non-finite value",
                    fact.id
                );
                assert!(
                    fact.value.low <= fact.value.high,
                    "fact {} low > high",
                    fact.id
                );
                assert!(fact.entity < base.entities.len(), "fact {} entity", fact.id);
            }
            let findings = Checker::new(&base).check("fuzz.toml", text);
            assert_findings(text, &findings);
        }
    }
});
