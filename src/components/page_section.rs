//! A page's main sections and the "On this page" box that jumps to them,
//! from one list, so the links and the headings cannot drift apart.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::services::i18n::t;

/// A section the "On this page" box can jump to: focusable (`tabindex="-1"`)
/// so that the next Tab after a jump continues inside it. (A function, not
/// a component: its content holds non-`Send` data, which `Children` refuses.)
pub fn page_section(id: &'static str, heading: String, content: impl IntoView) -> impl IntoView {
    let labelled_by = format!("{id}-heading");
    let heading_id = labelled_by.clone();
    view! {
        <section id=id tabindex="-1" aria-labelledby=labelled_by>
            <h2 id=heading_id>{heading}</h2>
            {content}
        </section>
    }
}

/// Jump links to the page's sections, given as (id, heading).
#[component]
pub fn OnThisPage(sections: Vec<(&'static str, String)>) -> impl IntoView {
    // One section (an embed showing one) needs no list.
    if sections.len() < 2 {
        return ().into_any();
    }
    let links = sections
        .into_iter()
        .map(|(id, heading)| view! { <li><a href=format!("#{id}")>{heading}</a></li> })
        .collect_view();
    view! {
        <nav class="on-this-page" aria-labelledby="on-this-page-heading">
            <h2 id="on-this-page-heading" class="on-this-page__heading">{t!(on_this_page)}</h2>
            <ul on:click=focus_jump_target>{links}</ul>
        </nav>
    }
    .into_any()
}

/// After a jump link, moves keyboard focus into the section it points to.
pub fn focus_jump_target(ev: leptos::ev::MouseEvent) {
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
        .and_then(|el| el.closest("a").ok().flatten())
    else {
        return;
    };
    let Some(id) = link
        .get_attribute("href")
        .and_then(|h| h.strip_prefix('#').map(str::to_string))
    else {
        return;
    };
    if let Some(section) = document()
        .get_element_by_id(&id)
        .and_then(|el| el.dyn_into::<leptos::web_sys::HtmlElement>().ok())
    {
        let _ = section.focus();
    }
}
