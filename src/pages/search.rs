//! `/search?q=…`: organisations in every country, found by name, city,
//! country, kind of help or description, with filters. The words and
//! filters live in the address: typing or choosing a filter replaces the
//! history entry (Back leaves the search), results follow as the person
//! types, and their number is announced. Focus stays where it is.

use std::rc::Rc;

use directory_data::filter::{Facets, Filters, search_words};
use directory_data::hours;
use directory_data::model::vocabulary::Service;
use directory_data::search::{Hit, Query, SearchIndex, Searcher};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::loaded::loaded;
use crate::components::org_filters::OrgFilters;
use crate::components::page_focus::FocusHeading;
use crate::components::search_result::SearchResult;
use crate::services::dataset::load_search_index;
use crate::services::i18n::t;
use crate::services::url_filters::{
    UrlFilters, filtered_route, use_replace_address, use_url_filters,
};
use crate::services::{intl, labels};

/// How long typing must pause before the results and the address follow.
const DEBOUNCE_MS: u64 = 200;

/// Results shown at first, and added by "Show more".
const PAGE_SIZE: usize = 50;

/// The address of a search.
fn search_url(words: &str, filters: &Filters) -> String {
    filtered_route("/search", &[("q", words)], filters)
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let location = use_location();
    let words = Memo::new(move |_| search_words(&location.search.get()));
    let text = RwSignal::new(words.get_untracked());
    let UrlFilters {
        filters,
        set: set_filters,
    } = use_url_filters("/search".to_string(), Some(text));
    // Back and Forward: the box follows the address (not while typing
    // ahead of it).
    Effect::new(move |_| {
        let w = words.get();
        if text.with_untracked(|t| t.trim() != w) {
            text.set(w);
        }
    });

    let (on_input, on_submit, on_keydown) = typing(text, filters);

    // From the address itself, not `words`: at build time the title is
    // read after the page's own values are gone.
    let title = move || {
        let w = search_words(&location.search.get());
        if w.is_empty() {
            t!(search_title).to_string()
        } else {
            t!(search_title_words, words = w).to_string()
        }
    };
    view! {
        <Title text=title />
        <Breadcrumbs crumbs=vec![
            (t!(breadcrumb_home).to_string(), Some("/".to_string())),
            (t!(search_title).to_string(), None),
        ] />
        <h1>{t!(search_title)}</h1>
        <FocusHeading />
        // Shown only where the page's first script did not run (see
        // `.search-needs-js` in the styles): without the app there are no
        // results, and every page is reachable from the list of countries.
        <p class="search-needs-js">
            {t!(search_needs_js)} " "
            <a href=crate::services::links::route("/")>{t!(search_needs_js_link)}</a>
        </p>
        <form class="search-form" role="search" method="get" action=crate::services::links::route("/search") on:submit=on_submit>
            <label for="search-words">{t!(search_page_label)}</label>
            <p id="search-hint" class="filter__hint">{t!(search_hint)}</p>
            <div class="search-form__row">
                <input
                    id="search-words"
                    type="search"
                    name="q"
                    autocomplete="off"
                    enterkeyhint="search"
                    maxlength=directory_data::filter::MAX_QUERY_CHARS
                    aria-describedby="search-hint"
                    aria-controls="search-results"
                    prop:value=move || text.get()
                    on:input=on_input
                    on:keydown=on_keydown
                />
                // Results follow typing; the button is for those who expect
                // one, and submits the form where the app is not running.
                <button type="submit">{t!(search_button)}</button>
            </div>
        </form>
        {loaded(|| (), |_| load_search_index(), move |index| view! {
            <SearchResults index words=words.into() filters=filters.into() set_filters />
        })}
    }
}

/// Focuses the `n`th result's link; false if there is none.
fn focus_result(n: usize) -> bool {
    let links = document()
        .query_selector_all("#search-results .org-card__name a")
        .ok();
    links
        .and_then(|l| l.item(n as u32))
        .and_then(|node| node.dyn_into::<leptos::web_sys::HtmlElement>().ok())
        .is_some_and(|link| link.focus().is_ok())
}

/// Arrow keys move between results (and from the first back to the box).
fn on_results_keydown(ev: leptos::ev::KeyboardEvent) {
    let step: i64 = match ev.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    let Some(links) = document()
        .query_selector_all("#search-results .org-card__name a")
        .ok()
    else {
        return;
    };
    let active = document().active_element();
    let current = (0..links.length()).find(|i| {
        links
            .item(*i)
            .zip(active.as_ref())
            .is_some_and(|(node, active)| node.is_same_node(Some(active)))
    });
    let Some(current) = current else { return };
    ev.prevent_default();
    let next = i64::from(current) + step;
    if next < 0 {
        if let Some(input) = document()
            .get_element_by_id("search-words")
            .and_then(|el| el.dyn_into::<leptos::web_sys::HtmlElement>().ok())
        {
            let _ = input.focus();
        }
    } else {
        focus_result(next as usize);
    }
}

#[component]
fn SearchResults(
    index: Rc<SearchIndex>,
    words: Signal<String>,
    filters: Signal<Filters>,
    set_filters: Callback<Filters>,
) -> impl IntoView {
    let service_names = service_names();
    let open_now = open_now(index.clone());
    let searcher = StoredValue::new_local(Searcher::new(&index.organisations));
    let idx = StoredValue::new_local(index.clone());
    let hits = Memo::new(move |_| {
        let folded = intl::fold(&words.get());
        idx.with_value(|index| {
            searcher.with_value(|searcher| {
                Query::new(&folded, &service_names).run_with(
                    searcher,
                    &index.organisations,
                    &index.countries,
                )
            })
        })
    });
    let facets = Memo::new(move |_| {
        let f = filters.get();
        hits.with(|hits| {
            idx.with_value(|index| {
                open_now.with(|open| {
                    Facets::count(
                        hits.iter()
                            .map(|h| (&index.organisations[h.position], open[h.position])),
                        &f,
                    )
                })
            })
        })
    });
    let found = Memo::new(move |_| {
        let f = filters.get();
        hits.with(|hits| {
            idx.with_value(|index| {
                open_now.with(|open| {
                    hits.iter()
                        .filter(|h| f.matches(&index.organisations[h.position], open[h.position]))
                        .copied()
                        .collect::<Vec<Hit>>()
                })
            })
        })
    });
    let shown = RwSignal::new(PAGE_SIZE);
    // A new search starts from the top of its results.
    Effect::new(move |_| {
        found.track();
        shown.set(PAGE_SIZE);
    });
    let count_text = move || {
        let n = found.with(Vec::len);
        if n == 0 {
            t!(search_none).to_string()
        } else {
            t!(search_count, count = n).to_string()
        }
    };
    let results = move || {
        let limit = shown.get();
        found.with(|found| {
            idx.with_value(|index| {
                found
                    .iter()
                    .take(limit)
                    .map(|h| {
                        let org = index.organisations[h.position].clone();
                        let country = index.countries.get(org.country).cloned();
                        view! { <li><SearchResult org country /></li> }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <OrgFilters facets=facets.into() filters on_change=set_filters id="search-filter" />
        <p class="search-count" role="status" aria-live="polite" aria-atomic="true">{count_text}</p>
        <ol class="org-list search-results" id="search-results" on:keydown=on_results_keydown>
            {results}
        </ol>
        {move || more_button(found, shown)}
    }
}

/// Each service's name in the visitor's language and in English, folded
/// (people who read the page in Arabic may still type "housing").
fn service_names() -> Vec<(Service, String)> {
    let mut names: Vec<(Service, String)> = Vec::new();
    for s in Service::ALL {
        for name in [labels::service(*s), labels::service_english(*s)] {
            let folded = intl::fold(&name);
            if !names.contains(&(*s, folded.clone())) {
                names.push((*s, folded));
            }
        }
    }
    names
}

/// Whether each organisation is open now: one clock reading per time
/// zone, once the page is live (the clock is not read at build time);
/// nothing is open before.
fn open_now(index: Rc<SearchIndex>) -> Memo<Vec<bool>> {
    let clock_index = StoredValue::new_local(index);
    Memo::new(move |_| {
        let live = crate::services::live::is_live();
        clock_index.with_value(|index| {
            let mut zones: std::collections::HashMap<&str, Option<_>> =
                std::collections::HashMap::new();
            let nows: Vec<_> = index
                .countries
                .iter()
                .map(|c| {
                    *zones
                        .entry(c.time_zone.as_str())
                        .or_insert_with(|| live.then(|| intl::now_in(&c.time_zone)).flatten())
                })
                .collect();
            index
                .organisations
                .iter()
                .map(|o| {
                    nows.get(o.country)
                        .copied()
                        .flatten()
                        .is_some_and(|now| hours::is_open(&o.hours, now))
                })
                .collect::<Vec<bool>>()
        })
    })
}

/// "Showing 50 of 120" and "Show more", while there are more.
fn more_button(found: Memo<Vec<Hit>>, shown: RwSignal<usize>) -> impl IntoView {
    let total = found.with(Vec::len);
    let limit = shown.get();
    (total > limit).then(|| {
        view! {
            <p class="search-more">
                {t!(search_shown, shown = limit, total = total)} " "
                <button
                    type="button"
                    on:click=move |_| {
                        // Focus goes to the first result added (this
                        // button may go away).
                        let first_new = shown.get_untracked();
                        shown.update(|s| *s += PAGE_SIZE);
                        request_animation_frame(move || {
                            focus_result(first_new);
                        });
                    }
                >
                    {t!(search_more)}
                </button>
            </p>
        }
    })
}

/// Typing in the search box: the results and the address follow once
/// typing pauses ([`DEBOUNCE_MS`]); the button or Enter at once; Arrow down
/// goes to the first result. Returns the box's input, the form's submit
/// and the box's keydown handlers.
fn typing(
    text: RwSignal<String>,
    filters: Memo<Filters>,
) -> (
    impl Fn(leptos::ev::Event) + 'static,
    impl Fn(leptos::ev::SubmitEvent) + 'static,
    impl Fn(leptos::ev::KeyboardEvent) + 'static,
) {
    let replace = use_replace_address();
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // Leaving the page within the pause: the waiting update is dropped (it
    // would otherwise bring the visitor back to the search).
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });
    let update_now = {
        let replace = replace.clone();
        move || {
            if let Some(handle) = pending.try_get_value().flatten() {
                handle.clear();
            }
            let _ = pending.try_set_value(None);
            let (Some(words), Some(filters)) =
                (text.try_get_untracked(), filters.try_get_untracked())
            else {
                return;
            };
            replace(search_url(words.trim(), &filters));
        }
    };
    let on_input = {
        let update_now = update_now.clone();
        move |ev: leptos::ev::Event| {
            text.set(event_target_value(&ev));
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let update_now = update_now.clone();
            let handle =
                set_timeout_with_handle(update_now, std::time::Duration::from_millis(DEBOUNCE_MS))
                    .ok();
            pending.set_value(handle);
        }
    };
    let on_submit = {
        let update_now = update_now.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            update_now();
        }
    };
    // Arrow down from the box goes to the first result (of what is typed:
    // a waiting update is made first, and focus follows once it is shown).
    let on_keydown = {
        let update_now = update_now.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() != "ArrowDown" {
                return;
            }
            ev.prevent_default();
            if pending.get_value().is_some() {
                update_now();
                request_animation_frame(|| {
                    focus_result(0);
                });
            } else {
                focus_result(0);
            }
        }
    };
    (on_input, on_submit, on_keydown)
}
