//! Importers: Wikidata entity JSON into a fact file (a snapshot of the whole file and of what
//! was left out, read by hand), and the file it writes loads as a base.

use numfact::facts::FactBase;
use numfact::facts::import::{PropertyMap, from_wikidata};

#[test]
fn wikidata_population_series_and_area() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/wikidata/kenya.json"
    );
    let json = std::fs::read_to_string(path).expect("the fixture is readable");
    let imported = from_wikidata("kenya.json", &json, &PropertyMap::default()).expect("imports");
    let base = FactBase::from_sources([("kenya.toml".to_string(), imported.toml.clone())])
        .expect("the imported file loads");
    assert!(base.warnings.is_empty(), "{:?}", base.warnings);
    let population: Vec<(f64, Option<&str>)> = base
        .facts
        .iter()
        .filter(|f| f.attribute == "population")
        .map(|f| (f.value.low, f.as_of.as_deref()))
        .collect();
    assert_eq!(
        population,
        [
            (47_564_296.0, Some("2019-08-24")),
            (52_000_000.0, Some("2022"))
        ]
    );
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_description(
        "numfact facts import wikidata on a fixture written in the documented entity JSON shape: \
         a population series (P585 dates, one deprecated statement, one with bounds, one with \
         bounds in the wrong order) and an area with a preferred and a normal statement",
    );
    settings.bind(|| {
        insta::assert_snapshot!(
            "import@wikidata-kenya",
            format!(
                "{}\n# left out:\n{}",
                imported.toml,
                imported.skipped.join("\n")
            )
        );
    });
}

/// JSON-dump lines: one entity per line inside `[` and `]`, with trailing commas.
#[test]
fn wikidata_dump_lines() {
    let entity = |qid: &str, label: &str, km2: &str| {
        format!(
            "{{\"id\":\"{qid}\",\"labels\":{{\"en\":{{\"value\":\"{label}\"}}}},\"claims\":{{\"P2046\":[{{\"rank\":\"normal\",\"mainsnak\":{{\"datavalue\":{{\"type\":\"quantity\",\"value\":{{\"amount\":\"+{km2}\",\"unit\":\"http://www.wikidata.org/entity/Q712226\"}}}}}}}}]}}}}"
        )
    };
    let dump = format!(
        "[\n{},\n{}\n]\n",
        entity("Q1", "Testland", "100"),
        entity("Q2", "Other Land", "2500.5")
    );
    let imported = from_wikidata("dump.json", &dump, &PropertyMap::default()).expect("imports");
    assert!(imported.skipped.is_empty(), "{:?}", imported.skipped);
    let base = FactBase::from_sources([("d.toml".to_string(), imported.toml)]).expect("loads");
    let ids: Vec<&str> = base.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["testland", "other-land"]);
    assert_eq!(base.facts[1].value.low, 2_500_500_000.0);
}

/// A data desk's spreadsheet with a scope: the scoped row becomes a fact a claim reaches only
/// through the scope's words.
#[test]
fn csv_scopes() {
    let entities = "id,name,aliases,kind\nfrance,France,French Republic,country\n";
    let facts = "entity,attribute,value,unit,as_of,scope,scope_words,source\n\
        france,population,68512806,people,2025 est.,,,Factbook\n\
        france,population,66351959,people,2025 est.,metropolitan France,metropolitan;mainland,Factbook\n";
    let imported =
        numfact::facts::import::from_csv("e.csv", entities, "f.csv", facts).expect("imports");
    assert!(imported.skipped.is_empty(), "{:?}", imported.skipped);
    let base = FactBase::from_sources([("f.toml".to_string(), imported.toml.clone())])
        .expect("the imported file loads");
    assert!(base.warnings.is_empty(), "{:?}", base.warnings);
    let scoped: Vec<_> = base
        .facts
        .iter()
        .map(|f| (f.id.as_str(), f.scope.as_ref().map(|s| s.words.clone())))
        .collect();
    assert_eq!(
        scoped,
        [
            ("france.population.2025", None),
            (
                "france.population.metropolitan_France.2025",
                Some(vec!["metropolitan".to_string(), "mainland".to_string()])
            ),
        ]
    );
    let checker = numfact::check::Checker::new(&base);
    let findings = checker.check(
        "t.txt",
        "Mainland France has a population of 66.4 million. France has a population of 68.5 million.",
    );
    let facts: Vec<_> = findings
        .iter()
        .map(|f| (f.verdict, f.fact.as_ref().map(|f| f.id.as_str())))
        .collect();
    use numfact::check::Verdict::Supported;
    assert_eq!(
        facts,
        [
            (
                Supported,
                Some("france.population.metropolitan_France.2025")
            ),
            (Supported, Some("france.population.2025")),
        ]
    );
}

/// A user's property map replaces the shipped one: only its properties are read, as its
/// attributes; a malformed map is refused with its file, line and column.
#[test]
fn wikidata_with_a_property_map_of_ones_own() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/wikidata/kenya.json"
    );
    let json = std::fs::read_to_string(path).expect("the fixture is readable");
    let map = PropertyMap::parse(
        "map.toml",
        "[[property]]\nid = \"P2046\"\nattribute = \"surface\"\ndimension = \"area\"\n\
         triggers = [\"surface\"]\n",
    )
    .expect("a valid map");
    let imported = from_wikidata("kenya.json", &json, &map).expect("imports");
    let base = FactBase::from_sources([("kenya.toml".to_string(), imported.toml.clone())])
        .expect("the imported file loads");
    let attributes: Vec<&str> = base.facts.iter().map(|f| f.attribute.as_str()).collect();
    assert!(!attributes.is_empty() && attributes.iter().all(|a| *a == "surface"));
    let broken = PropertyMap::parse("map.toml", "[[property]]\nid = \"Q5\"\n");
    assert!(
        broken.as_ref().is_err_and(|e| e.starts_with("map.toml:")),
        "{broken:?}"
    );
    let unknown = PropertyMap::parse(
        "map.toml",
        "[[property]]\nid = \"P1\"\nattribute = \"a\"\ndimension = \"colour\"\n",
    );
    assert!(unknown.is_err_and(|e| e.contains("unknown dimension")));
}
