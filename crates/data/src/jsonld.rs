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

use crate::common::Status;
use crate::country::{Address, CountryFile, OpeningHours, Organisation};
use crate::display::{effective, email_is_plain, is_web_link};
use crate::vocabulary::{Category, PhonePurpose, Weekday};

/// A JSON string literal, safe inside an HTML `<script>` element.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON object written member by member.
#[derive(Default)]
struct Object(Vec<String>);

impl Object {
    fn typed(kind: &str) -> Self {
        let mut o = Object::default();
        o.raw("@type", json_string(kind));
        o
    }

    fn raw(&mut self, key: &str, value: String) {
        self.0.push(format!("{}:{value}", json_string(key)));
    }

    fn text(&mut self, key: &str, value: &str) {
        self.raw(key, json_string(value));
    }

    /// A list, left out when empty.
    fn list(&mut self, key: &str, items: Vec<String>) {
        if !items.is_empty() {
            self.raw(key, format!("[{}]", items.join(",")));
        }
    }

    fn done(self) -> String {
        format!("{{{}}}", self.0.join(","))
    }
}

fn confirmed(status: Status) -> bool {
    status.is_confirmed()
}

fn postal_address(a: &Address, country_code: &str) -> String {
    let mut o = Object::typed("PostalAddress");
    o.text("streetAddress", &a.line);
    if let Some(code) = &a.postal_code {
        o.text("postalCode", code);
    }
    o.text("addressLocality", &a.city);
    o.text("addressCountry", country_code);
    o.done()
}

fn day_name(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "https://schema.org/Monday",
        Weekday::Tue => "https://schema.org/Tuesday",
        Weekday::Wed => "https://schema.org/Wednesday",
        Weekday::Thu => "https://schema.org/Thursday",
        Weekday::Fri => "https://schema.org/Friday",
        Weekday::Sat => "https://schema.org/Saturday",
        Weekday::Sun => "https://schema.org/Sunday",
    }
}

fn hours(h: &OpeningHours) -> String {
    let mut o = Object::typed("OpeningHoursSpecification");
    o.list(
        "dayOfWeek",
        h.days.iter().map(|d| json_string(day_name(*d))).collect(),
    );
    o.text("opens", &h.opens.to_string());
    o.text("closes", &h.closes.to_string());
    if let Some(from) = h.valid_from {
        o.text("validFrom", &from.to_string());
    }
    if let Some(until) = h.valid_until {
        o.text("validThrough", &until.to_string());
    }
    o.done()
}

/// The JSON-LD of `org` in `country`, whose page is `page_url`: a
/// `LegalService` when it gives legal aid, else an `NGO` (whose address
/// and hours belong to its `location`, a `Place`).
pub fn organisation(org: &Organisation, country: &CountryFile, page_url: &str) -> String {
    let v = &org.verification;
    let legal = org.categories.contains(&Category::LegalAid);
    let mut o = Object::typed(if legal { "LegalService" } else { "NGO" });
    o.raw("@context", json_string("https://schema.org"));
    if is_web_link(page_url) {
        o.text("@id", page_url);
    }
    o.text("name", &org.name);
    o.list(
        "alternateName",
        org.local_name
            .iter()
            .chain(&org.other_names)
            .map(|n| json_string(n))
            .collect(),
    );
    o.text("description", &org.description);
    if let Some(website) = org
        .websites
        .iter()
        .find(|w| confirmed(effective(w.verification.as_ref(), v).status) && is_web_link(&w.url))
    {
        o.text("url", &website.url);
    }
    o.list(
        "sameAs",
        org.social
            .iter()
            .filter(|s| is_web_link(&s.url))
            .map(|s| json_string(&s.url))
            .collect(),
    );
    let numbers = |fax: bool| -> Vec<String> {
        org.phones
            .iter()
            .filter(|p| {
                (p.purpose == PhonePurpose::Fax) == fax
                    && confirmed(effective(p.verification.as_ref(), v).status)
            })
            .map(|p| json_string(&p.number))
            .collect()
    };
    o.list("telephone", numbers(false));
    o.list("faxNumber", numbers(true));
    o.list(
        "email",
        org.emails
            .iter()
            .filter(|e| {
                confirmed(effective(e.verification.as_ref(), v).status)
                    && email_is_plain(&e.address)
            })
            .map(|e| json_string(&e.address))
            .collect(),
    );
    if let Some(founded) = org.founded {
        o.text("foundingDate", &founded.to_string());
    }
    o.list(
        "knowsLanguage",
        org.languages.iter().map(|l| json_string(&l.code)).collect(),
    );
    let mut area = Object::typed("Country");
    area.text("name", &country.name);
    o.raw("areaServed", area.done());

    let addresses: Vec<String> = org
        .offices
        .iter()
        .filter_map(|office| {
            let a = office.street_address.as_ref()?;
            let status = effective(
                a.verification.as_ref(),
                effective(office.verification.as_ref(), v),
            )
            .status;
            confirmed(status).then(|| postal_address(a, &country.code))
        })
        .collect();
    let hours: Vec<String> = org
        .hours
        .iter()
        .filter(|h| confirmed(h.verification.status))
        .map(hours)
        .collect();
    if legal {
        o.list("address", addresses);
        o.list("openingHoursSpecification", hours);
    } else if !addresses.is_empty() || !hours.is_empty() {
        let mut place = Object::typed("Place");
        place.list("address", addresses);
        place.list("openingHoursSpecification", hours);
        o.raw("location", place.done());
    }
    o.done()
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
