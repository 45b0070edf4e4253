//! "Add to contacts": an organisation as a vCard 4.0 (RFC 6350), built in
//! the app from the data; no server involved.

use crate::model::Status;
use crate::model::country::Organisation;
use crate::model::vocabulary::PhonePurpose;
use crate::phone::number_from_abroad;
use crate::verification::effective;

/// Escapes a text value (RFC 6350 §3.4): backslash, comma, semicolon and
/// line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (RFC 6350 §3.2) without splitting a
/// character, and ends it with CRLF.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The vCard for `org`, in `country` (its English name). Numbers and
/// addresses that are not confirmed are still included, and the note says
/// which, as the directory does.
pub fn vcard(org: &Organisation, country: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCARD".to_string(),
        "VERSION:4.0".to_string(),
        "KIND:org".to_string(),
        format!("FN:{}", escape(&org.name)),
        format!("ORG:{}", escape(&org.name)),
    ];
    let nicknames: Vec<String> = org
        .local_name
        .iter()
        .chain(&org.other_names)
        .map(|n| escape(n))
        .collect();
    if !nicknames.is_empty() {
        lines.push(format!("NICKNAME:{}", nicknames.join(",")));
    }
    let mut unconfirmed = Vec::new();
    // Only values of the expected shape go in as they are (a line break in
    // data that never went through the validator would add properties).
    let e164 = |n: &str| {
        n.strip_prefix('+')
            .is_some_and(|d| (8..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
    };
    for phone in org.phones.iter().filter(|p| e164(&p.number)) {
        let kind = match (phone.purpose, phone.sms) {
            (PhonePurpose::Fax, _) => "fax",
            (_, true) => "voice,text",
            _ => "voice",
        };
        lines.push(format!(
            "TEL;VALUE=uri;TYPE=\"work,{kind}\":tel:{}",
            phone.number
        ));
        if effective(phone.verification.as_ref(), &org.verification).status != Status::Verified {
            unconfirmed.push(number_from_abroad(phone).to_string());
        }
    }
    for email in org
        .emails
        .iter()
        .filter(|e| crate::contact::email_is_plain(&e.address))
    {
        lines.push(format!("EMAIL;TYPE=work:{}", email.address));
        if effective(email.verification.as_ref(), &org.verification).status != Status::Verified {
            unconfirmed.push(email.address.clone());
        }
    }
    for website in org
        .websites
        .iter()
        .filter(|w| crate::url::is_web_link(&w.url))
    {
        lines.push(format!("URL:{}", website.url));
    }
    for office in &org.offices {
        if let Some(a) = &office.street_address {
            let postal = a.postal_code.clone().unwrap_or_default();
            lines.push(format!(
                "ADR;TYPE=work:;;{};{};;{};{}",
                escape(&a.line),
                escape(&a.city),
                escape(&postal),
                escape(country)
            ));
        }
    }
    let mut note = format!(
        "From the Refugee Legal Aid Directory, checked {}.",
        org.verification.last_verified
    );
    if !unconfirmed.is_empty() {
        note.push_str(&format!(" Not confirmed: {}.", unconfirmed.join(", ")));
    }
    lines.push(format!("NOTE:{}", escape(&note)));
    let d = org.verification.last_verified;
    lines.push(format!(
        "REV:{:04}{:02}{:02}T000000Z",
        d.year, d.month, d.day
    ));
    lines.push("END:VCARD".to_string());
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_long_lines_folded_on_character_boundaries() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        let line = format!("NOTE:{}", "ø".repeat(60));
        fold(&line, &mut out);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{physical:?}");
        }
        // Unfolding gives the line back.
        assert_eq!(out.replace("\r\n ", "").trim_end(), line);
    }
}
