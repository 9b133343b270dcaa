//! China's administrative divisions, to name the region of a report: a name read from a
//! header, title or path (`&str`, optionally a year) -> [`Resolution`] of [`Division`]s
//! with level, parent and series name; a header line -> the [`Mention`]s in it.
//!
//! Data: `gazetteer.tsv`, one row per division code and period at province, prefecture
//! (`city`) and county level from 1981 on, with each row's parent and the row it
//! continues as after a rename (徐水县 -> 徐水区, 襄樊市 -> 襄阳市). It is built by
//! `tools/gazetteer/build.py` from yescallop/areacodes (CC0), embedded, parsed once.
//!
//! A name is looked up as a full name (西青区), a written short form that keeps a
//! suffix (黔东南州), a bare short form (合肥, 内蒙古), or a chain of these whose prefix
//! names an ancestor (天津市西青区, 南京市鼓楼区). Bare short forms count only at the
//! highest level they name: 吉安 is 吉安市 (not 吉安县), 吉林 is 吉林省 (use
//! [`Gazetteer::resolve_in`] with the report's text to get 吉林市).

use std::fmt;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use rustc_hash::FxHashMap;

static BUILTIN: LazyLock<Gazetteer> =
    LazyLock::new(|| Gazetteer::parse(include_str!("gazetteer.tsv")).expect("the embedded gazetteer.tsv parses"));

/// Parses the embedded gazetteer now (see `meta::warm_up`).
pub(crate) fn warm_up() {
    LazyLock::force(&BUILTIN);
}

const NONE: u32 = u32::MAX;
/// `first` of a row already in the first data set (1981 or earlier).
const OPEN_START: i32 = i32::MIN;
/// `last` of a row still in use.
const OPEN_END: i32 = i32::MAX;

/// Names of three characters that are also ordinary words (新城区, 城关区), treated like
/// every name of two (城区, 新区, 全国, 和县): a mention of one standing alone needs a
/// congress or government after it.
const WORDLIKE: &[&str] = &[
    "新城区",
    "老城区",
    "城中区",
    "城东区",
    "城西区",
    "城南区",
    "城北区",
    "市中区",
    "市南区",
    "市北区",
    "新市区",
    "城关区",
    "城厢区",
];
/// Whether a division's name is also a common word that names no place without its
/// city: a part of a city (城区, 郊区, 矿区, 市区, 新区) or one of [`WORDLIKE`].
fn is_common_word(name: &str) -> bool {
    WORDLIKE.contains(&name) || ["城区", "郊区", "矿区", "市区", "新区"].contains(&name)
}
const WORDLIKE_FOLLOWERS: &[&str] = &["人民", "第", "政府", "区长", "县长", "市长", "旗长", "委员会", "人大"];
/// Words that end names (增城市, 昌都市, 市郊区) and so make a name of the end of a
/// longer word (新增城市, 南昌都市圈, 城市郊区).
const WORD_TAILS: &[&str] = &["城市", "城区", "都市", "郊区", "市区"];
/// Suffixes a bare short form drops, longest first (as tools/gazetteer/build.py).
const SUFFIXES: &[&str] = &[
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "行政区",
    "地区",
    "林区",
    "特区",
    "新区",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
];
/// A suffix and the next character making a word: 市场, 区域, 县域, 省份.
const SUFFIX_WORDS: &[(char, char)] = &[
    ('市', '场'),
    ('市', '值'),
    ('市', '面'),
    ('区', '域'),
    ('区', '间'),
    ('区', '块'),
    ('区', '位'),
    ('县', '域'),
    ('省', '份'),
];

/// Level of a division, as `reports.csv` writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// 全国, the root.
    National,
    /// 省, 自治区, 直辖市, 特别行政区.
    Province,
    /// Prefecture level: 地级市, 地区, 自治州, 盟.
    City,
    /// County level: 区, 县, 县级市, 旗, 自治县, 林区, 特区.
    County,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Province => "province",
            Level::City => "city",
            Level::County => "county",
        }
    }

    fn parse(s: &str) -> Option<Level> {
        [Level::National, Level::Province, Level::City, Level::County].into_iter().find(|l| l.as_str() == s)
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a key names a row; a lower tier wins when a key has several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    Name,
    Alias,
    Short,
}

/// One code in one period (a row of the TSV). The fields after the name are read when
/// used: parsing them all would cost most of the startup budget.
struct Record {
    code: u32,
    first: i32,
    /// Year the row ended (exclusive: the change took effect during that year).
    last: i32,
    level: Level,
    name: &'static str,
    /// `parent`, `next`, `into`, `short` and `alias`, tab-separated.
    rest: &'static str,
}

impl Record {
    fn valid(&self, year: i32) -> bool {
        self.first <= year && year < self.last
    }

    /// In use on the first day of `year`, when its government's report is given (the
    /// rows are the divisions as of 31 December): 巢湖市 of a 2011 report is the
    /// prefecture-level city abolished that August, not the county-level city that
    /// took its name.
    fn at_start_of(&self, year: i32) -> bool {
        self.valid(year - 1)
    }

    /// Also true in the year the row ended: a report given early that year may still
    /// use the old name.
    fn valid_loosely(&self, year: i32) -> bool {
        self.first <= year && year <= self.last
    }

    fn distance(&self, year: i32) -> i64 {
        if year < self.first {
            i64::from(self.first) - i64::from(year)
        } else {
            (i64::from(year) - i64::from(self.last)).max(0)
        }
    }

    fn rest_field(&self, k: usize) -> &'static str {
        self.rest.split('\t').nth(k).unwrap_or_default()
    }

    /// The bare short forms of the name, as [`Gazetteer::lookup`] reads them: the name
    /// without the suffix it drops ([`SUFFIXES`]: 北京市 → 北京), two chars left at least, and
    /// the row's own short forms (广西 of 广西壮族自治区).
    fn short_forms(&self) -> impl Iterator<Item = &'static str> {
        let dropped =
            SUFFIXES.iter().find(|s| self.name.ends_with(*s)).map(|s| &self.name[..self.name.len() - s.len()]);
        let own = self.rest_field(3).split(',').filter(|k| !k.is_empty());
        dropped.filter(|short| short.chars().nth(1).is_some()).into_iter().chain(own)
    }

    /// Code of the parent (`NONE` for the root).
    fn parent(&self) -> u32 {
        digits(self.rest_field(0).as_bytes()).unwrap_or(NONE)
    }

    /// Code of the row this one continues as (`NONE` if none).
    fn next(&self) -> u32 {
        digits(self.rest_field(1).as_bytes()).unwrap_or(NONE)
    }

    /// Codes an abolished row's area went to, `;`-separated.
    fn into(&self) -> &'static str {
        self.rest_field(2)
    }

    /// The year whose parent row is this row's parent: its last full year.
    fn reference_year(&self) -> i32 {
        if self.last == OPEN_END {
            OPEN_END - 1
        } else {
            (self.last - 1).max(self.first)
        }
    }
}

/// The rows in use when a report of a year was given, in order of preference: at the
/// year's start ([`Record::at_start_of`]), else during it, else loosely (the year it ended).
const IN_USE_FOR_A_REPORT: [fn(&Record, i32) -> bool; 3] = [Record::at_start_of, Record::valid, Record::valid_loosely];

/// A malformed line of the gazetteer table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "gazetteer line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// The table of divisions. Rows are kept in the file's order, by name, so that a name
/// is a binary search away; parsing builds nothing else that costs (the startup budget
/// is well under a millisecond), and links between rows are followed by code on use.
pub struct Gazetteer {
    records: Vec<Record>,
    /// Rows grouped by code / 100 (a prefecture and its counties, or a province), the
    /// groups starting at `code_groups[code / 100]`: a counting sort, cheaper than a sort.
    by_code: Vec<u32>,
    code_groups: Vec<u32>,
    /// Written short forms (黔东南州) and bare ones a suffix does not give (延边).
    extra: FxHashMap<&'static str, Vec<(Tier, u32)>>,
    /// First and last chars of full names and aliases (bitmaps over the Basic
    /// Multilingual Plane) and the longest key in bytes: bound the scans of texts.
    written_starts: Vec<u64>,
    written_ends: Vec<u64>,
    /// The first two chars of every name and key, hashed into a bitmap: a key whose two
    /// do not open any is no name, whole, short or in a chain, and is not looked up
    /// (most words a report's subjects are asked about: 水泥, 粮食, 企业).
    openings: Vec<u64>,
    longest_key: usize,
    root: u32,
    /// Each row's predecessor (the row that continues as it), built on first use.
    prev: OnceLock<Vec<u32>>,
}

/// What a name resolves to. Ambiguous lists one division per series, highest level first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution<'g> {
    Unique(Division<'g>),
    Ambiguous(Vec<Division<'g>>),
    Unknown,
}

impl<'g> Resolution<'g> {
    pub fn unique(&self) -> Option<Division<'g>> {
        match self {
            Resolution::Unique(d) => Some(*d),
            _ => None,
        }
    }
}

/// A division named in a text: byte range of the name as written (a chain such as
/// 天津市西青区 is one mention) and what it resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention<'g> {
    pub start: usize,
    pub end: usize,
    pub resolution: Resolution<'g>,
}

fn set_bit(bits: &mut [u64], c: Option<char>) {
    let Some(c) = c.map(|c| c as usize) else { return };
    if let Some(word) = bits.get_mut(c / 64) {
        *word |= 1 << (c % 64);
    }
}

fn has_bit(bits: &[u64], c: char) -> bool {
    bits.get(c as usize / 64).is_some_and(|word| word & (1 << (c as usize % 64)) != 0)
}

/// Words of the bitmap of names' first two chars ([`Gazetteer::openings`]): 2^18 bits
/// (32 KiB) for the shipped table's 3,300 pairs, so that about one pair in eighty that
/// opens no name is looked up all the same.
const OPENINGS_WORDS: usize = 1 << 12;

/// The word and bit of a key's first two chars in the bitmap of openings (a key of one
/// char has the bit of its char and nothing).
fn opening_bit(key: &str) -> (usize, u64) {
    let mut chars = key.chars();
    let (a, b) = (chars.next().map_or(0, u32::from), chars.next().map_or(0, u32::from));
    let h = (a.wrapping_mul(0x9E37_79B1) ^ b.wrapping_mul(0x85EB_CA77)) >> 14;
    let bit = h as usize % (OPENINGS_WORDS * 64);
    (bit / 64, 1 << (bit % 64))
}

impl Gazetteer {
    /// The gazetteer shipped in the binary, parsed on first use.
    pub fn builtin() -> &'static Gazetteer {
        &BUILTIN
    }

    /// Parses a table in the format of `gazetteer.tsv` (see tools/gazetteer/build.py).
    pub fn parse(text: &'static str) -> Result<Gazetteer, ParseError> {
        let mut g = Gazetteer {
            // Rows average 46 bytes.
            records: Vec::with_capacity(text.len() / 32),
            by_code: Vec::new(),
            code_groups: Vec::new(),
            extra: FxHashMap::default(),
            written_starts: vec![0; 1024],
            written_ends: vec![0; 1024],
            openings: vec![0; OPENINGS_WORDS],
            longest_key: 0,
            root: NONE,
            prev: OnceLock::new(),
        };
        // Plain byte loops: `str::split` costs a few times more on such short lines.
        let (bytes, mut at, mut n) = (text.as_bytes(), 0, 0);
        while at < bytes.len() {
            let end = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |k| at + k);
            let (mut tabs, mut k) = ([0; 5], 0);
            for (i, &b) in bytes[at..end].iter().enumerate() {
                if b == b'\t' {
                    tabs[k] = at + i;
                    k += 1;
                    if k == tabs.len() {
                        break;
                    }
                }
            }
            n += 1;
            g.add_row(text, n, at..end, &tabs[..k])?;
            at = end + 1;
        }
        if g.root == NONE {
            return Err(ParseError { line: 0, message: "no root row (code 000000)".into() });
        }
        g.group_codes();
        Ok(g)
    }

    /// Adds the row at `span` of `text` (line `n`), given the first tabs in it.
    fn add_row(&mut self, text: &'static str, n: usize, span: Range<usize>, tabs: &[usize]) -> Result<(), ParseError> {
        let line = &text[span.clone()];
        if line.is_empty() || line.starts_with('#') {
            return Ok(());
        }
        let err = |message: &str| ParseError { line: n, message: format!("{message}: {line:?}") };
        let &[t0, t1, t2, t3, t4] = tabs else { return Err(err("fewer than 10 fields")) };
        let (code, first, last) = (&text[span.start..t0], &text[t0 + 1..t1], &text[t1 + 1..t2]);
        let (level, name, rest) = (&text[t2 + 1..t3], &text[t3 + 1..t4], &text[t4 + 1..span.end]);
        // Years and codes are plain digits; an empty field is open or absent.
        let number = |s: &str, empty: u32| match s {
            "" => Ok(empty),
            _ => digits(s.as_bytes()).ok_or_else(|| err("bad number")),
        };
        if self.records.last().is_some_and(|r| r.name > name) {
            return Err(err("rows not sorted by name"));
        }
        let index = self.records.len() as u32;
        let record = Record {
            code: number(code, NONE)?,
            first: number(first, 0).map(|y| if y == 0 { OPEN_START } else { y as i32 })?,
            last: number(last, OPEN_END as u32)? as i32,
            level: Level::parse(level).ok_or_else(|| err("bad level"))?,
            name,
            rest,
        };
        if record.code == 0 {
            self.root = index;
        }
        self.records.push(record);
        self.add_written(name);
        if rest.ends_with("\t\t") {
            return Ok(());
        }
        let [_, _, _, short, alias] = split5(rest).ok_or_else(|| err("not 10 fields"))?;
        for (keys, tier) in [(alias, Tier::Alias), (short, Tier::Short)] {
            for key in keys.split(',').filter(|k| !k.is_empty()) {
                self.extra.entry(key).or_default().push((tier, index));
                let (word, bit) = opening_bit(key);
                self.openings[word] |= bit;
                if tier == Tier::Alias {
                    self.add_written(key);
                }
                self.longest_key = self.longest_key.max(key.len());
            }
        }
        Ok(())
    }

    /// Notes a key that texts write (a full name or an alias) for the scans.
    fn add_written(&mut self, key: &str) {
        let (word, bit) = opening_bit(key);
        self.openings[word] |= bit;
        self.longest_key = self.longest_key.max(key.len());
        set_bit(&mut self.written_starts, key.chars().next());
        set_bit(&mut self.written_ends, key.chars().next_back());
    }

    /// Fills `by_code` and `code_groups`.
    fn group_codes(&mut self) {
        let groups = self.records.iter().map(|r| r.code / 100).max().unwrap_or(0) as usize + 2;
        let mut starts = vec![0u32; groups];
        for r in &self.records {
            starts[r.code as usize / 100 + 1] += 1;
        }
        for k in 1..groups {
            starts[k] += starts[k - 1];
        }
        let mut fill = starts.clone();
        self.by_code = vec![0; self.records.len()];
        for (i, r) in self.records.iter().enumerate() {
            let slot = &mut fill[r.code as usize / 100];
            self.by_code[*slot as usize] = i as u32;
            *slot += 1;
        }
        self.code_groups = starts;
    }

    /// The rows of a code.
    fn rows_of(&self, code: u32) -> impl Iterator<Item = u32> + '_ {
        let group = code as usize / 100;
        let span = match self.code_groups.get(group..group + 2) {
            Some(&[start, end]) => start as usize..end as usize,
            _ => 0..0,
        };
        self.by_code[span].iter().copied().filter(move |&i| self.records[i as usize].code == code)
    }

    /// The row of `code` in use in `year`, else the nearest in time.
    fn row_near(&self, code: u32, year: i32) -> Option<u32> {
        self.rows_of(code).min_by_key(|&i| (self.records[i as usize].distance(year), std::cmp::Reverse(i)))
    }

    fn parent_of(&self, i: u32) -> Option<u32> {
        let r = &self.records[i as usize];
        let parent = r.parent();
        (parent != NONE).then(|| self.row_near(parent, r.reference_year())).flatten()
    }

    fn next_of(&self, i: u32) -> Option<u32> {
        let r = &self.records[i as usize];
        let next = r.next();
        (next != NONE).then(|| self.rows_of(next).find(|&j| self.records[j as usize].first == r.last)).flatten()
    }

    /// The latest row of a row's series.
    fn head_of(&self, mut i: u32) -> u32 {
        while let Some(n) = self.next_of(i) {
            i = n;
        }
        i
    }

    fn prev_of(&self, i: u32) -> Option<u32> {
        let prev = self.prev.get_or_init(|| {
            let mut prev = vec![NONE; self.records.len()];
            for j in 0..self.records.len() as u32 {
                if let Some(n) = self.next_of(j) {
                    prev[n as usize] = j;
                }
            }
            prev
        });
        Some(prev[i as usize]).filter(|&p| p != NONE)
    }

    fn division(&self, i: u32) -> Division<'_> {
        Division { g: self, i }
    }

    /// 全国, the parent of every province.
    pub fn root(&self) -> Division<'_> {
        self.division(self.root)
    }

    /// Every row: one division per code and period.
    pub fn iter(&self) -> impl Iterator<Item = Division<'_>> {
        (0..self.records.len() as u32).map(|i| self.division(i))
    }

    /// The division with this code in `year` (the current one without a year).
    pub fn by_code(&self, code: u32, year: Option<i32>) -> Option<Division<'_>> {
        self.row_near(code, year.unwrap_or(OPEN_END - 1)).map(|i| self.division(i))
    }

    /// Rows whose full name is `key`.
    fn named(&self, key: &str) -> impl Iterator<Item = u32> + '_ {
        let start = self.records.partition_point(|r| r.name < key);
        let n = self.records[start..].iter().take_while(|r| r.name == key).count();
        start as u32..(start + n) as u32
    }

    fn extra_of(&self, key: &str, tier: Tier) -> Vec<u32> {
        let rows = self.extra.get(key).map_or(&[][..], |rows| rows);
        rows.iter().filter(|e| e.0 == tier).map(|e| e.1).collect()
    }

    /// Rows a key names, at the best tier it has up to `max`. A bare short form is
    /// also the key plus one of [`SUFFIXES`] when that is the suffix its name drops.
    fn lookup(&self, key: &str, max: Tier) -> Option<(Tier, Vec<u32>)> {
        for tier in [Tier::Name, Tier::Alias].into_iter().filter(|&t| t <= max) {
            let rows: Vec<u32> = if tier == Tier::Name { self.named(key).collect() } else { self.extra_of(key, tier) };
            if !rows.is_empty() {
                return Some((tier, rows));
            }
        }
        if max < Tier::Short || key.chars().nth(1).is_none() {
            return None;
        }
        let mut rows = self.extra_of(key, Tier::Short);
        let mut name = String::with_capacity(key.len() + 16);
        for suffix in SUFFIXES {
            name.clear();
            name.push_str(key);
            name.push_str(suffix);
            if SUFFIXES.iter().find(|s| name.ends_with(*s)) == Some(suffix) {
                rows.extend(self.named(&name));
            }
        }
        (!rows.is_empty()).then_some((Tier::Short, rows))
    }

    /// Resolves a region name as a report, its title or its path writes it: 西青区,
    /// 天津市西青区, 合肥, 内蒙古, 黔东南州, 徐水县 (a former name), 全国. `year` (the
    /// report's) picks among divisions that bore the name at different times; without
    /// it the divisions in use today are preferred.
    pub fn resolve(&self, name: &str, year: Option<i32>) -> Resolution<'_> {
        let (rows, top_only) = self.candidates(&squeeze(name));
        self.decide(rows, year, top_only)
    }

    /// Whether `name` is some division's name at some time, whole or short (洛阳, 和田市,
    /// 呼和浩特), other than one that is also a common word (城区, 新区, 城关区): what a
    /// report may call a place it speaks of.
    pub fn names_a_division(&self, name: &str) -> bool {
        !is_common_word(name) && self.resolve(name, None) != Resolution::Unknown
    }

    /// Whether `name` (whole or short: 郑州, 郑州市) names a division under the one named
    /// `whole` in `year` (郑州 under 河南省), not a common word: a part of its region a
    /// report may speak of.
    pub fn names_a_part_of(&self, name: &str, whole: &str, year: i32) -> bool {
        let named = match self.resolve(name, Some(year)) {
            _ if is_common_word(name) => return false,
            Resolution::Unique(d) => vec![d],
            Resolution::Ambiguous(ds) => ds,
            Resolution::Unknown => return false,
        };
        let Some(whole) = self.resolve(whole, Some(year)).unique() else { return false };
        let under =
            |d: &Division| std::iter::successors(d.parent(), Division::parent).any(|p| p.current() == whole.current());
        named.iter().any(under)
    }

    /// Like [`resolve`](Self::resolve), with other text to choose between the
    /// divisions a name may mean: a parent's name (朝阳区 with 长春市), another part of
    /// the path, or the report's opening. Among the candidates, the one whose own
    /// government the text speaks for (我代表市人民政府) wins, then the one the text names
    /// most often, then the one whose ancestors it names most; with no difference the
    /// answer is `resolve`'s.
    pub fn resolve_in(&self, name: &str, year: Option<i32>, context: &str) -> Resolution<'_> {
        let fallback = self.resolve(name, year);
        let (rows, _) = self.candidates(&squeeze(name));
        let groups = self.groups(self.by_year(rows, year), year);
        if groups.len() < 2 {
            return fallback;
        }
        let named: Vec<u32> = match self.resolve(context.trim(), year) {
            Resolution::Unique(d) => vec![d.current().i],
            _ => self
                .find_in(context, year)
                .iter()
                .filter_map(|m| m.resolution.unique())
                .map(|d| d.current().i)
                .collect(),
        };
        let score = |&i: &u32| {
            let r = &self.records[i as usize];
            let suffix = r.name.chars().last().unwrap_or_default();
            let speaks = ["人民政府", "政府"]
                .iter()
                .map(|p| context.matches(&format!("代表{suffix}{p}")).count())
                .sum::<usize>();
            let own = named.iter().filter(|&&h| h == self.head_of(i)).count();
            let ancestors: Vec<u32> = self.division(i).ancestors().map(|a| a.current().i).collect();
            let above = named.iter().filter(|h| ancestors.contains(h)).count();
            // (朝阳区 of a report that says 北京 but never 北京市: the short names of the
            // divisions above, which alone may be words, counted only to choose among these;
            // not one the name itself holds, 吉林 of 吉林市 under 吉林省)
            let short_above = self
                .division(i)
                .ancestors()
                .filter(|a| a.level() != Level::National)
                .flat_map(|a| a.rec().short_forms())
                .filter(|short| !name.contains(short))
                .map(|short| context.matches(short).count())
                .sum::<usize>();
            (speaks, own, above, short_above)
        };
        let mut scores: Vec<_> = groups.iter().map(score).collect();
        // (a short name counts only when no other candidate's is said at all: a report of
        // 舟山's 普陀区 says 上海 as a place to learn from, and 舟山 too)
        if scores.iter().filter(|s| s.3 > 0).count() != 1 {
            scores.iter_mut().for_each(|s| s.3 = 0);
        }
        let best = scores.iter().max().copied().unwrap_or_default();
        if best == (0, 0, 0, 0) || scores.iter().filter(|&&s| s == best).count() > 1 {
            return fallback;
        }
        let winner = groups[scores.iter().position(|&s| s == best).unwrap_or(0)];
        Resolution::Unique(self.division(winner))
    }

    /// Rows a whole key names (a bare short form only at its highest level: the bool),
    /// else the rows its last part names under the ancestors its other parts name.
    fn candidates(&self, key: &str) -> (Vec<u32>, bool) {
        if !self.may_name(key) {
            return (Vec::new(), false);
        }
        self.candidates_looked_up(key)
    }

    /// False when no name, alias or short form opens with the first two chars of `key`
    /// (of two chars or more): every lookup of [`candidates`](Self::candidates) is of a
    /// key that starts as `key` does and has two chars or more, so none would find one.
    fn may_name(&self, key: &str) -> bool {
        let (word, bit) = opening_bit(key);
        key.chars().nth(1).is_none() || self.openings[word] & bit != 0
    }

    /// [`candidates`](Self::candidates) without the test of the key's opening.
    fn candidates_looked_up(&self, key: &str) -> (Vec<u32>, bool) {
        if let Some((tier, rows)) = self.lookup(key, Tier::Short) {
            return (rows, tier == Tier::Short);
        }
        let chars: Vec<usize> = key.char_indices().map(|(at, _)| at).chain([key.len()]).collect();
        let mut found = Vec::new();
        let mut budget = 256;
        self.split_chain(key, &chars, 0, &mut Vec::new(), &mut found, &mut budget);
        found.sort_unstable();
        found.dedup();
        (found, false)
    }

    fn split_chain(
        &self,
        key: &str,
        chars: &[usize],
        at: usize,
        parts: &mut Vec<Vec<u32>>,
        found: &mut Vec<u32>,
        budget: &mut usize,
    ) {
        let n = chars.len() - 1;
        if at == n {
            if parts.len() >= 2 {
                let (last, above) = parts.split_last().expect("two parts");
                found.extend(last.iter().filter(|&&i| above.iter().all(|part| self.descends(i, part))));
            }
            return;
        }
        for end in (at + 2..=n.min(at + self.longest_key)).rev() {
            if chars[end] - chars[at] > self.longest_key {
                continue;
            }
            if *budget == 0 {
                return;
            }
            *budget -= 1;
            if let Some((_, rows)) = self.lookup(&key[chars[at]..chars[end]], Tier::Short) {
                parts.push(rows);
                self.split_chain(key, chars, end, parts, found, budget);
                parts.pop();
            }
        }
    }

    /// Whether one of `above` (or a row of its series) is an ancestor of row `i`.
    fn descends(&self, i: u32, above: &[u32]) -> bool {
        let heads: Vec<u32> = above.iter().map(|&a| self.head_of(a)).collect();
        self.division(i).ancestors().any(|a| heads.contains(&self.head_of(a.i)))
    }

    /// Keeps the rows in use when a report of `year` was given (at its start, else during
    /// it, loosely, else the nearest); without a year, the rows in use today if any.
    fn by_year(&self, rows: Vec<u32>, year: Option<i32>) -> Vec<u32> {
        let rec = |i: &u32| &self.records[*i as usize];
        let Some(y) = year else {
            let current: Vec<u32> = rows.iter().copied().filter(|i| rec(i).last == OPEN_END).collect();
            return if current.is_empty() { rows } else { current };
        };
        for keep in IN_USE_FOR_A_REPORT {
            let kept: Vec<u32> = rows.iter().copied().filter(|i| keep(rec(i), y)).collect();
            if !kept.is_empty() {
                return kept;
            }
        }
        // a division whose name is a common word (市区, 新区) and which was gone by then
        // is not what a later report means by the word (2021年市区政府工作报告)
        let rows: Vec<u32> = rows.into_iter().filter(|i| !(rec(i).last < y && is_common_word(rec(i).name))).collect();
        let nearest = rows.iter().map(|i| rec(i).distance(y)).min().unwrap_or_default();
        rows.into_iter().filter(|i| rec(i).distance(y) == nearest).collect()
    }

    /// One row per series, highest level first: the one in use in `year`, else the latest.
    fn groups(&self, rows: Vec<u32>, year: Option<i32>) -> Vec<u32> {
        let mut groups: Vec<(u32, u32)> = Vec::new();
        for i in rows {
            let head = self.head_of(i);
            let rank = |j: u32| {
                let s = &self.records[j as usize];
                (year.is_some_and(|y| s.valid(y)), s.first)
            };
            match groups.iter_mut().find(|g| g.0 == head) {
                Some(g) if rank(i) > rank(g.1) => g.1 = i,
                Some(_) => {}
                None => groups.push((head, i)),
            }
        }
        let mut groups: Vec<u32> = groups.into_iter().map(|g| g.1).collect();
        groups.sort_by_key(|&i| (self.records[i as usize].level, self.records[i as usize].code, i));
        groups
    }

    fn decide(&self, mut rows: Vec<u32>, year: Option<i32>, top_only: bool) -> Resolution<'_> {
        rows.sort_unstable();
        rows.dedup();
        let mut rows = self.by_year(rows, year);
        if top_only {
            let top = rows.iter().map(|&i| self.records[i as usize].level).min();
            rows.retain(|&i| Some(self.records[i as usize].level) == top);
        }
        let mut groups = self.groups(rows, year);
        match groups.len() {
            0 => Resolution::Unknown,
            1 => Resolution::Unique(self.division(groups[0])),
            _ => Resolution::Ambiguous(groups.drain(..).map(|i| self.division(i)).collect()),
        }
    }

    /// The divisions a short text such as a header line names, left to right, longest
    /// first: full names and suffixed short forms (呼伦贝尔市, 黔东南州), a chain of them
    /// as one mention (天津市西青区), 全国 in 全国人民代表大会. Bare short forms (合肥) are
    /// not looked for, nor names inside words (市场, 区域), nor names that are also
    /// words (城区, 新区, 和县) unless a congress or government follows.
    pub fn find_in(&self, text: &str, year: Option<i32>) -> Vec<Mention<'_>> {
        let chars: Vec<(usize, char)> = text.char_indices().chain([(text.len(), '\0')]).collect();
        let mut mentions = Vec::new();
        let mut k = 0;
        while k + 1 < chars.len() {
            let mut best: Option<(usize, Vec<u32>)> = None;
            self.chains_at(text, &chars, k, k, None, &mut best);
            match best {
                Some((end, rows)) => {
                    let resolution = self.decide(rows, year, false);
                    mentions.push(Mention { start: chars[k].0, end: chars[end].0, resolution });
                    k = end;
                }
                None => k += 1,
            }
        }
        mentions
    }

    /// Extends a chain begun at char `start` with a name at char `at` under `above`,
    /// keeping in `best` the longest acceptable chain and its last part's rows.
    fn chains_at(
        &self,
        text: &str,
        chars: &[(usize, char)],
        start: usize,
        at: usize,
        above: Option<&[u32]>,
        best: &mut Option<(usize, Vec<u32>)>,
    ) {
        let n = chars.len() - 1;
        if !has_bit(&self.written_starts, chars[at].1) {
            return;
        }
        for end in (at + 2..=n.min(at + self.longest_key)).rev() {
            if chars[end].0 - chars[at].0 > self.longest_key || !has_bit(&self.written_ends, chars[end - 1].1) {
                continue;
            }
            let key = &text[chars[at].0..chars[end].0];
            let Some((_, mut rows)) = self.lookup(key, Tier::Alias) else { continue };
            if let Some(above) = above {
                rows.retain(|&i| self.descends(i, above));
                if rows.is_empty() {
                    continue;
                }
            }
            self.chains_at(text, chars, start, end, Some(&rows), best);
            let longer = best.as_ref().is_none_or(|(e, _)| end > *e);
            if longer && self.acceptable(text, chars, start, at, end, key) {
                *best = Some((end, rows));
            }
        }
    }

    /// Whether a chain from char `start` whose last name `key` spans `at..end` reads as
    /// a division: not the start of a word (市场); standing alone, not the end of one
    /// (新增城市), and a name that is also a word (城区, 和县) only before a congress or
    /// government.
    fn acceptable(&self, text: &str, chars: &[(usize, char)], start: usize, at: usize, end: usize, key: &str) -> bool {
        let after = &text[chars[end].0..];
        let suffix = chars[end - 1].1;
        if SUFFIX_WORDS.iter().any(|&(s, w)| s == suffix && after.starts_with(w)) {
            return false;
        }
        if key == "全国" {
            return after.starts_with("人民代表大会");
        }
        if at > start {
            return true;
        }
        // Standing alone: not after a character that would make it the end of a word
        // (新增城市, 南昌都市圈), unless that character is a preposition or the like.
        let before = start.checked_sub(1).map(|b| chars[b].1);
        let clear = before.is_none_or(|c| !is_han(c) || "在于年共与和及表".contains(c));
        if end - at == 2 || WORDLIKE.contains(&key) {
            clear && WORDLIKE_FOLLOWERS.iter().any(|w| after.starts_with(w))
        } else {
            clear || !WORD_TAILS.iter().any(|t| key.ends_with(t)) || self.after_short_ancestor(text, chars, start, key)
        }
    }

    /// Whether the text before char `start` ends with the bare short form of an ancestor
    /// of a division named `key` (北京西城区).
    fn after_short_ancestor(&self, text: &str, chars: &[(usize, char)], start: usize, key: &str) -> bool {
        let rows: Vec<u32> = self.named(key).collect();
        (2..=4.min(start)).any(|k| {
            let prefix = &text[chars[start - k].0..chars[start].0];
            self.lookup(prefix, Tier::Short).is_some_and(|(_, above)| rows.iter().any(|&i| self.descends(i, &above)))
        })
    }
}

/// A code or year: one to nine ASCII digits (cheaper than `str::parse`, which the
/// startup budget notices over 20 000 fields).
fn digits(s: &[u8]) -> Option<u32> {
    if s.is_empty() || s.len() > 9 {
        return None;
    }
    s.iter().try_fold(0, |n, &b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
}

/// The five fields after a row's name.
fn split5(rest: &str) -> Option<[&str; 5]> {
    let mut fields = rest.split('\t');
    let out = [(); 5].map(|_| fields.next());
    match (out, fields.next()) {
        ([Some(a), Some(b), Some(c), Some(d), Some(e)], None) => Some([a, b, c, d, e]),
        _ => None,
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// The name without whitespace (titles space characters out: 西 青 区).
fn squeeze(name: &str) -> std::borrow::Cow<'_, str> {
    if name.chars().any(char::is_whitespace) {
        name.chars().filter(|c| !c.is_whitespace()).collect::<String>().into()
    } else {
        name.into()
    }
}

/// A division in one period of its history (one code and name); [`current`](Self::current)
/// and [`series_name`](Self::series_name) join the periods of one government.
#[derive(Clone, Copy)]
pub struct Division<'g> {
    g: &'g Gazetteer,
    i: u32,
}

impl PartialEq for Division<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.g, other.g) && self.i == other.i
    }
}

impl Eq for Division<'_> {}

impl std::hash::Hash for Division<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.i.hash(state);
    }
}

impl fmt::Debug for Division<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = self.rec();
        let year = |y: i32| if y == OPEN_START || y == OPEN_END { String::new() } else { y.to_string() };
        write!(f, "{:06} {} {}-{}", r.code, r.name, year(r.first), year(r.last))
    }
}

impl<'g> Division<'g> {
    fn rec(&self) -> &'g Record {
        &self.g.records[self.i as usize]
    }

    /// Administrative division code (GB/T 2260), 0 for 全国.
    pub fn code(&self) -> u32 {
        self.rec().code
    }

    /// The name in this period.
    pub fn name(&self) -> &'g str {
        self.rec().name
    }

    pub fn level(&self) -> Level {
        self.rec().level
    }

    /// First year of this period; `None` when it was already in the first data (1981).
    pub fn first_year(&self) -> Option<i32> {
        Some(self.rec().first).filter(|&y| y != OPEN_START)
    }

    /// The year this period ended (the change took effect during it); `None` if current.
    pub fn last_year(&self) -> Option<i32> {
        Some(self.rec().last).filter(|&y| y != OPEN_END)
    }

    pub fn is_current(&self) -> bool {
        self.rec().last == OPEN_END
    }

    /// The parent in this period: 全国 for a province, the municipality for its
    /// districts, the province for county-level units directly under it; `None` for 全国.
    pub fn parent(&self) -> Option<Division<'g>> {
        self.g.parent_of(self.i).map(|p| self.g.division(p))
    }

    /// Parent, grandparent, ... up to 全国.
    pub fn ancestors(&self) -> impl Iterator<Item = Division<'g>> {
        std::iter::successors(self.parent(), |d| d.parent())
    }

    /// The latest period of this government (itself if it was abolished, not renamed).
    pub fn current(&self) -> Division<'g> {
        self.g.division(self.g.head_of(self.i))
    }

    /// The latest name: 襄阳市 for 襄樊市, 徐水区 for 徐水县.
    pub fn current_name(&self) -> &'g str {
        self.current().name()
    }

    /// The periods of this government, oldest first.
    pub fn history(&self) -> impl Iterator<Item = Division<'g>> {
        let g = self.g;
        let mut first = self.i;
        while let Some(p) = g.prev_of(first) {
            first = p;
        }
        std::iter::successors(Some(g.division(first)), move |d| g.next_of(d.i).map(|n| g.division(n)))
    }

    /// This government's period in use when its report of `year` was given: at the
    /// year's start, else during it (loosely: also in the year it ended).
    pub fn in_year(&self, year: i32) -> Option<Division<'g>> {
        let periods: Vec<_> = self.history().collect();
        IN_USE_FOR_A_REPORT.into_iter().find_map(|keep| periods.iter().find(|d| keep(d.rec(), year))).copied()
    }

    /// The name this government bore in `year`.
    pub fn name_in(&self, year: i32) -> Option<&'g str> {
        self.in_year(year).map(|d| d.name())
    }

    /// Where an abolished division's area went (empty for a renamed or current one).
    pub fn merged_into(&self) -> Vec<Division<'g>> {
        let year = self.rec().last;
        let codes = self.rec().into().split(';').filter_map(|c| c.parse::<u32>().ok());
        codes.filter_map(|c| self.g.row_near(c, year)).map(|i| self.g.division(i)).collect()
    }

    /// The name with its ancestors below 全国: 内蒙古自治区呼伦贝尔市海拉尔区.
    pub fn full_name(&self) -> String {
        let mut parts: Vec<&str> =
            self.ancestors().filter(|a| a.level() != Level::National).map(|a| a.name()).collect();
        parts.reverse();
        parts.push(self.name());
        parts.concat()
    }

    /// The name a report series goes by, the same for every period of one government:
    /// its latest name ([`current_name`](Self::current_name)), qualified by that
    /// period's parent (北京市朝阳区, 南京市鼓楼区) when another series' latest name is
    /// the same — for a current division, another current one; for an abolished one,
    /// a current one or an abolished one of its level or above (the prefecture 莱芜市 of
    /// 1992–2018 keeps its name; the county-level 莱芜市 it grew from is qualified) — and
    /// by all its ancestors if the parent's name is shared too.
    pub fn series_name(&self) -> String {
        let head = self.current();
        let g = self.g;
        // Heads of other series: rows that do not continue.
        let clashes: Vec<Division> = (g.named(head.name()))
            .filter(|&i| i != head.i && g.records[i as usize].next() == NONE)
            .map(|i| g.division(i))
            .filter(|c| c.is_current() || (!head.is_current() && c.level() <= head.level()))
            .collect();
        let parent_name = |d: &Division<'g>| -> &'g str { d.parent().map_or("", |p| p.name()) };
        match clashes.iter().any(|c| parent_name(c) == parent_name(&head)) {
            _ if clashes.is_empty() => head.name().to_owned(),
            false => format!("{}{}", parent_name(&head), head.name()),
            true => head.full_name(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gaz() -> &'static Gazetteer {
        Gazetteer::builtin()
    }

    fn unique(name: &str, year: Option<i32>) -> Division<'static> {
        match gaz().resolve(name, year) {
            Resolution::Unique(d) => d,
            other => panic!("{name} ({year:?}): {other:?}"),
        }
    }

    fn names(text: &str) -> Vec<(&str, String)> {
        let found = gaz().find_in(text, None);
        let series = |r: &Resolution| match r {
            Resolution::Unique(d) => d.series_name(),
            other => format!("{other:?}"),
        };
        found.iter().map(|m| (&text[m.start..m.end], series(&m.resolution))).collect()
    }

    #[test]
    fn full_district_name_with_municipality_parent() {
        let d = unique("西青区", Some(2021));
        assert_eq!((d.code(), d.level()), (120111, Level::County));
        let chain: Vec<&str> = d.ancestors().map(|a| a.name()).collect();
        assert_eq!(chain, ["天津市", "全国"]);
        assert_eq!(d.series_name(), "西青区");
    }

    #[test]
    fn district_of_a_league_turned_city_has_the_full_chain() {
        let d = unique("海拉尔区", Some(2015));
        let chain: Vec<&str> = d.ancestors().map(|a| a.name()).collect();
        assert_eq!(chain, ["呼伦贝尔市", "内蒙古自治区", "全国"]);
        assert_eq!(d.full_name(), "内蒙古自治区呼伦贝尔市海拉尔区");
    }

    #[test]
    fn national_root() {
        let root = unique("全国", None);
        assert_eq!(root, gaz().root());
        assert_eq!((root.level().as_str(), root.parent(), root.series_name()), ("national", None, "全国".to_owned()));
        assert_eq!(unique("上海市", None).parent(), Some(root));
    }

    #[test]
    fn short_city_and_province_names() {
        for (short, full) in [
            ("合肥", "合肥市"),
            ("驻马店", "驻马店市"),
            ("上海", "上海市"),
            ("内蒙古", "内蒙古自治区"),
            ("宁夏", "宁夏回族自治区"),
            ("广西", "广西壮族自治区"),
            ("新疆", "新疆维吾尔自治区"),
            ("西藏", "西藏自治区"),
            ("呼伦贝尔", "呼伦贝尔市"),
            ("延边", "延边朝鲜族自治州"),
            ("黔东南州", "黔东南苗族侗族自治州"),
        ] {
            assert_eq!(unique(short, Some(2024)).name(), full, "{short}");
        }
    }

    #[test]
    fn bare_short_name_means_the_highest_level_bearing_it() {
        assert_eq!(unique("吉安", Some(2024)).level(), Level::City);
        assert_eq!(unique("吉林", Some(2024)).name(), "吉林省");
        assert_eq!(unique("吉林市", Some(2024)).level(), Level::City);
    }

    #[test]
    fn renamed_county_joins_its_district_series() {
        let county = unique("徐水县", Some(2010));
        assert_eq!((county.name(), county.current_name()), ("徐水县", "徐水区"));
        assert_eq!(county.series_name(), unique("徐水区", Some(2016)).series_name());
        assert_eq!(county.current().name_in(2010), Some("徐水县"));
        assert_eq!(county.current().name_in(2016), Some("徐水区"));
    }

    #[test]
    fn a_report_of_a_year_of_change_is_the_government_in_office_at_its_start() {
        // the prefecture-level 巢湖市 was abolished in August 2011 and a county-level city
        // took its name: the report of 2011, given in January, is the prefecture's
        assert_eq!((unique("巢湖市", Some(2011)).code(), unique("巢湖市", Some(2011)).level()), (341400, Level::City));
        assert_eq!(
            (unique("巢湖市", Some(2012)).code(), unique("巢湖市", Some(2012)).level()),
            (340181, Level::County)
        );
        // a division made during the year is still found by its name
        assert_eq!(unique("徐水区", Some(2015)).name(), "徐水区");
    }

    #[test]
    fn a_common_word_is_not_a_division_gone_before_the_report() {
        // 濮阳's 市区 became 华龙区 in 2002, 唐山's 新区 was abolished in 2002
        assert_eq!(gaz().resolve("市区", Some(2021)), Resolution::Unknown);
        assert_eq!(gaz().resolve("新区", Some(2021)), Resolution::Unknown);
        assert_eq!(unique("市区", Some(1995)).code(), 410902);
        // an old name that is no word still finds its division (襄樊 became 襄阳 in 2010)
        assert_eq!(unique("襄樊市", Some(2021)).series_name(), "襄阳市");
    }

    #[test]
    fn renamed_city_keeps_its_series() {
        let old = unique("襄樊市", Some(2008));
        assert_eq!(old.current_name(), "襄阳市");
        assert_eq!(old.series_name(), "襄阳市");
        assert_eq!(unique("襄阳", Some(2024)).series_name(), "襄阳市");
        // Before 2010 襄阳 was a district of 襄樊, now 襄州区.
        assert_eq!(unique("襄阳区", Some(2005)).current_name(), "襄州区");
    }

    #[test]
    fn prefecture_turned_city_keeps_its_series() {
        let d = unique("驻马店地区", Some(1995));
        assert_eq!(d.series_name(), "驻马店市");
        assert_eq!(unique("驻马店市", Some(2002)).level(), Level::City);
    }

    #[test]
    fn merged_district_is_its_own_series() {
        let d = unique("崇文区", Some(2005));
        assert_eq!(d.current_name(), "崇文区");
        assert_eq!(d.merged_into().iter().map(|d| d.name()).collect::<Vec<_>>(), ["东城区"]);
    }

    #[test]
    fn an_abolished_city_keeps_its_name_over_the_county_it_grew_from() {
        // the prefecture 莱芜市 (1992–2018) and the county-level 莱芜市 (1990–1992)
        assert_eq!(unique("莱芜市", Some(2014)).series_name(), "莱芜市");
        assert_eq!(unique("莱芜市", Some(1991)).series_name(), "泰安市莱芜市");
        // a current county-level 巢湖市 keeps the name; the abolished prefecture is qualified
        assert_eq!(unique("巢湖市", Some(2020)).series_name(), "巢湖市");
        assert_eq!(unique("巢湖市", Some(2005)).series_name(), "安徽省巢湖市");
    }

    #[test]
    fn prefixed_district_picks_its_city() {
        let nanjing = unique("南京市鼓楼区", None);
        let fuzhou = unique("福州市鼓楼区", None);
        assert_ne!(nanjing, fuzhou);
        assert_eq!((nanjing.series_name(), fuzhou.series_name()), ("南京市鼓楼区".into(), "福州市鼓楼区".into()));
        assert_eq!(unique("天津市西青区", None), unique("西青区", None));
        assert_eq!(unique("河北省保定市清苑区", None), unique("保定市清苑区", None));
        assert_eq!(unique("河北省清苑区", None).name(), "清苑区");
        assert_eq!(unique("北京朝阳", None).series_name(), "北京市朝阳区");
    }

    #[test]
    fn bare_ambiguous_district() {
        let Resolution::Ambiguous(all) = gaz().resolve("朝阳区", Some(2024)) else {
            panic!("朝阳区 not ambiguous")
        };
        let parents: Vec<&str> = all.iter().filter_map(|d| d.parent()).map(|p| p.name()).collect();
        assert_eq!(parents, ["北京市", "长春市"]);
        assert_eq!(all[0].series_name(), "北京市朝阳区");
    }

    #[test]
    fn context_names_the_parent_or_the_level() {
        assert_eq!(gaz().resolve_in("朝阳区", None, "长春市").unique().map(|d| d.code()), Some(220104));
        let opening = "各位代表：现在，我代表市人民政府向大会报告工作。吉林市经济稳中有进。";
        assert_eq!(gaz().resolve_in("吉林", Some(2024), opening).unique().map(|d| d.name()), Some("吉林市"));
        assert_eq!(gaz().resolve_in("吉林", Some(2024), "2024/吉林.docx").unique().map(|d| d.name()), Some("吉林省"));
        // the short name of the city or province above, which alone may be a word
        let beijing = "全面贯彻落实习近平总书记对北京重要讲话精神，朝阳区经济平稳发展。";
        assert_eq!(gaz().resolve_in("朝阳区", Some(2019), beijing).unique().map(|d| d.code()), Some(110105));
        let both = "北京、长春两地代表团来访。";
        assert!(gaz().resolve_in("朝阳区", Some(2019), both).unique().is_none());
        // (more of one than of the other decides nothing: 对标北京 in a report that says 吉林)
        let more = "深入贯彻总书记视察吉林重要讲话精神，对标北京，赴北京招商。";
        assert!(gaz().resolve_in("朝阳区", Some(2019), more).unique().is_none());
    }

    #[test]
    fn non_division_strings_are_unknown() {
        for s in ["市人民", "国务院", "二00三", "区政府", "政府工作报告", "市场", "区域", "县域", "", "2024"]
        {
            assert_eq!(gaz().resolve(s, None), Resolution::Unknown, "{s}");
        }
    }

    #[test]
    fn the_test_of_a_keys_opening_never_drops_a_candidate() {
        // every name and key, its prefixes, chains of two, and words that name nothing
        let g = gaz();
        let mut keys: Vec<String> = Vec::new();
        for (i, r) in g.records.iter().enumerate() {
            let chars: Vec<char> = r.name.chars().collect();
            keys.extend((2..=chars.len()).map(|n| chars[..n].iter().collect()));
            keys.push(format!("{}{}", g.records[(i * 7) % g.records.len()].name, r.name));
        }
        keys.extend(g.extra.keys().map(|k| k.to_string()));
        keys.extend(
            ["水泥", "粮食产量", "企业", "市人民", "西 青区", "天津西青", "黔东南", "延边", "", "市"].map(String::from),
        );
        let mut skipped = 0;
        for key in &keys {
            assert_eq!(g.candidates(key), g.candidates_looked_up(key), "{key}");
            skipped += usize::from(!g.may_name(key));
        }
        assert!(keys.len() > 10_000 && skipped >= 4, "{} keys, {skipped} not looked up", keys.len());
    }

    #[test]
    fn year_picks_between_reused_names() {
        // 巢湖市 was a prefecture-level city 1999-2011 and is a county-level city since.
        assert_eq!(unique("巢湖市", Some(2005)).level(), Level::City);
        assert_eq!(unique("巢湖市", Some(2015)).level(), Level::County);
        assert_eq!(unique("巢湖市", None).level(), Level::County);
    }

    #[test]
    fn series_names_are_unique() {
        let g = gaz();
        let mut seen = std::collections::HashMap::new();
        for d in g.iter().filter(|d| d.current() == *d) {
            if let Some(other) = seen.insert(d.series_name(), d) {
                panic!("{other:?} and {d:?} share {}", d.series_name());
            }
        }
    }

    #[test]
    fn find_in_header_with_date_and_congress() {
        assert_eq!(names("——2025年3月2日在河北省第十四届人民代表大会第三次会议上"), [("河北省", "河北省".into())]);
        assert_eq!(names("在第十四届全国人民代表大会第三次会议上"), [("全国", "全国".into())]);
    }

    #[test]
    fn find_in_prefixed_chain_is_one_mention() {
        assert_eq!(names("呼伦贝尔市海拉尔区人民政府区长 张三"), [("呼伦贝尔市海拉尔区", "海拉尔区".into())]);
        assert_eq!(names("2026年保定市清苑区政府工作报告"), [("保定市清苑区", "清苑区".into())]);
        assert_eq!(names("南京市鼓楼区区长"), [("南京市鼓楼区", "南京市鼓楼区".into())]);
    }

    #[test]
    fn find_in_prefers_the_full_form_written() {
        assert_eq!(names("吉林省人民政府"), [("吉林省", "吉林省".into())]);
        assert_eq!(names("吉林市人民政府"), [("吉林市", "吉林市".into())]);
        assert_eq!(names("海南省"), [("海南省", "海南省".into())]);
        assert_eq!(names("延边州人民政府"), [("延边州", "延边朝鲜族自治州".into())]);
    }

    #[test]
    fn find_in_skips_words_and_bare_names() {
        for text in [
            "开拓国际市场",
            "区域协调发展",
            "县域经济",
            "主城区人口",
            "全国第一",
            "合肥经济",
            "高新区人民医院",
            "新增城市绿地",
            "融入南昌都市圈",
        ] {
            assert_eq!(names(text), [], "{text}");
        }
        assert_eq!(names("和县第十八届人民代表大会"), [("和县", "和县".into())]);
        assert_eq!(names("中共晋城市委"), [("晋城市", "晋城市".into())]);
        assert_eq!(names("与北京西城区合作"), [("西城区", "西城区".into())]);
    }

    #[test]
    fn find_in_reports_ambiguity() {
        let found = gaz().find_in("朝阳区人民政府", Some(2024));
        assert!(matches!(&found[..], [Mention { start: 0, end: 9, resolution: Resolution::Ambiguous(_) }]));
    }

    #[test]
    fn every_row_is_well_formed_and_linked() {
        let g = gaz();
        for (i, r) in g.records.iter().enumerate() {
            let i = i as u32;
            assert!(split5(r.rest).is_some(), "{}: {:?}", r.name, r.rest);
            assert!(r.first < r.last, "{}", r.name);
            assert_eq!(g.parent_of(i).is_none(), r.code == 0, "{} has no parent row", r.name);
            assert_eq!(g.next_of(i).is_some(), r.next() != NONE, "{} has no continuation row", r.name);
            for code in r.into().split(';').filter(|c| !c.is_empty()) {
                assert!(digits(code.as_bytes()).is_some_and(|c| g.rows_of(c).next().is_some()), "{}: {code}", r.name);
            }
        }
    }

    #[test]
    fn parse_rejects_a_short_row() {
        let err = Gazetteer::parse("# header\n000000\t\t\tnational\n").err();
        assert_eq!(err.map(|e| e.line), Some(2));
    }

    #[test]
    fn the_shipped_table_parses_whole() {
        // (how fast: `cargo bench --bench stages -- gazetteer`)
        let g = Gazetteer::parse(include_str!("gazetteer.tsv")).expect("parses");
        assert_eq!(g.records.len(), gaz().records.len());
        assert!(g.records.len() > 5_000, "{} rows", g.records.len());
    }
}
