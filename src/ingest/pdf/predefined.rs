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

/// The predefined CMaps handled, with their codespace ranges (first byte ranges,
/// then each later byte's) in the order the Adobe resource declares them, which is
/// the order oxidize-pdf tries them in.
const CODESPACES: [(&str, &[&[(u8, u8)]]); 4] = [
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

/// A font to speed up: its object, its resource name on some page (what oxidize-pdf's
/// font resolver wants), its CMap, and the codes shown with it.
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
        let mut current = None;
        for op in ops {
            let shown: Vec<Vec<u8>> = match op {
                ContentOperation::SetFont(name, _) => {
                    current = on_page.get(&name).copied();
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
                for s in &shown {
                    font.codes.extend(split(font.cmap, s).map(<[u8]>::to_vec));
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
