//! One fact in a list of facts (a treaty, a law, an authority …): what it
//! says, then where it comes from and how far it is confirmed, with the
//! link to report a problem with it.

use std::rc::Rc;

use directory_data::{CountryFile, Fact, Verification};
use leptos::prelude::*;

use crate::components::provenance::Provenance;
use crate::components::report_problem::ReportAbout;
use crate::services::dataset::DATA_LANG;

/// The list item: `content`, then its provenance. A function, not a
/// component with children, as `page_section`: the content is drawn at
/// once, from data the caller borrows.
pub fn fact_item(
    verification: Verification,
    country: Rc<CountryFile>,
    report: ReportAbout,
    content: impl IntoView,
) -> impl IntoView {
    view! {
        <li>
            {content}
            <Provenance verification country report />
        </li>
    }
}

/// Statements of fact, each with its provenance and a "Report a problem"
/// link naming it as an entry of `list` (`protection.procedure`).
#[component]
pub fn FactList(facts: Vec<Fact>, country: Rc<CountryFile>, list: &'static str) -> impl IntoView {
    let items = facts
        .into_iter()
        .map(|f| {
            let report = ReportAbout::new(list, &f.id, "statement", f.statement.clone());
            let statement = view! { <span lang=DATA_LANG dir="auto">{f.statement}</span> };
            fact_item(f.verification, country.clone(), report, statement)
        })
        .collect_view();
    view! { <ul class="facts">{items}</ul> }
}
