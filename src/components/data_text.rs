//! Text from the data files inside the interface's own words. Each piece
//! carries its language (`lang`: a screen reader then reads an English
//! name in an Arabic page with English rules) and is isolated from the
//! text around it (`<bdi>`, or `dir="auto"` on a block), so a right-to-left
//! name cannot reorder a left-to-right sentence or the other way round.

use leptos::prelude::*;

use crate::services::dataset::DATA_LANG;

// Plain functions, not components: they draw once from what they are
// given, and a component's reactive boundary would cost the wasm bytes
// at every kind of call (docs/developers-guide.md).

/// A name or short text in the data's language (English), inline.
pub fn data_text(text: impl Into<String>) -> impl IntoView {
    let text: String = text.into();
    view! { <bdi lang=DATA_LANG>{text}</bdi> }
}

/// A name in a local language (the country's, or the organisation's own
/// name's), inline. Without a known language, no `lang` at all: never a
/// wrong one.
pub fn local_text(text: String, lang: Option<String>) -> impl IntoView {
    view! { <bdi lang=lang>{text}</bdi> }
}

/// A paragraph of data text, its direction from its own letters.
pub fn data_paragraph(text: String) -> impl IntoView {
    view! { <p lang=DATA_LANG dir="auto">{text}</p> }
}

/// Texts from the data as list items, each in `lang` (a translation's, or
/// the data's), its direction from its own letters.
pub fn data_list_items(texts: &[String], lang: &str) -> impl IntoView + use<> {
    let lang = lang.to_string();
    texts
        .iter()
        .map(|text| view! { <li><span lang=lang.clone() dir="auto">{text.clone()}</span></li> })
        .collect_view()
}
