//! The three states of a page that needs data: a placeholder while it loads
//! (the same height as the content's top, so nothing jumps), the page, or
//! what went wrong with a Retry.

use leptos::prelude::*;

use crate::components::load_error::LoadErrorMessage;
use crate::dataset::LoadError;
use crate::i18n::t;

#[component]
pub fn PagePlaceholder() -> impl IntoView {
    view! {
        <div class="placeholder" aria-busy="true">
            <p role="status" class="placeholder__status">{t!(placeholder_loading)}</p>
            <div class="placeholder__heading"></div>
            <div class="placeholder__line"></div>
            <div class="placeholder__line"></div>
            <div class="placeholder__block"></div>
        </div>
    }
}

/// Renders `render(value)` once `resource` has loaded.
pub fn loaded<T, V>(
    resource: LocalResource<Result<T, LoadError>>,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=PagePlaceholder>
            {move || {
                resource
                    .get()
                    .map(|result| match result {
                        Ok(value) => render(value).into_any(),
                        Err(error) => {
                            view! { <LoadErrorMessage error on_retry=move || resource.refetch() /> }
                                .into_any()
                        }
                    })
            }}
        </Suspense>
    }
}
