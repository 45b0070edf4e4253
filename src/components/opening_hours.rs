//! A week of opening hours, Monday first, with today marked.

use std::rc::Rc;

use directory_data::country::OpeningHours as Block;
use directory_data::display::{effective, national_format, weekly};
use directory_data::vocabulary::Weekday;
use directory_data::{CountryFile, Organisation};
use leptos::prelude::*;

use crate::components::provenance::Provenance;
use crate::components::status_badge::StatusBadge;
use crate::i18n::{t, t_string, use_i18n};
use crate::{intl, labels};

fn block_text(block: &Block) -> String {
    let kinds: Vec<String> = block.kinds.iter().map(|k| labels::hours_kind(*k)).collect();
    let mut text = format!("{}–{} · {}", block.opens, block.closes, kinds.join(", "));
    if let Some(label) = &block.label {
        text.push_str(&format!(" ({label})"));
    }
    text
}

#[component]
pub fn OpeningHours(org: Organisation, country: Rc<CountryFile>) -> impl IntoView {
    let i18n = use_i18n();
    let today = intl::today_in(&country.time_zone);
    let days = weekly(&org.hours);
    let rows = Weekday::ALL
        .iter()
        .map(|&day| {
            let blocks = &days[day.index()];
            let is_today = today == Some(day);
            let cell = if blocks.is_empty() {
                view! { <span class="hours__closed">{t!(i18n, closed)}</span> }.into_any()
            } else {
                blocks
                    .iter()
                    .map(|b| {
                        let status = b.verification.status;
                        // The number answered in this block, with its own status.
                        let phone = b.phone.as_ref().and_then(|id| org.phones.iter().find(|p| &p.id == id)).map(|p| {
                            let phone_status = effective(p.verification.as_ref(), &org.verification).status;
                            view! {
                                " · " <span class="hours__phone" dir="ltr">{national_format(&p.number)}</span>
                                " " <StatusBadge status=phone_status />
                            }
                        });
                        view! {
                            <span class="hours__block">{block_text(b)} {phone} " " <StatusBadge status /></span>
                        }
                    })
                    .collect_view()
                    .into_any()
            };
            view! {
                <tr class:hours__today=is_today aria-current=is_today.then_some("date")>
                    <th scope="row">
                        {labels::weekday(day)}
                        {is_today.then(|| view! { <span class="hours__today-mark">" (" {t!(i18n, today)} ")"</span> })}
                    </th>
                    <td>{cell}</td>
                </tr>
            }
        })
        .collect_view();
    // Notes (advice and warnings) for the blocks that have one.
    let notes = org
        .hours
        .iter()
        .filter(|b| b.note.is_some())
        .map(|b| {
            let days: Vec<String> = b.days.iter().map(|d| labels::weekday(*d)).collect();
            view! {
                <li>
                    {days.join(", ")} " " {b.opens.to_string()} "–" {b.closes.to_string()} ": "
                    {b.note.clone()}
                    <Provenance verification=b.verification.clone() country=country.clone() />
                </li>
            }
        })
        .collect_view();
    let zone = country.name.clone();
    view! {
        <table class="hours">
            <caption class="visually-hidden">{t!(i18n, org_hours)}</caption>
            <tbody>{rows}</tbody>
        </table>
        <p class="hours__zone">{t_string!(i18n, org_hours_zone, country = zone).to_string()}</p>
        <ul class="hours__notes">{notes}</ul>
    }
}
