//! SARIF 2.1.0 output of `numfact check`, as GitHub code scanning accepts it.
//!
//! One run; `tool.driver` names numfact and declares every rule of the registry
//! ([`crate::check::rules::REGISTRY`]) by its code (`NF101`), with its name, summary, docs
//! (as help in Markdown), default level, and its earlier ids (`numfact/contradicted`) as
//! `deprecatedIds`. Every result carries its `ruleId` and `ruleIndex`, a `level` (`error`,
//! `warning`, `note`), the message, one location (a repo-relative URI and a region with start
//! and end line and column) and a `partialFingerprints` entry that does not depend on line
//! numbers, so an alert survives edits above it. Columns count Unicode code points, as the
//! run's `columnKind` says; `endColumn` is exclusive. Suppression notices are results too.
//!
//! Only errors and warnings are results unless [`Options::all`] asks for every claim.

use super::escape::sarif_text;
use super::position::{Span, artifact_uri, information_uri, repo_relative};
use super::{CheckedFile, Item, Options};
use crate::check::{Rule, Severity, rules};
use serde_json::{Value, json};
use serde_sarif::sarif::{
    ArtifactChange, ArtifactContent, ArtifactLocation, Fix, Invocation, Location, Message,
    MultiformatMessageString, PhysicalLocation, PropertyBag, Region, Replacement,
    ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultColumnKind,
    ResultLevel, Run as SarifRun, Sarif, Tool, ToolComponent,
};
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

/// The JSON schema the document names.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of numfact's entry in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "numfactClaimHash/v1";

/// A stable identity for an item that does not depend on where it sits: a 64-bit FNV-1a hash
/// of the repo-relative path, the entity, the attribute and the claim's text (lower case,
/// white space collapsed), as 16 hex digits. A notice hashes its rule's code in place of the
/// entity and its comment's text in place of the claim.
pub fn claim_hash(item: Item<'_>) -> String {
    let claim: Vec<String> = item
        .text()
        .split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let (entity, attribute) = match item {
        Item::Claim(f) => (
            f.entity.clone().unwrap_or_default(),
            f.attribute.clone().unwrap_or_default(),
        ),
        Item::Notice(n) => (n.rule.code.to_string(), String::new()),
    };
    let key = [
        repo_relative(item.path()),
        entity,
        attribute,
        claim.join(" "),
    ]
    .join("\u{1f}");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in key.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Builds the SARIF log of `run`.
pub fn sarif(run: &super::Run<'_>, options: &Options) -> Sarif {
    let mut results = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (file, item) in run.items(options) {
        let hash = claim_hash(item);
        let occurrence = seen.entry(hash.clone()).or_insert(0);
        *occurrence += 1;
        results.push(result(file, item, format!("{hash}:{occurrence}")));
    }
    let sarif_run = SarifRun::builder()
        .tool(Tool::from(driver()))
        .column_kind(to_value(ResultColumnKind::UnicodeCodePoints))
        .results(results);
    let sarif_run = match &run.config {
        // The configuration file used, so a reader of the log can tell what it was checked
        // under.
        Some(config) => {
            let mut properties = BTreeMap::new();
            properties.insert("configuration".to_string(), json!(config));
            let invocation = Invocation::builder()
                .execution_successful(true)
                .properties(
                    PropertyBag::builder()
                        .additional_properties(properties)
                        .build(),
                )
                .build();
            sarif_run.invocations(vec![invocation]).build()
        }
        None => sarif_run.build(),
    };
    Sarif::builder()
        .schema(SCHEMA_URI)
        .version(json!("2.1.0"))
        .runs(vec![sarif_run])
        .build()
}

/// Writes the SARIF log of `run` (pretty-printed JSON and a newline).
pub fn write(out: &mut dyn Write, run: &super::Run<'_>, options: &Options) -> io::Result<()> {
    super::pretty::to_writer_pretty(&mut *out, &sarif(run, options))?;
    writeln!(out)
}

fn to_value<T: serde::Serialize>(value: T) -> Value {
    serde_json::to_value(value).expect("SARIF enums serialise")
}

fn level(severity: Severity) -> ResultLevel {
    match severity {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Note => ResultLevel::Note,
    }
}

fn driver() -> ToolComponent {
    let rules: Vec<ReportingDescriptor> = rules::all()
        .map(|r| {
            let descriptor = ReportingDescriptor::builder()
                .id(r.code)
                .name(r.name)
                .short_description(MultiformatMessageString::builder().text(r.summary).build())
                .full_description(
                    MultiformatMessageString::builder()
                        .text(r.what_it_does())
                        .build(),
                )
                .help(
                    MultiformatMessageString::builder()
                        .text(rules::explain(r))
                        .markdown(r.docs)
                        .build(),
                )
                .default_configuration(
                    ReportingConfiguration::builder()
                        .level(to_value(level(r.default_severity)))
                        .build(),
                )
                .properties(
                    PropertyBag::builder()
                        .tags(vec!["numfact".to_string(), "fact-check".to_string()])
                        .build(),
                );
            if r.aliases.is_empty() {
                descriptor.build()
            } else {
                let ids = r
                    .aliases
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>();
                descriptor.deprecated_ids(ids).build()
            }
        })
        .collect();
    let driver = ToolComponent::builder()
        .name("numfact")
        .version(env!("CARGO_PKG_VERSION"))
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .rules(rules);
    match information_uri() {
        Some(uri) => driver.information_uri(uri).build(),
        None => driver.build(),
    }
}

fn region(span: Span) -> Region {
    Region::builder()
        .start_line(span.line as i64)
        .start_column(span.column as i64)
        .end_line(span.end_line as i64)
        .end_column(span.end_column as i64)
        .build()
}

/// The index of `rule` in the driver's rule table.
fn rule_index(rule: &Rule) -> usize {
    rules::all().position(|r| r == rule).unwrap_or_default()
}

/// The suggestion of a finding, as a SARIF fix: one replacement in its file.
fn fixes(file: &CheckedFile<'_>, item: Item<'_>) -> Vec<Fix> {
    let Item::Claim(finding) = item else {
        return Vec::new();
    };
    let Some(suggestion) = &finding.suggestion else {
        return Vec::new();
    };
    let Some(span) = Span::of_bytes(file.text, suggestion.span.start, suggestion.span.end) else {
        return Vec::new();
    };
    let replacement = Replacement::builder()
        .deleted_region(region(span))
        .inserted_content(
            ArtifactContent::builder()
                .text(suggestion.replacement.as_str())
                .build(),
        )
        .build();
    let change = ArtifactChange::builder()
        .artifact_location(
            ArtifactLocation::builder()
                .uri(artifact_uri(item.path()))
                .build(),
        )
        .replacements(vec![replacement])
        .build();
    vec![
        Fix::builder()
            .description(Message::from(
                format!("Write {}", suggestion.replacement).as_str(),
            ))
            .artifact_changes(vec![change])
            .build(),
    ]
}

fn result(file: &CheckedFile<'_>, item: Item<'_>, fingerprint: String) -> SarifResult {
    let rule = item.rule();
    let location = Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(
                    ArtifactLocation::builder()
                        .uri(artifact_uri(item.path()))
                        .build(),
                )
                .region(region(Span::of(file.text, item)))
                .build(),
        )
        .build();
    let related: Vec<Location> = item
        .related()
        .iter()
        .enumerate()
        .map(|(i, r)| {
            Location::builder()
                .id(i as i64 + 1)
                .message(Message::from("related statement"))
                .physical_location(
                    PhysicalLocation::builder()
                        .artifact_location(
                            ArtifactLocation::builder()
                                .uri(artifact_uri(&r.path))
                                .build(),
                        )
                        .region(
                            Region::builder()
                                .start_line(r.line as i64)
                                .start_column(r.column as i64)
                                .build(),
                        )
                        .build(),
                )
                .build()
        })
        .collect();
    let mut properties: BTreeMap<String, Value> = BTreeMap::new();
    if let Item::Claim(finding) = item {
        properties.insert("verdict".into(), json!(finding.verdict.name()));
        properties.insert("claim".into(), json!(finding.text));
        if let Some(entity) = &finding.entity {
            properties.insert("entity".into(), json!(entity));
        }
        if let Some(attribute) = &finding.attribute {
            properties.insert("attribute".into(), json!(attribute));
        }
        if let Some(fact) = &finding.fact {
            properties.insert(
                "fact".into(),
                json!({"id": fact.id, "value": fact.value, "source": fact.source, "asOf": fact.as_of}),
            );
        }
    }
    let mut fingerprints = BTreeMap::new();
    fingerprints.insert(FINGERPRINT_KEY.to_string(), fingerprint);
    let result = SarifResult::builder()
        .rule_id(rule.code)
        .rule_index(rule_index(rule) as i64)
        .level(level(item.severity()))
        .message(Message::from(sarif_text(&item.message()).as_str()))
        .locations(vec![location])
        .partial_fingerprints(fingerprints)
        .properties(
            PropertyBag::builder()
                .additional_properties(properties)
                .build(),
        );
    let fixes = fixes(file, item);
    match (related.is_empty(), fixes.is_empty()) {
        (true, true) => result.build(),
        (false, true) => result.related_locations(related).build(),
        (true, false) => result.fixes(fixes).build(),
        (false, false) => result.related_locations(related).fixes(fixes).build(),
    }
}
