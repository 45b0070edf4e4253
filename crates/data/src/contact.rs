//! Contact details made from the data: an address's town line, e-mail
//! addresses safe to link, `mailto:` links and a map search for an address.

use crate::model::country::Address;
use crate::model::vocabulary::AddressOrder;
use crate::url::percent_encode;

/// The second line of an address: the postal code and the city in the
/// order the country writes them ("0154 Oslo"; "Cape Town 8001").
pub fn town_line(address: &Address, order: AddressOrder) -> String {
    match (&address.postal_code, order) {
        (None, _) => address.city.clone(),
        (Some(code), AddressOrder::PostalCodeFirst) => format!("{code} {}", address.city),
        (Some(code), AddressOrder::PostalCodeLast) => format!("{} {code}", address.city),
    }
}

/// Whether `s` is a plain e-mail address: a local part of letters, digits,
/// `.`, `_`, `+` and `-` (no `?`, `&`, `%` or `#`, which in a `mailto:`
/// link could add hidden recipients or headers), `@`, and a domain of at
/// least two labels ending in letters. The validator's rule and the app's
/// check before it makes a `mailto:` link.
pub fn email_is_plain(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '+' | '-'));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    local_ok && domain_ok
}

/// A `mailto:` link with a subject and a body, encoded so that any text is
/// safe; to no one (the person fills it in) when `to` is not a plain
/// address. Line breaks in the body are sent as CRLF (`%0D%0A`), as RFC
/// 6068 asks, so every mail program keeps them.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let to = if email_is_plain(to) { to } else { "" };
    format!(
        "mailto:{to}?subject={}&body={}",
        percent_encode(subject),
        percent_encode(&body.replace("\r\n", "\n").replace('\n', "\r\n"))
    )
}

/// A link to a map search for an address. The app only links to it; it
/// never requests anything from the map service itself.
pub fn map_search_url(address: &str) -> String {
    format!(
        "https://www.openstreetmap.org/search?query={}",
        percent_encode(address)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postal_codes_go_where_the_country_writes_them() {
        use crate::model::vocabulary::AddressOrder;
        let address = |code: Option<&str>, city: &str| crate::model::country::Address {
            line: "x".into(),
            postal_code: code.map(Into::into),
            city: city.into(),
            verification: None,
        };
        let oslo = address(Some("0154"), "Oslo");
        assert_eq!(town_line(&oslo, AddressOrder::PostalCodeFirst), "0154 Oslo");
        let cape_town = address(Some("8001"), "Cape Town");
        assert_eq!(
            town_line(&cape_town, AddressOrder::PostalCodeLast),
            "Cape Town 8001"
        );
        let cairo = address(None, "Cairo");
        assert_eq!(town_line(&cairo, AddressOrder::PostalCodeLast), "Cairo");
        assert_eq!(AddressOrder::default(), AddressOrder::PostalCodeFirst);
    }

    #[test]
    fn mailto_encodes_subject_and_body() {
        assert_eq!(
            mailto("a@b.no", "Fix: Norway & co", "Line 1\nLine 2\r\nLine 3"),
            "mailto:a@b.no?subject=Fix%3A%20Norway%20%26%20co&body=Line%201%0D%0ALine%202%0D%0ALine%203"
        );
        assert_eq!(
            map_search_url("Torggata 22, 0183 Oslo"),
            "https://www.openstreetmap.org/search?query=Torggata%2022%2C%200183%20Oslo"
        );
    }
}
