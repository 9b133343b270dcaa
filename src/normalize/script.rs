//! The script a report is written in: traditional characters (a Hong Kong paper's copy,
//! a big5 mirror, the 1950s reports' web copies), Japanese variants (増 for 增) and CJK
//! compatibility ideographs are read as their simplified form, one char for one, so that
//! every stage after normalisation reads one script: the words, aliases and cue words a
//! simplified report uses find the same words in a traditional copy, and two years of a
//! region compare whatever script each copy is in.
//!
//! The table (`script.tsv`) is built from OpenCC's dictionaries by `tools/script/build.py`:
//! chars that GB2312 cannot encode whose simplified form it can. A Japanese or compatibility
//! form (増) is folded in any text; a traditional char only in a text in traditional
//! characters (in a simplified report, 昇 is a name's: 香港昇兴), and so are a few
//! second-level GB2312 chars kept there for names that traditional text writes for their
//! simplified form (後, 於, 徵). Every pair is two chars of three UTF-8 bytes, so offsets
//! into the text stay.

use std::sync::LazyLock;

/// The chars the table may fold: CJK Extension A to the end of the unified ideographs,
/// and the compatibility ideographs (U+3400..U+FAFF).
const FIRST: u32 = 0x3400;
const LAST: u32 = 0xFAFF;

/// A text is in traditional characters when, of its first [`SAMPLE_CHARS`] chars, at least
/// this many are traditional chars outside GB2312, or at least three and one Chinese char
/// in [`TRADITIONAL_SHARE`] (a short text). A simplified report that quotes a name or two in
/// traditional characters has a handful in thousands.
const TRADITIONAL_AT_LEAST: usize = 20;
const TRADITIONAL_SHARE: usize = 20;
const SAMPLE_CHARS: usize = 4_000;

struct Table {
    /// a bit per char of FIRST..=LAST: whether the char is folded in some text
    folded: Vec<u64>,
    /// (char, simplified, kind), sorted by char
    pairs: Vec<(char, char, Kind)>,
}

/// Which texts a pair of the table is read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// a Japanese or compatibility form: any text
    Variant,
    /// a traditional char outside GB2312: a text in traditional characters, which these show
    Traditional,
    /// a second-level GB2312 char (後, 於): a text in traditional characters
    TraditionalInGb2312,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| Table::parse(include_str!("script.tsv")));

/// Builds the table now: `run` does it first on its warm-up thread, while the folder is
/// listed, before a worker normalises the first report.
pub(crate) fn warm_up() {
    let _ = (&*TABLE,);
}

impl Table {
    fn parse(tsv: &str) -> Table {
        let mut pairs: Vec<(char, char, Kind)> = tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| {
                let mut cols = l.split('\t');
                let mut one = || cols.next().and_then(|c| c.chars().next()).expect("script.tsv: char columns");
                let (from, to) = (one(), one());
                let kind = match cols.next() {
                    Some("variant") => Kind::Variant,
                    Some("traditional") => Kind::Traditional,
                    Some("traditional-gb2312") => Kind::TraditionalInGb2312,
                    other => panic!("script.tsv: unknown kind {other:?}"),
                };
                (from, to, kind)
            })
            .collect();
        pairs.sort_unstable();
        let mut folded = vec![0u64; ((LAST - FIRST) as usize >> 6) + 1];
        for &(c, to, _) in &pairs {
            let i = (c as u32).checked_sub(FIRST).filter(|_| (c as u32) <= LAST).expect("script.tsv: chars in range");
            assert_eq!(c.len_utf8(), to.len_utf8(), "script.tsv: one char for one of the same width");
            folded[(i >> 6) as usize] |= 1 << (i & 63);
        }
        Table { folded, pairs }
    }

    /// The pair of `c`, if the table has one.
    #[inline]
    fn get(&self, c: char) -> Option<(char, Kind)> {
        let i = (c as u32).wrapping_sub(FIRST);
        let word = self.folded.get((i >> 6) as usize)?;
        if word & (1 << (i & 63)) == 0 {
            return None;
        }
        self.pairs.binary_search_by_key(&c, |p| p.0).ok().map(|k| (self.pairs[k].1, self.pairs[k].2))
    }
}

/// How a text's chars are read: which of the table's pairs apply.
#[derive(Clone, Copy)]
pub struct Script {
    traditional: bool,
    /// the table, taken once per text rather than per char
    table: &'static Table,
}

impl std::fmt::Debug for Script {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Script").field("traditional", &self.traditional).finish()
    }
}

impl Script {
    /// The script of a text, from its first chars.
    pub fn of(text: &str) -> Script {
        let table = &*TABLE;
        let (mut traditional, mut chinese) = (0, 0);
        for c in text.chars().take(SAMPLE_CHARS) {
            // (a char of the table's range counts as Chinese: the ideographs)
            if (FIRST..=LAST).contains(&(c as u32)) {
                chinese += 1;
                traditional += usize::from(table.get(c).is_some_and(|(_, k)| k == Kind::Traditional));
            }
        }
        let short = traditional >= 3 && traditional * TRADITIONAL_SHARE >= chinese;
        Script { traditional: traditional >= TRADITIONAL_AT_LEAST || short, table }
    }

    /// `c` as the text's script reads it: its simplified form, or itself.
    #[inline]
    pub fn fold(self, c: char) -> char {
        // most chars of a report: below the table's range (ASCII, punctuation) or a
        // simplified char whose bit is clear
        match self.table.get(c) {
            Some((to, kind)) if self.traditional || kind == Kind::Variant => to,
            _ => c,
        }
    }

    /// Whether the text is written in traditional characters.
    pub fn is_traditional(self) -> bool {
        self.traditional
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> String {
        let script = Script::of(text);
        text.chars().map(|c| script.fold(c)).collect()
    }

    #[test]
    fn traditional_characters_read_as_simplified_one_for_one() {
        let text = "全年實現生產總值67.9億元，增長12.4%；城鎮登記失業率控制在4%以內。".repeat(3);
        assert!(Script::of(&text).is_traditional());
        let read = folded(&text);
        assert!(read.starts_with("全年实现生产总值67.9亿元，增长12.4%；城镇登记失业率控制在4%以内。"));
        assert_eq!(read.len(), text.len(), "every byte offset stays");
        // a Japanese variant and a compatibility ideograph in a simplified page
        assert_eq!(folded("全省生产总值増长8%，城乡\u{F9F4}"), "全省生产总值增长8%，城乡林");
    }

    #[test]
    fn simplified_text_is_left_as_written() {
        // chars of GB2312 stay, 乾 and 著 among them, and traditional chars outside a
        // traditional text (a surname, a name: 於, 後, 昇)
        for kept in ["乾县地区生产总值增长显著", "於家村村民收入增长", "後营镇", "香港昇兴集团投资10亿元"]
        {
            assert_eq!(folded(kept), kept);
        }
    }

    #[test]
    fn a_text_in_traditional_characters_reads_hou_and_yu_as_simplified() {
        let text = "國內生產總值比上年增長百分之九，高於預期，調整後的預算收入增長百分之八。".repeat(4);
        assert!(Script::of(&text).is_traditional());
        assert!(folded(&text).starts_with("国内生产总值比上年增长百分之九，高于预期，调整后的预算收入增长百分之八。"));
        // a simplified report that quotes a few traditional names is no traditional text
        let quoted = format!("{}台灣同胞、香港特別行政區", "经济增长，".repeat(20));
        assert!(!Script::of(&quoted).is_traditional());
    }

    #[test]
    fn the_table_pairs_chars_of_the_same_width() {
        let table = &*TABLE;
        assert!(table.pairs.len() > 3_000);
        assert!(table.pairs.iter().all(|&(c, to, _)| c != to && c.len_utf8() == 3 && to.len_utf8() == 3));
    }
}
