//! Output of `numfact facts list` (every entity with its aliases and facts, then the
//! attributes) and `numfact facts show` (one entity).

use super::escape::terminal;
use crate::facts::{FactBase, Tolerance};
use crate::quantity::display::format_number;
use std::io::{self, Write};

/// Writes each entity, then its facts with tolerance, source and date, then the attributes
/// a claim can be linked to, with their trigger words, the nouns a count accepts and the
/// variants with their own words.
pub fn write_list(out: &mut dyn Write, base: &FactBase) -> io::Result<()> {
    for index in 0..base.entities.len() {
        write_entity(out, base, index)?;
    }
    writeln!(out, "attributes (the words that link a number to each):")?;
    for attribute in &base.vocabulary.attributes {
        let line = format!(
            "  {} ({}): {}",
            attribute.name,
            attribute.dimension.name(),
            attribute.triggers.join(", ")
        );
        writeln!(out, "{}", terminal(&line))?;
        if attribute.dimension == crate::quantity::Dimension::Count {
            let counts = format!("      counts: {}", attribute.counts.join(", "));
            writeln!(out, "{}", terminal(&counts))?;
        }
        for variant in &attribute.variants {
            let line = format!(
                "      variant {}: {}",
                variant.name,
                variant.triggers.join(", ")
            );
            writeln!(out, "{}", terminal(&line))?;
        }
    }
    Ok(())
}

/// Writes one entity (by index into [`FactBase::entities`]): its names, then its facts, each
/// series of one attribute ordered by date.
pub fn write_entity(out: &mut dyn Write, base: &FactBase, index: usize) -> io::Result<()> {
    let entity = &base.entities[index];
    let kind = entity
        .kind
        .as_deref()
        .map(|k| format!(" ({k})"))
        .unwrap_or_default();
    let heading = format!("{} — {}{kind}", entity.id, entity.name);
    writeln!(out, "{}", terminal(&heading))?;
    let aliases = format!("  aliases: {}", entity.aliases.join(", "));
    writeln!(out, "{}", terminal(&aliases))?;
    for (label, names) in [
        ("exact aliases", &entity.exact_aliases),
        ("not aliases", &entity.not_aliases),
    ] {
        if !names.is_empty() {
            writeln!(
                out,
                "{}",
                terminal(&format!("  {label}: {}", names.join(", ")))
            )?;
        }
    }
    // The facts in file order, but each series (one attribute, one other entity) together
    // and in time order; facts without a readable date come last in their series.
    let facts: Vec<_> = base.facts.iter().filter(|f| f.entity == index).collect();
    let series = |f: &crate::facts::Fact| {
        facts
            .iter()
            .position(|g| {
                g.attribute == f.attribute
                    && g.to == f.to
                    && g.variant == f.variant
                    && g.scope == f.scope
            })
            .unwrap_or(0)
    };
    let mut ordered = facts.clone();
    ordered.sort_by_key(|f| (series(f), f.as_of_date.is_none(), f.as_of_date));
    for fact in ordered {
        let tolerance = match fact.tolerance {
            Some(Tolerance::Relative(f)) => {
                format!(" ±{}%", format_number(f * 100.0))
            }
            Some(Tolerance::Absolute(a)) => {
                format!(" ±{} {}", format_number(a), fact.value.si_unit)
            }
            None => String::new(),
        };
        let as_of = fact
            .as_of
            .as_deref()
            .map(|d| format!(", as of {d}"))
            .unwrap_or_default();
        let qualifier = match (&fact.variant, &fact.scope) {
            (None, None) => String::new(),
            (variant, scope) => {
                let mut parts = Vec::new();
                if let Some(variant) = variant {
                    parts.push(format!("variant {variant}"));
                }
                if let Some(scope) = scope {
                    parts.push(format!(
                        "part {:?}, selected by {}",
                        scope.name,
                        scope.words.join(", ")
                    ));
                }
                format!(" [{}]", parts.join("; "))
            }
        };
        let value = format!(
            "  {} = {}{tolerance}{qualifier}",
            fact.id,
            fact.value.describe()
        );
        writeln!(out, "{}", terminal(&value))?;
        let source = format!("      source: {}{as_of}", fact.source);
        writeln!(out, "{}", terminal(&source))?;
    }
    Ok(())
}
