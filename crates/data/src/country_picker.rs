//! The home page's "Find a country": which countries a typed name matches,
//! and which one Enter opens.

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
