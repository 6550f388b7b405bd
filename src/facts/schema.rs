//! The TOML schema of fact files and its validation into a [`FactBase`].

use super::date::AsOf;
use super::error::{FactError, FactErrors};
use super::value::{FactValue, ValueReader, parse_tolerance};
use super::vocabulary::Attribute;
use super::{Entity, Fact, FactBase, Origin};
use crate::quantity::Dimension;
use crate::text::LineIndex;
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSchema {
    #[serde(default)]
    entity: Vec<EntitySchema>,
    #[serde(default)]
    fact: Vec<FactSchema>,
    #[serde(default)]
    attribute: Vec<AttributeSchema>,
    #[serde(default)]
    kind: Vec<KindSchema>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KindSchema {
    id: Spanned<String>,
    nouns: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntitySchema {
    id: Spanned<String>,
    name: Option<Spanned<String>>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    /// Aliases matched only in exactly this case ("US", "CAR").
    #[serde(default)]
    exact_aliases: Vec<Spanned<String>>,
    /// Phrases that contain an alias but are no mention ("New Guinea" for Guinea).
    #[serde(default)]
    not_aliases: Vec<Spanned<String>>,
    kind: Option<String>,
    /// Free text for people reading the file; numfact ignores it.
    #[serde(default, rename = "note")]
    _note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactSchema {
    id: Option<Spanned<String>>,
    entity: Spanned<String>,
    attribute: Spanned<String>,
    to: Option<Spanned<String>>,
    value: Spanned<String>,
    tolerance: Option<Spanned<String>>,
    source: Spanned<String>,
    as_of: Option<Spanned<String>>,
    /// The attribute's variant this fact states (`land` of `area`).
    variant: Option<Spanned<String>>,
    /// The part of the entity the fact is about ("metropolitan France").
    scope: Option<Spanned<String>>,
    /// The words that select the scope in prose; the scope itself when not given.
    #[serde(default)]
    scope_words: Vec<Spanned<String>>,
    /// Free text for people reading the file; numfact ignores it.
    #[serde(default, rename = "note")]
    _note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AttributeSchema {
    name: Spanned<String>,
    dimension: Spanned<String>,
    #[serde(default)]
    triggers: Vec<String>,
    /// For a count: the counted nouns it accepts, replacing the default list.
    counts: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    variants: Vec<VariantSchema>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VariantSchema {
    name: Spanned<String>,
    triggers: Vec<Spanned<String>>,
}

/// The offset of the first character inside a string value (after its opening quote), so
/// every error points into the value it is about.
fn inside<T>(value: &Spanned<T>) -> usize {
    value.span().start + 1
}

/// One parsed file, kept with its text for locating errors.
struct ParsedFile {
    path: String,
    text: String,
    lines: LineIndex,
    schema: FileSchema,
    /// The value of each fact of `schema`, read.
    values: Vec<Result<FactValue, String>>,
}

impl ParsedFile {
    fn error(&self, offset: usize, message: impl Into<String>) -> FactError {
        let (line, column) = self.lines.locate(&self.text, offset);
        FactError {
            path: self.path.clone(),
            line,
            column,
            message: message.into(),
        }
    }

    fn origin(&self, offset: usize) -> Origin {
        let (line, column) = self.lines.locate(&self.text, offset);
        Origin {
            path: self.path.clone(),
            line,
            column,
        }
    }
}

/// Parses and validates fact files into a base, collecting every error.
pub(super) fn build(
    sources: impl IntoIterator<Item = (String, String)>,
) -> Result<FactBase, FactErrors> {
    let mut errors = Vec::new();
    let mut files = Vec::new();
    // Files are parsed in parallel with the `parallel` feature (the TOML parser is most of
    // the time of loading a large base), then validated in their order, so messages and fact
    // order do not depend on it.
    let sources: Vec<(String, String)> = sources.into_iter().collect();
    // Fact values are read here too, file by file, since reading one needs nothing but
    // its text.
    let parse = |(path, text): (String, String)| {
        let schema = toml::from_str::<FileSchema>(&text).map(|schema| {
            let mut reader = ValueReader::default();
            let values: Vec<_> = schema
                .fact
                .iter()
                .map(|f| reader.read(f.value.get_ref()))
                .collect();
            (schema, values)
        });
        (path, text, schema)
    };
    #[cfg(feature = "parallel")]
    let parsed: Vec<_> = {
        use rayon::prelude::*;
        sources.into_par_iter().map(parse).collect()
    };
    #[cfg(not(feature = "parallel"))]
    let parsed: Vec<_> = sources.into_iter().map(parse).collect();
    for (path, text, schema) in parsed {
        match schema {
            Ok((schema, values)) => {
                let lines = LineIndex::new(&text);
                files.push(ParsedFile {
                    path,
                    text,
                    lines,
                    schema,
                    values,
                });
            }
            Err(error) => {
                let offset = error.span().map_or(0, |s| s.start);
                let message = error.message().trim().to_string();
                errors.push(FactError::at(
                    &path,
                    &text,
                    offset,
                    format!("invalid fact file: {message}"),
                ));
            }
        }
    }
    let mut base = FactBase::default();
    for file in &files {
        add_attributes(&mut base, file, &mut errors);
        add_kinds(&mut base, file, &mut errors);
    }
    let mut alias_owners = HashMap::new();
    for file in &files {
        add_entities(&mut base, file, &mut alias_owners, &mut errors);
    }
    let mut fact_ids: HashMap<String, usize> = HashMap::new();
    for file in &files {
        add_facts(&mut base, file, &mut fact_ids, &mut errors);
    }
    base.index_facts();
    warn_about_shared_dates(&mut base);
    if errors.is_empty() {
        Ok(base)
    } else {
        Err(FactErrors(errors))
    }
}

/// Facts of one entity, attribute (and variant and scope) and other entity form a series ordered by `as_of`; two of
/// them with the same date cannot both be the figure of that date, which is a warning at the
/// later one. A speed stated as a Mach number is a series of its own beside the one in km/h
/// (the checker compares a claim with the fact in its own unit family).
fn warn_about_shared_dates(base: &mut FactBase) {
    let facts = &base.facts;
    let key = |index: &usize| {
        let fact = &facts[*index];
        (
            fact.entity,
            fact.attribute.as_str(),
            fact.variant.as_deref(),
            fact.scope.as_ref().map(|s| s.name.as_str()),
            fact.to,
            fact.value.quantity.unit == "Mach",
            fact.as_of_date,
        )
    };
    // Sorted by series and date (stable, so file order decides which comes first), a shared
    // date is two neighbours with the same key.
    let mut dated: Vec<usize> = (0..facts.len())
        .filter(|&i| facts[i].as_of_date.is_some())
        .collect();
    dated.sort_by(|a, b| key(a).cmp(&key(b)));
    let mut warnings = Vec::new();
    let mut first = 0;
    for at in 1..dated.len() {
        if key(&dated[first]) != key(&dated[at]) {
            first = at;
            continue;
        }
        let (earlier, fact) = (&facts[dated[first]], &facts[dated[at]]);
        let date = fact.as_of_date.map(|d| d.to_string()).unwrap_or_default();
        warnings.push((
            dated[at],
            FactError {
                path: fact.origin.path.clone(),
                line: fact.origin.line,
                column: fact.origin.column,
                message: format!(
                    "facts {:?} and {:?} of one series share the date {date}",
                    earlier.id, fact.id
                ),
            },
        ));
    }
    warnings.sort_by_key(|(index, _)| *index);
    base.warnings
        .extend(warnings.into_iter().map(|(_, warning)| warning));
}

/// Adds the kinds of `file`; a kind declared twice gets the nouns of both.
fn add_kinds(base: &mut FactBase, file: &ParsedFile, errors: &mut Vec<FactError>) {
    for kind in &file.schema.kind {
        let id = kind.id.get_ref().trim();
        if id.is_empty() {
            errors.push(file.error(inside(&kind.id), "a kind id cannot be empty"));
            continue;
        }
        let mut nouns = Vec::new();
        for noun in &kind.nouns {
            let words: Vec<&str> = noun.get_ref().split_whitespace().collect();
            if words.is_empty() {
                errors.push(file.error(inside(noun), format!("kind {id:?} has an empty noun")));
            } else {
                nouns.push(words.join(" ").to_lowercase());
            }
        }
        if nouns.is_empty() && kind.nouns.is_empty() {
            errors.push(file.error(
                inside(&kind.id),
                format!("kind {id:?} needs nouns that refer back to it (nouns = [\"country\"])"),
            ));
            continue;
        }
        match base.kinds.iter_mut().find(|k| k.id == id) {
            Some(existing) => existing.nouns.extend(nouns),
            None => base.kinds.push(super::Kind {
                id: id.to_string(),
                nouns,
            }),
        }
    }
}

fn add_attributes(base: &mut FactBase, file: &ParsedFile, errors: &mut Vec<FactError>) {
    for attribute in &file.schema.attribute {
        let Some(dimension) = Dimension::from_name(attribute.dimension.get_ref()) else {
            errors.push(file.error(
                inside(&attribute.dimension),
                format!(
                    "unknown dimension {:?} (one of {})",
                    attribute.dimension.get_ref(),
                    Dimension::ALL.map(Dimension::name).join(", ")
                ),
            ));
            continue;
        };
        let name = attribute.name.get_ref();
        let mut declared = Attribute::new(name, dimension, attribute.triggers.clone());
        if let Some(counts) = &attribute.counts {
            if dimension != Dimension::Count {
                errors.push(file.error(
                    inside(&attribute.name),
                    format!("attribute {name:?} measures {dimension}: only a count has `counts`"),
                ));
                continue;
            }
            declared.counts = words_of(file, counts, &format!("`counts` of {name:?}"), errors);
            declared.counts_declared = true;
        }
        for variant in &attribute.variants {
            let variant_name = variant.name.get_ref().trim();
            if let Some(problem) = id_problem(variant_name).or_else(|| {
                variant_name
                    .is_empty()
                    .then(|| "cannot be empty".to_string())
            }) {
                errors.push(file.error(
                    inside(&variant.name),
                    format!("variant name {variant_name:?} of {name:?} {problem}"),
                ));
                continue;
            }
            let what = format!("variant {variant_name:?} of {name:?}");
            let triggers = words_of(file, &variant.triggers, &what, errors);
            if triggers.is_empty() {
                errors.push(file.error(
                    inside(&variant.name),
                    format!("{what} needs triggers: the words that select it"),
                ));
                continue;
            }
            declared.variants.push(super::Variant {
                name: variant_name.to_string(),
                triggers,
            });
        }
        let added = base.vocabulary.extend(declared);
        if !added {
            errors.push(file.error(
                inside(&attribute.name),
                format!(
                    "attribute {:?} already exists with another dimension",
                    attribute.name.get_ref()
                ),
            ));
        }
    }
}

/// The words of `list`, trimmed, with every empty one an error naming `what`.
fn words_of(
    file: &ParsedFile,
    list: &[Spanned<String>],
    what: &str,
    errors: &mut Vec<FactError>,
) -> Vec<String> {
    let mut words = Vec::new();
    for spelled in list {
        let word = spelled
            .get_ref()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if word.is_empty() {
            errors.push(file.error(inside(spelled), format!("{what} has an empty word")));
        } else if !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

/// Adds the entities of `file`. `alias_owners` maps every alias seen so far (in every file,
/// ASCII lower case, as the linker matches them) to its entity; an alias another entity
/// already has is a warning at the alias, because prose that uses it links to neither.
fn add_entities(
    base: &mut FactBase,
    file: &ParsedFile,
    alias_owners: &mut HashMap<String, usize>,
    errors: &mut Vec<FactError>,
) {
    for entity in &file.schema.entity {
        let id = entity.id.get_ref();
        if id.trim().is_empty() {
            errors.push(file.error(inside(&entity.id), "an entity id cannot be empty"));
            continue;
        }
        if let Some(problem) = id_problem(id) {
            errors.push(file.error(inside(&entity.id), format!("entity id {id:?} {problem}")));
            continue;
        }
        if let Some(&existing) = base.by_id.get(id) {
            let first = &base.entities[existing].origin;
            errors.push(file.error(
                inside(&entity.id),
                format!(
                    "duplicate entity id {id:?} (first defined at {}:{}:{})",
                    first.path, first.line, first.column
                ),
            ));
            continue;
        }
        let index = base.entities.len();
        let name = entity.name.as_ref().unwrap_or(&entity.id);
        let mut aliases: Vec<String> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for spelled in std::iter::once(name).chain(&entity.aliases) {
            let alias = spelled.get_ref().trim();
            if alias.is_empty() {
                errors
                    .push(file.error(inside(spelled), format!("entity {id:?} has an empty alias")));
                continue;
            }
            if !seen.insert(alias) {
                continue;
            }
            aliases.push(alias.to_string());
            let owner = *alias_owners
                .entry(alias.to_ascii_lowercase())
                .or_insert(index);
            if owner != index {
                base.warnings.push(file.error(
                    inside(spelled),
                    format!(
                        "alias {alias:?} of {id:?} is also an alias of {:?}: mentions of it will not be linked",
                        base.entities[owner].id
                    ),
                ));
            }
        }
        let mut phrases = |list: &[Spanned<String>], what: &str| -> Vec<String> {
            let mut kept = Vec::new();
            for spelled in list {
                let phrase = spelled.get_ref().trim();
                if phrase.is_empty() {
                    errors.push(file.error(
                        inside(spelled),
                        format!("entity {id:?} has an empty {what}"),
                    ));
                } else {
                    kept.push(phrase.to_string());
                }
            }
            kept
        };
        let exact_aliases = phrases(&entity.exact_aliases, "exact alias");
        let not_aliases = phrases(&entity.not_aliases, "entry in not_aliases");
        base.by_id.insert(id.clone(), index);
        base.entities.push(Entity {
            id: id.clone(),
            name: name.get_ref().clone(),
            aliases,
            exact_aliases,
            not_aliases,
            kind: entity.kind.clone(),
            origin: file.origin(inside(&entity.id)),
        });
    }
}

/// Adds the facts of `file`; `ids` maps the fact ids seen so far (in every file) to the
/// index of their fact.
fn add_facts(
    base: &mut FactBase,
    file: &ParsedFile,
    ids: &mut HashMap<String, usize>,
    errors: &mut Vec<FactError>,
) {
    for (fact, value) in file.schema.fact.iter().zip(&file.values) {
        let entity_name = fact.entity.get_ref();
        let Some(entity) = base.entity_index(entity_name) else {
            errors.push(file.error(
                inside(&fact.entity),
                format!("unknown entity {entity_name:?}: define it in an [[entity]] table"),
            ));
            continue;
        };
        let to = match &fact.to {
            None => None,
            Some(to) => match base.entity_index(to.get_ref()) {
                Some(index) => Some(index),
                None => {
                    errors.push(file.error(
                        inside(to),
                        format!("unknown entity {:?} in `to`", to.get_ref()),
                    ));
                    continue;
                }
            },
        };
        let attribute_name = fact.attribute.get_ref();
        let Some(attribute) = base.vocabulary.get(attribute_name) else {
            let known: Vec<&str> = base
                .vocabulary
                .attributes
                .iter()
                .map(|a| a.name.as_str())
                .collect();
            errors.push(file.error(
                inside(&fact.attribute),
                format!("unknown attribute {attribute_name:?} (known: {}; add one with an [[attribute]] table)", known.join(", ")),
            ));
            continue;
        };
        let value_offset = inside(&fact.value);
        let value = match value {
            Ok(value) => value.clone(),
            Err(message) => {
                errors.push(file.error(value_offset, message.clone()));
                continue;
            }
        };
        if value.dimension != attribute.dimension {
            errors.push(file.error(
                value_offset,
                format!(
                    "value {:?} measures {}, but attribute {attribute_name:?} measures {}",
                    fact.value.get_ref(),
                    value.dimension,
                    attribute.dimension
                ),
            ));
            continue;
        }
        let variant = match &fact.variant {
            None => None,
            Some(spelled) => {
                let name = spelled.get_ref().trim();
                if attribute.variant(name).is_none() {
                    let known: Vec<&str> =
                        attribute.variants.iter().map(|v| v.name.as_str()).collect();
                    errors.push(file.error(
                        inside(spelled),
                        if known.is_empty() {
                            format!(
                                "attribute {attribute_name:?} has no variants; declare \
                                 {name:?} in its [[attribute]] table (variants = [{{ name = \
                                 {name:?}, triggers = [...] }}])"
                            )
                        } else {
                            format!(
                                "unknown variant {name:?} of {attribute_name:?} (known: {})",
                                known.join(", ")
                            )
                        },
                    ));
                    continue;
                }
                Some(name.to_string())
            }
        };
        let scope = match &fact.scope {
            None => {
                if let Some(first) = fact.scope_words.first() {
                    errors.push(file.error(
                        inside(first),
                        "`scope_words` needs a `scope`: the part of the entity they select",
                    ));
                    continue;
                }
                None
            }
            Some(spelled) => {
                let scope = spelled
                    .get_ref()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                if scope.is_empty() {
                    errors.push(file.error(inside(spelled), "a scope cannot be empty"));
                    continue;
                }
                let mut words = words_of(file, &fact.scope_words, "`scope_words`", errors);
                if words.is_empty() {
                    words.push(scope.clone());
                }
                Some(super::Scope { name: scope, words })
            }
        };
        let tolerance = match &fact.tolerance {
            None => None,
            Some(t) => match parse_tolerance(t.get_ref(), &value) {
                Ok(tolerance) => Some(tolerance),
                Err(message) => {
                    errors.push(file.error(inside(t), message));
                    continue;
                }
            },
        };
        if fact.source.get_ref().trim().is_empty() {
            errors.push(file.error(
                inside(&fact.source),
                "every fact needs a source: who says so, and where",
            ));
            continue;
        }
        if let Some(problem) = fact.id.as_ref().and_then(|id| id_problem(id.get_ref())) {
            let id = fact
                .id
                .as_ref()
                .map(|id| id.get_ref().as_str())
                .unwrap_or_default();
            errors.push(file.error(
                fact.id.as_ref().map_or(0, inside),
                format!("fact id {id:?} {problem}"),
            ));
            continue;
        }
        let id = match &fact.id {
            Some(id) => id.get_ref().clone(),
            None => {
                let mut id = format!("{entity_name}.{attribute_name}");
                let parts = [variant.as_deref(), to.map(|o| base.entities[o].id.as_str())];
                for part in parts.into_iter().flatten() {
                    id.push('.');
                    id.push_str(part);
                }
                id
            }
        };
        let id_offset = fact.id.as_ref().map_or(inside(&fact.entity), inside);
        let origin = file.origin(id_offset);
        if let Some(&first) = ids.get(&id) {
            let first = &base.facts[first].origin;
            errors.push(file.error(
                id_offset,
                format!(
                    "duplicate fact id {id:?} (first defined at {}:{}:{}); give one an `id`",
                    first.path, first.line, first.column
                ),
            ));
            continue;
        }
        ids.insert(id.clone(), base.facts.len());
        let as_of_date = match &fact.as_of {
            None => None,
            Some(written) => match AsOf::parse(written.get_ref()) {
                Ok(date) => Some(date),
                Err(problem) => {
                    base.warnings.push(file.error(
                        inside(written),
                        format!(
                            "as_of {:?} is not a date ({problem}); write \"2025\", \"2025-07\" \
                             or \"2025-07-14\", optionally followed by \"est.\"; it is shown \
                             as written but cannot be ordered",
                            written.get_ref()
                        ),
                    ));
                    None
                }
            },
        };
        base.facts.push(Fact {
            id,
            entity,
            attribute: attribute_name.clone(),
            to,
            value,
            tolerance,
            source: fact.source.get_ref().clone(),
            as_of: fact.as_of.as_ref().map(|a| a.get_ref().clone()),
            as_of_date,
            variant,
            scope,
            origin,
        });
    }
}

/// What is wrong with an id, or `None` when it is made of letters, digits, `.`, `-` and `_`
/// only (ids are shown in every report, and a line break or markup in one would change what
/// a report says).
fn id_problem(id: &str) -> Option<String> {
    let bad = id
        .chars()
        .find(|&c| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '_')))?;
    Some(format!(
        "may hold only letters, digits, '.', '-' and '_', not {}",
        match bad {
            ' ' => "a space".to_string(),
            c if c.is_control() => format!("the control character U+{:04X}", u32::from(c)),
            c => format!("{c:?}"),
        }
    ))
}
