//! Importing facts kept elsewhere into numfact's fact-file format.
//!
//! [`from_wikidata`] reads Wikidata entity JSON (`Special:EntityData/Q….json`, or the lines
//! of a JSON dump) through a property map ([`WIKIDATA_PROPERTIES`]) and a unit map
//! ([`WIKIDATA_UNITS`]). [`from_csv`] reads the two spreadsheets a data desk keeps — entities and facts — and
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
use serde_json::Value;
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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attribute: Vec<AttributeOut>,
    entity: Vec<EntityOut>,
    fact: Vec<FactOut>,
}

#[derive(Serialize)]
struct AttributeOut {
    name: String,
    dimension: String,
    triggers: Vec<String>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    variant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    scope_words: Vec<String>,
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
            "variant",
            "scope",
            "scope_words",
            "source",
            "note",
        ],
    )?;
    let mut skipped = Vec::new();
    let mut file = File {
        attribute: Vec::new(),
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
        let aliases = split_list(entities.get(record, "aliases"));
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
        let scope_words = split_list(field("scope_words"));
        if field("scope").is_none() && !scope_words.is_empty() {
            skipped.push(format!("{where_}: scope_words without a scope"));
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
                let qualifiers = [field("variant"), field("scope")];
                let mut stem = format!("{entity}.{attribute}");
                for part in qualifiers.into_iter().flatten() {
                    stem.push('.');
                    stem.extend(part.chars().filter(|c| c.is_alphanumeric() || *c == ' '));
                }
                let stem = stem.replace(' ', "_");
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
            variant: field("variant").map(String::from),
            scope: field("scope").map(String::from),
            scope_words,
            source: source.to_string(),
            as_of,
            note: field("note").map(String::from),
        });
    }
    let from = format!("{} and {}", entities.name, facts.name);
    finish(file, &from, skipped)
}

/// The items of a cell that lists several, separated by `;` ("Kenya; Republic of Kenya").
fn split_list(cell: Option<&str>) -> Vec<String> {
    cell.map(|list| {
        list.split(';')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(String::from)
            .collect()
    })
    .unwrap_or_default()
}

/// Writes `file` as TOML under a header saying where it came from, and checks that it loads.
fn finish(file: File, from: &str, skipped: Vec<String>) -> Result<Imported, String> {
    let toml = toml::to_string(&file).map_err(|e| format!("cannot write the fact file: {e}"))?;
    let toml = format!("# Imported by numfact from {from}.\n\n{toml}");
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

/// Wikidata properties numfact imports: (property, attribute, dimension, trigger words).
/// Attributes numfact does not know by default are declared in the imported file.
pub const WIKIDATA_PROPERTIES: &[(&str, &str, &str, &[&str])] = &[
    ("P2046", "area", "area", &["area", "covers", "covering"]),
    (
        "P1082",
        "population",
        "count",
        &["population", "inhabitants", "residents", "people"],
    ),
    (
        "P2044",
        "elevation",
        "length",
        &["elevation", "above sea level", "altitude"],
    ),
    ("P2048", "height", "length", &["height", "tall"]),
    ("P2073", "range", "length", &["range", "reach"]),
    (
        "P2052",
        "speed",
        "velocity",
        &["speed", "fast", "flies at", "travels at"],
    ),
    ("P2043", "length", "length", &["length", "long"]),
];

/// Which Wikidata properties an import reads, and as which attribute: the shipped
/// [`WIKIDATA_PROPERTIES`], or a user's map file (`numfact facts import wikidata --properties
/// MAP.toml`):
///
/// ```toml
/// [[property]]
/// id = "P2046"                 # the Wikidata property
/// attribute = "area"           # the attribute its facts state
/// dimension = "area"           # what its values measure
/// triggers = ["area", "covers"]
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyMap {
    /// The properties, in the order they are read.
    pub properties: Vec<Property>,
}

/// One property of a [`PropertyMap`].
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Property {
    /// The Wikidata property ("P2046").
    pub id: String,
    /// The attribute its facts state.
    pub attribute: String,
    /// What its values measure (a dimension name: "area", "length", "count", …).
    pub dimension: String,
    /// The words that announce the attribute, for an attribute numfact does not know.
    #[serde(default)]
    pub triggers: Vec<String>,
}

impl Default for PropertyMap {
    fn default() -> Self {
        let properties = WIKIDATA_PROPERTIES
            .iter()
            .map(|&(id, attribute, dimension, triggers)| Property {
                id: id.to_string(),
                attribute: attribute.to_string(),
                dimension: dimension.to_string(),
                triggers: triggers.iter().map(|t| t.to_string()).collect(),
            })
            .collect();
        PropertyMap { properties }
    }
}

impl PropertyMap {
    /// Reads a map file (named `name` in messages): `[[property]]` tables of `id`,
    /// `attribute`, `dimension` and optional `triggers`.
    pub fn parse(name: &str, text: &str) -> Result<PropertyMap, String> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct MapFile {
            property: Vec<Property>,
        }
        let file: MapFile = toml::from_str(text).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            let (line, column) = crate::text::LineIndex::new(text).locate(text, at);
            format!(
                "{name}:{line}:{column}: invalid property map: {}",
                e.message().trim()
            )
        })?;
        for property in &file.property {
            let well_formed = property.id.len() > 1
                && property.id.starts_with('P')
                && property.id[1..].bytes().all(|b| b.is_ascii_digit());
            if !well_formed {
                return Err(format!(
                    "{name}: {:?} is not a Wikidata property id (P followed by digits)",
                    property.id
                ));
            }
            if crate::quantity::Dimension::from_name(&property.dimension).is_none() {
                return Err(format!(
                    "{name}: property {}: unknown dimension {:?}",
                    property.id, property.dimension
                ));
            }
        }
        Ok(PropertyMap {
            properties: file.property,
        })
    }
}

/// Wikidata unit items and the unit numfact writes for them; `"1"` is no unit.
pub const WIKIDATA_UNITS: &[(&str, &str)] = &[
    ("1", ""),
    ("Q712226", "sq km"),
    ("Q25343", "sq m"),
    ("Q35852", "hectares"),
    ("Q232291", "sq mi"),
    ("Q11573", "m"),
    ("Q828224", "km"),
    ("Q3710", "ft"),
    ("Q253276", "mi"),
    ("Q11570", "kg"),
    ("Q180154", "km/h"),
    ("Q182429", "m/s"),
    ("Q211256", "mph"),
];

/// Converts Wikidata entity JSON (named `name` in messages) into one fact file: for each
/// entity, its English label (the name) and aliases, and every statement of a property in
/// `properties` whose value is a quantity in a unit of [`WIKIDATA_UNITS`].
/// Preferred statements win over normal ones; deprecated ones are skipped. The point in time
/// (P585) becomes `as_of`; reference URLs (P854) the source. Bounds (`lowerBound`,
/// `upperBound`) become an absolute tolerance, and are refused when they do not enclose the
/// amount. Accepts `{"entities": {...}}` documents and dump lines (one entity per line,
/// inside `[` and `]`, with trailing commas).
pub fn from_wikidata(name: &str, json: &str, properties: &PropertyMap) -> Result<Imported, String> {
    let mut items: Vec<Value> = Vec::new();
    match serde_json::from_str::<Value>(json) {
        Ok(Value::Object(doc)) => match doc.get("entities") {
            Some(Value::Object(entities)) => items.extend(entities.values().cloned()),
            _ => items.push(Value::Object(doc)),
        },
        Ok(Value::Array(list)) => items.extend(list),
        _ => {
            for (index, line) in json.lines().enumerate() {
                let line = line.trim().trim_end_matches(',');
                if line.is_empty() || line == "[" || line == "]" {
                    continue;
                }
                let item = serde_json::from_str(line)
                    .map_err(|e| format!("{name}: line {}: not entity JSON: {e}", index + 1))?;
                items.push(item);
            }
        }
    }
    let mut skipped = Vec::new();
    let mut file = File {
        attribute: Vec::new(),
        entity: Vec::new(),
        fact: Vec::new(),
    };
    let defaults = super::Vocabulary::default();
    for item in &items {
        let Some(qid) = item["id"].as_str() else {
            skipped.push(format!("{name}: an entity without an id"));
            continue;
        };
        let label = item["labels"]["en"]["value"].as_str().unwrap_or(qid);
        let id = slug(label).unwrap_or_else(|| qid.to_ascii_lowercase());
        let aliases = item["aliases"]["en"]
            .as_array()
            .map(|list| {
                list.iter()
                    .filter_map(|a| a["value"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        file.entity.push(EntityOut {
            id: id.clone(),
            name: label.to_string(),
            aliases,
            kind: None,
        });
        for entry in &properties.properties {
            let (property, attribute) = (entry.id.as_str(), entry.attribute.as_str());
            let (dimension, triggers) = (entry.dimension.as_str(), &entry.triggers);
            let Some(statements) = item["claims"][property].as_array() else {
                continue;
            };
            let rank = |s: &Value| s["rank"].as_str().unwrap_or("normal").to_string();
            let preferred = statements.iter().any(|s| rank(s) == "preferred");
            let mut used = 0;
            for statement in statements {
                let at = format!("{name}: {qid} {property}");
                match rank(statement).as_str() {
                    "deprecated" => {
                        skipped.push(format!("{at}: a deprecated statement"));
                        continue;
                    }
                    "normal" if preferred => {
                        skipped.push(format!("{at}: a normal statement beside a preferred one"));
                        continue;
                    }
                    _ => {}
                }
                match quantity_fact(statement, &id, qid, property, attribute) {
                    Ok(mut fact) => {
                        used += 1;
                        if used > 1 && fact.as_of.is_none() {
                            fact.id = format!("{}.{used}", fact.id);
                        }
                        file.fact.push(fact);
                    }
                    Err(reason) => skipped.push(format!("{at}: {reason}")),
                }
            }
            if used > 0
                && defaults.get(attribute).is_none()
                && !file.attribute.iter().any(|a| a.name == attribute)
            {
                file.attribute.push(AttributeOut {
                    name: attribute.to_string(),
                    dimension: dimension.to_string(),
                    triggers: triggers.iter().map(ToString::to_string).collect(),
                });
            }
        }
    }
    finish(file, name, skipped)
}

/// The fact of one quantity statement, or why there is none.
fn quantity_fact(
    statement: &Value,
    entity: &str,
    qid: &str,
    property: &str,
    attribute: &str,
) -> Result<FactOut, String> {
    let value = &statement["mainsnak"]["datavalue"];
    if value["type"].as_str() != Some("quantity") {
        return Err("not a quantity".to_string());
    }
    let value = &value["value"];
    let number = |key: &str| -> Result<Option<f64>, String> {
        match value[key].as_str() {
            None => Ok(None),
            Some(text) => text
                .trim_start_matches('+')
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .map(Some)
                .ok_or_else(|| format!("{key} {text:?} is not a number")),
        }
    };
    let amount = number("amount")?.ok_or("no amount")?;
    let unit_item = value["unit"].as_str().unwrap_or("1");
    let unit_item = unit_item.rsplit('/').next().unwrap_or(unit_item);
    let unit = WIKIDATA_UNITS
        .iter()
        .find(|(item, _)| *item == unit_item)
        .map(|(_, unit)| *unit)
        .ok_or_else(|| format!("the unit {unit_item} is not in the unit map"))?;
    let tolerance = match (number("lowerBound")?, number("upperBound")?) {
        (None, None) => None,
        (Some(low), Some(high)) if low <= amount && amount <= high => {
            let margin = (amount - low).max(high - amount);
            (margin > 0.0).then(|| format!("{} {unit}", plain(margin)).trim().to_string())
        }
        (Some(_), Some(_)) => return Err("its bounds do not enclose the amount".to_string()),
        _ => return Err("only one of its bounds is given".to_string()),
    };
    let written = format!("{} {unit}", plain(amount)).trim().to_string();
    parse_value(&written)?;
    let as_of = statement["qualifiers"]["P585"][0]["datavalue"]["value"]
        .as_object()
        .and_then(|time| {
            let text = time.get("time")?.as_str()?;
            let precision = time.get("precision")?.as_u64()?;
            let date = text.trim_start_matches('+');
            let (year, rest) = date.split_once('-')?;
            let (month, rest) = rest.split_once('-')?;
            let day = rest.get(..2)?;
            match precision {
                9 => Some(year.to_string()),
                10 => Some(format!("{year}-{month}")),
                11 => Some(format!("{year}-{month}-{day}")),
                _ => None,
            }
        });
    let urls: Vec<&str> = statement["references"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| r["snaks"]["P854"].as_array().into_iter().flatten())
        .filter_map(|snak| snak["datavalue"]["value"].as_str())
        .collect();
    let mut source = format!("Wikidata {qid} {property}");
    if !urls.is_empty() {
        source.push_str(&format!(", citing {}", urls.join(", ")));
    }
    let id = match &as_of {
        Some(date) => format!("{entity}.{attribute}.{date}"),
        None => format!("{entity}.{attribute}"),
    };
    Ok(FactOut {
        id,
        entity: entity.to_string(),
        attribute: attribute.to_string(),
        value: written,
        tolerance,
        variant: None,
        scope: None,
        scope_words: Vec::new(),
        source,
        as_of,
        note: None,
    })
}

/// A number without an exponent or a trailing ".0": 4650000, 0.25.
fn plain(value: f64) -> String {
    crate::quantity::display::format_number(value)
}

/// An id made of a label: lower case, words joined by `-`, only letters, digits, `-`.
fn slug(label: &str) -> Option<String> {
    let words: Vec<String> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    (!words.is_empty()).then(|| words.join("-"))
}
