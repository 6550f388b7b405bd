//! Snapshot of the whole extraction of every news fixture in `tests/fixtures/extract/`: the
//! human report and every quantity as the JSON contract serialises it, one YAML snapshot per
//! fixture, stored in the top-level `snapshots/` directory.
//!
//! Every value in those snapshots was checked by hand. To re-record after a grammar change:
//! `INSTA_UPDATE=always cargo test --test extract_snapshots`, then read the changed files.
//!
//! Besides the snapshots, every quantity is checked against the source independently:
//! `text == source[start..end]`, both offsets on character boundaries, and line and column
//! recomputed from scratch (1-based; columns count characters; a line ends at `\n`).

use numfact::quantity::{Quantity, extract};
use numfact::report::extract::{FileQuantities, write_human};
use serde::Serialize;
use std::path::Path;

/// What a snapshot holds for one fixture.
#[derive(Serialize)]
struct Extraction<'a> {
    /// The human report, one line per quantity.
    report: Vec<String>,
    /// The quantities, as `extract --format json` writes them.
    quantities: &'a [Quantity],
}

/// Line and column of byte `offset`, computed without the library's locator.
fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Checks spans, slices and positions of every quantity; returns the problems found.
fn span_problems(source: &str, quantities: &[Quantity]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut previous_end = 0;
    for q in quantities {
        let bounded = q.start < q.end
            && q.end <= source.len()
            && source.is_char_boundary(q.start)
            && source.is_char_boundary(q.end);
        if !bounded {
            problems.push(format!("{:?}: bad span {}..{}", q.text, q.start, q.end));
            continue;
        }
        if source[q.start..q.end] != q.text {
            problems.push(format!(
                "{:?}: source[{}..{}] is {:?}",
                q.text,
                q.start,
                q.end,
                &source[q.start..q.end]
            ));
        }
        let expected = line_and_column(source, q.start);
        if (q.line, q.column) != expected {
            problems.push(format!(
                "{:?}: at {}:{}, expected {}:{}",
                q.text, q.line, q.column, expected.0, expected.1
            ));
        }
        if q.start < previous_end {
            problems.push(format!("{:?}: overlaps the quantity before it", q.text));
        }
        previous_end = q.end;
    }
    problems
}

#[test]
fn extract_fixtures() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings
        .set_description("numfact::quantity::extract on the fixture; every value checked by hand");
    settings.set_omit_expression(true);
    let _scope = settings.bind_to_scope();

    insta::glob!("fixtures/extract/*.txt", |path| {
        let source = std::fs::read_to_string(path).expect("fixtures are UTF-8");
        let quantities = extract(&source);

        let problems = span_problems(&source, &quantities);
        assert!(
            problems.is_empty(),
            "{}:\n  {}",
            path.display(),
            problems.join("\n  ")
        );

        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("fixture names are UTF-8");
        let mut human = Vec::new();
        write_human(
            &mut human,
            &[FileQuantities {
                path: name,
                quantities: &quantities,
            }],
        )
        .expect("writing to memory cannot fail");
        let report = String::from_utf8(human)
            .expect("the human report is UTF-8")
            .lines()
            .map(str::to_owned)
            .collect();

        insta::assert_yaml_snapshot!(
            "extract",
            Extraction {
                report,
                quantities: &quantities,
            }
        );
    });
}

/// The fixtures carry the characters the grammar must cope with; a checkout that normalises
/// line endings or spaces would silently weaken the snapshots above.
#[test]
fn fixtures_keep_their_special_characters() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extract");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect("fixture exists");

    let warships = read("warships.txt");
    assert!(warships.contains("\r\n"), "warships.txt must keep CRLF");
    assert!(
        !warships.replace("\r\n", "").contains('\n'),
        "warships.txt must use CRLF throughout"
    );
    assert!(warships.contains('\t'), "warships.txt has tabs");

    let heatwave = read("heatwave.txt");
    for (c, what) in [
        ('\u{a0}', "no-break space"),
        ('\u{2009}', "thin space"),
        ('\u{212a}', "KELVIN SIGN"),
        ('\u{2013}', "en dash"),
        ('\u{2014}', "em dash"),
        ('°', "degree sign"),
        ('€', "euro sign"),
    ] {
        assert!(heatwave.contains(c), "heatwave.txt must contain a {what}");
    }
    assert!(read("marathon.txt").contains('\t'), "marathon.txt has tabs");
}

/// The independent line/column computation agrees with hand-counted positions, including
/// after a CRLF and after multi-byte characters.
#[test]
fn line_and_column_reference() {
    let text = "a\r\n€5 km\n\tx";
    assert_eq!(line_and_column(text, 0), (1, 1));
    assert_eq!(line_and_column(text, 3), (2, 1));
    assert_eq!(line_and_column(text, 6), (2, 2));
    assert_eq!(line_and_column(text, text.len() - 1), (3, 2));
}
