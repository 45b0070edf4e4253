//! The shipped dataset is valid, and every validation rule fails a broken
//! fixture with a message naming the file, the entry and the field.
//!
//! Each fixture is the shipped Norway file (or the whole dataset) with one
//! thing broken, so the fixtures stay in step with the real data.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use directory_checks::strict::{parse_country, parse_index};
use directory_checks::validate::{brotli_size, validate_country, validate_dataset};
use directory_data::model::index::{BROTLI_LEVEL, OFFLINE_CAP_BROTLI_BYTES, SCHEMA_VERSION};
use directory_data::parse::DataError;
use serde_json::{Value, json};

const COUNTRY_FILE: &str = "countries/norway.json";

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn shipped(rel: &str) -> Value {
    let text = std::fs::read_to_string(data_dir().join(rel)).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Parses and validates the Norway file after `break_it` has changed it.
fn country_errors(break_it: impl FnOnce(&mut Value)) -> Vec<DataError> {
    let mut value = shipped(COUNTRY_FILE);
    break_it(&mut value);
    let text = serde_json::to_string_pretty(&value).unwrap();
    match parse_country(COUNTRY_FILE, &text) {
        Err(e) => vec![e],
        Ok(country) => validate_country(COUNTRY_FILE, &country),
    }
}

fn set(value: &mut Value, pointer: &str, new: Value) {
    *value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("fixture path {pointer} is not in the shipped file")) = new;
}

/// Adds `key` to the object at `pointer`.
fn insert(value: &mut Value, pointer: &str, key: &str, new: Value) {
    value
        .pointer_mut(pointer)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("fixture path {pointer} is not an object in the shipped file"))
        .insert(key.to_string(), new);
}

/// Asserts that exactly the expected error is reported, in its display form too.
#[track_caller]
fn assert_error(errors: &[DataError], file: &str, entry: &str, field: &str, message: &str) {
    let found = errors.iter().any(|e| {
        e.file == file && e.entry == entry && e.field == field && e.message.contains(message)
    });
    assert!(
        found,
        "expected {file}: entry {entry}: field {field}: …{message}…, got:\n{}",
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    let line = errors
        .iter()
        .find(|e| e.entry == entry && e.field == field)
        .unwrap()
        .to_string();
    assert!(line.starts_with(file), "{line}");
    if !entry.is_empty() {
        assert!(line.contains(entry), "{line}");
    }
    assert!(line.contains(field), "{line}");
}

#[test]
fn shipped_dataset_is_valid() {
    let dataset = validate_dataset(&data_dir()).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(dataset.index.countries.len(), 249, "every ISO 3166-1 entry");
    let norway = dataset.index.country_by_slug("norway").unwrap();
    assert_eq!(norway.code, "NO");
    assert!(norway.content.is_some());
}

#[test]
fn norway_keeps_the_source_pages_grouping_and_marks_additions() {
    let text = std::fs::read_to_string(data_dir().join(COUNTRY_FILE)).unwrap();
    let norway = parse_country(COUNTRY_FILE, &text).unwrap();
    use directory_data::model::vocabulary::Category::*;
    let ids = |c| {
        norway
            .in_category(c)
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(LegalAid), ["jussbuss", "noas", "jurk"]);
    assert_eq!(ids(OtherSupport), ["seif", "mira", "caritas-norway"]);
    assert!(ids(Lgbtqi).contains(&"noas") && ids(Lgbtqi).contains(&"seif"));
    let added: Vec<_> = norway
        .organisations
        .iter()
        .filter(|o| o.added)
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(added, ["jurk", "caritas-norway", "olafiaklinikken"]);
    // The source page's errors stay corrected.
    let framework = &norway.protection.regional_framework;
    assert!(
        framework
            .summary
            .starts_with("Norway is not a member of the European Union")
    );
    assert!(framework.corrects.is_some());
    let deadline = norway
        .protection
        .appeal_deadline
        .as_ref()
        .expect("Norway states its appeal deadline");
    assert_eq!((deadline.amount, deadline.lodged_with.as_str()), (3, "udi"));
    // What the notes say to drop stays out of the listings (source notes may
    // still mention it, as provenance).
    let listings = serde_json::to_string(&norway.organisations).unwrap();
    assert!(!listings.contains("leder@jussbuss.no"));
    assert!(!listings.contains("+4722842901"), "Jussbuss fax");
    assert!(!listings.contains("Skårberg") && !listings.contains("Fleischer"));
    assert!(
        norway
            .organisation("jussbuss")
            .unwrap()
            .contact_person
            .is_none()
    );
}

#[test]
fn index_counts_come_from_the_country_file() {
    let index_text = std::fs::read_to_string(data_dir().join("index.json")).unwrap();
    let index = parse_index("index.json", &index_text).unwrap();
    let text = std::fs::read_to_string(data_dir().join(COUNTRY_FILE)).unwrap();
    let norway = parse_country(COUNTRY_FILE, &text).unwrap();
    let entry = index.country_by_slug("norway").unwrap();
    assert_eq!(
        entry.content.as_ref().unwrap().organisations,
        norway.organisation_counts()
    );
}

// ---- one broken fixture per rule, in the country file ----

const NOAS: &str = "organisations[1] (noas)";
const JUSSBUSS: &str = "organisations[0] (jussbuss)";

#[test]
fn rule_unique_ids() {
    let errors = country_errors(|v| set(v, "/organisations/1/id", json!("jussbuss")));
    assert_error(
        &errors,
        COUNTRY_FILE,
        "organisations[1] (jussbuss)",
        "id",
        "used by an earlier entry",
    );
}

#[test]
fn rule_links_are_http_or_https() {
    let errors = country_errors(|v| {
        set(
            v,
            "/organisations/0/websites/0/url",
            json!("javascript:alert(1)"),
        )
    });
    assert_error(
        &errors,
        COUNTRY_FILE,
        JUSSBUSS,
        "websites[0].url",
        "only https: and http: links",
    );
}

#[test]
fn rule_emails_are_well_formed() {
    let errors = country_errors(|v| {
        set(
            v,
            "/organisations/1/emails/0/address",
            json!("noas(at)noas.org"),
        )
    });
    assert_error(
        &errors,
        COUNTRY_FILE,
        NOAS,
        "emails[0].address",
        "not a plain e-mail address",
    );
}

#[test]
fn rule_phones_are_e164() {
    let errors = country_errors(|v| {
        set(
            v,
            "/organisations/1/phones/0/number",
            json!("+47 22 36 56 60"),
        )
    });
    assert_error(&errors, COUNTRY_FILE, NOAS, "phones[0].number", "E.164");
    let errors = country_errors(|v| set(v, "/organisations/1/phones/0/number", json!("+4712")));
    assert_error(&errors, COUNTRY_FILE, NOAS, "phones[0].number", "E.164");
}

#[test]
fn phone_written_forms_are_the_librarys_and_make_data_writes_them() {
    use directory_checks::generated::{check_generated, write_generated};
    for (change, pointer, value) in [
        // Typed by hand (a mobile's grouping on a landline).
        (
            "typed",
            "/organisations/1/phones/0/national",
            json!("223 65 660"),
        ),
        // A number corrected without `make data`: its old forms no longer fit.
        (
            "number",
            "/organisations/1/phones/0/number",
            json!("+4722365699"),
        ),
    ] {
        let dir = dataset_copy();
        let path = dir.join(COUNTRY_FILE);
        let mut country: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        set(&mut country, pointer, value);
        write_json(&dir, COUNTRY_FILE, &country);
        // Not a data error: `make data` must be able to run and mend it …
        let dataset = validate_dataset(&dir).unwrap_or_else(|e| panic!("{change}: {e:?}"));
        // … and the validator's check of the files made from the data says so.
        let stale = check_generated(&dir, &dataset);
        assert!(
            stale
                .iter()
                .any(|e| e.file == COUNTRY_FILE && e.message.contains("make data")),
            "{change}: {stale:?}"
        );
        write_generated(&dir, &dataset).unwrap();
        let mended: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let phone = &mended["organisations"][1]["phones"][0];
        let expected = if change == "typed" {
            "22 36 56 60"
        } else {
            "22 36 56 99"
        };
        assert_eq!(phone["national"], json!(expected), "{change}");
        assert!(
            check_generated(&dir, &validate_dataset(&dir).unwrap()).is_empty(),
            "{change}"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn a_key_written_twice_is_refused_not_silently_dropped() {
    // A parsed file keeps only the last of two equal keys; `make data`
    // writes the parsed file back, so the first would be lost.
    let dir = dataset_copy();
    let path = dir.join(COUNTRY_FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    let twice = text.replacen(
        "\"time_zone\": \"Europe/Oslo\",",
        "\"time_zone\": \"Europe/Oslo\",\n  \"time_zone\": \"Europe/Oslo\",",
        1,
    );
    assert_ne!(twice, text);
    std::fs::write(&path, twice).unwrap();
    assert_error(&dataset_errors(&dir), COUNTRY_FILE, "", "", "appears twice");
}

#[test]
fn an_appeal_deadline_no_source_states_is_left_out_not_guessed() {
    let errors = country_errors(|v| {
        v.pointer_mut("/protection")
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove("appeal_deadline");
        // The source only the deadline cited goes with it.
        v.pointer_mut("/sources")
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove("udi_appeal");
    });
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn rule_hours_have_a_length() {
    let errors = country_errors(|v| set(v, "/organisations/1/hours/0/closes", json!("09:30")));
    assert_error(
        &errors,
        COUNTRY_FILE,
        NOAS,
        "hours[0].closes",
        "same as opens",
    );
}

#[test]
fn rule_hours_times_are_real() {
    let errors = country_errors(|v| set(v, "/organisations/1/hours/0/opens", json!("9.30")));
    assert_error(
        &errors,
        COUNTRY_FILE,
        NOAS,
        "hours[0].opens",
        "not a time of day",
    );
}

#[test]
fn rule_weekdays_are_real() {
    let errors = country_errors(|v| set(v, "/organisations/1/hours/0/days/0", json!("monday")));
    assert_error(
        &errors,
        COUNTRY_FILE,
        NOAS,
        "hours[0].days[0]",
        "unknown variant `monday`",
    );
}

#[test]
fn rule_time_zone_is_real() {
    let errors = country_errors(|v| set(v, "/time_zone", json!("Europe/Olso")));
    assert_error(
        &errors,
        COUNTRY_FILE,
        "",
        "time_zone",
        "not an IANA time zone",
    );
}

#[test]
fn rule_dates_are_iso() {
    let errors = country_errors(|v| {
        set(
            v,
            "/organisations/0/verification/last_verified",
            json!("24.11.2026"),
        )
    });
    assert_error(
        &errors,
        COUNTRY_FILE,
        JUSSBUSS,
        "verification.last_verified",
        "not an ISO 8601 date",
    );
    let errors = country_errors(|v| set(v, "/protection/treaties/2/date", json!("1956-02-30")));
    assert_error(
        &errors,
        COUNTRY_FILE,
        "protection.treaties[2] (statelessness_1954)",
        "date",
        "not a real day",
    );
}

#[test]
fn rule_text_has_no_html() {
    let errors = country_errors(|v| {
        set(
            v,
            "/organisations/2/description",
            json!("<img src=x onerror=alert(1)>"),
        )
    });
    assert_error(
        &errors,
        COUNTRY_FILE,
        "organisations[2] (jurk)",
        "description",
        "HTML markup",
    );
}

#[test]
fn rule_links_are_never_scripts_or_data() {
    for link in [
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
    ] {
        let errors = country_errors(|v| set(v, "/organisations/0/websites/0/url", json!(link)));
        assert!(
            errors
                .iter()
                .any(|e| e.to_string().contains("websites[0].url")),
            "{link}: {errors:?}"
        );
    }
}

#[test]
fn rule_texts_have_sane_lengths() {
    // A megabyte in a name: refused, naming file, entry and field.
    let errors = country_errors(|v| set(v, "/organisations/0/name", json!("J".repeat(1 << 20))));
    assert_error(
        &errors,
        COUNTRY_FILE,
        "organisations[0] (jussbuss)",
        "name",
        "1048576 characters long; at most 300",
    );
    let errors = country_errors(|v| {
        set(
            v,
            "/organisations/2/description",
            json!("Legal aid. ".repeat(400)),
        )
    });
    assert_error(
        &errors,
        COUNTRY_FILE,
        "organisations[2] (jurk)",
        "description",
        "at most 4000",
    );
}

#[test]
fn rule_text_has_no_bidi_overrides_or_control_characters() {
    let errors = country_errors(|v| set(v, "/organisations/0/name", json!("Juss\u{202E}subb")));
    assert_error(
        &errors,
        COUNTRY_FILE,
        "organisations[0] (jussbuss)",
        "name",
        "U+202E",
    );
    let errors = country_errors(|v| set(v, "/organisations/0/name", json!("Juss\u{0007}buss")));
    assert_error(
        &errors,
        COUNTRY_FILE,
        "organisations[0] (jussbuss)",
        "name",
        "control character",
    );
}

#[test]
fn rule_source_keys_resolve() {
    let errors = country_errors(|v| {
        set(
            v,
            "/organisations/0/verification/sources/0",
            json!("no_such_source"),
        )
    });
    assert_error(
        &errors,
        COUNTRY_FILE,
        JUSSBUSS,
        "verification.sources[0]",
        "\"no_such_source\" is not in the file's \"sources\"",
    );
}

#[test]
fn rule_hours_phone_resolves() {
    let errors = country_errors(|v| set(v, "/organisations/1/hours/0/phone", json!("switchboard")));
    assert_error(
        &errors,
        COUNTRY_FILE,
        NOAS,
        "hours[0].phone",
        "does not have",
    );
}

#[test]
fn rule_appeal_authority_resolves() {
    let errors = country_errors(|v| {
        set(
            v,
            "/protection/appeal_deadline/lodged_with",
            json!("police"),
        )
    });
    assert_error(
        &errors,
        COUNTRY_FILE,
        "protection.appeal_deadline",
        "lodged_with",
        "\"police\"",
    );
}

#[test]
fn rule_vocabulary_values_are_known() {
    let errors = country_errors(|v| set(v, "/organisations/0/services/0", json!("tax")));
    assert_error(
        &errors,
        COUNTRY_FILE,
        JUSSBUSS,
        "services[0]",
        "unknown variant `tax`",
    );
    let errors = country_errors(|v| set(v, "/coi/resources/0/kind", json!("blog")));
    assert_error(
        &errors,
        COUNTRY_FILE,
        "coi.resources[0] (usdos-2024)",
        "kind",
        "unknown variant `blog`",
    );
}

#[test]
fn rule_no_unknown_fields() {
    let errors = country_errors(|v| {
        v["organisations"][0]
            .as_object_mut()
            .unwrap()
            .insert("fax".into(), json!("+4722842901"));
    });
    assert_error(
        &errors,
        COUNTRY_FILE,
        JUSSBUSS,
        "fax",
        "unknown field `fax`",
    );
}

#[test]
fn rule_one_country_page_group() {
    let errors = country_errors(|v| {
        set(
            v,
            "/organisations/1/categories",
            json!(["legal_aid", "other_support"]),
        )
    });
    assert_error(
        &errors,
        COUNTRY_FILE,
        NOAS,
        "categories",
        "belongs to one group",
    );
}

#[test]
fn rule_confirmed_facts_cite_a_source() {
    let errors =
        country_errors(|v| set(v, "/protection/treaties/2/verification/sources", json!([])));
    assert_error(
        &errors,
        COUNTRY_FILE,
        "protection.treaties[2] (statelessness_1954)",
        "verification.sources",
        "no source is given",
    );
}

#[test]
fn rule_every_source_is_cited() {
    let errors = country_errors(|v| {
        v["sources"].as_object_mut().unwrap().insert(
            "orphan".into(),
            json!({"url": "https://example.org/", "title": "T", "publisher": "P",
                   "kind": "primary", "date_shown": "not shown", "consulted": "2026-11-24"}),
        );
    });
    assert_error(&errors, COUNTRY_FILE, "sources.orphan", "", "not cited");
}

#[test]
fn rule_language_tags_are_bcp47() {
    let errors =
        country_errors(|v| set(v, "/organisations/0/languages/0/code", json!("Norwegian")));
    assert_error(
        &errors,
        COUNTRY_FILE,
        JUSSBUSS,
        "languages[0].code",
        "BCP 47",
    );
}

#[test]
fn rule_schema_version_is_checked() {
    let errors = country_errors(|v| set(v, "/schema_version", json!(2)));
    assert_error(
        &errors,
        COUNTRY_FILE,
        "",
        "schema_version",
        "the file has 2",
    );
}

// ---- rules across files: a copy of the dataset with one thing broken ----

/// A fresh copy of `public/data` to break.
fn dataset_copy() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "directory-data-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("countries")).unwrap();
    std::fs::copy(data_dir().join("index.json"), dir.join("index.json")).unwrap();
    for file in std::fs::read_dir(data_dir().join("countries")).unwrap() {
        let file = file.unwrap();
        std::fs::copy(file.path(), dir.join("countries").join(file.file_name())).unwrap();
    }
    dir
}

fn write_json(dir: &Path, rel: &str, value: &Value) {
    std::fs::write(dir.join(rel), serde_json::to_string_pretty(value).unwrap()).unwrap();
}

fn norway_index_position(index: &Value) -> usize {
    index["countries"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c["code"] == "NO")
        .unwrap()
}

fn dataset_errors(dir: &Path) -> Vec<DataError> {
    let errors = validate_dataset(dir).expect_err("the broken dataset must fail");
    std::fs::remove_dir_all(dir).unwrap();
    errors
}

#[test]
fn rule_listed_files_exist() {
    let dir = dataset_copy();
    std::fs::remove_file(dir.join(COUNTRY_FILE)).unwrap();
    let index = shipped("index.json");
    let entry = format!("countries[{}] (NO)", norway_index_position(&index));
    assert_error(
        &dataset_errors(&dir),
        "index.json",
        &entry,
        "content.file",
        "countries/norway.json does not exist",
    );
}

#[test]
fn rule_country_files_are_listed() {
    let dir = dataset_copy();
    std::fs::copy(dir.join(COUNTRY_FILE), dir.join("countries/chile.json")).unwrap();
    assert_error(
        &dataset_errors(&dir),
        "countries/chile.json",
        "",
        "",
        "not listed in index.json",
    );
}

#[test]
fn rule_index_counts_match_the_country_file() {
    let dir = dataset_copy();
    let mut index = shipped("index.json");
    let i = norway_index_position(&index);
    index["countries"][i]["content"]["organisations"]["legal_aid"] = json!(7);
    write_json(&dir, "index.json", &index);
    assert_error(
        &dataset_errors(&dir),
        "index.json",
        &format!("countries[{i}] (NO)"),
        "content.organisations",
        "countries/norway.json has",
    );
}

#[test]
fn rule_index_sizes_match_the_country_file() {
    let text = std::fs::read_to_string(data_dir().join(COUNTRY_FILE)).unwrap();
    let actual = brotli_size(&text);
    let index = shipped("index.json");
    let i = norway_index_position(&index);
    let entry = format!("countries[{i}] (NO)");
    let with_size = |size: Option<u64>| {
        let dir = dataset_copy();
        let mut index = index.clone();
        let content = index["countries"][i]["content"].as_object_mut().unwrap();
        match size {
            Some(n) => content.insert("brotli_bytes".into(), json!(n)),
            None => content.remove("brotli_bytes"),
        };
        write_json(&dir, "index.json", &index);
        dir
    };
    let set_it = format!(
        "countries/norway.json compresses to {actual} bytes (brotli level 6); set it to {actual}"
    );
    let errors = dataset_errors(&with_size(None));
    assert_error(
        &errors,
        "index.json",
        &entry,
        "content.brotli_bytes",
        "is missing",
    );
    assert_error(
        &errors,
        "index.json",
        &entry,
        "content.brotli_bytes",
        &set_it,
    );
    let errors = dataset_errors(&with_size(Some(actual * 90 / 100)));
    assert_error(
        &errors,
        "index.json",
        &entry,
        "content.brotli_bytes",
        "more than 5 % off",
    );
    assert_error(
        &errors,
        "index.json",
        &entry,
        "content.brotli_bytes",
        &set_it,
    );
    // Small edits to a country file need no index edit.
    let dir = with_size(Some(actual * 97 / 100));
    validate_dataset(&dir).expect("within 5 % is accepted");
    std::fs::remove_dir_all(dir).unwrap();
}

/// The number after `prefix` on the line of `file` (a path from the
/// repository root) that starts with it.
fn number_after(file: &str, prefix: &str) -> u64 {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text
        .lines()
        .map(str::trim)
        .find_map(|l| l.strip_prefix(prefix))
        .unwrap_or_else(|| panic!("{file} has no line starting {prefix:?}"));
    let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("{file}: no number after {prefix:?}"))
}

#[test]
fn the_offline_cap_is_the_same_in_the_service_worker() {
    assert_eq!(
        number_after("public/sw.js", "const DATA_CAP = "),
        OFFLINE_CAP_BROTLI_BYTES
    );
}

#[test]
fn the_schema_version_is_the_same_in_the_service_worker() {
    assert_eq!(
        number_after("public/sw.js", "const SCHEMA_VERSION = "),
        u64::from(SCHEMA_VERSION)
    );
}

#[test]
fn accent_backgrounds_are_the_stylesheets() {
    use directory_data::embed::{DARK_BACKGROUNDS, LIGHT_BACKGROUNDS};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../style/main.css");
    let css = std::fs::read_to_string(path).unwrap();
    let block = |selector: &str| {
        let start = css
            .find(selector)
            .unwrap_or_else(|| panic!("no {selector}"));
        let end = start + css[start..].find('}').unwrap();
        css[start..end].to_string()
    };
    for (selector, colours) in [
        (":root {", LIGHT_BACKGROUNDS),
        ("[data-theme=\"dark\"] {", DARK_BACKGROUNDS),
    ] {
        let block = block(selector);
        for (var, colour) in [
            "--color-bg",
            "--color-surface",
            "--color-info-bg",
            "--color-warn-bg",
        ]
        .iter()
        .zip(colours)
        {
            assert!(
                block.contains(&format!("{var}: {};", colour.to_hex())),
                "{selector} {var} is not {}",
                colour.to_hex()
            );
        }
    }
}

#[test]
fn the_dark_and_auto_themes_are_the_same_colours() {
    // CSS cannot share one block between `[data-theme="dark"]` and the
    // media query for `auto` (without `light-dark()`, which older phones
    // lack), so the stylesheet repeats it: the two copies must agree.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../style/main.css");
    let css = std::fs::read_to_string(path).unwrap();
    let body = |selector: &str| -> Vec<String> {
        let start = css
            .find(selector)
            .unwrap_or_else(|| panic!("no {selector}"))
            + selector.len();
        let end = start + css[start..].find('}').unwrap();
        css[start..end]
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect()
    };
    let dark = body("[data-theme=\"dark\"] {");
    assert!(dark.len() > 10);
    assert_eq!(dark, body("  [data-theme=\"auto\"] {"));
}

#[test]
fn the_partner_script_reads_the_same_message() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/embed.js");
    let script = std::fs::read_to_string(path).unwrap();
    assert!(script.contains(&format!(
        "var TYPE = '{}';",
        directory_data::embed::RESIZE_MESSAGE
    )));
    assert_eq!(
        number_after("public/embed.js", "var MAX_HEIGHT = "),
        u64::from(directory_data::embed::RESIZE_MAX_HEIGHT)
    );
}

#[test]
fn sizes_are_measured_at_the_servers_brotli_level() {
    assert_eq!(
        number_after("server/site.conf", "brotli_comp_level "),
        u64::from(BROTLI_LEVEL)
    );
}

#[test]
fn rule_quick_exit_url_is_https() {
    for (url, message) in [
        ("http://weather.example/", "must be an https:// address"),
        ("javascript:alert(1)", ""),
    ] {
        let dir = dataset_copy();
        let mut index = shipped("index.json");
        index["quick_exit_url"] = json!(url);
        write_json(&dir, "index.json", &index);
        assert_error(
            &dataset_errors(&dir),
            "index.json",
            "",
            "quick_exit_url",
            message,
        );
    }
}

#[test]
fn rule_index_slugs_and_codes_are_unique_and_well_formed() {
    let dir = dataset_copy();
    let mut index = shipped("index.json");
    index["countries"][1]["slug"] = index["countries"][0]["slug"].clone();
    index["countries"][2]["code"] = json!("alb");
    write_json(&dir, "index.json", &index);
    let errors = dataset_errors(&dir);
    let code1 = index["countries"][1]["code"].as_str().unwrap();
    assert_error(
        &errors,
        "index.json",
        &format!("countries[1] ({code1})"),
        "slug",
        "used by an earlier country",
    );
    assert_error(
        &errors,
        "index.json",
        "countries[2] (alb)",
        "code",
        "not an ISO 3166-1 alpha-2 code",
    );
}

#[test]
fn rule_organisation_ids_are_unique_across_countries() {
    let dir = dataset_copy();
    let mut sweden = shipped(COUNTRY_FILE);
    sweden["code"] = json!("SE");
    sweden["slug"] = json!("sweden");
    write_json(&dir, "countries/sweden.json", &sweden);
    let mut index = shipped("index.json");
    let norway = norway_index_position(&index);
    let content = index["countries"][norway]["content"].clone();
    let se = index["countries"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c["code"] == "SE")
        .unwrap();
    index["countries"][se]["content"] = content;
    index["countries"][se]["content"]["file"] = json!("countries/sweden.json");
    write_json(&dir, "index.json", &index);
    assert_error(
        &dataset_errors(&dir),
        "countries/sweden.json",
        "organisations[0] (jussbuss)",
        "id",
        "also used in countries/norway.json",
    );
}

#[test]
fn rule_malformed_json_names_the_file_and_line() {
    let dir = dataset_copy();
    std::fs::write(
        dir.join(COUNTRY_FILE),
        "{\n  \"schema_version\": 1,\n  oops\n}",
    )
    .unwrap();
    assert_error(
        &dataset_errors(&dir),
        COUNTRY_FILE,
        "",
        "",
        "not valid JSON at line 3",
    );
}

#[test]
fn weekly_hours_put_each_block_on_its_days_in_time_order() {
    use directory_data::model::vocabulary::Weekday;
    use directory_data::weekly::weekly;
    let text = std::fs::read_to_string(data_dir().join(COUNTRY_FILE)).unwrap();
    let norway = parse_country(COUNTRY_FILE, &text).unwrap();
    let noas = norway.organisation("noas").unwrap();
    let days = weekly(&noas.hours);
    let times = |d: Weekday| {
        days[d.index()]
            .iter()
            .map(|h| format!("{}-{}", h.opens, h.closes))
            .collect::<Vec<_>>()
    };
    assert_eq!(times(Weekday::Mon), ["09:30-11:30", "12:30-15:30"]);
    assert_eq!(times(Weekday::Thu), ["09:30-11:30", "12:30-15:30"]);
    assert!(times(Weekday::Wed).is_empty());
    assert!(times(Weekday::Sun).is_empty());
    let ungdom = norway.organisation("skeiv-ungdom").unwrap();
    assert_eq!(weekly(&ungdom.hours)[Weekday::Sun.index()].len(), 1);
}

#[test]
fn an_organisation_becomes_a_vcard() {
    let text = std::fs::read_to_string(data_dir().join(COUNTRY_FILE)).unwrap();
    let norway = parse_country(COUNTRY_FILE, &text).unwrap();
    let noas = norway.organisation("noas").unwrap();
    let card = directory_data::vcard::vcard(noas, &norway.name);
    let unfolded = card.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").collect();
    assert_eq!(lines.first(), Some(&"BEGIN:VCARD"));
    assert_eq!(lines[1], "VERSION:4.0");
    assert!(lines.contains(&"FN:Norwegian Organisation for Asylum Seekers"));
    assert!(lines.contains(&"TEL;VALUE=uri;TYPE=\"work,voice\":tel:+4722365660"));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("NOTE:From the Refugee Legal Aid Directory"))
    );
    assert_eq!(lines[lines.len() - 2], "END:VCARD");
    assert!(card.ends_with("END:VCARD\r\n"));
    for physical in card.split("\r\n") {
        assert!(physical.len() <= 75, "{physical:?}");
    }
}

#[test]
fn rule_translations_are_whole_and_of_other_languages() {
    // SEIF has a description and four activities, no eligibility.
    let seif = "organisations[3] (seif)";
    let errors = country_errors(|v| {
        insert(
            v,
            "/organisations/3",
            "translations",
            json!({
                "en": { "description": "Again in English" },
                "Ukrainian": { "description": "Опис" },
                "ar": {},
                "fa": { "eligibility": "برای همه", "activities": ["یک"] },
            }),
        )
    });
    assert_error(
        &errors,
        COUNTRY_FILE,
        seif,
        "translations.en",
        "own language",
    );
    assert_error(
        &errors,
        COUNTRY_FILE,
        seif,
        "translations.Ukrainian",
        "BCP 47",
    );
    assert_error(
        &errors,
        COUNTRY_FILE,
        seif,
        "translations.ar",
        "translates nothing",
    );
    assert_error(
        &errors,
        COUNTRY_FILE,
        seif,
        "translations.fa.eligibility",
        "does not have in English",
    );
    assert_error(
        &errors,
        COUNTRY_FILE,
        seif,
        "translations.fa.activities",
        "translated whole",
    );
    // A translation of some texts is valid.
    let errors = country_errors(|v| {
        insert(
            v,
            "/organisations/3",
            "translations",
            json!({ "uk": { "description": "Безкоштовна правова допомога" } }),
        )
    });
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn translated_texts_fall_back_to_english_field_by_field() {
    let mut value = shipped(COUNTRY_FILE);
    insert(
        &mut value,
        "/organisations/3",
        "translations",
        json!({
            "uk": {
                "description": "Опис українською",
                "activities": ["один", "два", "три", "чотири"]
            },
            "pt-BR": { "description": "Descrição" }
        }),
    );
    let text = serde_json::to_string(&value).unwrap();
    let country = parse_country(COUNTRY_FILE, &text).unwrap();
    let seif = &country.organisations[3];
    assert_eq!(seif.id, "seif");
    let d = seif.description_in("uk");
    assert_eq!((d.text, d.lang), ("Опис українською", "uk"));
    // A regional UI language finds the language's translation, and the
    // other way round.
    assert_eq!(seif.description_in("uk-UA").lang, "uk");
    assert_eq!(seif.description_in("pt").lang, "pt-BR");
    assert_eq!(seif.activities_in("uk").text[3], "чотири");
    // Notes are not translated: English, and said to be.
    let notes = seif.notes_in("uk");
    assert_eq!((notes.text, notes.lang), (&seif.notes[..], "en"));
    // No translation, or English: the English texts.
    assert_eq!(seif.description_in("ar").text, seif.description);
    assert_eq!(seif.description_in("ar").lang, "en");
    assert_eq!(seif.description_in("en").lang, "en");
    // Tags read as the UI's language choice reads them: "no" is Bokmål.
    let mut norwegian = seif.clone();
    norwegian.translations.clear();
    norwegian.translations.insert(
        "no".to_string(),
        directory_data::model::country::OrganisationTexts {
            description: Some("Beskrivelse".to_string()),
            ..Default::default()
        },
    );
    assert_eq!(norwegian.description_in("nb").lang, "no");
    assert_eq!(norwegian.description_in("fa").lang, "en");
}
