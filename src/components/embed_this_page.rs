//! "Embed this page on your website": a link to the embed builder with the
//! page chosen. Not shown inside embeds.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::services::i18n::t;

#[component]
pub fn EmbedThisPage(path: String) -> impl IntoView {
    (!crate::services::embed::is_embed()).then(|| {
        let href = crate::services::links::route_with("/embed-builder", &[("page", &path)]);
        view! {
            <p class="embed-this">
                <A href=href>{t!(embed_this_page)}</A>
            </p>
        }
    })
}
