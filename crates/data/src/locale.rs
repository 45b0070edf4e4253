//! Which UI language to show, and where each language's pages live: every
//! language but the default (English) has its own address prefix
//! (`/ar/countries/norway`), the default is at the root. Old `?lang=xx`
//! addresses are sent to the prefixed ones (by the server, else by the
//! page's first script); a page without a prefix may be sent on to the
//! person's saved choice or browser language ([`choose`]).

/// The default UI language: its pages are at the root, without a prefix.
pub const DEFAULT_LANGUAGE: &str = "en";

/// Languages the browser may name that we show in a close relative:
/// Norwegian (`no`) and Nynorsk readers read Bokmål; Dari (`prs`) readers
/// read Persian.
const RELATIVES: [(&str, &str); 3] = [("no", "nb"), ("nn", "nb"), ("prs", "fa")];

/// Languages written right to left.
const RIGHT_TO_LEFT: [&str; 6] = ["ar", "fa", "prs", "ps", "ur", "he"];

/// `rtl` or `ltr`, for `<html dir>`.
pub fn direction(code: &str) -> &'static str {
    let primary = code.split(['-', '_']).next().unwrap_or(code);
    if RIGHT_TO_LEFT
        .iter()
        .any(|l| l.eq_ignore_ascii_case(primary))
    {
        "rtl"
    } else {
        "ltr"
    }
}

/// The UI language of `tag` (`nb-NO`, `ar_EG`, `prs-AF`), if there is one.
pub fn ui_language<'a>(tag: &str, available: &[&'a str]) -> Option<&'a str> {
    let tag = tag.trim();
    if tag.is_empty() {
        return None;
    }
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase();
    let primary = RELATIVES
        .iter()
        .find(|(from, _)| *from == primary)
        .map_or(primary.as_str(), |(_, to)| to);
    available
        .iter()
        .copied()
        .find(|a| a.eq_ignore_ascii_case(primary))
}

/// The UI language a path is in, from its first segment, and the path
/// without it: `/ar/countries/norway` → `("ar", "/countries/norway")`,
/// `/countries/norway` → (the default, unchanged). The default language
/// (`available[0]`) has no prefix of its own, so `/en/…` is not one.
pub fn split_language<'p, 'a>(path: &'p str, available: &[&'a str]) -> (&'a str, &'p str) {
    let default = available.first().copied().unwrap_or("en");
    let Some(rest) = path.strip_prefix('/') else {
        return (default, path);
    };
    let (first, tail) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    match available
        .iter()
        .skip(1)
        .copied()
        .find(|code| *code == first)
    {
        Some(code) if tail.is_empty() => (code, "/"),
        Some(code) => (code, tail),
        None => (default, path),
    }
}

/// The address of `path` (a site path, `/countries/norway`) in the UI
/// language `code`: `/ar/countries/norway`; the default language's pages
/// at the root (`default` is its code).
pub fn language_path(code: &str, default: &str, path: &str) -> String {
    if code == default || code.is_empty() {
        path.to_string()
    } else if path == "/" || path.is_empty() {
        format!("/{code}/")
    } else {
        format!("/{code}{path}")
    }
}

/// The one form of a page's address that pages are written for: its
/// language's prefix, no trailing slash (a static host may add one when it
/// serves `countries/norway/index.html`), but `/` and `/ar/` for the home
/// pages.
/// Never an address on another site: `/ar//other.site` becomes
/// `/ar/other.site` (whose English version would otherwise be
/// `//other.site`).
pub fn canonical_path(path: &str, available: &[&str]) -> String {
    let (code, rest) = split_language(path, available);
    let rest = crate::url::same_site_path(rest);
    let rest = rest.trim_end_matches('/');
    let rest = if rest.is_empty() { "/" } else { rest };
    language_path(
        code,
        available.first().copied().unwrap_or(DEFAULT_LANGUAGE),
        rest,
    )
}

/// The language to show. `from_address`: the `lang` of the address;
/// `saved`: the person's last choice on this device; `browser`: the
/// browser's languages, preferred first; `available`: the UI languages,
/// the first being the default.
pub fn choose<'a>(
    from_address: Option<&str>,
    saved: Option<&str>,
    browser: &[String],
    available: &[&'a str],
) -> &'a str {
    let exact = |tag: &str| {
        available
            .iter()
            .copied()
            .find(|a| a.eq_ignore_ascii_case(tag.trim()))
    };
    from_address
        .and_then(exact)
        .or_else(|| saved.and_then(exact))
        .or_else(|| browser.iter().find_map(|tag| ui_language(tag, available)))
        .unwrap_or(available[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_names_its_language_by_its_first_segment() {
        assert_eq!(
            split_language("/ar/countries/norway", &UI),
            ("ar", "/countries/norway")
        );
        assert_eq!(split_language("/ar/", &UI), ("ar", "/"));
        assert_eq!(split_language("/ar", &UI), ("ar", "/"));
        assert_eq!(
            split_language("/fa/embed/search", &UI),
            ("fa", "/embed/search")
        );
        assert_eq!(
            split_language("/countries/norway", &UI),
            ("en", "/countries/norway")
        );
        assert_eq!(split_language("/", &UI), ("en", "/"));
        // The default has no prefix; other first segments are pages.
        assert_eq!(
            split_language("/en/countries", &UI),
            ("en", "/en/countries")
        );
        assert_eq!(split_language("/arabic/x", &UI), ("en", "/arabic/x"));
        assert_eq!(split_language("/AR/x", &UI), ("en", "/AR/x"));
        assert_eq!(split_language("", &UI), ("en", ""));
    }

    #[test]
    fn an_address_has_one_canonical_form() {
        for (path, canonical) in [
            ("/", "/"),
            ("", "/"),
            ("/ar", "/ar/"),
            ("/ar/", "/ar/"),
            ("/countries/norway/", "/countries/norway"),
            ("/countries/norway", "/countries/norway"),
            ("/fa/countries/norway/coi/", "/fa/countries/norway/coi"),
            ("/embed/search//", "/embed/search"),
            // Never another site's address, in any language's form.
            ("//evil.example", "/evil.example"),
            ("/ar//evil.example", "/ar/evil.example"),
            ("/ar/\\evil.example/x", "/ar/evil.example/x"),
            ("/fa///", "/fa/"),
        ] {
            assert_eq!(canonical_path(path, &UI), canonical, "{path}");
        }
    }

    #[test]
    fn a_language_path_round_trips() {
        for code in UI {
            for path in [
                "/",
                "/countries/norway",
                "/embed/countries/norway/coi",
                "/search",
            ] {
                let localized = language_path(code, "en", path);
                assert_eq!(split_language(&localized, &UI), (code, path), "{localized}");
            }
        }
        assert_eq!(language_path("en", "en", "/search"), "/search");
        assert_eq!(language_path("ar", "en", "/"), "/ar/");
        assert_eq!(
            language_path("uk", "en", "/organisations/noas"),
            "/uk/organisations/noas"
        );
    }

    #[test]
    fn directions() {
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("fa-AF"), "rtl");
        for code in ["en", "nb", "uk"] {
            assert_eq!(direction(code), "ltr", "{code}");
        }
    }

    const UI: [&str; 5] = ["en", "nb", "uk", "ar", "fa"];

    fn browser(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn the_address_then_the_saved_choice_then_the_browser_then_english() {
        let b = browser(&["ar-EG", "en-GB"]);
        assert_eq!(choose(Some("uk"), Some("fa"), &b, &UI), "uk");
        assert_eq!(
            choose(Some("xx"), Some("fa"), &b, &UI),
            "fa",
            "an unknown lang is ignored"
        );
        assert_eq!(choose(None, Some("FA"), &b, &UI), "fa");
        assert_eq!(choose(None, None, &b, &UI), "ar");
        assert_eq!(choose(None, None, &browser(&["de-DE", "sv"]), &UI), "en");
        assert_eq!(choose(None, None, &[], &UI), "en");
    }

    #[test]
    fn regional_and_related_tags_find_their_language() {
        assert_eq!(ui_language("nb-NO", &UI), Some("nb"));
        assert_eq!(ui_language("no", &UI), Some("nb"));
        assert_eq!(ui_language("nn-NO", &UI), Some("nb"));
        assert_eq!(ui_language("prs-AF", &UI), Some("fa"));
        assert_eq!(ui_language("fa_IR", &UI), Some("fa"));
        assert_eq!(ui_language("uk-UA", &UI), Some("uk"));
        assert_eq!(ui_language("ru-RU", &UI), None);
        assert_eq!(ui_language("", &UI), None);
        // The browser's second language counts when the first is not offered.
        assert_eq!(choose(None, None, &browser(&["ti-ER", "ar"]), &UI), "ar");
    }
}
