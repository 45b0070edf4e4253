//! Presentation logic that needs no browser, so it is tested natively:
//! phone numbers in national format, links built from data, folding text
//! for the country filter, grouping, and which verification applies.

use crate::common::{Status, Verification};
use crate::country::{OpeningHours, Phone};
use crate::vocabulary::PhonePurpose;
use crate::vocabulary::Weekday;

/// The second line of an address: the postal code and the city in the
/// order the country writes them ("0154 Oslo"; "Cape Town 8001").
pub fn town_line(
    address: &crate::country::Address,
    order: crate::vocabulary::AddressOrder,
) -> String {
    use crate::vocabulary::AddressOrder;
    match (&address.postal_code, order) {
        (None, _) => address.city.clone(),
        (Some(code), AddressOrder::PostalCodeFirst) => format!("{code} {}", address.city),
        (Some(code), AddressOrder::PostalCodeLast) => format!("{} {code}", address.city),
    }
}

/// A phone number as its country writes it (`22 36 56 60`): the form
/// `make data` wrote from the library's rules for the number's country, or
/// the E.164 number itself where the data has none.
pub fn shown_number(phone: &Phone) -> &str {
    phone.national.as_deref().unwrap_or(&phone.number)
}

/// The number as it is dialled from abroad, with spaces (`+47 22 36 56 60`):
/// what the copy button copies, so that it works from a foreign SIM too.
pub fn number_from_abroad(phone: &Phone) -> &str {
    phone.international.as_deref().unwrap_or(&phone.number)
}

/// Which of the countries the home page's picker shows (`shown`, in list
/// order) Enter opens: the first with entries (`has_content`), else the
/// first shown; `None` when nothing is shown.
pub fn first_match(shown: &[bool], has_content: &[bool]) -> Option<usize> {
    let shown_at = |i: &usize| shown[*i];
    (0..shown.len())
        .filter(shown_at)
        .find(|&i| has_content.get(i).copied().unwrap_or(false))
        .or_else(|| (0..shown.len()).find(shown_at))
}

/// Whether `url` may be a link's `href`: an `https:` or `http:` address
/// with a host and nothing that could end the attribute or hide what it
/// is (spaces, control characters). The validator refuses anything else;
/// this is the app's own check for data that never went through it, so a
/// `javascript:` or `data:` "link" is shown as text, never followed.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    // The host part: no user info ("https://www.noas.no@evil.example/"
    // shows one site and opens another).
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    !rest.is_empty()
        && !rest.starts_with('/')
        && !host.contains('@')
        && !url.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || c == '\\'
                || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
}

/// The host of a URL, for link text (`https://www.noas.no/x` → `www.noas.no`).
pub fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

/// Percent-encodes a URL component (everything but the unreserved characters).
pub fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        }
    }
    out
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

/// Whether a country matches what someone typed in the filter box: every
/// word typed starts a word of one of its names (already folded: its name
/// in the UI language and in the data), or it is the ISO code.
pub fn country_matches(folded_names: &[String], code: &str, folded_query: &str) -> bool {
    let words: Vec<&str> = folded_query.split_whitespace().collect();
    if words.is_empty() {
        return true;
    }
    let code_match = words.len() == 1 && words[0].eq_ignore_ascii_case(code);
    code_match
        || folded_names.iter().any(|name| {
            let name_words: Vec<&str> = name.split_whitespace().collect();
            words
                .iter()
                .all(|w| name_words.iter().any(|n| n.starts_with(w)))
        })
}

/// The verification that applies to a field: its own, or its organisation's.
pub fn effective<'a>(own: Option<&'a Verification>, parent: &'a Verification) -> &'a Verification {
    own.unwrap_or(parent)
}

/// Opening hours by weekday, Monday first, each day's blocks in time order.
pub fn weekly(hours: &[OpeningHours]) -> [Vec<&OpeningHours>; 7] {
    let mut days: [Vec<&OpeningHours>; 7] = Default::default();
    for h in hours {
        for d in &h.days {
            days[d.index()].push(h);
        }
    }
    for day in &mut days {
        crate::sort::sort_by_key(day, |h| h.opens);
    }
    days
}

impl Weekday {
    /// From the English short name (`Mon`), as `Intl.DateTimeFormat` writes it.
    pub fn from_short_name(s: &str) -> Option<Weekday> {
        Weekday::ALL
            .iter()
            .copied()
            .find(|d| d.as_str().eq_ignore_ascii_case(s))
    }
}

/// Items grouped by a key, groups in order of first appearance.
pub fn group_by<T, K: PartialEq + Copy>(items: &[T], key: impl Fn(&T) -> K) -> Vec<(K, Vec<&T>)> {
    let mut groups: Vec<(K, Vec<&T>)> = Vec::new();
    for item in items {
        let k = key(item);
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, members)) => members.push(item),
            None => groups.push((k, vec![item])),
        }
    }
    groups
}

/// A unit for download sizes (decimal, as browsers and phones show them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeUnit {
    Kilobyte,
    Megabyte,
}

impl SizeUnit {
    /// The unit's name for `Intl.NumberFormat`.
    pub fn intl_name(self) -> &'static str {
        match self {
            SizeUnit::Kilobyte => "kilobyte",
            SizeUnit::Megabyte => "megabyte",
        }
    }
}

/// A download size rounded up, as people read it: whole kilobytes below
/// 1 MB, tenths of a megabyte from there. Returns the number in tenths (so
/// no float formatting is needed) and the unit: 27 186 bytes is (270, kB)
/// for 27 kB, 1 234 567 bytes is (13, MB) for 1.3 MB.
pub fn download_size(bytes: u64) -> (u64, SizeUnit) {
    let kb = bytes.div_ceil(1000);
    if kb < 1000 {
        (kb * 10, SizeUnit::Kilobyte)
    } else {
        (bytes.div_ceil(100_000), SizeUnit::Megabyte)
    }
}

/// A download size in digits and a symbol ("28 kB", "1.3 MB"), where no
/// `Intl.NumberFormat` can write it in the UI language.
pub fn plain_download_size(bytes: u64) -> String {
    let (tenths, unit) = download_size(bytes);
    let symbol = match unit {
        SizeUnit::Kilobyte => "kB",
        SizeUnit::Megabyte => "MB",
    };
    match tenths % 10 {
        0 => format!("{} {symbol}", tenths / 10),
        d => format!("{}.{d} {symbol}", tenths / 10),
    }
}

/// A phone number as shown, kept on one line wherever it is put: its spaces
/// become no-break spaces and its hyphens non-breaking hyphens (a number
/// broken across two lines is easily misread or mistyped).
pub fn unbreakable(number: &str) -> String {
    number
        .chars()
        .map(|c| match c {
            ' ' => '\u{a0}',
            '-' => '\u{2011}',
            c => c,
        })
        .collect()
}

/// The number a "Call" button dials for an organisation (`phones`, with
/// `parent` the organisation's own verification): a callable number (no
/// fax, none known to be out of date), the best confirmed first, then the
/// main number before a helpline before an information line, then the
/// data's order. With it, its status, which the button shows when the
/// number is not confirmed.
pub fn number_to_call<'a>(
    phones: &'a [Phone],
    parent: &Verification,
) -> Option<(&'a Phone, Status)> {
    let rank = |purpose: PhonePurpose| match purpose {
        PhonePurpose::Main => 0,
        PhonePurpose::Helpline => 1,
        PhonePurpose::Information => 2,
        PhonePurpose::Fax => 3,
    };
    let confidence = |status: Status| match status {
        Status::Verified => 0,
        Status::PartiallyVerified => 1,
        Status::Unverified => 2,
        Status::Outdated => 3,
    };
    phones
        .iter()
        .map(|p| (p, effective(p.verification.as_ref(), parent).status))
        .filter(|(p, status)| p.purpose != PhonePurpose::Fax && *status != Status::Outdated)
        .enumerate()
        .min_by_key(|(i, (p, status))| (confidence(*status), rank(p.purpose), *i))
        .map(|(_, found)| found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unbreakable_numbers_keep_their_digits_on_one_line() {
        assert_eq!(unbreakable("22 36 56 60"), "22\u{a0}36\u{a0}56\u{a0}60");
        assert_eq!(unbreakable("030-123 45"), "030\u{2011}123\u{a0}45");
        assert_eq!(unbreakable("+4722365660"), "+4722365660");
    }

    fn phone(id: &str, purpose: &str, status: Option<&str>) -> Phone {
        let mut json = serde_json::json!({ "id": id, "number": "+4722000000", "purpose": purpose });
        if let Some(status) = status {
            json["verification"] = serde_json::json!({ "status": status, "last_verified": "2026-11-24", "sources": ["s"] });
        }
        serde_json::from_value(json).expect("a phone")
    }

    #[test]
    fn the_call_button_dials_the_best_confirmed_callable_number() {
        let parent: Verification = serde_json::from_value(
            serde_json::json!({ "status": "verified", "last_verified": "2026-11-24", "sources": ["s"] }),
        )
        .expect("a verification");
        let call =
            |phones: &[Phone]| number_to_call(phones, &parent).map(|(p, s)| (p.id.clone(), s));
        // Confirmed before unconfirmed, whatever the purpose.
        let phones = [
            phone("main", "main", Some("unverified")),
            phone("info", "information", None),
        ];
        assert_eq!(call(&phones), Some(("info".into(), Status::Verified)));
        // Equally confirmed: main, then helpline, then information.
        let phones = [
            phone("info", "information", None),
            phone("help", "helpline", None),
            phone("main", "main", None),
        ];
        assert_eq!(call(&phones), Some(("main".into(), Status::Verified)));
        // Then the data's order.
        let phones = [phone("a", "helpline", None), phone("b", "helpline", None)];
        assert_eq!(call(&phones), Some(("a".into(), Status::Verified)));
        // Never a fax, never a number known to be out of date; an
        // unconfirmed one still, with its status.
        let phones = [
            phone("fax", "fax", None),
            phone("old", "main", Some("outdated")),
            phone("new", "main", Some("unverified")),
        ];
        assert_eq!(call(&phones), Some(("new".into(), Status::Unverified)));
        assert_eq!(call(&[phone("fax", "fax", None)]), None);
        assert_eq!(call(&[]), None);
    }

    #[test]
    fn a_plain_download_size_has_one_decimal_only_when_it_says_something() {
        assert_eq!(plain_download_size(28_000), "28 kB");
        assert_eq!(plain_download_size(1_300_000), "1.3 MB");
        assert_eq!(plain_download_size(2_000_000), "2 MB");
    }

    #[test]
    fn only_web_addresses_are_links() {
        for ok in [
            "https://www.noas.no",
            "http://jussbuss.no/kontakt",
            "HTTPS://WWW.NOAS.NO/",
        ] {
            assert!(is_web_link(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:x",
            "//evil.example/",
            "https:///path",
            "https://",
            "https://a.no/\u{0}x",
            "https://a.no/ x",
            "https://www.noas.no@evil.example/",
            "mailto:x@y.no",
            "https://a.no\\@evil.example/",
            "https://a.no/\u{202E}fdp.exe",
            "/countries/norway",
            "",
        ] {
            assert!(!is_web_link(bad), "{bad}");
        }
    }

    #[test]
    fn enter_opens_the_first_match_with_entries_else_the_first() {
        // "nor": North Korea, North Macedonia, Norway (with entries).
        assert_eq!(
            first_match(&[true, true, true], &[false, false, true]),
            Some(2)
        );
        assert_eq!(
            first_match(&[false, true, true], &[false, false, false]),
            Some(1)
        );
        // A country with entries that does not match is never chosen.
        assert_eq!(first_match(&[true, false], &[false, true]), Some(0));
        assert_eq!(first_match(&[false, false], &[true, true]), None);
    }

    #[test]
    fn postal_codes_go_where_the_country_writes_them() {
        use crate::vocabulary::AddressOrder;
        let address = |code: Option<&str>, city: &str| crate::country::Address {
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
    fn numbers_show_their_written_forms_else_as_stored() {
        let mut p = phone("main", "main", None);
        assert_eq!(shown_number(&p), "+4722000000");
        assert_eq!(number_from_abroad(&p), "+4722000000");
        p.national = Some("22 00 00 00".into());
        p.international = Some("+47 22 00 00 00".into());
        assert_eq!(shown_number(&p), "22 00 00 00");
        assert_eq!(number_from_abroad(&p), "+47 22 00 00 00");
    }

    #[test]
    fn hosts_are_shown_without_their_paths() {
        assert_eq!(
            url_host("https://oslo-universitetssykehus.no/avdelinger/x"),
            "oslo-universitetssykehus.no"
        );
        assert_eq!(url_host("https://www.noas.no"), "www.noas.no");
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

    #[test]
    fn the_country_filter() {
        // Names as the app folds them (crate::fold), here natively.
        let names =
            |list: &[&str]| -> Vec<String> { list.iter().map(|n| crate::fold::fold(n)).collect() };
        let q = |s: &str| crate::fold::fold(s);
        let norway = names(&["Norway"]);
        assert!(country_matches(&norway, "NO", &q("nor")));
        assert!(country_matches(&norway, "NO", &q("  NOR ")));
        assert!(country_matches(&norway, "NO", &q("no")));
        assert!(!country_matches(&names(&["Sweden"]), "SE", &q("nor")));
        assert!(country_matches(
            &names(&["Åland Islands"]),
            "AX",
            &q("aland is")
        ));
        assert!(country_matches(
            &names(&["Côte d'Ivoire"]),
            "CI",
            &q("cote")
        ));
        assert!(
            !country_matches(&norway, "NO", &q("way")),
            "words match from their start"
        );
        assert!(country_matches(&norway, "NO", ""));
        // The UI language's name or the data's: "النرويج" and "Norway".
        let both = names(&["النرويج", "Norway"]);
        assert!(country_matches(&both, "NO", &q("النر")));
        assert!(country_matches(&both, "NO", &q("norw")));
        // Every word within one name.
        assert!(!country_matches(
            &names(&["Costa Rica", "Côte d'Ivoire"]),
            "CR",
            &q("costa ivoire")
        ));
    }

    #[test]
    fn grouping_keeps_first_appearance_order() {
        let groups = group_by(&[3, 1, 4, 1, 5, 9, 2, 6], |n| n % 2);
        assert_eq!(groups[0].0, 1);
        assert_eq!(groups[0].1, [&3, &1, &1, &5, &9]);
        assert_eq!(groups[1].1, [&4, &2, &6]);
    }

    #[test]
    fn weekdays_from_intl_short_names() {
        assert_eq!(Weekday::from_short_name("Mon"), Some(Weekday::Mon));
        assert_eq!(Weekday::from_short_name("sun"), Some(Weekday::Sun));
        assert_eq!(Weekday::from_short_name("Mo"), None);
    }

    #[test]
    fn download_sizes_round_up_to_what_people_read() {
        use SizeUnit::*;
        assert_eq!(download_size(0), (0, Kilobyte));
        assert_eq!(download_size(1), (10, Kilobyte));
        assert_eq!(download_size(27_186), (280, Kilobyte));
        assert_eq!(download_size(999_000), (9990, Kilobyte));
        // Never "1000 kB": from there it is megabytes.
        assert_eq!(download_size(999_001), (10, Megabyte));
        assert_eq!(download_size(1_000_000), (10, Megabyte));
        assert_eq!(download_size(1_234_567), (13, Megabyte));
        assert_eq!(download_size(2_000_000), (20, Megabyte));
    }
}
