//! "Open now · closes 15:30" / "Closed · opens Monday 10:00": whether an
//! organisation is open at a local wall-clock time in its country's time
//! zone, and when that changes. Pure: the caller turns "now" into local time
//! (the browser with `Intl`, the tests with chrono-tz), so daylight-saving
//! changes are the time-zone database's business, not this module's.

use crate::model::country::OpeningHours;
use crate::model::vocabulary::Weekday;
use crate::model::{Date, Status, Time};

/// A moment as a clock on the wall in the organisation's time zone shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalDateTime {
    pub date: Date,
    /// Minutes since midnight, 0–1439.
    pub minutes: u16,
}

/// Days since 1970-01-01 (proleptic Gregorian), for day arithmetic.
fn days_from_civil(date: Date) -> i64 {
    let (y, m, d) = (
        i64::from(date.year),
        i64::from(date.month),
        i64::from(date.day),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

/// `date` plus `days`.
pub fn add_days(date: Date, days: i64) -> Date {
    civil_from_days(days_from_civil(date) + days)
}

/// The day of the week of `date`.
pub fn weekday(date: Date) -> Weekday {
    // 1970-01-01 was a Thursday (index 3 from Monday).
    Weekday::ALL[(days_from_civil(date) + 3).rem_euclid(7) as usize]
}

/// Whether a block of hours applies on `date`: its weekday, its validity
/// period, and not in one of its closures.
pub fn applies_on(block: &OpeningHours, date: Date) -> bool {
    block.days.contains(&weekday(date))
        && block.valid_from.is_none_or(|from| date >= from)
        && block.valid_until.is_none_or(|until| date <= until)
        && !block
            .closures
            .iter()
            .any(|c| c.from <= date && date <= c.until)
}

/// Whether hours are confirmed enough to say "open" without a caveat.
fn confirmed(block: &OpeningHours) -> bool {
    block.verification.status == Status::Verified
}

/// What to tell a visitor about an organisation's hours right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoursStatus {
    /// Open now, until `closes` today (`24:00` for midnight).
    Open { closes: Time, confirmed: bool },
    /// Closed now; opens next on `date` (a `weekday`) at `opens`, if that is
    /// within the next two weeks.
    Closed {
        next: Option<(Date, Weekday, Time)>,
        confirmed: bool,
    },
}

/// How far ahead "opens …" looks.
const LOOK_AHEAD_DAYS: i64 = 14;

/// Whether `hours` say open at `now` (confirmed or not): the "open now"
/// filter.
pub fn is_open(hours: &[OpeningHours], now: LocalDateTime) -> bool {
    matches!(status(hours, now), Some(HoursStatus::Open { .. }))
}

/// The status at `now` from all of an organisation's blocks (walk-in, phone
/// and office hours alike). Blocks that touch or overlap count as one
/// opening: open 09:00–12:00 and 12:00–15:00 "closes 15:00". `None` when
/// there are no hours to go by.
pub fn status(hours: &[OpeningHours], now: LocalDateTime) -> Option<HoursStatus> {
    if hours.is_empty() {
        return None;
    }
    let today: Vec<&OpeningHours> = hours.iter().filter(|b| applies_on(b, now.date)).collect();
    let open_now: Vec<&&OpeningHours> = today
        .iter()
        .filter(|b| b.opens.minutes() <= now.minutes && now.minutes < b.closes.minutes())
        .collect();
    if !open_now.is_empty() {
        // Extend the closing time through blocks that start by then.
        let mut closes = open_now
            .iter()
            .map(|b| b.closes)
            .max()
            .unwrap_or(Time { hour: 0, minute: 0 });
        loop {
            let later = today
                .iter()
                .filter(|b| b.opens <= closes && b.closes > closes)
                .map(|b| b.closes)
                .max();
            match later {
                Some(t) => closes = t,
                None => break,
            }
        }
        return Some(HoursStatus::Open {
            closes,
            confirmed: open_now.iter().all(|b| confirmed(b)),
        });
    }
    let next = (0..=LOOK_AHEAD_DAYS).find_map(|offset| {
        let date = add_days(now.date, offset);
        hours
            .iter()
            .filter(|b| applies_on(b, date))
            .filter(|b| offset > 0 || b.opens.minutes() > now.minutes)
            .min_by_key(|b| b.opens)
            .map(|b| (date, b))
    });
    Some(HoursStatus::Closed {
        next: next.map(|(date, b)| (date, weekday(date), b.opens)),
        confirmed: next.is_some_and(|(_, b)| confirmed(b)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Verification;
    use crate::model::country::Closure;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn time(s: &str) -> Time {
        Time::parse(s).unwrap()
    }

    fn at(d: &str, t: &str) -> LocalDateTime {
        LocalDateTime {
            date: date(d),
            minutes: time(t).minutes(),
        }
    }

    fn block(days: &[Weekday], opens: &str, closes: &str, status: Status) -> OpeningHours {
        OpeningHours {
            kinds: Vec::new(),
            phone: None,
            label: None,
            days: days.to_vec(),
            opens: time(opens),
            closes: time(closes),
            valid_from: None,
            valid_until: None,
            closures: Vec::new(),
            note: None,
            verification: Verification {
                status,
                last_verified: date("2026-11-24"),
                sources: Vec::new(),
                note: None,
            },
        }
    }

    use Weekday::*;

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(weekday(date("2026-11-25")), Wed);
        assert_eq!(weekday(date("1970-01-01")), Thu);
        assert_eq!(weekday(date("2024-02-29")), Thu);
        assert_eq!(add_days(date("2026-12-31"), 1), date("2027-01-01"));
        assert_eq!(add_days(date("2028-02-28"), 1), date("2028-02-29"));
        assert_eq!(add_days(date("2026-03-01"), -1), date("2026-02-28"));
        for days in -1000..1000 {
            let d = add_days(date("2026-11-25"), days);
            assert_eq!(
                days_from_civil(d) - days_from_civil(date("2026-11-25")),
                days
            );
        }
    }

    #[test]
    fn open_closed_and_next_opening() {
        let weekdays = [Mon, Tue, Wed, Thu, Fri];
        let hours = [block(&weekdays, "09:30", "15:30", Status::Verified)];
        let open = |closes| {
            Some(HoursStatus::Open {
                closes: time(closes),
                confirmed: true,
            })
        };
        let closed = |d: &str, w, t| {
            Some(HoursStatus::Closed {
                next: Some((date(d), w, time(t))),
                confirmed: true,
            })
        };
        // Wednesday 25 November 2026.
        let table = [
            (
                at("2026-11-25", "09:29"),
                closed("2026-11-25", Wed, "09:30"),
            ),
            (at("2026-11-25", "09:30"), open("15:30")),
            (at("2026-11-25", "15:29"), open("15:30")),
            (
                at("2026-11-25", "15:30"),
                closed("2026-11-26", Thu, "09:30"),
            ),
            (
                at("2026-11-27", "18:00"),
                closed("2026-11-30", Mon, "09:30"),
            ),
            (
                at("2026-11-28", "12:00"),
                closed("2026-11-30", Mon, "09:30"),
            ),
        ];
        for (now, expected) in table {
            assert_eq!(status(&hours, now), expected, "{now:?}");
        }
        assert_eq!(status(&[], at("2026-11-25", "12:00")), None);
    }

    #[test]
    fn touching_blocks_close_at_the_last_and_unconfirmed_hours_say_so() {
        let hours = [
            block(&[Mon], "09:00", "12:00", Status::Verified),
            block(&[Mon], "12:00", "15:00", Status::Unverified),
            block(&[Mon], "17:00", "20:00", Status::Verified),
        ];
        // 30 November 2026 is a Monday.
        assert_eq!(
            status(&hours, at("2026-11-30", "10:00")),
            Some(HoursStatus::Open {
                closes: time("15:00"),
                confirmed: true
            })
        );
        assert_eq!(
            status(&hours, at("2026-11-30", "13:00")),
            Some(HoursStatus::Open {
                closes: time("15:00"),
                confirmed: false
            })
        );
        assert_eq!(
            status(&hours, at("2026-11-30", "15:30")),
            Some(HoursStatus::Closed {
                next: Some((date("2026-11-30"), Mon, time("17:00"))),
                confirmed: true
            })
        );
        assert_eq!(
            status(&hours, at("2026-11-30", "20:00")),
            Some(HoursStatus::Closed {
                next: Some((date("2026-12-07"), Mon, time("09:00"))),
                confirmed: true
            })
        );
    }

    #[test]
    fn validity_periods_and_closures_are_respected() {
        let mut summer = block(
            &[Mon, Tue, Wed, Thu, Fri],
            "10:00",
            "14:00",
            Status::Verified,
        );
        summer.valid_from = Some(date("2026-06-22"));
        summer.valid_until = Some(date("2026-08-14"));
        let mut usual = block(
            &[Mon, Tue, Wed, Thu, Fri],
            "09:00",
            "16:00",
            Status::Verified,
        );
        usual.closures = vec![
            Closure {
                from: date("2026-06-22"),
                until: date("2026-08-14"),
                note: None,
            },
            Closure {
                from: date("2026-12-24"),
                until: date("2027-01-01"),
                note: None,
            },
        ];
        let hours = [summer, usual];
        let open = |closes| {
            Some(HoursStatus::Open {
                closes: time(closes),
                confirmed: true,
            })
        };
        assert_eq!(
            status(&hours, at("2026-07-01", "15:00")),
            Some(HoursStatus::Closed {
                next: Some((date("2026-07-02"), Thu, time("10:00"))),
                confirmed: true,
            })
        );
        assert_eq!(status(&hours, at("2026-07-01", "11:00")), open("14:00"));
        assert_eq!(status(&hours, at("2026-08-17", "15:00")), open("16:00"));
        // Closed over Christmas: the next opening is after the closure.
        assert_eq!(
            status(&hours, at("2026-12-23", "17:00")),
            Some(HoursStatus::Closed {
                next: Some((date("2027-01-04"), Mon, time("09:00"))),
                confirmed: true,
            })
        );
        // Nothing within two weeks: closed, with no next opening.
        let mut gone = block(&[Mon], "09:00", "10:00", Status::Verified);
        gone.valid_until = Some(date("2026-01-01"));
        assert_eq!(
            status(&[gone], at("2026-11-25", "09:30")),
            Some(HoursStatus::Closed {
                next: None,
                confirmed: false,
            })
        );
    }
}
