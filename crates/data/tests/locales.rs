//! The UI translations (`locales/*.json`: English compiled into the app,
//! the others fetched by it): every language has every message of English, no other
//! message, each plural message in exactly its language's plural forms
//! (CLDR), and the same `{{ placeholders }}` as English.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The UI languages and their plural categories (CLDR cardinal rules).
const LANGUAGES: [(&str, &[&str]); 5] = [
    ("en", &["one", "other"]),
    ("nb", &["one", "other"]),
    ("uk", &["one", "few", "many", "other"]),
    ("ar", &["zero", "one", "two", "few", "many", "other"]),
    ("fa", &["one", "other"]),
];

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn read(code: &str) -> BTreeMap<String, String> {
    let path = locales_dir().join(format!("{code}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Messages by name: a plural message (`x_one`, `x_other` …) under `x`
/// with its categories.
fn messages(
    file: &BTreeMap<String, String>,
    plural_bases: &BTreeSet<String>,
) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (key, value) in file {
        let plural = CATEGORIES.iter().find_map(|c| {
            let base = key.strip_suffix(&format!("_{c}"))?;
            plural_bases
                .contains(base)
                .then(|| (base.to_string(), c.to_string()))
        });
        let (name, form) = plural.unwrap_or_else(|| (key.clone(), String::new()));
        out.entry(name).or_default().insert(form, value.clone());
    }
    out
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split("{{")
        .skip(1)
        .filter_map(|rest| {
            rest.split_once("}}")
                .map(|(name, _)| name.trim().to_string())
        })
        .collect()
}

#[test]
fn every_language_has_every_message_in_its_plural_forms() {
    let english = read("en");
    let plural_bases: BTreeSet<String> = english
        .keys()
        .filter_map(|k| k.strip_suffix("_other").map(str::to_string))
        .collect();
    assert!(plural_bases.contains("search_count"));
    let reference = messages(&english, &plural_bases);
    let mut problems = Vec::new();
    for (code, categories) in LANGUAGES {
        let file = read(code);
        let found = messages(&file, &plural_bases);
        for name in reference.keys() {
            if !found.contains_key(name) {
                problems.push(format!("{code}.json: {name} is missing"));
            }
        }
        for (name, forms) in &found {
            let Some(english_forms) = reference.get(name) else {
                problems.push(format!("{code}.json: {name} is not a message of en.json"));
                continue;
            };
            let expected: BTreeSet<String> = if plural_bases.contains(name) {
                categories.iter().map(|c| c.to_string()).collect()
            } else {
                BTreeSet::from([String::new()])
            };
            let have: BTreeSet<String> = forms.keys().cloned().collect();
            if have != expected {
                problems.push(format!(
                    "{code}.json: {name} has the forms {have:?}, {code} needs {expected:?}"
                ));
            }
            // The placeholders English uses, in every form (a form may leave
            // out `count` where it writes the number as a word).
            let english_names: BTreeSet<String> = english_forms
                .values()
                .flat_map(|v| placeholders(v))
                .collect();
            for (form, text) in forms {
                let names = placeholders(text);
                let unknown: Vec<_> = names.difference(&english_names).collect();
                if !unknown.is_empty() {
                    problems.push(format!(
                        "{code}.json: {name} {form}: unknown placeholders {unknown:?}"
                    ));
                }
                let missing: Vec<_> = english_names
                    .difference(&names)
                    .filter(|n| *n != "count")
                    .collect();
                if !missing.is_empty() {
                    problems.push(format!(
                        "{code}.json: {name} {form}: leaves out {missing:?}"
                    ));
                }
                if text.trim().is_empty() {
                    problems.push(format!("{code}.json: {name} {form} is empty"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_file_is_a_ui_language() {
    let mut files: Vec<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .filter_map(Result::ok)
        .filter_map(|f| {
            f.file_name()
                .to_str()?
                .strip_suffix(".json")
                .map(str::to_string)
        })
        .collect();
    files.sort();
    let mut codes: Vec<String> = LANGUAGES.iter().map(|(c, _)| c.to_string()).collect();
    codes.sort();
    assert_eq!(
        files, codes,
        "add a language to LANGUAGES here and to build.rs"
    );
    // build.rs lists the same languages.
    let build =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../build.rs"))
            .unwrap();
    for (code, _) in &LANGUAGES[1..] {
        assert!(
            build.contains(&format!("\"{code}\"")),
            "build.rs does not list {code}"
        );
    }
}

/// Placeholders that stand for a number: digits keep their place in
/// right-to-left text without help.
const NUMBER_PLACEHOLDERS: [&str; 6] = ["count", "total", "done", "year", "with_content", "shown"];

/// In right-to-left languages, text put into a message (a country's or an
/// organisation's name, a time, a phone number) sits between FIRST STRONG
/// ISOLATE and POP DIRECTIONAL ISOLATE, so a left-to-right name ending in
/// a full stop or a "+" keeps its shape and does not carry the words around
/// it along ("Example Inc." would otherwise show as ".Example Inc"). Latin words that
/// end in a neutral sign ("LGBTQI+") sit between LEFT-TO-RIGHT ISOLATE and
/// POP DIRECTIONAL ISOLATE for the same reason. Mail texts (`suggest_`) are
/// left plain: they go to a mail program as they are.
#[test]
fn right_to_left_messages_isolate_what_is_put_into_them() {
    const FSI: char = '\u{2068}';
    const LRI: char = '\u{2066}';
    const PDI: char = '\u{2069}';
    let mut problems = Vec::new();
    for code in ["ar", "fa"] {
        for (key, text) in read(code) {
            if key.starts_with("suggest_") {
                continue;
            }
            for (start, _) in text.match_indices("{{") {
                let Some(len) = text[start..].find("}}") else {
                    continue;
                };
                let end = start + len + 2;
                let name = text[start + 2..end - 2].trim();
                let isolated = text[..start].ends_with(FSI) && text[end..].starts_with(PDI);
                let number = NUMBER_PLACEHOLDERS.contains(&name);
                if !number && !isolated {
                    problems.push(format!(
                        "{code}.json: {key}: {{{{ {name} }}}} is not between U+2068 and U+2069"
                    ));
                }
            }
            // A Latin word ending in "+", "#" or "&".
            let chars: Vec<char> = text.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                if chars[i].is_ascii_alphabetic()
                    && (i == 0 || !chars[i - 1].is_ascii_alphanumeric())
                {
                    let start = i;
                    while i < chars.len() && chars[i].is_ascii_alphanumeric() {
                        i += 1;
                    }
                    let word_end = i;
                    while i < chars.len() && matches!(chars[i], '+' | '#' | '&') {
                        i += 1;
                    }
                    if i > word_end {
                        let isolated =
                            start > 0 && chars[start - 1] == LRI && chars.get(i) == Some(&PDI);
                        if !isolated {
                            let word: String = chars[start..i].iter().collect();
                            problems.push(format!(
                                "{code}.json: {key}: \"{word}\" is not between U+2066 and U+2069"
                            ));
                        }
                    }
                } else {
                    i += 1;
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
