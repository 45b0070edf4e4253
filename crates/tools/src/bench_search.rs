//! `bench-search [--write DIR]`: search at scale, natively.
//!
//! Builds a synthetic search index of 230 countries and 10,000
//! organisations from the shipped data (each organisation is a shipped one
//! with a made-up word added to its names, five to its description, a
//! made-up city and a country of
//! the index; nothing of it is ever shipped), prints its size and the time
//! of each benchmark query (median and 95th percentile) as Markdown, and
//! with `--write DIR` writes it to `DIR/search.json` for the browser
//! benchmark (scripts/bench-search.mjs).

use std::path::{Path, PathBuf};
use std::time::Instant;

use directory_checks::fold;
use directory_checks::validate::{brotli_size, search_index_json, validate_dataset};
use directory_data::model::vocabulary::Service;
use directory_data::search::{Query, SearchCountry, SearchIndex, SearchOrg, Searcher};

pub const COUNTRIES: usize = 230;
pub const ORGANISATIONS: usize = 10_000;
const RUNS: usize = 41;

/// The queries measured: a name, a local name with ø typed without it, a
/// typo, two words, a city, a made-up word (few results), two letters
/// (many), nothing found.
pub const QUERIES: [&str; 8] = [
    "noas",
    "asylsokere",
    "asylsokre",
    "juss buss",
    "oslo",
    "kalomi",
    "ka",
    "xyzzyq",
];

/// A small deterministic generator (no dependency, same data every run).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
    fn word(&mut self) -> String {
        const SYLLABLES: [&str; 12] = [
            "ka", "lo", "mi", "ne", "ra", "su", "ti", "vo", "be", "da", "fu", "go",
        ];
        let n = 2 + self.next() % 3;
        (0..n)
            .map(|_| SYLLABLES[self.next() % SYLLABLES.len()])
            .collect()
    }
}

fn synthetic(data: &Path) -> SearchIndex {
    let dataset = validate_dataset(data)
        .unwrap_or_else(|e| panic!("{} problems in {}", e.len(), data.display()));
    let real = dataset.search_index();
    let mut rng = Lcg(42);
    let countries: Vec<SearchCountry> = dataset
        .index
        .countries
        .iter()
        .take(COUNTRIES)
        .map(|c| SearchCountry {
            slug: c.slug.clone(),
            code: c.code.clone(),
            name: c.name.clone(),
            time_zone: "Europe/Oslo".to_string(),
            names: vec![fold(&c.name)],
        })
        .collect();
    let organisations = (0..ORGANISATIONS)
        .map(|i| {
            let template = &real.organisations[i % real.organisations.len()];
            let mut org: SearchOrg = template.clone();
            let extra = rng.word();
            org.id = format!("bench-{i}");
            org.country = i * countries.len() / ORGANISATIONS;
            org.name = format!("{} {}", template.name, capitalise(&extra));
            org.names = template
                .names
                .iter()
                .map(|n| format!("{n} {extra}"))
                .collect();
            // Words of its own, as real descriptions have.
            for _ in 0..5 {
                org.words.push(' ');
                org.words.push_str(&rng.word());
            }
            let city = capitalise(&rng.word());
            org.places.push(fold(&city));
            org.cities.push(city);
            org
        })
        .collect();
    SearchIndex {
        schema_version: real.schema_version,
        countries,
        organisations,
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench-search: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let mut write = None;
    let mut data = PathBuf::from("public/data");
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--write" => write = args.next().map(PathBuf::from),
            "--data" => data = args.next().map(PathBuf::from).unwrap_or(data),
            other => {
                eprintln!("bench-search: unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    let index = synthetic(&data);
    let json = search_index_json(&index).map_err(|e| format!("search.json: {e}"))?;
    if let Some(dir) = write {
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        std::fs::write(dir.join("search.json"), &json).map_err(|e| format!("search.json: {e}"))?;
    }

    // Parsing, as the app does once when the index arrives.
    let mut parse = Vec::new();
    for _ in 0..9 {
        let t = Instant::now();
        let parsed = directory_checks::strict::parse_search_index("search.json", &json)
            .map_err(|e| e.to_string())?;
        parse.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(parsed.organisations.len(), ORGANISATIONS);
    }
    parse.sort_by(f64::total_cmp);

    // The vocabulary, built once after parsing.
    let mut prepare = Vec::new();
    let mut searcher = Searcher::new(&index.organisations);
    for _ in 0..9 {
        let t = Instant::now();
        searcher = Searcher::new(&index.organisations);
        prepare.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    prepare.sort_by(f64::total_cmp);
    println!(
        "Synthetic index: {} countries, {} organisations, {} distinct words; `search.json` {:.1} KB raw, {:.1} KB brotli (level 6, as served); parsing {:.1} ms, then the vocabulary {:.1} ms (medians).",
        index.countries.len(),
        index.organisations.len(),
        searcher.vocabulary_len(),
        json.len() as f64 / 1024.0,
        brotli_size(&json) as f64 / 1024.0,
        percentile(&parse, 0.5),
        percentile(&prepare, 0.5),
    );
    println!();
    println!("| query | results | median | p95 |");
    println!("|---|---|---|---|");
    let services: Vec<(Service, String)> = Service::ALL
        .iter()
        .map(|s| (*s, fold(s.as_str())))
        .collect();
    for q in QUERIES {
        let folded = fold(q);
        let mut times = Vec::with_capacity(RUNS);
        let mut found = 0;
        for _ in 0..RUNS {
            let t = Instant::now();
            let hits = Query::new(&folded, &services).run_with(
                &searcher,
                &index.organisations,
                &index.countries,
            );
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            found = hits.len();
        }
        times.sort_by(f64::total_cmp);
        println!(
            "| `{q}` | {found} | {:.2} ms | {:.2} ms |",
            percentile(&times, 0.5),
            percentile(&times, 0.95)
        );
    }
    Ok(())
}
