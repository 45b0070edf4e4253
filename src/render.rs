//! Build time (`ssr`): every page of the site as an HTML file, from the
//! same components the browser runs. The `prerender` binary calls
//! [`Renderer::page`] for each address [`addresses`] lists, in every UI
//! language, and writes the result as `<address>/index.html`.
//!
//! A page is the built app shell (`dist/index.html`, whose `<head>` loads
//! the styles and the app) with the page's language on `<html>`, its
//! title, description, canonical address and language versions in
//! `<head>`, and the rendered body, which says which address it was
//! written for and which data files it used (`data-page`, `data-files`:
//! see `start.rs`).

use std::sync::Arc;

use directory_data::Index;
use directory_data::locale::{DEFAULT_LANGUAGE, canonical_path, direction, language_path};
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::services::language::LANGUAGES;

/// The paths the not-found pages are rendered at (no page has them): the
/// full site's (`404.html`) and the embed views' (`embed/404.html`, which
/// partners' frames may show: the server sends it for `/embed/…` addresses
/// that are no page).
pub const NOT_FOUND_PATH: &str = "/404";
pub const EMBED_NOT_FOUND_PATH: &str = "/embed/404";

/// Every address the data implies, without language prefix: home, search,
/// the accessibility statement, the embed builder, each country's page
/// and its LGBTQI+ and COI pages (a country without entries has its "no
/// entries yet" pages), each organisation, and the embed view of each
/// page partners can embed.
pub fn addresses(index: &Index, organisations: &[String]) -> Vec<String> {
    let mut pages = vec![
        "/".to_string(),
        "/search".to_string(),
        "/accessibility".to_string(),
        "/embed-builder".to_string(),
        "/embed/search".to_string(),
    ];
    for country in &index.countries {
        for prefix in ["", "/embed"] {
            let page = format!("{prefix}/countries/{}", country.slug);
            pages.push(format!("{page}/lgbtqi"));
            pages.push(format!("{page}/coi"));
            pages.push(page);
        }
    }
    for id in organisations {
        pages.push(format!("/organisations/{id}"));
        pages.push(format!("/embed/organisations/{id}"));
    }
    pages
}

/// Renders pages into the app shell.
pub struct Renderer {
    /// `dist/index.html` as Trunk and `harden-html.mjs` wrote it.
    shell: String,
    /// The site's address, `https://example.org` (no trailing slash).
    site_url: String,
}

impl Renderer {
    /// `shell`: the built `index.html`; `site_url`: where the site is
    /// served (for canonical addresses and the addresses pages name).
    pub fn new(shell: String, site_url: &str) -> Result<Self, String> {
        if shell.contains("<body data-page=") {
            return Err(
                "dist/index.html is already a written page, not the app shell: \
                 build with Trunk first (make build)"
                    .to_string(),
            );
        }
        for needed in [
            "<html", "<title>", "</title>", "</head>", "<body>", "</body>",
        ] {
            if !shell.contains(needed) {
                return Err(format!("the app shell has no {needed}"));
            }
        }
        Ok(Self {
            shell,
            site_url: site_url.trim_end_matches('/').to_string(),
        })
    }

    /// The page at `path` (a site path, `/countries/norway`) in the UI
    /// language `code`, whose messages are already set
    /// (`i18n::use_language`): the whole document.
    pub fn page(&self, code: &'static str, path: &str, description: &str) -> String {
        let address = language_path(code, DEFAULT_LANGUAGE, path);
        crate::services::embed::init(&address, "", code);
        crate::services::links::set_build_page(&self.site_url, &address);
        let _ = crate::services::dataset::take_used();
        let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
        let (body, head) = owner.with(|| {
            provide_context(RequestUrl::new(&address));
            let (meta, output) = ServerMetaContext::new();
            provide_context(meta);
            let body = crate::app::App().to_html();
            // The title and head elements the components asked for.
            let head = futures::executor::block_on(async {
                use futures::StreamExt;
                let stream = output
                    .inject_meta_context(futures::stream::iter(["<head></head>".to_string()]))
                    .await;
                stream.collect::<String>().await
            });
            (body, head)
        });
        drop(owner);
        let files = crate::services::dataset::take_used();
        let head = head
            .trim_start_matches("<head>")
            .trim_end_matches("</head>")
            .to_string();
        self.document(code, path, &address, description, &head, &body, &files)
    }

    #[allow(clippy::too_many_arguments)]
    fn document(
        &self,
        code: &str,
        path: &str,
        address: &str,
        description: &str,
        head: &str,
        body: &str,
        files: &[String],
    ) -> String {
        let canonical = canonical_path(address, &LANGUAGES);
        let links = if path == NOT_FOUND_PATH || path == EMBED_NOT_FOUND_PATH {
            "<meta name=robots content=noindex>".to_string()
        } else {
            self.links(code, path)
        };
        self.assemble(
            code,
            description,
            &format!("{head}{links}"),
            &canonical,
            body,
            files,
        )
    }

    /// The page's canonical address (an embed view's is the full site's
    /// page) and its versions in every language.
    fn links(&self, code: &str, path: &str) -> String {
        let full = crate::services::links::full_directory_path(path);
        let public = if path.starts_with("/embed/") {
            full.as_str()
        } else {
            path
        };
        let mut links = format!(
            "<link rel=canonical href=\"{}{}\">",
            self.site_url,
            escape(&language_path(code, DEFAULT_LANGUAGE, public))
        );
        for other in LANGUAGES {
            links.push_str(&format!(
                "<link rel=alternate hreflang={other} href=\"{}{}\">",
                self.site_url,
                escape(&language_path(other, DEFAULT_LANGUAGE, public))
            ));
        }
        links.push_str(&format!(
            "<link rel=alternate hreflang=x-default href=\"{}{}\">",
            self.site_url,
            escape(public)
        ));
        links
    }

    /// The shell with the page's head elements, language and body.
    fn assemble(
        &self,
        code: &str,
        description: &str,
        head: &str,
        canonical: &str,
        body: &str,
        files: &[String],
    ) -> String {
        let shell = without_description(&self.shell);
        let shell = replace_between(&shell, "<title>", "</title>", "");
        let head = format!(
            "<meta name=description content=\"{}\">{head}",
            escape(description)
        );
        let shell = shell.replacen("<title></title>", &head, 1);
        let shell = with_root_attributes(&shell, code, crate::services::embed::is_embed());
        let body_start = format!(
            "<body data-page=\"{}\" data-files=\"{}\">",
            escape(canonical),
            escape(
                &files
                    .iter()
                    .map(|f| format!(
                        "{f}:{}",
                        crate::services::dataset::hash_of(f).unwrap_or_default()
                    ))
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        );
        replace_between(&shell, "<body>", "</body>", body).replacen("<body>", &body_start, 1)
    }
}

/// `text` with what lies between the first `start` and the `end` after it
/// replaced by `inner`.
fn replace_between(text: &str, start: &str, end: &str, inner: &str) -> String {
    let Some(a) = text.find(start).map(|i| i + start.len()) else {
        return text.to_string();
    };
    let Some(b) = text[a..].find(end).map(|i| a + i) else {
        return text.to_string();
    };
    format!("{}{inner}{}", &text[..a], &text[b..])
}

/// The shell with `<html lang dir>` set for `code` (whatever the shell
/// had, quoted or not), its other attributes kept.
/// `<html>` in the page's language and direction; an embed view's also
/// in the embed views' default colours (light, whatever the device's:
/// `public/early.js` applies a `?theme=` before the page is drawn) and
/// marked `data-embed` (no full-site layout), as the app sets them.
fn with_root_attributes(shell: &str, code: &str, embed: bool) -> String {
    let Some(start) = shell.find("<html") else {
        return shell.to_string();
    };
    let Some(end) = shell[start..].find('>').map(|i| start + i) else {
        return shell.to_string();
    };
    let kept: Vec<&str> = shell[start + "<html".len()..end]
        .split_whitespace()
        .filter(|attribute| {
            let replaced = attribute.starts_with("lang=")
                || attribute.starts_with("dir=")
                || (embed && attribute.starts_with("data-theme="));
            !replaced
        })
        .chain(
            embed
                .then_some(["data-theme=light", "data-embed"])
                .into_iter()
                .flatten(),
        )
        .collect();
    format!(
        "{}<html lang=\"{code}\" dir=\"{}\"{}{}>{}",
        &shell[..start],
        direction(code),
        if kept.is_empty() { "" } else { " " },
        kept.join(" "),
        &shell[end + 1..]
    )
}

/// The shell without its own `<meta name=description>` (each page has
/// its own).
fn without_description(shell: &str) -> String {
    let mut rest = shell;
    let mut out = String::with_capacity(shell.len());
    while let Some(start) = rest.find("<meta ") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..=start + len];
        out.push_str(&rest[..start]);
        if !(tag.contains("name=description") || tag.contains("name=\"description\"")) {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// Escapes text for an attribute value in double quotes.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// What a page is about, for `<meta name="description">` (search results
/// and link previews): an organisation's own description, a country's
/// lead line in the UI language, else the directory's.
pub fn description(path: &str) -> String {
    use crate::services::i18n::t;
    use futures::FutureExt;
    let path = path.strip_prefix("/embed").unwrap_or(path);
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let index = crate::services::dataset::index_if_loaded();
    let text = match (segments.as_slice(), index) {
        (["countries", slug, ..], Some(index)) => match index.country_by_slug(slug) {
            Some(entry) => {
                let name = crate::services::intl::country_name(&entry.code, &entry.name);
                t!(country_lead, country = name)
            }
            None => t!(home_intro).to_string(),
        },
        (["organisations", id], Some(index)) => index
            .with_content()
            .find_map(|(_, content)| {
                let country = crate::services::dataset::load_country(&content.file)
                    .now_or_never()?
                    .ok()?;
                country.organisation(id).map(|o| o.description.clone())
            })
            .unwrap_or_else(|| t!(home_intro).to_string()),
        _ => t!(home_intro).to_string(),
    };
    // Without the isolation marks messages put around names (search
    // results show the description as plain text, marks and all).
    text.replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "")
}
