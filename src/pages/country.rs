//! `/countries/{slug}`: in the order of the source page — on this page,
//! links to the LGBTQI+ and COI pages, refugee protection, legal aid
//! organisations, other support, where the content comes from, the notice,
//! and how to suggest a resource or report an error. The sections are in
//! `country/`: `protection`, `organisations` (the lists and their
//! filters), `about` (with the suggestion links).

mod about;
mod organisations;
mod protection;

use std::rc::Rc;

use directory_data::embed::Section;
use directory_data::model::vocabulary::Category;
use directory_data::{CountryEntry, CountryFile, Index};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use self::about::{SuggestSection, about_section, can_suggest};
use self::organisations::organisation_lists;
use self::protection::protection_section;
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::data_language::DataLanguageNote;
use crate::components::embed_this_page::EmbedThisPage;
use crate::components::help_now::HelpNow;
use crate::components::loaded::loaded;
use crate::components::offline_save::{OfflineSave, SaveScope};
use crate::components::page_focus::FocusHeading;
use crate::components::page_section::OnThisPage;
use crate::pages::not_found::{Missing, NotFoundPage};
use crate::services::dataset::{CountryLookup, load_country_by_slug};
use crate::services::i18n::t;
use crate::services::{embed, intl, links};

#[component]
pub fn CountryPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    loaded(slug, load_country_by_slug, |(index, lookup)| match lookup {
        CountryLookup::Unknown => view! { <NotFoundPage missing=Missing::Country /> }.into_any(),
        CountryLookup::NoContent(entry) => view! { <EmptyCountry entry index /> }.into_any(),
        CountryLookup::Found(country) => view! { <CountryContent country index /> }.into_any(),
    })
}

/// The route wrapper of a country's sub-pages (LGBTQI+, COI): loads the
/// country named in the address and renders it, or the country not-found page.
pub fn country_subpage(
    render: impl Fn(Rc<CountryFile>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    loaded(
        slug,
        load_country_by_slug,
        move |(_, lookup)| match lookup {
            CountryLookup::Found(country) => render(country),
            _ => view! { <NotFoundPage missing=Missing::Country /> }.into_any(),
        },
    )
}

#[component]
fn EmptyCountry(entry: CountryEntry, index: Rc<Index>) -> impl IntoView {
    let name = intl::country_name(&entry.code, &entry.name);
    view! {
        {country_heading(name.clone())}
        <p>{t!(no_content_body, country = name.clone())}</p>
        <SuggestSection index page=name />
    }
}

#[component]
fn CountryContent(country: Rc<CountryFile>, index: Rc<Index>) -> impl IntoView {
    let name = intl::country_name(&country.code, &country.name);
    let slug = country.slug.clone();
    // "Get help now": legal aid first, then other support; not in an embed
    // whose partner chose its sections (it shows those lists in full).
    let whole_page =
        embed::options().is_none_or(|o| o.sections.iter().all(|s| *s == Section::Search));
    let help_groups: Vec<(String, Vec<directory_data::Organisation>)> = [
        (Category::LegalAid, t!(section_legal_aid).to_string()),
        (
            Category::OtherSupport,
            t!(section_other_support).to_string(),
        ),
    ]
    .into_iter()
    .filter(|_| whole_page)
    .map(|(category, heading)| (heading, country.in_category(category).cloned().collect()))
    .collect();
    // The main sections' headings, shared by "On this page" and the sections.
    let headings = [
        t!(section_protection).to_string(),
        t!(section_legal_aid).to_string(),
        t!(section_other_support).to_string(),
        t!(section_about).to_string(),
    ];
    let heading = move |i: usize| headings[i].clone();
    // Some text the cards show (who an organisation is for) is shown in
    // the UI language.
    let partly_translated = country.organisations.iter().any(|o| {
        o.eligibility_in(intl::ui_code())
            .is_some_and(|e| e.lang != crate::services::dataset::DATA_LANG)
    });

    view! {
        {country_heading(name.clone())}
        <DataLanguageNote partly=partly_translated />
        <p class="lead">{t!(country_lead, country = name.clone())}</p>
        <HelpNow groups=help_groups time_zone=country.time_zone.clone() />
        <OnThisPage sections=[
            (Section::Protection, heading(0)),
            (Section::LegalAid, heading(1)),
            (Section::OtherSupport, heading(2)),
            (Section::About, heading(3)),
            (Section::Suggest, t!(section_suggest).to_string()),
        ]
            .into_iter()
            .filter(|(section, _)| embed::shows(*section) && (*section != Section::Suggest || can_suggest(&index)))
            .map(|(section, heading)| (section.anchor(), heading))
            .collect() />
        {related_pages(slug.clone(), name.clone())}
        {(!embed::is_embed()).then(|| view! {
            <OfflineSave index=index.clone() scope=SaveScope::Country { slug: slug.clone(), name: name.clone() } />
        })}
        {embed::shows(Section::Protection).then(|| protection_section(country.clone(), heading(0)))}
        {organisation_lists(country.clone(), heading(1), heading(2))}
        {embed::shows(Section::About).then(|| about_section(country.clone(), heading(3)))}
        {embed::shows(Section::Suggest).then(|| view! { <SuggestSection index page=name /> })}
        <EmbedThisPage path=format!("/countries/{slug}") />
    }
}

/// The title, the breadcrumbs and the heading (focused after navigation).
fn country_heading(name: String) -> impl IntoView {
    view! {
        <Title text=name.clone() />
        <Breadcrumbs crumbs=vec![
            (t!(breadcrumb_home).to_string(), Some("/".to_string())),
            (name.clone(), None),
        ] />
        <h1>{name}</h1>
        <FocusHeading />
    }
}

/// Links to the country's LGBTQI+ and COI pages.
fn related_pages(slug: String, name: String) -> impl IntoView {
    let lgbtqi_link = t!(link_lgbtqi, country = name.clone()).to_string();
    let coi_link = t!(link_coi, country = name).to_string();
    view! {
        <ul class="related-pages">
            <li><A href=links::route(&format!("/countries/{slug}/lgbtqi"))>{lgbtqi_link}</A></li>
            <li><A href=links::route(&format!("/countries/{slug}/coi"))>{coi_link}</A></li>
        </ul>
    }
}
