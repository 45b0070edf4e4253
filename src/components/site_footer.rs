//! The not-legal-advice notice, the embed builder link and the colours
//! menu, on every page of the full site.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::theme_menu::ThemeMenu;
use crate::services::i18n::t;

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t!(footer_notice)}</p>
            <p>{t!(footer_sources)}</p>
            <p><A href=crate::services::links::route("/embed-builder")>{t!(footer_embed)}</A></p>
            <p><A href=crate::services::links::route("/accessibility")>{t!(footer_accessibility)}</A></p>
            <ThemeMenu />
        </footer>
    }
}
