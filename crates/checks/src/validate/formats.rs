//! The formats of single values (identifiers, slugs, addresses, e-mail,
//! phone numbers and their written forms, language tags) and the hygiene of
//! every text in a file (lengths, control characters, markup).

use super::Report;
use crate::strict::locate;
use directory_data::model::country::CountryFile;
use serde_json::Value;

/// Lower-case letters, digits, `_` and `-`: ids and slugs.
pub(super) fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !s.starts_with(['-', '_'])
        && !s.ends_with(['-', '_'])
}

pub(super) fn is_slug(s: &str) -> bool {
    is_identifier(s) && !s.contains('_') && !s.contains("--")
}

pub(super) fn is_country_code(s: &str) -> bool {
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
pub(super) const PROSE_FIELDS: [&str; 11] = [
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

/// Why an e-mail address is malformed, if it is (`directory_data::contact::email_is_plain`).
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
pub(super) fn walk_strings<'v>(
    value: &'v Value,
    path: &mut String,
    out: &mut Vec<(String, &'v str)>,
) {
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
pub(super) fn check_strings(report: &mut Report, root: &Value) {
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
