//! Output of `numfact facts list`: every entity with its aliases and facts.

use super::escape::terminal;
use crate::facts::{FactBase, Tolerance};
use crate::quantity::display::format_number;
use std::io::{self, Write};

/// Writes each entity, then its facts with tolerance, source and date.
pub fn write_list(out: &mut dyn Write, base: &FactBase) -> io::Result<()> {
    for (index, entity) in base.entities.iter().enumerate() {
        let kind = entity
            .kind
            .as_deref()
            .map(|k| format!(" ({k})"))
            .unwrap_or_default();
        let heading = format!("{} — {}{kind}", entity.id, entity.name);
        writeln!(out, "{}", terminal(&heading))?;
        let aliases = format!("  aliases: {}", entity.aliases.join(", "));
        writeln!(out, "{}", terminal(&aliases))?;
        for fact in base.facts.iter().filter(|f| f.entity == index) {
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
            let value = format!("  {} = {}{tolerance}", fact.id, fact.value.describe());
            writeln!(out, "{}", terminal(&value))?;
            let source = format!("      source: {}{as_of}", fact.source);
            writeln!(out, "{}", terminal(&source))?;
        }
    }
    Ok(())
}
