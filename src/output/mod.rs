//! Records -> files: CSV, Parquet, summary.md, summary.html, run.json. The only stage
//! besides `ingest` that touches the disk.
//!
//! A run's outputs are one set ([`OutputSet`]): each file is written under a temporary
//! name in OUTPUT_DIR and synced, and the set is put in place together, run.json last,
//! so a reader (or a run interrupted or killed half-way) never sees half a file or a
//! mix of two runs.

mod csv;
mod files;
pub mod html;
pub mod rows;
pub mod run_json;
pub mod schema;
mod set;
mod sink;
pub mod summary;

pub(crate) use csv::csv_field;
pub use csv::{csv_bytes, csv_line};
pub use files::{await_interrupt, clean_up_on_interrupt, is_temp_name, write_atomic, LOCK_FILE};
pub use set::{output_names, OutputSet};
pub use sink::{write_table, Chunk, TableSink};

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        v.sort();
        v
    }

    #[test]
    fn a_set_appears_whole_at_commit_with_run_json_and_replaces_the_previous_one() {
        let dir = tempfile::tempdir().unwrap();
        let old = ["reports.csv", "terms.parquet", "summary.md", "run.json", "notes.txt", ".vim.tmp"];
        for name in old {
            std::fs::write(dir.path().join(name), b"old").unwrap();
        }
        let (set, warnings) = OutputSet::open(dir.path()).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        set.write("reports.csv", |w| w.write_all(b"new")).unwrap();
        set.write("summary.md", |w| w.write_all(&[b'x'; 100_000])).unwrap();
        // staged, not yet in place
        assert_eq!(std::fs::read(dir.path().join("reports.csv")).unwrap(), b"old");
        set.commit(b"{}").unwrap();
        // the previous run's terms.parquet is gone with its set; files baogao does not
        // name are left alone
        assert_eq!(
            names(dir.path()),
            [".baogao.lock", ".vim.tmp", "notes.txt", "reports.csv", "run.json", "summary.md"]
        );
        assert_eq!(std::fs::read(dir.path().join("reports.csv")).unwrap(), b"new");
        assert_eq!(std::fs::read(dir.path().join("summary.md")).unwrap().len(), 100_000);
        assert_eq!(std::fs::read(dir.path().join("run.json")).unwrap(), b"{}");
    }

    #[test]
    fn a_set_dropped_before_commit_leaves_the_previous_outputs_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("reports.csv"), b"old").unwrap();
        {
            let (set, _) = OutputSet::open(dir.path()).unwrap();
            set.write("reports.csv", |w| w.write_all(b"new")).unwrap();
        }
        assert_eq!(names(dir.path()), [".baogao.lock", "reports.csv"]);
        assert_eq!(std::fs::read(dir.path().join("reports.csv")).unwrap(), b"old");
    }

    #[test]
    fn a_locked_folder_is_refused_naming_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let (_held, _) = OutputSet::open(dir.path()).unwrap();
        let err = OutputSet::open(dir.path()).err().expect("the folder is locked").to_string();
        assert!(err.contains(&std::process::id().to_string()), "{err}");
    }

    #[test]
    fn only_files_named_as_baogao_names_them_are_temporary() {
        assert!(is_temp_name(".baogao.reports.csv.a1B2c3.tmp"));
        for other in [".vimswap.tmp", ".reports.csv.tmp", ".baogao.tmp", LOCK_FILE, "reports.csv"] {
            assert!(!is_temp_name(other), "{other}");
        }
    }
}
