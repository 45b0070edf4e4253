//! The top of an organisation's page: its names, status and date checked,
//! what it does and for whom, its services, and notes.

use std::rc::Rc;

use directory_data::{CountryFile, Organisation};
use leptos::prelude::*;

use crate::components::data_text::data_list_items;
use crate::components::name_list::NameList;
use crate::components::org_card::checked_tags;
use crate::services::i18n::t;
use crate::services::{intl, labels};

pub fn org_summary(country: Rc<CountryFile>, org: Organisation) -> impl IntoView {
    let locale = intl::locale();
    // The organisation's own texts in the UI language where translated,
    // else in English; each marked with its language.
    let ui = intl::ui_code();
    let description = org.description_in(ui).owned();
    let eligibility = org.eligibility_in(ui).map(|e| e.owned());
    let services: Vec<String> = org.services.iter().map(|s| labels::service(*s)).collect();
    let founded = org.founded.map(|d| view! { <p><strong>{t!(org_founded)} {t!(sep_colon)}</strong>{intl::format_date(d, &locale)}</p> });
    view! {
        {org.local_name.clone().map(|n| view! { <p class="lead"><bdi lang=org.local_name_language(&country).map(str::to_string)>{n}</bdi></p> })}
        {checked_tags(&org)}
        {other_names(org.clone())}
        <p class="org-description" lang=description.1 dir="auto">{description.0}</p>
        {eligibility.map(|(e, lang)| view! { <p><strong>{t!(who_for)} {t!(sep_colon)}</strong><span lang=lang dir="auto">{e}</span></p> })}
        {(!services.is_empty()).then(|| view! { <p><strong>{t!(org_services)} {t!(sep_colon)}</strong>{intl::list(&services)}</p> })}
        {founded}
        {notes(org)}
    }
}

/// Other names it is known by, and former names (with until when).
fn other_names(org: Organisation) -> impl IntoView {
    let other_names = (!org.other_names.is_empty()).then(|| {
        view! { <p><strong>{t!(org_also_known_as)} {t!(sep_colon)}</strong><NameList names=org.other_names.clone() separator=t!(sep_comma).to_string() /></p> }
    });
    let former = (!org.former_names.is_empty()).then(|| {
        let names: Vec<String> = org
            .former_names
            .iter()
            .map(|f| match f.until {
                Some(until) => t!(org_formerly_until,
                    name = f.name.clone(),
                    until = until.to_string()
                )
                .to_string(),
                None => f.name.clone(),
            })
            .collect();
        view! { <p><strong>{t!(org_formerly)} {t!(sep_colon)}</strong><NameList names separator=t!(sep_semicolon).to_string() /></p> }
    });
    view! { {other_names} {former} }
}

/// The notes, in the UI language where translated.
fn notes(org: Organisation) -> impl IntoView {
    (!org.notes.is_empty()).then(|| {
        let shown = org.notes_in(intl::ui_code());
        let items = data_list_items(shown.text, shown.lang);
        view! {
            <section class="notes" aria-labelledby="notes-heading">
                <h2 id="notes-heading">{t!(org_notes)}</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}
