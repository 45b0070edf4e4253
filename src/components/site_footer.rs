//! The not-legal-advice notice, the embed builder link and the colours
//! menu, on every page of the full site.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::theme_menu::ThemeMenu;
use crate::i18n::{t, use_i18n};

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{t!(i18n, footer_notice)}</p>
            <p>{t!(i18n, footer_sources)}</p>
            <p><A href=crate::embed::route("/embed-builder")>{t!(i18n, footer_embed)}</A></p>
            <p><A href=crate::embed::route("/accessibility")>{t!(i18n, footer_accessibility)}</A></p>
            <ThemeMenu />
        </footer>
    }
}
