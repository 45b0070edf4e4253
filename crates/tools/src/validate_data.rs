//! `validate-data [DIR]`: checks `DIR/index.json` and every country file
//! (default `public/data`), and that `DIR/search.json` is the index of that
//! data. Prints one line per problem and exits 1 if any.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("public/data"), PathBuf::from);
    match directory_data::validate::validate_dataset(&dir) {
        Ok(dataset) => {
            if let Err(e) = directory_data::validate::check_search_index(&dir, &dataset) {
                eprintln!("{}/{e}", dir.display());
                return ExitCode::FAILURE;
            }
            let orgs: usize = dataset
                .countries
                .iter()
                .map(|(_, c)| c.organisations.len())
                .sum();
            println!(
                "{}: {} countries and territories, {} with content, {} organisations: valid",
                dir.display(),
                dataset.index.countries.len(),
                dataset.countries.len(),
                orgs
            );
            // The sizes are checked above, so the total is known.
            let total = dataset.index.total_brotli_bytes().unwrap_or_default();
            let mode = if dataset.index.all_saved_on_install() {
                "the app saves them all for offline use when installed"
            } else {
                "above the cap, the app saves only the countries a person opens or saves"
            };
            println!(
                "country files: {total} bytes with brotli; offline cap {} bytes: {mode}",
                directory_data::index::OFFLINE_CAP_BROTLI_BYTES
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{}/{e}", dir.display());
            }
            eprintln!("{} problem(s) in {}", errors.len(), dir.display());
            ExitCode::FAILURE
        }
    }
}
