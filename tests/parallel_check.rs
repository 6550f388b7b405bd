//! Checking a large document on every core gives the findings of checking it on one: the
//! fixture articles (checks, arithmetic, linking, judgement), separated by blank lines and
//! repeated to about three megabytes — several pieces of extraction and many runs of
//! linking, with carried entities, repeated values and arithmetic on either side of the
//! cuts — checked in a pool of three threads and in a pool of one (which reads it whole).

use numfact::check::Checker;
use numfact::facts::FactBase;

fn articles() -> String {
    let mut paths: Vec<_> = ["check", "arithmetic", "linking", "judgement"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(format!("tests/fixtures/{dir}")).expect("fixtures"))
        .map(|entry| entry.expect("a fixture").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut text = String::new();
    for path in paths {
        text.push_str(
            std::fs::read_to_string(&path)
                .expect("fixtures are UTF-8")
                .trim_end(),
        );
        text.push_str("\n\n");
    }
    text
}

#[test]
fn a_large_document_checked_on_every_core_gives_the_findings_of_one_thread() {
    let one = articles();
    let mut text = String::new();
    while text.len() < 3_000_000 {
        text.push_str(&one);
    }
    let base = FactBase::shipped().expect("the shipped base is valid");
    let checker = Checker::new(&base);
    let pool = |threads| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool")
    };
    let whole = pool(1).install(|| checker.check("large.txt", &text));
    let pieces = pool(3).install(|| checker.check("large.txt", &text));
    assert!(whole.len() > 20_000, "{} findings", whole.len());
    assert!(
        whole.iter().any(|f| !f.related.is_empty()),
        "the article is checked against itself"
    );
    assert_eq!(pieces.len(), whole.len());
    for (a, b) in whole.iter().zip(&pieces) {
        assert_eq!(a, b);
    }
}
