//! "Countries › Norway › LGBTQI+": where an inner page sits.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::services::i18n::t;

/// Crumbs as (label, link); the last is the current page and has no link.
/// In an embed the directory's home is not shown (it is not embedded), the
/// links stay inside the embed, and a single crumb is left out.
#[component]
pub fn Breadcrumbs(crumbs: Vec<(String, Option<String>)>) -> impl IntoView {
    let embed = crate::services::embed::is_embed();
    let crumbs: Vec<_> = crumbs
        .into_iter()
        .filter(|(_, href)| !(embed && href.as_deref() == Some("/")))
        .map(|(label, href)| (label, href.map(|h| crate::services::links::route(&h))))
        .collect();
    if crumbs.len() < 2 {
        return ().into_any();
    }
    view! {
        <nav class="breadcrumbs" aria-label=move || t!(breadcrumbs_label).to_string()>
            <ol>
                {crumbs
                    .into_iter()
                    .map(|(label, href)| match href {
                        Some(href) => view! { <li><A href=href exact=true><bdi>{label}</bdi></A></li> }.into_any(),
                        None => view! { <li aria-current="page"><bdi>{label}</bdi></li> }.into_any(),
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
    .into_any()
}
