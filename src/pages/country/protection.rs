//! The country page's "Refugee protection": treaties, the regional
//! framework, national law, the authorities, the deadline for appealing,
//! the procedure and where the statistics are. Each fact with its
//! provenance.

use std::rc::Rc;

use directory_data::CountryFile;
use directory_data::model::country::{AppealDeadline, Authority, AuthorityRole, Law};
use directory_data::model::vocabulary::TimeUnit;
use leptos::prelude::*;

use crate::components::data_text::{data_paragraph, data_text, local_text};
use crate::components::external_link::external_link;
use crate::components::fact_item::{FactList, fact_item};
use crate::components::page_section::page_section;
use crate::components::provenance::Provenance;
use crate::components::report_problem::ReportAbout;
use crate::services::dataset::DATA_LANG;
use crate::services::i18n::t;
use crate::services::{intl, labels};

pub fn protection_section(country: Rc<CountryFile>, heading: String) -> impl IntoView {
    let p = &country.protection;
    let framework = &p.regional_framework;
    let deadline = match &p.appeal_deadline {
        Some(deadline) => view! { <AppealDeadlineFact deadline=deadline.clone() authorities=p.authorities.clone() country=country.clone() /> }.into_any(),
        // No dated source states one: said, never guessed.
        None => view! { <p class="deadline deadline--none">{t!(deadline_none)}</p> }.into_any(),
    };
    page_section(
        "protection",
        heading,
        view! {
            <h3>{t!(section_treaties)}</h3>
            {treaties(country.clone())}
            <h3>{t!(section_regional)}</h3>
            <p class="regional-summary" lang=DATA_LANG dir="auto">{framework.summary.clone()}</p>
            {framework.corrects.clone().map(|c| view! {
                <p class="correction"><strong>{t!(correction)} {t!(sep_colon)}</strong><span lang=DATA_LANG dir="auto">{c}</span></p>
            })}
            <Provenance verification=framework.verification.clone() country=country.clone() report=ReportAbout::object("protection.regional_framework", "summary", &framework.summary) />
            {instruments(country.clone())}
            <h3>{t!(section_national_law)}</h3>
            {national_laws(country.clone())}
            <h3>{t!(section_authorities)}</h3>
            {authorities(country.clone())}
            <h3>{t!(section_appeal_deadline)}</h3>
            {deadline}
            <h3>{t!(section_procedure)}</h3>
            <FactList facts=p.procedure.clone() country=country.clone() list="protection.procedure" />
            <h3>{t!(section_statistics)}</h3>
            <div>
                <p>{external_link(p.statistics.url.clone(), None, view! { {data_text(p.statistics.title.clone())} })}</p>
                <Provenance verification=p.statistics.verification.clone() country=country.clone() report=ReportAbout::object("protection.statistics", "url", &p.statistics.title) />
            </div>
        },
    )
}

fn treaties(country: Rc<CountryFile>) -> impl IntoView {
    let locale = intl::locale();
    let items = country
        .protection
        .treaties
        .iter()
        .map(|t| {
            let mut detail = labels::treaty_status(t.status);
            if let Some(action) = t.action {
                detail.push_str(&format!(" · {}", labels::treaty_action(action)));
                if let Some(date) = t.date {
                    detail.push_str(&format!(" {}", intl::format_date(date, &locale)));
                }
            }
            fact_item(t.verification.clone(), country.clone(), ReportAbout::new("protection.treaties", &t.id, "status", &t.name), view! {
                    <strong>{data_text(t.name.clone())}</strong> {t!(sep_colon)} {detail}
                    {t.note.clone().map(|n| view! { " " <span class="fact__note" lang=DATA_LANG dir="auto">{n}</span> })}
                })
        })
        .collect_view();
    view! { <ul class="facts">{items}</ul> }
}

fn instruments(country: Rc<CountryFile>) -> impl IntoView {
    let locale = intl::locale();
    let items = country
        .protection
        .regional_framework
        .instruments
        .iter()
        .map(|inst| {
            let since = inst.since.map(|d| format!(" ({} {})", t!(since), intl::format_date(d, &locale)));
            fact_item(inst.verification.clone(), country.clone(), ReportAbout::new("protection.regional_framework.instruments", &inst.id, "statement", &inst.name), view! {
                    <strong>{data_text(inst.name.clone())}</strong> {t!(sep_colon)} {labels::treaty_status(inst.status)} {since}
                    {data_paragraph(inst.statement.clone())}
                })
        })
        .collect_view();
    view! { <ul class="facts">{items}</ul> }
}

fn law_dates(law: &Law, locale: &str) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(d) = law.adopted {
        parts.push(format!(
            "{} {}",
            t!(law_adopted),
            intl::format_date(d, locale)
        ));
    }
    if let Some(d) = law.in_force {
        parts.push(format!(
            "{} {}",
            t!(law_in_force),
            intl::format_date(d, locale)
        ));
    }
    (!parts.is_empty()).then(|| parts.join(t!(sep_semicolon)))
}

fn national_laws(country: Rc<CountryFile>) -> impl IntoView {
    let locale = intl::locale();
    let items = country
        .protection
        .national_law
        .iter()
        .map(|law| {
            let title = match &law.url {
                Some(url) => external_link(url.clone(), None, view! { {data_text(law.name.clone())} }),
                None => view! { {data_text(law.name.clone())} }.into_any(),
            };
            let local = law.local_name.clone().map(|l| view! { " (" {local_text(l, country.local_language.clone())} ")" });
            let citation = law.citation.clone().map(|c| view! { " · " {data_text(c)} });
            fact_item(law.verification.clone(), country.clone(), ReportAbout::new("protection.national_law", &law.id, "summary", &law.name), view! {
                    <strong>{title}</strong> {local} {citation}
                    {law_dates(law, &locale).map(|d| view! { <br /><span class="fact__dates">{d}</span> })}
                    {data_paragraph(law.summary.clone())}
                })
        })
        .collect_view();
    view! { <ul class="facts">{items}</ul> }
}

fn authorities(country: Rc<CountryFile>) -> impl IntoView {
    let items = country
        .protection
        .authorities
        .iter()
        .map(|a| {
            let role = match a.role {
                AuthorityRole::FirstInstance => t!(authority_first_instance).to_string(),
                AuthorityRole::Appeal => t!(authority_appeal).to_string(),
            };
            let abbreviation = a.abbreviation.as_ref().map(|x| format!(" ({x})"));
            let title = format!("{}{}", a.name, abbreviation.unwrap_or_default());
            fact_item(a.verification.clone(), country.clone(), ReportAbout::new("protection.authorities", &a.id, "description", &a.name), view! {
                    <strong>{data_text(title)}</strong>
                    {a.local_name.clone().map(|l| view! { " – " {local_text(l, country.local_language.clone())} })}
 " · " <span class="tag">{role}</span>
                    {data_paragraph(a.description.clone())}
                    {a.website.clone().map(|w| view! { <p>{external_link(w.clone(), Some("ltr"), w.clone())}</p> })}
                })
        })
        .collect_view();
    view! { <ul class="facts">{items}</ul> }
}

/// The deadline for appealing a first decision, the authorities it is
/// lodged with and decided by, and its provenance.
#[component]
fn AppealDeadlineFact(
    deadline: AppealDeadline,
    authorities: Vec<Authority>,
    country: Rc<CountryFile>,
) -> impl IntoView {
    let authority_name = |id: &str| {
        authorities
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.abbreviation.clone().unwrap_or_else(|| a.name.clone()))
            .unwrap_or_else(|| id.to_string())
    };
    let amount = deadline.amount;
    let period = match deadline.unit {
        TimeUnit::Days => t!(deadline_amount_days, count = amount).to_string(),
        TimeUnit::WorkingDays => t!(deadline_amount_working_days, count = amount).to_string(),
        TimeUnit::Weeks => t!(deadline_amount_weeks, count = amount).to_string(),
        TimeUnit::Months => t!(deadline_amount_months, count = amount).to_string(),
    };
    let lodged_with = authority_name(&deadline.lodged_with);
    let decided_by = authority_name(&deadline.decided_by);
    let report = ReportAbout::object(
        "protection.appeal_deadline",
        "statement",
        &deadline.statement,
    );
    view! {
        <div class="deadline">
            <p class="deadline__period">{period}</p>
            <p>{t!(deadline_lodged_with)} {t!(sep_colon)} <strong>{data_text(lodged_with)}</strong> " · " {t!(deadline_decided_by)} {t!(sep_colon)} <strong>{data_text(decided_by)}</strong></p>
            {data_paragraph(deadline.statement.clone())}
            <Provenance verification=deadline.verification.clone() country report />
        </div>
    }
}
