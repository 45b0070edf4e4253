//! `/organisations/{id}`: everything the dataset has about one organisation,
//! with its sources, status and the date it was last checked.

use std::rc::Rc;

use directory_data::verification::effective;
use directory_data::{CountryEntry, CountryFile, Organisation};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::page_focus::FocusHeading;
use leptos_router::hooks::use_params_map;

use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::contacts::{
    AddressLines, EmailAddress, PhoneNumber, WebsiteLink, phone_caption,
};
use crate::components::embed_this_page::EmbedThisPage;
use crate::components::external_link::external_link;
use crate::components::freshness::{StaleDetail, StaleNote};
use crate::components::loaded::loaded;
use crate::components::name_list::NameList;
use crate::components::opening_hours::{HoursNow, OpeningHours};
use crate::components::provenance::Provenance;
use crate::components::report_problem::{ReportAbout, ReportProblem};
use crate::components::share_page::SharePage;
use crate::components::status_badge::StatusBadge;
use crate::pages::not_found::{Missing, NotFoundPage};
use crate::services::dataset::find_organisation;
use crate::services::i18n::t;
use crate::services::{intl, labels};

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

/// An address's own sources and date, when it has its own verification
/// (the office's or the organisation's apply otherwise).
fn address_provenance(
    address: &directory_data::model::country::Address,
    country: &Rc<CountryFile>,
    org: &directory_data::Verification,
) -> Option<impl IntoView + use<>> {
    let own = address.verification.clone()?;
    let country = country.clone();
    let parent = org.last_verified;
    Some(view! { <Provenance verification=own country parent /> })
}

#[component]
fn OrganisationContent(
    entry: CountryEntry,
    country: Rc<CountryFile>,
    org: Organisation,
) -> impl IntoView {
    let locale = intl::locale();
    // The organisation's own texts in the UI language where translated,
    // else in English; each marked with its language.
    let ui = intl::ui_code();
    let description = org.description_in(ui).owned();
    let eligibility = org.eligibility_in(ui).map(|e| e.owned());
    let how_to_contact = org.how_to_contact_in(ui).map(|h| h.owned());
    let partly_translated = org.translation(ui).is_some();
    let v = &org.verification;

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
    let services: Vec<String> = org.services.iter().map(|s| labels::service(*s)).collect();
    let activities = {
        let shown = org.activities_in(ui);
        let lang = shown.lang.to_string();
        shown
            .text
            .iter()
            .map(|a| view! { <li><span lang=lang.clone() dir="auto">{a.clone()}</span></li> })
            .collect_view()
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
                    {p.verification.clone().map(|pv| view! { <Provenance verification=pv country=country.clone() parent=v.last_verified /> })}
                </li>
            }
        })
        .collect_view();
    let emails = org
        .emails
        .iter()
        .map(|e| {
            let status = effective(e.verification.as_ref(), v).status;
            view! {
                <li>
                    <EmailAddress email=e.clone() status />
                    {e.verification.clone().map(|ev| view! { <Provenance verification=ev country=country.clone() parent=v.last_verified /> })}
                </li>
            }
        })
        .collect_view();
    let websites = org
        .websites
        .iter()
        .map(|w| {
            let status = effective(w.verification.as_ref(), v).status;
            view! {
                <li>
                    <WebsiteLink website=w.clone() status />
                    {w.verification.clone().map(|wv| view! { <Provenance verification=wv country=country.clone() parent=v.last_verified /> })}
                </li>
            }
        })
        .collect_view();
    let social = org
        .social
        .iter()
        .map(|s| view! { <li>{external_link(s.url.clone(), None, s.network.clone())}</li> })
        .collect_view();

    let offices = org
        .offices
        .iter()
        .map(|o| {
            let title = view! {
                <bdi>{o.city.clone()}</bdi>
                {o.label.clone().map(|label| view! { " – " <bdi lang=crate::services::dataset::DATA_LANG>{label}</bdi> })}
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
                    {o.note.clone().map(|n| view! { <p lang=crate::services::dataset::DATA_LANG dir="auto">{n}</p> })}
                    {o.verification.clone().map(|ov| view! { <Provenance verification=ov country=country.clone() parent=v.last_verified /> })}
                </li>
            }
        })
        .collect_view();

    let languages = (!org.languages.is_empty()).then(|| {
        let items = org
            .languages
            .iter()
            .map(|l| {
                let status = effective(l.verification.as_ref(), v).status;
                let own = l.verification.as_ref().map(|lv| lv.last_verified);
                view! { <li>{intl::language_name(&l.code, &locale)} " " <StatusBadge status /> <StaleDetail own parent=v.last_verified /></li> }
            })
            .collect_view();
        view! {
            <section aria-labelledby="languages-heading">
                <h2 id="languages-heading">{t!(org_languages)}</h2>
                <ul class="inline-list">{items}</ul>
            </section>
        }
    });

    let contact_person = org.contact_person.clone().map(|c| {
        let since = c.since.map(|d| format!(" ({} {})", t!(since), intl::format_date(d, &locale)));
        let status = effective(c.verification.as_ref(), v).status;
        let own = c.verification.clone().map(|cv| view! { <Provenance verification=cv country=country.clone() parent=v.last_verified /> });
        view! {
            <p>
                <strong>{t!(org_contact_person)} {t!(sep_colon)}</strong><bdi>{c.name}</bdi> {t!(sep_comma)} <bdi lang=crate::services::dataset::DATA_LANG>{c.role}</bdi> {since} " "
                <StatusBadge status />
            </p>
            {own}
        }
    });

    let notes = (!org.notes.is_empty()).then(|| {
        let shown = org.notes_in(ui);
        let lang = shown.lang.to_string();
        let items = shown
            .text
            .iter()
            .map(|n| view! { <li><span lang=lang.clone() dir="auto">{n.clone()}</span></li> })
            .collect_view();
        view! {
            <section class="notes" aria-labelledby="notes-heading">
                <h2 id="notes-heading">{t!(org_notes)}</h2>
                <ul>{items}</ul>
            </section>
        }
    });

    let hours = (!org.hours.is_empty()).then(|| {
        view! {
            <section aria-labelledby="hours-heading">
                <h2 id="hours-heading">{t!(org_hours)}</h2>
                <HoursNow hours=org.hours.clone() time_zone=country.time_zone.clone() />
                <OpeningHours org=org.clone() country=country.clone() />
                <ReportProblem country=country.clone() about=ReportAbout::new("organisations", &org.id, "hours", &org.name) />
            </section>
        }
    });

    let founded = org.founded.map(|d| view! { <p><strong>{t!(org_founded)} {t!(sep_colon)}</strong>{intl::format_date(d, &locale)}</p> });
    let last_checked = intl::format_date(v.last_verified.into(), &locale);
    // For search engines: schema.org JSON-LD of what is confirmed (a data
    // block, which the Content-Security-Policy does not treat as a script).
    let page_url = format!(
        "{}/organisations/{}",
        crate::services::links::origin(),
        org.id
    );
    let structured_data = directory_data::jsonld::organisation(&org, &country, &page_url);
    // "Add to contacts": the vCard, built here, downloaded from a data: URL.
    let vcard_href = format!(
        "data:text/vcard;charset=utf-8,{}",
        directory_data::url::percent_encode(&directory_data::vcard::vcard(&org, &entry.name))
    );

    view! {
        <Title text=org.name.clone() />
        <Breadcrumbs crumbs=vec![
            (t!(breadcrumb_home).to_string(), Some("/".to_string())),
            (intl::country_name(&entry.code, &entry.name), Some(format!("/countries/{}", entry.slug))),
            (org.name.clone(), None),
        ] />
        <h1><bdi lang=org.name_language().to_string()>{org.name.clone()}</bdi></h1>
        <FocusHeading />
        <crate::components::data_language::DataLanguageNote partly=partly_translated />
        <SharePage title=org.name.clone() />
        {org.local_name.clone().map(|n| view! { <p class="lead"><bdi lang=org.local_name_language(&country).map(str::to_string)>{n}</bdi></p> })}
        <p class="org-card__tags">
            {org.added.then(|| view! { <span class="tag tag--added">{t!(added_badge)}</span> })}
            <StatusBadge status=v.status />
            " " <span class="verified-on">{t!(checked_on)} " " <time datetime=v.last_verified.to_string()>{last_checked.clone()}</time></span>
        </p>
        <StaleNote last_verified=v.last_verified />
        {other_names}
        {former}
        <p class="org-description" lang=description.1 dir="auto">{description.0}</p>
        {eligibility.map(|(e, lang)| view! { <p><strong>{t!(who_for)} {t!(sep_colon)}</strong><span lang=lang dir="auto">{e}</span></p> })}
        {(!services.is_empty()).then(|| view! { <p><strong>{t!(org_services)} {t!(sep_colon)}</strong>{crate::services::intl::list(&services)}</p> })}
        {founded}
        {notes}

        <section aria-labelledby="contact-heading">
            <h2 id="contact-heading">{t!(org_contact)}</h2>
            {how_to_contact.map(|(h, lang)| view! { <p class="how-to-contact"><strong>{t!(org_how_to_contact)} {t!(sep_colon)}</strong><span lang=lang dir="auto">{h}</span></p> })}
            {(!org.phones.is_empty()).then(|| view! { <h3>{t!(org_phones)}</h3><ul class="contact-list">{phones}</ul> })}
            {(!org.emails.is_empty()).then(|| view! { <h3>{t!(org_emails)}</h3><ul class="contact-list">{emails}</ul> })}
            {(!org.websites.is_empty()).then(|| view! { <h3>{t!(org_websites)}</h3><ul class="contact-list">{websites}{social}</ul> })}
            {contact_person}
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

        {hours}

        {(!org.offices.is_empty()).then(|| view! {
            <section aria-labelledby="offices-heading">
                <h2 id="offices-heading">{t!(org_offices)}</h2>
                <ul class="office-list">{offices}</ul>
            </section>
        })}

        {languages}

        {(!org.activities.is_empty()).then(|| view! {
            <section aria-labelledby="activities-heading">
                <h2 id="activities-heading">{t!(org_activities)}</h2>
                <ul>{activities}</ul>
            </section>
        })}

        <section aria-labelledby="verification-heading">
            <h2 id="verification-heading">{t!(org_verification)}</h2>
            <p>
                <strong>{t!(org_status)} {t!(sep_colon)}</strong>{labels::status(v.status)} " · "
                {t!(about_last_checked)} " " <time datetime=v.last_verified.to_string()>{last_checked}</time>
            </p>
            <Provenance verification=v.clone() country=country.clone() report=ReportAbout::new("organisations", &org.id, "entry", &org.name) parent=v.last_verified />
            <p class="notice" role="note" lang=crate::services::dataset::DATA_LANG dir="auto">{country.attribution.notice.clone()}</p>
        </section>
        <EmbedThisPage path=format!("/organisations/{}", org.id) />
        <script type="application/ld+json">{structured_data}</script>
    }
}
