//! Checks that depend on the day they run: dates in the future, entries
//! past the staleness threshold, and the warnings editors see.

use super::{Dataset, Report};
use directory_data::model::country::CountryFile;
use directory_data::model::index::Index;
use directory_data::parse::DataError;
use std::path::Path;

/// What an editor should look at, though it does not stop the data from
/// shipping: entries not verified within `after_months` months, contact
/// details not confirmed, entries marked outdated, a file without
/// `$schema`.
pub fn country_warnings(
    file: &str,
    country: &CountryFile,
    today: directory_data::model::Date,
    after_months: u16,
) -> Vec<DataError> {
    use directory_data::model::Status;
    use directory_data::staleness::{is_stale, months_between};
    let mut report = Report {
        file,
        errors: Vec::new(),
    };
    if country.schema.is_none() {
        report.add(
            "",
            "$schema",
            format!(
                "is missing: add \"$schema\": {:?} so your text editor checks the file as you type",
                crate::schema::expected_reference(file)
            ),
        );
    }
    for (entry, field, v) in country.verifications() {
        if is_stale(v.last_verified, today, after_months) {
            report.add(
                entry.clone(),
                format!("{field}.last_verified"),
                format!(
                    "last verified {}, {} months ago: not verified in the last {after_months} months. Check it against its sources and update last_verified",
                    v.last_verified,
                    months_between(v.last_verified, today)
                ),
            );
        }
        if v.status == Status::Outdated {
            report.add(
                entry,
                format!("{field}.status"),
                "is marked outdated: update the entry from a current source, or remove it",
            );
        }
    }
    for (i, org) in country.organisations.iter().enumerate() {
        let entry = format!("organisations[{i}] ({})", org.id);
        let contacts = org
            .phones
            .iter()
            .enumerate()
            .map(|(j, p)| {
                (
                    format!("phones[{j}]"),
                    "phone number",
                    p.verification.as_ref(),
                )
            })
            .chain(org.emails.iter().enumerate().map(|(j, e)| {
                (
                    format!("emails[{j}]"),
                    "e-mail address",
                    e.verification.as_ref(),
                )
            }));
        for (field, what, own) in contacts {
            let status = directory_data::verification::effective(own, &org.verification).status;
            if !status.is_confirmed() {
                report.add(
                    entry.clone(),
                    field,
                    format!(
                        "the {what} is not confirmed ({}): the app shows it with a warning. Confirm it with a source",
                        status.as_str()
                    ),
                );
            }
        }
    }
    report.errors
}

/// One problem as the validator prints it: `file:entry:field: kind:
/// message`, the file under `dir` when there is one.
pub fn problem_line(dir: Option<&Path>, e: &DataError, kind: &str) -> String {
    let file = match dir {
        Some(dir) => dir.join(&e.file).display().to_string(),
        None => e.file.clone(),
    };
    format!("{file}:{}:{}: {kind}: {}", e.entry, e.field, e.message)
}

/// Whether `date` is later than `today` anywhere on Earth: `today` is the
/// validator's UTC date, and an editor east of Greenwich may already be a
/// day ahead.
pub(super) fn after_today(
    date: directory_data::model::Date,
    today: directory_data::model::Date,
) -> bool {
    date > directory_data::hours::add_days(today, 1)
}

/// The index's checks that need today's date or are only worth a look:
/// `(errors, warnings)`.
pub fn index_checks_on(
    file: &str,
    index: &Index,
    today: directory_data::model::Date,
) -> (Vec<DataError>, Vec<DataError>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    if index.schema.is_none() {
        warnings.push(DataError::new(
            file,
            "",
            "$schema",
            format!(
                "is missing: add \"$schema\": {:?} so your text editor checks the file as you type",
                crate::schema::expected_reference("index.json")
            ),
        ));
    }
    if after_today(index.updated, today) {
        errors.push(DataError::new(
            file,
            "",
            "updated",
            format!("{} is after today ({today})", index.updated),
        ));
    }
    (errors, warnings)
}

/// The warnings (see [`country_warnings`]) and the dates after `today`
/// (errors) of a whole dataset: `(errors, warnings)`.
pub fn dataset_checks_on(
    dataset: &Dataset,
    today: directory_data::model::Date,
) -> (Vec<DataError>, Vec<DataError>) {
    let (mut errors, mut warnings) = index_checks_on("index.json", &dataset.index, today);
    let after = dataset.index.stale_after_months();
    for (file, country) in &dataset.countries {
        errors.extend(country_date_errors(file, country, today));
        warnings.extend(country_warnings(file, country, today, after));
    }
    (errors, warnings)
}

/// Dates after `today` (with a day's grace for time zones): a typo, or a
/// clock that is wrong.
pub fn country_date_errors(
    file: &str,
    country: &CountryFile,
    today: directory_data::model::Date,
) -> Vec<DataError> {
    let mut report = Report {
        file,
        errors: Vec::new(),
    };
    if after_today(country.last_verified, today) {
        report.add(
            "",
            "last_verified",
            format!("{} is after today ({today})", country.last_verified),
        );
    }
    for (entry, field, v) in country.verifications() {
        if after_today(v.last_verified, today) {
            report.add(
                entry,
                format!("{field}.last_verified"),
                format!("{} is after today ({today})", v.last_verified),
            );
        }
    }
    report.errors
}
