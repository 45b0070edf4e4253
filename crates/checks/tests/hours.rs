//! Opening hours at real instants: the instant is turned into the
//! organisation's wall-clock time with the time-zone database (as the
//! browser does with Intl), for visitors anywhere and on the days the clocks
//! change in Norway.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Datelike, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use directory_data::hours::{HoursStatus, LocalDateTime, status};
use directory_data::model::country::OpeningHours;
use directory_data::model::vocabulary::Weekday::{self, *};
use directory_data::model::{Date, Status, Time, Verification};

fn local(instant: &str, zone: Tz) -> LocalDateTime {
    let utc: DateTime<Utc> = instant.parse().unwrap();
    let here = zone.from_utc_datetime(&utc.naive_utc());
    LocalDateTime {
        date: Date {
            year: here.year() as u16,
            month: here.month() as u8,
            day: here.day() as u8,
        },
        minutes: (here.hour() * 60 + here.minute()) as u16,
    }
}

fn hours(days: &[Weekday], opens: &str, closes: &str) -> OpeningHours {
    OpeningHours {
        kinds: Vec::new(),
        phone: None,
        label: None,
        days: days.to_vec(),
        opens: Time::parse(opens).unwrap(),
        closes: Time::parse(closes).unwrap(),
        valid_from: None,
        valid_until: None,
        closures: Vec::new(),
        note: None,
        verification: Verification {
            status: Status::Verified,
            last_verified: Date::parse("2026-11-24").unwrap(),
            sources: Vec::new(),
            note: None,
        },
    }
}

fn is_open(s: Option<HoursStatus>) -> bool {
    matches!(s, Some(HoursStatus::Open { .. }))
}

#[test]
fn the_same_instant_reads_the_same_for_visitors_anywhere() {
    let oslo: Tz = "Europe/Oslo".parse().unwrap();
    let week = [hours(&[Mon, Tue, Wed, Thu, Fri], "09:30", "15:30")];
    // 08:45 UTC on Wednesday 25 November 2026 is 09:45 in Oslo (CET): open,
    // whether the visitor's own clock says 03:45 (New York) or 17:45 (Tokyo).
    let now = local("2026-11-25T08:45:00Z", oslo);
    assert_eq!(now.minutes, 9 * 60 + 45);
    assert!(is_open(status(&week, now)));
    // 23:30 UTC on Friday is already Saturday in Oslo: closed until Monday.
    let friday_night = local("2026-11-27T23:30:00Z", oslo);
    assert_eq!(friday_night.date, Date::parse("2026-11-28").unwrap());
    assert!(matches!(
        status(&week, friday_night),
        Some(HoursStatus::Closed {
            next: Some((_, Mon, _)),
            ..
        })
    ));
}

#[test]
fn the_days_the_clocks_change() {
    let oslo: Tz = "Europe/Oslo".parse().unwrap();
    let sunday = [hours(&[Sun], "10:00", "12:00")];
    // Table: instant (UTC), open in Oslo?
    let table = [
        // Spring forward, Sunday 29 March 2026 at 01:00 UTC (CET → CEST).
        ("2026-03-29T07:59:00Z", false), // 09:59 CEST
        ("2026-03-29T08:00:00Z", true),  // 10:00 CEST (10:00 would be 09:00 in CET)
        ("2026-03-29T09:59:00Z", true),  // 11:59 CEST
        ("2026-03-29T10:00:00Z", false), // 12:00 CEST
        // Fall back, Sunday 25 October 2026 at 01:00 UTC (CEST → CET).
        ("2026-10-25T08:59:00Z", false), // 09:59 CET (10:59 in CEST)
        ("2026-10-25T09:00:00Z", true),  // 10:00 CET
        ("2026-10-25T10:59:00Z", true),  // 11:59 CET
        ("2026-10-25T11:00:00Z", false), // 12:00 CET
    ];
    for (instant, open) in table {
        assert_eq!(
            is_open(status(&sunday, local(instant, oslo))),
            open,
            "{instant}"
        );
    }
    // The hour that does not exist and the one that happens twice.
    let night = [hours(&[Sun], "02:00", "03:00")];
    assert!(!is_open(status(
        &night,
        local("2026-03-29T01:00:00Z", oslo)
    ))); // 03:00 CEST
    assert!(is_open(status(&night, local("2026-10-25T00:30:00Z", oslo)))); // 02:30 CEST
    assert!(is_open(status(&night, local("2026-10-25T01:30:00Z", oslo)))); // 02:30 CET
}

/// Each country with entries at the changes of its clocks in 2026, as the
/// time-zone database has them: (zone, instant in UTC, the wall-clock time
/// there). An office open 09:00–17:00 every day is open exactly when that
/// time is within its hours.
const CLOCK_CHANGES: &[(&str, &str, &str)] = &[
    // Central European: summer time from 01:00 UTC on the last Sunday of
    // March (29 March 2026) to the last Sunday of October (25 October).
    ("Europe/Oslo", "2026-03-28T07:30:00Z", "2026-03-28 08:30"),
    ("Europe/Oslo", "2026-03-29T07:30:00Z", "2026-03-29 09:30"),
    (
        "Europe/Stockholm",
        "2026-03-29T00:30:00Z",
        "2026-03-29 01:30",
    ),
    (
        "Europe/Stockholm",
        "2026-03-29T01:30:00Z",
        "2026-03-29 03:30",
    ),
    ("Europe/Berlin", "2026-03-28T07:30:00Z", "2026-03-28 08:30"),
    ("Europe/Berlin", "2026-03-29T07:30:00Z", "2026-03-29 09:30"),
    ("Europe/Warsaw", "2026-10-24T07:30:00Z", "2026-10-24 09:30"),
    ("Europe/Warsaw", "2026-10-25T07:30:00Z", "2026-10-25 08:30"),
    (
        "Europe/Copenhagen",
        "2026-10-25T00:30:00Z",
        "2026-10-25 02:30",
    ),
    (
        "Europe/Copenhagen",
        "2026-10-25T01:30:00Z",
        "2026-10-25 02:30",
    ),
    (
        "Europe/Brussels",
        "2026-10-24T07:30:00Z",
        "2026-10-24 09:30",
    ),
    (
        "Europe/Brussels",
        "2026-10-25T07:30:00Z",
        "2026-10-25 08:30",
    ),
    // Eastern European (Finland): the same instants, two and three hours on.
    (
        "Europe/Helsinki",
        "2026-03-28T06:30:00Z",
        "2026-03-28 08:30",
    ),
    (
        "Europe/Helsinki",
        "2026-03-29T06:30:00Z",
        "2026-03-29 09:30",
    ),
    // Türkiye: UTC+3 all year since 2016, no summer time.
    (
        "Europe/Istanbul",
        "2026-03-29T06:30:00Z",
        "2026-03-29 09:30",
    ),
    (
        "Europe/Istanbul",
        "2026-10-25T05:30:00Z",
        "2026-10-25 08:30",
    ),
    (
        "Europe/Istanbul",
        "2026-12-03T06:30:00Z",
        "2026-12-03 09:30",
    ),
    // Egypt: summer time again since 2023, from 00:00 on the last Friday of
    // April (24 April 2026) to 24:00 on the last Thursday of October (29
    // October), when 23:00–24:00 happens twice.
    ("Africa/Cairo", "2026-04-23T21:30:00Z", "2026-04-23 23:30"),
    ("Africa/Cairo", "2026-04-23T22:30:00Z", "2026-04-24 01:30"),
    ("Africa/Cairo", "2026-04-24T06:30:00Z", "2026-04-24 09:30"),
    ("Africa/Cairo", "2026-10-29T20:30:00Z", "2026-10-29 23:30"),
    ("Africa/Cairo", "2026-10-29T21:30:00Z", "2026-10-29 23:30"),
    ("Africa/Cairo", "2026-10-30T06:30:00Z", "2026-10-30 08:30"),
    // Lebanon: summer time from 00:00 on the last Sunday of March to 00:00
    // on the last Sunday of October.
    ("Asia/Beirut", "2026-03-28T06:30:00Z", "2026-03-28 08:30"),
    ("Asia/Beirut", "2026-03-29T06:30:00Z", "2026-03-29 09:30"),
    ("Asia/Beirut", "2026-10-24T06:30:00Z", "2026-10-24 09:30"),
    ("Asia/Beirut", "2026-10-25T06:30:00Z", "2026-10-25 08:30"),
    // South Africa: UTC+2 all year.
    (
        "Africa/Johannesburg",
        "2026-03-29T06:30:00Z",
        "2026-03-29 08:30",
    ),
    (
        "Africa/Johannesburg",
        "2026-07-01T07:30:00Z",
        "2026-07-01 09:30",
    ),
];

#[test]
fn opening_hours_follow_each_countrys_clock_changes() {
    let every_day = [hours(
        &[Mon, Tue, Wed, Thu, Fri, Sat, Sun],
        "09:00",
        "17:00",
    )];
    for (zone, instant, wall_clock) in CLOCK_CHANGES {
        let now = local(instant, zone.parse().unwrap());
        let shown = format!(
            "{} {:02}:{:02}",
            now.date,
            now.minutes / 60,
            now.minutes % 60
        );
        assert_eq!(&shown, wall_clock, "{instant} in {zone}");
        let open = (9 * 60..17 * 60).contains(&now.minutes);
        assert_eq!(
            is_open(status(&every_day, now)),
            open,
            "{instant} in {zone}"
        );
    }
}

#[test]
fn every_country_with_entries_has_its_clock_changes_tested() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    let dataset = directory_checks::validate::validate_dataset(&dir).unwrap();
    for (file, country) in &dataset.countries {
        assert!(
            CLOCK_CHANGES
                .iter()
                .any(|(zone, _, _)| *zone == country.time_zone),
            "{file}: add {} to CLOCK_CHANGES",
            country.time_zone
        );
    }
}
