//! The search box in the header of every page (in an embed, only when its
//! `sections` ask for it). The form is handled here, never submitted, so a
//! strict `form-action` policy can stay: it opens `/search?q=…`.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::services::i18n::t;

#[component]
pub fn SearchBox() -> impl IntoView {
    let navigate = use_navigate();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(field) = input.get() else { return };
        let words = field.value().trim().to_string();
        // The box goes away on the search page: let go of focus first, so
        // that the new page's heading can take it.
        let _ = field.blur();
        navigate(
            &crate::services::links::route_with("/search", &[("q", &words)]),
            Default::default(),
        );
    };
    // The index starts loading when someone starts to search.
    let prefetch = |_| {
        leptos::task::spawn_local(async {
            let _ = crate::services::dataset::load_search_index().await;
        })
    };
    view! {
        // Without the app (not loaded yet, or no JavaScript) the form
        // still leads to the search page.
        <form class="search-box" role="search" method="get" action=crate::services::links::route("/search") on:submit=on_submit>
            <label for="site-search" class="visually-hidden">{t!(search_label)}</label>
            <input
                id="site-search"
                type="search"
                name="q"
                autocomplete="off"
                enterkeyhint="search"
                maxlength=directory_data::filter::MAX_QUERY_CHARS
                node_ref=input
                on:focus=prefetch
            />
            <button type="submit">{t!(search_button)}</button>
        </form>
    }
}
