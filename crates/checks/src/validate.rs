//! Validation of the dataset beyond what parsing checks: formats, references
//! between entries and files, and text hygiene. Native only (crates/checks).

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use serde_json::Value;

use crate::strict::{locate, parse_country, parse_index};
use directory_data::model::country::{CountryFile, OpeningHours, Organisation, OrganisationTexts};
use directory_data::model::index::{BROTLI_LEVEL, CountryContent, Index, SIZE_TOLERANCE_PERCENT};
use directory_data::model::vocabulary::Category;
use directory_data::model::{Source, Verification};
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

/// `search.json` as written: one country or organisation per line, so a
/// change to the data shows as a small diff.
pub fn search_index_json(index: &SearchIndex) -> Result<String, serde_json::Error> {
    let lines = |items: Vec<String>| items.join(",\n");
    let json = |v: &dyn erased::Ser| v.to_json();
    let countries = lines(
        index
            .countries
            .iter()
            .map(|c| json(c))
            .collect::<Result<_, _>>()?,
    );
    let organisations = lines(
        index
            .organisations
            .iter()
            .map(|o| json(o))
            .collect::<Result<_, _>>()?,
    );
    Ok(format!(
        "{{\"schema_version\":{},\n\"countries\":[\n{countries}\n],\n\"organisations\":[\n{organisations}\n]}}\n",
        index.schema_version
    ))
}

mod erased {
    pub trait Ser {
        fn to_json(&self) -> Result<String, serde_json::Error>;
    }
    impl<T: serde::Serialize> Ser for T {
        fn to_json(&self) -> Result<String, serde_json::Error> {
            serde_json::to_string(self)
        }
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

/// Lower-case letters, digits, `_` and `-`: ids and slugs.
fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !s.starts_with(['-', '_'])
        && !s.ends_with(['-', '_'])
}

fn is_slug(s: &str) -> bool {
    is_identifier(s) && !s.contains('_') && !s.contains("--")
}

fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Why a text is unfit to show, if it is: markup, control characters or
/// bidirectional overrides (which can make text display as something else).
pub fn text_problem(s: &str) -> Option<String> {
    if s.trim().is_empty() {
        return Some("is empty".into());
    }
    if s.trim() != s {
        return Some("has leading or trailing spaces".into());
    }
    for c in s.chars() {
        if c.is_control() {
            return Some(format!("contains the control character U+{:04X}", c as u32));
        }
        if matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
            return Some(format!(
                "contains the bidirectional formatting character U+{:04X}",
                c as u32
            ));
        }
    }
    let bytes = s.as_bytes();
    for (i, _) in s.match_indices('<') {
        if let Some(&next) = bytes.get(i + 1)
            && (next.is_ascii_alphabetic() || next == b'/' || next == b'!')
        {
            return Some("contains HTML markup (\"<\" starting a tag)".into());
        }
    }
    for (i, _) in s.match_indices('&') {
        let rest = &s[i + 1..];
        if let Some(end) = rest.find(';') {
            let name = &rest[..end];
            if !name.is_empty()
                && name.len() <= 10
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '#')
            {
                return Some(format!("contains the HTML entity \"&{name};\""));
            }
        }
    }
    None
}

/// Prose fields: a paragraph or a few (the longest shipped is about 600
/// characters).
const PROSE_FIELDS: [&str; 11] = [
    "summary",
    "statement",
    "description",
    "how_to_contact",
    "note",
    "notes",
    "activities",
    "eligibility",
    "notice",
    "corrects",
    "text",
];

/// The most characters a text in `field` may have: 4,000 for prose, 2,048
/// for links (what browsers and servers reliably take), 300 for anything
/// else (names, titles, labels, short values). Far above what real entries
/// need, far below what would slow a phone down or hide a page's content.
pub fn max_chars(field: &str) -> usize {
    if PROSE_FIELDS.contains(&field) {
        4_000
    } else if field == "url" || field == "website" {
        2_048
    } else {
        300
    }
}

/// Why a text is too long for `field`, if it is.
pub fn length_problem(field: &str, s: &str) -> Option<String> {
    let max = max_chars(field);
    let n = s.chars().count();
    (n > max).then(|| format!("is {n} characters long; at most {max} are allowed here"))
}

/// Why a URL is not an acceptable link, if it is not.
pub fn url_problem(s: &str) -> Option<String> {
    match url::Url::parse(s) {
        Err(e) => Some(format!("{s:?} is not a URL ({e})")),
        Ok(u) if u.scheme() != "https" && u.scheme() != "http" => Some(format!(
            "{s:?} uses the scheme \"{}\"; only https: and http: links are allowed",
            u.scheme()
        )),
        Ok(u) if u.host_str().is_none_or(|h| !h.contains('.')) => {
            Some(format!("{s:?} has no public host name"))
        }
        Ok(u) if !u.username().is_empty() || u.password().is_some() => {
            Some(format!("{s:?} contains a user name or password"))
        }
        Ok(_) => None,
    }
}

/// Why an e-mail address is malformed, if it is (`display::email_is_plain`).
pub fn email_problem(s: &str) -> Option<String> {
    (!directory_data::contact::email_is_plain(s)).then(|| {
        format!(
            "{s:?} is not a plain e-mail address (letters, digits, \".\", \"_\", \"+\" and \"-\" before the @, a domain after it)"
        )
    })
}

/// Why a phone number is not a valid E.164 number, if it is not.
pub fn phone_problem(s: &str) -> Option<String> {
    let digits = s.strip_prefix('+').unwrap_or("");
    if !(8..=15).contains(&digits.len())
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || digits.starts_with('0')
    {
        return Some(format!(
            "{s:?} is not in E.164 form (\"+\", the country code and the number, digits only, no spaces)"
        ));
    }
    match phonenumber::parse(None, s) {
        Ok(n) if phonenumber::is_valid(&n) => None,
        _ => Some(format!(
            "{s:?} is not a valid phone number for its country code"
        )),
    }
}

/// How a valid E.164 number is written in its country and from abroad
/// (`+4722365660` → `("22 36 56 60", "+47 22 36 56 60")`), by the
/// phone-number library's rules for that country; `None` for a number it
/// cannot read.
pub fn phone_formats(e164: &str) -> Option<(String, String)> {
    use phonenumber::Mode;
    let number = phonenumber::parse(None, e164).ok()?;
    let national = number.format().mode(Mode::National).to_string();
    let international = number.format().mode(Mode::International).to_string();
    Some((national, international))
}

/// The country file with every phone number's written forms filled in
/// ([`phone_formats`]): what `make data` writes back.
pub fn with_phone_formats(country: &CountryFile) -> CountryFile {
    let mut country = country.clone();
    for org in &mut country.organisations {
        for phone in &mut org.phones {
            let formats = phone_formats(&phone.number);
            phone.national = formats.as_ref().map(|f| f.0.clone());
            phone.international = formats.map(|f| f.1);
        }
    }
    country
}

/// Why a language tag is not a BCP 47 tag of the form we use, if it is not:
/// `ll` or `lll`, optionally `-Ssss` (script) and `-RR` (region).
pub fn language_problem(s: &str) -> Option<String> {
    let mut parts = s.split('-');
    let lang = parts.next().unwrap_or("");
    let mut ok = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
    for part in parts {
        let script = part.len() == 4
            && part.as_bytes()[0].is_ascii_uppercase()
            && part.bytes().skip(1).all(|b| b.is_ascii_lowercase());
        let region = (part.len() == 2 && part.bytes().all(|b| b.is_ascii_uppercase()))
            || (part.len() == 3 && part.bytes().all(|b| b.is_ascii_digit()));
        ok &= script || region;
    }
    (!ok).then(|| format!("{s:?} is not a BCP 47 language tag such as \"ar\" or \"sr-Latn\""))
}

/// Walks every string in a JSON value, with its path.
fn walk_strings<'v>(value: &'v Value, path: &mut String, out: &mut Vec<(String, &'v str)>) {
    match value {
        Value::String(s) => out.push((path.clone(), s)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                walk_strings(item, path, out);
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                walk_strings(v, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// Text hygiene for every string, and the link rule for every field that holds a URL.
fn check_strings(report: &mut Report, root: &Value) {
    let mut strings = Vec::new();
    walk_strings(root, &mut String::new(), &mut strings);
    for (path, s) in strings {
        let (entry, field) = locate(root, &path);
        if let Some(p) = text_problem(s) {
            report.add(entry.clone(), field.clone(), p);
        }
        let last = path.rsplit('.').next().unwrap_or(&path);
        let last = last.split('[').next().unwrap_or(last);
        if let Some(p) = length_problem(last, s) {
            report.add(entry.clone(), field.clone(), p);
        }
        if (last == "url" || last == "website")
            && let Some(p) = url_problem(s)
        {
            report.add(entry, field, p);
        }
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

/// A file's `$schema`, when given, names the schema for its kind of file
/// by its path relative to the file (a missing one is only a warning).
fn check_schema_reference(report: &mut Report, schema: Option<&str>) {
    let expected = crate::schema::expected_reference(report.file);
    if let Some(found) = schema
        && found != expected
    {
        report.add(
            "",
            "$schema",
            format!("is {found:?}; for this file it must be {expected:?}"),
        );
    }
}

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
fn after_today(date: directory_data::model::Date, today: directory_data::model::Date) -> bool {
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

fn check_verification(
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

fn check_hours(report: &mut Report, entry: &str, org: &Organisation, j: usize, h: &OpeningHours) {
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

fn check_organisation(report: &mut Report, i: usize, org: &Organisation) {
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
fn check_translations(report: &mut Report, entry: &str, org: &Organisation) {
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

    let p = &country.protection;
    check_unique(
        &mut report,
        "protection.treaties",
        p.treaties.iter().map(|t| t.id.as_str()),
        true,
    );
    check_unique(
        &mut report,
        "protection.regional_framework.instruments",
        p.regional_framework
            .instruments
            .iter()
            .map(|t| t.id.as_str()),
        true,
    );
    check_unique(
        &mut report,
        "protection.national_law",
        p.national_law.iter().map(|t| t.id.as_str()),
        true,
    );
    check_unique(
        &mut report,
        "protection.authorities",
        p.authorities.iter().map(|t| t.id.as_str()),
        true,
    );
    check_unique(
        &mut report,
        "protection.procedure",
        p.procedure.iter().map(|t| t.id.as_str()),
        true,
    );
    check_unique(
        &mut report,
        "organisations",
        country.organisations.iter().map(|o| o.id.as_str()),
        true,
    );
    check_unique(
        &mut report,
        "lgbtqi.legal_situation",
        country.lgbtqi.legal_situation.iter().map(|t| t.id.as_str()),
        true,
    );
    check_unique(
        &mut report,
        "lgbtqi.asylum_practice",
        country.lgbtqi.asylum_practice.iter().map(|t| t.id.as_str()),
        true,
    );
    check_unique(
        &mut report,
        "coi.resources",
        country.coi.resources.iter().map(|t| t.id.as_str()),
        true,
    );
    check_unique(
        &mut report,
        "coi.producers",
        country.coi.producers.iter().map(|t| t.id.as_str()),
        true,
    );

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

    for (i, org) in country.organisations.iter().enumerate() {
        check_organisation(&mut report, i, org);
    }

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
            &mut report,
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
    report.errors
}

/// The size of `text` compressed as the server sends it: brotli at
/// [`BROTLI_LEVEL`], with nginx's default window (`brotli_window 512k`).
pub fn brotli_size(text: &str) -> u64 {
    use std::io::Write;
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, BROTLI_LEVEL, 19);
        // Writing to memory does not fail; if it ever did, a size no cap
        // allows is safer than a small wrong one.
        if writer.write_all(text.as_bytes()).is_err() {
            return u64::MAX;
        }
    }
    out.len() as u64
}

/// `content.brotli_bytes` is present and within [`SIZE_TOLERANCE_PERCENT`]
/// of the file's real compressed size; the message gives the real size.
fn check_size(errors: &mut Vec<DataError>, entry: &str, content: &CountryContent, text: &str) {
    let actual = brotli_size(text);
    let problem = match content.brotli_bytes {
        None => Some("is missing".to_string()),
        Some(recorded) if recorded.abs_diff(actual) * 100 > actual * SIZE_TOLERANCE_PERCENT => {
            Some(format!(
                "is {recorded}, more than {SIZE_TOLERANCE_PERCENT} % off"
            ))
        }
        Some(_) => None,
    };
    if let Some(problem) = problem {
        errors.push(DataError::new(
            "index.json",
            entry,
            "content.brotli_bytes",
            format!(
                "{problem}: {} compresses to {actual} bytes (brotli level {BROTLI_LEVEL}); set it to {actual}",
                content.file
            ),
        ));
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
