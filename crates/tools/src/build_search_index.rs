//! `build-search-index [DIR]`: validates the dataset in `DIR` (default
//! `public/data`) and writes its search index, `DIR/search.json`.

use std::path::PathBuf;
use std::process::ExitCode;

use directory_data::search::SEARCH_FILE;
use directory_data::validate::{search_index_json, validate_dataset};

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("public/data"), PathBuf::from);
    let dataset = match validate_dataset(&dir) {
        Ok(dataset) => dataset,
        Err(errors) => {
            for e in &errors {
                eprintln!("{}/{e}", dir.display());
            }
            eprintln!(
                "{} problem(s) in {}: search index not written",
                errors.len(),
                dir.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let index = dataset.search_index();
    let json = match search_index_json(&index) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("{SEARCH_FILE}: cannot be written as JSON: {e}");
            return ExitCode::FAILURE;
        }
    };
    let path = dir.join(SEARCH_FILE);
    let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == json);
    if !unchanged && let Err(e) = std::fs::write(&path, &json) {
        eprintln!("{}: cannot be written: {e}", path.display());
        return ExitCode::FAILURE;
    }
    println!(
        "{}: {} organisations in {} countries, {} bytes{}",
        path.display(),
        index.organisations.len(),
        index.countries.len(),
        json.len(),
        if unchanged { " (unchanged)" } else { "" }
    );
    ExitCode::SUCCESS
}
