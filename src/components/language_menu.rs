//! The language menu: every UI language in its own name, as plain links to
//! this page in that language (`/ar/countries/norway`), so it works before
//! and without the app. Following one saves the choice on this device
//! (localStorage, no cookie; `public/early.js` does it, so it works before
//! the app has loaded), and a page opened later without a language prefix
//! goes to the saved language.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::services::i18n::t;
use crate::services::intl;
use crate::services::language::LANGUAGES;

#[component]
pub fn LanguageMenu() -> impl IntoView {
    // While the page is in English because its language's file could not
    // be loaded, the menu shows the language asked for, so choosing
    // English is a choice.
    let current = crate::services::language::of_address();
    let location = use_location();
    let items = LANGUAGES
        .iter()
        .map(|&code| {
            // This page in `code`, with its query.
            let href = move || {
                let path =
                    crate::services::language::site_path(&location.pathname.get()).to_string();
                format!(
                    "{}{}",
                    directory_data::locale::language_path(code, LANGUAGES[0], &path),
                    location.search.get(),
                )
            };
            // Each language in its own name.
            let name = intl::language_name(code, code);
            // A full page load (the router would look for the page among
            // this language's routes).
            view! {
                <li>
                    <a
                        href=href
                        hreflang=code
                        lang=code
                        rel="alternate external"
                        aria-current=(code == current).then_some("true")
                    >
                        {name}
                    </a>
                </li>
            }
        })
        .collect_view();
    let current_name = intl::language_name(current, current);
    view! {
        <details class="language-menu">
            // On phones only the language's code shows (style/main.css);
            // screen readers hear "Language" and its name on every screen.
            <summary>
                <span class="language-menu__label">{t!(language_label)}</span>
                <span class="language-menu__current" lang=current>
                    {current_name}
                </span>
                <span class="language-menu__code" aria-hidden="true">{current.to_ascii_uppercase()}</span>
            </summary>
            <ul class="language-menu__list">{items}</ul>
        </details>
    }
}
