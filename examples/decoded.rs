//! Print the decoded text of a report (before normalisation), the text that
//! `char_start`/`char_end` of indicators.csv and the gold set's line numbers refer to.
//!
//!     cargo run --release --example decoded -- FILE
fn main() {
    let path = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: decoded FILE"));
    let root = path.parent().unwrap_or(std::path::Path::new("")).to_path_buf();
    let input = baogao::ingest::input_for(&path, &root);
    match baogao::ingest::read(&input, 1 << 30) {
        Ok(doc) => print!("{}", doc.text),
        Err(f) => {
            eprintln!("{}: {}", f.path, f.error);
            std::process::exit(1);
        }
    }
}
