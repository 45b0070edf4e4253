//! The filters of the search and country pages (category, service,
//! language, city, open now), as they travel in the address, and the count
//! of organisations each choice would show.

use crate::model::vocabulary::{Category, Service};
use crate::search::SearchOrg;
use crate::url::query_pairs;

/// The query-string keys the filters use (with `q`, the search words).
pub const KEYS: [&str; 6] = ["q", "category", "service", "language", "city", "open"];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub category: Option<Category>,
    pub service: Option<Service>,
    /// A BCP 47 tag, as in the data.
    pub language: Option<String>,
    /// A city, as written in the data.
    pub city: Option<String>,
    pub open_now: bool,
}

/// The search words in a query string (`q`), trimmed and at most
/// [`MAX_QUERY_CHARS`] characters.
pub fn search_words(query: &str) -> String {
    query_pairs(query)
        .into_iter()
        .find(|(k, _)| k == "q")
        .map(|(_, v)| v.trim().chars().take(MAX_QUERY_CHARS).collect())
        .unwrap_or_default()
}

/// Longer queries are cut: nobody types more, and a pasted essay must not
/// make every keystroke slow.
pub const MAX_QUERY_CHARS: usize = 200;

impl Filters {
    /// Reads the filters from a query string. Unknown values are ignored;
    /// for a repeated key the first valid value counts.
    pub fn from_query(query: &str) -> Self {
        let mut f = Filters::default();
        for (key, value) in query_pairs(query) {
            let value = value.trim();
            match key.as_str() {
                "category" if f.category.is_none() => {
                    f.category = Category::ALL.iter().copied().find(|c| c.as_str() == value)
                }
                "service" if f.service.is_none() => {
                    f.service = Service::ALL.iter().copied().find(|s| s.as_str() == value)
                }
                "language" if f.language.is_none() && is_language_tag(value) => {
                    // Counted by primary language: `sr-Latn` and `AR` are `sr` and `ar`.
                    let primary = value.split('-').next().unwrap_or(value);
                    f.language = Some(primary.to_ascii_lowercase())
                }
                "city" if f.city.is_none() && !value.is_empty() && value.len() <= 100 => {
                    f.city = Some(value.to_string())
                }
                "open" => f.open_now |= value == "1",
                _ => {}
            }
        }
        f
    }

    /// The filters as query pairs, in [`KEYS`] order.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(c) = self.category {
            out.push(("category", c.as_str().to_string()));
        }
        if let Some(s) = self.service {
            out.push(("service", s.as_str().to_string()));
        }
        if let Some(l) = &self.language {
            out.push(("language", l.clone()));
        }
        if let Some(c) = &self.city {
            out.push(("city", c.clone()));
        }
        if self.open_now {
            out.push(("open", "1".to_string()));
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// How many filters are set ("Filters (2 active)").
    pub fn active_count(&self) -> usize {
        [
            self.category.is_some(),
            self.service.is_some(),
            self.language.is_some(),
            self.city.is_some(),
            self.open_now,
        ]
        .into_iter()
        .filter(|set| *set)
        .count()
    }

    /// Whether `org` passes every filter; `open` says whether it is open now.
    pub fn matches(&self, org: &SearchOrg, open: bool) -> bool {
        let m = self.each(org, open);
        m.iter().all(|x| *x)
    }

    /// Whether `org` passes each filter: category, service, language, city,
    /// open now.
    fn each(&self, org: &SearchOrg, open: bool) -> [bool; 5] {
        [
            self.category.is_none_or(|c| org.categories.contains(&c)),
            self.service.is_none_or(|s| org.services.contains(&s)),
            self.language
                .as_ref()
                .is_none_or(|l| org.languages.iter().any(|x| same_language(x, l))),
            self.city.as_ref().is_none_or(|c| org.cities.contains(c)),
            !self.open_now || open,
        ]
    }
}

/// `no` matches `no`, and `sr` matches `sr-Latn` (a tag and its subtags).
fn same_language(tag: &str, wanted: &str) -> bool {
    tag.eq_ignore_ascii_case(wanted)
        || tag
            .split('-')
            .next()
            .is_some_and(|primary| primary.eq_ignore_ascii_case(wanted))
}

fn is_language_tag(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 35
        && s.split('-').all(|part| {
            !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// For each filter, its choices with the number of organisations each would
/// show, given the other filters (and the search words, by the caller
/// passing only the organisations that match them). Only choices that show
/// something, and the current choice, are listed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub categories: Vec<(Category, usize)>,
    pub services: Vec<(Service, usize)>,
    /// By primary language subtag, sorted by tag (the app sorts by name).
    pub languages: Vec<(String, usize)>,
    /// Sorted by name.
    pub cities: Vec<(String, usize)>,
    /// How many are open now (with the other filters).
    pub open_now: usize,
    /// How many pass every filter.
    pub total: usize,
}

impl Facets {
    /// Counts over `orgs`, each with whether it is open now.
    pub fn count<'a>(
        orgs: impl IntoIterator<Item = (&'a SearchOrg, bool)>,
        filters: &Filters,
    ) -> Self {
        use std::collections::HashMap;
        let mut f = Facets::default();
        // Counted in maps: with thousands of cities a list would be slow.
        // (u32, as the search's vocabulary: one map type in the app.)
        let mut languages: HashMap<&str, u32> = HashMap::new();
        let mut cities: HashMap<&str, u32> = HashMap::new();
        let mut categories = vec![0usize; Category::ALL.len()];
        let mut services = vec![0usize; Service::ALL.len()];
        for (org, open) in orgs {
            let m = filters.each(org, open);
            // Passes every filter except possibly the one at `skip`.
            let others = |skip: usize| m.iter().enumerate().all(|(i, x)| i == skip || *x);
            if others(0) {
                for c in &org.categories {
                    categories[Category::ALL.iter().position(|x| x == c).unwrap_or(0)] += 1;
                }
            }
            if others(1) {
                for s in &org.services {
                    services[Service::ALL.iter().position(|x| x == s).unwrap_or(0)] += 1;
                }
            }
            if others(2) {
                let mut seen: Vec<&str> = Vec::new();
                for tag in &org.languages {
                    let primary = tag.split('-').next().unwrap_or(tag);
                    if !seen.contains(&primary) {
                        seen.push(primary);
                        *languages.entry(primary).or_default() += 1;
                    }
                }
            }
            if others(3) {
                for city in &org.cities {
                    *cities.entry(city.as_str()).or_default() += 1;
                }
            }
            if others(4) && open {
                f.open_now += 1;
            }
            if others(usize::MAX) {
                f.total += 1;
            }
        }
        f.categories = Category::ALL
            .iter()
            .zip(categories)
            .filter(|(c, n)| *n > 0 || filters.category == Some(**c))
            .map(|(c, n)| (*c, n))
            .collect();
        f.services = Service::ALL
            .iter()
            .zip(services)
            .filter(|(s, n)| *n > 0 || filters.service == Some(**s))
            .map(|(s, n)| (*s, n))
            .collect();
        f.languages = languages
            .into_iter()
            .map(|(k, n)| (k.to_string(), n as usize))
            .collect();
        f.cities = cities
            .into_iter()
            .map(|(k, n)| (k.to_string(), n as usize))
            .collect();
        for (list, chosen) in [
            (&mut f.languages, &filters.language),
            (&mut f.cities, &filters.city),
        ] {
            if let Some(chosen) = chosen
                && !list.iter().any(|(k, _)| k == chosen)
            {
                list.push((chosen.clone(), 0));
            }
            crate::sort::sort(list);
        }
        f
    }
}

/// At most `n` choices of `list`: those with the most organisations (and
/// `chosen`, always), in `list`'s order. A city list of thousands is no use
/// in a menu; the search words find any city.
pub fn most_common(
    list: &[(String, usize)],
    n: usize,
    chosen: Option<&str>,
) -> Vec<(String, usize)> {
    if n == 0 {
        return list
            .iter()
            .filter(|(k, _)| Some(k.as_str()) == chosen)
            .cloned()
            .collect();
    }
    if list.len() <= n {
        return list.to_vec();
    }
    let mut by_count: Vec<&(String, usize)> = list.iter().collect();
    crate::sort::sort_with(&mut by_count, |a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
    });
    let cut = by_count[n - 1].1;
    list.iter()
        .filter(|(k, count)| {
            Some(k.as_str()) == chosen
                || *count > cut
                || (*count == cut && by_count[..n].iter().any(|x| x.0 == *k))
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::query_string;

    #[test]
    fn active_filters_are_counted() {
        assert_eq!(Filters::default().active_count(), 0);
        let f = Filters::from_query("?category=legal_aid&open=1&city=Oslo");
        assert_eq!(f.active_count(), 3, "{f:?}");
        let f =
            Filters::from_query("?category=legal_aid&service=appeals&language=ar&city=Oslo&open=1");
        assert_eq!(f.active_count(), 5, "{f:?}");
    }

    #[test]
    fn reads_and_writes_the_address() {
        let f = Filters::from_query(
            "?q=x&category=legal_aid&service=asylum&language=ar&city=T%C3%B8nsberg&open=1&lang=en",
        );
        assert_eq!(f.category, Some(Category::LegalAid));
        assert_eq!(f.service, Some(Service::Asylum));
        assert_eq!(f.language.as_deref(), Some("ar"));
        assert_eq!(f.city.as_deref(), Some("Tønsberg"));
        assert!(f.open_now);
        let pairs = f.pairs();
        let query = query_string(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(
            query,
            "?category=legal_aid&service=asylum&language=ar&city=T%C3%B8nsberg&open=1"
        );
        assert_eq!(
            query_string([("q", "juss buss&x=1")]),
            "?q=juss%20buss%26x%3D1"
        );
        assert_eq!(Filters::from_query(&query), f);
    }

    #[test]
    fn ignores_what_it_does_not_know() {
        let f = Filters::from_query(
            "category=nope&service=<script>&language=a%20b&city=&open=yes&category=lgbtqi",
        );
        assert_eq!(
            f,
            Filters {
                category: Some(Category::Lgbtqi),
                ..Filters::default()
            }
        );
        assert!(Filters::from_query("").is_empty());
        assert_eq!(
            Filters::from_query(&format!("city={}", "x".repeat(101))).city,
            None
        );
    }

    #[test]
    fn search_words_are_decoded_trimmed_and_capped() {
        assert_eq!(search_words("?q=juss+buss&lang=en"), "juss buss");
        assert_eq!(search_words("q=%20asyls%C3%B8kere%20"), "asylsøkere");
        assert_eq!(search_words("lang=en"), "");
        assert_eq!(
            search_words(&format!("q={}", "a".repeat(500))).len(),
            MAX_QUERY_CHARS
        );
    }

    #[test]
    fn long_lists_keep_the_most_common_and_the_chosen() {
        let list: Vec<(String, usize)> = [("a", 1), ("b", 5), ("c", 2), ("d", 5), ("e", 1)]
            .iter()
            .map(|(k, n)| (k.to_string(), *n))
            .collect();
        let names = |l: Vec<(String, usize)>| l.into_iter().map(|(k, _)| k).collect::<Vec<_>>();
        assert_eq!(names(most_common(&list, 3, None)), ["b", "c", "d"]);
        assert_eq!(
            names(most_common(&list, 3, Some("e"))),
            ["b", "c", "d", "e"]
        );
        assert_eq!(names(most_common(&list, 2, None)), ["b", "d"]);
        assert_eq!(most_common(&list, 9, None), list);
        assert_eq!(names(most_common(&list, 0, Some("c"))), ["c"]);
    }

    fn org(
        id: &str,
        categories: &[Category],
        services: &[Service],
        languages: &[&str],
        cities: &[&str],
    ) -> SearchOrg {
        SearchOrg {
            id: id.to_string(),
            country: 0,
            name: id.to_string(),
            name_lang: None,
            local_name: None,
            local_name_lang: None,
            names: vec![id.to_string()],
            cities: cities.iter().map(|c| c.to_string()).collect(),
            places: Vec::new(),
            categories: categories.to_vec(),
            services: services.to_vec(),
            languages: languages.iter().map(|c| c.to_string()).collect(),
            words: String::new(),
            hours: Vec::new(),
        }
    }

    #[test]
    fn filters_combine_and_count_each_choice_with_the_others() {
        use Category::{LegalAid, Lgbtqi, OtherSupport};
        use Service::{Appeals, Asylum, Housing};
        let orgs = [
            org(
                "a",
                &[LegalAid],
                &[Asylum, Appeals],
                &["no", "en"],
                &["Oslo"],
            ),
            org("b", &[LegalAid, Lgbtqi], &[Asylum], &["ar"], &["Bergen"]),
            org(
                "c",
                &[OtherSupport],
                &[Housing],
                &["sr-Latn", "sr-Cyrl"],
                &["Oslo", "Bergen"],
            ),
        ];
        let open = [true, false, true];
        let with_open = || orgs.iter().zip(open);

        let none = Filters::default();
        let f = Facets::count(with_open(), &none);
        assert_eq!(f.total, 3);
        assert_eq!(
            f.categories,
            vec![(LegalAid, 2), (OtherSupport, 1), (Lgbtqi, 1)]
        );
        assert_eq!(f.services, vec![(Asylum, 2), (Appeals, 1), (Housing, 1)]);
        assert_eq!(
            f.languages,
            vec![
                ("ar".into(), 1),
                ("en".into(), 1),
                ("no".into(), 1),
                ("sr".into(), 1)
            ]
        );
        assert_eq!(f.cities, vec![("Bergen".into(), 2), ("Oslo".into(), 2)]);
        assert_eq!(f.open_now, 2);

        // Oslo: the city list still counts every city (given the others),
        // every other list only what is in Oslo.
        let oslo = Filters {
            city: Some("Oslo".into()),
            ..Filters::default()
        };
        let f = Facets::count(with_open(), &oslo);
        assert_eq!(f.total, 2);
        assert_eq!(f.cities, vec![("Bergen".into(), 2), ("Oslo".into(), 2)]);
        assert_eq!(f.services, vec![(Asylum, 1), (Appeals, 1), (Housing, 1)]);
        assert_eq!(f.open_now, 2);

        // Combined: asylum in Bergen, open now — none; the choices stay listed.
        let combined = Filters {
            service: Some(Asylum),
            city: Some("Bergen".into()),
            open_now: true,
            ..Filters::default()
        };
        let passing: Vec<&str> = with_open()
            .filter(|(o, open)| combined.matches(o, *open))
            .map(|(o, _)| o.id.as_str())
            .collect();
        assert!(passing.is_empty());
        let f = Facets::count(with_open(), &combined);
        assert_eq!(f.total, 0);
        assert_eq!(f.open_now, 0, "asylum in Bergen: b, which is closed");
        assert_eq!(f.services, vec![(Asylum, 0), (Housing, 1)]);
        assert_eq!(f.cities, vec![("Bergen".into(), 0), ("Oslo".into(), 1)]);

        // A subtag matches its language.
        let serbian = Filters {
            language: Some("sr".into()),
            ..Filters::default()
        };
        assert!(serbian.matches(&orgs[2], false) && !serbian.matches(&orgs[0], true));
        // A tag in the address counts as its language, whatever its case.
        for query in ["language=sr-Latn", "language=SR"] {
            assert_eq!(
                Filters::from_query(query).language.as_deref(),
                Some("sr"),
                "{query}"
            );
        }
        // A chosen value nobody has is still listed, with 0.
        let f = Facets::count(
            with_open(),
            &Filters {
                language: Some("fa".into()),
                ..Filters::default()
            },
        );
        assert!(f.languages.contains(&("fa".into(), 0)));
        assert_eq!(f.total, 0);
    }
}
