//! `/`: a country picker first (type to filter; the countries with entries
//! above the rest), then what the directory is and for whom, then every
//! country A–Z with its counts.

use std::rc::Rc;

use directory_data::country_picker::country_matches;
use directory_data::{CountryEntry, Index};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::components::loaded::loaded;
use crate::components::offline_save::{OfflineSave, SaveScope};
use crate::components::page_focus::FocusHeading;
use crate::services::dataset::load_index;
use crate::services::i18n::t;
use crate::services::intl;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text=move || t!(site_name).to_string() />
        <div class="page page--home">
            <h1>{t!(home_title)}</h1>
            <FocusHeading />
            <p class="lead">{t!(home_intro)}</p>
            {loaded(|| (), |_| load_index(), |index| view! { <HomeContent index /> })}
        </div>
    }
}

/// Countries A–Z, each with its name in the UI language (the dataset's in
/// English). English sorts by slug (the names folded to ASCII, so "Åland
/// Islands" is with A); other languages as their `Intl.Collator` sorts.
fn sorted_countries(index: &Index) -> Vec<(CountryEntry, String)> {
    let mut countries: Vec<(CountryEntry, String)> = index
        .countries
        .iter()
        .map(|c| (c.clone(), intl::country_name(&c.code, &c.name)))
        .collect();
    if intl::locale().starts_with("en") {
        directory_data::sort::sort_with(&mut countries, |a, b| a.0.slug.cmp(&b.0.slug));
    } else {
        intl::sort_by_name(&mut countries, |(_, name)| name.as_str());
    }
    countries
}

/// The countries in the order a written page has them (when the app takes
/// that page over and it names them all), else sorted afresh.
fn countries_in_order(index: &Index) -> Vec<(CountryEntry, String)> {
    let sorted = sorted_countries(index);
    let Some(codes) = crate::services::live::take_written_order() else {
        return sorted;
    };
    let position = |code: &str| codes.iter().position(|c| c == code);
    if codes.len() != sorted.len() || sorted.iter().any(|(c, _)| position(&c.code).is_none()) {
        return sorted;
    }
    let mut written = sorted;
    directory_data::sort::sort_with(&mut written, |a, b| {
        position(&a.0.code).cmp(&position(&b.0.code))
    });
    written
}

/// Each country's names folded once for the picker: in the UI language and,
/// where it differs, the data's (English).
fn folded_names(countries: &[(CountryEntry, String)]) -> Vec<Vec<String>> {
    countries
        .iter()
        .map(|(c, name)| {
            let mut folded = vec![intl::fold(name)];
            let data = intl::fold(&c.name);
            if !folded.contains(&data) {
                folded.push(data);
            }
            folded
        })
        .collect()
}

/// The picker, the countries with entries, the page's introduction and the
/// A–Z list. Typing filters both lists (the rows are built once and only
/// hidden) and folds the introduction away, so that the matches stand
/// together; Enter opens the first match, a country with entries first.
#[component]
fn HomeContent(index: Rc<Index>) -> impl IntoView {
    let total = index.countries.len();
    let with_content = index.with_content().count();
    let countries = countries_in_order(&index);
    let names = folded_names(&countries);
    let codes: Vec<String> = countries.iter().map(|(c, _)| c.code.clone()).collect();
    let query = RwSignal::new(String::new());
    // The field is the app's only writer of the words, so it is left
    // uncontrolled: what someone typed before the app took the page over
    // stays, and is filtered by as soon as the app runs.
    let field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = field.get() {
            let typed = input.value();
            if !typed.is_empty() {
                query.set(typed);
            }
        }
    });
    // Which countries match, once per keystroke for every row and the count.
    let matches = Memo::new(move |_| {
        let folded = query.with(|q| intl::fold(q));
        names
            .iter()
            .zip(&codes)
            .map(|(names, code)| country_matches(names, code, &folded))
            .collect::<Vec<bool>>()
    });
    let shown = move |i: usize| matches.with(|m| m[i]);
    let typing = Memo::new(move |_| query.with(|q| !q.trim().is_empty()));
    // Where Enter leads: the first match with entries, else the first match.
    let slugs: Vec<String> = countries.iter().map(|(c, _)| c.slug.clone()).collect();
    let has_content: Vec<bool> = countries.iter().map(|(c, _)| c.content.is_some()).collect();
    let first_match = move || {
        matches.with(|m| {
            directory_data::country_picker::first_match(m, &has_content).map(|i| slugs[i].clone())
        })
    };
    let navigate = use_navigate();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Enter" || !typing.get_untracked() {
            return;
        }
        if let Some(slug) = first_match() {
            ev.prevent_default();
            navigate(
                &crate::services::links::route(&format!("/countries/{slug}")),
                Default::default(),
            );
        }
    };
    let featured: Vec<usize> = (0..countries.len())
        .filter(|&i| countries[i].0.content.is_some())
        .collect();
    let featured_shown = {
        let featured = featured.clone();
        Memo::new(move |_| featured.iter().any(|&i| shown(i)))
    };
    let featured_rows = featured
        .iter()
        .map(|&i| {
            let (country, name) = countries[i].clone();
            view! { <CountryItem country name hidden=Signal::derive(move || !shown(i)) /> }
        })
        .collect_view();
    // The order, written into the page for the app that takes it over.
    let order = codes_joined(&countries);
    let rows = countries
        .into_iter()
        .enumerate()
        .map(|(i, (country, name))| {
            view! { <CountryItem country name hidden=Signal::derive(move || !shown(i)) /> }
        })
        .collect_view();
    let shown_count = Memo::new(move |_| matches.with(|m| m.iter().filter(|&&s| s).count()));
    view! {
        <section class="picker" aria-labelledby="countries-heading">
            <h2 id="countries-heading" class="picker__heading">
                <label for="country-filter">{t!(filter_label)}</label>
            </h2>
            <div class="filter">
                <p id="country-filter-hint" class="filter__hint">{t!(filter_hint)}</p>
                <input
                    id="country-filter"
                    type="search"
                    autocomplete="off"
                    enterkeyhint="go"
                    aria-describedby="country-filter-hint"
                    aria-controls="country-list-featured country-list"
                    node_ref=field
                    on:input=move |ev| query.set(event_target_value(&ev))
                    on:keydown=on_keydown
                />
                <p class="filter__count" role="status" aria-live="polite">
                    {move || match shown_count.get() {
                        0 => t!(filter_none).to_string(),
                        n => t!(filter_count, count = n).to_string(),
                    }}
                </p>
            </div>
            <div class="picker__featured" hidden=move || !featured_shown.get()>
                <h3>{t!(countries_with_entries)}</h3>
                <p>{t!(countries_summary, with_content = with_content, total = total)}</p>
                <ul class="country-list country-list--featured" id="country-list-featured">{featured_rows}</ul>
            </div>
        </section>
        <section class="home-about" aria-labelledby="about-heading" hidden=move || typing.get()>
            <h2 id="about-heading">{t!(home_about_heading)}</h2>
            <p>{t!(home_audience)}</p>
            <p>{t!(home_trust)}</p>
            <OfflineSave index=index.clone() scope=SaveScope::All />
        </section>
        // With no match, no A–Z heading over an empty list: the status line
        // above says that nothing matches.
        <section aria-labelledby="all-countries-heading" hidden=move || shown_count.get() == 0>
            <h2 id="all-countries-heading">{t!(countries_heading)} ", A–Z"</h2>
            <p hidden=move || typing.get()>{t!(countries_missing_hint)}</p>
            <ul class="country-list country-list--all" id=crate::services::live::ORDER_ELEMENT_ID data-order=order>{rows}</ul>
        </section>
    }
}

fn codes_joined(countries: &[(CountryEntry, String)]) -> String {
    countries
        .iter()
        .map(|(c, _)| c.code.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

#[component]
fn CountryItem(country: CountryEntry, name: String, hidden: Signal<bool>) -> impl IntoView {
    let CountryEntry {
        code,
        slug,
        content,
        ..
    } = country;
    let has_content = content.is_some();
    let href = crate::services::links::route(&format!("/countries/{slug}"));
    let details = match content {
        None => view! { <span class="country__none">{t!(country_no_content)}</span> }.into_any(),
        Some(content) => {
            let counts = content.organisations;
            let checked = intl::format_date(content.last_verified.into(), &intl::locale());
            let datetime = content.last_verified.to_string();
            view! {
                <span class="country__total">
                    {t!(organisations_count, count = counts.total)}
                </span>
                <ul class="country__counts">
                    <li>{t!(count_legal_aid, count = counts.legal_aid)}</li>
                    <li>{t!(count_other_support, count = counts.other_support)}</li>
                    <li>{t!(count_lgbtqi, count = counts.lgbtqi)}</li>
                </ul>
                {(counts.total < counts.legal_aid + counts.other_support + counts.lgbtqi).then(|| view! {
                    <span class="country__note">{t!(counts_overlap)}</span>
                })}
                <span class="country__checked">
                    {t!(last_checked)} " " <time datetime=datetime>{checked}</time>
                </span>
            }
                .into_any()
        }
    };
    view! {
        <li class="country" data-code=code class:country--has-content=has_content hidden=move || hidden.get()>
            <A href=href attr:class="country__name"><bdi>{name}</bdi></A>
            {details}
        </li>
    }
}
