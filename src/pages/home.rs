//! `/`: what the directory is and for whom, and every country A–Z with its
//! counts, with a filter box.

use std::rc::Rc;

use directory_data::display::country_matches;
use directory_data::{CountryEntry, Index};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::page_focus::FocusHeading;
use leptos_router::components::A;

use crate::components::loaded::loaded;
use crate::components::offline_save::{OfflineSave, SaveScope};
use crate::dataset::load_index;
use crate::i18n::t;
use crate::intl;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text=move || t!(site_name).to_string() />
        <div class="page page--home">
            <h1>{t!(home_title)}</h1>
            <FocusHeading />
            <p class="lead">{t!(home_intro)}</p>
            <p>{t!(home_audience)}</p>
            <p>{t!(home_trust)}</p>
            <section aria-labelledby="countries-heading">
                <h2 id="countries-heading">{t!(countries_heading)}</h2>
                {loaded(|| (), |_| load_index(), |index| view! {
                    <OfflineSave index=index.clone() scope=SaveScope::All />
                    <CountryList index />
                })}
            </section>
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
    let Some(codes) = crate::live::take_written_order() else {
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

#[component]
fn CountryList(index: Rc<Index>) -> impl IntoView {
    let total = index.countries.len();
    let with_content = index.with_content().count();
    let countries = countries_in_order(&index);
    // The order, written into the page for the app that takes it over.
    let order = countries
        .iter()
        .map(|(c, _)| c.code.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    // The countries with entries first, so no one scrolls past 248 others.
    let featured = countries
        .iter()
        .filter(|(c, _)| c.content.is_some())
        .map(|(c, name)| view! { <CountryItem country=c.clone() name=name.clone() hidden=Signal::stored(false) /> })
        .collect_view();
    // Each country's names, folded once: in the UI language and the data's.
    let names: Vec<(Vec<String>, String)> = countries
        .iter()
        .map(|(c, name)| {
            let mut folded = vec![intl::fold(name)];
            let data = intl::fold(&c.name);
            if !folded.contains(&data) {
                folded.push(data);
            }
            (folded, c.code.clone())
        })
        .collect();
    let all = countries.clone();
    let query = RwSignal::new(String::new());
    // Which countries match, computed once per keystroke for every row and
    // the count. The rows are built once; the filter only hides them.
    let matches = Memo::new(move |_| {
        let folded = query.with(|q| intl::fold(q));
        names
            .iter()
            .map(|(names, code)| country_matches(names, code, &folded))
            .collect::<Vec<bool>>()
    });
    let shown_count =
        Memo::new(move |_| matches.with(|m| m.iter().filter(|&&shown| shown).count()));
    let rows = all
        .into_iter()
        .enumerate()
        .map(|(i, (country, name))| {
            let hidden = Signal::derive(move || matches.with(|m| !m[i]));
            view! { <CountryItem country name hidden /> }
        })
        .collect_view();
    view! {
        <p>{t!(countries_summary, with_content = with_content, total = total)}</p>
        <h3>{t!(countries_with_entries)}</h3>
        <ul class="country-list country-list--featured">{featured}</ul>
        <h3>{t!(countries_heading)} ", A–Z"</h3>
        <p>{t!(countries_missing_hint)}</p>
        <div class="filter">
            <label for="country-filter">{t!(filter_label)}</label>
            <p id="country-filter-hint" class="filter__hint">{t!(filter_hint)}</p>
            <input
                id="country-filter"
                type="search"
                autocomplete="off"
                aria-describedby="country-filter-hint"
                aria-controls="country-list"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <p class="filter__count" role="status" aria-live="polite">
                {move || {
                    let n = shown_count.get();
                    if n == 0 {
                        t!(filter_none).to_string()
                    } else {
                        t!(filter_count, count = n).to_string()
                    }
                }}
            </p>
        </div>
        <ul class="country-list country-list--all" id=crate::live::ORDER_ELEMENT_ID data-order=order>{rows}</ul>
    }
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
    let href = crate::embed::route(&format!("/countries/{slug}"));
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
