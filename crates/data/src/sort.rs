//! One sort for the whole app. Each call of the standard library's
//! `sort_by` with its own element type and comparison carries its own copy
//! of the sort (about 3.5 KB of wasm each; ten call sites were 34 KB). Here
//! the sorting itself is done once, on positions, with the comparison
//! behind a `dyn`; each call site adds only a few hundred bytes.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, stably (equal items keep their order).
pub fn sort_with<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by `key`, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_with(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, stably.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_with(items, T::cmp);
}

/// The positions `0..n`, sorted by `cmp` (stable). Not generic: the one
/// copy of the standard library's sort.
#[inline(never)]
fn sorted_positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Puts `items` in `order` (`order[i]`: the position, before, of the item
/// that goes to `i`), in place, by swaps: each cycle of the permutation is
/// walked once (linear time), marking each place done as it is filled.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            // The cycle closes: the item that was at `start` has been
            // carried along to `at`, where it belongs.
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the test needs no crate.
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % range
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_library_stably() {
        for seed in 1..200u64 {
            let n = (seed as usize * 7) % 60;
            // Pairs (key, original position): stability shows in the second.
            let items: Vec<(u64, usize)> = numbers(seed, n, 8)
                .into_iter()
                .enumerate()
                .map(|(i, k)| (k, i))
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = items.clone();
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "seed {seed}");
        }
    }

    #[test]
    fn natural_order_and_comparators() {
        let mut words = vec!["pear", "apple", "fig", "apple"];
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "pear"]);
        sort_with(&mut words, |a, b| b.len().cmp(&a.len()));
        assert_eq!(words, ["apple", "apple", "pear", "fig"]);
        let mut empty: Vec<u8> = vec![];
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn moves_items_that_are_not_copy() {
        let mut names: Vec<String> = ["c", "a", "b"].iter().map(|s| s.to_string()).collect();
        sort(&mut names);
        assert_eq!(names, ["a", "b", "c"]);
    }
}
