//! `/accessibility`: the accessibility statement — the standard aimed at,
//! how it is checked, the known gaps, and how to report a problem.

use directory_data::Date;
use directory_data::contact::mailto;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::loaded::loaded;
use crate::components::page_focus::FocusHeading;
use crate::services::dataset::load_index;
use crate::services::i18n::t;
use crate::services::intl;

/// When the statement was last reviewed (change it with the text).
const UPDATED: Date = Date {
    year: 2026,
    month: 11,
    day: 26,
};

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let updated = intl::format_date(UPDATED.into(), &intl::locale());
    view! {
        <Title text=move || t!(a11y_title).to_string() />
        <Breadcrumbs crumbs=vec![
            (t!(breadcrumb_home).to_string(), Some("/".to_string())),
            (t!(a11y_title).to_string(), None),
        ] />
        <h1>{t!(a11y_title)}</h1>
        <FocusHeading />
        <p class="lead">{t!(a11y_intro)}</p>
        <h2>{t!(a11y_status_heading)}</h2>
        <p>{t!(a11y_status)}</p>
        <h2>{t!(a11y_tested_heading)}</h2>
        <p>{t!(a11y_tested)}</p>
        <h2>{t!(a11y_gaps_heading)}</h2>
        <ul>
            <li>{t!(a11y_gap_translations)}</li>
            <li>{t!(a11y_gap_data)}</li>
        </ul>
        <h2>{t!(a11y_contact_heading)}</h2>
        <p>{t!(a11y_contact)}</p>
        {loaded(|| (), |_| load_index(), move |index| {
            let subject = t!(a11y_title).to_string();
            let href = mailto(&index.maintainers.email, &subject, "");
            view! { <p><a href=href class="button-link">{t!(a11y_contact_link)}</a></p> }
        })}
        <p>{t!(a11y_updated, date = updated.clone())}</p>
    }
}
