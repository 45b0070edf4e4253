//! The skip link and the site name, on every page.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{t, use_i18n};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main-content">{t!(i18n, skip_to_content)}</a>
        <header class="site-header">
            <A href="/" attr:class="site-header__name">{t!(i18n, site_name)}</A>
        </header>
    }
}
