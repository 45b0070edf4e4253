//! The filters of the search and country pages: category, kind of help,
//! language, city and "open now", each choice with the number of
//! organisations it would show. The caller keeps the filters in the
//! address.

use directory_data::filter::{Facets, Filters, most_common};
use directory_data::model::vocabulary::{Category, Service};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::services::i18n::t;
use crate::services::{intl, labels};

/// The city menu lists at most this many (those with the most
/// organisations); the search words find any city.
const MAX_CITIES: usize = 60;

/// One filter menu: its label, "any" first, then `options`; `on_change`
/// gets the chosen value ("" for any).
fn menu(
    id: String,
    label: String,
    any: String,
    options: AnyView,
    on_change: impl Fn(&str) + 'static,
) -> impl IntoView {
    view! {
        <p class="filters__field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| on_change(&event_target_value(&ev))>
                <option value="">{any}</option>
                {options}
            </select>
        </p>
    }
}

/// `id`: a prefix for the controls' ids (unique on the page).
#[component]
pub fn OrgFilters(
    facets: Signal<Facets>,
    filters: Signal<Filters>,
    on_change: Callback<Filters>,
    id: &'static str,
) -> impl IntoView {
    let locale = intl::locale();
    let change = move |edit: &dyn Fn(&mut Filters)| {
        let mut f = filters.get_untracked();
        edit(&mut f);
        on_change.run(f);
    };
    let option = move |value: String, name: String, count: usize, selected: bool| {
        let text = t!(filter_option_count, name = name, count = count).to_string();
        // The property, not the attribute: a browser ignores the attribute
        // once the person has chosen in the menu.
        view! { <option value=value prop:selected=selected>{text}</option> }
    };

    let category_options = move || {
        let chosen = filters.with(|f| f.category);
        facets.with(|f| {
            f.categories
                .iter()
                .map(|(c, n)| {
                    option(
                        c.as_str().into(),
                        labels::category(*c),
                        *n,
                        chosen == Some(*c),
                    )
                })
                .collect_view()
        })
    };
    let service_options = move || {
        let chosen = filters.with(|f| f.service);
        facets.with(|f| {
            f.services
                .iter()
                .map(|(s, n)| {
                    option(
                        s.as_str().into(),
                        labels::service(*s),
                        *n,
                        chosen == Some(*s),
                    )
                })
                .collect_view()
        })
    };
    let language_options = {
        let locale = locale.clone();
        move || {
            let chosen = filters.with(|f| f.language.clone());
            let mut named: Vec<(String, String, usize)> = facets.with(|f| {
                f.languages
                    .iter()
                    .map(|(code, n)| (intl::language_name(code, &locale), code.clone(), *n))
                    .collect()
            });
            directory_data::sort::sort(&mut named);
            named
                .into_iter()
                .map(|(name, code, n)| {
                    let selected = chosen.as_deref() == Some(code.as_str());
                    option(code, name, n, selected)
                })
                .collect_view()
        }
    };
    let city_options = move || {
        let chosen = filters.with(|f| f.city.clone());
        facets.with(|f| {
            most_common(&f.cities, MAX_CITIES, chosen.as_deref())
                .iter()
                .map(|(city, n)| {
                    option(
                        city.clone(),
                        city.clone(),
                        *n,
                        chosen.as_ref() == Some(city),
                    )
                })
                .collect_view()
        })
    };
    let ids = move |name: &str| format!("{id}-{name}");
    // On narrow screens the menus fold away behind one button, so results
    // come first ("Filters (2 active)"); on wide screens they are always
    // shown and the button is not (style/main.css).
    let open = RwSignal::new(false);
    let toggle_text = move || match filters.with(Filters::active_count) {
        0 => t!(filters_toggle).to_string(),
        n => t!(filters_toggle_active, count = n).to_string(),
    };
    view! {
        <div class="filters-panel" class:filters-panel--open=move || open.get()>
        <button
            type="button"
            class="filters-toggle"
            aria-expanded=move || open.get().to_string()
            aria-controls=ids("fields")
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {toggle_text}
        </button>
        <fieldset class="filters" id=ids("fields")>
            <legend>{t!(filters_legend)}</legend>
            {menu(ids("category"), t!(filter_category).to_string(), t!(filter_any_category).to_string(), category_options.into_any(),
                move |v| change(&|f| f.category = Category::ALL.iter().copied().find(|c| c.as_str() == v)))}
            {menu(ids("service"), t!(filter_service).to_string(), t!(filter_any_service).to_string(), service_options.into_any(),
                move |v| change(&|f| f.service = Service::ALL.iter().copied().find(|s| s.as_str() == v)))}
            {menu(ids("language"), t!(filter_language).to_string(), t!(filter_any_language).to_string(), language_options.into_any(),
                move |v| change(&|f| f.language = Some(v.to_string()).filter(|v| !v.is_empty())))}
            {menu(ids("city"), t!(filter_city).to_string(), t!(filter_any_city).to_string(), city_options.into_any(),
                move |v| change(&|f| f.city = Some(v.to_string()).filter(|v| !v.is_empty())))}
            {open_now_field(ids("open"), filters, facets, change)}
            {clear_button(ids("category"), filters, on_change)}
        </fieldset>
        </div>
    }
}

/// "Open now (3)": a checkbox.
fn open_now_field(
    id: String,
    filters: Signal<Filters>,
    facets: Signal<Facets>,
    change: impl Fn(&dyn Fn(&mut Filters)) + Copy + 'static,
) -> impl IntoView {
    view! {
        <p class="filters__field filters__field--check">
            <input
                id=id.clone()
                type="checkbox"
                prop:checked=move || filters.with(|f| f.open_now)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    change(&|f| f.open_now = on);
                }
            />
            <label for=id>
                {move || t!(filter_open_now, count = facets.with(|f| f.open_now)).to_string()}
            </label>
        </p>
    }
}

/// "Clear filters", shown while a filter is chosen; focus then goes to the
/// first menu (`first`, its id), as this button goes away.
fn clear_button(
    first: String,
    filters: Signal<Filters>,
    on_change: Callback<Filters>,
) -> impl IntoView {
    view! {
        <p class="filters__clear" hidden=move || filters.with(Filters::is_empty)>
            <button
                type="button"
                on:click=move |_| {
                    on_change.run(Filters::default());
                    // This button goes away: focus goes to the first menu.
                    let first = first.clone();
                    request_animation_frame(move || {
                        if let Some(el) = document()
                            .get_element_by_id(&first)
                            .and_then(|el| el.dyn_into::<leptos::web_sys::HtmlElement>().ok())
                        {
                            let _ = el.focus();
                        }
                    });
                }
            >
                {t!(filter_clear)}
            </button>
        </p>
    }
}
