//! Download sizes as people read them ("1.2 MB"), for saving countries
//! for offline use.

/// A unit for download sizes (decimal, as browsers and phones show them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeUnit {
    Kilobyte,
    Megabyte,
}

impl SizeUnit {
    /// The unit's name for `Intl.NumberFormat`.
    pub fn intl_name(self) -> &'static str {
        match self {
            SizeUnit::Kilobyte => "kilobyte",
            SizeUnit::Megabyte => "megabyte",
        }
    }
}

/// A download size rounded up, as people read it: whole kilobytes below
/// 1 MB, tenths of a megabyte from there. Returns the number in tenths (so
/// no float formatting is needed) and the unit: 27 186 bytes is (270, kB)
/// for 27 kB, 1 234 567 bytes is (13, MB) for 1.3 MB.
pub fn download_size(bytes: u64) -> (u64, SizeUnit) {
    let kb = bytes.div_ceil(1000);
    if kb < 1000 {
        (kb * 10, SizeUnit::Kilobyte)
    } else {
        (bytes.div_ceil(100_000), SizeUnit::Megabyte)
    }
}

/// A download size in digits and a symbol ("28 kB", "1.3 MB"), where no
/// `Intl.NumberFormat` can write it in the UI language.
pub fn plain_download_size(bytes: u64) -> String {
    let (tenths, unit) = download_size(bytes);
    let symbol = match unit {
        SizeUnit::Kilobyte => "kB",
        SizeUnit::Megabyte => "MB",
    };
    match tenths % 10 {
        0 => format!("{} {symbol}", tenths / 10),
        d => format!("{}.{d} {symbol}", tenths / 10),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_download_size_has_one_decimal_only_when_it_says_something() {
        assert_eq!(plain_download_size(28_000), "28 kB");
        assert_eq!(plain_download_size(1_300_000), "1.3 MB");
        assert_eq!(plain_download_size(2_000_000), "2 MB");
    }

    #[test]
    fn download_sizes_round_up_to_what_people_read() {
        use SizeUnit::*;
        assert_eq!(download_size(0), (0, Kilobyte));
        assert_eq!(download_size(1), (10, Kilobyte));
        assert_eq!(download_size(27_186), (280, Kilobyte));
        assert_eq!(download_size(999_000), (9990, Kilobyte));
        // Never "1000 kB": from there it is megabytes.
        assert_eq!(download_size(999_001), (10, Megabyte));
        assert_eq!(download_size(1_000_000), (10, Megabyte));
        assert_eq!(download_size(1_234_567), (13, Megabyte));
        assert_eq!(download_size(2_000_000), (20, Megabyte));
    }
}
