//! The application shell: providers, page layout and the one route table.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{StaticSegment, path};

use crate::components::app_status::AppStatus;
use crate::components::quick_exit::QuickExit;
use crate::components::search_box::SearchBox;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::pages::accessibility::AccessibilityPage;
use crate::pages::coi::CoiPage;
use crate::pages::country::CountryPage;
use crate::pages::embed_builder::EmbedBuilderPage;
use crate::pages::home::HomePage;
use crate::pages::lgbtqi::LgbtqiPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::organisation::OrganisationPage;
use crate::pages::search::SearchPage;
use crate::services::i18n::t;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // The service worker (release builds; `trunk serve` runs without one so
    // that every reload shows the current code) and the offline state.
    crate::services::pwa::provide_pwa();
    view! {
        <DocumentTitle />
        <Router>
            <Layout />
        </Router>
    }
}

/// The full site's layout, or an embed view's (both in the language of
/// the address, set up before the app by `embed::init`).
#[component]
fn Layout() -> impl IntoView {
    if crate::services::embed::is_embed() {
        view! { <EmbedLayout /> }.into_any()
    } else {
        view! { <SiteLayout /> }.into_any()
    }
}

/// The one route table. Each public page that partners can embed has its
/// `/embed/…` twin, rendered by the same page component. Every language
/// but English has its pages under its own prefix (`/ar/countries/…`);
/// a page's language never changes without loading another page, so the
/// table has the page's prefix only.
#[component]
fn AppRoutes() -> impl IntoView {
    let language = crate::services::language::of_address();
    let prefix = if language == crate::services::language::LANGUAGES[0] {
        ""
    } else {
        language
    };
    view! {
        <Routes fallback=|| view! { <NotFoundPage /> }>
            <ParentRoute path=StaticSegment(prefix) view=Outlet>
                <Route path=path!("/") view=HomePage />
                <Route path=path!("/countries/:slug") view=CountryPage />
                <Route path=path!("/countries/:slug/lgbtqi") view=LgbtqiPage />
                <Route path=path!("/countries/:slug/coi") view=CoiPage />
                <Route path=path!("/organisations/:id") view=OrganisationPage />
                <Route path=path!("/search") view=SearchPage />
                <Route path=path!("/accessibility") view=AccessibilityPage />
                <Route path=path!("/embed-builder") view=EmbedBuilderPage />
                <Route path=path!("/embed/countries/:slug") view=CountryPage />
                <Route path=path!("/embed/countries/:slug/lgbtqi") view=LgbtqiPage />
                <Route path=path!("/embed/countries/:slug/coi") view=CoiPage />
                <Route path=path!("/embed/organisations/:id") view=OrganisationPage />
                <Route path=path!("/embed/search") view=SearchPage />
            </ParentRoute>
        </Routes>
    }
}

/// The full site: header, status bars, the page, footer.
#[component]
fn SiteLayout() -> impl IntoView {
    view! {
        <SiteHeader />
        <AppStatus />
        <main id="main-content" tabindex="-1">
            <AppRoutes />
        </main>
        <SiteFooter />
    }
}

/// An embed view: the page and a small footer, nothing else. Its height is
/// sent to the partner page whenever it changes.
#[component]
fn EmbedLayout() -> impl IntoView {
    let location = use_location();
    let full = move || crate::services::links::full_directory_link(&location.pathname.get());
    let wrapper = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(element) = wrapper.get() {
            crate::services::embed::report_height(&element);
        }
    });
    view! {
        <div class="embed" node_ref=wrapper>
            <QuickExit />
            <AppStatus />
            {move || {
                (crate::services::embed::shows_search() && !crate::services::links::on_search_page(&location.pathname.get()))
                    .then(|| view! { <SearchBox /> })
            }}
            <main id="main-content" tabindex="-1">
                <AppRoutes />
            </main>
            <footer class="embed-footer">
                <p>{t!(footer_notice)}</p>
                <p>
                    <a href=full target="_blank" rel="noopener noreferrer">
                        {t!(embed_open_full)}
                    </a>
                </p>
            </footer>
        </div>
    }
}

/// Every page's `<Title>` is formatted as "Page – Site name".
#[component]
fn DocumentTitle() -> impl IntoView {
    let formatter = move |page: String| {
        let site = t!(site_name).to_string();
        if page.is_empty() || page == site {
            site
        } else {
            format!("{page} – {site}")
        }
    };
    view! { <Title formatter /> }
}
