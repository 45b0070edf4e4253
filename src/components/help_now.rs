//! "Get help now": the first thing on a country page (and on its LGBTQI+
//! page), for someone in a hurry on a phone. Each organisation is a compact
//! row: its name (a jump to its full entry further down), who it is for,
//! whether it is open now, a large Call button and its e-mail. The full
//! entries follow in the page's own order.

use directory_data::Organisation;
use directory_data::phone::number_to_call;
use directory_data::verification::effective;
use leptos::prelude::*;

use crate::components::contacts::phone_caption;
use crate::components::opening_hours::HoursNow;
use crate::components::page_section::focus_jump_target;
use crate::components::status_badge::StatusBadge;
use crate::services::i18n::t;

/// `groups`: each list's heading and its organisations (legal aid, then
/// other support); `time_zone`: the country's, for "Open now".
#[component]
pub fn HelpNow(groups: Vec<(String, Vec<Organisation>)>, time_zone: String) -> impl IntoView {
    let groups: Vec<_> = groups
        .into_iter()
        .filter(|(_, orgs)| !orgs.is_empty())
        .collect();
    (!groups.is_empty()).then(|| {
        let lists = groups
            .into_iter()
            .map(|(heading, orgs)| {
                let rows = orgs
                    .into_iter()
                    .map(|org| view! { <HelpRow org time_zone=time_zone.clone() /> })
                    .collect_view();
                view! {
                    <h3 class="help-now__group">{heading}</h3>
                    <ul class="help-rows" on:click=focus_jump_target>{rows}</ul>
                }
            })
            .collect_view();
        view! {
            <section class="help-now" aria-labelledby="help-now-heading">
                <h2 id="help-now-heading">{t!(help_now_heading)}</h2>
                {lists}
            </section>
        }
    })
}

#[component]
fn HelpRow(org: Organisation, time_zone: String) -> impl IntoView {
    let v = &org.verification;
    let call = number_to_call(&org.phones, v).map(|(phone, status)| {
        let display = directory_data::phone::shown_number(phone).to_string();
        let label = t!(
            call_label,
            name = org.name.clone(),
            number = display.clone()
        )
        .to_string();
        // What the number is for, when it is not the main one.
        let caption = (phone.purpose != directory_data::model::vocabulary::PhonePurpose::Main)
            .then(|| view! { <span class="help-row__caption">{phone_caption(phone)}</span> });
        view! {
            <a
                class="call-button"
                href=format!("tel:{}", phone.number)
                aria-label=label
                target=crate::services::links::leave_target()
                rel=crate::services::links::leave_rel()
            >
                <span class="call-button__word">{t!(call)}</span>
                " "
                <span class="call-button__number" dir="ltr">{directory_data::phone::unbreakable(&display)}</span>
            </a>
            {caption}
            <StatusBadge status />
        }
    });
    let email = org.emails.first().and_then(|e| {
        directory_data::contact::email_is_plain(&e.address).then(|| {
            let status = effective(e.verification.as_ref(), v).status;
            view! {
                <span class="help-row__email">
                    <a href=format!("mailto:{}", e.address) dir="ltr" target=crate::services::links::leave_target() rel=crate::services::links::leave_rel()>{e.address.clone()}</a>
                    " "
                    <StatusBadge status />
                </span>
            }
        })
    });
    let who = org
        .eligibility_in(crate::services::intl::ui_code())
        .map(|e| e.owned());
    view! {
        <li class="help-row">
            <p class="help-row__name">
                <a href=format!("#org-{}", org.id)><bdi lang=org.name_language().to_string()>{org.name.clone()}</bdi></a>
            </p>
            {who.map(|(text, lang)| view! { <p class="help-row__who" lang=lang dir="auto">{text}</p> })}
            <HoursNow hours=org.hours.clone() time_zone />
            <p class="help-row__actions">{call}{email}</p>
        </li>
    }
}
