//! "May be out of date": said on an entry last verified longer ago than the
//! dataset's threshold (`stale_after_months` in `index.json`, 12 months by
//! default). The rule is `directory_data::staleness`, tested natively.

use directory_data::Date;
use directory_data::model::index::DEFAULT_STALE_AFTER_MONTHS;
use directory_data::staleness::{is_stale, months_between};
use leptos::prelude::*;

use crate::services::i18n::t;

/// The threshold from the index (loaded before any page with entries).
fn threshold() -> u16 {
    crate::services::dataset::index_if_loaded()
        .map_or(DEFAULT_STALE_AFTER_MONTHS, |i| i.stale_after_months())
}

/// Today, on the device's calendar; `None` until the page is live
/// (reactive: pages written at build time say nothing about today).
pub fn today() -> Option<Date> {
    if !crate::services::live::is_live() {
        return None;
    }
    device_today()
}

#[cfg(not(feature = "ssr"))]
fn device_today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Some(Date {
        year: now.get_full_year() as u16,
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    })
}

#[cfg(feature = "ssr")]
fn device_today() -> Option<Date> {
    None
}

/// Whether an entry last verified on `last_verified` may be out of date
/// today (false until the page is live; reactive).
pub fn is_stale_now(last_verified: Date) -> bool {
    today().is_some_and(|today| is_stale(last_verified, today, threshold()))
}

/// The warning for an entry last verified on `last_verified`, or nothing
/// while it is recent (and until the page is live).
#[component]
pub fn StaleNote(last_verified: Date) -> impl IntoView {
    move || {
        let today = today()?;
        is_stale(last_verified, today, threshold()).then(|| {
            let months = months_between(last_verified, today).max(0) as u32;
            view! {
                <p class="stale-note" role="note">
                    <span aria-hidden="true">"⚠ "</span>
                    {t!(stale_warning, count = months)}
                </p>
            }
        })
    }
}

/// The warning for a detail with its own date (`own`), only when the entry
/// it belongs to (last verified on `parent`) does not already give it.
#[component]
pub fn StaleDetail(own: Option<Date>, parent: Date) -> impl IntoView {
    move || {
        own.filter(|&d| is_stale_now(d) && !is_stale_now(parent))
            .map(|last_verified| view! { <StaleNote last_verified /> })
    }
}
