//! How old an entry's verification is, and whether it may be out of date:
//! the same rule for the app ("may be out of date"), the validator's
//! warnings and the editors' staleness report.

use crate::model::Date;

/// Whole months from `from` to `to` (negative when `to` is earlier): from
/// 2025-11-26 to 2026-11-25 is 11, to 2026-11-26 is 12.
pub fn months_between(from: Date, to: Date) -> i32 {
    let months = (i32::from(to.year) - i32::from(from.year)) * 12 + i32::from(to.month)
        - i32::from(from.month);
    if months > 0 && to.day < from.day {
        months - 1
    } else if months < 0 && to.day > from.day {
        months + 1
    } else {
        months
    }
}

/// Whether an entry last verified on `last_verified` may be out of date on
/// `today`: it was not verified within the last `after_months` months.
pub fn is_stale(last_verified: Date, today: Date, after_months: u16) -> bool {
    months_between(last_verified, today) >= i32::from(after_months)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn whole_months_count_only_once_the_day_is_reached() {
        assert_eq!(months_between(d("2025-11-26"), d("2026-11-25")), 11);
        assert_eq!(months_between(d("2025-11-26"), d("2026-11-26")), 12);
        assert_eq!(months_between(d("2026-01-31"), d("2026-02-28")), 0);
        assert_eq!(months_between(d("2026-01-31"), d("2026-03-01")), 1);
        assert_eq!(months_between(d("2026-11-24"), d("2026-11-24")), 0);
        assert_eq!(months_between(d("2026-11-26"), d("2026-10-27")), 0);
        assert_eq!(months_between(d("2026-11-26"), d("2026-10-26")), -1);
    }

    #[test]
    fn stale_from_the_threshold_on() {
        assert!(!is_stale(d("2025-11-27"), d("2026-11-26"), 12));
        assert!(is_stale(d("2025-11-26"), d("2026-11-26"), 12));
        assert!(is_stale(d("2020-01-01"), d("2026-11-26"), 12));
        assert!(!is_stale(d("2026-11-24"), d("2026-11-26"), 1));
        assert!(
            !is_stale(d("2027-01-01"), d("2026-11-26"), 12),
            "a future date is not stale"
        );
    }
}
