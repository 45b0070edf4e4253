//! The skip link, "Exit this page", the site name, the language menu and
//! the search box, on every page; on phones one compact row (the language
//! by its code, search as a link to the search page).

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::HtmlElement;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::app_status::InstallButton;
use crate::components::language_menu::LanguageMenu;
use crate::components::quick_exit::QuickExit;
use crate::components::search_box::SearchBox;
use crate::services::i18n::t;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let location = use_location();
    view! {
        <a class="skip-link" href="#main-content" on:click=skip_to_main>
            {t!(skip_to_content)}
        </a>
        <QuickExit />
        <header class="site-header">
            <A href=crate::services::links::route("/") exact=true attr:class="site-header__name">{site_name()}</A>
            <LanguageMenu />
            <InstallButton />
            // On phones the box gives way to a link to the search page
            // (style/main.css), which has its own, larger box.
            {move || (!crate::services::links::on_search_page(&location.pathname.get())).then(|| view! {
                <SearchBox />
                <A href=crate::services::links::route("/search") attr:class="search-link">{t!(search_button)}</A>
            })}
        </header>
    }
}

/// Moves focus to `<main>` itself: the router would otherwise treat the
/// fragment link as a navigation and leave focus on the link.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document()
        .get_element_by_id("main-content")
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

/// The site's name; where a language has a shorter form for phones (a long
/// name takes four lines at 360 px), both, and the style shows one.
fn site_name() -> impl IntoView {
    let (long, short) = (t!(site_name), t!(site_name_short));
    if long == short {
        return view! { {long} }.into_any();
    }
    view! {
        <span class="site-header__name-long">{long}</span>
        <span class="site-header__name-short">{short}</span>
    }
    .into_any()
}
