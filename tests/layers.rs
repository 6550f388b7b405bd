//! The library's modules form one line of layers — text ← quantity ← facts ← check ← report
//! ← driver — and no module imports a layer above its own. The binary (`src/main.rs`,
//! `src/cli/`) sits on top. Test code (`#[cfg(test)]` modules) and comments are not checked.

use std::path::{Path, PathBuf};

/// The layers, lowest first.
const LAYERS: [&str; 6] = ["text", "quantity", "facts", "check", "report", "driver"];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|&l| l == module)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read src")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its test module and without comments.
fn library_code(text: &str) -> String {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    code.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules a file refers to through `crate::`.
fn crate_references(code: &str) -> Vec<String> {
    code.match_indices("crate::")
        .filter(|(at, _)| {
            // Not `numfact_crate::` or the like.
            code[..*at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
        })
        .map(|(at, _)| {
            code[at + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

#[test]
fn no_module_imports_a_higher_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut violations = Vec::new();
    let mut checked = 0;
    for file in &files {
        let relative = file.strip_prefix(&src).expect("under src");
        let top = relative
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or_default()
            .trim_end_matches(".rs");
        let Some(own) = layer_of(top) else {
            // lib.rs, main.rs and the binary's cli/ sit above every layer.
            continue;
        };
        checked += 1;
        let code = library_code(&std::fs::read_to_string(file).expect("read"));
        for module in crate_references(&code) {
            if layer_of(&module).is_some_and(|other| other > own) {
                violations.push(format!(
                    "{} ({top}) imports crate::{module}",
                    relative.display()
                ));
            }
        }
    }
    assert!(checked > 30, "the walk found the modules ({checked})");
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

#[test]
fn the_checker_sees_a_violation() {
    let code = library_code(
        "use crate::report::Run;\n// crate::driver in a comment\n#[cfg(test)]\nuse crate::driver;",
    );
    assert_eq!(crate_references(&code), ["report"]);
}
