//! Which verification applies to a fact, and every verification in a
//! country file with where it is (for the validator's checks and the
//! editors' staleness report).

use crate::model::Verification;
use crate::model::country::{CountryFile, Organisation};

/// The verification that applies to a field: its own, or its organisation's.
pub fn effective<'a>(own: Option<&'a Verification>, parent: &'a Verification) -> &'a Verification {
    own.unwrap_or(parent)
}

impl CountryFile {
    /// Every verification block in the file, with a path naming where it
    /// is (`protection.treaties[0] (refugee-convention)`, `verification`),
    /// in file order.
    pub fn verifications(&self) -> Vec<Located<'_>> {
        let mut out = Vec::new();
        let p = &self.protection;
        each(
            &mut out,
            "protection.treaties",
            &p.treaties,
            |t| Some(&t.id),
            |t| &t.verification,
        );
        push_field(
            &mut out,
            "protection.regional_framework",
            "verification".into(),
            &Some(&p.regional_framework.verification),
        );
        let framework = &p.regional_framework;
        let instruments = "protection.regional_framework.instruments";
        each(
            &mut out,
            instruments,
            &framework.instruments,
            |t| Some(&t.id),
            |t| &t.verification,
        );
        each(
            &mut out,
            "protection.national_law",
            &p.national_law,
            |l| Some(&l.id),
            |l| &l.verification,
        );
        each(
            &mut out,
            "protection.authorities",
            &p.authorities,
            |a| Some(&a.id),
            |a| &a.verification,
        );
        if let Some(deadline) = &p.appeal_deadline {
            push_field(
                &mut out,
                "protection.appeal_deadline",
                "verification".into(),
                &Some(&deadline.verification),
            );
        }
        each(
            &mut out,
            "protection.procedure",
            &p.procedure,
            |f| Some(&f.id),
            |f| &f.verification,
        );
        push_field(
            &mut out,
            "protection.statistics",
            "verification".into(),
            &Some(&p.statistics.verification),
        );
        for (i, o) in self.organisations.iter().enumerate() {
            organisation_verifications(&mut out, format!("organisations[{i}] ({})", o.id), o);
        }
        let lgbtqi = &self.lgbtqi;
        each(
            &mut out,
            "lgbtqi.legal_situation",
            &lgbtqi.legal_situation,
            |f| Some(&f.id),
            |f| &f.verification,
        );
        each(
            &mut out,
            "lgbtqi.asylum_practice",
            &lgbtqi.asylum_practice,
            |f| Some(&f.id),
            |f| &f.verification,
        );
        each(
            &mut out,
            "lgbtqi.resources",
            &lgbtqi.resources,
            |_| None,
            |f| &f.verification,
        );
        each(
            &mut out,
            "coi.resources",
            &self.coi.resources,
            |r| Some(&r.id),
            |r| &r.verification,
        );
        each(
            &mut out,
            "coi.producers",
            &self.coi.producers,
            |r| Some(&r.id),
            |r| &r.verification,
        );
        out
    }
}

/// An organisation's own block, then its offices', addresses', contacts',
/// contact person's and opening hours', each as a field of the entry.
fn organisation_verifications<'a>(out: &mut Vec<Located<'a>>, entry: String, o: &'a Organisation) {
    out.push((entry.clone(), "verification".into(), &o.verification));
    for (j, x) in o.offices.iter().enumerate() {
        push_field(
            out,
            &entry,
            format!("offices[{j}].verification"),
            &x.verification.as_ref(),
        );
        for (kind, address) in [
            ("street_address", &x.street_address),
            ("postal_address", &x.postal_address),
        ] {
            if let Some(a) = address {
                let field = format!("offices[{j}].{kind}.verification");
                push_field(out, &entry, field, &a.verification.as_ref());
            }
        }
    }
    fields(out, &entry, "phones", &o.phones, |x| &x.verification);
    fields(out, &entry, "emails", &o.emails, |x| &x.verification);
    fields(out, &entry, "websites", &o.websites, |x| &x.verification);
    fields(out, &entry, "social", &o.social, |x| &x.verification);
    fields(out, &entry, "languages", &o.languages, |x| &x.verification);
    if let Some(c) = &o.contact_person {
        push_field(
            out,
            &entry,
            "contact_person.verification".into(),
            &c.verification.as_ref(),
        );
    }
    for (j, h) in o.hours.iter().enumerate() {
        push_field(
            out,
            &entry,
            format!("hours[{j}].verification"),
            &Some(&h.verification),
        );
    }
}

/// Each item of `list` as an entry `list[i] (id)` (or `list[i]` where the
/// items have no id) with its block.
fn each<'a, T>(
    out: &mut Vec<Located<'a>>,
    list: &str,
    items: &'a [T],
    id: impl Fn(&T) -> Option<&str>,
    verification: impl Fn(&'a T) -> &'a Verification,
) {
    for (i, item) in items.iter().enumerate() {
        let entry = match id(item) {
            Some(id) => format!("{list}[{i}] ({id})"),
            None => format!("{list}[{i}]"),
        };
        out.push((entry, "verification".into(), verification(item)));
    }
}

/// The optional blocks of a list inside an entry: `field[j].verification`.
fn fields<'a, T>(
    out: &mut Vec<Located<'a>>,
    entry: &str,
    field: &str,
    items: &'a [T],
    verification: impl Fn(&'a T) -> &'a Option<Verification>,
) {
    for (j, x) in items.iter().enumerate() {
        let v = verification(x).as_ref();
        push_field(out, entry, format!("{field}[{j}].verification"), &v);
    }
}

type Located<'a> = (String, String, &'a Verification);

/// `entry`'s block for `field`, where there is one.
fn push_field<'a>(
    out: &mut Vec<Located<'a>>,
    entry: &str,
    field: String,
    verification: &Option<&'a Verification>,
) {
    if let Some(v) = verification {
        out.push((entry.to_string(), field, v));
    }
}
