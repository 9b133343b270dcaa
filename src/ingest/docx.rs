//! `.docx` bytes -> text: the paragraphs of `word/document.xml` in order, one per
//! line, table cells included; headers, footers and notes live in other parts of the
//! package and are not read. Tracked changes read as accepted (deleted and moved-away
//! text left out); a text box's paragraphs follow the paragraph it is anchored in, once
//! (not again from the fallback copy Word writes for older readers).

use std::io::{Cursor, Read};

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::reader::Reader;

use crate::error::InputError;

/// Largest `document.xml` read, so a zip bomb cannot exhaust memory.
const MAX_XML_BYTES: u64 = 256 << 20;

pub fn docx_text(bytes: &[u8]) -> Result<String, InputError> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| InputError::Docx(format!("not a zip package ({e})")))?;
    let mut part = zip
        .by_name("word/document.xml")
        .map_err(|e| InputError::Docx(format!("no word/document.xml ({e}); is this a Word 2007+ file?")))?;
    let mut xml = Vec::new();
    part.by_ref()
        .take(MAX_XML_BYTES)
        .read_to_end(&mut xml)
        .map_err(|e| InputError::Docx(format!("cannot inflate word/document.xml ({e})")))?;
    paragraphs(&xml).map_err(|e| InputError::Docx(format!("malformed word/document.xml ({e})")))
}

/// Elements whose text is not the document's: the fallback copy of a drawing or text
/// box (`mc:Fallback`, the same text again for older readers), and text a tracked
/// change moved elsewhere (`w:moveFrom`; deleted text is `w:delText`, never read).
const SKIPPED: &[&str] = &["Fallback", "moveFrom"];

fn paragraphs(xml: &[u8]) -> Result<String, quick_xml::Error> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    // the text of the body, and of each text box open (its paragraphs go after the
    // paragraph that holds it)
    let mut out: Vec<String> = vec![String::new()];
    let mut boxes = String::new();
    let (mut in_text, mut skipped) = (false, 0usize);
    loop {
        let event = reader.read_event_into(&mut buf)?;
        match &event {
            Event::Start(e) if SKIPPED.contains(&e.local_name().as_ref()) => skipped += 1,
            Event::End(e) if SKIPPED.contains(&e.local_name().as_ref()) => skipped = skipped.saturating_sub(1),
            Event::Eof => break,
            _ if skipped > 0 => {}
            Event::Start(e) if e.local_name().as_ref() == "txbxContent" => out.push(String::new()),
            Event::End(e) if e.local_name().as_ref() == "txbxContent" && out.len() > 1 => {
                let text = out.pop().unwrap_or_default();
                boxes.push_str(&text);
            }
            Event::End(e) if e.local_name().as_ref() == "p" && out.len() == 1 => {
                out[0].push('\n');
                out[0].push_str(&std::mem::take(&mut boxes));
            }
            _ => {
                let current = out.last_mut().expect("never empty");
                in_text = text_event(&event, current, in_text)?;
            }
        }
        buf.clear();
    }
    let mut text = out.swap_remove(0);
    text.push_str(&boxes);
    Ok(text)
}

/// Writes what `event` adds to the text (a run's text, a tab, a line break, the end of
/// a paragraph or cell); returns whether a `w:t` is open after it.
fn text_event(event: &Event, out: &mut String, in_text: bool) -> Result<bool, quick_xml::Error> {
    match event {
        Event::Start(e) if e.local_name().as_ref() == "t" => return Ok(true),
        Event::End(e) => match e.local_name().as_ref() {
            "t" => return Ok(false),
            "p" => out.push('\n'),
            "tc" => out.push('\t'),
            _ => {}
        },
        Event::Empty(e) => match e.local_name().as_ref() {
            "tab" => out.push('\t'),
            "br" | "cr" => out.push('\n'),
            _ => {}
        },
        Event::Text(t) if in_text => out.push_str(&t.xml10_content()),
        Event::GeneralRef(r) if in_text => {
            if let Some(c) = r.resolve_char_ref()? {
                out.push(c);
            } else if let Some(s) = resolve_predefined_entity(r) {
                out.push_str(s);
            }
        }
        _ => {}
    }
    Ok(in_text)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// A minimal .docx with the given `<w:body>` content.
    pub fn make_docx(body: &str) -> Vec<u8> {
        let mut cursor = Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut cursor);
            let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
            zip.start_file("[Content_Types].xml", opts).unwrap();
            zip.write_all(b"<?xml version=\"1.0\"?><Types/>").unwrap();
            zip.start_file("word/document.xml", opts).unwrap();
            write!(zip, "<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body>{body}</w:body></w:document>")
                .unwrap();
            zip.start_file("word/footer1.xml", opts).unwrap();
            zip.write_all(b"<w:ftr xmlns:w=\"w\"><w:p><w:r><w:t>FOOTER</w:t></w:r></w:p></w:ftr>").unwrap();
            zip.finish().unwrap();
        }
        cursor.into_inner()
    }

    #[test]
    fn paragraphs_runs_and_tables_in_order_without_footer() {
        let body = "<w:p><w:r><w:t>政府</w:t></w:r><w:r><w:t xml:space=\"preserve\">工作报告 &amp; 附表</w:t></w:r></w:p>\
                    <w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>6%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        let text = docx_text(&make_docx(body)).unwrap();
        assert_eq!(text, "政府工作报告 & 附表\n指标\n\t6%\n\t");
        assert!(!text.contains("FOOTER"));
    }

    #[test]
    fn text_boxes_once_after_their_paragraph_and_tracked_moves_as_accepted() {
        let para = |t: &str| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>");
        let boxed = format!(
            "<w:p><w:r><w:t>城镇新增就业3.2万人。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">\
             <w:drawing><wps:txbx><w:txbxContent>{}{}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>\
             <mc:Fallback><w:pict><v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox></w:pict></mc:Fallback>\
             </mc:AlternateContent></w:r><w:r><w:t>失业率5.5%。</w:t></w:r></w:p>",
            para("专栏1：主要指标"),
            para("地区生产总值增长6.5%。"),
            para("专栏1：主要指标")
        );
        let moved = "<w:moveFrom w:id=\"5\"><w:p><w:r><w:t>旧处的段落。</w:t></w:r></w:p></w:moveFrom>\
                     <w:p><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:ins><w:r><w:t>增长6%。</w:t></w:r></w:ins></w:p>";
        let text = docx_text(&make_docx(&format!("{boxed}{moved}"))).unwrap();
        assert_eq!(text, "城镇新增就业3.2万人。失业率5.5%。\n专栏1：主要指标\n地区生产总值增长6.5%。\n增长6%。\n");
    }

    #[test]
    fn truncated_docx_is_a_clear_error() {
        let bytes = make_docx("<w:p><w:r><w:t>内容</w:t></w:r></w:p>");
        let err = docx_text(&bytes[..bytes.len() / 2]).unwrap_err();
        assert!(matches!(err, InputError::Docx(_)), "{err}");
    }
}
