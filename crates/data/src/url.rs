//! Web addresses: percent-encoding, query strings, paths that stay on this
//! site, and which addresses may be followed as links. The one place the
//! model and the app build or read a URL, so the rules (what is encoded,
//! what is refused) are written and tested once.
//!
//! Same-site paths: a browser keeps `//evil.example/` as the path of
//! `https://directory.example//evil.example/` (the server answers it with
//! the app), and a path that starts with two slashes (or a slash and a
//! backslash) is read as another site's address when navigated to: an open
//! redirect from the directory's own domain. [`same_site_path`] prevents it.

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

/// Decodes `%XX` escapes and `+` (a space) in a query-string component.
/// Invalid escapes are kept as they are; invalid UTF-8 is replaced.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The decoded `key=value` pairs of a query string (with or without `?`).
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

/// `?a=1&b=2` from pairs (empty values left out), or "" when there are none.
pub fn query_string<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let parts: Vec<String> = pairs
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// `path` as a path on this site: one leading `/`, never `//` or `/\`.
pub fn same_site_path(path: &str) -> String {
    format!("/{}", path.trim_start_matches(['/', '\\']))
}

/// Query keys that change nothing in a page: the tracking tags that shared
/// links pick up (`utm_…` and these). A page written at build time is
/// taken over with them; any other key may change what the page shows
/// (search words, filters, an embed's options, which its links carry), so
/// the app draws it afresh.
const TRACKING_KEYS: [&str; 3] = ["fbclid", "gclid", "msclkid"];

/// Whether a page written for an address shows what the address with this
/// query (`?a=b&…`, or empty) shows: nothing but tracking tags.
pub fn query_keeps_written_page(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .all(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            TRACKING_KEYS.contains(&key) || key.starts_with("utm_")
        })
}

/// The query string (`?…`, or empty) with `lang` set to `lang`, every
/// other pair kept in its place (`lang` last when it was not there).
pub fn with_lang(query: &str, lang: &str) -> String {
    let mut pairs = crate::url::query_pairs(query);
    match pairs.iter_mut().find(|(k, _)| k == "lang") {
        Some(pair) => pair.1 = lang.to_string(),
        None => pairs.push(("lang".to_string(), lang.to_string())),
    }
    crate::url::query_string(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The `lang` of a query string, if any.
pub fn lang_of(query: &str) -> Option<String> {
    crate::url::query_pairs(query)
        .into_iter()
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn hosts_are_shown_without_their_paths() {
        assert_eq!(
            url_host("https://oslo-universitetssykehus.no/avdelinger/x"),
            "oslo-universitetssykehus.no"
        );
        assert_eq!(url_host("https://www.noas.no"), "www.noas.no");
    }

    #[test]
    fn encodes_components() {
        assert_eq!(percent_decode(&percent_encode("a b&c=d/é+")), "a b&c=d/é+");
        assert_eq!(query_string([("q", ""), ("city", "")]), "");
    }

    #[test]
    fn percent_decoding_is_forgiving() {
        assert_eq!(percent_decode("%23ab+c"), "#ab c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%C3%B8"), "ø");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
    }

    #[test]
    fn only_tracking_tags_keep_the_written_page() {
        for query in [
            "",
            "?",
            "?utm_source=x&utm_medium=chat&fbclid=abc",
            "?gclid=1&&msclkid=2",
        ] {
            assert!(query_keeps_written_page(query), "{query}");
        }
        for query in [
            "?q=oslo",
            "?category=legal_aid",
            "?lang=en",
            "?theme=dark",
            "?lang=en&sections=legal_aid",
            "?utm_source=x&q=1",
            "?drawn",
            "?themes=dark",
        ] {
            assert!(!query_keeps_written_page(query), "{query}");
        }
    }

    #[test]
    fn paths_stay_on_this_site() {
        assert_eq!(same_site_path("/countries/norway"), "/countries/norway");
        assert_eq!(same_site_path("//evil.example/"), "/evil.example/");
        assert_eq!(same_site_path("/\\evil.example/"), "/evil.example/");
        assert_eq!(same_site_path("\\\\/evil.example"), "/evil.example");
        assert_eq!(same_site_path(""), "/");
        assert_eq!(same_site_path("/"), "/");
    }

    #[test]
    fn the_address_carries_the_language() {
        assert_eq!(with_lang("", "ar"), "?lang=ar");
        assert_eq!(
            with_lang("?q=juss%20buss&city=Oslo", "uk"),
            "?q=juss%20buss&city=Oslo&lang=uk"
        );
        assert_eq!(with_lang("?lang=en&q=x", "fa"), "?lang=fa&q=x");
        assert_eq!(lang_of("?q=x&lang=nb"), Some("nb".to_string()));
        assert_eq!(lang_of("?q=x"), None);
    }
}
