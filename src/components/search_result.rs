//! One organisation found by search: its names, where it is, what it helps
//! with and whether it is open now, linking to its page.

use directory_data::search::{SearchCountry, SearchOrg};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::name_list::NameList;
use crate::components::opening_hours::HoursNow;
use crate::services::i18n::t;
use crate::services::labels;

/// How many services a result shows.
const RESULT_SERVICES: usize = 4;

#[component]
pub fn SearchResult(org: SearchOrg, country: Option<SearchCountry>) -> impl IntoView {
    let href = crate::services::links::route(&format!("/organisations/{}", org.id));
    let in_country = country.as_ref().map(|c| {
        let name = crate::services::intl::country_name(&c.code, &c.name);
        t!(search_in, country = name).to_string()
    });
    let cities = (!org.cities.is_empty()).then(|| {
        let between = in_country.is_some().then_some(" · ");
        view! { {between} <NameList names=org.cities.clone() separator=t!(sep_comma).to_string() /> }
    });
    let categories: Vec<String> = org
        .categories
        .iter()
        .map(|c| labels::category(*c))
        .collect();
    let services: Vec<String> = org
        .services
        .iter()
        .take(RESULT_SERVICES)
        .map(|s| labels::service(*s))
        .collect();
    let time_zone = country.map(|c| c.time_zone).unwrap_or_default();
    view! {
        <article class="org-card result">
            <h2 class="org-card__name"><A href=href><bdi lang=org.name_lang.clone().unwrap_or_else(|| crate::services::dataset::DATA_LANG.to_string())>{org.name.clone()}</bdi></A></h2>
            {org.local_name.clone().map(|n| view! { <p class="org-card__local"><bdi lang=org.local_name_lang.clone()>{n}</bdi></p> })}
            <p class="result__place">{in_country} {cities}</p>
            <p class="org-card__tags">
                {categories.into_iter().map(|c| view! { <span class="tag">{c}</span> " " }).collect_view()}
            </p>
            {(!services.is_empty()).then(|| view! {
                <p><strong>{t!(helps_with)} {t!(sep_colon)}</strong>{crate::services::intl::list(&services)}</p>
            })}
            <HoursNow hours=org.hours.clone() time_zone />
        </article>
    }
}
