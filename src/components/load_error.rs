//! What a page shows when its data cannot be loaded: what went wrong, in
//! words, and a way to try again. Never a blank page.

use leptos::prelude::*;

use crate::services::dataset::LoadError;
use crate::services::i18n::t;

#[component]
pub fn LoadErrorMessage(error: LoadError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let text = if error.needs_newer_app() {
        t!(load_error_newer)
    } else if error.is_data_problem() {
        t!(load_error_data)
    } else if error.is_timeout() {
        t!(load_error_slow)
    } else if error.http_status() == Some(404) {
        t!(load_error_missing)
    } else if error.http_status().is_some_and(|s| s >= 500) {
        t!(load_error_server)
    } else {
        t!(load_error_network)
    };
    // Data newer than the app: trying again fetches the same data; the
    // page must load again to get the new app.
    let button = if error.needs_newer_app() {
        view! {
            <button type="button" on:click=move |_| {
                let _ = window().location().reload();
            }>{t!(update_reload)}</button>
        }
        .into_any()
    } else {
        view! {
            <button type="button" on:click=move |_| on_retry.run(())>
                {t!(retry)}
            </button>
        }
        .into_any()
    };
    view! {
        <div class="load-error" role="alert">
            <h2>{t!(load_error_heading)}</h2>
            <p>{text}</p>
            <details>
                <summary>{t!(load_error_details)}</summary>
                <p class="load-error__detail">{error.to_string()}</p>
            </details>
            {button}
        </div>
    }
}
