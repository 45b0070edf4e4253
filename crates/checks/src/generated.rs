//! Files made from the data, never edited by hand (native only,
//! `crates/checks`): the search index, the JSON Schemas of the data files and the
//! Open Referral HSDS export; and the country files themselves, rewritten as
//! the model writes them with each phone number's written forms filled in
//! (the rest of a country file is the editors'). `make data` writes them; the validator checks
//! that the committed copies are what the data and the model make, so a
//! forgotten `make data` fails the tests instead of shipping stale files.

use std::path::Path;

use crate::validate::{Dataset, search_index_json};
use directory_data::parse::DataError;

/// The command that rewrites every generated file.
pub const REGENERATE: &str =
    "run `make data` (cargo run -p directory-tools --bin build-data-files) and commit the result";

/// Every generated file: `(path relative to the data directory, text)`.
pub fn generated_files(dataset: &Dataset) -> Result<Vec<(String, String)>, DataError> {
    let failed = |file: &str, e: serde_json::Error| {
        DataError::new(file, "", "", format!("cannot be written as JSON: {e}"))
    };
    // The country files themselves, as the model writes them, with every
    // phone number's written forms (`crate::validate::phone_formats`).
    let mut files = Vec::new();
    for (path, country) in &dataset.countries {
        let country = crate::validate::with_phone_formats(country);
        let text = serde_json::to_string_pretty(&country).map_err(|e| failed(path, e))? + "\n";
        files.push((path.clone(), text));
    }
    let search = directory_data::search::SEARCH_FILE;
    files.push((
        search.to_string(),
        search_index_json(&dataset.search_index()).map_err(|e| failed(search, e))?,
    ));
    let schemas = crate::schema::schema_files().map_err(|e| failed("schema", e))?;
    files.extend(schemas.into_iter().map(|(p, t)| (p.to_string(), t)));
    for (path, records) in crate::hsds::export(dataset) {
        let text = crate::hsds::page_json(&records).map_err(|e| failed(path, e))?;
        files.push((path.to_string(), text));
    }
    Ok(files)
}

/// One error for each generated file in `dir` that is missing or differs
/// from what the data makes.
pub fn check_generated(dir: &Path, dataset: &Dataset) -> Vec<DataError> {
    let files = match generated_files(dataset) {
        Ok(files) => files,
        Err(e) => return vec![e],
    };
    files
        .into_iter()
        .filter_map(|(path, text)| {
            let why = match std::fs::read_to_string(dir.join(&path)) {
                Ok(found) if found == text => return None,
                Ok(_) => "does not match the data and the model".to_string(),
                Err(e) => format!("cannot be read ({e})"),
            };
            Some(DataError::new(path, "", "", format!("{why}: {REGENERATE}")))
        })
        .collect()
}

/// Writes every generated file into `dir`; returns each path and whether it
/// changed.
pub fn write_generated(dir: &Path, dataset: &Dataset) -> Result<Vec<(String, bool)>, DataError> {
    let mut written = Vec::new();
    for (path, text) in generated_files(dataset)? {
        let target = dir.join(&path);
        let unchanged = std::fs::read_to_string(&target).is_ok_and(|old| old == text);
        if !unchanged {
            let cannot = |e: std::io::Error| {
                DataError::new(path.as_str(), "", "", format!("cannot be written: {e}"))
            };
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(cannot)?;
            }
            std::fs::write(&target, &text).map_err(cannot)?;
        }
        written.push((path, !unchanged));
    }
    Ok(written)
}
