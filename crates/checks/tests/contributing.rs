//! `CONTRIBUTING.md`, the editors' guide, lists every value of every
//! vocabulary, so an editor never meets a value the guide does not explain.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use directory_data::Status;
use directory_data::model::vocabulary::{
    AddressOrder, Category, CoiKind, Coverage, HoursKind, PhonePurpose, Service, TimeUnit,
    TreatyAction, TreatyStatus, Weekday,
};

fn guide() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../CONTRIBUTING.md"))
        .unwrap()
}

/// The guide's table row for `field`.
fn row<'g>(guide: &'g str, field: &str) -> &'g str {
    guide
        .lines()
        .find(|l| l.starts_with(&format!("| {field}")))
        .unwrap_or_else(|| panic!("CONTRIBUTING.md has no vocabulary row for {field}"))
}

fn serde_names<T: serde::Serialize>(values: &[T]) -> Vec<String> {
    values
        .iter()
        .map(|v| {
            serde_json::to_value(v)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

/// The values of a vocabulary without a list in the code (`SourceKind`,
/// `AuthorityRole`), read from the JSON Schema the model generates.
fn schema_values(definition: &str) -> Vec<String> {
    fn collect(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(c)) = map.get("const") {
                    out.push(c.clone());
                }
                if let Some(serde_json::Value::Array(values)) = map.get("enum") {
                    out.extend(values.iter().filter_map(|x| x.as_str().map(str::to_string)));
                }
                map.values().for_each(|x| collect(x, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|x| collect(x, out)),
            _ => {}
        }
    }
    let schemas = directory_checks::schema::schema_files().unwrap();
    let (_, text) = schemas
        .iter()
        .find(|(path, _)| *path == directory_checks::schema::COUNTRY_SCHEMA)
        .unwrap();
    let schema: serde_json::Value = serde_json::from_str(text).unwrap();
    let mut out = Vec::new();
    collect(&schema["definitions"][definition], &mut out);
    assert!(!out.is_empty(), "no values for {definition} in the schema");
    out
}

#[test]
fn every_vocabulary_value_is_in_the_editors_guide() {
    let guide = guide();
    let lists: Vec<(&str, Vec<String>)> = vec![
        ("`categories`", serde_names(Category::ALL)),
        ("`services`", serde_names(Service::ALL)),
        ("`verification.status`", serde_names(&Status::ALL)),
        ("`hours[].kinds`", serde_names(HoursKind::ALL)),
        ("`hours[].days`", serde_names(Weekday::ALL)),
        ("`phones[].purpose`", serde_names(PhonePurpose::ALL)),
        ("`coi.resources[].kind`", serde_names(CoiKind::ALL)),
        ("`coi.producers[].covers`", serde_names(Coverage::ALL)),
        (
            "treaty and instrument `status`",
            serde_names(TreatyStatus::ALL),
        ),
        ("treaty `action`", serde_names(TreatyAction::ALL)),
        (
            "`protection.appeal_deadline.unit`",
            serde_names(TimeUnit::ALL),
        ),
        (
            "`protection.authorities[].role`",
            schema_values("AuthorityRole"),
        ),
        ("`sources.*.kind`", schema_values("SourceKind")),
        ("`address_order`", serde_names(AddressOrder::ALL)),
    ];
    let mut missing = Vec::new();
    for (field, values) in lists {
        let row = row(&guide, field);
        for value in values {
            if !row.contains(&format!("`{value}`")) {
                missing.push(format!("{field}: {value}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing from CONTRIBUTING.md: {missing:?}"
    );
}
