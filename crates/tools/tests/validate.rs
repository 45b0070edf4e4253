//! The editors' validator as they run it: `validate [PATH…]` on the shipped
//! data (exit 0), on broken copies (each problem on its own line as
//! `file:entry:field: error: message`, exit 1), its warnings, a single file,
//! and the staleness report.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn validate(args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_validate"))
        .args(args)
        .output()
        .unwrap();
    (
        status.code().unwrap(),
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

/// A copy of the shipped data directory, to break.
fn copy_of_data() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "validate-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&data_dir(), &dir);
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn edit(path: &Path, change: impl FnOnce(&mut Value)) {
    let mut value: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    change(&mut value);
    std::fs::write(path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
}

#[test]
fn the_shipped_data_is_valid() {
    let dir = data_dir();
    let (code, out, err) = validate(&[dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(!out.contains(": error: "), "{out}");
    assert!(err.contains("valid (as of"), "{err}");
}

#[test]
fn every_mistake_is_reported_with_file_entry_and_field() {
    let dir = copy_of_data();
    let norway = dir.join("countries/norway.json");
    edit(&norway, |v| {
        v["organisations"][1]["phones"][0]["number"] = json!("22 36 56 60");
        v["organisations"][1]["websites"][0]["url"] = json!("javascript:alert(1)");
        v["organisations"][2]["verification"]["sources"] = json!(["no-such-source"]);
        v["organisations"][3]["hours"][0]["days"] = json!([]);
    });
    let (code, out, _) = validate(&[dir.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    let file = norway.display().to_string();
    for expected in [
        format!(
            "{file}:organisations[1] (noas):phones[0].number: error: \"22 36 56 60\" is not in E.164 form"
        ),
        format!(
            "{file}:organisations[1] (noas):websites[0].url: error: \"javascript:alert(1)\" uses the scheme \"javascript\""
        ),
        format!(
            "{file}:organisations[2] (jurk):verification.sources[0]: error: source \"no-such-source\" is not in the file's \"sources\""
        ),
        format!("{file}:organisations[3] (seif):hours[0].days: error: lists no day"),
    ] {
        assert!(
            out.lines().any(|l| l.starts_with(&expected)),
            "missing {expected:?} in:\n{out}"
        );
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_parse_error_names_the_entry_and_the_field() {
    let dir = copy_of_data();
    let norway = dir.join("countries/norway.json");
    edit(&norway, |v| {
        v["organisations"][1]["categories"] = json!(["legal_help"]);
    });
    let (code, out, _) = validate(&[dir.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    let line = out.lines().find(|l| l.contains(": error: ")).unwrap();
    assert!(
        line.starts_with(&format!(
            "{}:organisations[1] (noas):categories[0]: error: ",
            norway.display()
        )),
        "{line}"
    );
    assert!(line.contains("legal_help"), "{line}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn stale_entries_and_unconfirmed_contacts_are_warnings() {
    let dir = data_dir();
    // Two years on, everything verified in 2026 is stale; still exit 0.
    let (code, out, err) = validate(&["--today", "2028-12-01", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(
        out.lines().any(|l| l.contains(
            ":organisations[1] (noas):verification.last_verified: warning: last verified 2026-"
        ) && l.contains("not verified in the last 12 months")),
        "{out}"
    );
    assert!(
        out.lines().any(|l| l.contains(
            ":organisations[1] (noas):phones[0]: warning: the phone number is not confirmed"
        )),
        "{out}"
    );
    // As of the data's own day, nothing is stale.
    let (_, out, _) = validate(&["--today", "2026-11-24", dir.to_str().unwrap()]);
    assert!(!out.contains("last_verified: warning"), "{out}");
    let (_, out, err) = validate(&["--no-warnings", dir.to_str().unwrap()]);
    assert!(!out.contains(": warning: "), "{out}");
    assert!(err.contains("warning(s) not shown"), "{err}");
}

#[test]
fn a_date_after_today_is_an_error() {
    let dir = data_dir();
    let (code, out, _) = validate(&["--today", "2026-01-01", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.lines().any(|l| l.contains(
            "countries/norway.json::last_verified: error: 2026-11-24 is after today (2026-01-01)"
        )),
        "{out}"
    );
}

/// The newest `last_verified` of the countries in the shipped index, and
/// the days one and two before it (`YYYY-MM-DD`).
fn newest_and_days_before() -> (String, String, String) {
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data_dir().join("index.json")).unwrap())
            .unwrap();
    let newest = index["countries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["content"]["last_verified"].as_str())
        .max()
        .unwrap()
        .to_string();
    let day: u32 = newest[8..].parse().unwrap();
    assert!(
        day > 2,
        "the test needs a newest date after the 2nd of its month: {newest}"
    );
    let before = |n: u32| format!("{}{:02}", &newest[..8], day - n);
    (newest.clone(), before(1), before(2))
}

#[test]
fn a_day_ahead_is_allowed_for_editors_east_of_greenwich() {
    // On the day before the data's newest date (UTC) it is already that
    // date from UTC+1 on at midnight; two days before, it is an error.
    let (newest, day_before, two_days_before) = newest_and_days_before();
    let dir = data_dir();
    let (code, out, _) = validate(&["--today", &day_before, dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{newest}: {out}");
    let (code, _, _) = validate(&["--today", &two_days_before, dir.to_str().unwrap()]);
    assert_eq!(code, 1);
}

#[test]
fn make_data_refuses_broken_data_and_says_where() {
    let dir = copy_of_data();
    let norway = dir.join("countries/norway.json");
    edit(&norway, |v| {
        v["organisations"][1]["phones"][0]["number"] = json!("22 36 56 60");
    });
    let before = std::fs::read_to_string(dir.join("search.json")).unwrap();
    let made = Command::new(env!("CARGO_BIN_EXE_build-data-files"))
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(made.status.code(), Some(1));
    let out = String::from_utf8(made.stdout).unwrap();
    assert!(
        out.lines().any(|l| l.starts_with(&format!(
            "{}:organisations[1] (noas):phones[0].number: error: ",
            norway.display()
        ))),
        "{out}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("search.json")).unwrap(),
        before
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_report_that_cannot_be_written_fails_the_run() {
    let dir = data_dir();
    let (code, _, err) = validate(&[
        "--stale-report",
        "/nonexistent-dir/report.md",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("/nonexistent-dir/report.md: cannot be written"),
        "{err}"
    );
}

#[test]
fn a_stale_threshold_in_the_index_is_used() {
    let dir = copy_of_data();
    edit(&dir.join("index.json"), |v| {
        v["stale_after_months"] = json!(1);
    });
    let (_, out, _) = validate(&["--today", "2027-01-10", dir.to_str().unwrap()]);
    assert!(out.contains("not verified in the last 1 months"), "{out}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn one_file_can_be_checked_on_its_own() {
    let dir = copy_of_data();
    let norway = dir.join("countries/norway.json");
    edit(&norway, |v| {
        v["organisations"][0]["emails"] = json!([{"address": "post@jussbuss"}]);
    });
    let (code, out, err) = validate(&[norway.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(
        out.lines().any(|l| l.starts_with(&format!(
            "{}:organisations[0] (jussbuss):emails[0].address: error: ",
            norway.display()
        ))),
        "{out}"
    );
    assert!(err.contains("checked on its own"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_stale_generated_file_is_an_error() {
    let dir = copy_of_data();
    edit(&dir.join("countries/norway.json"), |v| {
        v["organisations"][1]["name"] = json!("NOAS (renamed)");
    });
    // The index's brotli size may drift a little: still within tolerance.
    let (code, out, _) = validate(&[dir.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    for file in [
        "search.json",
        "hsds/organizations.json",
        "hsds/services.json",
    ] {
        assert!(
            out.lines()
                .any(|l| l.contains(&format!("{file}::: error: does not match"))
                    && l.contains("make data")),
            "{file} not reported in:\n{out}"
        );
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_staleness_report_lists_entries_oldest_first() {
    let dir = copy_of_data();
    edit(&dir.join("countries/norway.json"), |v| {
        v["organisations"][2]["verification"]["last_verified"] = json!("2024-03-01");
    });
    // The HSDS export carries the date: make it again, as an editor would.
    let made = Command::new(env!("CARGO_BIN_EXE_build-data-files"))
        .arg(&dir)
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let report = dir.join("report.md");
    let (code, out, err) = validate(&[
        "--today",
        "2026-12-05",
        "--stale-report",
        report.to_str().unwrap(),
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}\n{err}");
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(text.starts_with("# Staleness report, 2026-12-05"), "{text}");
    assert!(
        text.contains("## Norway (`countries/norway.json`)"),
        "{text}"
    );
    assert!(text.contains("**1 stale**"), "{text}");
    let norway = text
        .split("\n## ")
        .find(|s| s.starts_with("Norway"))
        .unwrap();
    let rows: Vec<&str> = norway.lines().filter(|l| l.starts_with("| 20")).collect();
    assert!(rows.len() > 50, "{} rows", rows.len());
    assert!(
        rows[0].starts_with(
            "| 2024-03-01 | 33 | **stale** | verified | organisations[2] (jurk) | verification |"
        ),
        "{}",
        rows[0]
    );
    let dates: Vec<&str> = rows.iter().map(|r| &r[2..12]).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "not oldest first");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, err) = validate(&["--today", "yesterday"]);
    assert_eq!(code, 2);
    assert!(err.contains("--today"), "{err}");
    let (code, _, _) = validate(&["--frobnicate"]);
    assert_eq!(code, 2);
}
