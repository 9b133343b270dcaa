//! Bytes of a text file -> `String` and the name of the encoding it was in.
//!
//! BOMs decide first (UTF-8, UTF-16 LE/BE); then strict UTF-8; then UTF-16 without a
//! BOM recognised by its NUL pattern; then chardetng for legacy encodings (GBK/GB18030,
//! Big5). A decode that would need replacement characters is an error, never silent
//! damage, and a result without Chinese text is rejected as "not a report".

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

use crate::error::InputError;

/// A decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `UTF-8`, `UTF-8-BOM`, `UTF-16LE`, `UTF-16BE`, `GBK`, `GB18030`, `Big5`.
    pub encoding: &'static str,
    pub warnings: Vec<String>,
}

/// Decode the bytes of a report. `label` is an encoding named by the file itself
/// (an HTML meta charset), tried after BOMs and before detection.
pub fn decode(bytes: &[u8], label: Option<&str>) -> Result<Decoded, InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    let mut warnings = Vec::new();
    // validated by simdutf8, a block of bytes at a time: std's check goes char by char
    // through a Chinese text (14.8 M instructions for the corpus); a failure is checked
    // again by std's, which says where
    let utf8 = simdutf8::basic::from_utf8(bytes);
    let (text, encoding) = if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let name = if enc == UTF_8 { "UTF-8-BOM" } else { enc.name() };
        (strict(enc, &bytes[bom_len..])?, name)
    } else if let Ok(s) = utf8 {
        (s.to_string(), "UTF-8")
    } else if let Some(valid) = cut_in_last_char(bytes) {
        warnings.push(format!(
            "the file ends inside a character (its last {} bytes, from byte {valid}, are an incomplete UTF-8 sequence): read up to there",
            bytes.len() - valid
        ));
        (String::from_utf8_lossy(&bytes[..valid]).into_owned(), "UTF-8")
    } else if let Some(enc) = utf16_without_bom(bytes) {
        (strict(enc, bytes)?, enc.name())
    } else if let Some(at) = damaged_utf8(bytes) {
        return Err(InputError::Encoding(format!(
            "invalid UTF-8 at byte {at}: the file is UTF-8 but damaged there; repair it or get it again"
        )));
    } else {
        match labelled(bytes, label) {
            Some((enc, Ok(text))) if text.chars().any(is_cjk) => (text, legacy_name(enc, bytes)),
            // a page that names the wrong charset (utf-8 on a GBK page, a Latin one that
            // decodes any bytes to no Chinese): detected, as a browser that trusted the
            // label could not show it; a Latin text stays in its label and is no report
            Some((enc, named)) => match (detect(bytes), named) {
                (Ok(detected), _) => {
                    warnings.push(format!(
                        "the file declares the encoding {} but is not in it: its encoding was detected",
                        label.unwrap_or_default().trim()
                    ));
                    detected
                }
                (Err(_), Ok(text)) => (text, legacy_name(enc, bytes)),
                (Err(e), Err(_)) => return Err(e),
            },
            None => detect(bytes)?,
        }
    };
    if looks_binary(text.as_bytes()) {
        return Err(InputError::Binary);
    }
    // a few stray NULs in a text (a bad copy, a tool's padding): normalisation drops
    // them, and offsets into the file stay right
    if let Some(note) = nuls(bytes, &text, encoding) {
        warnings.push(note);
    }
    if !text.chars().any(is_cjk) {
        return Err(InputError::Encoding(format!(
            "decoded as {encoding} but the text has no Chinese characters; is this a report?"
        )));
    }
    if encoding == "Big5" {
        warnings.push("Big5: the text is traditional Chinese; indicator aliases are simplified".into());
    }
    Ok(Decoded { text, encoding, warnings })
}

/// The encoding a file names (`label`, an HTML meta charset) and its text in it, or
/// the error of decoding it so; `None` when it names none that is known.
fn labelled(bytes: &[u8], label: Option<&str>) -> Option<(&'static Encoding, Result<String, InputError>)> {
    let enc = Encoding::for_label(label?.trim().as_bytes())?;
    let enc = if enc == GBK { GB18030 } else { enc };
    Some((enc, strict(enc, bytes)))
}

/// A legacy encoding detected (GBK/GB18030 or Big5) and the text in it.
fn detect(bytes: &[u8]) -> Result<(String, &'static str), InputError> {
    if looks_binary(bytes) {
        return Err(InputError::Binary);
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, Utf8Detection::Allow);
    // encoding_rs decodes GBK with the GB18030 decoder; use it explicitly so the
    // four-byte sequences of GB18030 are never an error.
    let enc = if guess == GBK { GB18030 } else { guess };
    if enc != GB18030 && enc != BIG5 {
        let at = std::str::from_utf8(bytes).err().map_or(0, |e| e.valid_up_to());
        return Err(InputError::Encoding(format!(
            "not UTF-8 (the first byte that is not is at byte {at}), nor UTF-16, GBK, GB18030 or Big5 (the closest guess was {}); convert the file to UTF-8",
            guess.name()
        )));
    }
    Ok((strict(enc, bytes)?, legacy_name(enc, bytes)))
}

fn strict(enc: &'static Encoding, bytes: &[u8]) -> Result<String, InputError> {
    if let Some(text) = enc.decode_without_bom_handling_and_without_replacement(bytes) {
        return Ok(text.into_owned());
    }
    Err(InputError::Encoding(format!(
        "invalid {} byte sequence at byte {}; the file is damaged or in another encoding",
        enc.name().to_ascii_uppercase(),
        first_malformed(enc, bytes)
    )))
}

/// Where valid UTF-8 ends when the file is valid UTF-8 but for a character cut off at
/// its end (a download or a copy that stopped short).
fn cut_in_last_char(bytes: &[u8]) -> Option<usize> {
    let e = std::str::from_utf8(bytes).err()?;
    (e.error_len().is_none() && e.valid_up_to() > 0).then(|| e.valid_up_to())
}

/// A warning about the NUL characters of a text: how many, and the byte offsets in the
/// file of the first few.
fn nuls(bytes: &[u8], text: &str, encoding: &str) -> Option<String> {
    let count = memchr::memchr_iter(0, text.as_bytes()).count();
    if count == 0 {
        return None;
    }
    let offsets: Vec<String> = if encoding.starts_with("UTF-16") {
        // a NUL character is a pair of NUL bytes at an even offset (after the BOM)
        let start = if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) { 2 } else { 0 };
        (start..bytes.len().saturating_sub(1))
            .step_by(2)
            .filter(|&i| bytes[i] == 0 && bytes[i + 1] == 0)
            .take(5)
            .map(|i| i.to_string())
            .collect()
    } else {
        memchr::memchr_iter(0, bytes).take(5).map(|i| i.to_string()).collect()
    };
    let more = if count > offsets.len() { ", …" } else { "" };
    let what = if count == 1 { "a NUL character".to_string() } else { format!("{count} NUL characters") };
    Some(format!("{what}, dropped (at byte {}{more})", offsets.join(", byte ")))
}

/// Where UTF-8 text is damaged: the offset of its first invalid sequence, when all but
/// a few of its bytes (8, or 1 in 1,000) are UTF-8 with Chinese in it. (GBK or Big5
/// text is mostly bytes that are not UTF-8.)
fn damaged_utf8(bytes: &[u8]) -> Option<usize> {
    let (mut at, mut first, mut invalid, mut wide) = (0, None, 0, 0);
    for chunk in bytes.utf8_chunks() {
        wide += chunk.valid().chars().filter(|&c| is_cjk(c)).count();
        if !chunk.invalid().is_empty() {
            first = first.or(Some(at + chunk.valid().len()));
            invalid += chunk.invalid().len();
        }
        at += chunk.valid().len() + chunk.invalid().len();
    }
    first.filter(|_| wide > 0 && invalid <= (bytes.len() / 1000).max(8))
}

/// Byte offset of the first sequence `enc` cannot decode.
fn first_malformed(enc: &'static Encoding, bytes: &[u8]) -> usize {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() * 3 + 16);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(bad, after) => read.saturating_sub(bad as usize + after as usize),
        _ => read,
    }
}

/// `GB18030` when the text uses its four-byte sequences, else `GBK`.
fn legacy_name(enc: &'static Encoding, bytes: &[u8]) -> &'static str {
    if enc == BIG5 {
        return "Big5";
    }
    if enc != GB18030 {
        return enc.name();
    }
    let mut i = 0;
    while i + 1 < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
        } else if (0x30..=0x39).contains(&bytes[i + 1]) {
            return "GB18030";
        } else {
            i += 2;
        }
    }
    "GBK"
}

/// UTF-16 without a BOM: Chinese text in UTF-16 has few NUL bytes, but ASCII
/// (digits, newlines, punctuation) leaves NULs on one side only.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let pairs = sample.len() / 2;
    let candidate = if odd > pairs / 8 && even == 0 {
        UTF_16LE
    } else if even > pairs / 8 && odd == 0 {
        UTF_16BE
    } else {
        return None;
    };
    let (text, had_errors) = candidate.decode_without_bom_handling(bytes);
    (!had_errors && text.chars().any(is_cjk)).then_some(candidate)
}

/// Control characters other than whitespace mark a binary file.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    controls > 0 && controls * 100 >= sample.len().max(1)
}

/// CJK Unified Ideographs (with extension A) and the compatibility block.
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "政府工作报告\n国内生产总值增长6.5%左右。\n";

    #[test]
    fn utf8_without_bom_is_utf8() {
        let d = decode(TEXT.as_bytes(), None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (TEXT, "UTF-8"));
    }

    #[test]
    fn utf8_bom_is_removed_and_named() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice(TEXT.as_bytes());
        let d = decode(&b, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (TEXT, "UTF-8-BOM"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = TEXT.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = TEXT.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        let with_bom: Vec<u8> = [0xFF, 0xFE].into_iter().chain(le.iter().copied()).collect();
        assert_eq!(decode(&with_bom, None).unwrap().encoding, "UTF-16LE");
        assert_eq!(decode(&le, None).unwrap().text, TEXT);
        assert_eq!(decode(&be, None).unwrap().encoding, "UTF-16BE");
    }

    #[test]
    fn gbk_is_detected_and_decoded_exactly() {
        let (bytes, _, _) = GBK.encode(TEXT);
        let d = decode(&bytes, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (TEXT, "GBK"));
    }

    #[test]
    fn gb18030_four_byte_sequences_are_named_gb18030() {
        let text = format!("{TEXT}€𠀀"); // 𠀀 needs four bytes in GB18030
        let (bytes, _, _) = GB18030.encode(&text);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.encoding, "GB18030");
        assert_eq!(d.text, text);
    }

    #[test]
    fn big5_decodes_with_a_warning() {
        let (bytes, _, _) = BIG5.encode("政府工作報告：國內生產總值增長百分之六點五，經濟發展穩定。");
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.encoding, "Big5");
        assert!(d.warnings[0].contains("traditional"));
    }

    #[test]
    fn empty_and_binary_files_are_errors() {
        assert_eq!(decode(b"", None), Err(InputError::Empty));
        let png =
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\x5c\x72\xa8\x66";
        assert_eq!(decode(png, None), Err(InputError::Binary));
    }

    #[test]
    fn a_wrong_label_gives_way_to_detection_with_a_warning() {
        let (bytes, _, _) = GBK.encode(TEXT);
        let d = decode(&bytes, Some("utf-8")).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (TEXT, "GBK"));
        assert_eq!(d.warnings, ["the file declares the encoding utf-8 but is not in it: its encoding was detected"]);
        // a right label, and one that names a legacy encoding, as before
        assert!(decode(&bytes, Some("gb2312")).unwrap().warnings.is_empty());
        // a Latin label on a GBK page (any bytes decode in it, to no Chinese)
        let d = decode(&bytes, Some("iso-8859-1")).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (TEXT, "GBK"));
        assert_eq!(
            d.warnings,
            ["the file declares the encoding iso-8859-1 but is not in it: its encoding was detected"]
        );
        // UTF-8 is read as UTF-8 whatever the label says
        assert_eq!(decode(TEXT.as_bytes(), Some("gb2312")).map(|d| d.encoding), Ok("UTF-8"));
    }

    #[test]
    fn text_without_chinese_is_not_a_report() {
        assert!(matches!(decode(b"just some english notes\n", None), Err(InputError::Encoding(_))));
    }
}
