//! The jieba segmenter, with only the dictionary words that can occur in the run's text.
//!
//! jieba cuts a run of characters by looking up, from every character, the dictionary
//! words that start there: a word that is not a substring of the text is never looked
//! up, so leaving it out changes no cut. The only other use of the dictionary is the
//! sum of all frequencies (a word's probability is its frequency over that sum); it is
//! kept by one filler entry that carries the frequencies of the words left out and
//! cannot occur in any text jieba looks words up in (a private-use character: jieba
//! consults the dictionary only for runs of CJK characters, ASCII letters and digits).
//!
//! Loading all 349,045 words costs about 65 ms of CPU and 50–70 MB of memory touched;
//! the words of the 28-report corpus are 7% of them, and a smaller trie also cuts
//! faster. `tests` compares the cuts with jieba's own full dictionary.

use jieba_rs::Jieba;

use crate::config::TermsConfig;

/// jieba's dictionary, `word frequency tag` per line (`jieba/LICENSE` says where it
/// comes from).
const DICTIONARY: &str = include_str!("jieba/dict.txt");

/// The runs of [`DICTIONARY`] lines whose words start with the same two characters (one,
/// for one-character words), made by build.rs: per run three little-endian u32s, the
/// first character, the second (0 if none) and the byte offset where the run ends.
/// Most runs start with a pair that none of the texts has, and are passed over without
/// reading their lines (a word is kept only if its first pair occurs).
const RUNS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dict_runs.bin"));

/// The runs of [`RUNS`]: (first character, second character if any, lines).
fn runs() -> impl Iterator<Item = (char, Option<char>, &'static str)> {
    let mut start = 0;
    RUNS.chunks_exact(12).map(move |r| {
        let u = |k: usize| u32::from_le_bytes([r[k], r[k + 1], r[k + 2], r[k + 3]]);
        let (first, second, end) = (u(0), u(4), u(8) as usize);
        let lines = &DICTIONARY[start..end];
        start = end;
        (char::from_u32(first).unwrap_or('\0'), char::from_u32(second).filter(|&c| c != '\0'), lines)
    })
}

/// The sum of the dictionary's frequencies (a test checks it), so that only the words
/// kept need their frequency read.
const DICTIONARY_TOTAL: u64 = 60_101_964;

/// The filler word that carries the frequencies of the words left out.
const FILLER: &str = "\u{E000}";

/// Bits in the [`CharPairs`] bitmap: 2²² (512 KiB), so that a corpus with a few
/// hundred thousand distinct character pairs still sets few enough bits to filter well.
const BITS: u32 = 22;

/// Which characters and pairs of adjacent characters occur in some texts, as a bitmap
/// of their hashes. A hash collision only keeps a word that does not occur, which
/// costs a little memory and changes no cut.
pub struct CharPairs {
    bits: Vec<u64>,
}

impl Default for CharPairs {
    fn default() -> Self {
        CharPairs { bits: vec![0; 1 << (BITS - 6)] }
    }
}

impl CharPairs {
    /// The pairs of some texts.
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> CharPairs {
        let mut pairs = CharPairs::default();
        for t in texts {
            pairs.add(t);
        }
        pairs
    }

    fn slot(first: char, second: char) -> (usize, u64) {
        let key = (u64::from(first) << 21) | u64::from(second);
        let h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BITS);
        ((h >> 6) as usize, 1 << (h & 63))
    }

    fn set(&mut self, first: char, second: char) {
        let (word, bit) = Self::slot(first, second);
        self.bits[word] |= bit;
    }

    fn has(&self, first: char, second: char) -> bool {
        let (word, bit) = Self::slot(first, second);
        self.bits[word] & bit != 0
    }

    /// Record every character of `text` (as the pair of `'\0'` and itself) and every
    /// pair of adjacent characters.
    pub fn add(&mut self, text: &str) {
        let mut previous = None;
        for c in text.chars() {
            self.set('\0', c);
            if let Some(p) = previous {
                self.set(p, c);
            }
            previous = Some(c);
        }
    }

    /// Both sets of pairs.
    pub fn union(mut self, other: CharPairs) -> CharPairs {
        for (a, b) in self.bits.iter_mut().zip(other.bits) {
            *a |= b;
        }
        self
    }

    /// Whether a word whose first characters are `first` and `second` (none, for a
    /// one-character word) may occur in the texts. The first pair is the likeliest to
    /// be missing, so it is tried first.
    fn may_start(&self, first: char, second: Option<char>) -> bool {
        match second {
            Some(second) => self.has(first, second) && self.has('\0', first),
            None => self.has('\0', first),
        }
    }

    /// Whether `word` may occur in the texts: its first character and each pair of
    /// its adjacent characters do.
    fn may_contain(&self, word: &str) -> bool {
        let mut chars = word.chars();
        let Some(first) = chars.next() else { return false };
        let second = chars.next();
        if !self.may_start(first, second) {
            return false;
        }
        let Some(second) = second else { return true };
        let mut previous = second;
        chars.all(|c| {
            let seen = self.has(previous, c);
            previous = c;
            seen
        })
    }
}

/// A segmenter for texts whose character pairs are `seen`, with the user dictionary
/// (whose words are added to `seen` here: jieba cuts them to weigh them).
pub fn segmenter(cfg: &TermsConfig, mut seen: CharPairs) -> Jieba {
    for w in &cfg.user_dict {
        seen.add(w);
    }
    // each word kept goes into the trie as it is found: written out as dictionary text
    // for `Jieba::with_dict`, jieba read its lines again and parsed them a second time
    // (20 M instructions of the 77 M this took for the corpus). `add_word` with a
    // frequency is what loading a line does (a word met twice takes the later
    // frequency; the total is the sum of the words' frequencies)
    let mut jieba = Jieba::empty();
    let mut kept_total = 0u64;
    for (first, second, lines) in runs() {
        if !seen.may_start(first, second) {
            continue;
        }
        // `str::lines` costs more than the filter: lines and words are cut at their bytes
        let mut at = 0;
        while at < lines.len() {
            let end = memchr::memchr(b'\n', &lines.as_bytes()[at..]).map_or(lines.len(), |k| at + k);
            let line = &lines[at..end];
            at = end + 1;
            // `word freq tag`, each field cut at its space by a plain byte search: a
            // `split` set up for each line cost more than the test of the word
            let (word, rest) = cut_at_space(line);
            if !seen.may_contain(word) {
                continue;
            }
            let (freq, rest) = rest.map_or((None, None), |r| {
                let (freq, rest) = cut_at_space(r);
                (Some(freq), rest)
            });
            let freq = freq.and_then(|f| f.parse::<u64>().ok()).unwrap_or(0);
            jieba.add_word(word, Some(freq as usize), rest.map(|r| cut_at_space(r).0));
            kept_total += freq;
        }
    }
    let left_out = DICTIONARY_TOTAL.saturating_sub(kept_total);
    if left_out > 0 {
        jieba.add_word(FILLER, Some(left_out as usize), None);
    }
    for w in &cfg.user_dict {
        jieba.add_word(w, None, None);
    }
    jieba
}

/// `s` up to its first space, and after it (`None` without one): the fields that
/// `split(' ')` gives, one at a time.
fn cut_at_space(s: &str) -> (&str, Option<&str>) {
    match s.bytes().position(|b| b == b' ') {
        Some(k) => (&s[..k], Some(&s[k + 1..])),
        None => (s, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "今年全区地区生产总值增长6.5%左右，城镇新增就业5万人以上。\
        坚持稳中求进工作总基调，做好“六稳”工作、落实“六保”任务，深化“放管服”改革。\
        一般公共预算收入完成12.3亿元，同比下降3.1%；规模以上工业增加值增长8%。\
        推进京津冀协同发展，打赢脱贫攻坚战，建设社会主义现代化大都市。";

    fn cfg() -> TermsConfig {
        TermsConfig {
            min_chars: 2,
            slogan_max_chars: 12,
            user_dict: vec!["六稳".into(), "放管服".into()],
            stopwords: vec![],
            min_count: 1,
            ratio: 2.0,
        }
    }

    /// jieba's own segmenter with its full built-in dictionary and the same user words.
    fn full() -> Jieba {
        let mut jieba = Jieba::new();
        for w in &cfg().user_dict {
            jieba.add_word(w, None, None);
        }
        jieba
    }

    fn cuts<'a>(jieba: &Jieba, text: &'a str) -> Vec<&'a str> {
        text.lines().flat_map(|l| jieba.cut(l, true)).map(|t| t.word).collect()
    }

    #[test]
    fn fields_cut_at_spaces_are_the_fields_of_split() {
        for line in ["六稳 3 n", "六稳 3", "六稳", "", " 3 n", "a  b", "a b c d", "六稳 3 n "] {
            let (first, rest) = cut_at_space(line);
            let second = rest.map(cut_at_space);
            let third = second.and_then(|(_, r)| r).map(|r| cut_at_space(r).0);
            let mut split = line.split(' ');
            assert_eq!(
                (Some(first), second.map(|s| s.0), third),
                (split.next(), split.next(), split.next()),
                "{line:?}"
            );
        }
    }

    #[test]
    fn the_bundled_dictionary_is_jiebas_and_every_line_has_a_frequency() {
        let all = Jieba::with_dict(&mut DICTIONARY.as_bytes()).expect("the dictionary loads");
        // word, frequency and tag, one space apart, as `segmenter` reads them
        let frequencies: Vec<u64> =
            DICTIONARY.lines().filter_map(|l| l.split(' ').nth(1).and_then(|f| f.parse().ok())).collect();
        assert_eq!(frequencies.len(), DICTIONARY.lines().count());
        assert_eq!(frequencies.iter().sum::<u64>(), DICTIONARY_TOTAL);
        let reference = Jieba::new();
        for line in TEXT.split('。') {
            assert_eq!(cuts(&all, line), cuts(&reference, line), "{line}");
        }
    }

    #[test]
    fn the_runs_cover_the_dictionary_and_each_holds_the_words_of_its_first_pair() {
        let mut covered = 0;
        let mut runs_seen = 0;
        for (first, second, lines) in runs() {
            assert!(!lines.is_empty());
            for line in lines.lines() {
                let mut chars = line.split(' ').next().unwrap_or("").chars();
                assert_eq!((chars.next(), chars.next()), (Some(first), second), "{line}");
            }
            covered += lines.len();
            runs_seen += 1;
        }
        assert_eq!(covered, DICTIONARY.len());
        assert_eq!(runs_seen, RUNS.len() / 12);
    }

    #[test]
    fn a_pruned_segmenter_cuts_its_text_as_the_full_dictionary_does() {
        let pruned = segmenter(&cfg(), CharPairs::of([TEXT]));
        assert_eq!(cuts(&pruned, TEXT), cuts(&full(), TEXT));
        // and each part of the text, as the inline diffs cut single sentences
        for sentence in TEXT.split_inclusive('。') {
            assert_eq!(cuts(&pruned, sentence), cuts(&full(), sentence));
        }
    }

    #[test]
    fn the_filler_keeps_the_frequency_sum_so_cuts_weigh_words_the_same() {
        // a cut into fewer words wins by one more frequency sum in the denominator, so
        // without the sum of the words left out 重点项目 would become 重点/项目
        let text = "实施工业重点项目38个，商业规模不断扩大。";
        let seen = CharPairs::of([text]);
        let mut without_filler = String::new();
        for line in DICTIONARY.lines() {
            if seen.may_contain(line.split_ascii_whitespace().next().unwrap_or("")) {
                without_filler.push_str(line);
                without_filler.push('\n');
            }
        }
        let without_filler = Jieba::with_dict(&mut without_filler.as_bytes()).expect("loads");
        let pruned = segmenter(&cfg(), seen);
        assert_eq!(cuts(&pruned, text), cuts(&full(), text));
        assert!(cuts(&full(), text).contains(&"重点项目"));
        assert_ne!(cuts(&without_filler, text), cuts(&full(), text));
    }

    #[test]
    fn words_that_do_not_occur_are_left_out() {
        let seen = CharPairs::of(["增长"]);
        assert!(seen.may_contain("增长"));
        assert!(seen.may_contain("增"));
        assert!(!seen.may_contain("长增"));
        assert!(!seen.may_contain("下降"));
        let merged = seen.union(CharPairs::of(["下降"]));
        assert!(merged.may_contain("下降") && merged.may_contain("增长"));
    }
}
