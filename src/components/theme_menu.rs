//! The colours menu of the full site: as on this device (the default,
//! following `prefers-color-scheme`), light or dark. The choice is saved on
//! this device (localStorage; no cookie) and set on `<html data-theme>`;
//! `index.html` starts with `auto`, so a dark device gets no light flash.

use directory_data::embed::Theme;
use leptos::prelude::*;

use crate::i18n::t;

/// The localStorage key of the saved choice.
const SAVED_KEY: &str = "theme";

fn saved_theme() -> Option<Theme> {
    let stored = window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(SAVED_KEY)
        .ok()
        .flatten()?;
    Theme::parse(&stored)
}

fn apply(theme: Theme) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}

/// Applies the saved choice, at start (the full site only: embeds take
/// theirs from the address).
pub fn apply_saved_theme() {
    if let Some(theme) = saved_theme() {
        apply(theme);
    }
}

#[component]
pub fn ThemeMenu() -> impl IntoView {
    let current = RwSignal::new(saved_theme().unwrap_or(Theme::Auto));
    let on_change = move |ev| {
        if let Some(theme) = Theme::parse(&event_target_value(&ev)) {
            if let Ok(Some(storage)) = window().local_storage() {
                let _ = storage.set_item(SAVED_KEY, theme.as_str());
            }
            apply(theme);
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
                {option(Theme::Auto, crate::i18n::t!(theme_auto).to_string())}
                {option(Theme::Light, crate::i18n::t!(theme_light).to_string())}
                {option(Theme::Dark, crate::i18n::t!(theme_dark).to_string())}
            </select>
        </p>
    }
}
