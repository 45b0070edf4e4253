//! The schema.org JSON-LD of an organisation's page: valid JSON, the right
//! type, only confirmed contact details (a search engine repeats them
//! without the page's warnings), a fax as a fax, hours as
//! OpeningHoursSpecification, and no text that could end its element.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use directory_data::jsonld::organisation;
use directory_data::{CountryFile, parse_country};
use serde_json::{Value, json};

fn norway() -> CountryFile {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data/countries/norway.json");
    parse_country(
        "countries/norway.json",
        &std::fs::read_to_string(path).unwrap(),
    )
    .unwrap()
}

fn ld(country: &CountryFile, id: &str) -> Value {
    let org = country.organisation(id).unwrap();
    let text = organisation(
        org,
        country,
        &format!("https://directory.example/organisations/{id}"),
    );
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_legal_aid_organisation_is_a_legal_service_with_confirmed_details() {
    let country = norway();
    let noas = ld(&country, "noas");
    assert_eq!(noas["@context"], json!("https://schema.org"));
    assert_eq!(noas["@type"], json!("LegalService"));
    assert_eq!(
        noas["@id"],
        json!("https://directory.example/organisations/noas")
    );
    assert_eq!(
        noas["name"],
        json!(country.organisation("noas").unwrap().name)
    );
    // The main number is unconfirmed: left out. The confirmed one is a fax.
    assert_eq!(noas.get("telephone"), None);
    assert_eq!(noas["faxNumber"], json!(["+4722365661"]));
    assert_eq!(noas["address"][0]["@type"], json!("PostalAddress"));
    assert_eq!(noas["address"][0]["streetAddress"], json!("Torggata 22"));
    assert_eq!(noas["address"][0]["postalCode"], json!("0183"));
    assert_eq!(noas["address"][0]["addressCountry"], json!("NO"));
    let hours = noas["openingHoursSpecification"].as_array().unwrap();
    let org = country.organisation("noas").unwrap();
    // NOAS's blocks are walk-in (and phone) hours, all confirmed.
    assert_eq!(hours.len(), org.hours.len());
    assert_eq!(hours[0]["@type"], json!("OpeningHoursSpecification"));
    assert_eq!(hours[0]["opens"], json!(org.hours[0].opens.to_string()));
    assert_eq!(hours[0]["closes"], json!(org.hours[0].closes.to_string()));
    assert_eq!(hours[0]["dayOfWeek"][0], json!("https://schema.org/Monday"));
    assert_eq!(noas["areaServed"]["name"], json!("Norway"));
}

#[test]
fn other_support_is_an_ngo_with_its_place() {
    let country = norway();
    let mira = ld(&country, "mira");
    assert_eq!(mira["@type"], json!("NGO"));
    let phones: Vec<&str> = mira["telephone"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(phones, ["+4722116920", "+4792411186"]);
    // Partly confirmed hours and address are left out.
    assert_eq!(mira.get("location"), None);
    assert_eq!(mira.get("openingHoursSpecification"), None);
}

#[test]
fn phone_lines_are_not_opening_hours_and_closures_are_closed_days() {
    let mut country = norway();
    let org = country
        .organisations
        .iter_mut()
        .find(|o| o.id == "noas")
        .unwrap();
    org.hours[0].kinds = vec![directory_data::model::vocabulary::HoursKind::PhoneLine];
    org.hours[1].closures = vec![
        serde_json::from_value(json!({
            "from": "2026-12-24", "until": "2027-01-01", "note": "Christmas"
        }))
        .unwrap(),
    ];
    let expected_blocks = org.hours.len() - 1;
    let noas = ld(&country, "noas");
    assert_eq!(
        noas["openingHoursSpecification"].as_array().unwrap().len(),
        expected_blocks
    );
    let closed = &noas["specialOpeningHoursSpecification"][0];
    assert_eq!(closed["validFrom"], json!("2026-12-24"));
    assert_eq!(closed["validThrough"], json!("2027-01-01"));
    assert_eq!(closed["opens"], json!("00:00"));
    assert_eq!(closed["closes"], json!("00:00"));
}

#[test]
fn no_text_can_end_the_script_element() {
    let mut country = norway();
    let hostile = "NOAS</script><script>alert(1)</script>\u{2028}\"x\"";
    let org = country
        .organisations
        .iter_mut()
        .find(|o| o.id == "noas")
        .unwrap();
    org.name = hostile.to_string();
    org.description = "a < b & c > d".to_string();
    let org = country.organisation("noas").unwrap();
    let text = organisation(
        org,
        &country,
        "https://directory.example/organisations/noas",
    );
    assert!(!text.contains('<') && !text.contains('>'), "{text}");
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["name"], json!(hostile));
    assert_eq!(value["description"], json!("a < b & c > d"));
    // A page address that is not a web address is left out.
    let text = organisation(org, &country, "javascript:alert(1)");
    assert!(!text.contains("javascript"), "{text}");
}
