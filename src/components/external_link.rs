//! A link out of the directory to an address from the data: opens as the
//! page's links out do (a new tab in embeds), and is a link only when the
//! address is a web address (`directory_data::url::is_web_link`); data
//! that never went through the validator cannot make a `javascript:` or
//! `data:` link, its text is shown as text.

use directory_data::url::is_web_link;
use leptos::prelude::*;

/// `content` linked to `href` (`dir`: `Some("ltr")` for links whose text is
/// the address itself), or shown unlinked when `href` is no web address.
pub fn external_link(href: String, dir: Option<&'static str>, content: impl IntoView) -> AnyView {
    if is_web_link(&href) {
        view! {
            <a
                href=href
                dir=dir
                target=crate::services::links::leave_target()
                rel=crate::services::links::leave_rel()
            >
                {content}
            </a>
        }
        .into_any()
    } else {
        view! { <span dir=dir>{content}</span> }.into_any()
    }
}
