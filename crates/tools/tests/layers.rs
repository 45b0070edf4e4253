//! The code's layers, checked from its source: no import cycle between
//! modules, and no import against the one-way rule.
//!
//! - The app (`src/`): pages → components → services → `directory_data`;
//!   the shell (`app`, `start`, `render`, the binaries) sits above pages.
//!   A module may use its own layer or the ones below it, never above.
//! - `crates/data`: tools that know no data (`url`, `fold`, `sort`,
//!   `messages`, `locale`) → `model` (the files' types) → the logic on the
//!   model (everything else); again never upward.
//! - The app never depends on `crates/checks` (validation stays out of the
//!   wasm), and the model's `strict` feature adds only the schema derive.
//!
//! Why a check of our own: `cargo-modules` can refuse cycles, but it builds
//! rust-analyzer (minutes on this project's two cores, hundreds of crates)
//! and knows nothing of our layers; clippy and cargo-deny see crates, not
//! modules. This reads every `crate::…`, `super::…` and `$crate::…` path
//! in the sources (comments, strings and `#[cfg(test)]` modules left out)
//! and resolves each to the longest module it names. It does not see paths
//! a macro builds or a glob import brings; the project uses neither across
//! modules.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Module path (`pages::country`, `` for the crate root) → file.
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().unwrap() != "bin" {
                    stack.push(path);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.len() == 1 && (parts[0] == "lib" || parts[0] == "main") {
                parts.clear();
            }
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            out.insert(parts.join("::"), path);
        }
    }
    out
}

/// The source without comments, string contents and `#[cfg(test)]`
/// modules (tests may reach anywhere in their crate).
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let after_ident = i > 0 && is_ident(chars[i - 1]);
        if c == '/' && at(i + 1) == '/' {
            // A comment, to the end of its line.
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == 'r' && !after_ident && matches!(at(i + 1), '"' | '#') {
            // A raw string: r"…", r#"…"#.
            let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
            if at(i + 1 + hashes) != '"' {
                out.push(c);
                i += 1;
                continue;
            }
            let close: String = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let body_start = i + 2 + hashes;
            let rest: String = chars[body_start..].iter().collect();
            let body = rest
                .find(&close)
                .map_or(rest.chars().count(), |b| rest[..b].chars().count());
            out.push_str("\"\"");
            i = body_start + body + close.chars().count();
        } else if c == '"' {
            // A string, escapes included.
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            out.push_str("\"\"");
            i += 1;
        } else if c == '\'' && (at(i + 1) == '\\' || at(i + 2) == '\'') {
            // A character ('"', '\'', '\u{…}'), not a lifetime.
            i += 1;
            if at(i) == '\\' {
                i += 2;
            }
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            out.push_str("' '");
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path written after `crate::`, `$crate::` or `super::` (as module
/// segments, a `{…}` group expanded), relative to the crate root.
fn paths(code: &str, module: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !(is_ident(bytes[i - 1]) || bytes[i - 1] == ':');
        let rest: String = bytes[i..bytes.len().min(i + 7)].iter().collect();
        let (base, skip) = if starts_word && rest.starts_with("crate::") {
            (Vec::new(), 7)
        } else if starts_word && rest.starts_with("super::") {
            let mut base: Vec<String> = module.split("::").map(String::from).collect();
            base.retain(|s| !s.is_empty());
            base.pop();
            (base, 7)
        } else {
            i += 1;
            continue;
        };
        i += skip;
        let mut base = base;
        // More `super::`s.
        while bytes[i..].iter().collect::<String>().starts_with("super::") {
            base.pop();
            i += 7;
        }
        read_tree(&bytes, &mut i, base, &mut out);
    }
    out
}

/// Reads `a::b::{c, d::e}` at `i` into full paths.
fn read_tree(bytes: &[char], i: &mut usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let mut path = prefix;
    loop {
        let start = *i;
        while *i < bytes.len() && is_ident(bytes[*i]) {
            *i += 1;
        }
        if *i > start {
            path.push(bytes[start..*i].iter().collect());
        }
        if *i + 1 < bytes.len() && bytes[*i] == ':' && bytes[*i + 1] == ':' {
            *i += 2;
            if *i < bytes.len() && bytes[*i] == '{' {
                *i += 1;
                loop {
                    while *i < bytes.len() && (bytes[*i].is_whitespace() || bytes[*i] == ',') {
                        *i += 1;
                    }
                    if *i >= bytes.len() || bytes[*i] == '}' {
                        *i += 1;
                        break;
                    }
                    read_tree(bytes, i, path.clone(), out);
                    // Skip `as name`.
                    while *i < bytes.len() && !matches!(bytes[*i], ',' | '}') {
                        *i += 1;
                    }
                }
                return;
            }
            continue;
        }
        out.push(path);
        return;
    }
}

/// Module → the modules it uses (its own descendants left out: a module
/// holds its children).
fn graph(modules: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (module, text) in modules {
        let mut uses = BTreeSet::new();
        for path in paths(&code_of(text), module) {
            // The longest prefix that is a module.
            let found = (1..=path.len())
                .rev()
                .map(|n| path[..n].join("::"))
                .find(|m| modules.contains_key(m));
            if let Some(target) = found {
                let own = target == *module
                    || module.is_empty()
                    || target.starts_with(&format!("{module}::"));
                if !own {
                    uses.insert(target);
                }
            }
        }
        out.insert(module.clone(), uses);
    }
    out
}

/// The import cycles: each a list of modules that reach each other.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Tarjan's strongly connected components.
    struct State<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, node: &'a str) {
        let n = s.index.len();
        s.index.insert(node, n);
        s.low.insert(node, n);
        s.stack.push(node);
        s.on_stack.insert(node);
        let graph = s.graph;
        for next in graph.get(node).into_iter().flatten() {
            let next = next.as_str();
            if !s.index.contains_key(next) {
                visit(s, next);
                let low = s.low[node].min(s.low[next]);
                s.low.insert(node, low);
            } else if s.on_stack.contains(next) {
                let low = s.low[node].min(s.index[next]);
                s.low.insert(node, low);
            }
        }
        if s.low[node] == s.index[node] {
            let mut component = Vec::new();
            while let Some(top) = s.stack.pop() {
                s.on_stack.remove(top);
                component.push(top.to_string());
                if top == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.out.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for node in graph.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.out
}

/// The app's layer of a module: 0 services, 1 components, 2 pages, 3 the
/// shell (app, start, render, the crate root).
fn app_layer(module: &str) -> u8 {
    let top = module.split("::").next().unwrap_or("");
    match top {
        "services" => 0,
        "components" => 1,
        "pages" => 2,
        _ => 3,
    }
}

/// Imports against the one-way rule: `from` uses `to` in a higher layer.
fn upward(graph: &BTreeMap<String, BTreeSet<String>>, layer: impl Fn(&str) -> u8) -> Vec<String> {
    let mut out = Vec::new();
    for (from, uses) in graph {
        for to in uses {
            if layer(to) > layer(from) {
                out.push(format!("{from} uses {to}"));
            }
        }
    }
    out
}

fn read_crate(src: &Path) -> BTreeMap<String, String> {
    modules(src)
        .into_iter()
        .map(|(m, path)| (m, std::fs::read_to_string(path).unwrap()))
        .collect()
}

/// The data crate's layer of a module: 0 the tools that know no data, 1
/// the model, 2 the logic on it (and the crate root, which lists them all).
fn data_layer(module: &str) -> u8 {
    let top = module.split("::").next().unwrap_or("");
    match top {
        "url" | "fold" | "sort" | "messages" | "locale" => 0,
        "model" => 1,
        _ => 2,
    }
}

#[test]
fn the_app_has_no_import_cycle_and_no_upward_import() {
    let graph = graph(&read_crate(&root().join("src")));
    assert!(graph.len() > 40, "the app's modules were not found");
    assert!(
        graph["pages::country::organisations"].contains("components::org_card"),
        "the reader lost the app's imports: {:?}",
        graph["pages::country::organisations"]
    );
    assert_layered(&graph, app_layer, "src: pages → components → services");
}

/// No import cycle, and no import against `layer`'s order (`rule`).
fn assert_layered(
    graph: &BTreeMap<String, BTreeSet<String>>,
    layer: impl Fn(&str) -> u8,
    rule: &str,
) {
    assert_eq!(
        cycles(graph),
        Vec::<Vec<String>>::new(),
        "{rule}: import cycles"
    );
    assert_eq!(
        upward(graph, layer),
        Vec::<String>::new(),
        "{rule}: imports against it"
    );
}

#[test]
fn the_data_crates_have_no_import_cycle_and_the_model_uses_no_logic() {
    let checks = graph(&read_crate(&root().join("crates/checks/src")));
    assert!(checks.len() > 5, "crates/checks: modules not found");
    assert_layered(&checks, |_| 0, "crates/checks");
    let data = graph(&read_crate(&root().join("crates/data/src")));
    assert!(
        data["model::index"].contains("url"),
        "the reader lost the model's imports"
    );
    assert_layered(&data, data_layer, "crates/data: tools → model → logic");
}

#[test]
fn the_app_never_depends_on_the_checks() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let app = &manifest[manifest.find("[package]").unwrap()..];
    assert!(
        !app.contains("directory-checks"),
        "the app must not depend on crates/checks"
    );
    assert!(
        !app.contains("directory-data/strict"),
        "the app reads data leniently"
    );
    let data = std::fs::read_to_string(root().join("crates/data/Cargo.toml")).unwrap();
    let features = &data[data.find("[features]").unwrap()..data.find("[dependencies]").unwrap()];
    let defined: Vec<&str> = features
        .lines()
        .filter(|l| !l.starts_with('#') && l.contains('='))
        .collect();
    assert_eq!(
        defined,
        ["strict = [\"dep:schemars\"]"],
        "the model's features"
    );
}

/// The check itself: it finds a cycle, an upward import, a grouped import
/// and a `super::` path, and leaves comments, strings and tests alone.
#[test]
fn the_check_finds_cycles_and_upward_imports() {
    let crate_of = |files: &[(&str, &str)]| -> BTreeMap<String, String> {
        files
            .iter()
            .map(|(m, t)| (m.to_string(), t.to_string()))
            .collect()
    };
    let sources = crate_of(&[
        ("", "mod services; mod components;"),
        ("services", "pub mod a; pub mod b;"),
        (
            "services::a",
            "use crate::services::{b::thing, other};\nfn f() {}",
        ),
        ("services::b", "fn g() { super::a::f() }"),
        (
            "services::other",
            "// crate::components::card in a comment\nconst S: &str = \"crate::components::card\";\n#[cfg(test)]\nmod tests { use crate::components::card; }",
        ),
        ("components", "pub mod card;"),
        ("components::card", "use crate::services::other;"),
    ]);
    let g = graph(&sources);
    assert_eq!(
        cycles(&g),
        vec![vec!["services::a".to_string(), "services::b".to_string()]]
    );
    assert!(
        g["services::other"].is_empty(),
        "{:?}",
        g["services::other"]
    );
    assert_eq!(upward(&g, app_layer), Vec::<String>::new());

    let upward_sources = crate_of(&[
        ("components", "pub mod card;"),
        ("components::card", "fn f() {}"),
        ("services", "pub mod a;"),
        (
            "services::a",
            "fn f() { let quote = '\"'; let s = r#\"a \"b\"\"#; crate::components::card::f() }",
        ),
    ]);
    assert_eq!(
        upward(&graph(&upward_sources), app_layer),
        ["services::a uses components::card"]
    );
}
