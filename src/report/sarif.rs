//! SARIF 2.1.0 output of `numfact check`, as GitHub code scanning accepts it.
//!
//! One run; `tool.driver` names numfact and declares one rule per verdict
//! ([`RULES`]: `numfact/contradicted`, `numfact/inconsistent`, `numfact/imprecise`,
//! `numfact/unverifiable`, `numfact/supported`), each with a short and a full description and
//! help in text and Markdown. Every result carries its `ruleId` and `ruleIndex`, a `level`
//! (`error`, `warning`, `note`), the finding's message, one location (a repo-relative URI and a
//! region with start and end line and column) and a `partialFingerprints` entry that does not
//! depend on line numbers, so an alert survives edits above it. Columns count Unicode code
//! points, as the run's `columnKind` says; `endColumn` is exclusive.
//!
//! Only errors and warnings are results unless [`HumanStyle::all`] asks for every claim.
//!
//! The position and path helpers here ([`artifact_uri`], [`repo_relative`], [`Span`]) are
//! shared with the other machine formats.

use crate::check::{Finding, Severity, Verdict};
use crate::report::check::{CheckedFile, HumanStyle};
use serde_json::{Value, json};
use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, PropertyBag,
    Region, ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultColumnKind,
    ResultLevel, Run, Sarif, Tool, ToolComponent,
};
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

/// The JSON schema the document names.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of numfact's entry in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "numfactClaimHash/v1";

/// A rule of the SARIF driver: one per verdict.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The verdict it reports.
    pub verdict: Verdict,
    /// Stable id (`numfact/contradicted`).
    pub id: &'static str,
    /// Readable name (`ContradictedClaim`).
    pub name: &'static str,
    /// One sentence.
    pub short: &'static str,
    /// What the verdict means.
    pub full: &'static str,
    /// What to do about it, in plain text.
    pub help: &'static str,
    /// The same in Markdown.
    pub help_markdown: &'static str,
}

/// The rules, in `ruleIndex` order.
pub const RULES: [Rule; 5] = [
    Rule {
        verdict: Verdict::Contradicted,
        id: "numfact/contradicted",
        name: "ContradictedClaim",
        short: "A number in the text contradicts the fact base.",
        full: "The claim and the fact base's value do not overlap, even after allowing for the \
               claim's qualifier (\"about\", \"up to\", \"more than\") and the fact's tolerance.",
        help: "Check the number against the source named in the message. Correct the copy, or, \
               if the source is out of date, update the fact base with a newer sourced value.",
        help_markdown: "**Contradicted claim.** The number and the fact base's value do not \
                        overlap, even allowing for qualifiers such as *about* or *up to* and \
                        for the fact's tolerance.\n\nCheck the number against the source named \
                        in the message, then either correct the copy or, if the source is out \
                        of date, update the fact base with a newer sourced value.",
    },
    Rule {
        verdict: Verdict::Inconsistent,
        id: "numfact/inconsistent",
        name: "InconsistentClaim",
        short: "The text disagrees with itself.",
        full: "Two statements of the same text give values for the same entity and attribute \
               that cannot both hold, a conversion in brackets does not convert, or a word such \
               as \"hypersonic\" (at least Mach 5) or \"supersonic\" (above Mach 1) stands \
               beside a speed that belies it.",
        help: "Make the statements agree: decide which one is right and fix the other. The \
               related location points at the other statement.",
        help_markdown: "**Inconsistent claim.** Two statements of the same text cannot both \
                        hold: the same thing stated with different values, a bracketed \
                        conversion that does not convert (*15,000 km (5,000 miles)*), or \
                        *hypersonic* / *supersonic* beside a speed that belies it.\n\nDecide \
                        which statement is right and fix the other; the related location \
                        points at it.",
    },
    Rule {
        verdict: Verdict::Imprecise,
        id: "numfact/imprecise",
        name: "ImpreciseClaim",
        short: "A number reaches outside the fact base's value.",
        full: "The claim overlaps the fact, but part of it lies outside: a range wider than the \
               documented one, or a bound that goes past the documented maximum or minimum.",
        help: "Narrow the claim to what the source supports, or qualify it so that it no \
               longer reaches past the documented value.",
        help_markdown: "**Imprecise claim.** The number overlaps the fact base's value but \
                        reaches outside it, for example a range wider than the documented \
                        one.\n\nNarrow the claim to what the source supports, or qualify it.",
    },
    Rule {
        verdict: Verdict::Unverifiable,
        id: "numfact/unverifiable",
        name: "UnverifiableClaim",
        short: "A number that could not be checked.",
        full: "The claim is linked to no entity and attribute the fact base knows, or the link \
               is ambiguous because two entities could be meant; numfact never guesses.",
        help: "Nothing to fix in the copy. To have such claims checked, add the entity, the \
               attribute and a sourced fact to the fact base.",
        help_markdown: "**Unverifiable claim.** Nothing in the fact base matches it, or two \
                        entities could be meant.\n\nNothing to fix in the copy; to have such \
                        claims checked, add the entity and a sourced fact to the fact base.",
    },
    Rule {
        verdict: Verdict::Supported,
        id: "numfact/supported",
        name: "SupportedClaim",
        short: "A number the fact base supports.",
        full: "The claim lies within the fact base's value, widened by the fact's tolerance.",
        help: "Nothing to do; supported claims are reported for coverage only.",
        help_markdown: "**Supported claim.** The number lies within the fact base's value.\n\n\
                        Nothing to do; reported for coverage only.",
    },
];

/// The rule that reports `verdict`, and its index in [`RULES`].
pub fn rule(verdict: Verdict) -> (usize, &'static Rule) {
    RULES
        .iter()
        .enumerate()
        .find(|(_, r)| r.verdict == verdict)
        .expect("every verdict has a rule")
}

/// A page about numfact, when the package names one (`homepage` or `repository`).
pub fn information_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .find(|uri| !uri.is_empty())
}

/// Whether a finding is reported by the machine formats: errors and warnings, and every claim
/// with `style.all`.
pub fn is_reported(finding: &Finding, style: HumanStyle) -> bool {
    style.all || finding.severity != Severity::Note
}

/// A path as a repository-relative path: forward slashes, no leading `./`.
pub fn repo_relative(path: &str) -> String {
    let mut path = path.replace('\\', "/");
    while let Some(rest) = path.strip_prefix("./") {
        path = rest.trim_start_matches('/').to_string();
    }
    path
}

/// A path as a SARIF `artifactLocation.uri`: [`repo_relative`] and percent-encoded where a URI
/// needs it (spaces, `%`, `#`, `?`, non-ASCII); an absolute path becomes a `file://` URI.
pub fn artifact_uri(path: &str) -> String {
    let path = repo_relative(path);
    let windows_drive =
        path.len() >= 3 && path.as_bytes()[0].is_ascii_alphabetic() && path[1..].starts_with(":/");
    let mut uri = String::with_capacity(path.len() + 8);
    if windows_drive {
        uri.push_str("file:///");
    } else if path.starts_with('/') {
        uri.push_str("file://");
    }
    for byte in path.bytes() {
        let keep = byte.is_ascii_alphanumeric()
            || b"-._~/!$&'()*+,;=@".contains(&byte)
            || (byte == b':' && windows_drive);
        if keep {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

/// Where a finding's claim lies, in the units each format wants. Lines are 1-based; the end
/// column is exclusive (the column just after the claim's last character).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Line of the first character.
    pub line: usize,
    /// Column of the first character, in characters (Unicode code points).
    pub column: usize,
    /// Line of the last character.
    pub end_line: usize,
    /// Column after the last character, in characters.
    pub end_column: usize,
    /// Column of the first character, in UTF-8 bytes.
    pub byte_column: usize,
    /// Column after the last character, in UTF-8 bytes.
    pub end_byte_column: usize,
}

impl Span {
    /// The span of `finding` in `text` (the text of its file). When the finding's offsets do
    /// not fit `text`, the claim's own text is measured from the finding's line and column.
    pub fn of(text: &str, finding: &Finding) -> Span {
        let claim = text
            .get(finding.start..finding.end)
            .unwrap_or(finding.text.as_str());
        let byte_column = text
            .get(..finding.start)
            .map(|before| before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1)
            .unwrap_or(finding.column);
        match claim.rfind('\n') {
            None => Span {
                line: finding.line,
                column: finding.column,
                end_line: finding.line,
                end_column: finding.column + claim.chars().count(),
                byte_column,
                end_byte_column: byte_column + claim.len(),
            },
            Some(last) => {
                let tail = &claim[last + 1..];
                Span {
                    line: finding.line,
                    column: finding.column,
                    end_line: finding.line + claim.matches('\n').count(),
                    end_column: tail.chars().count() + 1,
                    byte_column,
                    end_byte_column: tail.len() + 1,
                }
            }
        }
    }
}

/// A stable identity for a finding that does not depend on where it sits: a 64-bit FNV-1a
/// hash of the repo-relative path, the entity, the attribute and the claim's text (lower case,
/// white space collapsed), as 16 hex digits.
pub fn claim_hash(finding: &Finding) -> String {
    let claim: Vec<String> = finding
        .text
        .split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let key = [
        repo_relative(&finding.path),
        finding.entity.clone().unwrap_or_default(),
        finding.attribute.clone().unwrap_or_default(),
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

/// Builds the SARIF log of a run over `files`.
pub fn sarif(files: &[CheckedFile<'_>], style: HumanStyle) -> Sarif {
    let mut results = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for file in files {
        for finding in file.findings.iter().filter(|f| is_reported(f, style)) {
            let hash = claim_hash(finding);
            let occurrence = seen.entry(hash.clone()).or_insert(0);
            *occurrence += 1;
            results.push(result(file, finding, format!("{hash}:{occurrence}")));
        }
    }
    let run = Run::builder()
        .tool(Tool::from(driver()))
        .column_kind(to_value(ResultColumnKind::UnicodeCodePoints))
        .results(results)
        .build();
    Sarif::builder()
        .schema(SCHEMA_URI)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build()
}

/// Writes the SARIF log of a run over `files` (pretty-printed JSON and a newline).
pub fn write_sarif(
    out: &mut dyn Write,
    files: &[CheckedFile<'_>],
    style: HumanStyle,
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &sarif(files, style))?;
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
    let rules: Vec<ReportingDescriptor> = RULES
        .iter()
        .map(|r| {
            ReportingDescriptor::builder()
                .id(r.id)
                .name(r.name)
                .short_description(MultiformatMessageString::builder().text(r.short).build())
                .full_description(MultiformatMessageString::builder().text(r.full).build())
                .help(
                    MultiformatMessageString::builder()
                        .text(r.help)
                        .markdown(r.help_markdown)
                        .build(),
                )
                .default_configuration(
                    ReportingConfiguration::builder()
                        .level(to_value(level(r.verdict.severity())))
                        .build(),
                )
                .properties(
                    PropertyBag::builder()
                        .tags(vec!["numfact".to_string(), "fact-check".to_string()])
                        .build(),
                )
                .build()
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

fn result(file: &CheckedFile<'_>, finding: &Finding, fingerprint: String) -> SarifResult {
    let (index, rule) = rule(finding.verdict);
    let location = Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(
                    ArtifactLocation::builder()
                        .uri(artifact_uri(&finding.path))
                        .build(),
                )
                .region(region(Span::of(file.text, finding)))
                .build(),
        )
        .build();
    let related: Vec<Location> = finding
        .related
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
    let mut fingerprints = BTreeMap::new();
    fingerprints.insert(FINGERPRINT_KEY.to_string(), fingerprint);
    let result = SarifResult::builder()
        .rule_id(rule.id)
        .rule_index(index as i64)
        .level(level(finding.severity))
        .message(Message::from(finding.message.as_str()))
        .locations(vec![location])
        .partial_fingerprints(fingerprints)
        .properties(
            PropertyBag::builder()
                .additional_properties(properties)
                .build(),
        );
    if related.is_empty() {
        result.build()
    } else {
        result.related_locations(related).build()
    }
}
