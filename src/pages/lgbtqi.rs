//! `/countries/{slug}/lgbtqi`: the legal situation as dated items with their
//! sources, asylum practice, and LGBTQI+ organisations (including those also
//! on the country page).

use std::rc::Rc;

use directory_data::CountryFile;
use directory_data::vocabulary::Category;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::page_focus::FocusHeading;

use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::org_card::OrgCard;
use crate::components::provenance::{FactList, Provenance};
use crate::i18n::{t, t_string, use_i18n};
use crate::intl;
use crate::pages::country::{country_subpage, focus_jump_target};

#[component]
pub fn LgbtqiPage() -> impl IntoView {
    country_subpage(|country| view! { <LgbtqiContent country /> }.into_any())
}

#[component]
fn LgbtqiContent(country: Rc<CountryFile>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = intl::locale();
    let name = country.name.clone();
    let title = t_string!(i18n, lgbtqi_title, country = name.clone()).to_string();
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
                        <h3 class="timeline__topic">{item.topic.clone()}</h3>
                        <p>{item.statement.clone()}</p>
                        {item.corrects.clone().map(|c| view! {
                            <p class="correction"><strong>{t!(i18n, correction)} ": "</strong>{c}</p>
                        })}
                        <Provenance verification=item.verification.clone() country=country.clone() />
                    </div>
                </li>
            }
        })
        .collect_view();
    let practice =
        view! { <FactList facts=lgbtqi.asylum_practice.clone() country=country.clone() /> };
    let orgs = country
        .in_category(Category::Lgbtqi)
        .map(|org| view! { <li><OrgCard org=org.clone() /></li> })
        .collect_view();
    let resources = lgbtqi
        .resources
        .iter()
        .map(|r| {
            view! {
                <li>
                    <a href=r.url.clone()>{r.title.clone()}</a>
                    {r.note.clone().map(|n| view! { <p>{n}</p> })}
                    <Provenance verification=r.verification.clone() country=country.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <Breadcrumbs crumbs=vec![
            (t_string!(i18n, breadcrumb_home).to_string(), Some("/".to_string())),
            (name.clone(), Some(format!("/countries/{}", country.slug))),
            ("LGBTQI+".to_string(), None),
        ] />
        <h1>{title}</h1>
        <FocusHeading />
        <p class="lead">{t!(i18n, lgbtqi_lead, country = name.clone())}</p>
        <nav class="on-this-page" aria-labelledby="on-this-page-heading">
            <h2 id="on-this-page-heading" class="on-this-page__heading">{t!(i18n, on_this_page)}</h2>
            <ul on:click=focus_jump_target>
                <li><a href="#situation">{t!(i18n, section_legal_situation)}</a></li>
                <li><a href="#practice">{t!(i18n, section_asylum_practice)}</a></li>
                <li><a href="#organisations">{t!(i18n, section_lgbtqi_orgs)}</a></li>
                <li><a href="#further">{t!(i18n, section_further_reading)}</a></li>
            </ul>
        </nav>
        <section id="situation" tabindex="-1" aria-labelledby="situation-heading">
            <h2 id="situation-heading">{t!(i18n, section_legal_situation)}</h2>
            <ol class="timeline">{situation}</ol>
        </section>
        <section id="practice" tabindex="-1" aria-labelledby="practice-heading">
            <h2 id="practice-heading">{t!(i18n, section_asylum_practice)}</h2>
            {practice}
        </section>
        <section id="organisations" tabindex="-1" aria-labelledby="orgs-heading">
            <h2 id="orgs-heading">{t!(i18n, section_lgbtqi_orgs)}</h2>
            <ul class="org-list">{orgs}</ul>
        </section>
        <section id="further" tabindex="-1" aria-labelledby="further-heading">
            <h2 id="further-heading">{t!(i18n, section_further_reading)}</h2>
            <ul class="facts">{resources}</ul>
        </section>
        <p class="notice" role="note">{country.attribution.notice.clone()}</p>
    }
}
