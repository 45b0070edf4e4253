//! A week of opening hours, Monday first, with today marked.

use std::rc::Rc;

use directory_data::hours::{self, HoursStatus};
use directory_data::model::country::OpeningHours as Block;
use directory_data::model::vocabulary::Weekday;
use directory_data::phone::{shown_number, unbreakable};
use directory_data::verification::effective;
use directory_data::weekly::weekly;
use directory_data::{CountryFile, Organisation};
use leptos::prelude::*;

use crate::components::provenance::Provenance;
use crate::components::status_badge::StatusBadge;
use crate::services::i18n::t;
use crate::services::{intl, labels};

fn block_text(block: &Block) -> String {
    let kinds: Vec<String> = block.kinds.iter().map(|k| labels::hours_kind(*k)).collect();
    let mut text = format!("{}–{} · {}", block.opens, block.closes, intl::list(&kinds));
    if let Some(label) = &block.label {
        text.push_str(&format!(" ({label})"));
    }
    text
}

/// "Open now · closes 15:30" or "Closed · opens Monday at 09:30", at the
/// moment the page is shown, in the organisation's time zone. Unconfirmed
/// hours say so. Nothing when there are no hours. `hours`: an
/// organisation's. The line is there (empty, its height kept by the
/// styles) before the page is live, so nothing moves when it fills in.
#[component]
pub fn HoursNow(hours: Vec<Block>, time_zone: String) -> impl IntoView {
    (!hours.is_empty()).then(|| {
        let now = Memo::new(move |_| hours_now(&hours, &time_zone));
        view! {
            <p class="hours-now" class:hours-now--open=move || now.with(|n| n.as_ref().is_some_and(|(open, _)| *open))>
                {move || now.with(|n| n.as_ref().map(|(_, text)| text.clone()).unwrap_or_default())}
            </p>
        }
    })
}

/// Whether open now, and the line saying so; `None` before the page is
/// live.
fn hours_now(hours: &[Block], time_zone: &str) -> Option<(bool, String)> {
    let now = intl::now_in(time_zone)?;
    let status = hours::status(hours, now)?;
    let open = matches!(status, HoursStatus::Open { .. });
    let text = match status {
        HoursStatus::Open { closes, confirmed } => {
            let time = closes.to_string();
            if confirmed {
                t!(hours_open_now, time = time).to_string()
            } else {
                t!(hours_open_unconfirmed, time = time).to_string()
            }
        }
        HoursStatus::Closed { next: None, .. } => t!(hours_closed_none).to_string(),
        HoursStatus::Closed {
            next: Some((date, day, opens)),
            confirmed,
        } => {
            let time = opens.to_string();
            let text = if date == now.date {
                t!(hours_closed_today, time = time).to_string()
            } else if date == hours::add_days(now.date, 1) {
                t!(hours_closed_tomorrow, time = time).to_string()
            } else {
                t!(hours_closed_day, day = labels::weekday(day), time = time).to_string()
            };
            if confirmed {
                text
            } else {
                format!("{text} {}", t!(hours_unconfirmed_note))
            }
        }
    };
    Some((open, text))
}

#[component]
pub fn OpeningHours(org: Organisation, country: Rc<CountryFile>) -> impl IntoView {
    let time_zone = country.time_zone.clone();
    // Today's row is marked once the page is live.
    let today = Memo::new(move |_| intl::today_in(&time_zone));
    let days = weekly(&org.hours);
    let rows = Weekday::ALL
        .iter()
        .map(|&day| {
            let blocks = &days[day.index()];
            let is_today = move || today.get() == Some(day);
            let cell = if blocks.is_empty() {
                view! { <span class="hours__closed">{t!(closed)}</span> }.into_any()
            } else {
                blocks
                    .iter()
                    .map(|b| {
                        let status = b.verification.status;
                        // The number answered in this block, with its own status.
                        let phone = b.phone.as_ref().and_then(|id| org.phones.iter().find(|p| &p.id == id)).map(|p| {
                            let phone_status = effective(p.verification.as_ref(), &org.verification).status;
                            view! {
                                " · " <span class="hours__phone" dir="ltr">{unbreakable(shown_number(p))}</span>
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
                <tr class:hours__today=is_today aria-current=move || is_today().then_some("date")>
                    <th scope="row">
                        {labels::weekday(day)}
                        {move || is_today().then(|| view! { <span class="hours__today-mark">" (" {t!(today)} ")"</span> })}
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
                    {crate::services::intl::list(&days)} " " {b.opens.to_string()} "–" {b.closes.to_string()} {t!(sep_colon)}
                    <span lang=crate::services::dataset::DATA_LANG dir="auto">{b.note.clone()}</span>
                    <Provenance verification=b.verification.clone() country=country.clone() parent=org.verification.last_verified />
                </li>
            }
        })
        .collect_view();
    let zone = country.name.clone();
    view! {
        <table class="hours">
            <caption class="visually-hidden">{t!(org_hours)}</caption>
            <tbody>{rows}</tbody>
        </table>
        <p class="hours__zone">{t!(org_hours_zone, country = zone).to_string()}</p>
        <ul class="hours__notes">{notes}</ul>
    }
}
