//! An organisation's "Contact" section: how to make contact, its phones,
//! e-mails, websites and social links (each with its own status and
//! sources where it has them), a contact person, and "Add to contacts".

use std::rc::Rc;

use directory_data::verification::effective;
use directory_data::{CountryEntry, CountryFile, Organisation};
use leptos::prelude::*;

use crate::components::contacts::{EmailAddress, PhoneNumber, WebsiteLink, phone_caption};
use crate::components::data_text::data_text;
use crate::components::external_link::external_link;
use crate::components::provenance::Provenance;
use crate::components::report_problem::{ReportAbout, ReportProblem};
use crate::components::status_badge::StatusBadge;
use crate::services::i18n::t;
use crate::services::intl;

pub fn contact_section(
    entry: CountryEntry,
    country: Rc<CountryFile>,
    org: Organisation,
) -> impl IntoView {
    let how_to_contact = org.how_to_contact_in(intl::ui_code()).map(|h| h.owned());
    // "Add to contacts": the vCard, built here, downloaded from a data: URL.
    let vcard_href = format!(
        "data:text/vcard;charset=utf-8,{}",
        directory_data::url::percent_encode(&directory_data::vcard::vcard(&org, &entry.name))
    );
    view! {
        <section aria-labelledby="contact-heading">
            <h2 id="contact-heading">{t!(org_contact)}</h2>
            {how_to_contact.map(|(h, lang)| view! { <p class="how-to-contact"><strong>{t!(org_how_to_contact)} {t!(sep_colon)}</strong><span lang=lang dir="auto">{h}</span></p> })}
            {contact_lists(country.clone(), org.clone())}
            {contact_person(country.clone(), org.clone())}
            <p class="add-contact">
                <a
                    class="button-link"
                    href=vcard_href
                    download=format!("{}.vcf", org.id)
                >
                    {t!(add_to_contacts)}
                </a>
            </p>
            <ReportProblem country=country.clone() about=ReportAbout::new("organisations", &org.id, "contacts", &org.name) />
        </section>
    }
}

/// Phones, e-mails, then websites with the social links.
fn contact_lists(country: Rc<CountryFile>, org: Organisation) -> impl IntoView {
    let v = &org.verification;
    let own = |verification: &Option<directory_data::Verification>| {
        verification.clone().map(|own| view! { <Provenance verification=own country=country.clone() parent=v.last_verified /> })
    };
    let phones = org
        .phones
        .iter()
        .map(|p| {
            let status = effective(p.verification.as_ref(), v).status;
            let label = phone_caption(p);
            view! {
                <li>
                    <span class="contact__label">{label} {t!(sep_colon)}</span>
                    <PhoneNumber phone=p.clone() status />
                    {own(&p.verification)}
                </li>
            }
        })
        .collect_view();
    let emails = org
        .emails
        .iter()
        .map(|e| {
            let status = effective(e.verification.as_ref(), v).status;
            view! { <li><EmailAddress email=e.clone() status />{own(&e.verification)}</li> }
        })
        .collect_view();
    let websites = org
        .websites
        .iter()
        .map(|w| {
            let status = effective(w.verification.as_ref(), v).status;
            view! { <li><WebsiteLink website=w.clone() status />{own(&w.verification)}</li> }
        })
        .collect_view();
    let social = org
        .social
        .iter()
        .map(|s| view! { <li>{external_link(s.url.clone(), None, s.network.clone())}</li> })
        .collect_view();
    view! {
        {(!org.phones.is_empty()).then(|| view! { <h3>{t!(org_phones)}</h3><ul class="contact-list">{phones}</ul> })}
        {(!org.emails.is_empty()).then(|| view! { <h3>{t!(org_emails)}</h3><ul class="contact-list">{emails}</ul> })}
        {(!org.websites.is_empty()).then(|| view! { <h3>{t!(org_websites)}</h3><ul class="contact-list">{websites}{social}</ul> })}
    }
}

fn contact_person(country: Rc<CountryFile>, org: Organisation) -> impl IntoView {
    let v = &org.verification;
    let locale = intl::locale();
    org.contact_person.clone().map(|c| {
        let since = c.since.map(|d| format!(" ({} {})", t!(since), intl::format_date(d, &locale)));
        let status = effective(c.verification.as_ref(), v).status;
        let own = c.verification.clone().map(|cv| view! { <Provenance verification=cv country=country.clone() parent=v.last_verified /> });
        view! {
            <p>
                <strong>{t!(org_contact_person)} {t!(sep_colon)}</strong><bdi>{c.name}</bdi> {t!(sep_comma)} {data_text(c.role)} {since} " "
                <StatusBadge status />
            </p>
            {own}
        }
    })
}
