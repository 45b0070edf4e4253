//! Where a fact comes from: its status, when it was checked, its sources.

use std::rc::Rc;

use directory_data::{CountryFile, Date, Verification};
use leptos::prelude::*;

use crate::components::data_text::data_text;
use crate::components::external_link::external_link;
use crate::components::freshness::{StaleNote, is_stale_now};
use crate::components::report_problem::{ReportAbout, ReportProblem};
use crate::services::i18n::t;
use crate::services::intl;
use crate::services::labels;

/// A collapsed "N sources" block whose summary says the status in words
/// ("Unconfirmed · 1 source · last verified …"); opened, the note and each
/// source with its title, publisher, the date it shows and when it was
/// read. Before it, "may be out of date" when the entry was last verified
/// too long ago (for a detail of an entry, `parent`: only when the entry
/// as a whole does not already say so); after it, with `report`, a
/// "Report a problem" link.
#[component]
pub fn Provenance(
    verification: Verification,
    country: Rc<CountryFile>,
    #[prop(optional)] report: Option<ReportAbout>,
    #[prop(optional)] parent: Option<Date>,
) -> impl IntoView {
    let last_verified = verification.last_verified;
    let stale = move || {
        let said = parent.is_some_and(is_stale_now);
        (!said).then(|| view! { <StaleNote last_verified /> })
    };
    let report = report.map(|about| view! { <ReportProblem country=country.clone() about /> });
    view! { {stale} {sources(verification, country)} {report} }
}

fn sources(verification: Verification, country: Rc<CountryFile>) -> AnyView {
    let locale = intl::locale();
    let count = verification.sources.len();
    let checked = intl::format_date(verification.last_verified.into(), &locale);
    let sources = verification
        .sources
        .iter()
        .filter_map(|key| country.sources.get(key).cloned())
        .map(|source| {
            let title = source.title.clone();
            let link = match &source.url {
                Some(url) => external_link(url.clone(), None, view! { {data_text(title)} }),
                None => view! { <cite>{data_text(title)}</cite> }.into_any(),
            };
            let document = source.document.clone();
            let consulted = intl::format_date(source.consulted.into(), &locale);
            view! {
                <li>
                    {link} {t!(sep_comma)} {data_text(source.publisher.clone())}
                    {document.map(|d| view! { " (" {data_text(d)} ")" })} ". "
                    <span class="provenance__dates">
                        {t!(source_date_shown)} {t!(sep_colon)} {data_text(source.date_shown.clone())} {t!(sep_semicolon)}
                        {t!(source_consulted)} " " {consulted}
                    </span>
                </li>
            }
        })
        .collect_view();
    let status = verification.status;
    if count == 0 {
        // Nothing to open: say so in one line.
        return view! {
            <p class="provenance">
                {labels::status(status)} " · " {t!(no_sources)} " · " {t!(checked_on)} " "
                {checked} {verification.note.clone().map(|n| view! { ". " <span lang=crate::services::dataset::DATA_LANG dir="auto">{n}</span> })}
            </p>
        }
        .into_any();
    }
    view! {
        <details class="provenance">
            <summary>
                {labels::status(status)} " · "
                {t!(sources_summary, count = count)} " · "
                {t!(checked_on)} " " {checked}
            </summary>
            {verification.note.clone().map(|note| view! { <p class="provenance__note" lang=crate::services::dataset::DATA_LANG dir="auto">{note}</p> })}
            <ul class="provenance__sources">{sources}</ul>
        </details>
    }
    .into_any()
}
