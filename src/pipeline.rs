//! One report through the per-report stages, in order, each returning its own record:
//!
//! ```text
//! ingest::read      Input    -> Document   (bytes decoded, with provenance)
//! normalize + meta  Document -> Prepared   (clean text, offset map, metadata)
//! segment           Prepared -> Report     (sections and sentences)
//! extract           Report   -> Indicators (run by the callers: `run`, `extract`)
//! ```
//!
//! A run holds every input as a [`Prepared`] and segments a batch at a time; the
//! single-file commands go straight to a [`Report`] with [`load`].

use crate::config::Settings;
use crate::error::{Failure, InputError, Stage};
use crate::ingest::{self, Input};
use crate::model::{Document, OffsetMap, Prepared, Report};
use crate::{meta, normalize, segment};

/// A decoded document -> its normalised text and metadata.
pub fn normalize(doc: Document, settings: &Settings) -> Result<Prepared, InputError> {
    let clean = normalize::normalize_with(&doc.text, &settings.chrome);
    if !clean.text.chars().any(ingest::decode::is_cjk) {
        return Err(InputError::NoText);
    }
    if is_a_resolution(&clean.text) {
        return Err(InputError::NotAReport(
            "the file is the congress's resolution on the work report (关于政府工作报告的决议), not the report".into(),
        ));
    }
    let meta = meta::read_meta(&clean.text, &doc.text, &doc.report_id, &settings.file.regions.aliases)?;
    let mut warnings = doc.warnings;
    warnings.extend(meta.warnings.iter().cloned());
    if clean.cut > 0 {
        let what = if clean.cut == 1 { "a passage".to_string() } else { format!("{} passages", clean.cut) };
        warnings.push(format!(
            "{what} too long without sentence punctuation (。！？；): cut into paragraphs of at most {} chars, after commas where there are some",
            normalize::MAX_UNPUNCTUATED_CHARS
        ));
    }
    Ok(Prepared {
        doc_path: doc.path,
        meta,
        source_format: doc.source_format,
        encoding: doc.encoding,
        sha256: doc.sha256,
        offsets: OffsetMap::from_offsets(&clean.offsets),
        text: clean.text,
        warnings,
        reader: doc.reader,
    })
}

/// Whether a text is the resolution a congress passes on the work report (某市第八届人民代表大会
/// 第二次会议关于政府工作报告的决议), saved beside the report: its title says so in the first
/// lines and it never greets the deputies (各位代表) as the report does.
fn is_a_resolution(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(3);
    let titled = lines.any(|l| l.contains("政府工作报告的决议") || l.contains("政府工作报告的決議"));
    titled && !text.contains("各位代表")
}

/// A prepared report -> the complete report, cut into sections and sentences.
pub fn segment(p: Prepared) -> Report {
    let years = segment::Years {
        review: p.meta.review_year,
        plan: p.meta.target_year(),
        late: p.meta.reviews_year_of_delivery(),
    };
    let seg = segment::segment(&p.text, years);
    Report {
        doc_path: p.doc_path,
        meta: p.meta,
        source_format: p.source_format,
        encoding: p.encoding,
        sha256: p.sha256,
        text: p.text,
        offsets: p.offsets,
        sentences: seg.sentences,
        sections: seg.sections,
        warnings: p.warnings,
        reader: p.reader,
    }
}

/// A decoded document -> a complete report: [`normalize`], then [`segment`].
pub fn prepare(doc: Document, settings: &Settings) -> Result<Report, InputError> {
    normalize(doc, settings).map(segment)
}

/// Read, decode and normalise one input and read its metadata.
pub fn ingest(input: &Input, settings: &Settings) -> Result<Prepared, Failure> {
    let doc = ingest::read(input, settings.file.ingest.max_file_bytes)?;
    normalize(doc, settings).map_err(|error| Failure { path: input.shown.clone(), stage: Stage::Metadata, error })
}

/// Read one input to a complete report: [`ingest`], then [`segment`].
pub fn load(input: &Input, settings: &Settings) -> Result<Report, Failure> {
    ingest(input, settings).map(segment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_resolution_on_a_report_is_no_report() {
        let resolution = "某市第八届人民代表大会第二次会议关于政府工作报告的决议\n（2023年1月15日通过）\n\
            会议同意报告提出的2023年主要预期目标，地区生产总值增长6%左右，决定批准这个报告。";
        let doc = Document::txt(resolution);
        let err = normalize(doc, crate::config::test_settings()).map(|_| ()).expect_err("not a report");
        assert!(err.to_string().contains("resolution"), "{err}");
        // a report that names the resolution further on is a report
        let report = "政府工作报告\n——2023年1月12日在某市第八届人民代表大会第二次会议上\n各位代表：\n\
            一、2022年工作回顾\n地区生产总值增长6.5%。\n";
        assert!(normalize(Document::txt(report), crate::config::test_settings()).is_ok());
    }
}
