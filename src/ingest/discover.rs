//! INPUT_DIR -> the files to read, sorted by path.
//!
//! Skipped without a word: hidden files and folders, Word's lock files (`~$x.docx`).
//! Skipped with a warning: the output folder and anything else baogao wrote (an older
//! output folder, a summary copied among the reports), so that no output is ever read
//! back as a report. A folder that cannot be walked (a symbolic link loop, no
//! permission, a path too long) is a failure of its own, in errors.csv.

use std::cell::RefCell;
use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Failure, InputError, RunError, Stage};

/// One file to read: its path and its id (path below INPUT_DIR without extension).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Input {
    pub report_id: String,
    pub path: PathBuf,
    /// Path below INPUT_DIR as written, for messages and errors.csv.
    pub shown: String,
    /// What is odd about its name (a name in GBK), for run.json.
    pub warnings: Vec<String>,
}

/// What a walk of INPUT_DIR found.
#[derive(Debug, Default)]
pub struct Discovered {
    pub inputs: Vec<Input>,
    /// Folders and links that could not be walked.
    pub failures: Vec<Failure>,
    /// What was left out as baogao's own: a warning per reason.
    pub skipped: Vec<String>,
}

/// What baogao writes, so that a walk leaves it out (the output stage names these).
#[derive(Debug, Clone, Copy)]
pub struct Ours<'a> {
    /// The output folder of this run.
    pub folder: &'a Path,
    /// The file names of a run's outputs: in INPUT_DIR itself (`-o .`) they are
    /// outputs, not reports.
    pub outputs: &'a [String],
    /// The lock file of an output folder, which marks one.
    pub lock_file: &'a str,
}

/// Every file below `dir`, sorted by path, but what baogao wrote (`ours`). A single
/// file is allowed too.
pub fn discover(dir: &Path, ours: Option<Ours>) -> Result<Discovered, RunError> {
    let meta = std::fs::metadata(dir).map_err(|cause| RunError::InputDir { path: dir.to_path_buf(), cause })?;
    if meta.is_file() {
        let input = input_for(dir, dir.parent().unwrap_or(Path::new("")));
        return Ok(Discovered { inputs: vec![input], ..Discovered::default() });
    }
    let output = ours.and_then(|o| std::fs::canonicalize(o.folder).ok());
    let root = std::fs::canonicalize(dir).ok();
    let output_is_root = output.is_some() && output == root;
    let skipped = RefCell::new(Vec::new());
    let keep = |e: &walkdir::DirEntry| {
        if e.depth() == 0 {
            return true;
        }
        let name = e.file_name();
        if is_hidden(name) || is_word_lock(name) {
            return false;
        }
        let shown = || shown_below(e.path(), dir).0;
        let ours_by_name = || ours.is_some_and(|o| o.outputs.iter().any(|n| name == n.as_str()));
        let why = if e.file_type().is_dir() {
            ours_folder(e.path(), output.as_deref(), ours)
        } else if output_is_root && e.depth() == 1 && ours_by_name() {
            Some("an output of this run's folder")
        } else {
            written_by_baogao(e.path())
        };
        match why {
            Some(why) => {
                skipped.borrow_mut().push((why, shown()));
                false
            }
            None => true,
        }
    };
    let mut found = Discovered::default();
    // Symbolic links are followed. A link that leads nowhere, a loop, a folder without
    // permission are failures of their own, reported as what they are.
    for entry in walkdir::WalkDir::new(dir).follow_links(true).sort_by_file_name().into_iter().filter_entry(keep) {
        match entry {
            Ok(entry) if entry.file_type().is_file() => found.inputs.push(input_for(entry.path(), dir)),
            Ok(_) => {}
            Err(e) => match e.path().filter(|p| *p != dir) {
                Some(path) => found.failures.push(Failure {
                    path: shown_below(path, dir).0,
                    stage: Stage::Read,
                    error: InputError::Walk(walk_error(&e)),
                }),
                None => {
                    let cause = e.into_io_error().unwrap_or_else(|| std::io::Error::other("file system loop"));
                    return Err(RunError::InputDir { path: dir.to_path_buf(), cause });
                }
            },
        }
    }
    found.inputs.sort();
    found.skipped = skip_warnings(skipped.into_inner());
    Ok(found)
}

/// One warning per reason for skipping, naming the first few it skipped.
fn skip_warnings(skipped: Vec<(&'static str, String)>) -> Vec<String> {
    let mut reasons: Vec<(&str, Vec<String>)> = Vec::new();
    for (why, shown) in skipped {
        match reasons.iter_mut().find(|(w, _)| *w == why) {
            Some((_, names)) => names.push(shown),
            None => reasons.push((why, vec![shown])),
        }
    }
    reasons
        .into_iter()
        .map(|(why, names)| {
            let more = names.len().saturating_sub(5);
            let listed = names.into_iter().take(5).collect::<Vec<_>>().join(", ");
            let more = if more > 0 { format!(" and {more} more") } else { String::new() };
            format!("not read as input, {why}: {listed}{more}")
        })
        .collect()
}

/// What went wrong walking to an entry, in words.
fn walk_error(e: &walkdir::Error) -> String {
    if let Some(ancestor) = e.loop_ancestor() {
        return format!("a symbolic link loop: it leads back to {}", ancestor.display());
    }
    match e.io_error() {
        Some(io) if io.kind() == std::io::ErrorKind::InvalidFilename => {
            "the path is too long for the system (over 4,096 bytes); move the files up or shorten the folder names"
                .into()
        }
        Some(io) if io.kind() == std::io::ErrorKind::PermissionDenied => {
            format!("cannot read this folder: permission denied ({io})")
        }
        Some(io) if io.kind() == std::io::ErrorKind::NotFound => {
            format!("a symbolic link to nothing (its target is gone): {io}")
        }
        Some(io) => format!("cannot walk to it: {io}"),
        None => e.to_string(),
    }
}

fn is_hidden(name: &OsStr) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
}

/// `~$report.docx`: the lock file Word keeps beside a document it has open.
fn is_word_lock(name: &OsStr) -> bool {
    name.as_encoded_bytes().starts_with(b"~$")
}

/// Why a folder is baogao's own: the run's output folder, or one baogao wrote before
/// (its lock file, or a run.json that says so).
fn ours_folder(path: &Path, output: Option<&Path>, ours: Option<Ours>) -> Option<&'static str> {
    if output.is_some_and(|o| std::fs::canonicalize(path).is_ok_and(|p| p == o)) {
        return Some("the output folder of this run");
    }
    let locked = ours.is_some_and(|o| path.join(o.lock_file).is_file());
    if locked || starts_with(&path.join("run.json"), b"{\n  \"tool\": \"baogao\"") {
        return Some("an output folder of an earlier run (it holds baogao's run.json)");
    }
    None
}

/// Why a file is baogao's own: a summary or a redline page it wrote.
fn written_by_baogao(path: &Path) -> Option<&'static str> {
    let ext = path.extension().and_then(OsStr::to_str).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("md") if starts_with(path, b"# baogao summary\n") => Some("a summary.md written by baogao"),
        Some("html" | "htm") => {
            let head = head_of(path, 1024);
            let marked = |m: &[u8]| head.windows(m.len()).any(|w| w == m);
            (marked(b"<meta name=\"generator\" content=\"baogao\"") || marked(b"<title>baogao summary</title>"))
                .then_some("a page written by baogao")
        }
        _ => None,
    }
}

fn starts_with(path: &Path, prefix: &[u8]) -> bool {
    head_of(path, prefix.len()).starts_with(prefix)
}

/// The first `n` bytes of a file (fewer if it is shorter or cannot be read).
fn head_of(path: &Path, n: usize) -> Vec<u8> {
    let mut head = Vec::with_capacity(n);
    if let Ok(file) = std::fs::File::open(path) {
        let _ = file.take(n as u64).read_to_end(&mut head);
    }
    head
}

/// The input of a file: its id and how it is shown are its path below `root`.
pub fn input_for(path: &Path, root: &Path) -> Input {
    let (shown, warnings) = shown_below(path, root);
    let report_id = match shown.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !ext.contains('/') => stem.to_string(),
        _ => shown.clone(),
    };
    Input { report_id, path: path.to_path_buf(), shown, warnings }
}

/// `path` below `root`, `/`-separated, with a name that is not UTF-8 read as GBK (as
/// archives unzipped on Chinese Windows leave them) or, failing that, its other
/// bytes written `\xNN`, so that two names never become one. Warnings say which.
fn shown_below(path: &Path, root: &Path) -> (String, Vec<String>) {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut warnings = Vec::new();
    let parts: Vec<String> = rel
        .components()
        .map(|c| {
            let name = c.as_os_str();
            if let Some(s) = name.to_str() {
                return s.to_string();
            }
            let bytes = name.as_encoded_bytes();
            match encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
                Some(s) => {
                    warnings.push(format!("the name {:?} is not UTF-8; read as GBK: {s}", name));
                    s.into_owned()
                }
                None => {
                    let escaped = escape_non_utf8(bytes);
                    warnings.push(format!(
                        "the name {escaped} is neither UTF-8 nor GBK; its other bytes are shown as \\xNN"
                    ));
                    escaped
                }
            }
        })
        .collect();
    (parts.join("/"), warnings)
}

/// The UTF-8 of `bytes` as it is, and every other byte as `\xNN`.
fn escape_non_utf8(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_id_is_the_path_below_input_without_extension() {
        let i = input_for(Path::new("/data/in/shanghai/2015.txt"), Path::new("/data/in"));
        assert_eq!((i.report_id.as_str(), i.shown.as_str()), ("shanghai/2015", "shanghai/2015.txt"));
        assert!(i.warnings.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn names_in_gbk_are_read_as_gbk_and_others_kept_apart() {
        use std::os::unix::ffi::OsStrExt;
        let (gbk, _, _) = encoding_rs::GBK.encode("上海市");
        let path = Path::new("/in").join(OsStr::from_bytes(&gbk)).join("2015.txt");
        let i = input_for(&path, Path::new("/in"));
        assert_eq!(i.shown, "上海市/2015.txt");
        assert!(i.warnings[0].contains("GBK"), "{:?}", i.warnings);
        let path = Path::new("/in").join(OsStr::from_bytes(b"a\xFF\xFEb")).join("2015.txt");
        assert_eq!(input_for(&path, Path::new("/in")).shown, "a\\xFF\\xFEb/2015.txt");
    }
}
