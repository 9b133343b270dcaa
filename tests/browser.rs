//! summary.html in a real browser: headless Chromium loads it without console errors
//! and renders a page of the expected size that is not blank.
//!
//! Skips with a message when Chromium is not installed, unless
//! BAOGAO_REQUIRE_BROWSER=1 (as in .ci/run, which installs it).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"].iter().find_map(|name| {
        std::env::var_os("PATH")?.to_str()?.split(':').map(|d| Path::new(d).join(name)).find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("BAOGAO_REQUIRE_BROWSER").is_none(),
            "BAOGAO_REQUIRE_BROWSER is set but Chromium is not installed"
        );
        eprintln!("SKIPPED: Chromium not installed (apt-get install chromium)");
    }
    found
}

fn headless(browser: &Path, profile: &Path) -> Command {
    let mut c = Command::new(browser);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--enable-logging=stderr",
        "--v=0",
    ]);
    c.arg(format!("--user-data-dir={}", profile.display()));
    c
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    (be(16), be(20))
}

#[test]
fn summary_html_renders_in_chromium_without_console_errors() {
    let Some(browser) = chromium() else { return };
    let input = common::corpus().unwrap_or_else(common::seeds);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let status = Command::new(common::bin())
        .args(["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"])
        .status()
        .unwrap();
    assert!(status.success());
    let page = format!("file://{}", out.join("summary.html").display());

    let dom = headless(&browser, &dir.path().join("p1")).args(["--dump-dom", &page]).output().unwrap();
    assert!(dom.status.success(), "chromium failed: {}", String::from_utf8_lossy(&dom.stderr));
    let html = String::from_utf8_lossy(&dom.stdout);
    assert!(html.contains("<h1>baogao summary</h1>"), "page not loaded");
    assert!(html.matches("<svg").count() >= 1, "no charts in the rendered page");
    let log = String::from_utf8_lossy(&dom.stderr);
    let console_errors: Vec<&str> =
        log.lines().filter(|l| l.contains("CONSOLE") && (l.contains("rror") || l.contains("Uncaught"))).collect();
    assert!(console_errors.is_empty(), "console errors: {console_errors:?}");

    let shot = dir.path().join("summary.png");
    let run = headless(&browser, &dir.path().join("p2"))
        .args([&format!("--screenshot={}", shot.display()), "--window-size=1000,1400", &page])
        .output()
        .unwrap();
    assert!(run.status.success(), "screenshot failed: {}", String::from_utf8_lossy(&run.stderr));
    let png = std::fs::read(&shot).unwrap();
    assert_eq!(png_size(&png), (1000, 1400));
    // a blank page compresses to a few KB; text, tables and charts do not
    assert!(png.len() > 20_000, "screenshot looks blank ({} bytes)", png.len());
    if let Some(keep) = std::env::var_os("BAOGAO_SCREENSHOT") {
        std::fs::copy(&shot, keep).unwrap();
    }
}
