//! schema.org structured data (JSON-LD) for an organisation's page, so a
//! search engine can show its name, address, telephone and opening hours.
//! Built from the model the page shows, with one difference: only details
//! the directory has confirmed (status `verified`) go in, because a search
//! engine repeats them without the page's "unconfirmed" warning.
//!
//! The page puts the text in a `<script type="application/ld+json">`: a
//! data block, which the browser never runs, so the Content-Security-Policy
//! (`script-src 'self'`) has nothing to allow. `<` is written as `\u003c`,
//! so no text in the data can end the element.

use crate::contact::email_is_plain;
use crate::model::country::{Address, CountryFile, OpeningHours, Organisation};
use crate::model::vocabulary::{Category, HoursKind, PhonePurpose};
use crate::url::is_web_link;
use crate::verification::effective;

/// Writes `s` as a JSON string literal, safe inside an HTML `<script>`
/// element.
fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c if u32::from(c) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u");
                let n = u32::from(c);
                for shift in [12, 8, 4, 0] {
                    out.push(char::from(HEX[((n >> shift) & 0xf) as usize]));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A JSON string literal, safe inside an HTML `<script>` element.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_json_string(&mut out, s);
    out
}

/// JSON written straight into one string; commas go in by themselves.
struct Writer(String);

impl Writer {
    fn comma(&mut self) {
        if !self.0.is_empty() && !self.0.ends_with(['{', '[']) {
            self.0.push(',');
        }
    }

    /// `"key":`, after a comma when needed.
    fn key(&mut self, key: &str) {
        self.comma();
        push_json_string(&mut self.0, key);
        self.0.push(':');
    }

    fn text(&mut self, key: &str, value: &str) {
        self.key(key);
        push_json_string(&mut self.0, value);
    }

    /// An array of strings, left out when empty.
    fn texts(&mut self, key: &str, values: &[&str]) {
        if values.is_empty() {
            return;
        }
        self.key(key);
        self.0.push('[');
        for v in values {
            self.comma();
            push_json_string(&mut self.0, v);
        }
        self.0.push(']');
    }

    /// `{"@type":kind` as a member `key` (or an array item when `key` is
    /// empty); close it with `end`.
    fn object(&mut self, key: &str, kind: &str) {
        if key.is_empty() {
            self.comma();
        } else {
            self.key(key);
        }
        self.0.push('{');
        self.text("@type", kind);
    }

    fn end(&mut self, c: char) {
        self.0.push(c);
    }
}

fn postal_address(w: &mut Writer, a: &Address, country_code: &str) {
    w.object("", "PostalAddress");
    w.text("streetAddress", &a.line);
    if let Some(code) = &a.postal_code {
        w.text("postalCode", code);
    }
    w.text("addressLocality", &a.city);
    w.text("addressCountry", country_code);
    w.end('}');
}

const DAYS: [&str; 7] = [
    "https://schema.org/Monday",
    "https://schema.org/Tuesday",
    "https://schema.org/Wednesday",
    "https://schema.org/Thursday",
    "https://schema.org/Friday",
    "https://schema.org/Saturday",
    "https://schema.org/Sunday",
];

fn hours(w: &mut Writer, h: &OpeningHours) {
    w.object("", "OpeningHoursSpecification");
    let days: Vec<&str> = h.days.iter().map(|d| DAYS[d.index()]).collect();
    w.texts("dayOfWeek", &days);
    w.text("opens", &h.opens.to_string());
    w.text("closes", &h.closes.to_string());
    if let Some(from) = h.valid_from {
        w.text("validFrom", &from.to_string());
    }
    if let Some(until) = h.valid_until {
        w.text("validThrough", &until.to_string());
    }
    w.end('}');
}

/// The JSON-LD of `org` in `country`, whose page is `page_url`: a
/// `LegalService` when it gives legal aid, else an `NGO` (whose address
/// and hours belong to its `location`, a `Place`).
pub fn organisation(org: &Organisation, country: &CountryFile, page_url: &str) -> String {
    let v = &org.verification;
    let confirmed =
        |own: Option<&crate::model::Verification>| effective(own, v).status.is_confirmed();
    let legal = org.categories.contains(&Category::LegalAid);
    let mut w = Writer(String::with_capacity(1024));
    w.object("", if legal { "LegalService" } else { "NGO" });
    w.text("@context", "https://schema.org");
    if is_web_link(page_url) {
        w.text("@id", page_url);
    }
    w.text("name", &org.name);
    let names: Vec<&str> = org
        .local_name
        .iter()
        .chain(&org.other_names)
        .map(String::as_str)
        .collect();
    w.texts("alternateName", &names);
    w.text("description", &org.description);
    if let Some(site) = org
        .websites
        .iter()
        .find(|s| confirmed(s.verification.as_ref()) && is_web_link(&s.url))
    {
        w.text("url", &site.url);
    }
    let social: Vec<&str> = org
        .social
        .iter()
        .filter(|s| is_web_link(&s.url))
        .map(|s| s.url.as_str())
        .collect();
    w.texts("sameAs", &social);
    for (key, fax) in [("telephone", false), ("faxNumber", true)] {
        let numbers: Vec<&str> = org
            .phones
            .iter()
            .filter(|p| {
                (p.purpose == PhonePurpose::Fax) == fax && confirmed(p.verification.as_ref())
            })
            .map(|p| p.number.as_str())
            .collect();
        w.texts(key, &numbers);
    }
    let emails: Vec<&str> = org
        .emails
        .iter()
        .filter(|e| confirmed(e.verification.as_ref()) && email_is_plain(&e.address))
        .map(|e| e.address.as_str())
        .collect();
    w.texts("email", &emails);
    if let Some(founded) = org.founded {
        w.text("foundingDate", &founded.to_string());
    }
    let languages: Vec<&str> = org.languages.iter().map(|l| l.code.as_str()).collect();
    w.texts("knowsLanguage", &languages);
    w.object("areaServed", "Country");
    w.text("name", &country.name);
    w.end('}');

    let addresses: Vec<&Address> = org
        .offices
        .iter()
        .filter_map(|office| {
            let a = office.street_address.as_ref()?;
            let status = effective(
                a.verification.as_ref(),
                effective(office.verification.as_ref(), v),
            )
            .status;
            status.is_confirmed().then_some(a)
        })
        .collect();
    // When the place is open: walk-in and office hours, not phone or chat
    // lines (a search engine would show those as opening hours).
    let blocks: Vec<&OpeningHours> = org
        .hours
        .iter()
        .filter(|h| {
            h.verification.status.is_confirmed()
                && h.kinds
                    .iter()
                    .any(|k| matches!(k, HoursKind::WalkIn | HoursKind::Office))
        })
        .collect();
    if !addresses.is_empty() || !blocks.is_empty() {
        // A legal service is a place itself; an NGO has one.
        if !legal {
            w.object("location", "Place");
        }
        if !addresses.is_empty() {
            w.key("address");
            w.end('[');
            for a in &addresses {
                postal_address(&mut w, a, &country.code);
            }
            w.end(']');
        }
        if !blocks.is_empty() {
            w.key("openingHoursSpecification");
            w.end('[');
            for h in &blocks {
                hours(&mut w, h);
            }
            w.end(']');
            // Closures (holidays, summer) as days closed: opens and closes
            // at 00:00, schema.org's way of saying so.
            if blocks.iter().any(|h| !h.closures.is_empty()) {
                w.key("specialOpeningHoursSpecification");
                w.end('[');
                for c in blocks.iter().flat_map(|h| &h.closures) {
                    w.object("", "OpeningHoursSpecification");
                    w.text("validFrom", &c.from.to_string());
                    w.text("validThrough", &c.until.to_string());
                    w.text("opens", "00:00");
                    w.text("closes", "00:00");
                    w.end('}');
                }
                w.end(']');
            }
        }
        if !legal {
            w.end('}');
        }
    }
    w.end('}');
    w.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_cannot_end_the_script_element() {
        assert_eq!(json_string("a</script>b"), r#""a\u003c/script\u003eb""#);
        assert_eq!(json_string("say \"hi\"\n"), r#""say \"hi\"\u000a""#);
        assert_eq!(json_string("x\u{2028}y"), r#""x\u2028y""#);
    }
}
