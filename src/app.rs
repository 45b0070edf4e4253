//! The application shell: providers, page layout and the one route table.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::app_status::AppStatus;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::i18n::{I18nContextProvider, t_string, use_i18n};
use crate::pages::coi::CoiPage;
use crate::pages::country::CountryPage;
use crate::pages::home::HomePage;
use crate::pages::lgbtqi::LgbtqiPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::organisation::OrganisationPage;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // The service worker (release builds; `trunk serve` runs without one so
    // that every reload shows the current code) and the offline state.
    crate::pwa::provide_pwa();
    view! {
        <I18nContextProvider>
            <DocumentTitle />
            <Router>
                <SiteHeader />
                <AppStatus />
                <main id="main-content" tabindex="-1">
                    <Routes fallback=|| view! { <NotFoundPage /> }>
                        <Route path=path!("/") view=HomePage />
                        <Route path=path!("/countries/:slug") view=CountryPage />
                        <Route path=path!("/countries/:slug/lgbtqi") view=LgbtqiPage />
                        <Route path=path!("/countries/:slug/coi") view=CoiPage />
                        <Route path=path!("/organisations/:id") view=OrganisationPage />
                    </Routes>
                </main>
                <SiteFooter />
            </Router>
        </I18nContextProvider>
    }
}

/// Every page's `<Title>` is formatted as "Page – Site name".
#[component]
fn DocumentTitle() -> impl IntoView {
    let i18n = use_i18n();
    let formatter = move |page: String| {
        let site = t_string!(i18n, site_name).to_string();
        if page.is_empty() || page == site {
            site
        } else {
            format!("{page} – {site}")
        }
    };
    view! { <Title formatter /> }
}
