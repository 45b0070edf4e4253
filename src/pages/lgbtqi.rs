//! `/countries/{slug}/lgbtqi`: the legal situation as dated items with their
//! sources, asylum practice, and LGBTQI+ organisations (including those also
//! on the country page).

use std::rc::Rc;

use directory_data::CountryFile;
use directory_data::model::vocabulary::Category;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::data_text::{data_paragraph, data_text};
use crate::components::page_focus::FocusHeading;

use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::external_link::external_link;
use crate::components::fact_item::FactList;
use crate::components::help_now::HelpNow;
use crate::components::org_card::OrgCard;
use crate::components::page_section::{OnThisPage, page_section};
use crate::components::provenance::Provenance;
use crate::components::report_problem::ReportAbout;
use crate::pages::country::country_subpage;
use crate::services::i18n::t;
use crate::services::intl;

#[component]
pub fn LgbtqiPage() -> impl IntoView {
    country_subpage(|country| view! { <LgbtqiContent country /> }.into_any())
}

#[component]
fn LgbtqiContent(country: Rc<CountryFile>) -> impl IntoView {
    let locale = intl::locale();
    let name = crate::services::intl::country_name(&country.code, &country.name);
    let title = t!(lgbtqi_title, country = name.clone()).to_string();
    // The sections' headings, shared by "On this page" and the sections.
    let headings = [
        t!(section_legal_situation).to_string(),
        t!(section_asylum_practice).to_string(),
        t!(section_lgbtqi_orgs).to_string(),
        t!(section_further_reading).to_string(),
    ];
    let heading = move |i: usize| headings[i].clone();
    let lgbtqi = &country.lgbtqi;
    let situation = lgbtqi
        .legal_situation
        .iter()
        .map(|item| {
            let date = intl::format_date(item.date, &locale);
            view! {
                <li class="timeline__item">
                    <time datetime=item.date.to_string() class="timeline__date">{date}</time>
                    <div>
                        <h3 class="timeline__topic">{data_text(item.topic.clone())}</h3>
                        {data_paragraph(item.statement.clone())}
                        {item.corrects.clone().map(|c| view! {
                            <p class="correction"><strong>{t!(correction)} {t!(sep_colon)}</strong><span lang=crate::services::dataset::DATA_LANG dir="auto">{c}</span></p>
                        })}
                        <Provenance verification=item.verification.clone() country=country.clone() report=ReportAbout::new("lgbtqi.legal_situation", &item.id, "statement", &item.topic) />
                    </div>
                </li>
            }
        })
        .collect_view();
    let practice = view! { <FactList facts=lgbtqi.asylum_practice.clone() country=country.clone() list="lgbtqi.asylum_practice" /> };
    let orgs = country
        .in_category(Category::Lgbtqi)
        .map(|org| view! { <li><OrgCard org=org.clone() time_zone=country.time_zone.clone() address_order=country.address_order local_name_lang=org.local_name_language(&country).map(Into::into) /></li> })
        .collect_view();
    let resources = lgbtqi
        .resources
        .iter()
        .enumerate()
        .map(|(i, r)| {
            view! {
                <li>
                    {external_link(r.url.clone(), None, view! { {data_text(r.title.clone())} })}
                    {r.note.clone().map(|n| view! { {data_paragraph(n)} })}
                    <Provenance verification=r.verification.clone() country=country.clone() report=ReportAbout::at("lgbtqi.resources", i, "url", &r.title) />
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <Breadcrumbs crumbs=vec![
            (t!(breadcrumb_home).to_string(), Some("/".to_string())),
            (name.clone(), Some(format!("/countries/{}", country.slug))),
            ("LGBTQI+".to_string(), None),
        ] />
        <h1>{title}</h1>
        <FocusHeading />
        <crate::components::data_language::DataLanguageNote />
        <p class="lead">{t!(lgbtqi_lead, country = name.clone())}</p>
        <HelpNow groups=vec![(heading(2), country.in_category(Category::Lgbtqi).cloned().collect())] time_zone=country.time_zone.clone() />
        <OnThisPage sections=vec![
            ("situation", heading(0)),
            ("practice", heading(1)),
            ("organisations", heading(2)),
            ("further", heading(3)),
        ] />
        {page_section("situation", heading(0), view! {
            <ol class="timeline">{situation}</ol>
        })}
        {page_section("practice", heading(1), view! {
            {practice}
        })}
        {page_section("organisations", heading(2), view! {
            <ul class="org-list">{orgs}</ul>
        })}
        {page_section("further", heading(3), view! {
            <ul class="facts">{resources}</ul>
        })}
        <p class="notice" role="note" lang=crate::services::dataset::DATA_LANG dir="auto">{country.attribution.notice.clone()}</p>
    }
}
