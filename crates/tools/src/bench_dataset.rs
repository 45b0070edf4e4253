//! `bench-dataset --countries N --write DIR`: a generated dataset for the
//! scaling benchmark (never shipped).
//!
//! Starts from the shipped data: Norway is kept as it is (the page the
//! benchmark opens), and N − 1 other countries of the index get a copy of
//! Norway's file under their own code, name and slug, with organisations
//! repeated (ids made unique) so that the whole dataset has about
//! `10,000 × N / 230` organisations (10,000 at 230 countries). Writes
//! `index.json` (with each file's size), `countries/*.json` and
//! `search.json` to DIR, and checks the result with the validator.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use directory_checks::validate::{brotli_size, search_index_json, validate_dataset};
use directory_data::model::index::BROTLI_LEVEL;

const FULL_COUNTRIES: usize = 230;
const FULL_ORGANISATIONS: usize = 10_000;

fn main() -> ExitCode {
    let mut countries = None;
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--countries" => countries = args.next().and_then(|n| n.parse::<usize>().ok()),
            "--write" => out = args.next().map(PathBuf::from),
            _ => {}
        }
    }
    let (Some(countries), Some(out)) = (countries.filter(|n| *n >= 1), out) else {
        eprintln!("usage: bench-dataset --countries N --write DIR");
        return ExitCode::FAILURE;
    };
    match generate(Path::new("public/data"), countries, &out) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("bench-dataset: {e}");
            ExitCode::FAILURE
        }
    }
}

fn generate(shipped: &Path, countries: usize, out: &Path) -> Result<String, String> {
    let dataset = validate_dataset(shipped).map_err(|errors| {
        format!(
            "the shipped data is not valid: {}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        )
    })?;
    let (_, norway) = dataset
        .countries
        .iter()
        .find(|(_, c)| c.slug == "norway")
        .ok_or("the shipped data has no Norway")?;
    let mut index = dataset.index.clone();
    let wanted_orgs = if countries == 1 {
        norway.organisations.len()
    } else {
        (FULL_ORGANISATIONS * countries).div_ceil(FULL_COUNTRIES)
    };
    // Organisations per copied country, the remainder spread over the first.
    let copies = countries - 1;
    let others = wanted_orgs.saturating_sub(norway.organisations.len());
    std::fs::create_dir_all(out.join("countries"))
        .map_err(|e| format!("{}: {e}", out.display()))?;
    let mut written = 0;
    let mut total_orgs = norway.organisations.len();
    for entry in index.countries.iter_mut() {
        let file = if entry.slug == "norway" {
            norway.clone()
        } else if entry.content.is_none() && written < copies {
            let count = others / copies + usize::from(written < others % copies);
            written += 1;
            total_orgs += count;
            let mut copy = norway.clone();
            copy.code = entry.code.clone();
            copy.name = entry.name.clone();
            copy.slug = entry.slug.clone();
            copy.local_name = None;
            copy.organisations = (0..count)
                .map(|i| {
                    let mut org = norway.organisations[i % norway.organisations.len()].clone();
                    org.id = format!("{}-{}-{i}", org.id, entry.slug);
                    org
                })
                .collect();
            copy
        } else {
            continue;
        };
        let text = serde_json::to_string_pretty(&file).map_err(|e| e.to_string())? + "\n";
        let rel = format!("countries/{}.json", entry.slug);
        std::fs::write(out.join(&rel), &text).map_err(|e| format!("{rel}: {e}"))?;
        entry.content = Some(directory_data::model::index::CountryContent {
            file: rel,
            organisations: file.organisation_counts(),
            last_verified: file.last_verified,
            brotli_bytes: Some(brotli_size(&text)),
        });
    }
    // Countries that had content and were not copied keep theirs only if
    // their files are copied too: here only Norway has content.
    let text = serde_json::to_string_pretty(&index).map_err(|e| e.to_string())? + "\n";
    std::fs::write(out.join("index.json"), text).map_err(|e| format!("index.json: {e}"))?;
    let generated = validate_dataset(out).map_err(|errors| {
        format!(
            "the generated data is not valid: {}",
            errors
                .iter()
                .take(5)
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        )
    })?;
    let search =
        search_index_json(&generated.search_index()).map_err(|e| format!("search.json: {e}"))?;
    std::fs::write(out.join("search.json"), &search).map_err(|e| format!("search.json: {e}"))?;
    Ok(format!(
        "{}: {} countries, {} organisations; search.json {} bytes ({} brotli at level {BROTLI_LEVEL})",
        out.display(),
        written + 1,
        total_orgs,
        search.len(),
        brotli_size(&search)
    ))
}
