//! `/`: what the directory is and for whom, and every country A–Z with its counts.

use std::rc::Rc;

use directory_data::{CountryEntry, Index};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::load_error::LoadErrorMessage;
use crate::dataset::load_index;
use crate::i18n::{t, t_string, use_i18n};

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let index = LocalResource::new(load_index);
    view! {
        <Title text=move || t_string!(i18n, site_name).to_string() />
        <div class="page page--home">
            <h1>{t!(i18n, home_title)}</h1>
            <p class="lead">{t!(i18n, home_intro)}</p>
            <p>{t!(i18n, home_audience)}</p>
            <p>{t!(i18n, home_trust)}</p>
            <section aria-labelledby="countries-heading">
                <h2 id="countries-heading">{t!(i18n, countries_heading)}</h2>
                <Suspense fallback=move || {
                    view! { <p role="status">{t!(i18n, loading)}</p> }
                }>
                    {move || {
                        index
                            .get()
                            .map(|loaded| match loaded {
                                Ok(index) => view! { <CountryList index /> }.into_any(),
                                Err(error) => {
                                    view! {
                                        <LoadErrorMessage error on_retry=move || index.refetch() />
                                    }
                                        .into_any()
                                }
                            })
                    }}
                </Suspense>
            </section>
        </div>
    }
}

/// Countries A–Z. Slugs are the names folded to ASCII ("Åland Islands" is
/// `aland-islands`), so sorting by slug puts Å with A, as English readers
/// expect. (Sorting for other languages comes with the translations.)
fn sorted_countries(index: &Index) -> Vec<CountryEntry> {
    let mut countries = index.countries.clone();
    countries.sort_by(|a, b| a.slug.cmp(&b.slug));
    countries
}

#[component]
fn CountryList(index: Rc<Index>) -> impl IntoView {
    let i18n = use_i18n();
    let total = index.countries.len();
    let with_content = index.with_content().count();
    let countries = sorted_countries(&index);
    view! {
        <p>{t!(i18n, countries_summary, with_content = with_content, total = total)}</p>
        <ul class="country-list">
            {countries
                .into_iter()
                .map(|country| view! { <CountryItem country /> })
                .collect_view()}
        </ul>
    }
}

#[component]
fn CountryItem(country: CountryEntry) -> impl IntoView {
    let i18n = use_i18n();
    let CountryEntry {
        code,
        name,
        content,
        ..
    } = country;
    let has_content = content.is_some();
    let details = match content {
        None => view! {
            <span class="country__none">{t!(i18n, country_no_content)}</span>
        }
        .into_any(),
        Some(content) => {
            let counts = content.organisations;
            let checked = content.last_verified.to_string();
            let datetime = checked.clone();
            view! {
                <span class="country__total">
                    {t!(i18n, organisations_count, count = move || counts.total)}
                </span>
                <ul class="country__counts">
                    <li>{t!(i18n, count_legal_aid, count = counts.legal_aid)}</li>
                    <li>{t!(i18n, count_other_support, count = counts.other_support)}</li>
                    <li>{t!(i18n, count_lgbtqi, count = counts.lgbtqi)}</li>
                </ul>
                <span class="country__checked">
                    {t!(i18n, last_checked)} " " <time datetime=datetime>{checked}</time>
                </span>
            }
            .into_any()
        }
    };
    view! {
        <li class="country" data-code=code class:country--has-content=has_content>
            <span class="country__name">{name}</span>
            {details}
        </li>
    }
}
