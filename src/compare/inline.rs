//! Two sentences -> token ops and `[-删-]{+增+}` markup.
//!
//! Chinese has no spaces, so tokens are jieba words, with numbers and their units
//! glued back together (`6.6%` is one token, not `6`, `.`, `6`, `%`). Without a
//! segmenter (for tests, or when terms are not wanted) every Han character is a
//! token and numbers still stay whole. The diff is `similar`'s Patience algorithm
//! with a deadline; a hit deadline gives a coarser but valid diff, never an error.

use std::time::{Duration, Instant};

use jieba_rs::Jieba;
use similar::{capture_diff_slices_deadline, Algorithm, DiffTag};

/// Tokens of a sentence, as slices of it.
pub fn tokens<'a>(s: &'a str, jieba: Option<&Jieba>) -> Vec<&'a str> {
    let raw: Vec<&str> = match jieba {
        Some(j) => j.cut(s, false).into_iter().map(|t| t.word).collect(),
        None => s.split_inclusive(|_| true).collect(),
    };
    merge_numbers(s, &raw)
}

fn numeric(t: &str) -> bool {
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '%' | ','))
}

/// Glue adjacent numeric pieces (and a Latin run) into one token.
fn merge_numbers<'a>(s: &'a str, raw: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::with_capacity(raw.len());
    let mut offset = 0;
    let mut run_start: Option<usize> = None;
    for (k, t) in raw.iter().enumerate() {
        let glue = numeric(t) || t.chars().all(|c| c.is_ascii_alphanumeric()) && !t.is_empty();
        if glue {
            run_start.get_or_insert(offset);
        }
        offset += t.len();
        let next_glues =
            raw.get(k + 1).is_some_and(|n| numeric(n) || n.chars().all(|c| c.is_ascii_alphanumeric()) && !n.is_empty());
        match run_start {
            Some(start) if glue && !next_glues => {
                out.push(&s[start..offset]);
                run_start = None;
            }
            Some(_) => {}
            None => out.push(t),
        }
    }
    out
}

/// The markup of an edit: unchanged tokens as they are, deletions as `[-…-]`,
/// insertions as `{+…+}`.
pub fn markup(old: &str, new: &str, jieba: Option<&Jieba>, deadline: Duration) -> String {
    let a = tokens(old, jieba);
    let b = tokens(new, jieba);
    // Reading the clock at every step of the diff costs more than a sentence's diff:
    // only long inputs, where the diff could take long, get a deadline.
    let deadline = (a.len() + b.len() > 2_000).then(|| Instant::now() + deadline);
    let ops = capture_diff_slices_deadline(Algorithm::Patience, &a, &b, deadline);
    let mut out = String::with_capacity(old.len() + new.len());
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => out.extend(a[o].iter().copied()),
            DiffTag::Delete => push_marked(&mut out, "[-", &a[o], "-]"),
            DiffTag::Insert => push_marked(&mut out, "{+", &b[n], "+}"),
            DiffTag::Replace => {
                push_marked(&mut out, "[-", &a[o], "-]");
                push_marked(&mut out, "{+", &b[n], "+}");
            }
        }
    }
    out
}

fn push_marked(out: &mut String, open: &str, tokens: &[&str], close: &str) {
    out.push_str(open);
    out.extend(tokens.iter().copied());
    out.push_str(close);
}

/// Spans of an edit for renderers other than the text markup (HTML redlines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    Same(String),
    Deleted(String),
    Inserted(String),
}

/// Parse `[-…-]{+…+}` markup back into spans.
pub fn spans(markup: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut rest = markup;
    while !rest.is_empty() {
        let next = [rest.find("[-"), rest.find("{+")].into_iter().flatten().min();
        match next {
            Some(0) => {
                let (close, make): (&str, fn(String) -> Span) =
                    if rest.starts_with("[-") { ("-]", Span::Deleted) } else { ("+}", Span::Inserted) };
                match rest[2..].find(close) {
                    Some(e) => {
                        out.push(make(rest[2..2 + e].to_string()));
                        rest = &rest[2 + e + 2..];
                    }
                    None => {
                        out.push(Span::Same(rest.to_string()));
                        rest = "";
                    }
                }
            }
            Some(k) => {
                out.push(Span::Same(rest[..k].to_string()));
                rest = &rest[k..];
            }
            None => {
                out.push(Span::Same(rest.to_string()));
                rest = "";
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const D: Duration = Duration::from_millis(100);

    #[test]
    fn numbers_are_one_token_without_a_segmenter() {
        assert_eq!(tokens("增长6.5%左右", None), ["增", "长", "6.5%", "左", "右"]);
    }

    #[test]
    fn a_changed_number_is_replaced_whole() {
        assert_eq!(markup("增长6.5%左右", "增长6%左右", None, D), "增长[-6.5%-]{+6%+}左右");
    }

    #[test]
    fn insertions_and_deletions_are_marked() {
        assert_eq!(markup("稳就业保民生", "稳就业", None, D), "稳就业[-保民生-]");
        assert_eq!(markup("稳就业", "全力稳就业", None, D), "{+全力+}稳就业");
    }

    #[test]
    fn markup_round_trips_through_spans() {
        let m = markup("增长6.5%左右", "增长6%左右", None, D);
        assert_eq!(
            spans(&m),
            [
                Span::Same("增长".into()),
                Span::Deleted("6.5%".into()),
                Span::Inserted("6%".into()),
                Span::Same("左右".into())
            ]
        );
    }
}
