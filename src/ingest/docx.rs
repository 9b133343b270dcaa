//! `.docx` bytes -> text: the paragraphs of `word/document.xml` in order, one per
//! line, table cells included; headers, footers and notes live in other parts of the
//! package and are not read.

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

fn paragraphs(xml: &[u8]) -> Result<String, quick_xml::Error> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event_into(&mut buf)? {
            Event::Start(e) if e.local_name().as_ref() == "t" => in_text = true,
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
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
                } else if let Some(s) = resolve_predefined_entity(&r) {
                    out.push_str(s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
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
    fn truncated_docx_is_a_clear_error() {
        let bytes = make_docx("<w:p><w:r><w:t>内容</w:t></w:r></w:p>");
        let err = docx_text(&bytes[..bytes.len() / 2]).unwrap_err();
        assert!(matches!(err, InputError::Docx(_)), "{err}");
    }
}
