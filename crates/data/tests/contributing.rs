//! `CONTRIBUTING.md`, the editors' guide, lists every value of every
//! vocabulary, so an editor never meets a value the guide does not explain.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use directory_data::Status;
use directory_data::vocabulary::{
    Category, CoiKind, Coverage, HoursKind, PhonePurpose, Service, TimeUnit, TreatyAction,
    TreatyStatus, Weekday,
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
    for (field, values) in [
        (
            "`protection.authorities[].role`",
            &["first_instance", "appeal"][..],
        ),
        (
            "`sources.*.kind`",
            &[
                "primary",
                "secondary",
                "news",
                "copy",
                "starting_document",
                "third_party",
            ][..],
        ),
    ] {
        // These two have no list in the code: check them through the parser.
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

#[test]
fn the_guides_source_kinds_and_roles_are_the_models() {
    use directory_data::common::SourceKind;
    use directory_data::country::AuthorityRole;
    for kind in [
        "primary",
        "secondary",
        "news",
        "copy",
        "starting_document",
        "third_party",
    ] {
        serde_json::from_value::<SourceKind>(serde_json::json!(kind)).unwrap();
    }
    for role in ["first_instance", "appeal"] {
        serde_json::from_value::<AuthorityRole>(serde_json::json!(role)).unwrap();
    }
}
