//! Which UI language to show: the address's `?lang=` first, then the
//! person's own choice saved on the device, then the browser's languages,
//! then English.

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

/// The query string (`?…`, or empty) with `lang` set to `lang`, every
/// other pair kept in its place (`lang` last when it was not there).
pub fn with_lang(query: &str, lang: &str) -> String {
    let mut pairs = crate::filter::query_pairs(query);
    match pairs.iter_mut().find(|(k, _)| k == "lang") {
        Some(pair) => pair.1 = lang.to_string(),
        None => pairs.push(("lang".to_string(), lang.to_string())),
    }
    crate::filter::query_string(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The `lang` of a query string, if any.
pub fn lang_of(query: &str) -> Option<String> {
    crate::filter::query_pairs(query)
        .into_iter()
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions() {
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("fa-AF"), "rtl");
        for code in ["en", "nb", "uk"] {
            assert_eq!(direction(code), "ltr", "{code}");
        }
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
