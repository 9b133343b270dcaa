//! A regex with bounded gaps (`([^。；！？]{0,40}?)`), searched first with the gaps
//! unbounded (`*?`) and the bounds checked on the match.
//!
//! A bounded repetition of a negated class compiles as that many copies of the class's
//! UTF-8 automaton: the header's regexes cost 2-5 M instructions each to compile, once
//! per run, in the ingest stage (where a worker that needs a regex another is compiling
//! waits for it). Unbounded, they cost a third to a fifth of that.
//!
//! Why the answer is the same: each gap is a capture group around one repetition of a
//! one-char class, so its length in chars is the repetition's count. The bounded
//! regex's matches are the unbounded one's whose gaps are within their bounds, in the
//! same order of preference (a lazy `{0,n}?` tries 0, 1, … n, as `*?` does; a greedy
//! `{m,n}` tries n … m, as `{m,}` does below n). So when the unbounded regex's match
//! (leftmost, then preferred) has its gaps within bounds, no bounded match starts
//! before it and none at its start is preferred to it: it is the bounded regex's match.
//! When a gap is too long, the bounded regex is compiled and asked; when the unbounded
//! regex finds nothing, neither would it.

use std::sync::OnceLock;

use regex::{Captures, Regex};

/// A bounded gap: the capture group around it and its longest length in chars.
#[derive(Debug, Clone, Copy)]
pub(super) struct Gap {
    pub(super) group: usize,
    pub(super) max: usize,
}

pub(super) struct Gapped {
    /// the pattern with every gap unbounded
    fast: Regex,
    /// the pattern as written, compiled only when a match's gap is too long
    exact: OnceLock<Regex>,
    pattern: String,
    gaps: Vec<Gap>,
}

impl Gapped {
    /// `unbounded` is `pattern` with each of its `gaps` unbounded (`{0,40}?` -> `*?`,
    /// `{2,8}` -> `{2,}`); the tests check that each pair matches the same texts.
    pub(super) fn new(pattern: String, unbounded: &str, gaps: &[Gap]) -> Gapped {
        Gapped {
            fast: Regex::new(unbounded).expect("valid regex"),
            exact: OnceLock::new(),
            pattern,
            gaps: gaps.to_vec(),
        }
    }

    /// What `Regex::captures` of the pattern as written gives.
    pub(super) fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        let c = self.fast.captures(haystack)?;
        let within = |g: &Gap| c.get(g.group).is_none_or(|m| m.as_str().chars().nth(g.max).is_none());
        if self.gaps.iter().all(within) {
            return Some(c);
        }
        self.exact().captures(haystack)
    }

    /// The pattern as written, compiled on first use (a gap longer than its bound is
    /// rare: a header line is short).
    #[cold]
    #[inline(never)]
    pub(super) fn exact(&self) -> &Regex {
        self.exact.get_or_init(|| Regex::new(&self.pattern).expect("valid regex"))
    }
}
