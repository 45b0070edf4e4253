//! `/organisations/{id}`: everything the dataset has about one organisation,
//! with its sources, status and the date it was last checked. Its parts
//! are in `organisation/`: `summary` (names, status, what it does),
//! `contact`, `offices`, `details` (hours, languages, activities,
//! verification).

mod contact;
mod details;
mod offices;
mod summary;

use std::rc::Rc;

use directory_data::{CountryEntry, CountryFile, Organisation};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use self::contact::contact_section;
use self::details::{activities_section, hours_section, languages_section, verification_section};
use self::offices::offices_section;
use self::summary::org_summary;
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::data_language::DataLanguageNote;
use crate::components::embed_this_page::EmbedThisPage;
use crate::components::loaded::loaded;
use crate::components::page_focus::FocusHeading;
use crate::components::share_page::SharePage;
use crate::pages::not_found::{Missing, NotFoundPage};
use crate::services::dataset::find_organisation;
use crate::services::i18n::t;
use crate::services::{intl, links};

#[component]
pub fn OrganisationPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    loaded(id, find_organisation, move |(_, found)| {
        let id = id();
        match found.and_then(|(entry, country)| {
            country
                .organisation(&id)
                .cloned()
                .map(|org| (entry, country, org))
        }) {
            Some((entry, country, org)) => {
                view! { <OrganisationContent entry country org /> }.into_any()
            }
            None => view! { <NotFoundPage missing=Missing::Organisation /> }.into_any(),
        }
    })
}

/// One of the page's sections, labelled by its heading (`heading_id`).
fn org_section(heading_id: &'static str, heading: String, content: impl IntoView) -> impl IntoView {
    view! {
        <section aria-labelledby=heading_id>
            <h2 id=heading_id>{heading}</h2>
            {content}
        </section>
    }
}

#[component]
fn OrganisationContent(
    entry: CountryEntry,
    country: Rc<CountryFile>,
    org: Organisation,
) -> impl IntoView {
    let partly_translated = org.translation(intl::ui_code()).is_some();
    // For search engines: schema.org JSON-LD of what is confirmed (a data
    // block, which the Content-Security-Policy does not treat as a script).
    let page_url = format!("{}/organisations/{}", links::origin(), org.id);
    let structured_data = directory_data::jsonld::organisation(&org, &country, &page_url);
    view! {
        <Title text=org.name.clone() />
        <Breadcrumbs crumbs=vec![
            (t!(breadcrumb_home).to_string(), Some("/".to_string())),
            (intl::country_name(&entry.code, &entry.name), Some(format!("/countries/{}", entry.slug))),
            (org.name.clone(), None),
        ] />
        <h1><bdi lang=org.name_language().to_string()>{org.name.clone()}</bdi></h1>
        <FocusHeading />
        <DataLanguageNote partly=partly_translated />
        <SharePage title=org.name.clone() />
        {org_summary(country.clone(), org.clone())}
        {contact_section(entry, country.clone(), org.clone())}
        {hours_section(country.clone(), org.clone())}
        {offices_section(country.clone(), org.clone())}
        {languages_section(org.clone())}
        {activities_section(org.clone())}
        {verification_section(country.clone(), org.clone())}
        <EmbedThisPage path=format!("/organisations/{}", org.id) />
        <script type="application/ld+json">{structured_data}</script>
    }
}
