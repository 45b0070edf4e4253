//! What a page shows when its data cannot be loaded: what went wrong, in
//! words, and a way to try again. Never a blank page.

use leptos::prelude::*;

use crate::dataset::LoadError;
use crate::i18n::t;

#[component]
pub fn LoadErrorMessage(error: LoadError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let is_data_problem = error.is_data_problem();
    view! {
        <div class="load-error" role="alert">
            <h2>{t!(load_error_heading)}</h2>
            <p>
                {move || {
                    if is_data_problem {
                        t!(load_error_data).into_any()
                    } else {
                        t!(load_error_network).into_any()
                    }
                }}
            </p>
            <details>
                <summary>{t!(load_error_details)}</summary>
                <p class="load-error__detail">{error.to_string()}</p>
            </details>
            <button type="button" on:click=move |_| on_retry.run(())>
                {t!(retry)}
            </button>
        </div>
    }
}
