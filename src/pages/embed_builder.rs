//! `/embed-builder`: a partner chooses a page and its options, sees a live
//! preview, and copies the code to paste. The code itself is written by
//! `directory_data::embed::snippet` (natively tested).

use std::rc::Rc;

use directory_data::CountryFile;
use directory_data::embed::{
    ALLOW, EmbedOptions, RESIZE_MAX_HEIGHT, Rgb, SANDBOX, Section, Theme, embed_path, snippet,
};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsValue;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::contacts::copy_to_clipboard;
use crate::components::loaded::loaded;
use crate::components::page_focus::FocusHeading;
use crate::services::dataset::load_all_countries;
use crate::services::embed::RESIZE_MESSAGE;
use crate::services::i18n::t;
use crate::services::intl;

/// A page a partner can embed: its public path and its name.
#[derive(Clone)]
struct Choice {
    path: String,
    label: String,
    country_page: bool,
}

fn choices(country: &CountryFile) -> Vec<Choice> {
    let name = country.name.clone();
    let slug = &country.slug;
    let mut list = vec![
        Choice {
            path: format!("/countries/{slug}"),
            label: name.clone(),
            country_page: true,
        },
        Choice {
            path: format!("/countries/{slug}/lgbtqi"),
            label: t!(builder_page_lgbtqi, country = name.clone()).to_string(),
            country_page: false,
        },
        Choice {
            path: format!("/countries/{slug}/coi"),
            label: t!(builder_page_coi, country = name.clone()).to_string(),
            country_page: false,
        },
    ];
    let mut orgs: Vec<_> = country.organisations.iter().collect();
    directory_data::sort::sort_with(&mut orgs, |a, b| a.name.cmp(&b.name));
    list.extend(orgs.into_iter().map(|org| Choice {
        path: format!("/organisations/{}", org.id),
        label: format!("{name}: {}", org.name),
        country_page: false,
    }));
    list
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

#[component]
pub fn EmbedBuilderPage() -> impl IntoView {
    view! {
        <Title text=move || t!(builder_title).to_string() />
        <Breadcrumbs crumbs=vec![
            (t!(breadcrumb_home).to_string(), Some("/".to_string())),
            (t!(builder_title).to_string(), None),
        ] />
        <h1>{t!(builder_title)}</h1>
        <FocusHeading />
        <p class="lead">{t!(builder_intro)}</p>
        <p>{t!(builder_privacy)}</p>
        {loaded(|| (), |_| load_all_countries(), |(_, countries)| view! { <Builder countries /> })}
    }
}

#[component]
fn Builder(countries: Vec<Rc<CountryFile>>) -> impl IntoView {
    let groups: Vec<(String, Vec<Choice>)> = countries
        .iter()
        .map(|c| (c.name.clone(), choices(c)))
        .collect();
    let all: Vec<Choice> = groups.iter().flat_map(|(_, c)| c.clone()).collect();
    let Some(first) = all.first().cloned() else {
        return view! { <p>{t!(builder_no_pages)}</p> }.into_any();
    };
    // `?page=/countries/norway` (from "Embed this page") preselects a page.
    let wanted = use_query_map().with_untracked(|q| q.get("page"));
    let initial = wanted
        .and_then(|w| all.iter().find(|c| c.path == w).cloned())
        .unwrap_or(first);
    let page = RwSignal::new(initial.path);
    let all = StoredValue::new(all);
    let label = move || {
        let path = page.get();
        all.with_value(|all| all.iter().find(|c| c.path == path).map(|c| c.label.clone()))
    };
    let is_country_page = move || {
        let path = page.get();
        all.with_value(|all| all.iter().any(|c| c.path == path && c.country_page))
    };

    let lang = RwSignal::new(String::new());
    let theme = RwSignal::new(Theme::Light);
    let use_accent = RwSignal::new(false);
    let accent = RwSignal::new("#0b5394".to_string());
    let sections = RwSignal::new(Section::ALL.to_vec());
    let search_box = RwSignal::new(false);
    let options = move || EmbedOptions {
        lang: Some(lang.get()).filter(|l| !l.is_empty()),
        theme: Some(theme.get()).filter(|t| *t != Theme::Light),
        accent: if use_accent.get() {
            Rgb::parse(&accent.get())
        } else {
            None
        },
        sections: {
            let mut chosen = match sections.get() {
                chosen if is_country_page() && chosen.len() < Section::ALL.len() => chosen,
                _ => Vec::new(),
            };
            if search_box.get() {
                chosen.push(Section::Search);
            }
            chosen
        },
    };
    let preview_src = move || embed_path(&page.get(), &options());
    // The site's address: at build time the configured one, then (once
    // the page is live) the browser's.
    let code = move || {
        crate::services::live::is_live();
        let title = format!("{} – {}", label().unwrap_or_default(), t!(site_name));
        snippet(
            &crate::services::links::origin(),
            &page.get(),
            &options(),
            &title,
        )
    };

    let copied = RwSignal::new(None::<bool>);

    // The preview fits its content, like a partner page with embed.js:
    // only messages from the preview's own window and this origin count.
    let preview = NodeRef::<leptos::html::Iframe>::new();
    let preview_height = RwSignal::new(400u32);
    let handle = window_event_listener(leptos::ev::message, move |event| {
        let Some(frame) = preview.get_untracked() else {
            return;
        };
        let from_preview = match (frame.content_window(), event.source()) {
            (Some(own), Some(source)) => JsValue::from(own) == JsValue::from(source),
            _ => false,
        };
        let same_origin = event.origin() == window().location().origin().unwrap_or_default();
        if !from_preview || !same_origin {
            return;
        }
        let data = event.data();
        let field = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).ok();
        let is_resize =
            field("type").and_then(|t| t.as_string()).as_deref() == Some(RESIZE_MESSAGE);
        let height = field("height").and_then(|h| h.as_f64());
        if let (true, Some(h)) = (is_resize, height)
            && h.fract() == 0.0
            && (0.0..=f64::from(RESIZE_MAX_HEIGHT)).contains(&h)
        {
            preview_height.set(h as u32);
        }
    });
    on_cleanup(move || handle.remove());

    // "Copied" is about the code as it was: say nothing once it changes.
    Effect::new(move |_| {
        code();
        copied.set(None);
    });
    let copy = move |_| {
        let text = untrack(code);
        copied.set(None);
        leptos::task::spawn_local(async move {
            copied.set(Some(copy_to_clipboard(&text).await));
        });
    };

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
    let locale = intl::locale();
    let languages = {
        crate::services::language::LANGUAGES
            .iter()
            .map(|&code| {
                view! { <option value=code>{intl::language_name(code, &locale)}</option> }
            })
            .collect_view()
    };
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
        <div class="builder">
            // Not a form: nothing is sent; every choice updates the code
            // and the preview at once.
            <div class="builder__form" role="group" aria-labelledby="builder-choose">
                <h2 id="builder-choose">{t!(builder_choose)}</h2>
                <p class="field">
                    <label for="embed-page">{t!(builder_page)}</label>
                    <select id="embed-page" on:change=move |ev| page.set(event_target_value(&ev))>
                        {page_options}
                    </select>
                </p>
                <p class="field">
                    <label for="embed-lang">{t!(builder_language)}</label>
                    <select id="embed-lang" on:change=move |ev| lang.set(event_target_value(&ev))>
                        <option value="">{t!(builder_language_auto)}</option>
                        {languages}
                    </select>
                </p>
                <fieldset>
                    <legend>{t!(builder_colours)}</legend>
                    {theme_radio(Theme::Light, t!(builder_theme_light).to_string())}
                    {theme_radio(Theme::Dark, t!(builder_theme_dark).to_string())}
                    {theme_radio(Theme::Auto, t!(builder_theme_auto).to_string())}
                </fieldset>
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
                <fieldset hidden=move || !is_country_page() aria-describedby="embed-sections-hint">
                    <legend>{t!(builder_sections)}</legend>
                    <p id="embed-sections-hint" class="field__hint">{t!(builder_sections_hint)}</p>
                    {section_boxes}
                </fieldset>
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
                <h2>{t!(builder_code)}</h2>
                <p class="field">
                    <label for="embed-code">{t!(builder_code)}</label>
                    <span id="embed-code-hint" class="field__hint">{t!(builder_code_hint)}</span>
                    <textarea
                        id="embed-code"
                        class="builder__code"
                        readonly
                        rows="11"
                        spellcheck="false"
                        aria-describedby="embed-code-hint"
                        dir="ltr"
                        prop:value=code
                    ></textarea>
                </p>
                <p>
                    <button type="button" on:click=copy>{t!(builder_copy)}</button>
                    " "
                    <span role="status">
                        {move || match copied.get() {
                            Some(true) => t!(copied).to_string(),
                            Some(false) => t!(copy_failed).to_string(),
                            None => String::new(),
                        }}
                    </span>
                </p>
            </div>
            <section class="builder__preview" aria-labelledby="preview-heading">
                <h2 id="preview-heading">{t!(builder_preview)}</h2>
                <iframe
                    node_ref=preview
                    src=preview_src
                    title=move || t!(builder_preview_title).to_string()
                    sandbox=SANDBOX
                    allow=ALLOW
                    // Set through the CSSOM once the page is live: a style
                    // attribute written into the page would be refused by
                    // the Content-Security-Policy (400 px from the styles
                    // until then).
                    style:height=move || crate::services::live::is_live().then(|| format!("{}px", preview_height.get()))
                ></iframe>
            </section>
        </div>
    }
    .into_any()
}
