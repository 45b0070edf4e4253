//! The JSON Schemas in `public/data/schema/` are what the model generates,
//! every data file names its schema in `$schema`, and the shipped data is
//! valid against them (so an editor's text editor does not flag good data),
//! while a mistake the parser refuses is flagged by the schema too.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use directory_checks::schema::{COUNTRY_SCHEMA, INDEX_SCHEMA, expected_reference, schema_files};
use serde_json::{Value, json};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn read(rel: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(data_dir().join(rel)).unwrap()).unwrap()
}

fn validator(schema: &str) -> jsonschema::Validator {
    jsonschema::validator_for(&read(schema)).unwrap()
}

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    for (path, text) in schema_files().unwrap() {
        let committed = std::fs::read_to_string(data_dir().join(path)).unwrap_or_default();
        assert!(
            committed == text,
            "{path} differs from the model's schema: run `make data` and commit it"
        );
    }
}

#[test]
fn data_files_name_their_schema() {
    for file in ["index.json", "countries/norway.json"] {
        assert_eq!(
            read(file)["$schema"],
            json!(expected_reference(file)),
            "{file}"
        );
    }
}

#[test]
fn the_shipped_data_is_valid_against_its_schema() {
    let index = validator(INDEX_SCHEMA);
    let errors: Vec<String> = index
        .iter_errors(&read("index.json"))
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let country = validator(COUNTRY_SCHEMA);
    let norway = read("countries/norway.json");
    let errors: Vec<String> = country
        .iter_errors(&norway)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_schema_flags_what_an_editor_gets_wrong() {
    let country = validator(COUNTRY_SCHEMA);
    let mut norway = read("countries/norway.json");
    norway["organisations"][1]["phones"][0]["purpose"] = json!("mobile");
    norway["organisations"][1]["verification"]["last_verified"] = json!("24.11.2026");
    norway["organisations"][1]["websit"] = json!("https://www.noas.no/");
    norway["organisations"][1]
        .as_object_mut()
        .unwrap()
        .remove("description");
    let errors: Vec<String> = country
        .iter_errors(&norway)
        .map(|e| format!("{} {e}", e.instance_path()))
        .collect();
    let all = errors.join("\n");
    for expected in [
        "/organisations/1/phones/0/purpose",
        "/organisations/1/verification/last_verified",
        "websit",
        "description",
    ] {
        assert!(all.contains(expected), "{expected} not flagged in:\n{all}");
    }
}
