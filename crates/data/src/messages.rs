//! The UI messages' pure logic: filling in `{{ placeholders }}`, picking a
//! plural form and reading a language file (`locales/<code>.json`) into the
//! app's message slots. The app compiles English in and fetches any other
//! language's file before it shows a page.

use std::collections::BTreeMap;

/// CLDR plural categories, in the order a plural message's slots follow.
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The slot offset of a CLDR plural category (`Intl.PluralRules.select`'s
/// answer); anything unknown is `other`.
pub fn plural_offset(category: &str) -> usize {
    PLURAL_CATEGORIES
        .iter()
        .position(|c| *c == category)
        .unwrap_or(PLURAL_CATEGORIES.len() - 1)
}

/// English's plural category of `n` (CLDR: "one" for exactly 1).
pub fn english_plural(n: f64) -> &'static str {
    if n == 1.0 { "one" } else { "other" }
}

/// The text of a plural message: `own`, the interface language's six forms
/// (empty for English or a language file without this message), in the
/// form `category` (`Intl.PluralRules`) asks for, else its `other`; else
/// English's (`english`, six forms, empty where English has none) in
/// `english_category`, else English's `other`.
pub fn plural_template<'a>(
    own: &[Option<&'a str>],
    english: &[&'a str],
    category: &str,
    english_category: &str,
) -> &'a str {
    let other = PLURAL_CATEGORIES.len() - 1;
    let own_form = |i: usize| own.get(i).copied().flatten();
    let english_form = |i: usize| english.get(i).copied().filter(|t| !t.is_empty());
    own_form(plural_offset(category))
        .or_else(|| own_form(other))
        .or_else(|| english_form(plural_offset(english_category)))
        .or_else(|| english_form(other))
        .unwrap_or("")
}

/// `template` with every `{{ name }}` replaced by its value in `args`. A
/// placeholder with no value is left as written (the locale tests make
/// sure every language has English's placeholders, so this shows only a
/// mistake, never hides one).
pub fn interpolate(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else {
            break;
        };
        let name = rest[start + 2..start + len].trim();
        out.push_str(&rest[..start]);
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[start..start + len + 2]),
        }
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

/// A language file's messages in the app's slot order (`names`: each
/// slot's message name, as in `locales/en.json`); `None` where the file
/// has no such message (the app then shows English). Names the app does
/// not know are ignored: a file newer or older than the app still works.
pub fn slots_from_json(json: &str, names: &[&str]) -> Result<Vec<Option<String>>, String> {
    let mut messages: BTreeMap<String, String> =
        serde_json::from_str(json).map_err(|e| e.to_string())?;
    Ok(names
        .iter()
        .map(|name| messages.remove(*name).filter(|text| !text.is_empty()))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_in_every_placeholder_with_or_without_spaces() {
        assert_eq!(
            interpolate(
                "{{ with_content }} of {{total}} countries",
                &[("total", "249"), ("with_content", "1")]
            ),
            "1 of 249 countries"
        );
        assert_eq!(
            interpolate("{{ n }}{{ n }}", &[("n", "7")]),
            "77",
            "the same placeholder twice"
        );
    }

    #[test]
    fn leaves_unknown_and_unclosed_placeholders_as_written() {
        assert_eq!(interpolate("a {{ x }} b", &[]), "a {{ x }} b");
        assert_eq!(interpolate("a {{ x b", &[("x", "1")]), "a {{ x b");
        assert_eq!(
            interpolate("no placeholder", &[("x", "1")]),
            "no placeholder"
        );
    }

    #[test]
    fn keeps_text_around_placeholders_byte_for_byte() {
        // Arabic with isolates around the value, as ar.json has them.
        assert_eq!(
            interpolate(
                "المساعدة في \u{2068}{{ country }}\u{2069}",
                &[("country", "Norway")]
            ),
            "المساعدة في \u{2068}Norway\u{2069}"
        );
    }

    #[test]
    fn plural_offsets_follow_the_cldr_order() {
        assert_eq!(plural_offset("zero"), 0);
        assert_eq!(plural_offset("few"), 3);
        assert_eq!(plural_offset("other"), 5);
        assert_eq!(plural_offset("nonsense"), 5);
        assert_eq!(english_plural(1.0), "one");
        assert_eq!(english_plural(0.0), "other");
        assert_eq!(english_plural(2.0), "other");
    }

    #[test]
    fn plural_forms_fall_back_in_order() {
        let english = ["", "{{ count }} result", "", "", "", "{{ count }} results"];
        let arabic = [
            Some("zero"),
            Some("one"),
            Some("two"),
            Some("few"),
            Some("many"),
            Some("other"),
        ];
        assert_eq!(plural_template(&arabic, &english, "few", "other"), "few");
        assert_eq!(plural_template(&arabic, &english, "two", "other"), "two");
        // A form the file lacks: the language's other.
        let partial = [None, Some("one"), None, None, None, Some("other")];
        assert_eq!(plural_template(&partial, &english, "few", "other"), "other");
        // A message the file lacks: English, in English's own form.
        assert_eq!(
            plural_template(&[], &english, "few", "one"),
            "{{ count }} result"
        );
        assert_eq!(
            plural_template(&[None; 6], &english, "few", "other"),
            "{{ count }} results"
        );
        // English has no "few": its other.
        assert_eq!(
            plural_template(&[], &english, "", "few"),
            "{{ count }} results"
        );
    }

    #[test]
    fn reads_a_language_file_into_slots() {
        let slots = slots_from_json(
            r#"{"b": "Bee", "a": "Ay", "unknown": "x", "c": ""}"#,
            &["a", "b", "c", "d"],
        )
        .unwrap();
        assert_eq!(
            slots,
            vec![Some("Ay".into()), Some("Bee".into()), None, None]
        );
    }

    #[test]
    fn a_broken_language_file_is_an_error_not_a_panic() {
        assert!(slots_from_json("{\"a\": ", &["a"]).is_err());
        assert!(slots_from_json("[1, 2]", &["a"]).is_err());
        assert!(slots_from_json("{\"a\": 3}", &["a"]).is_err());
    }
}
