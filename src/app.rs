//! The application shell: providers, page layout and the one route table.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::app_status::AppStatus;
use crate::components::quick_exit::QuickExit;
use crate::components::search_box::SearchBox;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::i18n::{I18nContextProvider, t, t_string, use_i18n};
use crate::pages::accessibility::AccessibilityPage;
use crate::pages::coi::CoiPage;
use crate::pages::country::CountryPage;
use crate::pages::embed_builder::EmbedBuilderPage;
use crate::pages::home::HomePage;
use crate::pages::lgbtqi::LgbtqiPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::organisation::OrganisationPage;
use crate::pages::search::SearchPage;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Embed views (`/embed/…`) are known from the address at start.
    crate::embed::provide_embed();
    // The service worker (release builds; `trunk serve` runs without one so
    // that every reload shows the current code) and the offline state.
    crate::pwa::provide_pwa();
    view! {
        <I18nContextProvider set_dir_attr_on_html=false>
            <DocumentTitle />
            <Router>
                <Layout />
            </Router>
        </I18nContextProvider>
    }
}

/// The full site's layout, or an embed view's (in the language its `lang`
/// option asks for).
#[component]
fn Layout() -> impl IntoView {
    choose_language();
    set_direction();
    keep_language_in_address();
    if crate::embed::is_embed() {
        view! { <EmbedLayout /> }.into_any()
    } else {
        crate::components::theme_menu::apply_saved_theme();
        view! { <SiteLayout /> }.into_any()
    }
}

/// Sets the UI language at start: the address's `?lang=` (also an embed's
/// option), else the choice saved on this device, else the browser's
/// languages, else English (`directory_data::locale::choose`).
fn choose_language() {
    use leptos_i18n::Locale as _;
    let all = crate::i18n::Locale::get_all();
    let codes: Vec<&str> = all.iter().map(|l| l.as_str()).collect();
    let query = window().location().search().unwrap_or_default();
    let from_address = directory_data::locale::lang_of(&query);
    let saved = crate::components::language_menu::saved_language();
    let browser: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    let code =
        directory_data::locale::choose(from_address.as_deref(), saved.as_deref(), &browser, &codes);
    if let Some(locale) = all.iter().find(|l| l.as_str() == code).copied() {
        crate::embed::set_language(locale.as_str(), from_address.is_some());
        let i18n = use_i18n();
        // Now, so the first render is in this language, and again in an
        // effect: leptos_i18n's context sets its own first guess (the
        // browser's languages) in an effect that runs after this one.
        i18n.set_locale(locale);
        Effect::new(move |done: Option<()>| {
            if done.is_none() {
                i18n.set_locale(locale);
            }
        });
    }
}

/// `<html dir>` from the UI language (`ltr` or `rtl`; leptos_i18n would
/// write `auto` for languages its data has no direction for).
fn set_direction() {
    use leptos_i18n::Locale as _;
    let i18n = use_i18n();
    Effect::new(move |_| {
        let dir = directory_data::locale::direction(i18n.get_locale().as_str());
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("dir", dir);
        }
    });
}

/// Keeps `?lang=` in the address equal to the UI language (left out for
/// English unless the first address had it: `embed::set_language`), so a
/// copied or shared link opens in the same language. Replaces the history
/// entry; focus stays.
fn keep_language_in_address() {
    use leptos_i18n::Locale as _;
    let i18n = use_i18n();
    let location = use_location();
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        let code = i18n.get_locale().as_str();
        let search = location.search.get();
        let current = directory_data::locale::lang_of(&search);
        let carried = crate::embed::link_language().is_some();
        if current.as_deref() == Some(code) || (current.is_none() && !carried) {
            return;
        }
        let path = location.pathname.get_untracked();
        let hash = location.hash.get_untracked();
        let query = directory_data::locale::with_lang(&search, code);
        navigate(
            &format!("{path}{query}{hash}"),
            leptos_router::NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    });
}

/// The one route table. Each public page that partners can embed has its
/// `/embed/…` twin, rendered by the same page component.
#[component]
fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <NotFoundPage /> }>
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
    let i18n = use_i18n();
    let location = use_location();
    let full = move || crate::embed::full_directory_link(&location.pathname.get());
    let wrapper = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(element) = wrapper.get() {
            crate::embed::report_height(&element);
        }
    });
    view! {
        <div class="embed" node_ref=wrapper>
            <QuickExit />
            <AppStatus />
            {move || {
                (crate::embed::shows_search() && !on_search_page(&location.pathname.get()))
                    .then(|| view! { <SearchBox /> })
            }}
            <main id="main-content" tabindex="-1">
                <AppRoutes />
            </main>
            <footer class="embed-footer">
                <p>{t!(i18n, footer_notice)}</p>
                <p>
                    <a href=full target="_blank" rel="noopener noreferrer">
                        {t!(i18n, embed_open_full)}
                    </a>
                </p>
            </footer>
        </div>
    }
}

/// The search page has its own, larger box: the header's is not shown there.
pub fn on_search_page(path: &str) -> bool {
    path == "/search" || path == "/embed/search"
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
