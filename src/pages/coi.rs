//! `/countries/{slug}/coi`: country-of-origin information about the country,
//! grouped by type, and the COI producers based in it.

use std::rc::Rc;

use directory_data::CountryFile;
use directory_data::model::vocabulary::Coverage;
use directory_data::weekly::group_by;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::data_text::{data_paragraph, data_text};
use crate::components::page_focus::FocusHeading;

use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::external_link::external_link;
use crate::components::provenance::Provenance;
use crate::components::report_problem::ReportAbout;
use crate::pages::country::country_subpage;
use crate::services::i18n::t;
use crate::services::{intl, labels};

#[component]
pub fn CoiPage() -> impl IntoView {
    country_subpage(|country| view! { <CoiContent country /> }.into_any())
}

#[component]
fn CoiContent(country: Rc<CountryFile>) -> impl IntoView {
    let locale = intl::locale();
    let name = crate::services::intl::country_name(&country.code, &country.name);
    let title = t!(coi_title, country = name.clone()).to_string();
    let groups = group_by(&country.coi.resources, |r| r.kind)
        .into_iter()
        .map(|(kind, resources)| {
            let items = resources
                .into_iter()
                .map(|r| {
                    // The publisher, in the data's language; the years in the
                    // UI language.
                    let publisher = r.publisher.clone();
                    let mut meta = String::new();
                    if let Some(year) = r.year {
                        meta.push_str(&format!(" · {}", t!(coi_published, year = year)));
                    }
                    if let Some(year) = r.covers_year {
                        meta.push_str(&format!(" ({})", t!(coi_covers, year = year)));
                    }
                    view! {
                        <li>
                            {external_link(r.url.clone(), None, view! { {data_text(r.title.clone())} })}
                            <br />
                            <span class="coi__meta">{data_text(publisher)}{meta}</span>
                            {r.note.clone().map(|n| view! { {data_paragraph(n)} })}
                            <Provenance verification=r.verification.clone() country=country.clone() report=ReportAbout::new("coi.resources", &r.id, "url", &r.title) />
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>{labels::coi_kind(kind)}</h3>
                <ul class="facts">{items}</ul>
            }
        })
        .collect_view();
    let producers = country
        .coi
        .producers
        .iter()
        .map(|p| {
            let coverage = match p.covers {
                Coverage::ThisCountry => {
                    t!(coverage_this_country, country = name.clone()).to_string()
                }
                Coverage::OtherCountries => {
                    t!(coverage_other_countries, country = name.clone()).to_string()
                }
                Coverage::AllCountries => {
                    t!(coverage_all_countries, country = name.clone()).to_string()
                }
            };
            let established = p.established.map(|d| {
                format!(
                    "{} {}",
                    t!(coi_established),
                    intl::format_date(d, &locale)
                )
            });
            view! {
                <li>
                    <h3>{external_link(p.url.clone(), None, view! { {data_text(p.name.clone())} })}</h3>
                    {p.local_name.clone().map(|l| view! { <p><bdi lang=country.local_language.clone()>{l}</bdi></p> })}
                    <p class="coverage"><strong>{coverage}</strong></p>
                    {data_paragraph(p.description.clone())}
                    {established.map(|e| view! { <p>{e}</p> })}
                    <Provenance verification=p.verification.clone() country=country.clone() report=ReportAbout::new("coi.producers", &p.id, "description", &p.name) />
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <Breadcrumbs crumbs=vec![
            (t!(breadcrumb_home).to_string(), Some("/".to_string())),
            (name.clone(), Some(format!("/countries/{}", country.slug))),
            (t!(breadcrumb_coi).to_string(), None),
        ] />
        <h1>{title}</h1>
        <FocusHeading />
        <crate::components::data_language::DataLanguageNote />
        <p class="lead">{t!(coi_lead, country = name.clone())}</p>
        <section aria-labelledby="resources-heading">
            <h2 id="resources-heading">{t!(section_coi_resources, country = name.clone())}</h2>
            {groups}
        </section>
        <section aria-labelledby="producers-heading">
            <h2 id="producers-heading">{t!(section_coi_producers, country = name.clone())}</h2>
            <ul class="facts">{producers}</ul>
        </section>
    }
}
