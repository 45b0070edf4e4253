//! Writes every page of the site as HTML into the built `dist/`
//! (`make build` runs it after Trunk): each address the data implies, in
//! every UI language (`/ar/countries/norway/index.html` …), `404.html` and
//! `embed/404.html` per language, `sitemap.xml` and `robots.txt`, and a brotli copy of each
//! page for servers that send pre-compressed files. See docs/architecture.md,
//! "How pages are built".
//!
//! Usage: prerender <dist> <data dir> <locales dir>
//! The site's address comes from `SITE_URL` (default
//! `http://127.0.0.1:8080`, where `make serve` serves it).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use legal_aid_directory::render::{
    EMBED_NOT_FOUND_PATH, NOT_FOUND_PATH, Renderer, addresses, description, escape,
};
use legal_aid_directory::services::language::LANGUAGES;
use legal_aid_directory::services::{dataset, i18n};

fn main() -> ExitCode {
    match run() {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<String, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, data, locales] = args.as_slice() else {
        return Err("usage: prerender <dist> <data dir> <locales dir>".to_string());
    };
    let (dist, data, locales) = (Path::new(dist), Path::new(data), Path::new(locales));
    let site_url = std::env::var("SITE_URL").unwrap_or_else(|_| {
        eprintln!(
            "prerender: SITE_URL is not set: canonical addresses, language links, the sitemap \
             and robots.txt name http://127.0.0.1:8080 (right for make serve and the tests). \
             For a deployment: SITE_URL=https://your.domain make build"
        );
        "http://127.0.0.1:8080".to_string()
    });
    if !(site_url.starts_with("https://") || site_url.starts_with("http://")) {
        return Err(format!(
            "SITE_URL must be an http(s) address, not {site_url:?}"
        ));
    }
    let started = std::time::Instant::now();
    let _ = any_spawner::Executor::init_futures_executor();
    let shell_path = dist.join("index.html");
    let shell = std::fs::read_to_string(&shell_path)
        .map_err(|e| format!("{}: {e} (run Trunk first)", shell_path.display()))?;
    let renderer = Renderer::new(shell, &site_url)?;
    dataset::provide_files(data)?;
    let index = dataset::index_if_loaded().ok_or("the index did not load")?;
    let organisations = dataset::organisation_ids();
    let pages = addresses(&index, &organisations);

    let mut written = Vec::new();
    for &code in LANGUAGES.iter() {
        let json = if code == LANGUAGES[0] {
            None
        } else {
            let file = locales.join(format!("{code}.json"));
            Some(std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?)
        };
        i18n::use_language(code, json.as_deref())
            .map_err(|e| format!("locales/{code}.json: {e}"))?;
        let prefix = if code == LANGUAGES[0] {
            String::new()
        } else {
            format!("/{code}")
        };
        for path in &pages {
            let page = renderer.page(code, path, &description(path));
            refuse_inline(&page).map_err(|e| format!("{prefix}{path}: {e}"))?;
            let file = page_file(dist, &prefix, path);
            write(&file, &page)?;
            written.push(file);
        }
        // The not-found pages, which the server sends with status 404: the
        // full site's, and the embed views' (framed by partners' pages).
        for path in [NOT_FOUND_PATH, EMBED_NOT_FOUND_PATH] {
            let page = renderer.page(code, path, &description("/"));
            refuse_inline(&page).map_err(|e| format!("{prefix}{path}: {e}"))?;
            let file = dist
                .join(prefix.trim_start_matches('/'))
                .join(format!("{}.html", path.trim_start_matches('/')));
            write(&file, &page)?;
            written.push(file);
        }
    }
    write(&dist.join("sitemap.xml"), &sitemap(&site_url, &pages))?;
    write(
        &dist.join("robots.txt"),
        &format!(
            "# Every page may be indexed but the embed views (the same pages, for partners' frames).\nUser-agent: *\nDisallow: /embed/\n{}Sitemap: {}/sitemap.xml\n",
            LANGUAGES[1..]
                .iter()
                .map(|code| format!("Disallow: /{code}/embed/\n"))
                .collect::<String>(),
            site_url.trim_end_matches('/')
        ),
    )?;
    let rendered = started.elapsed().as_secs_f64();
    compress(&written)?;
    Ok(format!(
        "prerender: {} pages ({} addresses × {} languages, and 404 pages) in {:.1} s ({rendered:.1} s writing, the rest brotli)",
        written.len(),
        pages.len(),
        LANGUAGES.len(),
        started.elapsed().as_secs_f64()
    ))
}

/// What the Content-Security-Policy would block in the visitor's browser
/// (an inline script, a `style` or `on…` attribute) fails the build
/// instead, as `scripts/harden-html.mjs` does for the shell. Data blocks
/// (`<script type="application/ld+json">`) and scripts loaded from files
/// are fine.
fn refuse_inline(html: &str) -> Result<(), String> {
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(offset) = html[i..].find('<') {
        let start = i + offset;
        i = start + 1;
        if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        // The start tag, to its `>` outside quotes.
        let mut quote = None;
        let mut end = i;
        while let Some(&b) = bytes.get(end) {
            match (quote, b) {
                (None, b'"' | b'\'') => quote = Some(b),
                (Some(q), b) if b == q => quote = None,
                (None, b'>') => break,
                _ => {}
            }
            end += 1;
        }
        let tag = &html[start..end.min(html.len())];
        let name: String = tag[1..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        let lower = tag.to_ascii_lowercase();
        if name.eq_ignore_ascii_case("script")
            && !(lower.contains(" src=") || lower.contains("type=\"application/ld+json\""))
        {
            return Err(format!("an inline script: {tag}>"));
        }
        for attribute in attribute_names(&lower[1 + name.len()..]) {
            if attribute == "style" || attribute.starts_with("on") {
                return Err(format!("an inline {attribute}= attribute: {tag}>"));
            }
        }
        i = end;
    }
    Ok(())
}

/// The names of the attributes in a start tag's text after its name
/// (values, quoted or not, skipped).
fn attribute_names(mut rest: &str) -> Vec<&str> {
    let mut names = Vec::new();
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return names;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        names.push(&rest[..end]);
        rest = rest[end..].trim_start();
        if let Some(value) = rest.strip_prefix('=') {
            let value = value.trim_start();
            rest = match value.chars().next() {
                Some(q @ ('"' | '\'')) => value[1..].find(q).map_or("", |i| &value[i + 2..]),
                _ => value.find(char::is_whitespace).map_or("", |i| &value[i..]),
            };
        }
    }
}

/// Where a page is written: `dist/ar/countries/norway/index.html`; the
/// English home page is `dist/index.html`.
fn page_file(dist: &Path, prefix: &str, path: &str) -> PathBuf {
    let mut file = dist.to_path_buf();
    for segment in format!("{prefix}{path}")
        .split('/')
        .filter(|s| !s.is_empty())
    {
        file.push(segment);
    }
    file.join("index.html")
}

fn write(file: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(file, text).map_err(|e| format!("{}: {e}", file.display()))
}

/// Every page in every language, each with its language versions.
fn sitemap(site_url: &str, pages: &[String]) -> String {
    let site = site_url.trim_end_matches('/');
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for path in pages.iter().filter(|p| !p.starts_with("/embed/")) {
        let alternates = LANGUAGES
            .iter()
            .map(|code| {
                format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{site}{}\"/>",
                    escape(&directory_data::locale::language_path(
                        code,
                        LANGUAGES[0],
                        path
                    ))
                )
            })
            .collect::<String>()
            + &format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{site}{}\"/>",
                escape(path)
            );
        for code in LANGUAGES {
            let address = directory_data::locale::language_path(code, LANGUAGES[0], path);
            xml.push_str(&format!(
                "<url><loc>{site}{}</loc>{alternates}</url>\n",
                escape(&address)
            ));
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// A `.br` copy of each page, two threads at a time. Quality 10, not 11:
/// measured on the 7,625 pages, 11 takes 24 s to 10's 13 s for pages 2 %
/// smaller (Norway's 10.3 KB against 10.5 KB), and the build of every page
/// in every language is to stay under twice the app's own build time.
fn compress(files: &[PathBuf]) -> Result<(), String> {
    let halves = files.chunks(files.len().div_ceil(2).max(1));
    std::thread::scope(|scope| {
        let workers: Vec<_> = halves
            .map(|chunk| scope.spawn(move || chunk.iter().try_for_each(|file| compress_one(file))))
            .collect();
        workers.into_iter().try_for_each(|w| {
            w.join()
                .map_err(|_| "a compression thread failed".to_string())?
        })
    })
}

fn compress_one(file: &Path) -> Result<(), String> {
    let text = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut target = file.as_os_str().to_owned();
    target.push(".br");
    let out = std::fs::File::create(&target).map_err(|e| format!("{target:?}: {e}"))?;
    let mut writer = brotli::CompressorWriter::new(out, 4096, 10, 22);
    writer
        .write_all(&text)
        .and_then(|()| writer.flush())
        .map_err(|e| format!("{target:?}: {e}"))
}
