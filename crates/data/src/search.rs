//! Searching organisations across every country without downloading every
//! country file: `search.json`, a compact index built from the dataset
//! (`build-search-index`, run by `make build`; a test checks the committed
//! file matches the data), loaded on the first search.
//!
//! Matching is on folded words ([`crate::fold`]): every word of the query
//! must match a word of the organisation's names (name, local, other and
//! former names), cities, country, services or description, exactly, as
//! the start of a word, or, in words of five letters or more, with one
//! typo. Names also match with their words run together ("jussbuss" finds
//! "Juss-Buss"). Name matches rank first.

use serde::{Deserialize, Serialize};

use crate::country::{CountryFile, OpeningHours, Organisation};
use crate::fold::words;
use crate::index::{Index, SCHEMA_VERSION};
use crate::vocabulary::{Category, Service};

/// The file name of the index, next to `index.json`.
pub const SEARCH_FILE: &str = "search.json";

/// Words shorter than this are left out of `words` (names keep all).
const MIN_WORD: usize = 3;

/// Query words at least this long may have one typo.
pub const TYPO_MIN_LETTERS: usize = 5;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "validate", serde(deny_unknown_fields))]
pub struct SearchIndex {
    pub schema_version: u32,
    pub countries: Vec<SearchCountry>,
    pub organisations: Vec<SearchOrg>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "validate", serde(deny_unknown_fields))]
pub struct SearchCountry {
    pub slug: String,
    pub name: String,
    /// The IANA time zone of the country's opening hours.
    pub time_zone: String,
    /// Folded: the name and the local name.
    pub names: Vec<String>,
}

/// What search and the filters need of an organisation.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "validate", serde(deny_unknown_fields))]
pub struct SearchOrg {
    pub id: String,
    /// Position in `countries`.
    pub country: usize,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_name: Option<String>,
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
        let text: Vec<String> = std::iter::once(&org.description)
            .chain(&org.activities)
            .chain(&org.eligibility)
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
            local_name: org.local_name.clone(),
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
            out.organisations.extend(
                country
                    .organisations
                    .iter()
                    .map(|org| SearchOrg::new(org, position, fold)),
            );
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
pub fn within_one_edit(a: &[char], b: &[char]) -> bool {
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

/// How `query` (one folded word) matches the folded word `word`.
fn match_word(query: &[char], query_str: &str, word: &str) -> WordMatch {
    if word == query_str {
        return WordMatch::Exact;
    }
    if word.starts_with(query_str) {
        return WordMatch::Prefix;
    }
    if query.len() >= TYPO_MIN_LETTERS {
        let word: Vec<char> = word.chars().collect();
        // The whole word, or its start (the person is still typing).
        if within_one_edit(query, &word)
            || (word.len() > query.len() + 1 && within_one_edit(query, &word[..query.len()]))
        {
            return WordMatch::Typo;
        }
    }
    WordMatch::None
}

fn best_in<'a>(query: &[char], query_str: &str, texts: impl Iterator<Item = &'a str>) -> WordMatch {
    let mut best = WordMatch::None;
    for text in texts {
        for word in words(text) {
            best = best.max(match_word(query, query_str, word));
            if best == WordMatch::Exact {
                return best;
            }
        }
    }
    best
}

/// Points per kind of field and match: a name match always outranks a
/// match anywhere else.
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
}

impl<'a> Query<'a> {
    /// `folded`: the query, folded; `service_names`: each service's folded
    /// name in the UI language.
    pub fn new(folded: &str, service_names: &'a [(Service, String)]) -> Self {
        Query {
            folded: folded.to_string(),
            service_names,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }

    /// How well `org` (in `country`) matches: `None` when some word of the
    /// query matches nothing. An empty query matches everything with 0.
    pub fn score(&self, org: &SearchOrg, country: Option<&SearchCountry>) -> Option<(u32, bool)> {
        if self.folded.is_empty() {
            return Some((0, false));
        }
        // The whole query as one word, against names with their words run
        // together: "jussbuss" and "juss buss" both find "Juss-Buss".
        let squashed: String = self.folded.split(' ').collect();
        let mut whole = WordMatch::None;
        for name in &org.names {
            if *name == self.folded {
                whole = WordMatch::Exact;
                break;
            }
            let name_squashed: String = name.split(' ').collect();
            if name_squashed == squashed {
                whole = whole.max(WordMatch::Exact);
            } else if squashed.chars().count() >= 3 && name_squashed.starts_with(&squashed) {
                whole = whole.max(WordMatch::Prefix);
            }
        }

        let mut total = 0;
        let mut by_name = false;
        for word in words(&self.folded) {
            let chars: Vec<char> = word.chars().collect();
            let name = best_in(&chars, word, org.names.iter().map(String::as_str));
            let name = name.max(match whole {
                WordMatch::None => WordMatch::None,
                _ => WordMatch::Prefix,
            });
            let mut best = points(Field::Name, name);
            by_name |= name != WordMatch::None;
            if best < points(Field::Name, WordMatch::Exact) {
                best = best.max(points(
                    Field::City,
                    best_in(&chars, word, org.places.iter().map(String::as_str)),
                ));
                if let Some(country) = country {
                    best = best.max(points(
                        Field::Country,
                        best_in(&chars, word, country.names.iter().map(String::as_str)),
                    ));
                }
                for (service, label) in self.service_names {
                    if org.services.contains(service) {
                        best = best.max(points(
                            Field::Service,
                            best_in(&chars, word, std::iter::once(label.as_str())),
                        ));
                    }
                }
                best = best.max(points(
                    Field::Words,
                    best_in(&chars, word, std::iter::once(org.words.as_str())),
                ));
            }
            if best == 0 {
                return None;
            }
            total += best;
        }
        if whole == WordMatch::Exact {
            total += 50;
        }
        Some((total, by_name))
    }

    /// The organisations of `orgs` that match, best first (by score, then
    /// name). `countries` are those the organisations' `country` points into.
    pub fn run(&self, orgs: &[SearchOrg], countries: &[SearchCountry]) -> Vec<Hit> {
        let mut hits: Vec<Hit> = orgs
            .iter()
            .enumerate()
            .filter_map(|(position, org)| {
                let (score, by_name) = self.score(org, countries.get(org.country))?;
                Some(Hit {
                    position,
                    score,
                    by_name,
                })
            })
            .collect();
        hits.sort_by(|a, b| {
            b.score.cmp(&a.score).then_with(|| {
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
