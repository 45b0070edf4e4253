//! Loads the data files from the app's own origin, once per file: every
//! caller of the same file shares one request and one parsed value. A failed
//! load is not cached, so "Try again" really tries again.
//!
//! At build time (`ssr`) nothing is fetched: the files are read from disk
//! once ([`provide_files`]) and every load is ready at once; the files each
//! page used are recorded ([`take_used`]), so the browser can load exactly
//! those before it takes the page over ([`load_file`]).

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use directory_data::search::{SEARCH_FILE, SearchIndex};
use directory_data::{
    CountryEntry, CountryFile, DataError, Index, parse_country, parse_index, parse_search_index,
};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::{ArcRwSignal, Get};

/// The language the dataset's texts (descriptions, facts, summaries) are
/// written in: marked on them (`lang`), so screen readers read them with
/// the right voice, and said on pages in other UI languages.
pub use directory_data::model::country::DATA_LANGUAGE as DATA_LANG;

/// Where the data files are served, relative to the site root.
pub const DATA_ROOT: &str = "/data/";

#[derive(Clone, Debug, thiserror::Error)]
pub enum LoadError {
    #[error("data/{file}: the request failed ({message})")]
    Network { file: String, message: String },
    #[error("data/{file}: the server answered HTTP {status}")]
    Http { file: String, status: u16 },
    #[error("data/{file}: no answer in {seconds} seconds")]
    Timeout { file: String, seconds: u32 },
    #[error("{0}")]
    Invalid(DataError),
}

impl LoadError {
    /// True when the file arrived but is wrong (a problem for the maintainers,
    /// not for the visitor's connection).
    pub fn is_data_problem(&self) -> bool {
        matches!(self, LoadError::Invalid(e) if !e.newer_schema)
    }

    /// True when the data is newer than this app: a reload brings the app
    /// that reads it.
    pub fn needs_newer_app(&self) -> bool {
        matches!(self, LoadError::Invalid(e) if e.newer_schema)
    }

    /// The HTTP status, when the server answered with an error.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            LoadError::Http { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// True when the request took too long (a very slow or stalled network).
    pub fn is_timeout(&self) -> bool {
        matches!(self, LoadError::Timeout { .. })
    }
}

type Loaded = Result<Rc<dyn Any>, LoadError>;
type SharedLoad = Shared<LocalBoxFuture<'static, Loaded>>;

thread_local! {
    static CACHE: RefCell<HashMap<String, SharedLoad>> = RefCell::new(HashMap::new());
    /// When the index now shown was fetched from the server (its `Date`
    /// header: from a cached copy, the day it was saved). A signal, so the
    /// offline banner shows the date once the index has arrived.
    static INDEX_FETCHED: ArcRwSignal<Option<f64>> = ArcRwSignal::new(None);
    /// Each loaded file's fingerprint (`directory_data::parse::content_hash`
    /// of its text): a page written at build time is taken over only with
    /// the data it was written from.
    static HASHES: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    /// Files to fetch past the caches next time ([`reload_file`]).
    static FRESH: RefCell<std::collections::HashSet<String>> = RefCell::default();
    /// At build time: the files the page being rendered has asked for.
    #[cfg(feature = "ssr")]
    static USED: RefCell<std::collections::BTreeSet<String>> = RefCell::default();
}

/// Build time: reads every data file under `root` (`public/data`: the
/// index, the search index and the country files the index lists) once,
/// so that every load is ready at once. A file that cannot be read or
/// parsed fails the build, naming it.
#[cfg(feature = "ssr")]
pub fn provide_files(root: &std::path::Path) -> Result<(), String> {
    fn read(root: &std::path::Path, file: &str) -> Result<String, String> {
        std::fs::read_to_string(root.join(file)).map_err(|e| format!("data/{file}: {e}"))
    }
    fn insert(file: &str, value: Rc<dyn Any>) {
        let shared = futures::future::ready(Ok(value)).boxed_local().shared();
        // Polled once, so that `peek` sees the value.
        let _ = shared.clone().now_or_never();
        CACHE.with(|cache| cache.borrow_mut().insert(file.to_string(), shared));
    }
    let read = |root: &std::path::Path, file: &str| {
        let text = read(root, file)?;
        remember_hash(file, &text);
        Ok::<String, String>(text)
    };
    let text = read(root, "index.json")?;
    let index = parse_index("data/index.json", &text).map_err(|e| e.to_string())?;
    let text = read(root, SEARCH_FILE)?;
    let search =
        parse_search_index(&format!("data/{SEARCH_FILE}"), &text).map_err(|e| e.to_string())?;
    for (_, content) in index.with_content() {
        let text = read(root, &content.file)?;
        let country =
            parse_country(&format!("data/{}", content.file), &text).map_err(|e| e.to_string())?;
        insert(&content.file, Rc::new(country));
    }
    insert("index.json", Rc::new(index));
    insert(SEARCH_FILE, Rc::new(search));
    Ok(())
}

/// Build time: the files asked for since the last call (for the page just
/// rendered), relative to [`DATA_ROOT`], sorted.
#[cfg(feature = "ssr")]
pub fn take_used() -> Vec<String> {
    USED.with(|used| {
        std::mem::take(&mut *used.borrow_mut())
            .into_iter()
            .collect()
    })
}

fn remember_hash(file: &str, text: &str) {
    let hash = directory_data::parse::content_hash(text);
    HASHES.with(|h| h.borrow_mut().insert(file.to_string(), hash));
}

/// The fingerprint of a loaded file's text (relative to [`DATA_ROOT`]).
pub fn hash_of(file: &str) -> Option<String> {
    HASHES.with(|h| h.borrow().get(file).cloned())
}

/// Loads a data file by its name relative to [`DATA_ROOT`] (as
/// [`take_used`] listed it for a page), so that the page's loads are ready
/// when the app takes a pre-rendered page over.
pub async fn load_file(file: &str) -> Result<(), LoadError> {
    match file {
        "index.json" => load_index().await.map(drop),
        SEARCH_FILE => load_search_index().await.map(drop),
        _ => load_country(file).await.map(drop),
    }
}

/// Loads `file` again, past the caches (the service worker answers data
/// from its saved copy first): for a page written from another version of
/// the file than the one saved on this device, typically a correction
/// published since the last visit.
pub async fn reload_file(file: &str) -> Result<(), LoadError> {
    CACHE.with(|cache| cache.borrow_mut().remove(file));
    FRESH.with(|fresh| fresh.borrow_mut().insert(file.to_string()));
    load_file(file).await
}

/// The index, if it has already loaded (without waiting for it).
pub fn index_if_loaded() -> Option<Rc<Index>> {
    CACHE.with(|cache| {
        let shared = cache.borrow().get("index.json").cloned()?;
        let loaded = shared.peek()?.as_ref().ok()?.clone();
        loaded.downcast::<Index>().ok()
    })
}

/// The addresses of the data files this page has loaded (or is loading).
pub fn loaded_urls() -> Vec<String> {
    CACHE.with(|cache| {
        cache
            .borrow()
            .keys()
            .map(|file| format!("{DATA_ROOT}{file}"))
            .collect()
    })
}

/// Milliseconds since 1970 at which the index shown was fetched, if known
/// (reactive).
pub fn index_fetched_at() -> Option<f64> {
    INDEX_FETCHED.with(|f| f.get())
}

/// How long a data file may take to arrive (the country files are tens of
/// kilobytes with brotli: seconds even on a slow mobile link).
#[cfg(not(feature = "ssr"))]
const DATA_WAIT_SECONDS: u32 = 30;

/// Fetches `file`, giving up after [`DATA_WAIT_SECONDS`]. At build time
/// every file was read beforehand ([`provide_files`]): one that was not is
/// not there.
#[cfg(feature = "ssr")]
async fn fetch_text(file: &str) -> Result<String, LoadError> {
    Err(LoadError::Http {
        file: file.to_string(),
        status: 404,
    })
}

/// Fetches `file`, giving up after [`DATA_WAIT_SECONDS`].
#[cfg(not(feature = "ssr"))]
async fn fetch_text(file: &str) -> Result<String, LoadError> {
    crate::services::timer::within(DATA_WAIT_SECONDS as i32 * 1000, fetch_text_now(file))
        .await
        .unwrap_or_else(|| {
            Err(LoadError::Timeout {
                file: file.to_string(),
                seconds: DATA_WAIT_SECONDS,
            })
        })
}

#[cfg(not(feature = "ssr"))]
async fn fetch_text_now(file: &str) -> Result<String, LoadError> {
    let url = format!("{DATA_ROOT}{file}");
    let network = |e: gloo_net::Error| LoadError::Network {
        file: file.to_string(),
        message: e.to_string(),
    };
    let mut request = gloo_net::http::Request::get(&url);
    if FRESH.with(|fresh| fresh.borrow_mut().remove(file)) {
        // The worker sees the request's cache mode and asks the network.
        request = request.cache(web_sys::RequestCache::NoCache);
    }
    let response = request.send().await.map_err(network)?;
    if file == "index.json"
        && let Some(date) = response.headers().get("date")
    {
        let ms = js_sys::Date::parse(&date);
        if ms.is_finite() {
            INDEX_FETCHED.with(|f| leptos::prelude::Set::set(f, Some(ms)));
        }
    }
    if !response.ok() {
        return Err(LoadError::Http {
            file: file.to_string(),
            status: response.status(),
        });
    }
    response.text().await.map_err(network)
}

/// Fetches and parses `file` (relative to [`DATA_ROOT`]) once.
async fn load<T: 'static>(
    file: &str,
    parse: fn(&str, &str) -> Result<T, DataError>,
) -> Result<Rc<T>, LoadError> {
    #[cfg(feature = "ssr")]
    USED.with(|used| used.borrow_mut().insert(file.to_string()));
    let shared = CACHE.with(|cache| {
        cache
            .borrow_mut()
            .entry(file.to_string())
            .or_insert_with(|| {
                let file = file.to_string();
                let name = format!("data/{file}");
                async move {
                    let text = fetch_text(&file).await?;
                    remember_hash(&file, &text);
                    // Texts too long to lay out are cut (only data that
                    // never went through the validator has any).
                    let text = directory_data::parse::clamp_strings(
                        &text,
                        directory_data::parse::SHOWN_CHARS,
                    );
                    let value = parse(&name, &text).map_err(LoadError::Invalid)?;
                    Ok(Rc::new(value) as Rc<dyn Any>)
                }
                .boxed_local()
                .shared()
            })
            .clone()
    });
    let result = shared.await;
    if result.is_err() {
        CACHE.with(|cache| cache.borrow_mut().remove(file));
    }
    // One file is parsed as one type; data naming the index or the search
    // index as a country file would ask for another: an error, not a panic.
    result.and_then(|value| {
        value.downcast::<T>().map_err(|_| {
            LoadError::Invalid(DataError::new(
                format!("data/{file}"),
                "",
                "",
                "this file is listed as another kind of file than it is",
            ))
        })
    })
}

pub async fn load_index() -> Result<Rc<Index>, LoadError> {
    load("index.json", parse_index).await
}

/// The search index, loaded on the first search (or when the search box
/// is first focused).
pub async fn load_search_index() -> Result<Rc<SearchIndex>, LoadError> {
    load(SEARCH_FILE, parse_search_index).await
}

/// Loads a country file named by its index entry (`countries/norway.json`).
pub async fn load_country(file: &str) -> Result<Rc<CountryFile>, LoadError> {
    // Only country files, as the service worker also requires: an index
    // that never went through the validator cannot point elsewhere.
    let is_country_file = file.starts_with("countries/")
        && file.ends_with(".json")
        && !file.contains("..")
        && !file.contains('\\');
    if !is_country_file {
        return Err(LoadError::Invalid(DataError::new(
            "data/index.json",
            "",
            "content.file",
            format!("{file:?} is not a country file (countries/<name>.json)"),
        )));
    }
    load(file, parse_country).await
}

/// What a country address leads to.
#[derive(Clone)]
pub enum CountryLookup {
    /// No country has this slug.
    Unknown,
    /// A real country, without entries yet.
    NoContent(CountryEntry),
    Found(Rc<CountryFile>),
}

/// The index and what `slug` leads to, loading the country file if there is one.
pub async fn load_country_by_slug(slug: String) -> Result<(Rc<Index>, CountryLookup), LoadError> {
    let index = load_index().await?;
    let lookup = match index.country_by_slug(&slug) {
        None => CountryLookup::Unknown,
        Some(entry) => match &entry.content {
            None => CountryLookup::NoContent(entry.clone()),
            Some(content) => CountryLookup::Found(load_country(&content.file).await?),
        },
    };
    Ok((index, lookup))
}

/// The index and every country file it lists (for the embed builder, which
/// offers every page).
pub async fn load_all_countries() -> Result<(Rc<Index>, Vec<Rc<CountryFile>>), LoadError> {
    let index = load_index().await?;
    let mut countries = Vec::new();
    for (_, content) in index.with_content() {
        countries.push(load_country(&content.file).await?);
    }
    Ok((index, countries))
}

/// A country file this page has already loaded, without fetching it.
fn country_if_loaded(file: &str) -> Option<Rc<CountryFile>> {
    CACHE.with(|cache| {
        let shared = cache.borrow().get(file).cloned()?;
        let loaded = shared.peek()?.as_ref().ok()?.clone();
        loaded.downcast::<CountryFile>().ok()
    })
}

/// The country an organisation is listed in: a country file already
/// loaded (the page someone came from) if it lists it; with one country,
/// that country's file; with more, the search index says which one (so only
/// that file is fetched), and if it does not know the id (an index older
/// than the data), every country is looked in.
pub async fn find_organisation(
    id: String,
) -> Result<(Rc<Index>, Option<(CountryEntry, Rc<CountryFile>)>), LoadError> {
    let index = load_index().await?;
    for (entry, content) in index.with_content() {
        if country_if_loaded(&content.file).is_some_and(|c| c.organisation(&id).is_some()) {
            // Loaded as any other load (at build time, the page records it).
            let country = load_country(&content.file).await?;
            return Ok((index.clone(), Some((entry.clone(), country))));
        }
    }
    if index.with_content().nth(1).is_some()
        && let Ok(search) = load_search_index().await
        && let Some(slug) = search.country_of(&id).map(|c| c.slug.clone())
        && let Some(entry) = index.country_by_slug(&slug)
        && let Some(content) = &entry.content
    {
        let country = load_country(&content.file).await?;
        if country.organisation(&id).is_some() {
            return Ok((index.clone(), Some((entry.clone(), country))));
        }
    }
    for (entry, content) in index.with_content() {
        let country = load_country(&content.file).await?;
        if country.organisation(&id).is_some() {
            return Ok((index.clone(), Some((entry.clone(), country))));
        }
    }
    Ok((index, None))
}

/// Build time: the id of every organisation in the loaded country files.
#[cfg(feature = "ssr")]
pub fn organisation_ids() -> Vec<String> {
    let Some(index) = index_if_loaded() else {
        return Vec::new();
    };
    index
        .with_content()
        .filter_map(|(_, content)| load_country(&content.file).now_or_never()?.ok())
        .flat_map(|country| {
            country
                .organisations
                .iter()
                .map(|o| o.id.clone())
                .collect::<Vec<_>>()
        })
        .collect()
}
