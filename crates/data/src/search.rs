//! Searching organisations across every country without downloading every
//! country file: `search.json`, a compact index built from the dataset
//! (`build-data-files`, run by `make data` and `make build`; a test checks the committed
//! file matches the data), loaded on the first search.
//!
//! Matching is on folded words ([`crate::fold`]): every word of the query
//! must match a word of the organisation's names (name, local, other and
//! former names), cities, country, services or description, exactly, as
//! the start of a word, or, in words of five letters or more, with one
//! typo. Names also match with their words run together ("jussbuss" finds
//! "Juss-Buss"). Name matches rank first.

use serde::{Deserialize, Serialize};

use crate::fold::words;
use crate::model::country::{CountryFile, OpeningHours, Organisation};
use crate::model::index::{Index, SCHEMA_VERSION};
use crate::model::vocabulary::{Category, Service};

/// The file name of the index, next to `index.json`.
pub const SEARCH_FILE: &str = "search.json";

/// Words shorter than this are left out of `words` (names keep all).
const MIN_WORD: usize = 3;

/// Query words at least this long may have one typo.
pub const TYPO_MIN_LETTERS: usize = 5;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct SearchIndex {
    pub schema_version: u32,
    pub countries: Vec<SearchCountry>,
    pub organisations: Vec<SearchOrg>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct SearchCountry {
    pub slug: String,
    /// ISO 3166-1 alpha-2, for the name in the UI language.
    #[serde(default)]
    pub code: String,
    pub name: String,
    /// The IANA time zone of the country's opening hours.
    pub time_zone: String,
    /// Folded: the name and the local name.
    pub names: Vec<String>,
}

/// What search and the filters need of an organisation.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct SearchOrg {
    pub id: String,
    /// Position in `countries`.
    pub country: usize,
    pub name: String,
    /// The language of `name` when it is not English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_name: Option<String>,
    /// The language of `local_name`, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_name_lang: Option<String>,
    /// Folded: name, local name, other names, former names.
    pub names: Vec<String>,
    /// The cities of its offices, as written in the data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cities: Vec<String>,
    /// Folded: `cities`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<String>,
    pub categories: Vec<Category>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Service>,
    /// BCP 47 tags of the languages spoken.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Folded words of the description, activities and eligibility, each
    /// once, without those already in `names`, separated by spaces.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub words: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<OpeningHours>,
}

impl SearchOrg {
    /// The summary of `org` (listed in the country at `country`), with
    /// `fold` folding text (natively [`crate::fold::fold`]; in the app, the
    /// browser's NFKD and [`crate::fold::fold_decomposed`]).
    pub fn new(org: &Organisation, country: usize, fold: &dyn Fn(&str) -> String) -> Self {
        let mut names: Vec<String> = Vec::new();
        let all_names = std::iter::once(&org.name)
            .chain(&org.local_name)
            .chain(&org.other_names)
            .chain(org.former_names.iter().map(|f| &f.name));
        for name in all_names {
            let folded = fold(name);
            if !folded.is_empty() && !names.contains(&folded) {
                names.push(folded);
            }
        }
        let mut seen: Vec<&str> = names.iter().flat_map(|n| words(n)).collect();
        // The texts in English and in every translation: a visitor may
        // search in the language they read the page in.
        let translated = org.translations.values().flat_map(|t| {
            t.description
                .iter()
                .chain(&t.activities)
                .chain(&t.eligibility)
        });
        let text: Vec<String> = std::iter::once(&org.description)
            .chain(&org.activities)
            .chain(&org.eligibility)
            .chain(translated)
            .map(|t| fold(t))
            .collect();
        let mut kept = Vec::new();
        for word in text.iter().flat_map(|t| words(t)) {
            if word.chars().count() >= MIN_WORD && !seen.contains(&word) {
                seen.push(word);
                kept.push(word);
            }
        }
        let mut cities: Vec<String> = Vec::new();
        for office in &org.offices {
            if !cities.contains(&office.city) {
                cities.push(office.city.clone());
            }
        }
        SearchOrg {
            id: org.id.clone(),
            country,
            name: org.name.clone(),
            name_lang: org.name_lang.clone(),
            local_name: org.local_name.clone(),
            local_name_lang: org.local_name_lang.clone(),
            names,
            places: cities.iter().map(|c| fold(c)).collect(),
            cities,
            categories: org.categories.clone(),
            services: org.services.clone(),
            languages: org.languages.iter().map(|l| l.code.clone()).collect(),
            words: kept.join(" "),
            hours: org.hours.iter().map(hours_for_status).collect(),
        }
    }
}

/// A block of hours with only what "open now" needs: without its label,
/// notes and sources (the organisation's page shows those).
fn hours_for_status(block: &OpeningHours) -> OpeningHours {
    let mut block = block.clone();
    block.label = None;
    block.note = None;
    block.verification.sources.clear();
    block.verification.note = None;
    for closure in &mut block.closures {
        closure.note = None;
    }
    block
}

impl SearchCountry {
    pub fn new(country: &CountryFile, fold: &dyn Fn(&str) -> String) -> Self {
        let mut names = vec![fold(&country.name)];
        if let Some(local) = &country.local_name {
            let local = fold(local);
            if !names.contains(&local) {
                names.push(local);
            }
        }
        SearchCountry {
            slug: country.slug.clone(),
            code: country.code.clone(),
            name: country.name.clone(),
            time_zone: country.time_zone.clone(),
            names,
        }
    }
}

impl SearchIndex {
    /// The index of `countries` (in the index's order).
    pub fn build(index: &Index, countries: &[CountryFile], fold: &dyn Fn(&str) -> String) -> Self {
        let mut out = SearchIndex {
            schema_version: SCHEMA_VERSION,
            countries: Vec::new(),
            organisations: Vec::new(),
        };
        for (entry, _) in index.with_content() {
            let Some(country) = countries.iter().find(|c| c.slug == entry.slug) else {
                continue;
            };
            let position = out.countries.len();
            out.countries.push(SearchCountry::new(country, fold));
            out.organisations
                .extend(country.organisations.iter().map(|org| {
                    let mut summary = SearchOrg::new(org, position, fold);
                    if org.local_name.is_some() {
                        summary.local_name_lang = org.local_name_language(country).map(Into::into);
                    }
                    summary
                }));
        }
        out
    }

    /// The country an organisation is listed in.
    pub fn country_of(&self, id: &str) -> Option<&SearchCountry> {
        let org = self.organisations.iter().find(|o| o.id == id)?;
        self.countries.get(org.country)
    }
}

/// How well one query word matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum WordMatch {
    None,
    Typo,
    Prefix,
    Exact,
}

/// True when `a` becomes `b` by one insertion, deletion, substitution or
/// swap of two neighbouring letters (or none).
pub fn within_one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let start = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if start == short.len() {
        return true;
    }
    if short.len() == long.len() {
        let rest = start + 1;
        // Substitution, or a swap of the letters at `start` and `start + 1`.
        short[rest..] == long[rest..]
            || (rest < short.len()
                && short[start] == long[rest]
                && short[rest] == long[start]
                && short[rest + 1..] == long[rest + 1..])
    } else {
        // One letter inserted into `short` at `start`.
        short[start..] == long[start + 1..]
    }
}

/// One word of the query, ready to compare.
struct QueryWord {
    text: String,
    chars: Vec<char>,
    /// Typos are tolerated (five letters or more).
    typos: bool,
    /// The word read as German spelling without umlauts ("muenchen",
    /// "fluechtlinge"): `ue`, `ae`, `oe` as the letters folding leaves of
    /// ü, ä, ö; matched too, so both "munchen" and "muenchen" find München.
    umlauts: Option<Box<QueryWord>>,
}

/// `word` with German `ue`, `ae`, `oe` read as ü, ä, ö folded (u, a, o);
/// `None` when it has none, or is shorter than five letters (so that short
/// words such as French "rue" or Dutch "goed" do not widen a search).
fn without_umlaut_spelling(word: &str) -> Option<String> {
    if word.chars().count() < TYPO_MIN_LETTERS
        || !["ue", "ae", "oe"].iter().any(|pair| word.contains(pair))
    {
        return None;
    }
    Some(
        word.replace("ue", "u")
            .replace("ae", "a")
            .replace("oe", "o"),
    )
}

impl QueryWord {
    fn new(text: &str) -> Self {
        let mut word = QueryWord::plain(text);
        word.umlauts = without_umlaut_spelling(text).map(|t| Box::new(QueryWord::plain(&t)));
        word
    }

    fn plain(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        QueryWord {
            typos: chars.len() >= TYPO_MIN_LETTERS,
            text: text.to_string(),
            chars,
            umlauts: None,
        }
    }

    /// How this word matches the folded word `word`, as typed or read
    /// without umlaut spelling.
    fn match_word(&self, word: &str) -> WordMatch {
        let typed = self.match_as_typed(word);
        match &self.umlauts {
            Some(other) if typed != WordMatch::Exact => typed.max(other.match_as_typed(word)),
            _ => typed,
        }
    }

    /// Most words are ASCII: they are compared as bytes, without allocating.
    fn match_as_typed(&self, word: &str) -> WordMatch {
        if word == self.text {
            return WordMatch::Exact;
        }
        if word.starts_with(&self.text) {
            return WordMatch::Prefix;
        }
        if !self.typos {
            return WordMatch::None;
        }
        let found = if word.is_ascii() && self.text.is_ascii() {
            typo(self.text.as_bytes(), word.as_bytes())
        } else {
            let w: Vec<char> = word.chars().collect();
            typo(&self.chars, &w)
        };
        if found {
            WordMatch::Typo
        } else {
            WordMatch::None
        }
    }

    fn best_in<'a>(&self, texts: impl Iterator<Item = &'a str>) -> WordMatch {
        let mut best = WordMatch::None;
        for text in texts {
            for word in words(text) {
                best = best.max(self.match_word(word));
                if best == WordMatch::Exact {
                    return best;
                }
            }
        }
        best
    }
}

/// One typo between `query` and the whole `word`, or its start (the person
/// is still typing).
fn typo<T: PartialEq>(query: &[T], word: &[T]) -> bool {
    within_one_edit(query, word)
        || (word.len() > query.len() && within_one_edit(query, &word[..query.len()]))
}

/// How the query, its words run together (`squashed`), matches a folded
/// name with its words run together, without building that string.
fn squashed_match(name: &str, squashed: &str) -> WordMatch {
    let mut name_bytes = name.bytes().filter(|b| *b != b' ');
    for q in squashed.bytes() {
        if name_bytes.next() != Some(q) {
            return WordMatch::None;
        }
    }
    if name_bytes.next().is_none() {
        WordMatch::Exact
    } else {
        WordMatch::Prefix
    }
}

/// Points per kind of field and match (after the number of words that
/// matched a name, which ranks first).
fn points(field: Field, m: WordMatch) -> u32 {
    let base = match field {
        Field::Name => 100,
        Field::City => 40,
        Field::Country | Field::Service => 30,
        Field::Words => 15,
    };
    match m {
        WordMatch::Exact => base,
        WordMatch::Prefix => base * 7 / 10,
        WordMatch::Typo => base / 2,
        WordMatch::None => 0,
    }
}

#[derive(Clone, Copy)]
enum Field {
    Name,
    City,
    Country,
    Service,
    Words,
}

/// A search over a list of organisations.
pub struct Query<'a> {
    /// The folded query.
    folded: String,
    /// Its words run together.
    squashed: String,
    words: Vec<QueryWord>,
    /// For each service, its folded name in the visitor's language.
    service_names: &'a [(Service, String)],
}

/// One organisation found, with its rank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Position in the list searched.
    pub position: usize,
    pub score: u32,
    /// True when the query matched one of its names.
    pub by_name: bool,
    /// How many words of the query matched one of its names: results are
    /// ranked by this first, so name matches come first with any number
    /// of words.
    pub name_words: u32,
}

/// What depends on the query alone, worked out once per search: for each
/// query word, how it matches each country and each service.
struct Prepared {
    countries: Vec<Vec<WordMatch>>,
    services: Vec<Vec<(Service, WordMatch)>>,
    /// For each query word, how it matches each word of the vocabulary.
    vocabulary: Vec<Vec<WordMatch>>,
}

/// The organisations' words, each stored once (a vocabulary) and referred
/// to by number, built once when the index has loaded: a search compares
/// each query word with each distinct word once, then only looks up
/// numbers.
pub struct Searcher {
    vocabulary: Vec<Box<str>>,
    /// Per organisation: the numbers of the words of its names, places and
    /// other words.
    names: Vec<Vec<u32>>,
    places: Vec<Vec<u32>>,
    words: Vec<Vec<u32>>,
}

impl Searcher {
    pub fn new(orgs: &[SearchOrg]) -> Self {
        let mut numbers: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
        let mut vocabulary: Vec<Box<str>> = Vec::new();
        fn number<'a>(
            numbers: &mut std::collections::HashMap<&'a str, u32>,
            vocabulary: &mut Vec<Box<str>>,
            texts: impl Iterator<Item = &'a str>,
        ) -> Vec<u32> {
            let mut out = Vec::new();
            for word in texts.flat_map(words) {
                let n = *numbers.entry(word).or_insert_with(|| {
                    vocabulary.push(word.into());
                    (vocabulary.len() - 1) as u32
                });
                if !out.contains(&n) {
                    out.push(n);
                }
            }
            out
        }
        let mut names = Vec::with_capacity(orgs.len());
        let mut places = Vec::with_capacity(orgs.len());
        let mut other = Vec::with_capacity(orgs.len());
        for org in orgs {
            let (n, v) = (&mut numbers, &mut vocabulary);
            names.push(number(n, v, org.names.iter().map(String::as_str)));
            places.push(number(n, v, org.places.iter().map(String::as_str)));
            other.push(number(n, v, std::iter::once(org.words.as_str())));
        }
        Searcher {
            vocabulary,
            names,
            places,
            words: other,
        }
    }

    /// How many distinct words the organisations have.
    pub fn vocabulary_len(&self) -> usize {
        self.vocabulary.len()
    }
}

fn best_of(matches: &[WordMatch], numbers: &[u32]) -> WordMatch {
    let mut best = WordMatch::None;
    for n in numbers {
        best = best.max(matches[*n as usize]);
        if best == WordMatch::Exact {
            break;
        }
    }
    best
}

impl<'a> Query<'a> {
    /// `folded`: the query, folded; `service_names`: each service's folded
    /// names (the search page gives them in the UI language and in
    /// English; a service may appear more than once).
    pub fn new(folded: &str, service_names: &'a [(Service, String)]) -> Self {
        Query {
            folded: folded.to_string(),
            squashed: folded.split(' ').collect(),
            words: words(folded).map(QueryWord::new).collect(),
            service_names,
        }
    }

    fn prepare(&self, countries: &[SearchCountry], searcher: &Searcher) -> Prepared {
        Prepared {
            vocabulary: self
                .words
                .iter()
                .map(|w| {
                    searcher
                        .vocabulary
                        .iter()
                        .map(|v| w.match_word(v))
                        .collect()
                })
                .collect(),
            countries: self
                .words
                .iter()
                .map(|w| {
                    countries
                        .iter()
                        .map(|c| w.best_in(c.names.iter().map(String::as_str)))
                        .collect()
                })
                .collect(),
            services: self
                .words
                .iter()
                .map(|w| {
                    self.service_names
                        .iter()
                        .map(|(s, label)| (*s, w.best_in(std::iter::once(label.as_str()))))
                        .filter(|(_, m)| *m != WordMatch::None)
                        .collect()
                })
                .collect(),
        }
    }

    /// How well `org` matches: `None` when some word of the query matches
    /// nothing. An empty query matches everything with 0.
    fn score(
        &self,
        position: usize,
        org: &SearchOrg,
        searcher: &Searcher,
        prepared: &Prepared,
    ) -> Option<(u32, u32)> {
        if self.words.is_empty() {
            return Some((0, 0));
        }
        // The whole query as one word, against names with their words run
        // together: "jussbuss" and "juss buss" both find "Juss-Buss".
        let mut whole = WordMatch::None;
        for name in &org.names {
            if *name == self.folded {
                whole = WordMatch::Exact;
                break;
            }
            if self.squashed.len() >= 3 {
                whole = whole.max(squashed_match(name, &self.squashed));
            }
        }

        let mut total = 0;
        let mut name_words = 0;
        for i in 0..self.words.len() {
            let matches = &prepared.vocabulary[i];
            let name = best_of(matches, &searcher.names[position]);
            let name = name.max(match whole {
                WordMatch::None => WordMatch::None,
                _ => WordMatch::Prefix,
            });
            let mut best = points(Field::Name, name);
            name_words += u32::from(name != WordMatch::None);
            if best < points(Field::Name, WordMatch::Exact) {
                best = best.max(points(
                    Field::City,
                    best_of(matches, &searcher.places[position]),
                ));
                if let Some(m) = prepared.countries[i].get(org.country) {
                    best = best.max(points(Field::Country, *m));
                }
                for (service, m) in &prepared.services[i] {
                    if org.services.contains(service) {
                        best = best.max(points(Field::Service, *m));
                    }
                }
                if best < points(Field::Words, WordMatch::Exact) {
                    best = best.max(points(
                        Field::Words,
                        best_of(matches, &searcher.words[position]),
                    ));
                }
            }
            if best == 0 {
                return None;
            }
            total += best;
        }
        if whole == WordMatch::Exact {
            total += 50;
        }
        Some((total, name_words))
    }

    /// The organisations of `orgs` that match, best first (by score, then
    /// name). `countries` are those the organisations' `country` points into.
    pub fn run(&self, orgs: &[SearchOrg], countries: &[SearchCountry]) -> Vec<Hit> {
        self.run_with(&Searcher::new(orgs), orgs, countries)
    }

    /// [`Query::run`] with the [`Searcher`] of `orgs`, built once.
    pub fn run_with(
        &self,
        searcher: &Searcher,
        orgs: &[SearchOrg],
        countries: &[SearchCountry],
    ) -> Vec<Hit> {
        let prepared = self.prepare(countries, searcher);
        let mut hits: Vec<Hit> = orgs
            .iter()
            .enumerate()
            .filter_map(|(position, org)| {
                let (score, name_words) = self.score(position, org, searcher, &prepared)?;
                Some(Hit {
                    position,
                    score,
                    by_name: name_words > 0,
                    name_words,
                })
            })
            .collect();
        crate::sort::sort_with(&mut hits, |a, b| {
            (b.name_words, b.score)
                .cmp(&(a.name_words, a.score))
                .then_with(|| {
                    let (x, y) = (&orgs[a.position], &orgs[b.position]);
                    x.names
                        .first()
                        .cmp(&y.names.first())
                        .then_with(|| x.id.cmp(&y.id))
                })
        });
        hits
    }
}
