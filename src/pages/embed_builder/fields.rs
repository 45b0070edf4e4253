//! The embed builder's fields: the page, its language, the colours, an
//! accent, the sections of a country page, and the search box. Each sets
//! one of the partner's [`Choices`].

use directory_data::embed::{Section, Theme};
use leptos::prelude::*;

use super::{Choice, Choices};
use crate::services::i18n::t;
use crate::services::intl;
use crate::services::language::LANGUAGES;

pub fn page_field(choices: Choices, groups: Vec<(String, Vec<Choice>)>) -> impl IntoView {
    let page = choices.page;
    let page_options = groups
        .into_iter()
        .map(|(country, list)| {
            let options = list
                .into_iter()
                .map(|c| {
                    let selected = page.get_untracked() == c.path;
                    view! { <option value=c.path selected=selected>{c.label}</option> }
                })
                .collect_view();
            view! { <optgroup label=country>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <p class="field">
            <label for="embed-page">{t!(builder_page)}</label>
            <select id="embed-page" on:change=move |ev| page.set(event_target_value(&ev))>
                {page_options}
            </select>
        </p>
    }
}

pub fn language_field(choices: Choices) -> impl IntoView {
    let locale = intl::locale();
    let languages = LANGUAGES
        .iter()
        .map(|&code| view! { <option value=code>{intl::language_name(code, &locale)}</option> })
        .collect_view();
    view! {
        <p class="field">
            <label for="embed-lang">{t!(builder_language)}</label>
            <select id="embed-lang" on:change=move |ev| choices.lang.set(event_target_value(&ev))>
                <option value="">{t!(builder_language_auto)}</option>
                {languages}
            </select>
        </p>
    }
}

pub fn theme_field(choices: Choices) -> impl IntoView {
    let theme = choices.theme;
    let theme_radio = move |value: Theme, label: String| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="embed-theme"
                    prop:checked=move || theme.get() == value
                    on:change=move |_| theme.set(value)
                />
                " " {label}
            </label>
        }
    };
    view! {
        <fieldset>
            <legend>{t!(builder_colours)}</legend>
            {theme_radio(Theme::Light, t!(builder_theme_light).to_string())}
            {theme_radio(Theme::Dark, t!(builder_theme_dark).to_string())}
            {theme_radio(Theme::Auto, t!(builder_theme_auto).to_string())}
        </fieldset>
    }
}

pub fn accent_field(choices: Choices) -> impl IntoView {
    let Choices {
        use_accent, accent, ..
    } = choices;
    view! {
        <fieldset>
            <legend>{t!(builder_accent)}</legend>
            <label class="choice">
                <input
                    type="checkbox"
                    prop:checked=move || use_accent.get()
                    on:change=move |ev| use_accent.set(event_target_checked(&ev))
                />
                " " {t!(builder_use_accent)}
            </label>
            <p class="field" hidden=move || !use_accent.get()>
                <label for="embed-accent">{t!(builder_accent_input)}</label>
                <input
                    id="embed-accent"
                    type="color"
                    aria-describedby="embed-accent-hint"
                    prop:value=move || accent.get()
                    on:input=move |ev| accent.set(event_target_value(&ev))
                />
                <span id="embed-accent-hint" class="field__hint">{t!(builder_accent_hint)}</span>
            </p>
        </fieldset>
    }
}

fn section_heading(section: Section) -> String {
    match section {
        Section::Protection => t!(section_protection),
        Section::LegalAid => t!(section_legal_aid),
        Section::OtherSupport => t!(section_other_support),
        Section::About => t!(section_about),
        Section::Suggest => t!(section_suggest),
        Section::Search => t!(builder_search_box),
    }
    .to_string()
}

/// Which sections of a country page the embed shows (only for a country
/// page).
pub fn sections_field(choices: Choices) -> impl IntoView {
    let sections = choices.sections;
    let section_boxes = Section::ALL
        .into_iter()
        .map(|section| {
            view! {
                <label class="choice">
                    <input
                        type="checkbox"
                        prop:checked=move || sections.with(|s| s.contains(&section))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            sections.update(|s| {
                                s.retain(|x| *x != section);
                                if on {
                                    s.push(section);
                                    Section::sort(s);
                                }
                            });
                        }
                    />
                    " " {section_heading(section)}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset hidden=move || !choices.is_country_page() aria-describedby="embed-sections-hint">
            <legend>{t!(builder_sections)}</legend>
            <p id="embed-sections-hint" class="field__hint">{t!(builder_sections_hint)}</p>
            {section_boxes}
        </fieldset>
    }
}

pub fn search_box_field(choices: Choices) -> impl IntoView {
    let search_box = choices.search_box;
    view! {
        <p class="field">
            <label class="choice">
                <input
                    type="checkbox"
                    id="embed-search-box"
                    prop:checked=move || search_box.get()
                    on:change=move |ev| search_box.set(event_target_checked(&ev))
                />
                " " {t!(builder_search_box)}
            </label>
        </p>
    }
}
