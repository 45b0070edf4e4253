//! Search over the shipped data: folding, other and former names, cities,
//! typos, ranking; and `search.json` is the index of the shipped data.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use directory_checks::fold;
use directory_checks::generated::check_generated;
use directory_checks::validate::{Dataset, search_index_json, validate_dataset};
use directory_data::model::vocabulary::Service;
use directory_data::parse::DataError;
use directory_data::search::{Query, SearchIndex, within_one_edit};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn index() -> SearchIndex {
    validate_dataset(&data_dir()).unwrap().search_index()
}

/// The ids found for `query`, best first.
fn find(index: &SearchIndex, query: &str) -> Vec<String> {
    find_with(index, query, &[])
}

fn find_with(index: &SearchIndex, query: &str, services: &[(Service, String)]) -> Vec<String> {
    Query::new(&fold(query), services)
        .run(&index.organisations, &index.countries)
        .into_iter()
        .map(|hit| index.organisations[hit.position].id.clone())
        .collect()
}

/// What the validator says about `search.json` in `dir` (the files made
/// from the data are checked together: `directory_checks::generated`).
fn search_index_problems(dir: &Path, dataset: &Dataset) -> Vec<DataError> {
    check_generated(dir, dataset)
        .into_iter()
        .filter(|e| e.file == "search.json")
        .collect()
}

#[test]
fn the_committed_index_is_the_index_of_the_data() {
    let dataset = validate_dataset(&data_dir()).unwrap();
    assert_eq!(search_index_problems(&data_dir(), &dataset), []);
    // And it is written as the tool writes it (no hand edits).
    let text = std::fs::read_to_string(data_dir().join("search.json")).unwrap();
    assert_eq!(text, search_index_json(&dataset.search_index()).unwrap());
}

#[test]
fn a_stale_index_is_an_error_that_says_what_to_run() {
    let dir = std::env::temp_dir().join(format!("search-stale-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("countries")).unwrap();
    for rel in ["index.json", "search.json"] {
        std::fs::copy(data_dir().join(rel), dir.join(rel)).unwrap();
    }
    for file in std::fs::read_dir(data_dir().join("countries")).unwrap() {
        let file = file.unwrap();
        std::fs::copy(file.path(), dir.join("countries").join(file.file_name())).unwrap();
    }
    let dataset = validate_dataset(&dir).unwrap();
    let text = std::fs::read_to_string(dir.join("search.json")).unwrap();
    std::fs::write(
        dir.join("search.json"),
        text.replace("\"Jussbuss\"", "\"Jussbus\""),
    )
    .unwrap();
    let e = search_index_problems(&dir, &dataset).remove(0);
    assert_eq!(e.file, "search.json");
    assert!(
        e.message.contains("does not match the data") && e.message.contains("make data"),
        "{e}"
    );
    std::fs::remove_file(dir.join("search.json")).unwrap();
    let e = search_index_problems(&dir, &dataset).remove(0);
    assert!(e.message.contains("cannot be read"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn finds_names_as_people_type_them() {
    let index = index();
    for query in [
        "juss buss",
        "JussBuss",
        "jussbuss",
        "Juss-Buss",
        "JUSS BUSS",
    ] {
        assert_eq!(
            find(&index, query).first().map(String::as_str),
            Some("jussbuss"),
            "{query}"
        );
    }
    // A local name with ø, typed without it, with it, and in capitals.
    for query in [
        "asylsokere",
        "asylsøkere",
        "ASYLSØKERE",
        "organisasjon for asylsokere",
    ] {
        assert_eq!(
            find(&index, query).first().map(String::as_str),
            Some("noas"),
            "{query}"
        );
    }
    // Other and former names.
    assert_eq!(find(&index, "NOAS")[0], "noas");
    assert_eq!(find(&index, "landsforeningen for lesbiske")[0], "fri");
    assert_eq!(find(&index, "LLH")[0], "fri");
    assert_eq!(find(&index, "Ungdomstelefonen")[0], "skeiv-ungdom");
    // A name's start, as it is being typed.
    assert_eq!(find(&index, "olaf")[0], "olafiaklinikken");
    assert!(find(&index, "xyzzy").is_empty());
}

#[test]
fn a_city_finds_every_organisation_with_an_office_there() {
    let dataset = validate_dataset(&data_dir()).unwrap();
    let index = dataset.search_index();
    let (_, norway) = dataset
        .countries
        .iter()
        .find(|(_, c)| c.slug == "norway")
        .unwrap();
    let in_city = |city: &str| -> Vec<String> {
        let mut ids: Vec<String> = norway
            .organisations
            .iter()
            .filter(|o| o.offices.iter().any(|x| x.city == city))
            .map(|o| o.id.clone())
            .collect();
        ids.sort();
        ids
    };
    let found = |q: &str| {
        let mut ids = find(&index, q);
        ids.sort();
        ids
    };
    let oslo = found("oslo");
    for id in in_city("Oslo") {
        assert!(oslo.contains(&id), "{id} has an office in Oslo");
    }
    // Tromsø and Ålesund, typed on a keyboard without ø and å.
    assert_eq!(found("tromso"), in_city("Tromsø"));
    assert_eq!(found("alesund"), in_city("Ålesund"));
    assert!(!in_city("Tromsø").is_empty());
}

#[test]
fn one_typo_in_words_of_five_letters_or_more() {
    let index = index();
    // Substitution, deletion, insertion, two letters swapped.
    for query in ["asylsokers", "asylskere", "asylsokkere", "asylsokree"] {
        assert_eq!(
            find(&index, query).first().map(String::as_str),
            Some("noas"),
            "{query}"
        );
    }
    assert_eq!(find(&index, "olafja")[0], "olafiaklinikken");
    // A typo while the word is still being typed: the start of "asylsokere".
    assert_eq!(
        find(&index, "asylsokrr").first().map(String::as_str),
        Some("noas")
    );
    // Two typos: nothing.
    assert!(!find(&index, "asylsakore").contains(&"noas".to_string()));
    // Four letters: no typo allowed ("jurk" with one wrong letter).
    assert_eq!(find(&index, "jurk")[0], "jurk");
    assert!(!find(&index, "jurc").contains(&"jurk".to_string()));
}

#[test]
fn one_edit() {
    let w = |s: &str| s.chars().collect::<Vec<_>>();
    let yes = [
        ("abcde", "abcde"),
        ("abcde", "abxde"),
        ("abcde", "abde"),
        ("abcde", "abcdef"),
        ("abcde", "bacde"),
        ("abcde", "abced"),
        ("", "a"),
    ];
    let no = [
        ("abcde", "axcdy"),
        ("abcde", "abc"),
        ("abcde", "badce"),
        ("abcde", "edcba"),
        ("ab", "ba c"),
    ];
    for (a, b) in yes {
        assert!(
            within_one_edit(&w(a), &w(b)) && within_one_edit(&w(b), &w(a)),
            "{a} {b}"
        );
    }
    for (a, b) in no {
        assert!(
            !within_one_edit(&w(a), &w(b)) && !within_one_edit(&w(b), &w(a)),
            "{a} {b}"
        );
    }
}

#[test]
fn name_matches_rank_first() {
    let index = index();
    for query in [
        "oslo",
        "norwegian",
        "queer",
        "health",
        "women",
        "oslo women",
        "health oslo",
        "legal oslo",
    ] {
        let hits = Query::new(&fold(query), &[]).run(&index.organisations, &index.countries);
        assert!(!hits.is_empty(), "{query}");
        assert!(
            hits.windows(2).all(|w| w[0].name_words >= w[1].name_words),
            "{query}: more name words first"
        );
        let first_other = hits.iter().position(|h| !h.by_name).unwrap_or(hits.len());
        assert!(
            hits[first_other..].iter().all(|h| !h.by_name),
            "{query}: a name match after another match"
        );
        assert!(
            hits.windows(2)
                .all(|w| w[0].name_words > w[1].name_words || w[0].score >= w[1].score),
            "{query}"
        );
    }
    // "oslo": those with Oslo in a name come before those with only an office there.
    let oslo = find(&index, "oslo");
    let mut named: Vec<String> = index
        .organisations
        .iter()
        .filter(|o| o.names.iter().any(|n| n.split(' ').any(|w| w == "oslo")))
        .map(|o| o.id.clone())
        .collect();
    named.sort();
    assert!(named.len() >= 2 && named.contains(&"olafiaklinikken".to_string()));
    let mut top = oslo[..named.len()].to_vec();
    top.sort();
    assert_eq!(top, named);
    assert!(oslo.len() > named.len());
    // Every word must match: "queer youth" is Queer Youth Norway, not Queer World.
    let found = find(&index, "queer youth");
    assert_eq!(found[0], "skeiv-ungdom");
    assert!(!found.contains(&"skeiv-verden".to_string()));
    // An exact whole name beats a name that merely contains the words.
    assert_eq!(find(&index, "skeiv verden")[0], "skeiv-verden");
}

#[test]
fn services_in_the_visitors_words_and_countries() {
    let index = index();
    // Services match by their name in the visitor's language, as the app
    // passes them (a made-up word here, so only the service can match).
    let services = vec![(Service::Debt, fold("Zzgjeld"))];
    let mut found = find_with(&index, "zzgjeld", &services);
    found.sort();
    let mut expected: Vec<String> = index
        .organisations
        .iter()
        .filter(|o| o.services.contains(&Service::Debt))
        .map(|o| o.id.clone())
        .collect();
    expected.sort();
    assert!(!expected.is_empty());
    assert_eq!(found, expected);
    // The country, in English and in Norwegian: all of its organisations.
    let in_norway = index
        .organisations
        .iter()
        .filter(|o| index.countries[o.country].slug == "norway")
        .count();
    assert!(in_norway > 0 && in_norway < index.organisations.len());
    assert_eq!(find(&index, "Norway").len(), in_norway);
    // "norge" is also one letter from "norwe…" (the Norwegian Refugee
    // Council in Lebanon, a name match): every one of Norway's is found.
    let norge = find(&index, "norge");
    let norwegian = |id: &&String| {
        let org = index.organisations.iter().find(|o| &o.id == *id).unwrap();
        index.countries[org.country].slug == "norway"
    };
    assert_eq!(
        norge.iter().filter(norwegian).count(),
        in_norway,
        "{norge:?}"
    );
    // An empty query matches everything.
    assert_eq!(find(&index, "  ").len(), index.organisations.len());
}

#[test]
fn the_index_keeps_only_what_search_needs() {
    let index = index();
    let noas = index.organisations.iter().find(|o| o.id == "noas").unwrap();
    assert!(
        noas.names
            .contains(&"norsk organisasjon for asylsokere".to_string())
    );
    assert!(noas.words.split(' ').all(|w| w.chars().count() >= 3));
    assert!(
        noas.hours
            .iter()
            .all(|h| h.note.is_none() && h.verification.sources.is_empty())
    );
    assert_eq!(
        index.country_of("noas").map(|c| c.slug.as_str()),
        Some("norway")
    );
}

/// With two words, a name matched by one of them (even with a typo) still
/// ranks above an organisation whose names match neither, whatever the
/// points of the other fields.
#[test]
fn a_name_match_outranks_other_fields_with_several_words() {
    let base = index().organisations[0].clone();
    let org = |id: &str, names: &[&str], places: &[&str], services: Vec<Service>, words: &str| {
        let mut o = base.clone();
        o.id = id.to_string();
        o.names = names.iter().map(|n| n.to_string()).collect();
        o.places = places.iter().map(|n| n.to_string()).collect();
        o.services = services;
        o.words = words.to_string();
        o
    };
    let orgs = vec![
        org(
            "city-and-service",
            &["other"],
            &["kalomirx"],
            vec![Service::Housing],
            "",
        ),
        org("name-typo", &["kalomira"], &[], Vec::new(), "housing"),
    ];
    let services = vec![(Service::Housing, "housing".to_string())];
    let hits = Query::new("kalomirx housing", &services).run(&orgs, &[]);
    let ids: Vec<&str> = hits.iter().map(|h| orgs[h.position].id.as_str()).collect();
    assert_eq!(ids, ["name-typo", "city-and-service"]);
}

/// Words of a translated description find the organisation, as the
/// English ones do.
#[test]
fn translated_texts_are_searched() {
    let dataset = validate_dataset(&data_dir()).unwrap();
    let mut countries: Vec<_> = dataset.countries.iter().map(|(_, c)| c.clone()).collect();
    let seif = countries
        .iter_mut()
        .find(|c| c.slug == "norway")
        .unwrap()
        .organisations
        .iter_mut()
        .find(|o| o.id == "seif")
        .unwrap();
    seif.translations.insert(
        "uk".to_string(),
        directory_data::model::country::OrganisationTexts {
            description: Some("Безкоштовна юридична консультація для мігрантів".to_string()),
            ..Default::default()
        },
    );
    let index = SearchIndex::build(&dataset.index, &countries, &fold);
    assert_eq!(find(&index, "юридична"), ["seif"]);
    // Without the translation, nothing.
    let plain = dataset.search_index();
    assert!(find(&plain, "юридична").is_empty());
}

#[test]
fn names_of_every_alphabet_found_typed_without_their_letters_in_any_case() {
    // Shipped organisations renamed as organisations of the new countries
    // are written, each searched for as someone without the keyboard types it.
    let dataset = validate_dataset(&data_dir()).unwrap();
    let model = dataset.countries[0].1.organisations[0].clone();
    let names = [
        ("de", "Flüchtlingsrat München"),
        // Two umlauts in a word: two letters more, past the one typo
        // allowed; found only by reading ue, ae as ü, ä.
        ("de2", "Flüchtlingsbüro Kärntnerstraße"),
        ("de-ss", "Straßenhilfe Gießen"),
        ("pl", "Stowarzyszenie Interwencji Prawnej Łódź"),
        ("tr", "İstanbul Barosu Göç ve İltica Merkezi"),
        ("tr2", "Mülteci-Der Şişli Dağıtım"),
        ("no", "Rettshjelp Tromsø og Ålesund"),
        ("sv", "Asylrättscentrum Malmö Häst"),
        ("da", "Københavns Flygtningehjælp"),
        ("ar", "حركة مناهضة العنصرية"),
    ];
    let mut index = SearchIndex::build(&dataset.index, &[], &fold);
    index.countries = vec![
        validate_dataset(&data_dir())
            .unwrap()
            .search_index()
            .countries[0]
            .clone(),
    ];
    for (id, name) in names {
        let mut org = model.clone();
        org.id = id.to_string();
        org.name = name.to_string();
        org.other_names.clear();
        org.local_name = None;
        index
            .organisations
            .push(directory_data::search::SearchOrg::new(&org, 0, &fold));
    }
    for (query, id) in [
        ("flüchtlingsrat", "de"),
        ("fluchtlingsrat munchen", "de"),
        ("FLUECHTLINGSRAT MUENCHEN", "de"),
        ("fluechtlingsbuero", "de2"),
        ("kaerntnerstrasse", "de2"),
        ("strassenhilfe giessen", "de-ss"),
        ("lodz interwencji", "pl"),
        ("ŁÓDŹ", "pl"),
        ("istanbul barosu", "tr"),
        ("ISTANBUL goc iltica", "tr"),
        ("göç", "tr"),
        ("sisli dagitim", "tr2"),
        ("multeci", "tr2"),
        ("tromso alesund", "no"),
        ("TROMSØ", "no"),
        ("asylrattscentrum malmo hast", "sv"),
        ("kobenhavns flygtningehjaelp", "da"),
        ("københavns", "da"),
        ("العنصرية", "ar"),
    ] {
        let found = find(&index, query);
        assert_eq!(
            found.first().map(String::as_str),
            Some(id),
            "{query:?} found {found:?}"
        );
    }
}
