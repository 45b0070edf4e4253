//! The files as files: the search index as written, each country file's
//! size against the index, and the `$schema` line.

use super::Report;
use directory_data::model::index::{BROTLI_LEVEL, CountryContent, SIZE_TOLERANCE_PERCENT};
use directory_data::parse::DataError;
use directory_data::search::SearchIndex;

/// `search.json` as written: one country or organisation per line, so a
/// change to the data shows as a small diff.
pub fn search_index_json(index: &SearchIndex) -> Result<String, serde_json::Error> {
    let countries = json_lines(&index.countries)?;
    let organisations = json_lines(&index.organisations)?;
    Ok(format!(
        "{{\"schema_version\":{},\n\"countries\":[\n{countries}\n],\n\"organisations\":[\n{organisations}\n]}}\n",
        index.schema_version
    ))
}

/// Each item as JSON on a line of its own.
fn json_lines<T: serde::Serialize>(items: &[T]) -> Result<String, serde_json::Error> {
    let lines = items
        .iter()
        .map(serde_json::to_string)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(lines.join(",\n"))
}

/// The size of `text` compressed as the server sends it: brotli at
/// [`BROTLI_LEVEL`], with nginx's default window (`brotli_window 512k`).
pub fn brotli_size(text: &str) -> u64 {
    use std::io::Write;
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, BROTLI_LEVEL, 19);
        // Writing to memory does not fail; if it ever did, a size no cap
        // allows is safer than a small wrong one.
        if writer.write_all(text.as_bytes()).is_err() {
            return u64::MAX;
        }
    }
    out.len() as u64
}

/// `content.brotli_bytes` is present and within [`SIZE_TOLERANCE_PERCENT`]
/// of the file's real compressed size; the message gives the real size.
pub(super) fn check_size(
    errors: &mut Vec<DataError>,
    entry: &str,
    content: &CountryContent,
    text: &str,
) {
    let actual = brotli_size(text);
    let problem = match content.brotli_bytes {
        None => Some("is missing".to_string()),
        Some(recorded) if recorded.abs_diff(actual) * 100 > actual * SIZE_TOLERANCE_PERCENT => {
            Some(format!(
                "is {recorded}, more than {SIZE_TOLERANCE_PERCENT} % off"
            ))
        }
        Some(_) => None,
    };
    if let Some(problem) = problem {
        errors.push(DataError::new(
            "index.json",
            entry,
            "content.brotli_bytes",
            format!(
                "{problem}: {} compresses to {actual} bytes (brotli level {BROTLI_LEVEL}); set it to {actual}",
                content.file
            ),
        ));
    }
}

/// A file's `$schema`, when given, names the schema for its kind of file
/// by its path relative to the file (a missing one is only a warning).
pub(super) fn check_schema_reference(report: &mut Report, schema: Option<&str>) {
    let expected = crate::schema::expected_reference(report.file);
    if let Some(found) = schema
        && found != expected
    {
        report.add(
            "",
            "$schema",
            format!("is {found:?}; for this file it must be {expected:?}"),
        );
    }
}
