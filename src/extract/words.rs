//! Prefix and suffix tests of short words, for the word lists tried at every number.
//!
//! `str::starts_with` and `ends_with` compare through a call to `memcmp`; for a list of
//! two- to four-char words tried one by one, the call costs more than the comparison
//! (a fifth of extraction's time went to such calls). These compare byte by byte and
//! stop at the first difference: the suffix test from the end, where the words of a list
//! differ first (the last byte of a Chinese char varies most).

/// `s.starts_with(w)`.
#[inline]
pub(super) fn has_prefix(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() >= w.len() && s.iter().zip(w).all(|(a, b)| a == b)
}

/// `s.ends_with(w)`.
#[inline]
pub(super) fn has_suffix(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() >= w.len() && s.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn they_agree_with_str() {
        let words = ["", "增长", "长", "增长率", "地区生产总值增长", "x", "增", "率"];
        for s in ["", "增长", "增长率", "地区生产总值增长", "生产总值", "x"] {
            for w in words {
                assert_eq!(has_prefix(s, w), s.starts_with(w), "{s} starts with {w}");
                assert_eq!(has_suffix(s, w), s.ends_with(w), "{s} ends with {w}");
            }
        }
    }
}
