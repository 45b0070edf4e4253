//! "Descriptions and facts on this page are in English": said on pages
//! with data texts when the interface is in another language (the texts
//! themselves carry `lang`); "Some descriptions and facts …" where some
//! texts are shown translated.

use leptos::prelude::*;

use crate::services::i18n::t;

#[component]
pub fn DataLanguageNote(
    /// Some texts on the page are shown in the UI language.
    #[prop(optional)]
    partly: bool,
) -> impl IntoView {
    (crate::services::language::shown() != crate::services::dataset::DATA_LANG).then(|| {
        let text = if partly {
            t!(data_partly_in_english)
        } else {
            t!(data_in_english)
        };
        view! { <p class="data-language" role="note">{text}</p> }
    })
}
