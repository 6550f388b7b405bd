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
        &["population", "inhabitants", "residents", "people"],
    ),
];

impl Default for Vocabulary {
    fn default() -> Self {
        let attributes = DEFAULTS
            .iter()
            .map(|&(name, dimension, triggers)| Attribute {
                name: name.to_string(),
                dimension,
                triggers: triggers.iter().map(|t| t.to_string()).collect(),
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

    /// Adds an attribute, or extends the triggers of one with the same name and dimension.
    /// Returns false when an attribute of that name exists with another dimension.
    pub fn extend(&mut self, attribute: Attribute) -> bool {
        match self
            .attributes
            .iter_mut()
            .find(|a| a.name == attribute.name)
        {
            Some(existing) if existing.dimension != attribute.dimension => false,
            Some(existing) => {
                for trigger in attribute.triggers {
                    if !existing.triggers.contains(&trigger) {
                        existing.triggers.push(trigger);
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
