//! The lower sections of an organisation's page: opening hours, the
//! languages it works in, its activities, and its verification (status,
//! date checked, sources, the notice).

use std::rc::Rc;

use directory_data::verification::effective;
use directory_data::{CountryFile, Organisation};
use leptos::prelude::*;

use super::org_section;
use crate::components::data_text::data_list_items;
use crate::components::freshness::StaleDetail;
use crate::components::opening_hours::{HoursNow, OpeningHours};
use crate::components::provenance::Provenance;
use crate::components::report_problem::{ReportAbout, ReportProblem};
use crate::components::status_badge::StatusBadge;
use crate::services::dataset::DATA_LANG;
use crate::services::i18n::t;
use crate::services::{intl, labels};

pub fn hours_section(country: Rc<CountryFile>, org: Organisation) -> impl IntoView {
    (!org.hours.is_empty()).then(|| {
        org_section("hours-heading", t!(org_hours).to_string(), view! {
            <HoursNow hours=org.hours.clone() time_zone=country.time_zone.clone() />
            <OpeningHours org=org.clone() country=country.clone() />
            <ReportProblem country=country.clone() about=ReportAbout::new("organisations", &org.id, "hours", &org.name) />
        })
    })
}

pub fn languages_section(org: Organisation) -> impl IntoView {
    let locale = intl::locale();
    let v = &org.verification;
    (!org.languages.is_empty()).then(|| {
        let items = org
            .languages
            .iter()
            .map(|l| {
                let status = effective(l.verification.as_ref(), v).status;
                let own = l.verification.as_ref().map(|lv| lv.last_verified);
                view! { <li>{intl::language_name(&l.code, &locale)} " " <StatusBadge status /> <StaleDetail own parent=v.last_verified /></li> }
            })
            .collect_view();
        org_section(
            "languages-heading",
            t!(org_languages).to_string(),
            view! { <ul class="inline-list">{items}</ul> },
        )
    })
}

/// What it does, in the UI language where translated.
pub fn activities_section(org: Organisation) -> impl IntoView {
    (!org.activities.is_empty()).then(|| {
        let shown = org.activities_in(intl::ui_code());
        let items = data_list_items(shown.text, shown.lang);
        org_section(
            "activities-heading",
            t!(org_activities).to_string(),
            view! { <ul>{items}</ul> },
        )
    })
}

pub fn verification_section(country: Rc<CountryFile>, org: Organisation) -> impl IntoView {
    let v = &org.verification;
    let last_checked = intl::format_date(v.last_verified.into(), &intl::locale());
    view! {
        <section aria-labelledby="verification-heading">
            <h2 id="verification-heading">{t!(org_verification)}</h2>
            <p>
                <strong>{t!(org_status)} {t!(sep_colon)}</strong>{labels::status(v.status)} " · "
                {t!(about_last_checked)} " " <time datetime=v.last_verified.to_string()>{last_checked}</time>
            </p>
            <Provenance verification=v.clone() country=country.clone() report=ReportAbout::new("organisations", &org.id, "entry", &org.name) parent=v.last_verified />
            <p class="notice" role="note" lang=DATA_LANG dir="auto">{country.attribution.notice.clone()}</p>
        </section>
    }
}
