//! Build-time index of the bundled jieba dictionary (src/compare/jieba/dict.txt), for
//! `compare::segmenter`: the runs of consecutive lines whose words start with the same
//! two characters (the same one, for one-character words), each as three little-endian
//! u32s: first character, second character (0 for a one-character word), and the byte
//! offset where the run ends. A run starts where the one before it ends.

use std::path::PathBuf;

fn main() {
    let source = "src/compare/jieba/dict.txt";
    println!("cargo:rerun-if-changed={source}");
    // The binary is linked at a fixed address (not position-independent): as a PIE, its
    // dependencies' static tables (oxidize-pdf's CID maps, polars) need about 245,000
    // relocations, which the loader applies to 5 MB of pages at every start-up, on one
    // thread: a 1x run 5% slower (bench/README.md). Given up: the random load address of
    // baogao's own code; the stack, heap and libraries stay randomised.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    let dictionary = std::fs::read_to_string(source).expect("the bundled jieba dictionary is UTF-8");
    let mut index: Vec<u8> = Vec::new();
    let mut run: Option<(u32, u32)> = None;
    let mut at = 0usize;
    for line in dictionary.split_inclusive('\n') {
        let mut chars = line.split(' ').next().unwrap_or("").chars();
        let key = (chars.next().map_or(0, u32::from), chars.next().map_or(0, u32::from));
        if run.is_some_and(|r| r != key) {
            push(&mut index, run.expect("checked"), at);
        }
        run = Some(key);
        at += line.len();
    }
    if let Some(r) = run {
        push(&mut index, r, at);
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("dict_runs.bin");
    std::fs::write(out, index).expect("OUT_DIR is writable");
}

fn push(index: &mut Vec<u8>, (first, second): (u32, u32), end: usize) {
    index.extend(first.to_le_bytes());
    index.extend(second.to_le_bytes());
    index.extend(u32::try_from(end).expect("the dictionary is under 4 GB").to_le_bytes());
}
