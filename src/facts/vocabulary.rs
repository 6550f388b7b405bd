//! The attribute vocabulary: which attributes a fact may state, what each measures, and the
//! words in prose that announce it ("range", "reach" for `range`). A fact base may add its own.

use crate::quantity::Dimension;

/// One attribute a fact can state.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// Its name, as used in fact files (`range`, `speed`, `crew`).
    pub name: String,
    /// What its values measure.
    pub dimension: Dimension,
    /// Words near a quantity in prose that say the quantity is this attribute.
    pub triggers: Vec<String>,
    /// For a count, the counted nouns it accepts ("people" for `population`): its name and
    /// triggers unless a fact base narrows them with `counts`.
    pub counts: Vec<String>,
    /// Whether a fact base set [`Attribute::counts`] (which then replaces the default list).
    pub counts_declared: bool,
    /// Kinds of the attribute that prose tells apart by their own words: `area` has `land`
    /// and `water`, `gdp` has `ppp`. A fact names its variant; a claim matches one only
    /// through the variant's words.
    pub variants: Vec<Variant>,
}

/// A variant of an attribute (the land area beside the area) and the words that select it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Its name, as facts give it in `variant` (`land`).
    pub name: String,
    /// Words in the clause of a quantity that say it is this variant ("land area", "land").
    pub triggers: Vec<String>,
}

impl Attribute {
    /// An attribute with triggers and no variants; a count accepts its name and triggers.
    pub fn new(name: &str, dimension: Dimension, triggers: Vec<String>) -> Attribute {
        let counts = if dimension == Dimension::Count {
            std::iter::once(name.to_string())
                .chain(triggers.iter().cloned())
                .collect()
        } else {
            Vec::new()
        };
        Attribute {
            name: name.to_string(),
            dimension,
            triggers,
            counts,
            counts_declared: false,
            variants: Vec::new(),
        }
    }

    /// Whether a count of `noun` ("people") can be this attribute.
    pub fn counts(&self, noun: &str) -> bool {
        self.counts.iter().any(|c| c.eq_ignore_ascii_case(noun))
    }

    /// Whether the counted noun itself announces this attribute ("a crew of four"), so the
    /// count needs no other trigger word in its clause.
    pub fn is_announced_by_noun(&self, noun: &str) -> bool {
        noun.eq_ignore_ascii_case(&self.name)
            || self.triggers.iter().any(|t| t.eq_ignore_ascii_case(noun))
    }

    /// The variant called `name`.
    pub fn variant(&self, name: &str) -> Option<&Variant> {
        self.variants.iter().find(|v| v.name == name)
    }
}

/// The set of known attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct Vocabulary {
    /// The attributes, defaults first, then those a fact base added.
    pub attributes: Vec<Attribute>,
}

/// The attributes every fact base starts with: (name, dimension, trigger words).
const DEFAULTS: &[(&str, Dimension, &[&str])] = &[
    (
        "range",
        Dimension::Length,
        &[
            "range",
            "ranges",
            "reach",
            "reaches",
            "strike",
            "strikes",
            "hit",
            "fly",
            "flies",
            "flew",
            "flown",
            "flight",
            "travel",
            "travels",
            "travelled",
            "traveled",
            "radius",
            "combat radius",
            "without refuelling",
            "without refueling",
        ],
    ),
    (
        "speed",
        Dimension::Velocity,
        &[
            "speed", "speeds", "fast", "fly", "flies", "flew", "travel", "travels", "reach",
            "reaches", "cruise", "cruises", "mach",
        ],
    ),
    (
        "crew",
        Dimension::Count,
        &["crew", "crewed", "pilots", "crew members", "crewmen"],
    ),
    (
        "length",
        Dimension::Length,
        &["long", "length", "in length", "measures"],
    ),
    (
        "wingspan",
        Dimension::Length,
        &["wingspan", "wing span", "wings"],
    ),
    (
        "distance",
        Dimension::Length,
        &["from", "away", "distance", "between"],
    ),
    (
        "ceiling",
        Dimension::Length,
        &["ceiling", "altitude", "altitudes"],
    ),
    (
        "payload",
        Dimension::Mass,
        &["payload", "carry", "carries", "load"],
    ),
    (
        "weight",
        Dimension::Mass,
        &["weighs", "weight", "weighing", "mass", "takeoff weight"],
    ),
    ("warhead", Dimension::Mass, &["warhead"]),
    (
        "displacement",
        Dimension::Mass,
        &["displacement", "displaces"],
    ),
    ("yield", Dimension::Energy, &["yield"]),
    (
        "cost",
        Dimension::Currency,
        &["cost", "costs", "price", "worth", "priced"],
    ),
    (
        "endurance",
        Dimension::Duration,
        &["endurance", "loiter", "stay aloft"],
    ),
    (
        "population",
        Dimension::Count,
        &[
            "population",
            "populated",
            "inhabitants",
            "home to",
            "a nation of",
            "a country of",
        ],
    ),
];

/// The counted nouns of numfact's own count attributes, where they differ from the
/// attribute's name and triggers: a count of people is a population only when its clause
/// also has a trigger ("a population of 5 million people"), never from the noun alone
/// ("killed 12 people").
const DEFAULT_COUNTS: &[(&str, &[&str])] = &[(
    "population",
    &[
        "people",
        "inhabitants",
        "residents",
        "population",
        "citizens",
    ],
)];

impl Default for Vocabulary {
    fn default() -> Self {
        let attributes = DEFAULTS
            .iter()
            .map(|&(name, dimension, triggers)| {
                let mut attribute = Attribute::new(
                    name,
                    dimension,
                    triggers.iter().map(|t| t.to_string()).collect(),
                );
                if let Some((_, counts)) = DEFAULT_COUNTS.iter().find(|(n, _)| *n == name) {
                    attribute.counts = counts.iter().map(|c| c.to_string()).collect();
                }
                attribute
            })
            .collect();
        Vocabulary { attributes }
    }
}

impl Vocabulary {
    /// How many of [`Vocabulary::attributes`] are numfact's own; those after them were
    /// declared by a fact base, and win over numfact's own when both fit a claim.
    pub const BUILT_IN: usize = DEFAULTS.len();

    /// Whether the attribute at `index` was declared by a fact base.
    pub fn is_declared(index: usize) -> bool {
        index >= Self::BUILT_IN
    }

    /// The attribute called `name`.
    pub fn get(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    /// The index in [`Vocabulary::attributes`] of the attribute called `name`.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.attributes.iter().position(|a| a.name == name)
    }

    /// Adds an attribute, or extends one with the same name and dimension: its triggers and
    /// variants are added, and declared `counts` replace the default ones (the first file
    /// that declares them narrows the attribute; later ones add to that list).
    /// Returns false when an attribute of that name exists with another dimension.
    pub fn extend(&mut self, attribute: Attribute) -> bool {
        match self
            .attributes
            .iter_mut()
            .find(|a| a.name == attribute.name)
        {
            Some(existing) if existing.dimension != attribute.dimension => false,
            Some(existing) => {
                add_missing(&mut existing.triggers, attribute.triggers);
                if attribute.counts_declared {
                    if !existing.counts_declared {
                        existing.counts.clear();
                        existing.counts_declared = true;
                    }
                    add_missing(&mut existing.counts, attribute.counts);
                } else if !existing.counts_declared {
                    add_missing(&mut existing.counts, attribute.counts);
                }
                for variant in attribute.variants {
                    match existing
                        .variants
                        .iter_mut()
                        .find(|v| v.name == variant.name)
                    {
                        Some(known) => add_missing(&mut known.triggers, variant.triggers),
                        None => existing.variants.push(variant),
                    }
                }
                true
            }
            None => {
                self.attributes.push(attribute);
                true
            }
        }
    }
}

/// Appends the items of `more` that `list` does not hold yet.
fn add_missing(list: &mut Vec<String>, more: Vec<String>) {
    for item in more {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}
