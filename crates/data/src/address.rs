//! Addresses the app builds from the one it was opened at. A browser keeps
//! `//evil.example/` as the path of `https://directory.example//evil.example/`
//! (the server answers it with the app), and a path that starts with two
//! slashes (or a slash and a backslash) is read as another site's address
//! when navigated to: an open redirect from the directory's own domain.

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
