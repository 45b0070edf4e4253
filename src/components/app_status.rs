//! The offline app's messages: a new version is waiting, you are offline,
//! and the Install button.

use leptos::prelude::*;

use crate::dataset::index_fetched_at;
use crate::i18n::{t, t_string, use_i18n};
use crate::intl;
use crate::pwa::use_pwa;

#[component]
pub fn AppStatus() -> impl IntoView {
    let i18n = use_i18n();
    let pwa = use_pwa();
    let offline_text = move || match index_fetched_at() {
        Some(ms) => {
            let date = intl::format_timestamp(ms, &intl::locale());
            t_string!(i18n, offline_banner, date = date).to_string()
        }
        None => t_string!(i18n, offline_banner_undated).to_string(),
    };
    view! {
        <div class="app-status" role="status">
            <Show when=move || pwa.update_waiting.get()>
                <p class="app-status__message app-status__message--update">
                    {t!(i18n, update_available)} " "
                    <button type="button" on:click=move |_| pwa.apply_update()>
                        {t!(i18n, update_reload)}
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
    let i18n = use_i18n();
    let pwa = use_pwa();
    view! {
        <Show when=move || pwa.can_install.get()>
            <button type="button" class="install-button" on:click=move |_| pwa.install()>
                {t!(i18n, install_app)}
            </button>
        </Show>
    }
}
