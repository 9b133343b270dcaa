//! Which number phrases of a sentence are rows: the grammar finds every number with a
//! unit; some of them are part of a name or repeat what the sentence just said.
//!
//! Input: a sentence as chars and its [`Hit`]s. Output: whether each hit is a row.
//! Not rows here: a plant's capacity inside a project's name (2×33万千瓦供热机组,
//! 年产36万吨醋酸技改, 大唐700万吨露天煤矿…等项目), a policy's name (促进经济发展20条、…等
//! 政策措施), a duration (连续8个月, 提前2个月), a magnitude without a unit (突破百万) and a
//! count that only restates how many items were just named (宿鸭湖、薄山、铜山湖3座大型
//! 水库). Thresholds inside a category name (超50亿元企业) are taken out in `subject`.

use super::number::Hit;
use super::subject::clause_start;
use super::words::has_prefix;
use super::Extractor;
use crate::ingest::decode::is_cjk;
use crate::model::{Bound, UnitFamily};

/// Units of a plant's rated capacity (万吨, 万千瓦): before a project's noun they size the
/// project, as its name does. Fixed: the families of the unit table, not words.
const CAPACITY_FAMILIES: [UnitFamily; 2] = [UnitFamily::Mass, UnitFamily::Energy];

/// The sign of a unit's size in a specification (2×33万千瓦, 7×24小时): what follows is
/// one unit of several, never a total.
const TIMES: [char; 2] = ['×', '╳'];

/// Words before a time quantity that make it a duration, not a level (连续8个月全省第一,
/// 提前2个月完成): as wide_notes.md says, durations are no rows. Fixed grammar.
const DURATION_WORDS: [&str; 2] = ["连续", "提前"];

/// What a size before 的 may describe besides a project: a machine (五万千瓦的发电设备,
/// a kind of set, not an output).
const EQUIPMENT: &str = "设备";

/// Words that join the items of a list of numbers (一万二千千瓦、二万五千千瓦以至五万千瓦).
const LIST_WORDS: [&str; 3] = ["以至", "以及", "乃至"];

/// The unit a policy's articles are counted in (促进经济发展20条).
const ARTICLES: &str = "条";

/// Nouns that close a list of policies (…等政策措施).
const POLICY_NOUNS: [&str; 3] = ["政策", "措施", "举措"];

/// The marks a clause ends at, for a project list (、 separates its items, not clauses).
const CLAUSE_ENDS: &str = "，,；;。：:！？!?";

impl Extractor {
    /// Whether each hit of a sentence is a row (true) or part of a name, a duration, a
    /// magnitude without a unit or a restated count (false). (A category's threshold,
    /// 超50亿元企业, is taken out before: see `is_category_threshold`.)
    pub(super) fn rows(&self, chars: &[char], hits: &[Hit]) -> Vec<bool> {
        let n = hits.len();
        let joined = |k: usize| hits[k].info.family == hits[k + 1].info.family && joined(chars, &hits[k], &hits[k + 1]);
        // 每台容量一万二千千瓦、二万五千千瓦以至五万千瓦的发电设备: the sizes listed before
        // the one that names the thing are sizes of it too
        let mut capacity: Vec<bool> = hits.iter().map(|h| self.is_capacity_in_a_name(chars, h)).collect();
        for k in (0..n.saturating_sub(1)).rev() {
            capacity[k] |= capacity[k + 1] && joined(k);
        }
        // 分别提前40天、6个月和4个月: the durations listed after the first
        let mut duration = vec![false; n];
        for k in 0..n {
            duration[k] = is_duration(chars, &hits[k]) || (k > 0 && duration[k - 1] && joined(k - 1));
        }
        (0..n)
            .map(|k| {
                !(capacity[k]
                    || duration[k]
                    || is_unit_of_several(chars, &hits[k])
                    || is_bare_magnitude(chars, &hits[k])
                    || self.restates_a_list(chars, hits, k)
                    || self.is_policy_name(chars, &hits[k]))
            })
            .collect()
    }

    /// 年产36万吨醋酸技改, 大唐700万吨露天煤矿、…等项目, 四十万千瓦的火电站: a capacity (or
    /// any amount after a production word, `[extract] capacity_words`) directly before the
    /// noun it sizes (or before 的 and that noun), in a clause that names a project
    /// (`[extract] project_nouns`; after 的, a piece of equipment too). Not
    /// 新增发电装机容量35万千瓦, which ends its clause, nor 形成年产95万吨纸和浆的产能 or
    /// 正在为日产一千五百吨奋斗, whose clauses name no project.
    fn is_capacity_in_a_name(&self, chars: &[char], hit: &Hit) -> bool {
        let rate = self.capacity_words.iter().any(|w| ends_with_word(chars, hit.start, w));
        if !(rate || CAPACITY_FAMILIES.contains(&hit.info.family)) {
            return false;
        }
        let of = chars.get(hit.end) == Some(&'的');
        let at = hit.end + usize::from(of);
        if !self.sizes_a_noun(chars, at) {
            return false;
        }
        let end = chars[at..].iter().position(|c| CLAUSE_ENDS.contains(*c)).map_or(chars.len(), |p| at + p);
        let clause: String = chars[at..end].iter().collect();
        self.project_nouns.found_in(&clause) || (of && clause.contains(EQUIPMENT))
    }

    /// Whether a noun starts at `at`: a Chinese char that starts no verb or cue of the
    /// subject grammar (增长, 以上, 建成 …), no unit and no scale.
    fn sizes_a_noun(&self, chars: &[char], at: usize) -> bool {
        if !chars.get(at).is_some_and(|&c| is_cjk(c)) {
            return false;
        }
        let text: String = chars[at..chars.len().min(at + 8)].iter().collect();
        !self.trailing.iter().any(|(w, _)| has_prefix(&text, w))
            && !self.after_stops.iter().any(|w| has_prefix(&text, w))
            && !self.lex.scales.iter().any(|(w, _)| chars[at..].starts_with(w))
            && self.lex.unit(chars, at).is_none()
    }

    /// 出台促进经济发展20条、新能源汽车36条等政策措施: in a list of policies, “N条” after a
    /// topic is the name of a policy (as 惠企14条), not a count. Not 出台促消费措施38条 (no list
    /// of policies) nor 出台34条含金量高的政策措施 (the count of the measures after it).
    fn is_policy_name(&self, chars: &[char], hit: &Hit) -> bool {
        if hit.unit != ARTICLES || !chars.get(hit.end).is_some_and(|&c| c == '、' || c == '等') {
            return false;
        }
        let end = chars[hit.end..].iter().position(|c| CLAUSE_ENDS.contains(*c)).map_or(chars.len(), |p| hit.end + p);
        let rest: String = chars[hit.end..end].iter().collect();
        rest.match_indices('等').any(|(at, _)| {
            let after: String = rest[at..].chars().skip(1).take(4).collect();
            POLICY_NOUNS.iter().any(|w| after.contains(w))
        })
    }

    /// 宿鸭湖、薄山、铜山湖3座大型水库, 生铁、钢、…糖等十七种: a count, the first number of its
    /// clause, of as many items as the list just before it names, before the noun it counts
    /// or after 等: it says again how many were named. Not 节水标杆、节水型企业2家 (no noun
    /// after, no 等: the firms may be more than the kinds), nor 省级、市级企业2家、20家 (a
    /// number for each), nor 各2个 (so many of each).
    fn restates_a_list(&self, chars: &[char], hits: &[Hit], k: usize) -> bool {
        let hit = &hits[k];
        // 等3个以上千亿级产业集群: more than the items named
        let counted = self.count_units.contains(&hit.info.base) && hit.scale == 1.0 && hit.bound == Bound::Eq;
        if !counted || hit.value.fract() != 0.0 || hit.value < 2.0 {
            return false;
        }
        // the list starts after the number before (增长百分之五十以上的有生铁、钢…等十七种)
        let from = clause_start(chars, hit.start).max(k.checked_sub(1).map_or(0, |p| hits[p].end));
        if hits.get(k + 1).is_some_and(|h| joined(chars, hit, h)) {
            return false;
        }
        // 呼吸、儿童、中医（肿瘤）3个: a note in brackets is no item
        let before: String = without_notes(&chars[from..hit.start]);
        let (list, etc) = match before.strip_suffix('等') {
            Some(list) => (list, true),
            None => (before.as_str(), false),
        };
        if list.ends_with('各') || list.ends_with("分别") || !(etc || self.noun_after(chars, hit.end).is_some()) {
            return false;
        }
        let items: Vec<&str> = list.split('、').collect();
        if items.len() < 2 || items.iter().any(|i| i.is_empty() || !i.chars().any(is_cjk)) {
            return false;
        }
        // 胜利三路、学府路和贝尔大街3条: the last two joined by 和
        let joined = items.last().is_some_and(|i| i.chars().skip(1).any(|c| "和及与".contains(c)));
        let named = items.len() as f64;
        hit.value == named || (joined && hit.value == named + 1.0)
    }
}

/// Whether only a list's connector stands between two hits (、, 和, 以至).
fn joined(chars: &[char], a: &Hit, b: &Hit) -> bool {
    let between: String = chars[a.end..b.start].iter().collect();
    (!between.is_empty() && between.chars().all(|c| "、和及与".contains(c))) || LIST_WORDS.contains(&between.as_str())
}

/// The chars as a string without the notes in brackets (中医（肿瘤）: 中医).
fn without_notes(chars: &[char]) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for &c in chars {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// 2×33万千瓦供热机组, 7×24小时不打烊: the size of one of several units.
fn is_unit_of_several(chars: &[char], hit: &Hit) -> bool {
    hit.start.checked_sub(1).is_some_and(|i| TIMES.contains(&chars[i]))
}

/// 突破百万, 迈上千亿台阶: a magnitude without a digit and without a unit is no quantity
/// (wide_notes.md: 突破百万, 趟次破千); 近万亿元 has its unit and is one.
fn is_bare_magnitude(chars: &[char], hit: &Hit) -> bool {
    hit.info.family == UnitFamily::Number
        && hit.info.base.is_empty()
        && matches!(chars[hit.number_start], '百' | '千' | '万')
}

/// 连续8个月全省第一, 提前2个月完成: a time quantity after a word of duration.
fn is_duration(chars: &[char], hit: &Hit) -> bool {
    hit.info.family == UnitFamily::Time && DURATION_WORDS.iter().any(|w| ends_with_word(chars, hit.start, w))
}

/// Whether the chars before `at` end with `word`.
fn ends_with_word(chars: &[char], at: usize, word: &str) -> bool {
    let n = word.chars().count();
    at >= n && chars[at - n..at].iter().copied().eq(word.chars())
}
