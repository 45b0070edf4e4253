//! An organisation in a list: who it serves, what it helps with, how to
//! reach it, and a link to everything else.

use directory_data::Organisation;
use directory_data::model::vocabulary::{AddressOrder, PhonePurpose};
use directory_data::verification::effective;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::contacts::{
    AddressLines, EmailAddress, PhoneNumber, WebsiteLink, phone_caption,
};
use crate::components::freshness::StaleNote;
use crate::components::opening_hours::HoursNow;
use crate::components::status_badge::StatusBadge;
use crate::services::i18n::t;
use crate::services::labels;

/// How many services a card shows; the organisation page shows them all.
const CARD_SERVICES: usize = 4;

/// `time_zone`: the country's, for "Open now"; `address_order`: where its
/// addresses put the postal code; `local_name_lang`: the language of the
/// organisation's local name, where known.
#[component]
pub fn OrgCard(
    org: Organisation,
    time_zone: String,
    #[prop(optional)] address_order: AddressOrder,
    #[prop(default = None)] local_name_lang: Option<String>,
) -> impl IntoView {
    let v = &org.verification;
    let href = crate::services::links::route(&format!("/organisations/{}", org.id));
    let services: Vec<String> = org
        .services
        .iter()
        .take(CARD_SERVICES)
        .map(|s| labels::service(*s))
        .collect();
    let callable: Vec<_> = org
        .phones
        .iter()
        .filter(|p| p.purpose != PhonePurpose::Fax)
        .collect();
    // With more than one number, each says what it is for.
    let captions = callable.len() > 1;
    let phones = callable
        .into_iter()
        .map(|p| {
            let status = effective(p.verification.as_ref(), v).status;
            let caption = captions.then(
                || view! { <span class="contact__label">{phone_caption(p)} {t!(sep_colon)}</span> },
            );
            view! { <li>{caption}<PhoneNumber phone=p.clone() status /></li> }
        })
        .collect_view();
    let email = org.emails.first().map(|e| {
        let status = effective(e.verification.as_ref(), v).status;
        view! { <li><EmailAddress email=e.clone() status /></li> }
    });
    // A website only where there is no phone or e-mail to reach them by.
    let website = (org.phones.is_empty() && org.emails.is_empty())
        .then(|| org.websites.first())
        .flatten()
        .map(|w| {
            let status = effective(w.verification.as_ref(), v).status;
            view! { <li><WebsiteLink website=w.clone() status /></li> }
        });
    // The first visiting address, with its city and its office's status.
    let address = org.offices.iter().find_map(|o| {
        let parent = effective(o.verification.as_ref(), v).clone();
        let city = o.city.clone();
        o.street_address.clone().map(|a| {
            view! {
                <p class="contact__label"><bdi>{city}</bdi></p>
                <AddressLines address=a parent with_map=true order=address_order />
            }
        })
    });
    let name = org.name.clone();
    let name_lang = org.name_language().to_string();
    let eligibility = org
        .eligibility_in(crate::services::intl::ui_code())
        .map(|e| e.owned());
    view! {
        // tabindex: "Get help now" jumps here and moves focus along.
        <article class="org-card" id=format!("org-{}", org.id) tabindex="-1">
            <h3 class="org-card__name">
                <A href=href.clone()><bdi lang=name_lang>{name}</bdi></A>
            </h3>
            {org.local_name.clone().map(|n| view! { <p class="org-card__local"><bdi lang=local_name_lang>{n}</bdi></p> })}
            {checked_tags(&org)}
            {eligibility.map(|(e, lang)| view! {
                <p><strong>{t!(who_for)} {t!(sep_colon)}</strong><span lang=lang dir="auto">{e}</span></p>
            })}
            {(!services.is_empty()).then(|| view! {
                <p><strong>{t!(helps_with)} {t!(sep_colon)}</strong>{crate::services::intl::list(&services)}</p>
            })}
            <HoursNow hours=org.hours.clone() time_zone />
            <ul class="org-card__contacts">{phones}{email}{website}</ul>
            {address}
            <p class="org-card__more">
                <A href=href>{t!(details_link, name = org.name.clone())}</A>
            </p>
        </article>
    }
}

/// "New", the entry's status and the day it was last checked, then "May be
/// out of date" where it is: the same on a card and on the organisation's
/// page.
pub fn checked_tags(org: &Organisation) -> impl IntoView + use<> {
    let added = org.added;
    let status = org.verification.status;
    let last_verified = org.verification.last_verified;
    let last_checked =
        crate::services::intl::format_date(last_verified.into(), &crate::services::intl::locale());
    view! {
        <p class="org-card__tags">
            {added.then(|| view! { <span class="tag tag--added">{t!(added_badge)}</span> })}
            <StatusBadge status />
            " " <span class="verified-on">{t!(checked_on)} " " <time datetime=last_verified.to_string()>{last_checked}</time></span>
        </p>
        <StaleNote last_verified />
    }
}
