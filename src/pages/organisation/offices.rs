//! An organisation's offices: each office's street and postal address
//! (with a map link for the street address), a note, and the sources of
//! whichever has its own.

use std::rc::Rc;

use directory_data::model::country::{Address, Office};
use directory_data::{CountryFile, Organisation, Verification};
use leptos::prelude::*;

use super::org_section;
use crate::components::contacts::AddressLines;
use crate::components::data_text::{data_paragraph, data_text};
use crate::components::provenance::Provenance;
use crate::services::i18n::t;

pub fn offices_section(country: Rc<CountryFile>, org: Organisation) -> impl IntoView {
    (!org.offices.is_empty()).then(|| {
        let offices = org
            .offices
            .iter()
            .map(|o| view! { {office_item(o.clone(), country.clone(), org.verification.clone())} })
            .collect_view();
        org_section(
            "offices-heading",
            t!(org_offices).to_string(),
            view! { <ul class="office-list">{offices}</ul> },
        )
    })
}

/// An address's own sources and date, when it has its own verification
/// (the office's or the organisation's apply otherwise).
fn address_provenance(
    address: &Address,
    country: &Rc<CountryFile>,
    org: &Verification,
) -> Option<impl IntoView + use<>> {
    let own = address.verification.clone()?;
    let country = country.clone();
    let parent = org.last_verified;
    Some(view! { <Provenance verification=own country parent /> })
}

fn office_item(office: Office, country: Rc<CountryFile>, org: Verification) -> impl IntoView {
    let o = office;
    let v = &org;
    let title = view! {
        <bdi>{o.city.clone()}</bdi>
        {o.label.clone().map(|label| view! { " – " {data_text(label)} })}
    };
    let office_v = o.verification.clone().unwrap_or_else(|| v.clone());
    view! {
        <li class="office">
            <h3>{title}</h3>
            {o.street_address.clone().map(|a| {
                let own = address_provenance(&a, &country, v);
                view! {
                    <p class="office__kind">{t!(org_street_address)}</p>
                    <AddressLines address=a parent=office_v.clone() with_map=true order=country.address_order />
                    {own}
                }
            })}
            {o.postal_address.clone().map(|a| {
                let own = address_provenance(&a, &country, v);
                view! {
                    <p class="office__kind">{t!(org_postal_address)}</p>
                    <AddressLines address=a parent=office_v.clone() order=country.address_order />
                    {own}
                }
            })}
            {o.note.clone().map(|n| view! { {data_paragraph(n)} })}
            {o.verification.clone().map(|ov| view! { <Provenance verification=ov country=country.clone() parent=v.last_verified /> })}
        </li>
    }
}
