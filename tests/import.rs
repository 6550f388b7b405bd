//! Importers: Wikidata entity JSON into a fact file (a snapshot of the whole file and of what
//! was left out, read by hand), and the file it writes loads as a base.

use numfact::facts::FactBase;
use numfact::facts::import::from_wikidata;

#[test]
fn wikidata_population_series_and_area() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/wikidata/kenya.json"
    );
    let json = std::fs::read_to_string(path).expect("the fixture is readable");
    let imported = from_wikidata("kenya.json", &json).expect("imports");
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
    let imported = from_wikidata("dump.json", &dump).expect("imports");
    assert!(imported.skipped.is_empty(), "{:?}", imported.skipped);
    let base = FactBase::from_sources([("d.toml".to_string(), imported.toml)]).expect("loads");
    let ids: Vec<&str> = base.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["testland", "other-land"]);
    assert_eq!(base.facts[1].value.low, 2_500_500_000.0);
}
