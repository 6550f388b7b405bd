//! The reference fact base: entities (with aliases and a kind) and the facts stated about
//! them, read from TOML files. See `facts/` for the shipped base and the README for the format.
//!
//! ```
//! let base = numfact::facts::FactBase::shipped().expect("the shipped base is valid");
//! assert!(base.entity("kinzhal").is_some());
//! ```

mod date;
mod error;
pub mod import;
mod schema;
mod value;
mod vocabulary;

pub use date::{AsOf, Precision};
pub use error::{FactError, FactErrors};
pub use value::{Bound, FactValue, Tolerance, parse_tolerance, parse_value};
pub use vocabulary::{Attribute, Vocabulary};

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Where something was defined in a fact file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The fact file.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// Something facts are about: a missile, an aircraft, an airfield, a city.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Its identifier (`kinzhal`).
    pub id: String,
    /// Its full name (`Kh-47M2 Kinzhal`).
    pub name: String,
    /// The names prose uses for it, matched in any ASCII case; the name itself is always one.
    pub aliases: Vec<String>,
    /// Names matched only in exactly this case: "US" (not "us"), "CAR".
    pub exact_aliases: Vec<String>,
    /// Phrases that contain one of its names but do not mean it ("New Guinea" for Guinea): a
    /// stop phrase is never a mention, of this entity or of another.
    pub not_aliases: Vec<String>,
    /// What it is (`missile`), so "the missile" can refer back to it.
    pub kind: Option<String>,
    /// Where it was defined.
    pub origin: Origin,
}

/// A kind of entity and the nouns that refer back to one: `kind = "country"` on an entity
/// and `nouns = ["country", "nation"]` let "the country" in a later sentence mean it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kind {
    /// The kind's id, as entities name it in `kind`.
    pub id: String,
    /// Nouns that, after "the" or "this", refer back to an entity of this kind.
    pub nouns: Vec<String>,
}

/// One fact: an attribute of an entity (or a relation between two) and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Its identifier: `entity.attribute`, or `entity.attribute.to` for a relation, unless
    /// the file gives one.
    pub id: String,
    /// Index of the entity in [`FactBase::entities`].
    pub entity: usize,
    /// The attribute's name.
    pub attribute: String,
    /// For a relation ("50 km from Vladivostok"), the index of the other entity.
    pub to: Option<usize>,
    /// The value.
    pub value: FactValue,
    /// How far a claim may stray; `None` means exact (or the approximation allowance for a
    /// value written with "about").
    pub tolerance: Option<Tolerance>,
    /// Who says so, and where.
    pub source: String,
    /// When the source said so, as the file writes it.
    pub as_of: Option<String>,
    /// `as_of` read as a date, when it is one ("2025", "2025-07", "2025-07-14", "2025 est.").
    pub as_of_date: Option<AsOf>,
    /// Where it was defined.
    pub origin: Origin,
}

/// A loaded, validated fact base.
#[derive(Debug, Clone, Default)]
pub struct FactBase {
    /// All entities.
    pub entities: Vec<Entity>,
    /// All facts.
    pub facts: Vec<Fact>,
    /// The attribute vocabulary: defaults plus what the files added.
    pub vocabulary: Vocabulary,
    /// Kinds the files declared (`[[kind]]`), with the nouns that refer back to an entity of
    /// the kind; they add to numfact's own ("missile", "bomber", "airfield", …).
    pub kinds: Vec<Kind>,
    /// Problems that do not stop loading (an alias shared by two entities).
    pub warnings: Vec<FactError>,
    by_id: HashMap<String, usize>,
    /// For each entity, the indices of the facts that involve it (as subject or `to`).
    by_entity: Vec<Vec<usize>>,
}

/// The shipped fact files, embedded at build time: (name, contents).
const SHIPPED: &[(&str, &str)] = &[
    (
        "facts/aircraft.toml",
        include_str!("../../facts/aircraft.toml"),
    ),
    (
        "facts/missiles.toml",
        include_str!("../../facts/missiles.toml"),
    ),
    ("facts/places.toml", include_str!("../../facts/places.toml")),
    ("facts/ships.toml", include_str!("../../facts/ships.toml")),
];

/// Why a fact base could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A file or directory could not be read.
    #[error("{path}: cannot read: {source}")]
    Unreadable {
        /// The path.
        path: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A directory holds no `.toml` file.
    #[error("{0}: no .toml fact files found")]
    Empty(String),
    /// A fact file is larger than the limit on one input.
    #[error("{0}")]
    TooLarge(String),
    /// The files have errors.
    #[error("{0}")]
    Invalid(#[from] FactErrors),
}

/// A commented starter fact file (`numfact init --facts` writes it): one entity and one
/// fact, with every field explained. It is a valid fact file.
pub const STARTER: &str = r#"# A numfact fact file: entities, and sourced facts about them.
# Check it with `numfact facts check FILE`; use it with `numfact check --facts FILE article.md`.

[[entity]]
id = "kenya"                      # letters, digits, '.', '-' and '_'
name = "Kenya"                    # always an alias too
aliases = ["Republic of Kenya"]   # matched in any ASCII case, as whole words
exact_aliases = ["KE"]            # matched only in exactly this case
not_aliases = []                  # phrases that contain a name but do not mean it
kind = "country"                  # lets "the country" refer back to it

[[fact]]
id = "kenya.population.2025"      # optional: entity.attribute by default; needed in a series
entity = "kenya"
attribute = "population"          # `numfact facts list` shows the attributes and their words
value = "about 57,000,000 people" # a quantity: "580,367 sq km", "1500..2000 km", "<= Mach 2"
tolerance = "2%"                  # relative; or absolute: "10 km", "0.3 percentage points"
source = "who says so, and where" # required
as_of = "2025 est."               # "2025", "2025-07" or "2025-07-14", optionally "est."

# [[attribute]]                   # a word list of your own
# name = "coastline"
# dimension = "length"
# triggers = ["coastline", "coast"]
"#;

impl FactBase {
    /// The base shipped with numfact (`facts/`), embedded in the binary.
    pub fn shipped() -> Result<FactBase, FactErrors> {
        FactBase::from_sources(
            SHIPPED
                .iter()
                .map(|&(path, text)| (path.to_string(), text.to_string())),
        )
    }

    /// Loads a fact file, or every `.toml` file in a directory (recursively, in name order).
    pub fn load(path: &Path) -> Result<FactBase, LoadError> {
        FactBase::load_paths(&[path.to_path_buf()])
    }

    /// Loads every fact file named by `paths`: files as given, directories walked for `.toml`
    /// files (recursively, in name order; a `numfact.toml` configuration inside is skipped).
    pub fn load_paths(paths: &[PathBuf]) -> Result<FactBase, LoadError> {
        let mut files = Vec::new();
        for path in paths {
            if path.is_dir() {
                let before = files.len();
                collect_toml_files(path, &mut files).map_err(|source| LoadError::Unreadable {
                    path: path.display().to_string(),
                    source,
                })?;
                if files.len() == before {
                    return Err(LoadError::Empty(path.display().to_string()));
                }
            } else {
                files.push(path.clone());
            }
        }
        let mut sources = Vec::with_capacity(files.len());
        for file in files {
            let name = file.display().to_string();
            let limit = crate::text::source::DEFAULT_READ_LIMIT;
            let bytes = crate::text::source::read_limited(&file, limit).map_err(|e| match e {
                crate::text::source::InputError::Unreadable { source, .. } => {
                    LoadError::Unreadable {
                        path: name.clone(),
                        source,
                    }
                }
                other => LoadError::TooLarge(other.to_string()),
            })?;
            let text = crate::text::source::decode(name.clone(), bytes).map_err(|e| {
                let (line, column, message) = match &e {
                    crate::text::source::InputError::NotUtf8 {
                        line,
                        column,
                        offset,
                        byte,
                        ..
                    } => (
                        *line,
                        *column,
                        format!(
                            "not UTF-8 text (invalid byte 0x{byte:02X} at byte offset {offset})"
                        ),
                    ),
                    _ => (1, 1, e.to_string()),
                };
                LoadError::Invalid(FactErrors(vec![FactError {
                    path: name,
                    line,
                    column,
                    message,
                }]))
            })?;
            sources.push((text.path, text.text));
        }
        Ok(FactBase::from_sources(sources)?)
    }

    /// Builds a base from (path, TOML text) pairs; the paths only name the files in errors.
    pub fn from_sources(
        sources: impl IntoIterator<Item = (String, String)>,
    ) -> Result<FactBase, FactErrors> {
        schema::build(sources)
    }

    /// The entity with identifier `id`.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// The index of the entity with identifier `id`.
    pub fn entity_index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The facts about entity `entity` for `attribute` (relations to `to`, in either direction).
    pub fn facts_for(
        &self,
        entity: usize,
        attribute: &str,
        to: Option<usize>,
    ) -> impl Iterator<Item = &Fact> {
        let indices = self.by_entity.get(entity).map_or(&[][..], Vec::as_slice);
        indices.iter().map(|&i| &self.facts[i]).filter(move |f| {
            f.attribute == attribute
                && match to {
                    None => f.entity == entity && f.to.is_none(),
                    Some(other) => {
                        (f.entity == entity && f.to == Some(other))
                            || (f.entity == other && f.to == Some(entity))
                    }
                }
        })
    }

    /// Records which facts involve which entities; called once the facts are complete.
    fn index_facts(&mut self) {
        self.by_entity = vec![Vec::new(); self.entities.len()];
        for (index, fact) in self.facts.iter().enumerate() {
            self.by_entity[fact.entity].push(index);
            if let Some(other) = fact.to.filter(|&other| other != fact.entity) {
                self.by_entity[other].push(index);
            }
        }
    }
}

fn collect_toml_files(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let root = std::fs::canonicalize(dir)?;
    collect_toml_files_under(dir, &root, files)
}

/// The `.toml` files under `dir` that are regular files, or links to regular files whose real
/// path lies under `root` (a link out of the fact directory is not followed: it could name
/// any file of the machine).
fn collect_toml_files_under(
    dir: &Path,
    root: &Path,
    files: &mut Vec<PathBuf>,
) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            collect_toml_files_under(&path, root, files)?;
        } else if path.extension().is_some_and(|e| e == "toml")
            && entry.file_name() != "numfact.toml"
        {
            let readable = if kind.is_symlink() {
                std::fs::canonicalize(&path)
                    .is_ok_and(|real| real.starts_with(root) && real.is_file())
            } else {
                kind.is_file()
            };
            if readable {
                files.push(path);
            }
        }
    }
    Ok(())
}
