//! Filters that live in the page's address (`?category=legal_aid&open=1`),
//! for the country and search pages: read from the address, and written
//! back by replacing the address (no history entry per click, no scroll),
//! so a filtered list can be shared, bookmarked and reloaded, and Back
//! leaves the page instead of undoing filters one by one.

use directory_data::filter::Filters;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use super::links;

/// The filters in the address, and the callback that writes new ones.
pub struct UrlFilters {
    pub filters: Memo<Filters>,
    pub set: Callback<Filters>,
}

/// The address of `path` (a site path, `/search`) with `kept` (pairs that
/// come first, such as the search words) and then `filters`: in the page's
/// language, and inside an embed with its options.
pub fn filtered_route(path: &str, kept: &[(&str, &str)], filters: &Filters) -> String {
    let pairs = filters.pairs();
    let mut all: Vec<(&str, &str)> = kept.to_vec();
    all.extend(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    links::route_with(path, &all)
}

/// Replaces the page's address with `url` (no history entry, no scroll).
pub fn use_replace_address() -> impl Fn(String) + Clone + 'static {
    let navigate = use_navigate();
    move |url: String| {
        navigate(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    }
}

/// The filters of the page at `path`. `words`: the search words, written
/// before the filters (`q=…`) when they change (read at that moment).
pub fn use_url_filters(path: String, words: Option<RwSignal<String>>) -> UrlFilters {
    let location = use_location();
    let filters = Memo::new(move |_| Filters::from_query(&location.search.get()));
    let replace = use_replace_address();
    let set = Callback::new(move |f: Filters| {
        let words = words.map(|w| w.get_untracked());
        let kept: Vec<(&str, &str)> = words.iter().map(|w| ("q", w.trim())).collect();
        replace(filtered_route(&path, &kept, &f));
    });
    UrlFilters { filters, set }
}
