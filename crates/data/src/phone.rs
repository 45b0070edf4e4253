//! Phone numbers as people read and dial them: the forms `make data` wrote
//! (national, and from abroad), kept on one line, and which number a Call
//! button dials.

use crate::model::country::Phone;
use crate::model::vocabulary::PhonePurpose;
use crate::model::{Status, Verification};
use crate::verification::effective;

/// A phone number as its country writes it (`22 36 56 60`): the form
/// `make data` wrote from the library's rules for the number's country, or
/// the E.164 number itself where the data has none.
pub fn shown_number(phone: &Phone) -> &str {
    phone.national.as_deref().unwrap_or(&phone.number)
}

/// The number as it is dialled from abroad, with spaces (`+47 22 36 56 60`):
/// what the copy button copies, so that it works from a foreign SIM too.
pub fn number_from_abroad(phone: &Phone) -> &str {
    phone.international.as_deref().unwrap_or(&phone.number)
}

/// A phone number as shown, kept on one line wherever it is put: its spaces
/// become no-break spaces and its hyphens non-breaking hyphens (a number
/// broken across two lines is easily misread or mistyped).
pub fn unbreakable(number: &str) -> String {
    number
        .chars()
        .map(|c| match c {
            ' ' => '\u{a0}',
            '-' => '\u{2011}',
            c => c,
        })
        .collect()
}

/// The number a "Call" button dials for an organisation (`phones`, with
/// `parent` the organisation's own verification): a callable number (no
/// fax, none known to be out of date), the best confirmed first, then the
/// main number before a helpline before an information line, then the
/// data's order. With it, its status, which the button shows when the
/// number is not confirmed.
pub fn number_to_call<'a>(
    phones: &'a [Phone],
    parent: &Verification,
) -> Option<(&'a Phone, Status)> {
    let rank = |purpose: PhonePurpose| match purpose {
        PhonePurpose::Main => 0,
        PhonePurpose::Helpline => 1,
        PhonePurpose::Information => 2,
        PhonePurpose::Fax => 3,
    };
    let confidence = |status: Status| match status {
        Status::Verified => 0,
        Status::PartiallyVerified => 1,
        Status::Unverified => 2,
        Status::Outdated => 3,
    };
    phones
        .iter()
        .map(|p| (p, effective(p.verification.as_ref(), parent).status))
        .filter(|(p, status)| p.purpose != PhonePurpose::Fax && *status != Status::Outdated)
        .enumerate()
        .min_by_key(|(i, (p, status))| (confidence(*status), rank(p.purpose), *i))
        .map(|(_, found)| found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unbreakable_numbers_keep_their_digits_on_one_line() {
        assert_eq!(unbreakable("22 36 56 60"), "22\u{a0}36\u{a0}56\u{a0}60");
        assert_eq!(unbreakable("030-123 45"), "030\u{2011}123\u{a0}45");
        assert_eq!(unbreakable("+4722365660"), "+4722365660");
    }

    fn phone(id: &str, purpose: &str, status: Option<&str>) -> Phone {
        let mut json = serde_json::json!({ "id": id, "number": "+4722000000", "purpose": purpose });
        if let Some(status) = status {
            json["verification"] = serde_json::json!({ "status": status, "last_verified": "2026-11-24", "sources": ["s"] });
        }
        serde_json::from_value(json).expect("a phone")
    }

    #[test]
    fn the_call_button_dials_the_best_confirmed_callable_number() {
        let parent: Verification = serde_json::from_value(
            serde_json::json!({ "status": "verified", "last_verified": "2026-11-24", "sources": ["s"] }),
        )
        .expect("a verification");
        let call =
            |phones: &[Phone]| number_to_call(phones, &parent).map(|(p, s)| (p.id.clone(), s));
        // Confirmed before unconfirmed, whatever the purpose.
        let phones = [
            phone("main", "main", Some("unverified")),
            phone("info", "information", None),
        ];
        assert_eq!(call(&phones), Some(("info".into(), Status::Verified)));
        // Equally confirmed: main, then helpline, then information.
        let phones = [
            phone("info", "information", None),
            phone("help", "helpline", None),
            phone("main", "main", None),
        ];
        assert_eq!(call(&phones), Some(("main".into(), Status::Verified)));
        // Then the data's order.
        let phones = [phone("a", "helpline", None), phone("b", "helpline", None)];
        assert_eq!(call(&phones), Some(("a".into(), Status::Verified)));
        // Never a fax, never a number known to be out of date; an
        // unconfirmed one still, with its status.
        let phones = [
            phone("fax", "fax", None),
            phone("old", "main", Some("outdated")),
            phone("new", "main", Some("unverified")),
        ];
        assert_eq!(call(&phones), Some(("new".into(), Status::Unverified)));
        assert_eq!(call(&[phone("fax", "fax", None)]), None);
        assert_eq!(call(&[]), None);
    }

    #[test]
    fn numbers_show_their_written_forms_else_as_stored() {
        let mut p = phone("main", "main", None);
        assert_eq!(shown_number(&p), "+4722000000");
        assert_eq!(number_from_abroad(&p), "+4722000000");
        p.national = Some("22 00 00 00".into());
        p.international = Some("+47 22 00 00 00".into());
        assert_eq!(shown_number(&p), "22 00 00 00");
        assert_eq!(number_from_abroad(&p), "+47 22 00 00 00");
    }
}
