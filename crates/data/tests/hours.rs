//! Opening hours at real instants: the instant is turned into the
//! organisation's wall-clock time with the time-zone database (as the
//! browser does with Intl), for visitors anywhere and on the days the clocks
//! change in Norway.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Datelike, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use directory_data::common::{Date, Status, Time, Verification};
use directory_data::country::OpeningHours;
use directory_data::hours::{HoursStatus, LocalDateTime, status};
use directory_data::vocabulary::Weekday::{self, *};

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
