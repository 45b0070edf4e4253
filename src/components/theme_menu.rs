//! The colours menu of the full site: as on this device (the default,
//! following `prefers-color-scheme`), light or dark. The choice is saved on
//! this device (localStorage; no cookie) and set on `<html data-theme>`.
//! Pages are written with `auto`, and `public/early.js` applies a saved
//! choice before the page is first drawn, so no colours flash.

use directory_data::embed::Theme;
use leptos::prelude::*;

use crate::services::i18n::t;
use crate::services::preferences::{save_theme, saved_theme};

#[component]
pub fn ThemeMenu() -> impl IntoView {
    // As written at build time, then the saved choice once the page is live.
    let current = RwSignal::new(Theme::Auto);
    Effect::new(move |_| {
        if let Some(theme) = saved_theme() {
            current.set(theme);
        }
    });
    let on_change = move |ev| {
        if let Some(theme) = Theme::parse(&event_target_value(&ev)) {
            save_theme(theme);
            current.set(theme);
        }
    };
    let option = move |theme: Theme, label: String| {
        view! { <option value=theme.as_str() prop:selected=move || current.get() == theme>{label}</option> }
    };
    view! {
        <p class="theme-menu">
            <label for="theme-menu">{t!(theme_label)}</label>
            <select id="theme-menu" on:change=on_change>
                {option(Theme::Auto, t!(theme_auto).to_string())}
                {option(Theme::Light, t!(theme_light).to_string())}
                {option(Theme::Dark, t!(theme_dark).to_string())}
            </select>
        </p>
    }
}
