//! Validation of the dataset beyond what parsing checks: formats, references
//! between entries and files, and text hygiene. Native only (crates/checks).
//! Here: the whole dataset, the index and a country file; the checks they
//! call are in `validate/`: `formats` (single values and every text),
//! `organisation` (one organisation's entries), `dated` (dates, staleness
//! and the editors' warnings), `files` (the files as written: sizes, the
//! search index, `$schema`).

mod dated;
mod files;
mod formats;
mod organisation;

pub use dated::{
    country_date_errors, country_warnings, dataset_checks_on, index_checks_on, problem_line,
};
pub use files::{brotli_size, search_index_json};
pub use formats::{
    email_problem, language_problem, length_problem, max_chars, phone_formats, phone_problem,
    text_problem, url_problem, with_phone_formats,
};

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use self::files::{check_schema_reference, check_size};
use self::formats::{check_strings, is_country_code, is_identifier, is_slug};
use self::organisation::{check_organisation, check_verification};
use crate::strict::{parse_country, parse_index};
use directory_data::model::country::{CountryFile, Protection};
use directory_data::model::index::Index;
use directory_data::parse::DataError;
use directory_data::search::SearchIndex;

/// The checked dataset.
#[derive(Debug)]
pub struct Dataset {
    pub index: Index,
    pub countries: Vec<(String, CountryFile)>,
}

impl Dataset {
    /// The search index of this dataset.
    pub fn search_index(&self) -> SearchIndex {
        let countries: Vec<CountryFile> = self.countries.iter().map(|(_, c)| c.clone()).collect();
        SearchIndex::build(&self.index, &countries, &crate::fold)
    }
}

/// Collects errors for one file.
struct Report<'a> {
    file: &'a str,
    errors: Vec<DataError>,
}

impl Report<'_> {
    fn add(&mut self, entry: impl Into<String>, field: impl Into<String>, msg: impl Into<String>) {
        self.errors
            .push(DataError::new(self.file, entry, field, msg.into()));
    }
}

fn check_unique<'a>(
    report: &mut Report,
    list: &str,
    ids: impl IntoIterator<Item = &'a str>,
    check_format: bool,
) {
    let mut seen = HashSet::new();
    for (i, id) in ids.into_iter().enumerate() {
        let entry = format!("{list}[{i}] ({id})");
        if check_format && !is_identifier(id) {
            report.add(
                entry.clone(),
                "id",
                format!("{id:?} must be lower-case letters, digits, \"-\" and \"_\""),
            );
        }
        if !seen.insert(id) {
            report.add(entry, "id", format!("{id:?} is used by an earlier entry"));
        }
    }
}

pub fn validate_index(file: &str, index: &Index) -> Vec<DataError> {
    let mut report = Report {
        file,
        errors: Vec::new(),
    };
    if let Ok(root) = serde_json::to_value(index) {
        check_strings(&mut report, &root);
    }
    check_schema_reference(&mut report, index.schema.as_deref());
    if index.stale_after_months == Some(0) {
        report.add("", "stale_after_months", "must be at least 1");
    }
    if let Some(p) = email_problem(&index.maintainers.email) {
        report.add("maintainers", "email", p);
    }
    if let Some(url) = &index.quick_exit_url {
        let problem = url_problem(url).or_else(|| {
            (!url.starts_with("https://")).then(|| "must be an https:// address".to_string())
        });
        if let Some(p) = problem {
            report.add("", "quick_exit_url", p);
        }
    }
    let mut codes = HashSet::new();
    let mut slugs = HashSet::new();
    for (i, c) in index.countries.iter().enumerate() {
        let entry = format!("countries[{i}] ({})", c.code);
        if !is_country_code(&c.code) {
            report.add(
                entry.clone(),
                "code",
                format!("{:?} is not an ISO 3166-1 alpha-2 code", c.code),
            );
        }
        if !codes.insert(c.code.as_str()) {
            report.add(
                entry.clone(),
                "code",
                format!("{:?} is listed twice", c.code),
            );
        }
        if !is_slug(&c.slug) {
            report.add(
                entry.clone(),
                "slug",
                format!(
                    "{:?} must be lower-case ASCII letters, digits and single hyphens",
                    c.slug
                ),
            );
        }
        if !slugs.insert(c.slug.as_str()) {
            report.add(
                entry.clone(),
                "slug",
                format!("{:?} is used by an earlier country", c.slug),
            );
        }
        if let Some(content) = &c.content {
            let expected = format!("countries/{}.json", c.slug);
            if content.file != expected {
                report.add(
                    entry.clone(),
                    "content.file",
                    format!("is {:?}; it must be {expected:?}", content.file),
                );
            }
            let o = content.organisations;
            if o.total > o.legal_aid + o.other_support + o.lgbtqi {
                report.add(
                    entry,
                    "content.organisations.total",
                    "is larger than the sum of the per-page counts",
                );
            }
        }
    }
    report.errors
}

pub fn validate_country(file: &str, country: &CountryFile) -> Vec<DataError> {
    let mut report = Report {
        file,
        errors: Vec::new(),
    };
    if let Ok(root) = serde_json::to_value(country) {
        check_strings(&mut report, &root);
    }
    check_schema_reference(&mut report, country.schema.as_deref());
    if !is_country_code(&country.code) {
        report.add(
            "",
            "code",
            format!("{:?} is not an ISO 3166-1 alpha-2 code", country.code),
        );
    }
    if !is_slug(&country.slug) {
        report.add("", "slug", format!("{:?} is not a slug", country.slug));
    }
    if country.time_zone.parse::<chrono_tz::Tz>().is_err() {
        report.add(
            "",
            "time_zone",
            format!("{:?} is not an IANA time zone", country.time_zone),
        );
    }
    if let Some(problem) = country.local_language.as_deref().and_then(language_problem) {
        report.add("", "local_language", problem);
    }

    check_ids_unique(&mut report, country);
    check_appeal_deadline(&mut report, &country.protection);
    for (i, org) in country.organisations.iter().enumerate() {
        check_organisation(&mut report, i, org);
    }

    check_sources(&mut report, country);
    report.errors
}

/// Every list's ids are unique within it.
fn check_ids_unique(report: &mut Report, country: &CountryFile) {
    fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<&str> {
        items.iter().map(id).collect()
    }
    let (p, lgbtqi, coi) = (&country.protection, &country.lgbtqi, &country.coi);
    let lists = [
        ("protection.treaties", ids(&p.treaties, |t| &t.id)),
        (
            "protection.regional_framework.instruments",
            ids(&p.regional_framework.instruments, |t| &t.id),
        ),
        ("protection.national_law", ids(&p.national_law, |t| &t.id)),
        ("protection.authorities", ids(&p.authorities, |t| &t.id)),
        ("protection.procedure", ids(&p.procedure, |t| &t.id)),
        ("organisations", ids(&country.organisations, |o| &o.id)),
        (
            "lgbtqi.legal_situation",
            ids(&lgbtqi.legal_situation, |t| &t.id),
        ),
        (
            "lgbtqi.asylum_practice",
            ids(&lgbtqi.asylum_practice, |t| &t.id),
        ),
        ("coi.resources", ids(&coi.resources, |t| &t.id)),
        ("coi.producers", ids(&coi.producers, |t| &t.id)),
    ];
    for (list, ids) in lists {
        check_unique(report, list, ids, true);
    }
}

/// The appeal deadline names authorities the file lists, and a period.
fn check_appeal_deadline(report: &mut Report, p: &Protection) {
    let authority = |id: &str| p.authorities.iter().find(|a| a.id == id);
    if let Some(deadline) = &p.appeal_deadline {
        for (field, id) in [
            ("lodged_with", &deadline.lodged_with),
            ("decided_by", &deadline.decided_by),
        ] {
            if authority(id).is_none() {
                report.add(
                    "protection.appeal_deadline",
                    field,
                    format!("refers to authority {id:?}, which is not in protection.authorities"),
                );
            }
        }
        if deadline.amount == 0 {
            report.add(
                "protection.appeal_deadline",
                "amount",
                "must be more than zero",
            );
        }
    }
}

/// Every source cited exists, every source is cited, and each is a web
/// address or a named document consulted no later than the file's date.
fn check_sources(report: &mut Report, country: &CountryFile) {
    let mut cited = BTreeSet::new();
    if country.sources.contains_key(&country.attribution.based_on) {
        cited.insert(country.attribution.based_on.clone());
    } else {
        report.add(
            "attribution",
            "based_on",
            format!(
                "source {:?} is not in the file's \"sources\"",
                country.attribution.based_on
            ),
        );
    }
    for v in country.verifications() {
        check_verification(
            report,
            &country.sources,
            &mut cited,
            country.last_verified,
            v,
        );
    }
    for (key, source) in &country.sources {
        let entry = format!("sources.{key}");
        if !is_identifier(key) {
            report.add(
                entry.clone(),
                "",
                format!("key {key:?} must be a lower-case id"),
            );
        }
        match (&source.url, &source.document) {
            (None, None) => report.add(
                entry.clone(),
                "url",
                "a source needs a url or, where there is none, a document",
            ),
            (Some(url), _) => {
                if let Some(problem) = url_problem(url) {
                    report.add(entry.clone(), "url", problem);
                }
            }
            _ => {}
        }
        if source.consulted > country.last_verified {
            report.add(
                entry.clone(),
                "consulted",
                format!(
                    "{} is later than the file's last_verified ({})",
                    source.consulted, country.last_verified
                ),
            );
        }
        if !cited.contains(key) {
            report.add(entry, "", "is not cited by any entry: cite it or remove it");
        }
    }
}

/// Loads and checks `index.json` and every country file in `dir`, and the
/// rules that join them: each listed file exists and matches its index entry,
/// each country file is listed, organisation ids are unique across countries.
pub fn validate_dataset(dir: &Path) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();
    let read = |rel: &str| {
        std::fs::read_to_string(dir.join(rel))
            .map_err(|e| DataError::new(rel, "", "", format!("cannot be read: {e}")))
    };
    let index = match read("index.json").and_then(|t| parse_index("index.json", &t)) {
        Ok(index) => index,
        Err(e) => return Err(vec![e]),
    };
    errors.extend(validate_index("index.json", &index));

    let mut countries = Vec::new();
    let mut listed = HashSet::new();
    let mut org_ids: BTreeMap<String, String> = BTreeMap::new();
    for (i, entry) in index.countries.iter().enumerate() {
        let Some(content) = &entry.content else {
            continue;
        };
        let index_entry = format!("countries[{i}] ({})", entry.code);
        listed.insert(content.file.clone());
        if !dir.join(&content.file).is_file() {
            errors.push(DataError::new(
                "index.json",
                index_entry,
                "content.file",
                format!("{} does not exist", content.file),
            ));
            continue;
        }
        let text = match read(&content.file) {
            Ok(t) => t,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        check_size(&mut errors, &index_entry, content, &text);
        let country = match parse_country(&content.file, &text) {
            Ok(c) => c,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        errors.extend(validate_country(&content.file, &country));
        for (field, ours, theirs) in [
            ("code", &entry.code, &country.code),
            ("slug", &entry.slug, &country.slug),
        ] {
            if ours != theirs {
                errors.push(DataError::new(
                    "index.json",
                    index_entry.clone(),
                    field,
                    format!("is {ours:?} but {} says {theirs:?}", content.file),
                ));
            }
        }
        let counts = country.organisation_counts();
        if content.organisations != counts {
            errors.push(DataError::new(
                "index.json",
                index_entry.clone(),
                "content.organisations",
                format!(
                    "is {:?} but {} has {:?}",
                    content.organisations, content.file, counts
                ),
            ));
        }
        if content.last_verified != country.last_verified {
            errors.push(DataError::new(
                "index.json",
                index_entry.clone(),
                "content.last_verified",
                format!(
                    "is {} but {} says {}",
                    content.last_verified, content.file, country.last_verified
                ),
            ));
        }
        for (j, org) in country.organisations.iter().enumerate() {
            if let Some(other) = org_ids.insert(org.id.clone(), content.file.clone()) {
                errors.push(DataError::new(
                    content.file.clone(),
                    format!("organisations[{j}] ({})", org.id),
                    "id",
                    format!(
                        "{:?} is also used in {other}: ids are unique across countries",
                        org.id
                    ),
                ));
            }
        }
        countries.push((content.file.clone(), country));
    }

    if let Ok(files) = std::fs::read_dir(dir.join("countries")) {
        let mut names: Vec<String> = files
            .filter_map(Result::ok)
            .map(|f| format!("countries/{}", f.file_name().to_string_lossy()))
            .filter(|n| n.ends_with(".json"))
            .collect();
        names.sort();
        for name in names {
            if !listed.contains(&name) {
                errors.push(DataError::new(
                    name,
                    "",
                    "",
                    "is not listed in index.json (add it to its country's content.file, or delete it)",
                ));
            }
        }
    }

    if errors.is_empty() {
        Ok(Dataset { index, countries })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_rules() {
        assert_eq!(text_problem("Torggata 22, 0183 Oslo"), None);
        assert_eq!(
            text_problem("Skeiv Verden – «Queer World» & friends; a < b"),
            None
        );
        assert!(text_problem("<b>bold</b>").unwrap().contains("HTML"));
        assert!(text_problem("Tom &amp; Jerry").unwrap().contains("entity"));
        assert!(text_problem("line\nbreak").unwrap().contains("control"));
        assert!(
            text_problem("abc\u{202E}cba")
                .unwrap()
                .contains("bidirectional")
        );
        assert!(text_problem(" padded").is_some());
    }

    #[test]
    fn length_rules() {
        assert_eq!(length_problem("description", &"a".repeat(4_000)), None);
        assert!(
            length_problem("description", &"a".repeat(4_001))
                .unwrap()
                .contains("4001 characters")
        );
        // Characters, not bytes.
        assert_eq!(length_problem("name", &"é".repeat(300)), None);
        assert!(length_problem("name", &"é".repeat(301)).is_some());
        let long_link = format!("https://www.noas.no/{}", "x".repeat(2_100));
        assert!(length_problem("url", &long_link).is_some());
        assert_eq!(length_problem("url", "https://www.noas.no/"), None);
    }

    #[test]
    fn format_rules() {
        assert_eq!(url_problem("https://www.noas.no"), None);
        assert!(url_problem("javascript:alert(1)").is_some());
        assert!(url_problem("ftp://example.org/x").is_some());
        assert!(url_problem("https://localhost/").is_some());
        assert_eq!(email_problem("noas@noas.org"), None);
        for bad in [
            "noas",
            "a@b",
            "a b@c.no",
            "@noas.no",
            "a@.no",
            "a..b@c.no",
            "x%40noas.no?bcc=spy@evil.org",
            "x@noas.no?bcc=spy@evil.org",
            "x&cc=y@noas.no",
        ] {
            assert!(email_problem(bad).is_some(), "{bad}");
        }
        assert_eq!(phone_problem("+4722365660"), None);
        assert_eq!(phone_problem("+4792411186"), None);
        for bad in ["22365660", "+47 22 36 56 60", "+47223656", "+0123456789"] {
            assert!(phone_problem(bad).is_some(), "{bad}");
        }
        assert_eq!(language_problem("sr-Latn"), None);
        assert_eq!(language_problem("rom"), None);
        assert!(language_problem("Norwegian").is_some());
        assert!(language_problem("EN").is_some());
    }
}
