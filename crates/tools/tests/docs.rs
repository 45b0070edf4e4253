//! The docs keep up with the code: the module map in
//! `docs/architecture.md` names every module file (and no file that is
//! gone), and every relative link in the README, CONTRIBUTING.md and
//! `docs/` leads to a file, and a heading, that exist.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `.rs` file under `dir`, as a path from the repository's root.
fn rust_files(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root()).unwrap_or(&path);
            // `crates/../src/x.rs` → `src/x.rs`.
            let shown = relative.to_string_lossy().replace("crates/../", "");
            out.push(shown);
        }
    }
}

/// The module files: the app's and each crate's sources.
fn module_files() -> Vec<String> {
    let root = root();
    let mut out = Vec::new();
    rust_files(&root.join("src"), &mut out);
    for krate in std::fs::read_dir(root.join("crates")).unwrap() {
        let src = krate.unwrap().path().join("src");
        if src.is_dir() {
            rust_files(&src, &mut out);
        }
    }
    out.sort();
    out
}

/// The text of the section under `## {heading}`, up to the next `## `.
fn section<'a>(text: &'a str, heading: &str) -> Option<&'a str> {
    let start = text.find(&format!("\n## {heading}\n"))? + 1;
    let rest = &text[start + 3..];
    let end = rest.find("\n## ").map_or(text.len(), |e| start + 3 + e);
    Some(&text[start..end])
}

/// Problems with a module map: module files it does not name, and `.rs`
/// paths it names that do not `exist`.
fn map_problems(map: &str, files: &[String], exists: impl Fn(&str) -> bool) -> Vec<String> {
    let mut out: Vec<String> = files
        .iter()
        .filter(|f| !map.contains(&format!("`{f}`")))
        .map(|f| format!("not in the module map: {f}"))
        .collect();
    let named: BTreeSet<&str> = map
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| s.ends_with(".rs") && !s.contains(' '))
        .collect();
    out.extend(
        named
            .into_iter()
            .filter(|n| !exists(n))
            .map(|n| format!("in the module map but not a file: {n}")),
    );
    out
}

#[test]
fn the_module_map_names_every_module_file() {
    let text = std::fs::read_to_string(root().join("docs/architecture.md")).unwrap();
    let map = section(&text, "Module map").expect("docs/architecture.md has a \"## Module map\"");
    let files = module_files();
    assert!(files.len() > 80, "module files not found: {files:?}");
    let problems = map_problems(map, &files, |path| root().join(path).is_file());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_module_map_check_finds_what_is_missing_or_gone() {
    let files = vec!["src/a.rs".to_string(), "src/b.rs".to_string()];
    let exists = |path: &str| files.iter().any(|f| f == path);
    assert!(map_problems("`src/a.rs` and `src/b.rs`", &files, exists).is_empty());
    assert_eq!(
        map_problems("`src/a.rs`, `src/gone.rs`", &files, exists),
        [
            "not in the module map: src/b.rs",
            "in the module map but not a file: src/gone.rs"
        ]
    );
}

/// A heading's anchor as GitHub writes it: lower case, spaces as hyphens,
/// punctuation other than `-` and `_` dropped.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The anchors of a Markdown file's headings (outside code blocks), with
/// GitHub's `-1`, `-2` … for repeated ones.
fn anchors(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut in_code = false;
    for line in text.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code || !line.starts_with('#') {
            continue;
        }
        let base = slug(line.trim_start_matches('#'));
        let mut anchor = base.clone();
        let mut n = 0;
        while out.contains(&anchor) {
            n += 1;
            anchor = format!("{base}-{n}");
        }
        out.insert(anchor);
    }
    out
}

/// Relative links (`](path#anchor)`) in `text` that lead nowhere.
fn broken_links(file: &Path, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let dir = file.parent().unwrap();
    for (at, _) in text.match_indices("](") {
        let rest = &text[at + 2..];
        let Some(end) = rest.find(')') else { continue };
        let target = rest[..end].split_whitespace().next().unwrap_or("");
        if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
            continue;
        }
        let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
        let linked = if path.is_empty() {
            file.to_path_buf()
        } else {
            dir.join(path)
        };
        if !linked.exists() {
            out.push(format!("{}: {target}: no such file", file.display()));
            continue;
        }
        if !anchor.is_empty() && linked.extension().is_some_and(|e| e == "md") {
            let linked_text = std::fs::read_to_string(&linked).unwrap();
            if !anchors(&linked_text).contains(anchor) {
                out.push(format!("{}: {target}: no such heading", file.display()));
            }
        }
    }
    out
}

fn markdown_files() -> Vec<PathBuf> {
    let root = root();
    let mut out = vec![root.join("README.md"), root.join("CONTRIBUTING.md")];
    let mut stack = vec![root.join("docs")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.push(path);
            }
        }
    }
    out
}

#[test]
fn relative_links_in_the_docs_lead_somewhere() {
    let files = markdown_files();
    assert!(files.len() > 10, "docs not found");
    let broken: Vec<String> = files
        .iter()
        .flat_map(|f| broken_links(f, &std::fs::read_to_string(f).unwrap()))
        .collect();
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn the_link_check_finds_a_missing_file_and_heading() {
    let readme = root().join("README.md");
    let text = "[a](docs/architecture.md#module-map) [b](docs/none.md) [c](#no-such-heading) [d](https://example.org/x)";
    let broken = broken_links(&readme, text);
    assert_eq!(broken.len(), 2, "{broken:?}");
    assert!(broken[0].ends_with("docs/none.md: no such file"));
    assert!(broken[1].ends_with("#no-such-heading: no such heading"));
    assert_eq!(slug("Offline and installing"), "offline-and-installing");
    assert_eq!(
        slug("Why \"Get help now\" — first"),
        "why-get-help-now--first"
    );
}
