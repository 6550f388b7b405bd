//! Importing facts kept elsewhere into numfact's fact-file format.
//!
//! [`from_csv`] reads the two spreadsheets a data desk keeps — entities and facts — and
//! writes one fact file that `numfact facts check` accepts, with a report of every row it
//! skipped and why.
//!
//! Entities (a header row, then one row per entity; `aliases` separated by `;`):
//!
//! ```text
//! id,name,aliases,kind
//! kenya,Kenya,Republic of Kenya;KE,country
//! ```
//!
//! Facts (`unit` is appended to `value`; `id`, `tolerance`, `as_of` and `note` are optional
//! columns):
//!
//! ```text
//! entity,attribute,value,unit,as_of,source
//! kenya,population,"57,000,000",people,2025 est.,CIA World Factbook 2025
//! ```

use super::{AsOf, FactBase, parse_value};
use serde::Serialize;
use std::collections::HashMap;

/// What an import produced: the fact file, and the rows left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The fact file, as TOML.
    pub toml: String,
    /// How many entities and facts it holds.
    pub entities: usize,
    /// How many facts it holds.
    pub facts: usize,
    /// Every row left out: "facts.csv row 12: cannot read value …".
    pub skipped: Vec<String>,
}

#[derive(Serialize)]
struct File {
    entity: Vec<EntityOut>,
    fact: Vec<FactOut>,
}

#[derive(Serialize)]
struct EntityOut {
    id: String,
    name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<String>,
}

#[derive(Serialize)]
struct FactOut {
    id: String,
    entity: String,
    attribute: String,
    value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    tolerance: Option<String>,
    source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    as_of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

/// The columns of one CSV file, by name.
struct Table {
    name: String,
    columns: HashMap<String, usize>,
    rows: Vec<(usize, csv::StringRecord)>,
}

impl Table {
    fn read(name: &str, text: &str, required: &[&str], known: &[&str]) -> Result<Table, String> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| format!("{name}: cannot read the header row: {e}"))?
            .clone();
        let mut columns = HashMap::new();
        for (index, header) in headers.iter().enumerate() {
            let header = header.trim().to_ascii_lowercase();
            if !known.contains(&header.as_str()) {
                return Err(format!(
                    "{name}: unknown column {header:?} (known: {})",
                    known.join(", ")
                ));
            }
            columns.insert(header, index);
        }
        for column in required {
            if !columns.contains_key(*column) {
                return Err(format!("{name}: the column {column:?} is missing"));
            }
        }
        let mut rows = Vec::new();
        for (index, record) in reader.records().enumerate() {
            let record = record.map_err(|e| format!("{name}: row {}: {e}", index + 2))?;
            rows.push((index + 2, record));
        }
        Ok(Table {
            name: name.to_string(),
            columns,
            rows,
        })
    }

    fn get<'r>(&self, record: &'r csv::StringRecord, column: &str) -> Option<&'r str> {
        let index = *self.columns.get(column)?;
        record.get(index).map(str::trim).filter(|v| !v.is_empty())
    }
}

/// Converts an entities CSV and a facts CSV (named `entities_name` and `facts_name` in
/// messages) into one fact file. A file whose header is wrong is an error; a row that cannot
/// be used is skipped and reported. The result loads with [`FactBase::from_sources`].
pub fn from_csv(
    entities_name: &str,
    entities_csv: &str,
    facts_name: &str,
    facts_csv: &str,
) -> Result<Imported, String> {
    let entities = Table::read(
        entities_name,
        entities_csv,
        &["id", "name"],
        &["id", "name", "aliases", "kind"],
    )?;
    let facts = Table::read(
        facts_name,
        facts_csv,
        &["entity", "attribute", "value", "source"],
        &[
            "id",
            "entity",
            "attribute",
            "value",
            "unit",
            "tolerance",
            "as_of",
            "scope",
            "source",
            "note",
        ],
    )?;
    let mut skipped = Vec::new();
    let mut file = File {
        entity: Vec::new(),
        fact: Vec::new(),
    };
    let mut known_entities = std::collections::HashSet::new();
    for (row, record) in &entities.rows {
        let (Some(id), Some(name)) = (entities.get(record, "id"), entities.get(record, "name"))
        else {
            skipped.push(format!(
                "{} row {row}: an entity needs an id and a name",
                entities.name
            ));
            continue;
        };
        if !known_entities.insert(id.to_string()) {
            skipped.push(format!("{} row {row}: entity {id:?} again", entities.name));
            continue;
        }
        let aliases = entities
            .get(record, "aliases")
            .map(|a| {
                a.split(';')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default();
        file.entity.push(EntityOut {
            id: id.to_string(),
            name: name.to_string(),
            aliases,
            kind: entities.get(record, "kind").map(String::from),
        });
    }
    let mut ids: HashMap<String, usize> = HashMap::new();
    for (row, record) in &facts.rows {
        let where_ = format!("{} row {row}", facts.name);
        let field = |column| facts.get(record, column);
        let (Some(entity), Some(attribute), Some(value), Some(source)) = (
            field("entity"),
            field("attribute"),
            field("value"),
            field("source"),
        ) else {
            skipped.push(format!(
                "{where_}: a fact needs an entity, an attribute, a value and a source"
            ));
            continue;
        };
        if !known_entities.contains(entity) {
            skipped.push(format!(
                "{where_}: no entity {entity:?} in {}",
                entities.name
            ));
            continue;
        }
        if field("scope").is_some() {
            skipped.push(format!("{where_}: scopes are not supported yet"));
            continue;
        }
        let value = match field("unit") {
            Some(unit) => format!("{value} {unit}"),
            None => value.to_string(),
        };
        if let Err(problem) = parse_value(&value) {
            skipped.push(format!("{where_}: {problem}"));
            continue;
        }
        let as_of = field("as_of").map(String::from);
        if let Some(Err(problem)) = as_of.as_deref().map(AsOf::parse) {
            skipped.push(format!("{where_}: as_of is not a date ({problem})"));
            continue;
        }
        let id = match field("id") {
            Some(id) => id.to_string(),
            None => {
                let stem = format!("{entity}.{attribute}").replace(' ', "_");
                let count = ids.entry(stem.clone()).or_insert(0);
                *count += 1;
                match (*count, as_of.as_deref().and_then(|a| AsOf::parse(a).ok())) {
                    (_, Some(date)) => {
                        format!("{stem}.{}", date.to_string().replace(" (est.)", ""))
                    }
                    (1, None) => stem,
                    (n, None) => format!("{stem}.{n}"),
                }
            }
        };
        file.fact.push(FactOut {
            id,
            entity: entity.to_string(),
            attribute: attribute.to_string(),
            value,
            tolerance: field("tolerance").map(String::from),
            source: source.to_string(),
            as_of,
            note: field("note").map(String::from),
        });
    }
    let toml = toml::to_string(&file).map_err(|e| format!("cannot write the fact file: {e}"))?;
    let toml = format!(
        "# Imported by `numfact facts import csv` from {} and {}.\n\n{toml}",
        entities.name, facts.name
    );
    // Rows that pass one by one can still clash (an attribute the base does not know, two
    // rows with one id): say so now, not when the file is first used.
    if let Err(errors) = FactBase::from_sources([("imported.toml".to_string(), toml.clone())]) {
        return Err(format!("the imported file does not load: {errors}"));
    }
    Ok(Imported {
        entities: file.entity.len(),
        facts: file.fact.len(),
        toml,
        skipped,
    })
}
