//! The language menu: every UI language in its own name. A choice is
//! saved on this device (localStorage; no cookie) and written into the
//! address as `?lang=`, so a shared link opens in the same language; the
//! page is then loaded again in it.

use leptos::prelude::*;

use crate::i18n::{LANGUAGES, t};
use crate::intl;

/// The localStorage key of the saved choice.
pub const SAVED_KEY: &str = "lang";

/// The language saved on this device, if any (and if storage is allowed).
pub fn saved_language() -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(SAVED_KEY)
        .ok()
        .flatten()
}

fn save_language(code: &str) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(SAVED_KEY, code);
    }
}

#[component]
pub fn LanguageMenu() -> impl IntoView {
    // While the page is in English because its language's file could not
    // be loaded, the menu shows the language asked for, so choosing
    // English is a choice.
    let current = crate::i18n::unavailable().unwrap_or_else(crate::i18n::language);
    let options = LANGUAGES
        .iter()
        .map(|&code| {
            // Each language in its own name, from the browser's Intl.
            let name = intl::language_name(code, code);
            view! { <option value=code lang=code selected=code == current>{name}</option> }
        })
        .collect_view();
    // The page is loaded again in the new language (much of a page's text
    // is worked out once, when it is made); the files come from the cache.
    let on_change = move |ev| {
        let code = event_target_value(&ev);
        if LANGUAGES.contains(&code.as_str()) {
            save_language(&code);
            let location = window().location();
            let path =
                directory_data::address::same_site_path(&location.pathname().unwrap_or_default());
            let query =
                directory_data::locale::with_lang(&location.search().unwrap_or_default(), &code);
            let hash = location.hash().unwrap_or_default();
            let _ = location.replace(&format!("{path}{query}{hash}"));
        }
    };
    view! {
        <p class="language-menu">
            <label for="language-menu">{t!(language_label)}</label>
            <select id="language-menu" on:change=on_change>{options}</select>
        </p>
    }
}
