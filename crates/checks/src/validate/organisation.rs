//! The checks of one organisation: its verification blocks, opening hours,
//! contact details and translations.

use super::Report;
use super::formats::{email_problem, is_identifier, language_problem, phone_problem};
use directory_data::model::country::{OpeningHours, Organisation, OrganisationTexts};
use directory_data::model::vocabulary::Category;
use directory_data::model::{Source, Verification};
use std::collections::{BTreeMap, BTreeSet, HashSet};

pub(super) fn check_verification(
    report: &mut Report,
    sources: &BTreeMap<String, Source>,
    cited: &mut BTreeSet<String>,
    newest: directory_data::model::Date,
    (entry, field, v): (String, String, &Verification),
) {
    let confirmed = matches!(
        v.status,
        directory_data::model::Status::Verified | directory_data::model::Status::PartiallyVerified
    );
    if confirmed && v.sources.is_empty() {
        report.add(
            entry.clone(),
            format!("{field}.sources"),
            format!("status is {} but no source is given", v.status.as_str()),
        );
    }
    for (i, key) in v.sources.iter().enumerate() {
        if sources.contains_key(key) {
            cited.insert(key.clone());
        } else {
            report.add(
                entry.clone(),
                format!("{field}.sources[{i}]"),
                format!("source {key:?} is not in the file's \"sources\""),
            );
        }
    }
    if v.last_verified > newest {
        report.add(
            entry,
            format!("{field}.last_verified"),
            format!(
                "{} is later than the file's last_verified ({newest})",
                v.last_verified
            ),
        );
    }
}

pub(super) fn check_hours(
    report: &mut Report,
    entry: &str,
    org: &Organisation,
    j: usize,
    h: &OpeningHours,
) {
    let field = |f: &str| format!("hours[{j}].{f}");
    if h.kinds.is_empty() {
        report.add(
            entry,
            field("kinds"),
            "says nothing about what the hours are for",
        );
    }
    if h.days.is_empty() {
        report.add(entry, field("days"), "lists no day");
    }
    let mut days = HashSet::new();
    for d in &h.days {
        if !days.insert(d) {
            report.add(
                entry,
                field("days"),
                format!("lists {:?} twice", d.as_str()),
            );
        }
    }
    if h.opens.hour == 24 {
        report.add(
            entry,
            field("opens"),
            "24:00 is only allowed as a closing time",
        );
    }
    if h.opens == h.closes {
        report.add(
            entry,
            field("closes"),
            format!(
                "is the same as opens ({}): a block must have a length",
                h.opens
            ),
        );
    }
    if let Some(phone) = &h.phone
        && !org.phones.iter().any(|p| &p.id == phone)
    {
        report.add(
            entry,
            field("phone"),
            format!("refers to phone {phone:?}, which the organisation does not have"),
        );
    }
    if let (Some(from), Some(until)) = (h.valid_from, h.valid_until)
        && from > until
    {
        report.add(
            entry,
            field("valid_until"),
            format!("{until} is before valid_from ({from})"),
        );
    }
    for (k, c) in h.closures.iter().enumerate() {
        if c.from > c.until {
            report.add(
                entry,
                field(&format!("closures[{k}].until")),
                format!("{} is before from ({})", c.until, c.from),
            );
        }
    }
}

pub(super) fn check_organisation(report: &mut Report, i: usize, org: &Organisation) {
    let entry = format!("organisations[{i}] ({})", org.id);
    let entry = entry.as_str();
    for (field, tag) in [
        ("name_lang", &org.name_lang),
        ("local_name_lang", &org.local_name_lang),
    ] {
        if let Some(problem) = tag.as_deref().and_then(language_problem) {
            report.add(entry, field, problem);
        }
    }
    let cats = &org.categories;
    if cats.is_empty() {
        report.add(entry, "categories", "lists no page");
    }
    if cats.contains(&Category::LegalAid) && cats.contains(&Category::OtherSupport) {
        report.add(
            entry,
            "categories",
            "has both legal_aid and other_support: on the country page it belongs to one group",
        );
    }
    let unique: HashSet<_> = cats.iter().collect();
    if unique.len() != cats.len() {
        report.add(entry, "categories", "lists a category twice");
    }
    let unique: HashSet<_> = org.services.iter().collect();
    if unique.len() != org.services.len() {
        report.add(entry, "services", "lists a service twice");
    }
    let mut phone_ids = HashSet::new();
    for (j, p) in org.phones.iter().enumerate() {
        if !is_identifier(&p.id) || !phone_ids.insert(p.id.as_str()) {
            report.add(
                entry,
                format!("phones[{j}].id"),
                format!("{:?} must be a unique lower-case id", p.id),
            );
        }
        if let Some(problem) = phone_problem(&p.number) {
            report.add(entry, format!("phones[{j}].number"), problem);
        }
        // The written forms (`national`, `international`) are not checked
        // here: a changed number or a new version of the phone library must
        // not stop `make data`, which writes them. The validator's check of
        // the files made from the data (`generated::check_generated`) says
        // when a country file's forms are not the library's.
    }
    for (j, e) in org.emails.iter().enumerate() {
        if let Some(problem) = email_problem(&e.address) {
            report.add(entry, format!("emails[{j}].address"), problem);
        }
    }
    for (j, l) in org.languages.iter().enumerate() {
        if let Some(problem) = language_problem(&l.code) {
            report.add(entry, format!("languages[{j}].code"), problem);
        }
    }
    for (j, h) in org.hours.iter().enumerate() {
        check_hours(report, entry, org, j, h);
    }
    check_translations(report, entry, org);
}

/// Each translation: a language tag other than English, at least one text,
/// only texts the organisation has in English, lists translated whole.
pub(super) fn check_translations(report: &mut Report, entry: &str, org: &Organisation) {
    for (tag, texts) in &org.translations {
        let field = |name: &str| format!("translations.{tag}{name}");
        if let Some(problem) = language_problem(tag) {
            report.add(entry, field(""), problem);
        } else if tag.split('-').next() == Some(directory_data::model::country::DATA_LANGUAGE) {
            report.add(
                entry,
                field(""),
                "English is the data's own language: it goes in the fields themselves",
            );
        }
        if *texts == OrganisationTexts::default() {
            report.add(entry, field(""), "translates nothing");
        }
        if texts.eligibility.is_some() && org.eligibility.is_none() {
            report.add(
                entry,
                field(".eligibility"),
                "translates a text the organisation does not have in English",
            );
        }
        if texts.how_to_contact.is_some() && org.how_to_contact.is_none() {
            report.add(
                entry,
                field(".how_to_contact"),
                "translates a text the organisation does not have in English",
            );
        }
        for (name, translated, english) in [
            ("activities", &texts.activities, &org.activities),
            ("notes", &texts.notes, &org.notes),
        ] {
            if !translated.is_empty() && translated.len() != english.len() {
                report.add(
                    entry,
                    field(&format!(".{name}")),
                    format!(
                        "has {} items where the English has {}: a list is translated whole",
                        translated.len(),
                        english.len()
                    ),
                );
            }
        }
    }
}
