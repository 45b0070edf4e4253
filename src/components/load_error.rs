//! What a page shows when its data cannot be loaded: what went wrong, in
//! words, and a way to try again. Never a blank page.

use leptos::prelude::*;

use crate::dataset::LoadError;
use crate::i18n::{t, use_i18n};

#[component]
pub fn LoadErrorMessage(error: LoadError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let is_data_problem = error.is_data_problem();
    view! {
        <div class="load-error" role="alert">
            <h2>{t!(i18n, load_error_heading)}</h2>
            <p>
                {move || {
                    if is_data_problem {
                        t!(i18n, load_error_data).into_any()
                    } else {
                        t!(i18n, load_error_network).into_any()
                    }
                }}
            </p>
            <details>
                <summary>{t!(i18n, load_error_details)}</summary>
                <p class="load-error__detail">{error.to_string()}</p>
            </details>
            <button type="button" on:click=move |_| on_retry.run(())>
                {t!(i18n, retry)}
            </button>
        </div>
    }
}
