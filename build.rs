//! Turns `locales/en.json` into the typed message list (`crate::services::i18n`):
//! one `Msg` per message (a plural message, `x_one` … `x_other`, is one
//! `Msg` `x`), the slot names other languages' files are read by, and the
//! English texts, the only ones compiled in. A message name that is not a
//! Rust identifier, or a plural message without `_other`, fails the build;
//! a call of a message English lacks does not compile.

use std::collections::BTreeMap;
use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;

/// The UI languages, English (the default) first: adding one is adding
/// `locales/<code>.json` and its code here (see docs/languages.md, "Adding a language").
const LANGUAGES: [&str; 5] = ["en", "nb", "uk", "ar", "fa"];

/// CLDR plural categories, in slot order (`directory_data::messages`).
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    for file in LANGUAGE_LISTS {
        println!("cargo::rerun-if-changed={file}");
    }
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").ok_or("no manifest dir")?);
    for code in LANGUAGES {
        let file = root.join("locales").join(format!("{code}.json"));
        if !file.is_file() {
            return Err(format!(
                "{} is missing (listed in build.rs LANGUAGES)",
                file.display()
            )
            .into());
        }
    }
    check_languages_elsewhere(&root)?;
    let source = std::fs::read_to_string(root.join("locales/en.json"))?;
    let english: BTreeMap<String, String> =
        serde_json::from_str(&source).map_err(|e| format!("locales/en.json: {e}"))?;

    // Message names in file order would be nicer, but BTreeMap order is
    // stable and the slots are only ever looked up by name.
    let mut messages: Vec<(String, Option<String>)> = Vec::new(); // (name, Some(text)) or plural (None)
    for (key, text) in &english {
        let plural_base = CATEGORIES
            .iter()
            .find_map(|c| key.strip_suffix(&format!("_{c}")))
            .filter(|base| english.contains_key(&format!("{base}_other")));
        match plural_base {
            Some(base) => {
                if !messages.iter().any(|(n, t)| n == base && t.is_none()) {
                    messages.push((base.to_string(), None));
                }
            }
            None => messages.push((key.clone(), Some(text.clone()))),
        }
    }
    const KEYWORDS: [&str; 52] = [
        "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
        "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
        "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
        "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type",
        "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield", "union",
    ];
    for (name, _) in &messages {
        if KEYWORDS.contains(&name.as_str()) {
            return Err(format!(
                "locales/en.json: message name {name:?} is a Rust keyword; choose another"
            )
            .into());
        }
        let ok = name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !ok {
            return Err(
                format!("locales/en.json: message name {name:?} is not lower_snake_case").into(),
            );
        }
    }

    let mut variants = String::new();
    let mut names = String::new();
    let mut texts = String::new();
    let mut plurals = Vec::new();
    let mut slot = 0usize;
    for (name, text) in &messages {
        writeln!(variants, "    {name} = {slot},")?;
        match text {
            Some(text) => {
                writeln!(names, "    {name:?},")?;
                writeln!(texts, "    {text:?},")?;
                slot += 1;
            }
            None => {
                plurals.push(name.clone());
                for c in CATEGORIES {
                    let key = format!("{name}_{c}");
                    writeln!(names, "    {key:?},")?;
                    let text = english.get(&key).map_or("", String::as_str);
                    writeln!(texts, "    {text:?},")?;
                    slot += 1;
                }
            }
        }
    }
    let plural_match = if plurals.is_empty() {
        "false".to_string()
    } else {
        format!(
            "matches!(self, {})",
            plurals
                .iter()
                .map(|p| format!("Msg::{p}"))
                .collect::<Vec<_>>()
                .join(" | ")
        )
    };
    let languages = LANGUAGES
        .iter()
        .map(|l| format!("{l:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    let code = format!(
        "// Generated by build.rs from locales/en.json. Do not edit.\n\
         /// A UI message; its value is its first slot.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq)]\n\
         #[allow(non_camel_case_types, dead_code)]\n\
         #[repr(u16)]\n\
         pub enum Msg {{\n{variants}}}\n\n\
         impl Msg {{\n\
         \x20   /// A plural message has six slots, one per CLDR category.\n\
         \x20   pub const fn plural(self) -> bool {{ {plural_match} }}\n\
         }}\n\n\
         /// Each slot's message name, as in the language files.\n\
         pub static SLOT_NAMES: [&str; {slot}] = [\n{names}];\n\n\
         /// Each slot's English text (empty: a plural form English does not use).\n\
         pub static ENGLISH: [&str; {slot}] = [\n{texts}];\n",
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    std::fs::write(out.join("messages.rs"), code)?;
    std::fs::write(
        out.join("languages.rs"),
        format!(
            "// Generated by build.rs. Do not edit.\n\
             /// The UI languages, English first.\n\
             pub const LANGUAGES: [&str; {nl}] = [{languages}];\n",
            nl = LANGUAGES.len(),
        ),
    )?;
    Ok(())
}

/// Files that name the languages themselves, because they act before the
/// app (or without it): the page's first script and the nginx rules.
const LANGUAGE_LISTS: [&str; 3] = ["public/early.js", "server/site.conf", "server/lang.conf"];

/// A language added to (or removed from) [`LANGUAGES`] must be added to
/// (or removed from) every list in [`LANGUAGE_LISTS`] too: early.js's
/// `var LANGUAGES = [...]` must equal it, and every `nb|uk|…` alternation
/// in the nginx files that names one of its codes must be exactly the
/// prefixed languages (all but English), in the same order.
fn check_languages_elsewhere(root: &std::path::Path) -> Result<(), Box<dyn Error>> {
    let prefixed = LANGUAGES[1..].join("|");
    for file in LANGUAGE_LISTS {
        let text = std::fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
        if file.ends_with(".js") {
            let list = text
                .lines()
                .find_map(|line| line.trim().strip_prefix("var LANGUAGES = ["))
                .and_then(|rest| rest.strip_suffix("];"))
                .ok_or(format!("{file}: no line `var LANGUAGES = [...];`"))?;
            let codes: Vec<&str> = list
                .split(',')
                .map(|c| c.trim().trim_matches('\''))
                .collect();
            if codes != LANGUAGES {
                return Err(format!(
                    "{file}: LANGUAGES is {codes:?}, build.rs has {LANGUAGES:?}; keep them in step"
                )
                .into());
            }
            continue;
        }
        let mut found = false;
        for token in text.split(|c: char| !(c.is_ascii_lowercase() || c == '|')) {
            let codes: Vec<&str> = token.split('|').collect();
            let is_language_list = codes.len() > 1
                && codes.iter().all(|c| (2..=3).contains(&c.len()))
                && codes.iter().any(|c| LANGUAGES.contains(c));
            if is_language_list {
                if token != prefixed {
                    return Err(format!(
                        "{file}: languages {token:?}, build.rs has {prefixed:?} (all but English); keep them in step"
                    )
                    .into());
                }
                found = true;
            }
        }
        if !found {
            return Err(format!("{file}: no list of the prefixed languages ({prefixed})").into());
        }
    }
    Ok(())
}
