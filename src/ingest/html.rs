//! `.html` bytes -> article text with paragraph breaks.
//!
//! A small tag scanner, not a full HTML parser: government pages are simple, and
//! what matters is dropping `<script>`, `<style>`, `<nav>`, `<header>`, `<footer>`
//! and friends, turning block elements into line breaks, and decoding entities (with
//! `htmlize`, which knows the whole HTML5 set). The character set comes from
//! `<meta charset>` when the page names one.

use std::sync::LazyLock;

use regex::bytes::Regex as BytesRegex;

use crate::error::InputError;

/// Elements whose content is never report text. Not `form`: ASP.NET sites wrap the whole
/// body in `<form id="form1">`; only its controls are dropped (`input` is empty, and
/// `option` is dropped with its `select` or `datalist`: its end tag is optional, and an
/// unclosed one would hide the rest of the page).
const SKIP: &[&str] = &[
    "script", "style", "nav", "header", "footer", "noscript", "iframe", "svg", "select", "datalist", "button",
    "textarea", "head", "template",
];
/// Elements that end a paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "hr",
    "td",
    "th",
];

/// Boxes that may hold a page's chrome, and the words in a `class` or `id` that say
/// they do: navigation bars, menus, breadcrumbs, share and search bars, footers. Not
/// `li`, `p` or `td`: their end tags are optional, and a box never closed would hide
/// the rest of the page.
const CHROME_BOXES: &[&str] = &["div", "ul", "ol", "dl", "section", "aside", "table", "span"];
const CHROME_NAMES: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "crumb",
    "crumbs",
    "position",
    "share",
    "search",
    "footer",
    "foot",
    "sitemap",
];

static CLASS_OR_ID: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r#"(?i)\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#).expect("valid regex")
});

static CHARSET: LazyLock<BytesRegex> =
    LazyLock::new(|| BytesRegex::new(r#"(?i)<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_\-]+)"#).expect("valid regex"));

/// The charset a page declares in its first 4 KB.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    CHARSET.captures(head).map(|c| String::from_utf8_lossy(&c[1]).into_owned())
}

/// The report text of a decoded HTML page ([`html_text`]), or why the page holds none:
/// a page with no sentence (no 。) outside its links is a frameset, a redirect, an
/// error page, an attachment's page or a list of links, not a report. Read as one,
/// it would give no numbers, and could take the region and year of the real report.
pub fn report_text(html: &str) -> Result<String, InputError> {
    let page = scan(html);
    if page.prose {
        return Ok(page.text);
    }
    Err(InputError::NotAReport(why_no_report(html, &page.text)))
}

/// Visible text of a decoded HTML page. A page title that names a work report
/// (`<title>2015年某市政府工作报告_某市人民政府</title>`) is its first line: a saved page
/// may name its region and year nowhere else.
pub fn html_text(html: &str) -> String {
    scan(html).text
}

/// Whether an `<a …>` tag is a link: it has a target (href, onclick), or nothing at all
/// (`<a>2024年某县政府工作报告</a>`, a link a script fills in); not an anchor named for a
/// jump (`<a name="top">`, often left open).
fn is_link(tag: &str) -> bool {
    let tag = tag.to_ascii_lowercase();
    tag.trim() == "a" || tag.contains("href") || tag.contains("onclick")
}

/// A page's visible text, and whether any of it outside links is a sentence.
struct Page {
    text: String,
    prose: bool,
}

fn scan(html: &str) -> Page {
    let mut out = String::with_capacity(html.len() / 2);
    if let Some(t) = report_title(html) {
        push_text(&mut out, t.trim());
        out.push('\n');
    }
    let mut skip_depth: Vec<String> = Vec::new();
    let (mut links, mut prose) = (0usize, false);
    // the current line's start, and whether any of its text stands outside links
    let (mut line_start, mut line_prose) = (out.len(), false);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        if skip_depth.is_empty() {
            let from = out.len();
            push_text(&mut out, &rest[..lt]);
            prose = prose || links == 0 && has_sentence(&out[from..]);
            line_prose = line_prose || links == 0 && !out[from..].trim().is_empty();
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        // links count until their end tag or the next block (an anchor left open
        // (<a name=top>) is no link; neither is text after a block it failed to close)
        if BLOCK.contains(&name.as_str()) {
            links = 0;
        } else if name == "a" && closing {
            links = links.saturating_sub(1);
        } else if name == "a" && !tag.ends_with('/') && is_link(tag) {
            links += 1;
        }
        if name == "sup" && !closing && skip_depth.is_empty() {
            if let Some((text, len)) = superscript(rest, &out) {
                out.push_str(text);
                rest = &rest[len..];
                continue;
            }
        }
        // a skipped box's own kind is counted inside it, so that its end tag is found
        let skipped = SKIP.contains(&name.as_str()) || skip_depth.contains(&name) || is_chrome_box(&name, tag);
        if closing {
            if let Some(i) = skip_depth.iter().rposition(|n| *n == name) {
                skip_depth.truncate(i);
                continue;
            }
        } else if skipped && !tag.ends_with('/') {
            skip_depth.push(name);
            continue;
        }
        let after_label = matches!(name.as_str(), "td" | "th") && ends_with_label(&out[line_start..]);
        if skip_depth.is_empty() && BLOCK.contains(&name.as_str()) && !out.ends_with('\n') && !after_label {
            // a line that is only links is navigation (a sidebar's 2024年某县政府工作报告,
            // 上一篇), never report text
            if !line_prose {
                out.truncate(line_start);
            }
            if !out.ends_with('\n') {
                out.push('\n');
            }
            (line_start, line_prose) = (out.len(), false);
        }
    }
    if skip_depth.is_empty() {
        let from = out.len();
        push_text(&mut out, rest);
        prose = prose || has_sentence(&out[from..]);
    }
    Page { text: out, prose }
}

/// Whether text holds the end of a sentence: a 。, or a point written for one after a
/// Chinese word (增长6.5%．全年, 3万人.城镇), as some pages write it (the normaliser
/// reads those as 。).
fn has_sentence(text: &str) -> bool {
    if text.contains('。') {
        return true;
    }
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let word = |c: &char| super::decode::is_cjk(*c) || *c == '%' || *c == '％';
    chars.windows(3).any(|w| matches!(w[1], '.' | '．') && word(&w[0]) && super::decode::is_cjk(w[2]))
        || chars.len() >= 2 && matches!(chars[chars.len() - 1], '.' | '．') && word(&chars[chars.len() - 2])
}

/// Whether a line so far is a label (a short field name and its colon: 索引号：,
/// 文　　号:), whose value the next table cell holds: the two are one line.
fn ends_with_label(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| c.is_whitespace());
    let Some(name) = t.strip_suffix('：').or_else(|| t.strip_suffix(':')) else { return false };
    let name = name.trim_start();
    (1..=8).contains(&name.chars().count()) && !name.contains(['：', ':', '，', '。'])
}

static FRAME: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r#"(?i)<frame\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)"#).expect("valid regex"));
static REFRESH: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r#"(?i)<meta\b[^>]*refresh[^>]*\burl\s*=\s*['"]?([^"'\s>;]+)"#).expect("valid regex")
});
static ATTACHMENT: LazyLock<regex::Regex> = LazyLock::new(|| {
    // a link to the file, or a viewer that shows it (<iframe src="viewer.html?file=/a.pdf">)
    regex::Regex::new(r#"(?i)\b(?:href|src|file|data)\s*=\s*["']?([^"'\s>?&]+\.(?:pdf|docx?|wps|txt))\b"#)
        .expect("valid regex")
});
static NOT_FOUND: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)页面不存在|访问的页面|已被删除|已删除|找不到|无法找到|\b404\b|not found")
        .expect("valid regex")
});

/// Chinese chars over which a page without a 。 is text lost its full stops, not a menu.
const LONG_TEXT_CHARS: usize = 500;

/// What a page without report text is, for the error message.
fn why_no_report(html: &str, text: &str) -> String {
    if html.get(..html.len().min(8192)).is_some_and(|h| h.to_ascii_lowercase().contains("<frameset")) {
        let frames: Vec<&str> = FRAME.captures_iter(html).map(|c| c.get(1).map_or("", |m| m.as_str())).collect();
        return match frames.len() {
            0 => "the page is a frameset".to_string(),
            _ => format!(
                "the page is a frameset; its report is in one of its frames ({}): save that page",
                frames.join(", ")
            ),
        };
    }
    if let Some(c) = REFRESH.captures(html) {
        return format!("the page redirects to {}: save that page", &c[1]);
    }
    if NOT_FOUND.is_match(text) {
        return "the page is an error page (page not found)".to_string();
    }
    if let Some(c) = ATTACHMENT.captures(html) {
        return format!("the report is an attachment ({}): download it and give baogao that file", &c[1]);
    }
    let chars = text.chars().filter(|&c| super::decode::is_cjk(c)).count();
    if chars >= LONG_TEXT_CHARS {
        return format!(
            "the page has no sentence (no 。) outside its links, though {chars} Chinese chars of text: a report whose full stops were lost? Add them, or save the text as .txt to read it without sentences"
        );
    }
    "the page has no sentence (。) outside its links: a list of links, a menu, or a report cut short".to_string()
}

/// Whether a start tag opens a box of page chrome: `<div class="nav">`,
/// `<ul id="mainMenu">`, `<div class="bread-crumb">`. The class and id are cut into
/// words at `-` and `_` (and spaces); a word that names chrome, or starts or ends with
/// nav or menu (topnav, menulist), marks the box.
fn is_chrome_box(name: &str, tag: &str) -> bool {
    if !CHROME_BOXES.contains(&name) || !tag.contains('=') {
        return false;
    }
    let chrome_word = |w: &str| {
        let w = w.to_ascii_lowercase();
        CHROME_NAMES.contains(&w.as_str()) || ["nav", "menu"].iter().any(|p| w.starts_with(p) || w.ends_with(p))
    };
    CLASS_OR_ID.captures_iter(tag).any(|c| {
        let value = c.get(1).or(c.get(2)).or(c.get(3)).map_or("", |m| m.as_str());
        value.split(|c: char| c.is_whitespace() || c == '-' || c == '_').any(chrome_word)
    })
}

/// What a `<sup>` stands for, when it is a footnote mark or the exponent of a unit:
/// `rest` is the page after its start tag, `before` the text so far. Returns the text
/// to write (nothing for a mark, `²`/`³` for m², km³) and the bytes of `rest` that the
/// element takes with its end tag; `None` for any other superscript, which is read
/// as text. A mark left in the text is glued to the next number (企业<sup>2</sup>56家
/// read 256家) or to the subject before it (总值<sup>1</sup>增长 loses its indicator).
fn superscript(rest: &str, before: &str) -> Option<(&'static str, usize)> {
    // a mark is short: a page without its end tag is not searched to its end
    let window = &rest.as_bytes()[..rest.len().min(200)];
    let end = window.windows(5).position(|w| w.eq_ignore_ascii_case(b"</sup"))?;
    let len = end + rest[end..].find('>')? + 1;
    let inner = visible(&rest[..end]);
    let inner = inner.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
    // m<sup>2</sup>: square and cubic metres (km, cm, mm too)
    if before.ends_with('m') {
        match inner {
            "2" => return Some(("²", len)),
            "3" => return Some(("³", len)),
            _ => {}
        }
    }
    is_footnote_mark(inner).then_some(("", len))
}

/// The text of a fragment without its tags, entities decoded (`<a href="#n1">[1]</a>`).
fn visible(fragment: &str) -> String {
    let mut text = String::new();
    for (i, piece) in fragment.split('<').enumerate() {
        let piece = if i == 0 { piece } else { piece.split_once('>').map_or("", |(_, t)| t) };
        push_text(&mut text, piece);
    }
    text
}

/// 1, 12, [3], （4）, ①, ⑴, ❶, *, ※, †: what marks a footnote.
pub(crate) fn is_footnote_mark(s: &str) -> bool {
    let brackets = ['[', ']', '［', '］', '(', ')', '（', '）', '〔', '〕', '【', '】'];
    let number = s.trim_matches(brackets);
    let digits = !number.is_empty() && number.chars().count() <= 3 && number.chars().all(|c| c.is_ascii_digit());
    let circled = |c: char| matches!(c, '\u{2460}'..='\u{249B}' | '\u{24EA}'..='\u{24FF}' | '\u{2776}'..='\u{2793}');
    let star = |c: char| matches!(c, '*' | '＊' | '※' | '†' | '‡');
    digits || (!s.is_empty() && (s.chars().all(star) || (s.chars().count() == 1 && s.chars().all(circled))))
}

/// The text of the page's `<title>` (in its first 8 KB), if it names a work report.
fn report_title(html: &str) -> Option<&str> {
    let head = &html.as_bytes()[..html.len().min(8192)];
    let open = head.windows(6).position(|w| w.eq_ignore_ascii_case(b"<title"))?;
    let start = open + html[open..].find('>')? + 1;
    let len = html[start..].find('<')?;
    let t = &html[start..start + len];
    (t.contains("工作报告") || t.contains("工作報告")).then_some(t)
}

/// Text between tags, its entities decoded as a browser decodes them (the full HTML5
/// set, `&nbsp` without its semicolon too).
fn push_text(out: &mut String, raw: &str) {
    let once = htmlize::unescape(raw);
    // a page whose editor escaped its entities again shows `&amp;nbsp;` as `&nbsp;`: no
    // report writes an entity's name as text, so a second pass reads them
    let text = if raw.contains("&amp;") { htmlize::unescape(once) } else { once };
    push_spaced(out, &text);
}

/// HTML collapses source line breaks into spaces; the normaliser drops spaces
/// between Chinese characters later.
fn push_spaced(out: &mut String, s: &str) {
    for c in s.chars() {
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_styles_and_navigation_are_dropped() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body><nav>首页 | 下载</nav>\
                    <p>政府工作报告</p><script>var x = '<p>';</script><div>增长6.5%&nbsp;左右&amp;。</div>\
                    <!-- 注释 --><footer>责任编辑</footer></body></html>";
        assert_eq!(html_text(html), "\n政府工作报告\n增长6.5%\u{a0}左右&。\n");
    }

    #[test]
    fn a_page_title_that_names_a_work_report_is_the_first_line() {
        let html = "<html><head><TITLE>2015年某市政府工作报告_某市人民政府</TITLE></head><body><p>各位代表：</p></body></html>";
        assert_eq!(html_text(html), "2015年某市政府工作报告_某市人民政府\n各位代表：\n");
        // any other page title stays out of the text
        assert_eq!(html_text("<head><title>新闻中心</title></head><p>正文</p>"), "\n正文\n");
    }

    #[test]
    fn a_form_around_the_body_keeps_the_report_and_drops_its_controls() {
        // ASP.NET pages wrap the whole body in one form
        let html = "<body><form id=\"form1\" method=\"post\"><input type=\"hidden\" value=\"/wEPD\">\
                    <input type=\"text\" value=\"请输入关键字\"><button>搜索</button>\
                    <select><option>部门网站<option>区县网站</select><textarea>留言</textarea>\
                    <p>一、工作回顾</p><p>增长6%。</p></form></body>";
        assert_eq!(html_text(html), "\n一、工作回顾\n增长6%。\n");
    }

    #[test]
    fn footnote_marks_in_sup_are_dropped() {
        assert_eq!(
            html_text("新增企业<sup>2</sup>56家，地区生产总值<SUP> 1 </SUP>增长2.1%"),
            "新增企业56家，地区生产总值增长2.1%"
        );
        for mark in ["[3]", "（4）", "①", "⑴", "❶", "*", "※", "<a href=\"#fn12\">[12]</a>", "&#9312;"] {
            assert_eq!(html_text(&format!("企业<sup>{mark}</sup>56家")), "企业56家", "{mark}");
        }
    }

    #[test]
    fn a_unit_exponent_in_sup_is_kept_as_a_superscript() {
        assert_eq!(html_text("面积120万m<sup>2</sup>，库容3亿m<sup>3</sup>"), "面积120万m²，库容3亿m³");
        // other superscripts are read as text; a tag never closed is not searched for
        assert_eq!(html_text("第21<sup>st</sup>届，x<sup>n</sup>"), "第21st届，xn");
        assert_eq!(html_text("企业<sup>2"), "企业2");
        // a mark after a Latin name is still a mark
        assert_eq!(html_text("GDP<sup>2</sup>增长6%"), "GDP增长6%");
    }

    #[test]
    fn boxes_of_chrome_are_dropped_by_their_class_or_id() {
        let html = "<div class=\"top nav\"><ul><li><a>首页</a></li><li><div>走进本市</div></li></ul></div>\
                    <ul id='mainMenu'><li>政务公开<li>政务服务</ul><div class=bread-crumb>您的位置：首页</div>\
                    <div class=\"search_box\"><a>搜索</a></div><div class=\"content\"><p>各位代表：</p></div>\
                    <div class=\"share\">分享到：微信</div><div id=\"footer\"><p>主办单位：某市</p></div><p>完</p>";
        assert_eq!(html_text(html), "\n各位代表：\n完\n");
        // words that only contain a chrome word are not chrome; the body is never a box
        let kept = "<body class=\"nav-open\"><div class=\"research canvas\"><p>各位代表：</p></div></body>";
        assert_eq!(html_text(kept), "\n各位代表：\n");
        let items = "<ul><li class=\"nav-item\">首页<li class=\"nav-item\">政务公开</ul><p>各位代表：</p>";
        assert_eq!(html_text(items), "\n首页\n政务公开\n各位代表：\n");
    }

    #[test]
    fn the_shipped_chrome_patterns_drop_a_scraped_page_s_chrome() {
        let chrome = crate::config::builtin_settings(Default::default()).unwrap().chrome;
        let page = "<p>您现在的位置：首页 &gt; 政务公开</p><p>搜索</p><p>当前位置：首页</p><p>分享到：微信 微博</p>\
                    <p>各位代表：</p><p>全年增长6%。</p><p>全年增长6%。</p><p>全年增长6%。</p><p>全年增长6%。</p>\
                    <p>打印本页 关闭窗口</p><p>上一篇：2022年报告</p><p>下一篇：2024年报告</p>\
                    <p>主办单位：某市人民政府办公室 承办：某市大数据中心</p><p>版权所有 © 某市人民政府</p>\
                    <p>网站标识码：5100000001 某ICP备05000000号</p><p>建议使用1920×1080分辨率浏览</p>";
        let text = crate::normalize::normalize_with(&html_text(page), &chrome).text;
        assert_eq!(text, ["各位代表：", "全年增长6%。", "全年增长6%。", "全年增长6%。", "全年增长6%。"].join("\n"));
    }

    #[test]
    fn a_line_that_is_only_links_is_navigation() {
        let html = "<div><h3>历年报告</h3><ul><li><a>2024年某县政府工作报告</a></li>\
                    <li><a href=\"/1.html\">2022年某县政府工作报告</a></li></ul></div>\
                    <p>一、2022年工作回顾</p><p>全县地区生产总值增长6.5%，详见<a href=\"/n.html\">附表</a>。</p>";
        let text = html_text(html);
        assert!(!text.contains("2024年"), "{text}");
        assert!(text.contains("全县地区生产总值增长6.5%，详见附表。"), "{text}");
    }

    #[test]
    fn a_page_without_report_text_is_an_error_that_says_what_it_is() {
        let why = |html: &str| report_text(html).unwrap_err().to_string();
        let frames =
            "<title>2020年某市政府工作报告</title><frameset><frame src=\"top.html\"><FRAME SRC='a/b.html'></frameset>";
        assert_eq!(
            why(frames),
            "no report text: the page is a frameset; its report is in one of its frames (top.html, a/b.html): save that page"
        );
        let redirect = "<meta http-equiv=\"refresh\" content=\"0;url=http://a.gov.cn/art_1.html\">\
                        <body>页面正在跳转，请<a href=\"http://a.gov.cn/art_1.html\">点击这里</a></body>";
        assert_eq!(why(redirect), "no report text: the page redirects to http://a.gov.cn/art_1.html: save that page");
        assert!(why("<p>抱歉，您访问的页面不存在！</p>").contains("page not found"));
        let attachment = "<h1>2023年某省政府工作报告</h1><p>附件：<a href=\"/f/2023.pdf\">报告全文</a></p>";
        assert!(why(attachment).contains("attachment (/f/2023.pdf)"));
        let links =
            "<ul><li><a href=\"/1.html\">2022年政府工作报告。</a></li><li><a href=\"/2.html\">政务公开</a></li></ul>";
        assert!(why(links).contains("no sentence (。) outside its links"));
        let viewer = "<h1>2023年某县政府工作报告</h1><iframe src='/pdfjs/web/viewer.html?file=/up/2023.pdf'></iframe>";
        assert!(why(viewer).contains("attachment (/up/2023.pdf)"), "{}", why(viewer));
        // a page of text without full stops says so; one that writes a point for them is read
        let long = format!("<p>{}</p>", "全年地区生产总值增长6%，一般公共预算收入增长5% ".repeat(30));
        assert!(why(&long).contains("no 。) outside its links, though 600 Chinese chars of text"), "{}", why(&long));
        assert!(report_text("<p>全年增长6.5%．新增就业3万人．</p>").is_ok());
        assert!(report_text("<p>全年新增就业3万人.</p>").is_ok());
        assert!(report_text("<p>下载：2023.pdf</p><p>版本1.0</p>").is_err());
        // a report with a redirect to elsewhere, or links in its text, is a report
        let report = "<meta http-equiv=\"refresh\" content=\"600\"><p>各位代表：</p><p>全年<a>增长</a>6%。</p>";
        assert_eq!(report_text(report).unwrap(), "\n各位代表：\n全年增长6%。\n");
        // an anchor never closed does not make the report a link
        assert!(report_text("<a name=\"top\"><a href=\"/\">首页</a><p>全年增长6%。</p>").is_ok());
    }

    #[test]
    fn a_label_cell_and_its_value_are_one_line() {
        let table =
            "<table><tr><td>索引号：</td><td>115103/2024-00012</td><td>主题分类：</td><td>政府工作报告</td></tr>\
                     <tr><td>文　　号:</td><td>无</td></tr><tr><td>指标</td><td>6.5</td></tr></table>";
        assert_eq!(html_text(table), "\n索引号：115103/2024-00012\n主题分类：政府工作报告\n文　　号:无\n指标\n6.5\n");
    }

    #[test]
    fn charset_comes_from_the_meta_tag() {
        assert_eq!(
            declared_charset(b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">").as_deref(),
            Some("gb2312")
        );
        assert_eq!(declared_charset(b"<meta charset='utf-8'>").as_deref(), Some("utf-8"));
        assert_eq!(declared_charset(b"<p>none</p>"), None);
    }

    #[test]
    fn ampersand_before_chinese_text_is_kept() {
        // found by cargo fuzz (html): the entity look-ahead sliced inside a char
        assert_eq!(html_text("<p>R&D研发投入增长10%</p>"), "\nR&D研发投入增长10%\n");
        assert_eq!(html_text("&#第十三届"), "&#第十三届");
    }

    #[test]
    fn numeric_entities_decode() {
        assert_eq!(html_text("&#20013;&#x56FD;"), "中国");
    }

    #[test]
    fn every_named_entity_decodes() {
        // the indentation of government pages: em, en and thin spaces, ideographic space
        assert_eq!(
            html_text("<p>&emsp;&emsp;一、工作回顾</p><p>&ensp;&thinsp;&#12288;增长6%</p>"),
            "\n\u{2003}\u{2003}一、工作回顾\n\u{2002}\u{2009}\u{3000}增长6%\n"
        );
        assert_eq!(html_text("&yen;5&permil;&plusmn;&frac12;&deg;C"), "¥5‰±½°C");
        // without the semicolon, as browsers read it
        assert_eq!(html_text("&nbsp&nbsp各位代表"), "\u{a0}\u{a0}各位代表");
        // escaped twice by the page's editor
        assert_eq!(html_text("&amp;nbsp;&amp;emsp;各位代表"), "\u{a0}\u{2003}各位代表");
        assert_eq!(html_text("R&amp;D&amp;&lt;"), "R&D&<");
    }

    #[test]
    fn decoded_spaces_are_indentation_to_the_normaliser() {
        let text = html_text("<p>&emsp;&emsp;一、工作回顾</p><p>&nbsp;&thinsp;增长&ensp;6%。</p>");
        assert_eq!(crate::normalize::normalize(&text).text, "一、工作回顾\n增长6%。");
    }
}
