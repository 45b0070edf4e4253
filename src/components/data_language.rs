//! "Descriptions and facts on this page are in English": said on pages
//! with data texts when the interface is in another language (the texts
//! themselves carry `lang`); "Some descriptions and facts …" where some
//! texts are shown translated.

use leptos::prelude::*;
use leptos_i18n::Locale as _;

use crate::i18n::{t, use_i18n};

#[component]
pub fn DataLanguageNote(
    /// Some texts on the page are shown in the UI language.
    #[prop(optional)]
    partly: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        (i18n.get_locale().as_str() != crate::dataset::DATA_LANG).then(|| {
            let text = if partly {
                t!(i18n, data_partly_in_english).into_any()
            } else {
                t!(i18n, data_in_english).into_any()
            };
            view! { <p class="data-language" role="note">{text}</p> }
        })
    }
}
