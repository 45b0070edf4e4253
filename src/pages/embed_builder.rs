//! `/embed-builder`: a partner chooses a page and its options, sees a live
//! preview, and copies the code to paste. The code itself is written by
//! `directory_data::embed::snippet` (natively tested). The form's fields
//! are in `embed_builder/fields.rs`, the code and the preview in
//! `embed_builder/output.rs`; they share the partner's choices
//! ([`Choices`]).

mod fields;
mod output;

use std::rc::Rc;

use directory_data::CountryFile;
use directory_data::embed::{EmbedOptions, Rgb, Section, Theme, embed_path, snippet};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use self::fields::{
    accent_field, language_field, page_field, search_box_field, sections_field, theme_field,
};
use self::output::{code_box, preview};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::loaded::loaded;
use crate::components::page_focus::FocusHeading;
use crate::services::dataset::load_all_countries;
use crate::services::i18n::t;
use crate::services::{links, live};

/// A page a partner can embed: its public path and its name.
#[derive(Clone)]
pub struct Choice {
    pub path: String,
    pub label: String,
    pub country_page: bool,
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

/// What the partner has chosen: the page and the embed's options.
#[derive(Clone, Copy)]
pub struct Choices {
    pub all: StoredValue<Vec<Choice>>,
    pub page: RwSignal<String>,
    pub lang: RwSignal<String>,
    pub theme: RwSignal<Theme>,
    pub use_accent: RwSignal<bool>,
    pub accent: RwSignal<String>,
    pub sections: RwSignal<Vec<Section>>,
    pub search_box: RwSignal<bool>,
}

impl Choices {
    fn new(all: Vec<Choice>, page: String) -> Self {
        Choices {
            all: StoredValue::new(all),
            page: RwSignal::new(page),
            lang: RwSignal::new(String::new()),
            theme: RwSignal::new(Theme::Light),
            use_accent: RwSignal::new(false),
            accent: RwSignal::new("#0b5394".to_string()),
            sections: RwSignal::new(Section::ALL.to_vec()),
            search_box: RwSignal::new(false),
        }
    }

    /// The chosen page's name.
    fn label(self) -> Option<String> {
        let path = self.page.get();
        self.all
            .with_value(|all| all.iter().find(|c| c.path == path).map(|c| c.label.clone()))
    }

    /// Whether the chosen page is a country page (which has sections).
    pub fn is_country_page(self) -> bool {
        let path = self.page.get();
        self.all
            .with_value(|all| all.iter().any(|c| c.path == path && c.country_page))
    }

    pub fn options(self) -> EmbedOptions {
        EmbedOptions {
            lang: Some(self.lang.get()).filter(|l| !l.is_empty()),
            theme: Some(self.theme.get()).filter(|t| *t != Theme::Light),
            accent: if self.use_accent.get() {
                Rgb::parse(&self.accent.get())
            } else {
                None
            },
            sections: {
                let mut chosen = match self.sections.get() {
                    chosen if self.is_country_page() && chosen.len() < Section::ALL.len() => chosen,
                    _ => Vec::new(),
                };
                if self.search_box.get() {
                    chosen.push(Section::Search);
                }
                chosen
            },
        }
    }

    /// The preview's address.
    pub fn preview_src(self) -> String {
        embed_path(&self.page.get(), &self.options())
    }

    /// The code to paste. The site's address: at build time the configured
    /// one, then (once the page is live) the browser's.
    pub fn code(self) -> String {
        live::is_live();
        let title = format!("{} – {}", self.label().unwrap_or_default(), t!(site_name));
        snippet(&links::origin(), &self.page.get(), &self.options(), &title)
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
    let choices = Choices::new(all, initial.path);
    view! {
        <div class="builder">
            // Not a form: nothing is sent; every choice updates the code
            // and the preview at once.
            <div class="builder__form" role="group" aria-labelledby="builder-choose">
                <h2 id="builder-choose">{t!(builder_choose)}</h2>
                {page_field(choices, groups)}
                {language_field(choices)}
                {theme_field(choices)}
                {accent_field(choices)}
                {sections_field(choices)}
                {search_box_field(choices)}
                {code_box(choices)}
            </div>
            {preview(choices)}
        </div>
    }
    .into_any()
}
