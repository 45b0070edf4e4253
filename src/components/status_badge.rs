//! Marks a value that is not confirmed, in words (never by colour alone).

use directory_data::Status;
use leptos::prelude::*;

use crate::services::labels;

/// Nothing for a confirmed value; "Unconfirmed", "Partly confirmed" or "May
/// be out of date" otherwise.
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    (!status.is_confirmed()).then(|| {
        view! {
            <span class=format!("status status--{}", status.as_str())>{labels::status(status)}</span>
        }
    })
}
