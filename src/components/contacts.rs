//! Phone numbers, e-mail addresses, websites and addresses: links that work
//! on a phone, a copy button with a visible confirmation, and an
//! "Unconfirmed" mark where the value is not confirmed.

use directory_data::contact::map_search_url;
use directory_data::model::country::{Address, Email, Phone, Website};
use directory_data::model::vocabulary::PhonePurpose;
use directory_data::phone::{number_from_abroad, shown_number};
use directory_data::url::url_host;
use directory_data::{Status, Verification};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::JsValue;

use crate::components::data_text::data_text;
use crate::components::external_link::external_link;
use crate::components::status_badge::StatusBadge;
use crate::services::i18n::t;
use crate::services::labels;

/// Writes `text` to the clipboard; false where the browser has no clipboard
/// (plain-HTTP pages, some in-app browsers) or refuses.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Copies `text` and says so ("Copied", or "Could not copy") where the
/// button is, and to screen readers.
#[component]
pub fn CopyButton(text: String, label: String) -> impl IntoView {
    // None: not pressed yet; Some(true): copied; Some(false): not possible here.
    let outcome = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = text.clone();
        spawn_local(async move {
            outcome.set(Some(copy_to_clipboard(&text).await));
            set_timeout(move || outcome.set(None), std::time::Duration::from_secs(3));
        });
    };
    let said = move || match outcome.get() {
        Some(true) => t!(copied).to_string(),
        Some(false) => t!(copy_failed).to_string(),
        None => String::new(),
    };
    view! {
        <button type="button" class="copy-button" on:click=copy aria-label=label>
            {move || if outcome.get().is_some() { said() } else { t!(copy).to_string() }}
        </button>
        <span class="visually-hidden" aria-live="polite">{said}</span>
    }
}

/// What a phone is for, in words: its purpose, and its label when the label
/// says more (MiRA's information line is not "Information line – Information line").
pub fn phone_caption(phone: &Phone) -> impl IntoView + use<> {
    let purpose = labels::phone_purpose(phone.purpose);
    // The data's own label, in the data's language.
    let label = phone
        .label
        .clone()
        .filter(|label| !label.eq_ignore_ascii_case(&purpose))
        .map(|label| view! { " – " {data_text(label)} });
    view! { {purpose} {label} }
}

/// A phone number as a `tel:` link in E.164, shown in the national format;
/// Copy copies the international form. A fax is shown, not offered as a call.
#[component]
pub fn PhoneNumber(phone: Phone, status: Status) -> impl IntoView {
    let display = shown_number(&phone).to_string();
    let international = number_from_abroad(&phone).to_string();
    let label = t!(copy_phone, number = display.clone()).to_string();
    let says_sms = phone
        .label
        .as_deref()
        .is_some_and(|l| l.to_lowercase().contains("sms"));
    let shown = directory_data::phone::unbreakable(&display);
    let value = if phone.purpose == PhonePurpose::Fax {
        view! { <span class="contact__value" dir="ltr">{shown}</span> }.into_any()
    } else {
        view! { <a href=format!("tel:{}", phone.number) class="contact__value" dir="ltr" target=crate::services::links::leave_target() rel=crate::services::links::leave_rel()>{shown}</a> }
            .into_any()
    };
    view! {
        <span class="contact contact--phone">
            {value}
            {(phone.sms && !says_sms).then(|| view! { <span class="contact__note">" (" {t!(sms_too)} ")"</span> })}
            " "
            <StatusBadge status />
            <CopyButton text=international label />
        </span>
    }
}

#[component]
pub fn EmailAddress(email: Email, status: Status) -> impl IntoView {
    let label = t!(copy_email, address = email.address.clone()).to_string();
    view! {
        <span class="contact contact--email">
            {if directory_data::contact::email_is_plain(&email.address) {
                view! {
                    <a href=format!("mailto:{}", email.address) class="contact__value" dir="ltr" target=crate::services::links::leave_target() rel=crate::services::links::leave_rel()>
                        {email.address.clone()}
                    </a>
                }.into_any()
            } else {
                view! { <span class="contact__value" dir="ltr">{email.address.clone()}</span> }.into_any()
            }}
            " "
            <StatusBadge status />
            <CopyButton text=email.address.clone() label />
        </span>
    }
}

/// A website by its host name. One that is not confirmed at all is not a
/// link: an unchecked domain may belong to someone else.
#[component]
pub fn WebsiteLink(website: Website, status: Status) -> impl IntoView {
    let text = website
        .label
        .clone()
        .unwrap_or_else(|| url_host(&website.url).to_string());
    let link = if status == Status::Unverified {
        view! {
            <span class="contact__value" dir="ltr">{url_host(&website.url).to_string()}</span>
            <span class="contact__note">" (" {t!(not_linked_unconfirmed)} ")"</span>
        }
        .into_any()
    } else {
        external_link(website.url.clone(), Some("ltr"), text)
    };
    view! {
        <span class="contact contact--web">
            {link}
            " "
            <StatusBadge status />
        </span>
    }
}

/// One line per part of the address; a visiting address also links to a
/// map search (a PO box does not).
#[component]
pub fn AddressLines(
    address: Address,
    parent: Verification,
    #[prop(optional)] with_map: bool,
    #[prop(optional)] order: directory_data::model::vocabulary::AddressOrder,
) -> impl IntoView {
    let status = address.verification.as_ref().unwrap_or(&parent).status;
    let town = directory_data::contact::town_line(&address, order);
    let map = with_map.then(|| {
        let href = map_search_url(&format!("{}, {town}", address.line));
        view! {
            <br />
            <a href=href class="address__map" rel="noopener noreferrer" target="_blank">
                {t!(map_link)}
                <span class="visually-hidden">" " {t!(opens_new_tab)}</span>
            </a>
        }
    });
    view! {
        <address class="address">
            <bdi>{address.line.clone()}</bdi>
            <br />
            <bdi>{town.clone()}</bdi>
            " "
            <StatusBadge status />
            {map}
        </address>
    }
}
