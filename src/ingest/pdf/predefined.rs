//! PDF bytes -> the same PDF with a faster code -> CID lookup for the Type0 fonts that
//! name a predefined Adobe-GB1 CMap (GBK-EUC-H, GB-EUC-H, UniGB-UCS2-H,
//! UniGB-UTF16-H), or `None` when there is nothing to speed up.
//!
//! oxidize-pdf 5.5.6 looks each char of such a font up by a linear search over the
//! CMap's ranges (about 14 000 for UniGB-UCS2-H), two or three times per char: for its
//! Unicode and for its width. An embedded CMap's `cidchar` entries are looked up in a
//! hash map instead. So an incremental update gives each such font an embedded CMap
//! that lists the codes its pages show, each with the CID oxidize-pdf itself finds
//! for it (once per distinct code), and `usecmap`s the predefined one for anything
//! else (codespace, notdef ranges, collection, writing mode, codes not listed). The
//! CIDs are the same, so are the Unicode text and the widths, and so the text: a code
//! split wrongly here is only a code that is not listed, and then found the slow way.
//!
//! Left as they are (read correctly, at the old speed): encrypted files, fonts written
//! inline rather than as objects of their own, and text in form XObjects.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Cursor;

use oxidize_pdf::fonts::ResolvedFontResource;
use oxidize_pdf::parser::{
    ContentOperation, ContentParser, ParseOptions, PdfDictionary, PdfDocument, PdfObject, PdfReader, TextElement,
};

/// A codespace range: the range of each of its bytes, so its length is the code's.
type Range = &'static [(u8, u8)];

/// The predefined CMaps handled, with their codespace ranges in the order the Adobe
/// resource declares them, which is the order oxidize-pdf tries them in.
const CODESPACES: [(&str, &[Range]); 4] = [
    ("GB-EUC-H", &[&[(0x00, 0x80)], &[(0xA1, 0xFE), (0xA1, 0xFE)]]),
    ("GBK-EUC-H", &[&[(0x00, 0x80)], &[(0x81, 0xFE), (0x40, 0xFE)]]),
    ("UniGB-UCS2-H", &[&[(0x00, 0xD7), (0x00, 0xFF)], &[(0xE0, 0xFF), (0x00, 0xFF)]]),
    (
        "UniGB-UTF16-H",
        &[
            &[(0x00, 0xD7), (0x00, 0xFF)],
            &[(0xD8, 0xDB), (0x00, 0xFF), (0xDC, 0xDF), (0x00, 0xFF)],
            &[(0xE0, 0xFF), (0x00, 0xFF)],
        ],
    ),
];

/// A font to speed up: its resource name on some page (what oxidize-pdf's font
/// resolver wants), its CMap, and the codes shown with it.
struct Font {
    name: String,
    cmap: &'static str,
    codes: BTreeSet<Vec<u8>>,
}

/// The PDF with the update appended, or `None` when there is no font to speed up or
/// anything about the file is unusual (then it is read as it is).
pub fn with_listed_codes(bytes: &[u8]) -> Option<Vec<u8>> {
    let reader = PdfReader::new_with_options(Cursor::new(bytes), ParseOptions::lenient()).ok()?;
    let trailer = reader.trailer();
    if trailer.is_encrypted() {
        return None;
    }
    let (root, size, info) = (trailer.root().ok()?, trailer.size().ok()?, trailer.info());
    let prev = startxref(bytes)?;
    let doc = PdfDocument::new(reader);
    let fonts = fonts_and_codes(&doc)?;
    let mut objects: Vec<(u32, u16, Vec<u8>)> = Vec::new();
    let mut next = size;
    for ((num, gen), font) in &fonts {
        let Some(cidchars) = cids(&doc, (*num, *gen), font) else { continue };
        let Ok(PdfObject::Dictionary(mut dict)) = doc.get_object(*num, *gen) else { continue };
        next = unused_number(&doc, next)?;
        objects.push((next, 0, cmap_stream(font.cmap, &cidchars)));
        dict.insert("Encoding".to_string(), PdfObject::Reference(next, 0));
        let mut body = Vec::new();
        write_object(&mut body, &PdfObject::Dictionary(dict))?;
        objects.push((*num, *gen, body));
        next += 1;
    }
    if objects.is_empty() {
        return None;
    }
    Some(update(bytes, &objects, next, root, info, prev))
}

/// The first object number from `from` on that the file does not use: the trailer's
/// `/Size` says where that is, but a damaged file may use numbers past it.
fn unused_number<R: std::io::Read + std::io::Seek>(doc: &PdfDocument<R>, from: u32) -> Option<u32> {
    (from..from.checked_add(1000)?).find(|&n| matches!(doc.get_object(n, 0), Err(_) | Ok(PdfObject::Null)))
}

/// Every indirect Type0 font of the pages that names one of [`CODESPACES`], with the
/// codes its text shows. `None` if the pages cannot be walked.
fn fonts_and_codes<R: std::io::Read + std::io::Seek>(doc: &PdfDocument<R>) -> Option<BTreeMap<(u32, u16), Font>> {
    let mut fonts: BTreeMap<(u32, u16), Font> = BTreeMap::new();
    for k in 0..doc.page_count().ok()? {
        let Ok(page) = doc.get_page(k) else { continue };
        let resources = match page.dict.get("Resources").map(|r| doc.resolve(r)) {
            Some(Ok(PdfObject::Dictionary(d))) => Some(d),
            _ => page.inherited_resources.clone(),
        };
        let Some(resources) = resources else { continue };
        let on_page = page_fonts(doc, &resources, &mut fonts);
        if on_page.is_empty() {
            continue;
        }
        let Ok(streams) = doc.get_page_content_streams(&page) else { continue };
        let Ok(ops) = ContentParser::parse_content_streams(&streams) else { continue };
        // the font is part of the graphics state, which q and Q save and restore
        let (mut current, mut saved) = (None, Vec::new());
        for op in ops {
            let shown: Vec<Vec<u8>> = match op {
                ContentOperation::SetFont(name, _) => {
                    current = on_page.get(&name).copied();
                    continue;
                }
                ContentOperation::SaveGraphicsState => {
                    saved.push(current);
                    continue;
                }
                ContentOperation::RestoreGraphicsState => {
                    current = saved.pop().unwrap_or(current);
                    continue;
                }
                ContentOperation::ShowText(s)
                | ContentOperation::NextLineShowText(s)
                | ContentOperation::SetSpacingNextLineShowText(_, _, s) => vec![s],
                ContentOperation::ShowTextArray(items) => items
                    .into_iter()
                    .filter_map(|i| match i {
                        TextElement::Text(s) => Some(s),
                        _ => None,
                    })
                    .collect(),
                _ => continue,
            };
            if let Some(font) = current.and_then(|r| fonts.get_mut(&r)) {
                for code in shown.iter().flat_map(|s| split(font.cmap, s)) {
                    if !font.codes.contains(code) {
                        font.codes.insert(code.to_vec());
                    }
                }
            }
        }
    }
    Some(fonts)
}

/// The fonts of one page's resources that are to be sped up: resource name -> object.
fn page_fonts<R: std::io::Read + std::io::Seek>(
    doc: &PdfDocument<R>,
    resources: &PdfDictionary,
    fonts: &mut BTreeMap<(u32, u16), Font>,
) -> BTreeMap<String, (u32, u16)> {
    let mut on_page = BTreeMap::new();
    let Some(Ok(PdfObject::Dictionary(entries))) = resources.get("Font").map(|f| doc.resolve(f)) else {
        return on_page;
    };
    for (name, entry) in &entries.0 {
        let Some(r) = entry.as_reference() else { continue };
        if fonts.contains_key(&r) {
            on_page.insert(name.0.clone(), r);
            continue;
        }
        let Ok(PdfObject::Dictionary(dict)) = doc.get_object(r.0, r.1) else { continue };
        let is_type0 = dict.get("Subtype").and_then(PdfObject::as_name).is_some_and(|n| n.0 == "Type0");
        let cmap = dict.get("Encoding").and_then(PdfObject::as_name).and_then(|n| predefined(&n.0));
        if let (true, Some(cmap)) = (is_type0, cmap) {
            fonts.insert(r, Font { name: name.0.clone(), cmap, codes: BTreeSet::new() });
            on_page.insert(name.0.clone(), r);
        }
    }
    on_page
}

/// One of the handled CMap names, as a `'static` str.
fn predefined(name: &str) -> Option<&'static str> {
    CODESPACES.iter().map(|(n, _)| *n).find(|n| *n == name)
}

/// A shown string -> its codes, as oxidize-pdf splits them: at each position the first
/// codespace range (in declaration order) whose bytes match; a byte that matches
/// none is a code of one byte; a code cut short at the end is left out.
fn split<'a>(cmap: &str, bytes: &'a [u8]) -> impl Iterator<Item = &'a [u8]> + 'a {
    let ranges = CODESPACES.iter().find(|(n, _)| *n == cmap).map_or(&[][..], |(_, r)| *r);
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < bytes.len() {
            let rest = &bytes[pos..];
            let mut len = None;
            for range in ranges {
                if rest.iter().zip(range.iter()).all(|(b, (lo, hi))| lo <= b && b <= hi) {
                    len = Some(range.len());
                    break;
                }
            }
            let len = len.unwrap_or(1);
            let code = rest.get(..len);
            pos += len;
            if code.is_some() {
                return code;
            }
        }
        None
    })
}

/// The font's codes with the CID oxidize-pdf's own reading of the font gives each
/// (codes it maps to no CID are left out). `None` if the font cannot be resolved.
fn cids<R: std::io::Read + std::io::Seek>(
    doc: &PdfDocument<R>,
    object: (u32, u16),
    font: &Font,
) -> Option<Vec<(Vec<u8>, u32)>> {
    let resolved = ResolvedFontResource::resolve(doc, &font.name, &PdfObject::Reference(object.0, object.1)).ok()?;
    let mut out = Vec::with_capacity(font.codes.len());
    for code in &font.codes {
        if let Ok(glyphs) = resolved.decode_glyphs(code) {
            if let [glyph] = glyphs.as_slice() {
                if let (true, Some(cid)) = (glyph.source_code == *code, glyph.cid) {
                    out.push((code.clone(), cid));
                }
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

/// An embedded CMap (stream body and dictionary) listing `cidchars` and using the
/// predefined `parent` for everything else. It declares no codespace, collection or
/// writing mode, so it inherits the parent's.
fn cmap_stream(parent: &str, cidchars: &[(Vec<u8>, u32)]) -> Vec<u8> {
    let mut body = format!("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/{parent} usecmap\n");
    for chunk in cidchars.chunks(100) {
        let _ = writeln!(body, "{} begincidchar", chunk.len());
        for (code, cid) in chunk {
            body.push('<');
            for b in code {
                let _ = write!(body, "{b:02X}");
            }
            let _ = writeln!(body, "> {cid}");
        }
        body.push_str("endcidchar\n");
    }
    body.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    let mut out =
        format!("<< /Type /CMap /CMapName /Baogao-{parent} /UseCMap /{parent} /Length {} >>\nstream\n", body.len())
            .into_bytes();
    out.extend_from_slice(body.as_bytes());
    out.extend_from_slice(b"\nendstream");
    out
}

/// The offset after the file's last `startxref`: where its newest cross-reference
/// section starts, which the update's `/Prev` points at.
fn startxref(bytes: &[u8]) -> Option<u64> {
    let tail = &bytes[bytes.len().saturating_sub(2048)..];
    let at = tail.windows(9).rposition(|w| w == b"startxref")?;
    let digits: String = tail[at + 9..]
        .iter()
        .map(|&b| b as char)
        .skip_while(|c| c.is_ascii_whitespace())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok().filter(|&offset| (offset as usize) < bytes.len())
}

/// `bytes` and an incremental update holding `objects`, with a cross-reference table
/// for them and a trailer that chains to the file's own.
fn update(
    bytes: &[u8],
    objects: &[(u32, u16, Vec<u8>)],
    size: u32,
    root: (u32, u16),
    info: Option<(u32, u16)>,
    prev: u64,
) -> Vec<u8> {
    let mut out = bytes.to_vec();
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    let mut offsets = Vec::with_capacity(objects.len());
    for (num, gen, body) in objects {
        offsets.push((*num, *gen, out.len()));
        out.extend_from_slice(format!("{num} {gen} obj\n").as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    offsets.sort_unstable();
    let xref = out.len();
    let mut table = String::from("xref\n");
    for (num, gen, offset) in offsets {
        let _ = write!(table, "{num} 1\n{offset:010} {gen:05} n \n");
    }
    let info = info.map(|(n, g)| format!(" /Info {n} {g} R")).unwrap_or_default();
    let _ = write!(
        table,
        "trailer\n<< /Size {size} /Root {} {} R{info} /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n",
        root.0, root.1
    );
    out.extend_from_slice(table.as_bytes());
    out
}

/// A parsed object written back as PDF syntax. `None` for a stream, which cannot sit
/// inside a dictionary.
fn write_object(out: &mut Vec<u8>, object: &PdfObject) -> Option<()> {
    match object {
        PdfObject::Null => out.extend_from_slice(b"null"),
        PdfObject::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        PdfObject::Integer(i) => out.extend_from_slice(i.to_string().as_bytes()),
        PdfObject::Real(r) if r.is_finite() => out.extend_from_slice(r.to_string().as_bytes()),
        PdfObject::Real(_) => out.push(b'0'),
        PdfObject::String(s) => {
            out.push(b'<');
            for b in s.as_bytes() {
                out.extend_from_slice(format!("{b:02X}").as_bytes());
            }
            out.push(b'>');
        }
        PdfObject::Name(n) => write_name(out, &n.0),
        PdfObject::Array(a) => {
            out.push(b'[');
            for item in &a.0 {
                write_object(out, item)?;
                out.push(b' ');
            }
            out.push(b']');
        }
        PdfObject::Dictionary(d) => {
            out.extend_from_slice(b"<<");
            // sorted, so that the same file gives the same bytes
            let mut entries: Vec<_> = d.0.iter().collect();
            entries.sort_by(|a, b| a.0 .0.cmp(&b.0 .0));
            for (key, value) in entries {
                write_name(out, &key.0);
                out.push(b' ');
                write_object(out, value)?;
                out.push(b' ');
            }
            out.extend_from_slice(b">>");
        }
        PdfObject::Reference(n, g) => out.extend_from_slice(format!("{n} {g} R").as_bytes()),
        PdfObject::Stream(_) => return None,
    }
    Some(())
}

/// `/Name`, with `#xx` for a byte that is not a regular char.
fn write_name(out: &mut Vec<u8>, name: &str) {
    out.push(b'/');
    for &b in name.as_bytes() {
        if (0x21..=0x7E).contains(&b) && !b"()<>[]{}/%#".contains(&b) {
            out.push(b);
        } else {
            out.extend_from_slice(format!("#{b:02X}").as_bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::oxidize::{open, read_document};
    use super::*;

    fn test_pdf(name: &str) -> Vec<u8> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pdf").join(name);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// The file's lines as oxidize-pdf reads it as it is, and as it reads it with the
    /// codes listed (which must be made).
    fn both(name: &str) -> (Vec<super::super::layout::Page>, Vec<super::super::layout::Page>) {
        let bytes = test_pdf(name);
        let faster = with_listed_codes(&bytes).unwrap_or_else(|| panic!("{name}: nothing listed"));
        let (as_is, listed) = (open(&bytes).unwrap(), open(&faster).unwrap());
        // the update is what oxidize-pdf reads: F1's encoding is the embedded CMap now
        let encoding = |doc| ResolvedFontResource::from_page(doc, 0, "F1").unwrap().encoding;
        assert!(encoding(&as_is).is_some() && encoding(&listed).is_none(), "{name}: update not read");
        let (as_is, listed) = (read_document(&as_is).unwrap(), read_document(&listed).unwrap());
        assert!(as_is.1.is_empty() && listed.1.is_empty(), "{name}: {:?} {:?}", as_is.1, listed.1);
        (as_is.0, listed.0)
    }

    fn text(pages: &[super::super::layout::Page]) -> String {
        pages.iter().flat_map(|p| &p.lines).map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn each_predefined_cmap_gives_the_same_lines_with_its_codes_listed() {
        for name in ["gbk-euc-h.pdf", "gb-euc-h.pdf", "unigb-ucs2-h.pdf", "unigb-utf16-h.pdf", "two-columns.pdf"] {
            let (as_is, listed) = both(name);
            // the four run over pages; two-columns.pdf is one page of two columns
            assert!(as_is.len() >= 2 || name == "two-columns.pdf", "{name}: {} pages", as_is.len());
            // the same text at the same places, to the last bit
            assert_eq!(listed, as_is, "{name}");
        }
    }

    #[test]
    fn mixed_fonts_over_pages_give_the_same_lines_with_their_codes_listed() {
        // the four CMaps line by line, TJ kerning, a standard Latin font, an inline
        // Type0 font (left as it is) and a form XObject (its codes not listed)
        for name in ["mixed-fonts.pdf", "mixed-fonts-xref-stream.pdf"] {
            let (as_is, listed) = both(name);
            assert!(as_is.len() >= 3, "{name}: {} pages", as_is.len());
            assert_eq!(listed, as_is, "{name}");
            let text = text(&listed);
            for line in ["Made in China 2025", "内嵌字体的一行。", "表单中的一行：城镇新增就业1.2万人。", "第30项措施"]
            {
                assert!(text.contains(line), "{name}: {line} not in {text}");
            }
        }
    }

    #[test]
    fn new_objects_take_numbers_the_file_does_not_use_even_past_a_wrong_size() {
        // objects 1 to 11, /Size 12
        let bytes = test_pdf("gbk-euc-h.pdf");
        let doc = open(&bytes).unwrap();
        assert_eq!(unused_number(&doc, 12), Some(12));
        assert_eq!(unused_number(&doc, 3), Some(12));
    }

    #[test]
    fn a_file_without_such_fonts_or_text_in_them_is_left_as_it_is() {
        assert!(with_listed_codes(&test_pdf("truetype-tounicode.pdf")).is_none());
        // a GBK-EUC-H font on a page of no text
        assert!(with_listed_codes(&test_pdf("scanned.pdf")).is_none());
        assert!(with_listed_codes(b"not a pdf").is_none());
    }

    #[test]
    fn a_damaged_file_is_left_as_it_is_or_read_the_same() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions/pdf");
        for name in ["cut-short.pdf", "flipped-bytes.pdf", "truetype-cut-short.pdf"] {
            let bytes = std::fs::read(dir.join(name)).unwrap();
            let Some(faster) = with_listed_codes(&bytes) else { continue };
            let as_is = open(&bytes).and_then(|d| read_document(&d));
            let listed = open(&faster).and_then(|d| read_document(&d));
            assert_eq!(listed.map(|p| p.0), as_is.map(|p| p.0), "{name}");
        }
    }

    #[test]
    fn codes_are_split_as_oxidize_pdf_splits_them() {
        let files = ["gb-euc-h.pdf", "gbk-euc-h.pdf", "unigb-ucs2-h.pdf", "unigb-utf16-h.pdf"];
        for ((cmap, _), file) in CODESPACES.iter().zip(files) {
            let bytes = test_pdf(file);
            let doc = open(&bytes).unwrap();
            let font = ResolvedFontResource::from_page(&doc, 0, "F1").unwrap();
            assert_eq!(font.encoding.as_deref(), Some(*cmap));
            // bytes that favour the edges of the codespaces, from a fixed seed
            let edges =
                [0x00, 0x1F, 0x20, 0x7F, 0x80, 0x81, 0xA0, 0xA1, 0xD7, 0xD8, 0xDB, 0xDC, 0xDF, 0xE0, 0xFE, 0xFF];
            let mut seed = 0x2545_F491_u32;
            let mut compared = 0;
            for round in 0..3000 {
                let mut s = Vec::new();
                for _ in 0..(1 + round % 9) {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    let r = (seed >> 16) as u8;
                    s.push(if r.is_multiple_of(2) { edges[(r as usize / 2) % edges.len()] } else { r });
                }
                // a code cut short is an error to decode_glyphs, and is left out by split
                let Ok(glyphs) = font.decode_glyphs(&s) else { continue };
                let theirs: Vec<&[u8]> = glyphs.iter().map(|g| g.source_code.as_slice()).collect();
                assert_eq!(split(cmap, &s).collect::<Vec<_>>(), theirs, "{cmap}: {s:02X?}");
                compared += 1;
            }
            assert!(compared > 1000, "{cmap}: {compared}");
        }
    }

    #[test]
    fn a_code_cut_short_at_the_end_is_left_out() {
        assert_eq!(split("GBK-EUC-H", &[0x41, 0xB9, 0xFA, 0xB9]).collect::<Vec<_>>(), [&[0x41][..], &[0xB9, 0xFA]]);
        assert_eq!(
            split("UniGB-UTF16-H", &[0xD8, 0x3D, 0xDE, 0x00, 0x4E]).collect::<Vec<_>>(),
            [&[0xD8, 0x3D, 0xDE, 0x00][..]]
        );
    }

    #[test]
    fn the_embedded_cmap_lists_codes_and_uses_the_predefined_one_for_the_rest() {
        let stream =
            String::from_utf8(cmap_stream("GBK-EUC-H", &[(vec![0x41], 846), (vec![0xB9, 0xFA], 4321)])).unwrap();
        assert!(stream.contains("/UseCMap /GBK-EUC-H") && stream.contains("/GBK-EUC-H usecmap"), "{stream}");
        assert!(stream.contains("2 begincidchar\n<41> 846\n<B9FA> 4321\nendcidchar"), "{stream}");
        // the parent's codespace and writing mode are inherited only when none is declared
        assert!(!stream.contains("codespacerange") && !stream.contains("WMode"), "{stream}");
    }

    #[test]
    fn objects_are_written_back_as_pdf_syntax() {
        let mut dict = PdfDictionary::new();
        dict.insert("Base Font#".into(), PdfObject::Name(oxidize_pdf::parser::PdfName("STSong-Light".into())));
        dict.insert(
            "W".into(),
            PdfObject::Array(oxidize_pdf::parser::PdfArray(vec![PdfObject::Integer(1), PdfObject::Real(0.5)])),
        );
        dict.insert("D".into(), PdfObject::Reference(7, 0));
        dict.insert("S".into(), PdfObject::String(oxidize_pdf::parser::PdfString(b"(a)".to_vec())));
        let mut out = Vec::new();
        write_object(&mut out, &PdfObject::Dictionary(dict)).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<</Base#20Font#23 /STSong-Light /D 7 0 R /S <286129> /W [1 0.5 ] >>"
        );
    }

    #[test]
    fn the_update_chains_to_the_last_cross_reference_section() {
        let file = b"%PDF-1.4\nstartxref\n9\n%%EOF\nmore\nstartxref\n20\n%%EOF\n";
        assert_eq!(startxref(file), Some(20));
        assert_eq!(startxref(b"%PDF-1.4\nstartxref\n999\n%%EOF\n"), None);
        assert_eq!(startxref(b"%PDF-1.4\n"), None);
    }
}
