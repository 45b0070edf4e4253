//! Opening hours by day of the week, for the hours table.

use crate::model::country::OpeningHours;
use crate::model::vocabulary::Weekday;

/// Opening hours by weekday, Monday first, each day's blocks in time order.
pub fn weekly(hours: &[OpeningHours]) -> [Vec<&OpeningHours>; 7] {
    let mut days: [Vec<&OpeningHours>; 7] = Default::default();
    for h in hours {
        for d in &h.days {
            days[d.index()].push(h);
        }
    }
    for day in &mut days {
        crate::sort::sort_by_key(day, |h| h.opens);
    }
    days
}

impl Weekday {
    /// From the English short name (`Mon`), as `Intl.DateTimeFormat` writes it.
    pub fn from_short_name(s: &str) -> Option<Weekday> {
        Weekday::ALL
            .iter()
            .copied()
            .find(|d| d.as_str().eq_ignore_ascii_case(s))
    }
}

/// Items grouped by a key, groups in order of first appearance.
pub fn group_by<T, K: PartialEq + Copy>(items: &[T], key: impl Fn(&T) -> K) -> Vec<(K, Vec<&T>)> {
    let mut groups: Vec<(K, Vec<&T>)> = Vec::new();
    for item in items {
        let k = key(item);
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, members)) => members.push(item),
            None => groups.push((k, vec![item])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_keeps_first_appearance_order() {
        let groups = group_by(&[3, 1, 4, 1, 5, 9, 2, 6], |n| n % 2);
        assert_eq!(groups[0].0, 1);
        assert_eq!(groups[0].1, [&3, &1, &1, &5, &9]);
        assert_eq!(groups[1].1, [&4, &2, &6]);
    }

    #[test]
    fn weekdays_from_intl_short_names() {
        assert_eq!(Weekday::from_short_name("Mon"), Some(Weekday::Mon));
        assert_eq!(Weekday::from_short_name("sun"), Some(Weekday::Sun));
        assert_eq!(Weekday::from_short_name("Mo"), None);
    }
}
