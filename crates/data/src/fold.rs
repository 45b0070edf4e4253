//! Folding text the way people type it: case, accents and letters a foreign
//! keyboard lacks, so that "asylsokere" finds "asylsøkere" and "JUSS BUSS"
//! finds "Juss-Buss".
//!
//! Folding runs on text already in Unicode compatibility decomposition
//! (NFKD): the browser has that built in (`String.prototype.normalize`), so
//! the app carries no normalisation tables, and natively the validator
//! uses the `unicode-normalization` crate (`directory_checks::fold`). What NFKD
//! cannot do, because some letters have no decomposition (ø, æ, ß, ł, đ, þ
//! …), a small table does; a test checks the whole result against the
//! `deunicode` crate's folding for every Latin letter.
//!
//! Other scripts keep their letters (lower-cased, marks removed), so a
//! Cyrillic or Arabic query matches Cyrillic or Arabic text.

/// Marks removed after decomposition: accents, and the vowel marks of
/// Arabic and Hebrew, which people usually leave out when they type.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{05BF}'
        | '\u{05C1}'..='\u{05C2}'
        | '\u{05C4}'..='\u{05C5}'
        | '\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{0640}' // Arabic tatweel (a stretching stroke)
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}' // zero-width (non-)joiners
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}' // variation selectors
        | '\u{FE20}'..='\u{FE2F}'
    )
}

/// Apostrophes join the letters around them ("women's" → "womens").
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | 'ʾ' | 'ʿ' | '`')
}

/// Text as it should be decomposed: the acute accent typed alone as an
/// apostrophe (´) would decompose to a space and a mark, splitting the word.
pub fn before_decomposition(text: &str) -> String {
    text.replace('´', "'")
}

/// Letters (already lower-case) that decomposition leaves alone, as a Latin
/// keyboard types them.
fn letter(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' | 'ǽ' | 'ǣ' => "ae",
        'ø' | 'ǿ' | 'ɔ' | 'ɵ' => "o",
        'œ' => "oe",
        'ß' => "ss",
        'đ' | 'ð' | 'ɖ' | 'ɗ' | 'ȡ' => "d",
        'þ' => "th",
        'ł' | 'ƚ' | 'ȴ' | 'ɫ' | 'ɬ' | 'ɭ' => "l",
        'ħ' | 'ɦ' => "h",
        'ı' | 'ɨ' | 'ɩ' => "i",
        'ȷ' | 'ɟ' => "j",
        'ŋ' => "ng",
        'ĸ' | 'ƙ' => "k",
        'ƀ' | 'ɓ' => "b",
        'ƈ' | 'ȼ' | 'ɕ' => "c",
        'ƒ' => "f",
        'ɠ' | 'ǥ' | 'ɡ' => "g",
        'ƞ' | 'ɲ' | 'ɳ' | 'ȵ' => "n",
        'ƥ' => "p",
        'ɋ' => "q",
        'ɍ' | 'ɼ' | 'ɽ' | 'ɾ' => "r",
        'ʂ' | 'ȿ' => "s",
        'ƫ' | 'ƭ' | 'ʈ' | 'ȶ' | 'ŧ' => "t",
        'ʉ' => "u",
        'ʋ' => "v",
        'ƴ' | 'ɏ' => "y",
        'ƶ' | 'ȥ' | 'ʐ' | 'ʑ' | 'ɀ' => "z",
        'ĳ' => "ij",
        // Rarer letters of Latin Extended-B and Additional.
        'ƃ' => "b",
        'ƌ' | 'ƍ' | 'ẟ' => "d",
        'ɛ' | 'ɇ' => "e",
        'ɣ' => "g",
        'ƕ' => "hv",
        'ƛ' => "l",
        'ɯ' | 'ƿ' => "w",
        'ƣ' => "oi",
        'ʀ' => "yr",
        'ʃ' | 'ƪ' => "sh",
        'ʊ' | 'ȝ' | 'ỿ' => "y",
        'ʒ' | 'ƹ' | 'ƺ' => "zh",
        'ƾ' => "ts",
        'ȣ' => "ou",
        'ȸ' => "db",
        'ȹ' => "qp",
        'ⱥ' => "a",
        'ⱦ' => "t",
        'ɉ' => "j",
        'ẜ' | 'ẝ' => "s",
        'ỻ' => "ll",
        'ỽ' => "v",
        _ => return None,
    })
}

/// Folds text that is already in NFKD: lower case, marks removed, the
/// letters of [`letter`] replaced, and every run of other characters
/// (spaces, punctuation, symbols) made one space. The result has no leading
/// or trailing space.
pub fn fold_decomposed(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if is_mark(c) || is_apostrophe(c) {
            continue;
        }
        if !c.is_alphanumeric() {
            pending_space = true;
            continue;
        }
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        match letter(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    out
}

/// The words of folded text.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

/// For this crate's tests: folds as the validator does
/// (`directory_checks::fold`), with the same NFKD as the browser's
/// `normalize`.
#[cfg(test)]
pub(crate) fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    fold_decomposed(&before_decomposition(text).nfkd().collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_letters_without_decomposition() {
        let cases = [
            (
                "Norsk organisasjon for asylsøkere",
                "norsk organisasjon for asylsokere",
            ),
            ("Juss-Buss", "juss buss"),
            ("JUSSBUSS", "jussbuss"),
            ("Ærlig Ålesund", "aerlig alesund"),
            ("Straße Łódź", "strasse lodz"),
            ("Þórshöfn Đakovo", "thorshofn dakovo"),
            ("İstanbul", "istanbul"),
            ("ﬁle ½", "file 1 2"),
            ("  women's  rights… ", "womens rights"),
            ("women´s", "womens"),
            ("Київ", "киів"),
            ("الْعَرَبِيَّة", "العربية"),
            ("", ""),
            ("—", ""),
        ];
        for (input, folded) in cases {
            assert_eq!(fold(input), folded, "{input}");
        }
    }

    #[test]
    fn folding_is_idempotent() {
        for text in ["Asylsøkere", "Juss-Buss", "ÆØÅ æøå", "Straße", "Київ"] {
            let once = fold(text);
            assert_eq!(fold(&once), once, "{text}");
        }
    }

    /// Every Latin letter folds as the `deunicode` crate (a maintained
    /// transliteration table) writes it in ASCII, lower-cased.
    #[test]
    fn latin_letters_fold_as_deunicode_does() {
        let ranges = [
            '\u{00C0}'..='\u{00FF}',
            '\u{0100}'..='\u{017F}',
            '\u{0180}'..='\u{024F}',
            '\u{1E00}'..='\u{1EFF}',
        ];
        let mut differences = Vec::new();
        for c in ranges.into_iter().flatten().filter(|c| c.is_alphabetic()) {
            let expected = deunicode::deunicode_char(c).unwrap_or("").to_lowercase();
            // Only letters deunicode writes as letters (it writes some, such
            // as 'ǀ' clicks, as punctuation).
            if expected.is_empty() || !expected.chars().all(|x| x.is_ascii_lowercase()) {
                continue;
            }
            let ours = fold(&c.to_string());
            if ours != expected {
                differences.push(format!("{c} U+{:04X}: {ours:?} vs {expected:?}", c as u32));
            }
        }
        assert!(differences.is_empty(), "{}", differences.join("\n"));
    }
}
