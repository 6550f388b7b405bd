//! A deterministic generator of a large fact base for the check benchmark, and of news
//! sentences that mention its entities.
//!
//! [`generate`] invents `count` entities — missiles, bombers, fighters, ships, airfields and
//! cities — with plausible names ("Karovel", "Velmarsk"), designations in the style of
//! "Kh-47M2" ("Xk-1042", "Xk-1042M") and, for each, about three facts (range, speed as
//! "<= N Mach" or "<= N km/h", crew, length, population, and distances between places), each
//! with a source. Names and designations are built from the entity's index, so every alias
//! is unique; none of them is an English word or a name the news corpus uses.
//!
//! [`Generated::sources`] writes the base as TOML fact files in the format of `facts/*.toml`;
//! [`Generated::sprinkle`] appends sentences about the generated entities to paragraphs of
//! a text, stating values that agree with the facts, contradict them or overlap them.
//! The same seed always gives the same base and the same sentences.

use super::corpus::Rng;
use std::fmt::Write as _;

/// What a generated entity is; the `kind` written to the fact file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Missile,
    Bomber,
    Fighter,
    Ship,
    Airfield,
    City,
}

impl Kind {
    const ALL: [Kind; 6] = [
        Kind::Missile,
        Kind::Bomber,
        Kind::Fighter,
        Kind::Ship,
        Kind::Airfield,
        Kind::City,
    ];

    /// The kind's name in fact files.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Missile => "missile",
            Kind::Bomber => "bomber",
            Kind::Fighter => "fighter",
            Kind::Ship => "ship",
            Kind::Airfield => "airfield",
            Kind::City => "city",
        }
    }

    /// The fact file the kind is written to when the base is split by kind.
    fn file(self) -> &'static str {
        match self {
            Kind::Missile => "generated/missiles.toml",
            Kind::Bomber => "generated/bombers.toml",
            Kind::Fighter => "generated/fighters.toml",
            Kind::Ship => "generated/ships.toml",
            Kind::Airfield => "generated/airfields.toml",
            Kind::City => "generated/cities.toml",
        }
    }

    /// A kind for a random draw in `0..100`: a quarter missiles, a fifth fighters and cities.
    fn from_draw(draw: usize) -> Kind {
        match draw {
            0..25 => Kind::Missile,
            25..35 => Kind::Bomber,
            35..55 => Kind::Fighter,
            55..70 => Kind::Ship,
            70..80 => Kind::Airfield,
            _ => Kind::City,
        }
    }
}

/// A fact's value, kept as numbers so sentences can state it (or miss it on purpose).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    /// `low..high km` (or `N km` when they are equal).
    Km(u64, u64),
    /// `<= N Mach`, in tenths of Mach.
    MachMax(u64),
    /// `<= N km/h`.
    KmhMax(u64),
    /// `N m`, in tenths of a metre.
    Metres(u64),
    /// A plain count (`crew`, `population`).
    Count(u64),
    /// `about N km` (a distance between places).
    AboutKm(u64),
}

/// One generated fact.
#[derive(Debug, Clone)]
pub struct Fact {
    /// The attribute (`range`, `speed`, `crew`, `length`, `population`, `distance`).
    pub attribute: &'static str,
    /// For a distance, the index of the other entity.
    pub to: Option<usize>,
    /// The value.
    pub value: Value,
}

/// One generated entity.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Its id (`xk-1042`, `velmarsk`).
    pub id: String,
    /// Its full name.
    pub name: String,
    /// The aliases written to the file (the name is an alias too).
    pub aliases: Vec<String>,
    /// What it is.
    pub kind: Kind,
    /// Its facts.
    pub facts: Vec<Fact>,
}

/// A generated fact base.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The entities, in the order they were generated.
    pub entities: Vec<Entity>,
    /// The indices of the cities, for distances.
    cities: Vec<usize>,
}

/// Syllables of invented names; 24 of them, so three give 13,824 distinct names.
const SYLLABLES: [&str; 24] = [
    "ka", "ro", "vel", "dar", "min", "tor", "sa", "lun", "bre", "gal", "vor", "nis", "ket", "ral",
    "zan", "mer", "tol", "ash", "ven", "kor", "ily", "das", "ob", "rin",
];

/// Endings of invented city names.
const CITY_ENDINGS: [&str; 8] = ["sk", "grad", "ovo", "port", "abad", "heim", "ava", "insk"];

/// Designation prefixes by kind (two letters that no real designation in the corpus uses).
fn prefixes(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Missile => &["Xk", "Rv", "Zt", "Qm"],
        Kind::Bomber => &["Vb", "Qd"],
        Kind::Fighter => &["Jx", "Yf", "Wz"],
        Kind::Ship => &["Pr", "Kv"],
        Kind::Airfield | Kind::City => &[],
    }
}

/// Institutions that fact sources cite.
const PUBLISHERS: [&str; 8] = [
    "Institute for Strategic Assessment, Military Forces Yearbook",
    "Centre for Arms Control Studies, Weapons Database",
    "Naval Register of the Northern Fleets",
    "Aerospace Review, Combat Aircraft Directory",
    "National Statistics Office, census",
    "Geodetic Survey, great-circle distance tables",
    "Defence Ministry, technical specifications",
    "Missile Threat Project, system profile",
];

/// A name of three syllables, unique for each `index` below 13,824.
fn invented_name(index: usize) -> String {
    // An odd multiplier that is no multiple of 3 permutes 0..13,824, so names look random
    // but never repeat.
    let code = (index * 7919 + 13) % (24 * 24 * 24);
    let mut name = String::new();
    for digit in [code / 576, (code / 24) % 24, code % 24] {
        name.push_str(SYLLABLES[digit]);
    }
    let mut chars = name.chars();
    let first = chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().collect());
    first + chars.as_str()
}

/// A spelling variant of a place name ("Velmarsk" → "Welmarsk"), if a rule applies. What the
/// rules introduce (a leading W or C, "ou") never occurs in primary names, so variants are
/// unique too.
fn variant(name: &str) -> Option<String> {
    if name.starts_with('V') {
        Some(name.replacen('V', "W", 1))
    } else if name.starts_with('K') {
        Some(name.replacen('K', "C", 1))
    } else if name.contains('o') {
        Some(name.replacen('o', "ou", 1))
    } else {
        None
    }
}

/// Generates a base of `count` entities from `seed`.
pub fn generate(count: usize, seed: u64) -> Generated {
    let mut rng = Rng::new(seed);
    let mut generated = Generated {
        entities: Vec::with_capacity(count),
        cities: Vec::new(),
    };
    for index in 0..count {
        let kind = Kind::from_draw(rng.below(100));
        let short = invented_name(index);
        let entity = match kind {
            Kind::City => {
                let name = format!("{short}{}", rng.pick(&CITY_ENDINGS));
                let mut aliases = vec![name.clone()];
                aliases.extend(variant(&name));
                Entity {
                    id: name.to_ascii_lowercase(),
                    name,
                    aliases,
                    kind,
                    facts: Vec::new(),
                }
            }
            Kind::Airfield => Entity {
                id: format!("{}-airfield", short.to_ascii_lowercase()),
                name: format!("{short} airfield"),
                aliases: vec![short.clone(), format!("{short} air base")],
                kind,
                facts: Vec::new(),
            },
            _ => {
                // The number is unique per entity, so designations never repeat.
                let designation = format!("{}-{}", rng.pick(prefixes(kind)), 100 + index);
                let mut aliases = vec![designation.clone(), short.clone()];
                if rng.chance(50) {
                    aliases.push(format!("{designation}M"));
                }
                Entity {
                    id: designation.to_ascii_lowercase(),
                    name: format!("{designation} {short}"),
                    aliases,
                    kind,
                    facts: Vec::new(),
                }
            }
        };
        generated.entities.push(entity);
        let facts = facts_for(kind, index, &generated.cities, &mut rng);
        generated.entities[index].facts = facts;
        if kind == Kind::City {
            generated.cities.push(index);
        }
    }
    generated
}

/// A number from `low..=high` rounded to a multiple of `step`.
fn stepped(rng: &mut Rng, low: u64, high: u64, step: u64) -> u64 {
    (rng.range(low, high) / step * step).max(step)
}

/// The facts of entity `index` of `kind`; `cities` are the cities generated before it.
fn facts_for(kind: Kind, index: usize, cities: &[usize], rng: &mut Rng) -> Vec<Fact> {
    let fact = |attribute, value| Fact {
        attribute,
        to: None,
        value,
    };
    let range = |rng: &mut Rng, low, high| {
        let min = stepped(rng, low, high, 50);
        if rng.chance(50) {
            Value::Km(min, min + stepped(rng, min / 4, min, 50))
        } else {
            Value::Km(min, min)
        }
    };
    match kind {
        Kind::Missile => vec![
            fact("range", range(rng, 100, 5000)),
            fact("speed", Value::MachMax(rng.range(8, 120))),
            fact("length", Value::Metres(rng.range(25, 180))),
        ],
        Kind::Bomber => vec![
            fact("range", range(rng, 3000, 15000)),
            fact("speed", Value::KmhMax(stepped(rng, 800, 2400, 10))),
            fact("crew", Value::Count(rng.range(2, 7))),
            fact("length", Value::Metres(rng.range(300, 560))),
        ],
        Kind::Fighter => vec![
            fact("speed", Value::MachMax(rng.range(12, 28))),
            fact("crew", Value::Count(rng.range(1, 2))),
            fact("range", range(rng, 1000, 4000)),
        ],
        Kind::Ship => vec![
            fact("length", Value::Metres(rng.range(800, 3300))),
            fact("crew", Value::Count(stepped(rng, 40, 2500, 10))),
            fact("speed", Value::KmhMax(rng.range(40, 60))),
        ],
        Kind::Airfield | Kind::City => {
            let mut facts = Vec::new();
            if kind == Kind::City {
                facts.push(fact(
                    "population",
                    Value::Count(stepped(rng, 20_000, 3_000_000, 1000)),
                ));
            }
            // Distances to one or two cities generated earlier (never the same one twice, so
            // the fact ids `a.distance.b` stay unique).
            let wanted = if kind == Kind::City { 2 } else { 1 };
            let mut targets: Vec<usize> = Vec::new();
            for _ in 0..wanted {
                if cities.is_empty() {
                    break;
                }
                let to = cities[rng.below(cities.len())];
                if to != index && !targets.contains(&to) {
                    targets.push(to);
                }
            }
            for to in targets {
                let km = if kind == Kind::Airfield {
                    rng.range(8, 90)
                } else {
                    stepped(rng, 100, 9000, 10)
                };
                facts.push(Fact {
                    attribute: "distance",
                    to: Some(to),
                    value: Value::AboutKm(km),
                });
            }
            facts
        }
    }
}

/// Writes an integer with thousands separators ("12,300").
fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Tenths as a decimal ("2.5", "3").
fn tenths(value: u64) -> String {
    if value % 10 == 0 {
        (value / 10).to_string()
    } else {
        format!("{}.{}", value / 10, value % 10)
    }
}

impl Value {
    /// The value as a fact file writes it.
    fn toml(self) -> String {
        match self {
            Value::Km(low, high) if low == high => format!("{} km", grouped(low)),
            Value::Km(low, high) => format!("{low}..{high} km"),
            Value::MachMax(tenth) => format!("<= {} Mach", tenths(tenth)),
            Value::KmhMax(kmh) => format!("<= {kmh} km/h"),
            Value::Metres(tenth) => format!("{} m", tenths(tenth)),
            Value::Count(n) => grouped(n),
            Value::AboutKm(km) => format!("about {} km", grouped(km)),
        }
    }

    /// The tolerance written with it, if any.
    fn tolerance(self) -> Option<&'static str> {
        match self {
            Value::Km(..) | Value::MachMax(_) => Some("5%"),
            Value::KmhMax(_) => Some("3%"),
            Value::Metres(_) => Some("1%"),
            Value::Count(_) | Value::AboutKm(_) => None,
        }
    }
}

impl Generated {
    /// The base as TOML fact files: one per kind, or a single file when `split` is false.
    pub fn sources(&self, split: bool) -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = if split {
            Kind::ALL
                .iter()
                .map(|kind| (kind.file().to_string(), file_header(kind.name())))
                .collect()
        } else {
            vec![("generated/all.toml".to_string(), file_header("all kinds"))]
        };
        for (index, entity) in self.entities.iter().enumerate() {
            let slot = if split {
                Kind::ALL
                    .iter()
                    .position(|&k| k == entity.kind)
                    .unwrap_or(0)
            } else {
                0
            };
            self.write_entity(index, &mut files[slot].1);
        }
        files
    }

    /// Writes one `[[entity]]` table and its `[[fact]]` tables.
    fn write_entity(&self, index: usize, out: &mut String) {
        let entity = &self.entities[index];
        let aliases: Vec<String> = entity.aliases.iter().map(|a| format!("{a:?}")).collect();
        let _ = write!(
            out,
            "\n[[entity]]\nid = {:?}\nname = {:?}\naliases = [{}]\nkind = {:?}\n",
            entity.id,
            entity.name,
            aliases.join(", "),
            entity.kind.name()
        );
        for (number, fact) in entity.facts.iter().enumerate() {
            let _ = write!(
                out,
                "\n[[fact]]\nentity = {:?}\nattribute = {:?}\n",
                entity.id, fact.attribute
            );
            if let Some(to) = fact.to {
                let _ = writeln!(out, "to = {:?}", self.entities[to].id);
            }
            let _ = writeln!(out, "value = {:?}", fact.value.toml());
            if let Some(tolerance) = fact.value.tolerance() {
                let _ = writeln!(out, "tolerance = {tolerance:?}");
            }
            let publisher = PUBLISHERS[(index * 3 + number) % PUBLISHERS.len()];
            let year = 2015 + (index + number) % 9;
            let _ = writeln!(
                out,
                "source = \"{publisher} ({year}), entry {}\"\nas_of = \"{year}-{:02}\"",
                entity.name,
                1 + (index + number) % 12
            );
        }
    }

    /// Appends a sentence about a generated entity (sometimes two) to about `percent` of the
    /// paragraphs of `text` (paragraphs end at blank lines).
    pub fn sprinkle(&self, text: &str, percent: usize, seed: u64) -> String {
        let mut rng = Rng::new(seed);
        let mut out = String::with_capacity(text.len() + text.len() / 4);
        let mut paragraphs = text.split("\n\n").peekable();
        while let Some(paragraph) = paragraphs.next() {
            let body = paragraph.trim_end_matches('\n');
            out.push_str(body);
            if !body.is_empty() && rng.chance(percent) {
                let entity = rng.below(self.entities.len());
                self.mention(entity, &mut rng, &mut out);
            }
            out.push_str(&paragraph[body.len()..]);
            if paragraphs.peek().is_some() {
                out.push_str("\n\n");
            }
        }
        out
    }

    /// Writes one or two sentences (each starting with a space) that state a fact of
    /// `entity`: mostly the fact's own value, sometimes one far off, sometimes a range that
    /// reaches outside it.
    fn mention(&self, index: usize, rng: &mut Rng, out: &mut String) {
        let entity = &self.entities[index];
        let alias = &entity.aliases[rng.below(entity.aliases.len())];
        let noun = match entity.kind {
            Kind::Missile => "missile",
            Kind::Bomber => "bomber",
            Kind::Fighter => "fighter",
            Kind::Ship => "ship",
            Kind::Airfield => "airfield",
            Kind::City => "city",
        };
        if entity.facts.is_empty() {
            let _ = write!(out, " The {alias} {noun} was not mentioned in the report.");
            return;
        }
        let first = rng.below(entity.facts.len());
        // 0: agrees, 1: far off, 2: overlaps but reaches outside.
        let skew = match rng.below(100) {
            0..65 => 0,
            65..85 => 1,
            _ => 2,
        };
        out.push(' ');
        self.state(alias, noun, &entity.facts[first], skew, rng, out);
        if entity.facts.len() > 1 && rng.chance(40) {
            // A follow-up about another fact that refers back with "it".
            let second = (first + 1 + rng.below(entity.facts.len() - 1)) % entity.facts.len();
            if entity.facts[second].to.is_none() {
                out.push(' ');
                self.state("", noun, &entity.facts[second], 0, rng, out);
            }
        }
    }

    /// Writes a sentence stating `fact` about `alias` (or about "it" when `alias` is empty).
    fn state(
        &self,
        alias: &str,
        noun: &str,
        fact: &Fact,
        skew: u32,
        rng: &mut Rng,
        out: &mut String,
    ) {
        let subject = if alias.is_empty() {
            "It".to_string()
        } else {
            format!("The {alias} {noun}")
        };
        let scale = |n: u64| match skew {
            1 => n * 3,
            _ => n,
        };
        let _ = match (fact.attribute, fact.value) {
            ("range", Value::Km(low, high)) => match skew {
                2 => write!(
                    out,
                    "{subject} can strike targets {} to {} km away, officials said.",
                    grouped(low / 2 / 50 * 50 + 50),
                    grouped(high)
                ),
                _ => write!(
                    out,
                    "{subject} has a range of {} km, according to {}.",
                    grouped(scale((low + high) / 2 / 10 * 10)),
                    rng.pick(&["analysts", "the ministry", "a defence official"])
                ),
            },
            ("speed", Value::MachMax(tenth)) => write!(
                out,
                "{subject} has a top speed of Mach {}.",
                tenths(scale(tenth))
            ),
            ("speed", Value::KmhMax(kmh)) => write!(
                out,
                "{subject} has a maximum speed of {} km/h.",
                grouped(scale(kmh))
            ),
            ("length", Value::Metres(tenth)) => {
                write!(out, "{subject} is {} metres long.", tenths(scale(tenth)))
            }
            ("crew", Value::Count(n)) => {
                write!(out, "{subject} has a crew of {}.", grouped(scale(n)))
            }
            ("population", Value::Count(n)) => {
                write!(out, "{subject} has a population of {}.", grouped(scale(n)))
            }
            ("distance", Value::AboutKm(km)) => {
                let to = &self.entities[fact.to.unwrap_or_default()];
                let to_alias = &to.aliases[rng.below(to.aliases.len())];
                let place = if alias.is_empty() { "It" } else { alias };
                write!(
                    out,
                    "{place} lies about {} km from {to_alias}.",
                    grouped(scale(km))
                )
            }
            _ => write!(out, "{subject} was not mentioned in the report."),
        };
    }
}

/// The comment at the top of a generated fact file.
fn file_header(what: &str) -> String {
    format!(
        "# Generated by benches/facts_gen for the check benchmark: invented {what}, not real data.\n"
    )
}
