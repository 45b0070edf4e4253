//! The Open Referral HSDS export (`public/data/hsds/`) is what the data
//! makes, valid against the official HSDS 3.0 compiled schemas (copies in
//! `tests/fixtures/hsds-3.0/`, with formats such as `uuid` checked), and
//! carries the dataset's organisations, phones and opening hours unchanged.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use directory_checks::generated::check_generated;
use directory_checks::hsds::{ORGANIZATIONS_FILE, SERVICES_FILE, byday, schedule_parts, uuid};
use directory_checks::validate::{Dataset, validate_dataset};
use jsonschema::Validator;
use serde_json::{Value, json};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| validate_dataset(&data_dir()).unwrap())
}

fn exported(file: &str) -> Value {
    let text = std::fs::read_to_string(data_dir().join(file)).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A validator for one of the official compiled schemas, checking formats.
fn official(name: &str) -> &'static Validator {
    static ORG: OnceLock<Validator> = OnceLock::new();
    static SERVICE: OnceLock<Validator> = OnceLock::new();
    let cell = if name == "organization" {
        &ORG
    } else {
        &SERVICE
    };
    cell.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("../../tests/fixtures/hsds-3.0/{name}.json"));
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap()
    })
}

fn problems(validator: &Validator, record: &Value) -> Vec<String> {
    validator
        .iter_errors(record)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// The `contents` of a `Page`, after checking the page's own fields.
fn contents(page: &Value) -> &Vec<Value> {
    let items = page["contents"].as_array().expect("a page has contents");
    assert_eq!(page["total_items"], json!(items.len()));
    assert_eq!(page["size"], json!(items.len()));
    assert_eq!(page["total_pages"], json!(1));
    assert_eq!(page["page_number"], json!(1));
    assert_eq!(page["first_page"], json!(true));
    assert_eq!(page["last_page"], json!(true));
    assert_eq!(page["empty"], json!(items.is_empty()));
    items
}

#[test]
fn the_committed_export_is_what_the_data_makes() {
    let stale: Vec<_> = check_generated(&data_dir(), dataset())
        .into_iter()
        .filter(|e| e.file.starts_with("hsds/"))
        .collect();
    assert!(stale.is_empty(), "{stale:?}");
}

#[test]
fn every_organization_is_valid_against_the_official_schema() {
    let page = exported(ORGANIZATIONS_FILE);
    for org in contents(&page) {
        let found = problems(official("organization"), org);
        assert!(found.is_empty(), "{}: {found:#?}", org["name"]);
    }
}

#[test]
fn every_service_is_valid_against_the_official_schema() {
    let page = exported(SERVICES_FILE);
    for service in contents(&page) {
        let found = problems(official("service"), service);
        assert!(found.is_empty(), "{}: {found:#?}", service["name"]);
    }
}

/// Keys of `record` (recursively) that its schema does not define: the
/// compiled schemas allow any extra property, so a misspelt field
/// (`valid_until` for `valid_to`) would pass validation unnoticed.
fn undefined_keys(schema: &Value, record: &Value, path: &str, out: &mut Vec<String>) {
    match record {
        Value::Object(map) => {
            let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
                return;
            };
            for (key, value) in map {
                match properties.get(key) {
                    Some(sub) => undefined_keys(sub, value, &format!("{path}/{key}"), out),
                    None => out.push(format!("{path}/{key}")),
                }
            }
        }
        Value::Array(items) => {
            if let Some(sub) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    undefined_keys(sub, item, &format!("{path}/{i}"), out);
                }
            }
        }
        _ => {}
    }
}

fn fixture_schema(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../../tests/fixtures/hsds-3.0/{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn every_field_is_one_hsds_defines() {
    for (file, schema) in [
        (ORGANIZATIONS_FILE, fixture_schema("organization")),
        (SERVICES_FILE, fixture_schema("service")),
    ] {
        let page = exported(file);
        for record in contents(&page) {
            let mut found = Vec::new();
            undefined_keys(&schema, record, "", &mut found);
            assert!(
                found.is_empty(),
                "{file}: fields HSDS does not define: {found:?}"
            );
        }
    }
    // The check itself finds a misspelt field.
    let mut record = contents(&exported(SERVICES_FILE))
        .iter()
        .find(|r| r["schedules"].as_array().is_some_and(|s| !s.is_empty()))
        .unwrap()
        .clone();
    record["schedules"][0]["valid_until"] = json!("2026-12-31");
    let mut found = Vec::new();
    undefined_keys(&fixture_schema("service"), &record, "", &mut found);
    assert_eq!(found, ["/schedules/0/valid_until"]);
}

#[test]
fn the_official_schemas_catch_a_broken_record() {
    // The check above can fail: a phone without its number, a made-up id
    // and an unknown status are each reported.
    let page = exported(SERVICES_FILE);
    let mut service = contents(&page)
        .iter()
        .find(|r| r["phones"].as_array().is_some_and(|p| !p.is_empty()))
        .unwrap()
        .clone();
    service["phones"][0]
        .as_object_mut()
        .unwrap()
        .remove("number");
    service["id"] = json!("noas");
    service["status"] = json!("open");
    let found = problems(official("service"), &service).join("\n");
    assert!(
        found.contains("/phones/0") && found.contains("number"),
        "{found}"
    );
    assert!(found.contains("/id"), "{found}");
    assert!(found.contains("/status"), "{found}");
}

/// Every object with an `id` in `value`, by id, with its own fields (not
/// what is embedded in it): the same id twice must be the same record
/// (HSDS embeds a record wherever it is referred to, with more or less of
/// what hangs off it).
fn records(value: &Value, out: &mut BTreeMap<String, BTreeMap<String, Value>>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(id)) = map.get("id") {
                let own: BTreeMap<String, Value> = map
                    .iter()
                    .filter(|(_, v)| !v.is_object() && !v.is_array())
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                if let Some(earlier) = out.insert(id.clone(), own.clone()) {
                    assert_eq!(earlier, own, "two different records share the id {id}");
                }
            }
            map.values().for_each(|v| records(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| records(v, out)),
        _ => {}
    }
}

#[test]
fn ids_are_unique_per_record() {
    let (orgs, services) = (exported(ORGANIZATIONS_FILE), exported(SERVICES_FILE));
    let mut seen = BTreeMap::new();
    records(&orgs, &mut seen);
    records(&services, &mut seen);
    assert!(seen.len() > 100, "only {} records", seen.len());
}

#[test]
fn organisations_phones_and_hours_round_trip() {
    let orgs = exported(ORGANIZATIONS_FILE);
    let services = exported(SERVICES_FILE);
    let orgs = contents(&orgs);
    let services = contents(&services);
    let ours: Vec<_> = dataset()
        .countries
        .iter()
        .flat_map(|(_, c)| c.organisations.iter().map(move |o| (c, o)))
        .collect();
    assert_eq!(orgs.len(), ours.len());
    assert_eq!(services.len(), ours.len());
    for (country, org) in ours {
        let id = uuid("organization", &org.id);
        let exported = orgs.iter().find(|o| o["id"] == json!(id)).unwrap();
        assert_eq!(exported["name"], json!(org.name));
        assert_eq!(exported["description"], json!(org.description));

        let numbers = |phones: &Value| -> BTreeSet<String> {
            phones
                .as_array()
                .map(|p| {
                    p.iter()
                        .map(|x| x["number"].as_str().unwrap().to_string())
                        .collect()
                })
                .unwrap_or_default()
        };
        let our_numbers: BTreeSet<String> = org.phones.iter().map(|p| p.number.clone()).collect();
        assert_eq!(numbers(&exported["phones"]), our_numbers, "{}", org.id);

        let service = services
            .iter()
            .find(|s| s["organization_id"] == json!(id))
            .unwrap();
        assert_eq!(numbers(&service["phones"]), our_numbers, "{}", org.id);
        assert_eq!(service["organization"]["id"], json!(id));

        let hours = |schedules: &Value| -> Vec<(String, String, String, Value, Value)> {
            schedules
                .as_array()
                .map(|s| {
                    s.iter()
                        .map(|x| {
                            assert_eq!(x["freq"], json!("WEEKLY"));
                            let notes = x["notes"].as_str().unwrap();
                            assert!(notes.contains(&country.time_zone), "{notes}");
                            (
                                x["byday"].as_str().unwrap().to_string(),
                                x["opens_at"].as_str().unwrap().to_string(),
                                x["closes_at"].as_str().unwrap().to_string(),
                                x.get("valid_from").cloned().unwrap_or(Value::Null),
                                x.get("valid_to").cloned().unwrap_or(Value::Null),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let our_hours: Vec<_> = org
            .hours
            .iter()
            .flat_map(|h| {
                schedule_parts(h).into_iter().map(|(days, opens, closes)| {
                    (
                        byday(&days),
                        opens,
                        closes,
                        h.valid_from.map_or(Value::Null, |d| json!(d.to_string())),
                        h.valid_until.map_or(Value::Null, |d| json!(d.to_string())),
                    )
                })
            })
            .collect();
        // Nothing in the shipped data runs past midnight: one schedule a block.
        assert_eq!(our_hours.len(), org.hours.len());
        assert_eq!(hours(&service["schedules"]), our_hours, "{}", org.id);
        let nested = &exported["services"][0];
        assert_eq!(hours(&nested["schedules"]), our_hours, "{}", org.id);

        // Provenance: the organisation's status and day last verified.
        let metadata = exported["metadata"].as_array().unwrap();
        assert_eq!(
            metadata[0]["replacement_value"],
            json!(org.verification.status.as_str())
        );
        assert_eq!(
            metadata[0]["last_action_date"],
            json!(org.verification.last_verified.to_string())
        );
        assert_eq!(
            metadata.len(),
            1 + org.verification.sources.len() + usize::from(org.verification.note.is_some())
        );
    }
    assert!(
        orgs.iter()
            .any(|o| o["services"][0]["schedules"].is_array()),
        "the data has opening hours, so the export must"
    );
}
