//! The checker on arbitrary bytes (lossy UTF-8), against the shipped fact base and against a
//! small fixed base (a relation, a shared alias, an added attribute, every bound): never
//! panics, findings keep the claim invariants, suppressions apply, and every report format
//! renders. The first byte chooses how the text is read (plain, Markdown, HTML).
#![no_main]

use libfuzzer_sys::fuzz_target;
use numfact::check::{Checker, suppress};
use numfact::facts::FactBase;
use numfact::text::source::InputFormat;
use numfact::report::{CheckedFile, Format as CheckFormat, Options, Run, write};
use numfact_fuzz::assert_findings;
use std::sync::LazyLock;

const SMALL: &str = r#"
[[attribute]]
name = "depth"
dimension = "length"
triggers = ["deep", "depth", "dives"]

[[entity]]
id = "widget"
name = "Widget missile"
aliases = ["Widget", "W-1", "the Widget"]
kind = "missile"

[[entity]]
id = "gadget"
name = "Gadget jet"
aliases = ["Gadget", "W-1"]
kind = "aircraft"

[[entity]]
id = "port"
name = "Port Town"
kind = "city"

[[entity]]
id = "sub"
name = "Deep submarine"
aliases = ["Deep"]
kind = "submarine"

[[fact]]
entity = "widget"
attribute = "range"
value = "1500..2000 km"
tolerance = "5%"
source = "s"

[[fact]]
entity = "widget"
attribute = "speed"
value = "<= 10 Mach"
source = "s"

[[fact]]
entity = "gadget"
attribute = "speed"
value = "<= 2220 km/h"
tolerance = "3%"
source = "s"

[[fact]]
entity = "gadget"
attribute = "crew"
value = "2"
source = "s"

[[fact]]
entity = "gadget"
attribute = "cost"
value = "about $50 million"
source = "s"

[[fact]]
entity = "widget"
attribute = "distance"
to = "port"
value = "about 50 km"
source = "s"

[[fact]]
entity = "sub"
attribute = "depth"
value = ">= 300 m"
tolerance = "10 m"
source = "s"

[[fact]]
entity = "sub"
attribute = "endurance"
value = "90 days"
source = "s"
"#;

static SHIPPED: LazyLock<FactBase> =
    LazyLock::new(|| FactBase::shipped().expect("the shipped base loads"));
static SMALL_BASE: LazyLock<FactBase> = LazyLock::new(|| {
    FactBase::from_sources([("small.toml".to_string(), SMALL.to_string())])
        .expect("the small base loads")
});
/// Checkers are built once: building one compiles its automata.
static CHECKERS: LazyLock<[Checker<'static>; 2]> =
    LazyLock::new(|| [Checker::new(&SHIPPED), Checker::new(&SMALL_BASE)]);

const FORMATS: [CheckFormat; 8] = [
    CheckFormat::Human,
    CheckFormat::Json,
    CheckFormat::Jsonl,
    CheckFormat::Sarif,
    CheckFormat::Github,
    CheckFormat::Rdjson,
    CheckFormat::Markdown,
    CheckFormat::Html,
];

fuzz_target!(|data: &[u8]| {
    let (format, rest) = match data.split_first() {
        Some((&b, rest)) => (
            [InputFormat::Text, InputFormat::Markdown, InputFormat::Html][usize::from(b % 3)],
            rest,
        ),
        None => (InputFormat::Text, data),
    };
    let text = String::from_utf8_lossy(rest);
    let prose = format.prose_mask(&text);
    for checker in CHECKERS.iter() {
        let findings = checker.check_prose("fuzz.md", &text, &prose);
        assert_findings(&text, &findings);
        if format == InputFormat::Text {
            assert_eq!(
                checker.check("fuzz.md", &text),
                findings,
                "check != check_prose(t, t)"
            );
        }
        let (kept, notices) = suppress::apply(&text, format, "fuzz.md", findings);
        assert_findings(&text, &kept);
        for n in &notices {
            assert!(n.line >= 1 && n.column >= 1, "notice {n:?}");
            assert_eq!(text.get(n.start..n.end), Some(n.text.as_str()), "notice {n:?}");
        }
        let run = Run::new(vec![CheckedFile {
            path: "fuzz.md",
            text: &text,
            findings: &kept,
            notices: &notices,
        }]);
        for format in FORMATS {
            for all in [false, true] {
                let options = Options {
                    color: all,
                    all,
                    verbose: all,
                };
                write(&mut std::io::sink(), &run, format, &options).expect("a sink never fails");
            }
        }
    }
});
