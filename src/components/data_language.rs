//! "Descriptions and facts on this page are in English": said on pages
//! with data texts when the interface is in another language (the texts
//! themselves carry `lang`).

use leptos::prelude::*;
use leptos_i18n::Locale as _;

use crate::i18n::{t, use_i18n};

#[component]
pub fn DataLanguageNote() -> impl IntoView {
    let i18n = use_i18n();
    move || {
        (i18n.get_locale().as_str() != crate::dataset::DATA_LANG).then(|| {
            view! { <p class="data-language" role="note">{t!(i18n, data_in_english)}</p> }
        })
    }
}
