//! The dataset as Open Referral HSDS 3.0 JSON (native only,
//! `crates/checks`), for referral platforms, 211-style directories and
//! researchers that read the format their field already uses.
//!
//! Two files, shaped like the HSDS 3.0 API's list responses (a `Page` whose
//! `contents` are fully dereferenced records):
//! - `hsds/organizations.json`: organisations, each with its phones,
//!   locations (offices, with addresses), its service and its categories;
//! - `hsds/services.json`: one service per organisation (HSDS's unit of
//!   help), with its schedules (opening hours), phones, languages, the
//!   locations it is offered at, the kinds of help it gives, and a short
//!   copy of its organisation.
//!
//! Mapping decisions (also in docs/decisions/0012-hsds-mapping.md):
//! - ids are UUIDs (HSDS requires them), derived (version 5) from our ids,
//!   so they stay the same from one export to the next;
//! - provenance goes in `metadata`: one record saying the status and the
//!   day last verified, one per source with the day it was consulted;
//! - opening hours become weekly schedules in the country's local time
//!   (`notes` names the IANA time zone: HSDS's `timezone` is a fixed UTC
//!   offset, which a zone with summer time does not have); closures are
//!   written in `notes`;
//! - what HSDS requires and the data does not know (an address's
//!   `state_province`, a missing postal code) is an empty string, never a
//!   guess;
//! - categories and kinds of help are attributes whose taxonomy terms are
//!   the directory's own vocabularies, named in English.

use std::collections::BTreeMap;

use serde_json::{Map, Value};
use uuid::Uuid;

use crate::validate::Dataset;
use directory_data::model::Verification;
use directory_data::model::country::{Address, CountryFile, OpeningHours, Organisation};
use directory_data::model::vocabulary::{HoursKind, PhonePurpose, Weekday};

/// The export's files, relative to the data directory.
pub const ORGANIZATIONS_FILE: &str = "hsds/organizations.json";
pub const SERVICES_FILE: &str = "hsds/services.json";

/// The HSDS version the export follows.
pub const HSDS_VERSION: &str = "3.0";

/// The namespace of the directory's version-5 UUIDs (chosen at random once;
/// changing it changes every id in the export).
const NAMESPACE: Uuid = Uuid::from_u128(0xbf8f435c_0d4e_4be9_9ab7_3432450ea61c);

/// The UUID of a record: `kind` (`organization`, `phone`, …) and our key.
pub fn uuid(kind: &str, key: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{kind}/{key}").as_bytes()).to_string()
}

/// The English words for the vocabularies (`service_asylum` → "Asylum").
type Labels = BTreeMap<String, String>;

/// The app's English messages, where the vocabularies' words are.
fn english_labels() -> Labels {
    serde_json::from_str(include_str!("../../../locales/en.json")).unwrap_or_default()
}

/// A JSON object built field by field, leaving out what is unknown.
struct Record(Map<String, Value>);

impl Record {
    fn new(id: &str) -> Self {
        let mut map = Map::new();
        map.insert("id".into(), id.into());
        Record(map)
    }

    fn set(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.0.insert(key.into(), value.into());
        self
    }

    fn maybe(self, key: &str, value: Option<impl Into<Value>>) -> Self {
        match value {
            Some(v) => self.set(key, v),
            None => self,
        }
    }

    /// A list, left out when empty.
    fn list(self, key: &str, items: Vec<Value>) -> Self {
        if items.is_empty() {
            self
        } else {
            self.set(key, Value::Array(items))
        }
    }

    fn done(self) -> Value {
        Value::Object(self.0)
    }
}

/// What every record of one organisation needs to know.
struct Context<'a> {
    country: &'a CountryFile,
    org: &'a Organisation,
    labels: &'a Labels,
    updated_by: &'a str,
    /// The maintainers' address, when it is a plain one.
    assurer_email: Option<&'a str>,
    org_id: String,
    service_id: String,
}

impl Context<'_> {
    fn label(&self, prefix: &str, code: &str) -> String {
        self.labels
            .get(&format!("{prefix}_{code}"))
            .cloned()
            .unwrap_or_else(|| code.to_string())
    }

    /// Whether a detail (with its own verification, or the organisation's)
    /// is confirmed.
    fn confirmed(&self, own: Option<&Verification>) -> bool {
        directory_data::verification::effective(own, &self.org.verification)
            .status
            .is_confirmed()
    }

    /// The first confirmed website: HSDS has nowhere to say a link is
    /// unconfirmed, and an unchecked domain may belong to someone else.
    fn website(&self) -> Option<String> {
        self.org
            .websites
            .iter()
            .find(|w| self.confirmed(w.verification.as_ref()))
            .map(|w| w.url.clone())
    }

    /// The first confirmed e-mail address.
    fn email(&self) -> Option<String> {
        self.org
            .emails
            .iter()
            .find(|e| self.confirmed(e.verification.as_ref()))
            .map(|e| e.address.clone())
    }

    /// A record's key under its organisation: `noas/phones/main`.
    fn key(&self, rest: &str) -> String {
        format!("{}/{rest}", self.org.id)
    }

    /// The provenance of a record as HSDS metadata: its status and the day
    /// it was last verified, then each source and the day it was consulted.
    fn provenance(&self, resource_id: &str, resource_type: &str, v: &Verification) -> Vec<Value> {
        let record = |n: usize, date: String, action: &str, field: &str, value: String| {
            Record::new(&uuid("metadata", &format!("{resource_id}/{n}")))
                .set("resource_id", resource_id)
                .set("resource_type", resource_type)
                .set("last_action_date", date)
                .set("last_action_type", action)
                .set("field_name", field)
                .set("previous_value", "")
                .set("replacement_value", value)
                .set("updated_by", self.updated_by)
                .done()
        };
        let mut out = vec![record(
            0,
            v.last_verified.to_string(),
            "verified",
            "verification.status",
            v.status.as_str().to_string(),
        )];
        for key in &v.sources {
            let Some(source) = self.country.sources.get(key) else {
                continue;
            };
            let location = source
                .url
                .clone()
                .or_else(|| source.document.clone())
                .unwrap_or_default();
            out.push(record(
                out.len(),
                source.consulted.to_string(),
                "source consulted",
                "verification.sources",
                format!("{} ({}): {location}", source.title, source.publisher),
            ));
        }
        if let Some(note) = &v.note {
            out.push(record(
                out.len(),
                v.last_verified.to_string(),
                "verified",
                "verification.note",
                note.clone(),
            ));
        }
        out
    }

    /// The provenance of a detail with its own verification (none: the
    /// organisation's applies).
    fn own_provenance(
        &self,
        resource_id: &str,
        resource_type: &str,
        v: Option<&Verification>,
    ) -> Vec<Value> {
        v.map(|v| self.provenance(resource_id, resource_type, v))
            .unwrap_or_default()
    }

    /// An attribute tying `link_id` to a term of one of our vocabularies.
    fn attribute(&self, link_id: &str, link_entity: &str, vocabulary: &str, code: &str) -> Value {
        let taxonomy_name = format!("Refugee Legal Aid Directory: {vocabulary}");
        let taxonomy_id = uuid("taxonomy", vocabulary);
        let term_id = uuid("taxonomy_term", &format!("{vocabulary}/{code}"));
        let name = self.label(vocabulary, code);
        Record::new(&uuid(
            "attribute",
            &format!("{link_id}/{vocabulary}/{code}"),
        ))
        .set("link_id", link_id)
        .set("link_type", vocabulary)
        .set("link_entity", link_entity)
        .set("taxonomy_term_id", term_id.as_str())
        .set(
            "taxonomy_term",
            Record::new(&term_id)
                .set("code", code)
                .set("name", name.as_str())
                .set(
                    "description",
                    format!("{taxonomy_name}, the value \"{code}\" ({name})."),
                )
                .set("taxonomy", taxonomy_name.as_str())
                .set("taxonomy_id", taxonomy_id.as_str())
                .done(),
        )
        .done()
    }

    fn phones(&self) -> Vec<Value> {
        self.org
            .phones
            .iter()
            .map(|p| {
                let id = uuid("phone", &self.key(&format!("phones/{}", p.id)));
                let mut description = p
                    .label
                    .clone()
                    .unwrap_or_else(|| self.label("phone", p.purpose.as_str()));
                if p.sms {
                    description.push_str("; also takes text messages");
                }
                if !self.confirmed(p.verification.as_ref()) {
                    description.push_str(" (not confirmed)");
                }
                let kind = if p.purpose == PhonePurpose::Fax {
                    "fax"
                } else {
                    "voice"
                };
                let metadata = self.own_provenance(&id, "phone", p.verification.as_ref());
                Record::new(&id)
                    .set("organization_id", self.org_id.as_str())
                    .set("service_id", self.service_id.as_str())
                    .set("number", p.number.as_str())
                    .set("type", kind)
                    .set("description", description)
                    .list("metadata", metadata)
                    .done()
            })
            .collect()
    }

    fn address(&self, location_id: &str, key: &str, a: &Address, kind: &str) -> Value {
        let id = uuid("address", &self.key(key));
        let metadata = self.own_provenance(&id, "address", a.verification.as_ref());
        Record::new(&id)
            .set("location_id", location_id)
            .set("address_1", a.line.as_str())
            .set("city", a.city.as_str())
            .set("state_province", "")
            .set("postal_code", a.postal_code.clone().unwrap_or_default())
            .set("country", self.country.code.as_str())
            .set("address_type", kind)
            .list("metadata", metadata)
            .done()
    }

    fn locations(&self) -> Vec<Value> {
        self.org
            .offices
            .iter()
            .enumerate()
            .map(|(j, office)| {
                let id = uuid("location", &self.key(&format!("offices/{j}")));
                let mut addresses = Vec::new();
                if let Some(a) = &office.street_address {
                    addresses.push(self.address(
                        &id,
                        &format!("offices/{j}/street"),
                        a,
                        "physical",
                    ));
                }
                if let Some(a) = &office.postal_address {
                    addresses.push(self.address(&id, &format!("offices/{j}/postal"), a, "postal"));
                }
                let location_type =
                    if office.street_address.is_none() && office.postal_address.is_some() {
                        "postal"
                    } else {
                        "physical"
                    };
                let name = match &office.label {
                    Some(label) => format!("{} – {label}", office.city),
                    None => office.city.clone(),
                };
                let metadata = self.own_provenance(&id, "location", office.verification.as_ref());
                Record::new(&id)
                    .set("location_type", location_type)
                    .set("organization_id", self.org_id.as_str())
                    .set("name", name)
                    .maybe("description", office.note.clone())
                    .list("addresses", addresses)
                    .list("metadata", metadata)
                    .done()
            })
            .collect()
    }

    /// A block of hours as HSDS schedules: one, or two for a block that
    /// runs past midnight (until 23:59, then from 00:00 on the next days).
    fn schedules(&self, j: usize, h: &OpeningHours) -> Vec<Value> {
        schedule_parts(h)
            .into_iter()
            .enumerate()
            .map(|(part, (days, opens, closes))| {
                let key = if part == 0 {
                    format!("hours/{j}")
                } else {
                    format!("hours/{j}/after-midnight")
                };
                self.schedule(&key, h, &days, &opens, &closes)
            })
            .collect()
    }

    fn schedule(
        &self,
        key: &str,
        h: &OpeningHours,
        days: &[Weekday],
        opens: &str,
        closes: &str,
    ) -> Value {
        let id = uuid("schedule", &self.key(key));
        let kinds: Vec<String> = h
            .kinds
            .iter()
            .map(|k| self.label("hours", k.as_str()))
            .collect();
        let mut description = kinds.join(", ");
        if let Some(phone) = h
            .phone
            .as_ref()
            .and_then(|p| self.org.phones.iter().find(|x| &x.id == p))
        {
            description.push_str(&format!(" ({})", phone.number));
        }
        if let Some(label) = &h.label {
            description.push_str(&format!(": {label}"));
        }
        if !h.verification.status.is_confirmed() {
            description.push_str(" (not confirmed)");
        }
        let attending: Vec<&str> = h
            .kinds
            .iter()
            .filter_map(|k| match k {
                HoursKind::WalkIn => Some("in person, without an appointment"),
                HoursKind::Office => Some("at the office"),
                HoursKind::PhoneLine => Some("by phone"),
                HoursKind::Chat => Some("by online chat"),
                HoursKind::Intake => None,
            })
            .collect();
        let mut notes = Vec::new();
        if let Some(note) = &h.note {
            notes.push(note.clone());
        }
        for c in &h.closures {
            let mut closed = format!("Closed {} to {}", c.from, c.until);
            if let Some(note) = &c.note {
                closed.push_str(&format!(" ({note})"));
            }
            notes.push(format!("{closed}."));
        }
        notes.push(format!(
            "Times are local time in {} (IANA time zone).",
            self.country.time_zone
        ));
        Record::new(&id)
            .set("service_id", self.service_id.as_str())
            .set("freq", "WEEKLY")
            .set("wkst", "MO")
            .set("byday", byday(days))
            .set("opens_at", opens)
            .set("closes_at", closes)
            .maybe("valid_from", h.valid_from.map(|d| d.to_string()))
            .maybe("valid_to", h.valid_until.map(|d| d.to_string()))
            .set("description", description)
            .maybe(
                "attending_type",
                (!attending.is_empty()).then(|| attending.join("; ")),
            )
            .set("notes", notes.join(" "))
            .list(
                "metadata",
                self.provenance(&id, "schedule", &h.verification),
            )
            .done()
    }

    fn languages(&self) -> Vec<Value> {
        self.org
            .languages
            .iter()
            .map(|l| {
                let id = uuid("language", &self.key(&format!("languages/{}", l.code)));
                let metadata = self.own_provenance(&id, "language", l.verification.as_ref());
                Record::new(&id)
                    .set("service_id", self.service_id.as_str())
                    .set("code", l.code.as_str())
                    .list("metadata", metadata)
                    .done()
            })
            .collect()
    }

    /// The organisation's one service: what it offers, when and where.
    /// Standing alone (`services.json`) it carries its phones, its
    /// locations and a copy of its organisation; inside its organisation
    /// (`organizations.json`) those are the organisation's, once.
    fn service(&self, standalone: bool) -> Value {
        let org = self.org;
        let locations = if standalone {
            self.locations()
        } else {
            Vec::new()
        };
        let at_locations = locations
            .into_iter()
            .enumerate()
            .map(|(j, location)| {
                let location_id = location["id"].as_str().unwrap_or_default().to_string();
                Record::new(&uuid(
                    "service_at_location",
                    &self.key(&format!("offices/{j}")),
                ))
                .set("service_id", self.service_id.as_str())
                .set("location_id", location_id)
                .set("location", location)
                .done()
            })
            .collect();
        let attributes = org
            .services
            .iter()
            .map(|s| self.attribute(&self.service_id, "service", "service", s.as_str()))
            .collect();
        let alert = (!org.notes.is_empty()).then(|| org.notes.join(" "));
        let mut record = Record::new(&self.service_id)
            .set("organization_id", self.org_id.as_str())
            .set("name", org.name.as_str())
            .maybe("alternate_name", alternate_name(org))
            .set("description", org.description.as_str())
            .maybe("url", self.website())
            .maybe("email", self.email())
            .set("status", "active")
            .set("assured_date", org.verification.last_verified.to_string())
            .maybe("assurer_email", self.assurer_email.map(str::to_string))
            .maybe("eligibility_description", org.eligibility.clone())
            .maybe("application_process", org.how_to_contact.clone())
            .maybe("alert", alert)
            .list(
                "phones",
                if standalone {
                    self.phones()
                } else {
                    Vec::new()
                },
            )
            .list(
                "schedules",
                org.hours
                    .iter()
                    .enumerate()
                    .flat_map(|(j, h)| self.schedules(j, h))
                    .collect(),
            )
            .list("service_at_locations", at_locations)
            .list("languages", self.languages())
            .list("attributes", attributes)
            .list(
                "metadata",
                self.provenance(&self.service_id, "service", &org.verification),
            );
        if standalone {
            record = record.set("organization", self.organization_summary());
        }
        record.done()
    }

    /// The organisation's own fields, without what hangs off it.
    fn organization_fields(&self) -> Record {
        let org = self.org;
        Record::new(&self.org_id)
            .set("name", org.name.as_str())
            .maybe("alternate_name", alternate_name(org))
            .set("description", org.description.as_str())
            .maybe("email", self.email())
            .maybe("website", self.website())
            .maybe("year_incorporated", org.founded.map(|d| d.year))
    }

    fn organization_summary(&self) -> Value {
        self.organization_fields().done()
    }

    fn organization(&self) -> Value {
        let attributes = self
            .org
            .categories
            .iter()
            .map(|c| self.attribute(&self.org_id, "organization", "category", c.as_str()))
            .collect();
        self.organization_fields()
            .list("phones", self.phones())
            .list("locations", self.locations())
            .list("attributes", attributes)
            .list(
                "metadata",
                self.provenance(&self.org_id, "organization", &self.org.verification),
            )
            .set("services", Value::Array(vec![self.service(false)]))
            .done()
    }
}

/// The local name, else the first other name.
fn alternate_name(org: &Organisation) -> Option<String> {
    org.local_name
        .clone()
        .or_else(|| org.other_names.first().cloned())
}

/// A block of hours as HSDS can say it: `(days, opens, closes)`, one part,
/// or two for a block that runs past midnight (until 23:59 on its days,
/// then from 00:00 on the next days). `24:00` is written `23:59`, as the
/// HSDS documentation suggests for the end of the day.
pub fn schedule_parts(h: &OpeningHours) -> Vec<(Vec<Weekday>, String, String)> {
    let end_of_day = |t: directory_data::model::Time| {
        if t.hour == 24 {
            "23:59".to_string()
        } else {
            t.to_string()
        }
    };
    if h.closes.minutes() > h.opens.minutes() {
        return vec![(h.days.clone(), h.opens.to_string(), end_of_day(h.closes))];
    }
    let next: Vec<Weekday> = h
        .days
        .iter()
        .map(|d| Weekday::ALL[(d.index() + 1) % 7])
        .collect();
    vec![
        (h.days.clone(), h.opens.to_string(), "23:59".to_string()),
        (next, "00:00".to_string(), h.closes.to_string()),
    ]
}

/// iCalendar's two-letter days: `MO,TU,WE`.
pub fn byday(days: &[Weekday]) -> String {
    days.iter()
        .map(|d| d.as_str()[..2].to_ascii_uppercase())
        .collect::<Vec<_>>()
        .join(",")
}

/// An HSDS API `Page` holding every record on one page, written one
/// record per line: compact, and a change to the data shows as a small
/// diff.
pub fn page_json(contents: &[Value]) -> Result<String, serde_json::Error> {
    let n = contents.len();
    let records = contents
        .iter()
        .map(serde_json::to_string)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(format!(
        "{{\"total_items\":{n},\"total_pages\":1,\"page_number\":1,\"size\":{n},\"first_page\":true,\"last_page\":true,\"empty\":{},\"contents\":[\n{}\n]}}\n",
        n == 0,
        records.join(",\n")
    ))
}

/// The export: `(path relative to the data directory, the page's records)`.
pub fn export(dataset: &Dataset) -> Vec<(&'static str, Vec<Value>)> {
    let labels = &english_labels();
    let mut organizations = Vec::new();
    let mut services = Vec::new();
    for (_, country) in &dataset.countries {
        for org in &country.organisations {
            let cx = Context {
                country,
                org,
                labels,
                updated_by: &dataset.index.maintainers.name,
                assurer_email: Some(dataset.index.maintainers.email.as_str())
                    .filter(|e| directory_data::contact::email_is_plain(e)),
                org_id: uuid("organization", &org.id),
                service_id: uuid("service", &org.id),
            };
            organizations.push(cx.organization());
            services.push(cx.service(true));
        }
    }
    vec![
        (ORGANIZATIONS_FILE, organizations),
        (SERVICES_FILE, services),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_version_5_uuids() {
        let a = uuid("organization", "noas");
        assert_eq!(a, uuid("organization", "noas"));
        assert_ne!(a, uuid("service", "noas"));
        let parsed = Uuid::parse_str(&a).unwrap();
        assert_eq!(parsed.get_version_num(), 5);
    }

    #[test]
    fn a_block_past_midnight_becomes_two_schedules() {
        let mut h: OpeningHours = serde_json::from_value(serde_json::json!({
            "kinds": ["phone_line"], "days": ["fri", "sun"], "opens": "22:00", "closes": "02:00",
            "verification": {"status": "verified", "last_verified": "2026-11-24", "sources": ["x"]}
        }))
        .unwrap();
        let parts = schedule_parts(&h);
        assert_eq!(parts.len(), 2);
        assert_eq!(byday(&parts[0].0), "FR,SU");
        assert_eq!(
            (parts[0].1.as_str(), parts[0].2.as_str()),
            ("22:00", "23:59")
        );
        assert_eq!(byday(&parts[1].0), "SA,MO");
        assert_eq!(
            (parts[1].1.as_str(), parts[1].2.as_str()),
            ("00:00", "02:00")
        );
        h.opens = directory_data::model::Time::parse("18:00").unwrap();
        h.closes = directory_data::model::Time::parse("24:00").unwrap();
        let parts = schedule_parts(&h);
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].2, "23:59");
    }

    #[test]
    fn days_are_icalendar_codes() {
        assert_eq!(
            byday(&[Weekday::Mon, Weekday::Wed, Weekday::Sun]),
            "MO,WE,SU"
        );
    }
}
