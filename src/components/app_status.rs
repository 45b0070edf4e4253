//! The offline app's messages: a new version is waiting, you are offline,
//! and the Install button.

use leptos::prelude::*;

use crate::services::dataset::index_fetched_at;
use crate::services::i18n::t;
use crate::services::intl;
use crate::services::pwa::use_pwa;

#[component]
pub fn AppStatus() -> impl IntoView {
    let pwa = use_pwa();
    let offline_text = move || match index_fetched_at() {
        Some(ms) => {
            let date = intl::format_timestamp(ms, &intl::locale());
            t!(offline_banner, date = date).to_string()
        }
        None => t!(offline_banner_undated).to_string(),
    };
    // The language file could not be loaded: the page is in English, and
    // says so (in English, the only words it has).
    let unavailable = crate::services::language::unavailable().map(|code| {
        let language = intl::language_name(code, code);
        view! {
            <p class="app-status__message app-status__message--language">
                {t!(language_unavailable, language = language)}
            </p>
        }
    });
    view! {
        <div class="app-status" role="status">
            {unavailable}
            <Show when=move || pwa.update_waiting.get()>
                <p class="app-status__message app-status__message--update">
                    {t!(update_available)} " "
                    <button type="button" on:click=move |_| pwa.apply_update()>
                        {t!(update_reload)}
                    </button>
                </p>
            </Show>
            <Show when=move || pwa.offline.get()>
                <p class="app-status__message app-status__message--offline">{offline_text}</p>
            </Show>
        </div>
    }
}

#[component]
pub fn InstallButton() -> impl IntoView {
    let pwa = use_pwa();
    view! {
        <Show when=move || pwa.can_install.get()>
            <button type="button" class="install-button" on:click=move |_| pwa.install()>
                {t!(install_app)}
            </button>
        </Show>
    }
}
