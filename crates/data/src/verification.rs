//! Which verification applies to a fact, and every verification in a
//! country file with where it is (for the validator's checks and the
//! editors' staleness report).

use crate::model::Verification;
use crate::model::country::CountryFile;

/// The verification that applies to a field: its own, or its organisation's.
pub fn effective<'a>(own: Option<&'a Verification>, parent: &'a Verification) -> &'a Verification {
    own.unwrap_or(parent)
}

impl CountryFile {
    /// Every verification block in the file, with a path naming where it is.
    pub fn verifications(&self) -> Vec<Located<'_>> {
        let mut out = Vec::new();
        let p = &self.protection;
        for (i, t) in p.treaties.iter().enumerate() {
            out.push((
                format!("protection.treaties[{i}] ({})", t.id),
                "verification".into(),
                &t.verification,
            ));
        }
        out.push((
            "protection.regional_framework".into(),
            "verification".into(),
            &p.regional_framework.verification,
        ));
        for (i, t) in p.regional_framework.instruments.iter().enumerate() {
            out.push((
                format!("protection.regional_framework.instruments[{i}] ({})", t.id),
                "verification".into(),
                &t.verification,
            ));
        }
        for (i, l) in p.national_law.iter().enumerate() {
            out.push((
                format!("protection.national_law[{i}] ({})", l.id),
                "verification".into(),
                &l.verification,
            ));
        }
        for (i, a) in p.authorities.iter().enumerate() {
            out.push((
                format!("protection.authorities[{i}] ({})", a.id),
                "verification".into(),
                &a.verification,
            ));
        }
        if let Some(deadline) = &p.appeal_deadline {
            out.push((
                "protection.appeal_deadline".into(),
                "verification".into(),
                &deadline.verification,
            ));
        }
        for (i, f) in p.procedure.iter().enumerate() {
            out.push((
                format!("protection.procedure[{i}] ({})", f.id),
                "verification".into(),
                &f.verification,
            ));
        }
        out.push((
            "protection.statistics".into(),
            "verification".into(),
            &p.statistics.verification,
        ));
        for (i, o) in self.organisations.iter().enumerate() {
            let entry = format!("organisations[{i}] ({})", o.id);
            out.push((entry.clone(), "verification".into(), &o.verification));
            for (j, x) in o.offices.iter().enumerate() {
                push_field(
                    &mut out,
                    &entry,
                    format!("offices[{j}].verification"),
                    &x.verification,
                );
                if let Some(a) = &x.street_address {
                    push_field(
                        &mut out,
                        &entry,
                        format!("offices[{j}].street_address.verification"),
                        &a.verification,
                    );
                }
                if let Some(a) = &x.postal_address {
                    push_field(
                        &mut out,
                        &entry,
                        format!("offices[{j}].postal_address.verification"),
                        &a.verification,
                    );
                }
            }
            for (j, x) in o.phones.iter().enumerate() {
                push_field(
                    &mut out,
                    &entry,
                    format!("phones[{j}].verification"),
                    &x.verification,
                );
            }
            for (j, x) in o.emails.iter().enumerate() {
                push_field(
                    &mut out,
                    &entry,
                    format!("emails[{j}].verification"),
                    &x.verification,
                );
            }
            for (j, x) in o.websites.iter().enumerate() {
                push_field(
                    &mut out,
                    &entry,
                    format!("websites[{j}].verification"),
                    &x.verification,
                );
            }
            for (j, x) in o.social.iter().enumerate() {
                push_field(
                    &mut out,
                    &entry,
                    format!("social[{j}].verification"),
                    &x.verification,
                );
            }
            for (j, x) in o.languages.iter().enumerate() {
                push_field(
                    &mut out,
                    &entry,
                    format!("languages[{j}].verification"),
                    &x.verification,
                );
            }
            if let Some(c) = &o.contact_person {
                push_field(
                    &mut out,
                    &entry,
                    "contact_person.verification".into(),
                    &c.verification,
                );
            }
            for (j, h) in o.hours.iter().enumerate() {
                out.push((
                    entry.clone(),
                    format!("hours[{j}].verification"),
                    &h.verification,
                ));
            }
        }
        for (i, f) in self.lgbtqi.legal_situation.iter().enumerate() {
            out.push((
                format!("lgbtqi.legal_situation[{i}] ({})", f.id),
                "verification".into(),
                &f.verification,
            ));
        }
        for (i, f) in self.lgbtqi.asylum_practice.iter().enumerate() {
            out.push((
                format!("lgbtqi.asylum_practice[{i}] ({})", f.id),
                "verification".into(),
                &f.verification,
            ));
        }
        for (i, f) in self.lgbtqi.resources.iter().enumerate() {
            out.push((
                format!("lgbtqi.resources[{i}]"),
                "verification".into(),
                &f.verification,
            ));
        }
        for (i, r) in self.coi.resources.iter().enumerate() {
            out.push((
                format!("coi.resources[{i}] ({})", r.id),
                "verification".into(),
                &r.verification,
            ));
        }
        for (i, r) in self.coi.producers.iter().enumerate() {
            out.push((
                format!("coi.producers[{i}] ({})", r.id),
                "verification".into(),
                &r.verification,
            ));
        }
        out
    }
}

type Located<'a> = (String, String, &'a Verification);

fn push_field<'a>(
    out: &mut Vec<Located<'a>>,
    entry: &str,
    field: String,
    verification: &'a Option<Verification>,
) {
    if let Some(v) = verification {
        out.push((entry.to_string(), field, v));
    }
}
