//! The page for an address the app does not know (a path, a country, an
//! organisation), with a way back.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::page_focus::FocusHeading;
use leptos_router::components::A;

use crate::services::i18n::t;

/// What was not found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Missing {
    #[default]
    Page,
    Country,
    Organisation,
}

#[component]
pub fn NotFoundPage(#[prop(optional)] missing: Missing) -> impl IntoView {
    let title = move || match missing {
        Missing::Page => t!(not_found_title).to_string(),
        Missing::Country => t!(country_not_found_title).to_string(),
        Missing::Organisation => t!(org_not_found_title).to_string(),
    };
    let body = move || match missing {
        Missing::Page => t!(not_found_body).to_string(),
        Missing::Country => t!(country_not_found_body).to_string(),
        Missing::Organisation => t!(org_not_found_body).to_string(),
    };
    view! {
        <Title text=title />
        <div class="page page--not-found">
            <h1>{title}</h1>
            <FocusHeading />
            <p>{body}</p>
            <p>
                {if crate::services::embed::is_embed() {
                    view! {
                        <a href=crate::services::links::full_directory_link(crate::services::embed::PREFIX) target="_blank" rel="noopener noreferrer">{t!(embed_open_full)}</a>
                    }.into_any()
                } else {
                    view! { <A href=crate::services::links::route("/") exact=true>{t!(not_found_home)}</A> }.into_any()
                }}
            </p>
        </div>
    }
}
