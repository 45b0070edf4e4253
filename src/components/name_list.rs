//! Names from the data in a row ("Juss-Buss, JussBuss, Jusstudentenes
//! rettsinformasjon"), each in its own `<bdi>`, with the UI language's
//! separator between them: in a right-to-left page each name keeps its own
//! direction and the names come in the page's reading order.

use leptos::prelude::*;

#[component]
pub fn NameList(names: Vec<String>, separator: String) -> impl IntoView {
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let separator = (i > 0).then(|| separator.clone());
            view! { {separator} <bdi>{name}</bdi> }
        })
        .collect_view()
}
