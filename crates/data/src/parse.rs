//! Reading data files, with errors that name the file, the entry and the field.

use std::fmt;

use serde::de::DeserializeOwned;

use crate::model::country::CountryFile;
use crate::model::index::{Index, SCHEMA_VERSION};

/// A problem in one data file, located as precisely as we can: the file, the
/// entry (an organisation, a treaty, a country …) and the field inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// `organisations[1] (noas)`, or empty when the problem is the whole file.
    pub entry: String,
    /// `phones[0].number`, relative to the entry.
    pub field: String,
    pub message: String,
    /// The file is of a newer schema than this app reads: the app, not the
    /// data, is out of date (a reload brings the new app).
    pub newer_schema: bool,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if !self.entry.is_empty() {
            write!(f, ": entry {}", self.entry)?;
        }
        if !self.field.is_empty() {
            write!(f, ": field {}", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DataError {}

impl DataError {
    pub fn new(
        file: impl Into<String>,
        entry: impl Into<String>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        DataError {
            file: file.into(),
            entry: entry.into(),
            field: field.into(),
            message: message.into(),
            newer_schema: false,
        }
    }
}

/// Reads a data file of this app's `schema_version` with `read`: first the
/// version (a file of another version is refused, saying whether the app or
/// the data is the older), then the whole file.
pub fn parse_versioned<T>(
    file: &str,
    text: &str,
    read: impl FnOnce(&str, &str) -> Result<T, DataError>,
) -> Result<T, DataError> {
    /// Only the version: serde skips the rest without building anything.
    #[derive(serde::Deserialize)]
    struct Header {
        schema_version: Option<u64>,
    }
    let header: Header = serde_json::from_str(text).map_err(|e| {
        DataError::new(
            file,
            "",
            "",
            format!(
                "not valid JSON at line {}, column {}: {e}",
                e.line(),
                e.column()
            ),
        )
    })?;
    if header.schema_version != Some(u64::from(SCHEMA_VERSION)) {
        let found = header
            .schema_version
            .map_or_else(|| "none".to_string(), |v| v.to_string());
        let mut error = DataError::new(
            file,
            "",
            "schema_version",
            format!("this app reads schema_version {SCHEMA_VERSION}, the file has {found}"),
        );
        error.newer_schema = header
            .schema_version
            .is_some_and(|v| v > u64::from(SCHEMA_VERSION));
        return Err(error);
    }
    read(file, text)
}

/// Parses `text`; an error names the line and column. In the browser the
/// path-tracking parser would add about 15 KB (brotli) to the app, and the
/// validator that runs before every release names the entry and field
/// (`directory_checks::strict`).
fn plain<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    serde_json::from_str(text).map_err(|e| DataError::new(file, "", "", e.to_string()))
}

/// Parses `index.json`. `file` is the name used in error messages.
pub fn parse_index(file: &str, text: &str) -> Result<Index, DataError> {
    parse_versioned(file, text, plain)
}

/// Parses the search index (`search.json`).
pub fn parse_search_index(file: &str, text: &str) -> Result<crate::search::SearchIndex, DataError> {
    parse_versioned(file, text, plain)
}

/// Parses a country file. `file` is the name used in error messages.
pub fn parse_country(file: &str, text: &str) -> Result<CountryFile, DataError> {
    parse_versioned(file, text, plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_content_hash_tells_texts_apart_and_stays_the_same() {
        assert_eq!(content_hash(""), "cbf29ce484222325");
        assert_eq!(content_hash("a"), "af63dc4c8601ec8c");
        assert_eq!(content_hash("{\"a\": 1}"), content_hash("{\"a\": 1}"));
        assert_ne!(content_hash("{\"a\": 1}"), content_hash("{\"a\": 2}"));
        assert_eq!(content_hash("x").len(), 16);
    }

    #[test]
    fn bad_json_and_wrong_version_say_so() {
        let e = parse_index("index.json", "{").unwrap_err();
        assert!(e.message.contains("not valid JSON at line 1"), "{e}");
        let e = parse_index("index.json", r#"{"schema_version": 99}"#).unwrap_err();
        assert_eq!(e.field, "schema_version");
        assert!(e.to_string().contains("has 99"), "{e}");
        assert!(e.newer_schema, "99 is newer than this app");
        let e = parse_index("index.json", r#"{"schema_version": 0}"#).unwrap_err();
        assert!(!e.newer_schema, "0 is older: a data problem");
        let e = parse_index("index.json", "{}").unwrap_err();
        assert!(!e.newer_schema);
    }
}

/// The most characters the app shows of one text from a data file; longer
/// texts are cut, with "…" at the end. The validator allows at most 4,000
/// (`validate::max_chars`), so only data that never went through it is cut:
/// a browser spends seconds laying out a megabyte-long word, and a page
/// that hangs is no use to anyone.
pub const SHOWN_CHARS: usize = 10_000;

/// A short fingerprint of a data file's text (64-bit FNV-1a, hex): a page
/// written at build time names the files it was written from with theirs,
/// and the browser takes the page over only when the files it loads have
/// the same (data edited in place after the build is drawn afresh). Not a
/// security measure: only to tell versions apart.
pub fn content_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// `json` with every string longer than `max` characters cut to `max` and
/// ended with "…" (U+2026); the text itself when no string is that long.
/// Escapes (`\n`, `\u00e9`, a surrogate pair `\ud83d\ude00`) count as one
/// character and are never split, so the result is JSON whenever `json`
/// was. Not JSON at all: returned as it came, for the parser to report.
pub fn clamp_strings(json: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let bytes = json.as_bytes();
    // Each string's content as (start, end) byte offsets, for those too long:
    // where to cut and where the string ends.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'"' {
            i += 1;
            continue;
        }
        i += 1;
        let mut chars = 0;
        let mut cut = None;
        while i < bytes.len() && bytes[i] != b'"' {
            if chars == max && cut.is_none() {
                cut = Some(i);
            }
            i += unit_len(bytes, i);
            chars += 1;
        }
        if let Some(at) = cut {
            cuts.push((at, i.min(bytes.len())));
        }
        i += 1;
    }
    if cuts.is_empty() {
        return std::borrow::Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len());
    let mut from = 0;
    for (cut, end) in cuts {
        out.push_str(&json[from..cut]);
        out.push('…');
        from = end;
    }
    out.push_str(&json[from..]);
    std::borrow::Cow::Owned(out)
}

/// The length in bytes of the character or escape at `i` inside a JSON
/// string (at least 1, never past the end). Always whole characters, so
/// every offset it leads to is a character boundary, even in broken JSON.
fn unit_len(bytes: &[u8], i: usize) -> usize {
    let char_len = |b: u8| match b {
        b if b < 0x80 => 1,
        b if b >= 0xF0 => 4,
        b if b >= 0xE0 => 3,
        _ => 2,
    };
    let hex4 = |at: usize| {
        bytes
            .get(at..at + 4)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u16::from_str_radix(h, 16).ok())
    };
    let len = if bytes[i] == b'\\' {
        match bytes.get(i + 1) {
            Some(b'u') => match hex4(i + 2) {
                Some(high)
                    if (0xD800..0xDC00).contains(&high)
                        && bytes.get(i + 6..i + 8) == Some(b"\\u")
                        && hex4(i + 8).is_some() =>
                {
                    12
                }
                Some(_) => 6,
                None => 2,
            },
            Some(&next) => 1 + char_len(next),
            None => 1,
        }
    } else {
        char_len(bytes[i])
    };
    len.min(bytes.len() - i)
}

#[cfg(test)]
mod clamp_tests {
    use super::*;
    use serde_json::Value;

    fn value(json: &str) -> Value {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn short_strings_are_left_alone() {
        let json = r#"{"name": "NOAS", "n": 3, "list": ["a\"b", "é"]}"#;
        assert!(matches!(
            clamp_strings(json, 10),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn long_strings_are_cut_with_an_ellipsis_and_stay_json() {
        let long = "A".repeat(50);
        let json = format!(r#"{{"a": "{long}", "b": "short", "c": ["{long}"]}}"#);
        let clamped = value(&clamp_strings(&json, 10));
        assert_eq!(clamped["a"], format!("{}…", "A".repeat(10)));
        assert_eq!(clamped["b"], "short");
        assert_eq!(clamped["c"][0], format!("{}…", "A".repeat(10)));
    }

    #[test]
    fn escapes_and_multibyte_characters_are_never_split() {
        // Every kind of unit at the cut: a two-byte escape, a \u escape, a
        // surrogate pair, a two-, three- and four-byte character.
        for unit in [r"\n", r#"\""#, r"\u00e9", r"\ud83d\ude00", "é", "€", "😀"] {
            let json = format!(r#"{{"t": "{}"}}"#, unit.repeat(20));
            // From 1: the key "t" is a string too.
            for max in 1..22 {
                let clamped = clamp_strings(&json, max);
                let parsed: Result<Value, _> = serde_json::from_str(&clamped);
                let text = parsed.unwrap_or_else(|e| panic!("{unit} at {max}: {e}: {clamped}"));
                let chars = text["t"].as_str().unwrap().chars().count();
                assert_eq!(
                    chars,
                    if max < 20 { max + 1 } else { 20 },
                    "{unit} at {max}"
                );
            }
        }
    }

    #[test]
    fn keys_and_broken_json_do_not_panic() {
        assert_eq!(clamp_strings(r#"{"a": "unterminated"#, 3), r#"{"a": "unt…"#);
        for broken in [
            "\"\\",
            "\"\\u12",
            "\"\\ud800\\u",
            "\"é",
            "\"\\u12€abc",
            "\"\\é\"",
            "\"\\ud800\\u€€\"",
        ] {
            for max in 0..6 {
                let _ = clamp_strings(broken, max);
            }
        }
        assert_eq!(clamp_strings("", 5), "");
    }
}
