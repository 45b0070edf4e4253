//! Phone numbers of every country with entries, written as that country
//! writes them, by the phone-number library's rules (`make data` writes
//! these forms into the country files; the app never formats a number).
//! One number per country, taken from the data, and what people there
//! would recognise; a change of the library's rules shows up here.

use directory_checks::validate::phone_formats;

#[test]
fn each_country_writes_its_numbers_its_own_way() {
    for (e164, national, international) in [
        ("+4722365660", "22 36 56 60", "+47 22 36 56 60"), // Norway
        ("+4620415000", "020-41 50 00", "+46 20 41 50 00"), // Sweden: area code, hyphen
        ("+498912390096", "089 12390096", "+49 89 12390096"), // Germany: trunk 0
        ("+48693390502", "693 390 502", "+48 693 390 502"), // Poland: no trunk 0
        ("+358207012000", "020 7012000", "+358 20 7012000"), // Finland
        ("+4533735000", "33 73 50 00", "+45 33 73 50 00"), // Denmark
        ("+3222274241", "02 227 42 41", "+32 2 227 42 41"), // Belgium
        ("+905072186285", "0507 218 62 85", "+90 507 218 62 85"), // Türkiye
        ("+20227736347", "02 27736347", "+20 2 27736347"), // Egypt
        ("+9614726111", "04 726 111", "+961 4 726 111"),   // Lebanon
        ("+27113391960", "011 339 1960", "+27 11 339 1960"), // South Africa
    ] {
        assert_eq!(
            phone_formats(e164),
            Some((national.to_string(), international.to_string())),
            "{e164}"
        );
    }
}

#[test]
fn a_number_the_library_cannot_read_has_no_written_form() {
    assert_eq!(phone_formats("22365660"), None);
    assert_eq!(phone_formats("+"), None);
}
