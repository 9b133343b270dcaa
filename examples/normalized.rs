//! Print the normalised text of a report, one paragraph per line (for debugging input quirks).
//!
//!     cargo run --release --example normalized -- FILE
fn main() {
    let path = std::env::args().nth(1).expect("usage: normalized FILE");
    let bytes = std::fs::read(&path).expect("readable file");
    let decoded = baogao::ingest::decode::decode(&bytes, None).expect("decodable text");
    print!("{}", baogao::normalize::normalize(&decoded.text).text);
}
