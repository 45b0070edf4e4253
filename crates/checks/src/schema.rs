//! The JSON Schemas of the data files, generated from the model (native
//! only: the model's `strict` feature derives them). Published in `public/data/schema/` and named
//! by each data file's `$schema`, so an editor's text editor completes field
//! names, explains them and flags mistakes as they type. The schema checks
//! shapes; the validator checks everything else (references, formats,
//! dates, hygiene).

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;

use directory_data::model::country::CountryFile;
use directory_data::model::index::Index;

/// Where the schemas live, relative to the data directory.
pub const SCHEMA_DIR: &str = "schema";
/// The index's schema, relative to the data directory.
pub const INDEX_SCHEMA: &str = "schema/index.schema.json";
/// The country files' schema, relative to the data directory.
pub const COUNTRY_SCHEMA: &str = "schema/country.schema.json";

/// What a data file's `$schema` must say: the schema's path relative to the
/// file (`schema/index.schema.json` from `index.json`,
/// `../schema/country.schema.json` from `countries/norway.json`).
pub fn expected_reference(file: &str) -> String {
    let depth = file.matches('/').count();
    let schema = if file == "index.json" {
        INDEX_SCHEMA
    } else {
        COUNTRY_SCHEMA
    };
    format!("{}{schema}", "../".repeat(depth))
}

fn generate<T: JsonSchema>(title: &str) -> serde_json::Value {
    // Draft 7: the version text editors support best.
    let mut schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>();
    schema.insert("title".into(), title.into());
    schema.to_value()
}

/// The schemas as published: `(path relative to the data directory, text)`.
/// Pretty-printed with a final newline, so a change shows as a small diff.
pub fn schema_files() -> Result<Vec<(&'static str, String)>, serde_json::Error> {
    [
        (
            INDEX_SCHEMA,
            generate::<Index>("Refugee Legal Aid Directory: index.json"),
        ),
        (
            COUNTRY_SCHEMA,
            generate::<CountryFile>("Refugee Legal Aid Directory: a country file"),
        ),
    ]
    .into_iter()
    .map(|(path, value)| Ok((path, serde_json::to_string_pretty(&value)? + "\n")))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_relative_to_the_file() {
        assert_eq!(expected_reference("index.json"), "schema/index.schema.json");
        assert_eq!(
            expected_reference("countries/norway.json"),
            "../schema/country.schema.json"
        );
    }
}
