//! Choices saved on this device (localStorage; never a cookie, never sent
//! anywhere): the colours. The saved language is written and read by the
//! pages' first script (`public/early.js`), because it must act before the
//! app has loaded; the same script applies a saved theme before the first
//! paint, under the same key as here.

use directory_data::embed::Theme;
use leptos::prelude::*;

/// The localStorage key of the saved colours (`public/early.js` reads it).
const THEME_KEY: &str = "theme";

/// The colours saved on this device, if any.
pub fn saved_theme() -> Option<Theme> {
    let stored = window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(THEME_KEY)
        .ok()
        .flatten()?;
    Theme::parse(&stored)
}

/// Saves `theme` on this device (where storage is allowed) and applies it
/// to the page (`<html data-theme>`).
pub fn save_theme(theme: Theme) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(THEME_KEY, theme.as_str());
    }
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}
