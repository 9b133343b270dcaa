//! `config/baogao.toml` + command-line flags -> one resolved [`Settings`].
//!
//! The file is parsed with serde (`deny_unknown_fields`, so a typo is an error that
//! names the key) and validated once; stages receive `&Settings` and never re-read it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::error::ConfigError;
use crate::model::{Bound, Measure, UnitFamily};

/// The configuration shipped in the repository, built into the binary so that it
/// runs from any folder.
pub const BUILTIN_CONFIG: &str = include_str!("../config/baogao.toml");
/// The configuration file read when `-c` names none and it exists.
const DEFAULT_CONFIG: &str = "config/baogao.toml";

/// The built-in settings, parsed once for all the unit tests.
#[cfg(test)]
pub(crate) fn test_settings() -> &'static Settings {
    static SETTINGS: std::sync::OnceLock<Settings> = std::sync::OnceLock::new();
    SETTINGS.get_or_init(|| builtin_settings(Overrides::default()).expect("the built-in configuration is valid"))
}

/// Load the configuration named by `-c` (`named`), else config/baogao.toml, else the
/// built-in one.
pub fn load_settings(named: Option<&Path>, overrides: Overrides) -> Result<Settings, ConfigError> {
    match named {
        Some(path) => Settings::load(path, overrides),
        None if Path::new(DEFAULT_CONFIG).is_file() => Settings::load(Path::new(DEFAULT_CONFIG), overrides),
        None => builtin_settings(overrides),
    }
}

/// The configuration built into the binary, with the flags applied.
pub fn builtin_settings(overrides: Overrides) -> Result<Settings, ConfigError> {
    let path = PathBuf::from("<built-in config/baogao.toml>");
    let file: ConfigFile = toml::from_str(BUILTIN_CONFIG)
        .map_err(|e| ConfigError::Invalid { path: path.clone(), message: e.to_string() })?;
    Settings::from_file(file, &path, BUILTIN_CONFIG.as_bytes(), overrides)
}

/// The file as written. Every section has a default, so a minimal file works.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(default)]
    pub output: OutputConfig,
    #[serde(default)]
    pub ingest: IngestConfig,
    #[serde(default)]
    pub regions: RegionsConfig,
    pub extract: ExtractConfig,
    #[serde(default)]
    pub indicators: Vec<IndicatorDef>,
    pub units: BTreeMap<String, UnitDef>,
    #[serde(default)]
    pub compare: CompareConfig,
    pub terms: TermsConfig,
    #[serde(default)]
    pub across: AcrossConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputConfig {
    pub formats: Vec<Format>,
    pub excel_bom: bool,
}

impl Default for OutputConfig {
    fn default() -> Self {
        OutputConfig { formats: vec![Format::Csv], excel_bom: false }
    }
}

/// A table format of `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Csv,
    Parquet,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IngestConfig {
    pub max_file_bytes: u64,
    /// Regexes of page chrome before the report (see [`Chrome`]).
    #[serde(default)]
    pub chrome_before: Vec<String>,
    /// Regexes of the first paragraph of a page trailer.
    #[serde(default)]
    pub chrome_after: Vec<String>,
}

impl Default for IngestConfig {
    fn default() -> Self {
        IngestConfig { max_file_bytes: 64 << 20, chrome_before: Vec::new(), chrome_after: Vec::new() }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionsConfig {
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtractConfig {
    pub scales: BTreeMap<String, f64>,
    pub bound_prefixes: BTreeMap<String, Bound>,
    pub bound_suffixes: BTreeMap<String, Bound>,
    pub growth_words: Vec<String>,
    pub decline_words: Vec<String>,
    pub share_words: Vec<String>,
    pub level_rates: Vec<String>,
    pub count_units: Vec<String>,
    pub not_indicator_prefixes: Vec<String>,
    pub not_indicator_units: Vec<String>,
    pub target_cues: Vec<String>,
    pub actual_cues: Vec<String>,
    pub estimate_cues: Vec<String>,
    pub five_year_cues: Vec<String>,
    pub no_target_cues: Vec<String>,
    pub subject_leading: Vec<String>,
    pub subject_trailing: Vec<String>,
    pub head_nouns: Vec<String>,
    /// Words that start where a unit would (人口): the unit is not read there.
    #[serde(default)]
    pub not_unit_words: Vec<String>,
    /// Comparisons inside a subject (增速快于第二产业): the subject ends before them.
    #[serde(default)]
    pub comparison_words: Vec<String>,
    /// Scope words of list items (城镇、农村): a bare one borrows the last item's rest.
    #[serde(default)]
    pub scope_modifiers: Vec<String>,
    /// Words that end a noun phrase read after a number (100多项成果在全国推广).
    #[serde(default)]
    pub subject_after_stops: Vec<String>,
    /// Verbs of doing that may open a subject (建成高标准农田): trimmed from its start.
    #[serde(default)]
    pub subject_leading_verbs: Vec<String>,
    /// Words before an alias that make the subject a part of what the alias names
    /// (民营企业进出口, 县域工业增加值): no indicator.
    #[serde(default)]
    pub part_qualifiers: Vec<String>,
    /// The same, before an alias of an indicator counted in people only (带动新增就业: the
    /// jobs a project brings, not the region's).
    #[serde(default)]
    pub people_part_qualifiers: Vec<String>,
    /// A `not_indicator_units` unit that is a quantity after one of these words in its
    /// clause (岁 after 寿命: a lifetime, not an age).
    #[serde(default)]
    pub units_read_after: BTreeMap<String, Vec<String>>,
    /// Category nouns an amount passed can name (超50亿元企业): the amount is the
    /// category's threshold, not a figure.
    #[serde(default)]
    pub category_nouns: Vec<String>,
    /// Nouns of a level held (人均, 余额, 总数, 里程): in a review of several years, the
    /// level at the end, not a total over them.
    #[serde(default)]
    pub stock_nouns: Vec<String>,
    /// Words before an amount that make it a plant's production capacity (年产36万吨):
    /// before a noun, part of a project's name, not a row.
    #[serde(default)]
    pub capacity_words: Vec<String>,
    /// Nouns of a project (机组, 生产线, 项目): a capacity before a noun, in a clause that
    /// names one of them, sizes a project and is no row.
    #[serde(default)]
    pub project_nouns: Vec<String>,
    /// One-char count units of a tally (金, 银, 铜 of 2金2银): read as units only at the end
    /// of a word or after another of the tally, so that 10家银行 counts banks.
    #[serde(default)]
    pub tally_units: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorDef {
    pub id: String,
    pub label: String,
    pub aliases: Vec<String>,
    /// Short names that name the indicator only said alone, as a growth, as a headline list
    /// says them (投资、消费、进出口额分别增长…: 投资 for fixed-asset investment); never the
    /// end of a longer subject (民间投资, 对外投资总额).
    #[serde(default)]
    pub short_aliases: Vec<String>,
    pub units: Vec<UnitFamily>,
    pub headline: Measure,
    pub higher_is_better: bool,
    /// The range a headline value can plausibly take, in the base unit (GDP growth
    /// −10…25%); a panel cell outside it is flagged `outlier`.
    #[serde(default)]
    pub plausible: Option<[f64; 2]>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitDef {
    pub base: String,
    pub factor: f64,
    pub family: UnitFamily,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareConfig {
    pub edit_threshold: f64,
    pub candidate_dice: f64,
    pub diff_deadline_ms: u64,
    pub approx_tolerance: f64,
    /// A percent cell (growth, rate) this many points off both neighbouring years of
    /// its region, in the same direction, is flagged `outlier`.
    #[serde(default = "default_outlier_points")]
    pub outlier_points: f64,
    /// An amount cell (money, people) this many times above or below both neighbouring
    /// years is flagged `outlier`.
    #[serde(default = "default_outlier_ratio")]
    pub outlier_ratio: f64,
}

fn default_outlier_points() -> f64 {
    8.0
}

fn default_outlier_ratio() -> f64 {
    3.0
}

impl Default for CompareConfig {
    fn default() -> Self {
        CompareConfig {
            edit_threshold: 0.5,
            candidate_dice: 0.25,
            diff_deadline_ms: 50,
            approx_tolerance: 0.5,
            outlier_points: default_outlier_points(),
            outlier_ratio: default_outlier_ratio(),
        }
    }
}

/// `[across]`: comparisons between regions of the same year (docs/across.md).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AcrossConfig {
    /// targets_cascade.csv: a region's targets against its parent's.
    pub cascade: bool,
    /// reuse.csv and reuse_summary.csv: wording found in other regions' reports.
    pub reuse: bool,
    /// A sentence with fewer chars (Han, letters, digits) is never a passage.
    pub min_chars: usize,
    /// The similarity (2·LCS / chars) a passage and its source must reach.
    pub min_similarity: f64,
    /// Chars per shingle of the MinHash signatures.
    pub shingle_chars: usize,
    /// LSH bands, and MinHash values per band.
    pub bands: usize,
    pub rows: usize,
    /// A passage found in the reports of more than this share of the batch's regions
    /// (and more than `boilerplate_min_regions`) is boilerplate, not reuse.
    pub boilerplate_share: f64,
    pub boilerplate_min_regions: usize,
    /// Source reports named per report in reuse_summary.csv.
    pub main_sources: usize,
    /// A sentence holding one of these is boilerplate whatever its count: the
    /// ceremonial and political formulas every report carries in its own variant.
    pub boilerplate_cues: Vec<String>,
    /// A sentence holding one of these reports the region's own honours (获评, 入选):
    /// the official title it names is not wording it borrowed. Never a passage.
    pub own_cues: Vec<String>,
    /// A sentence in a section whose title holds one of these is boilerplate.
    pub boilerplate_sections: Vec<String>,
    /// Whether a sentence that states a figure (a digit) is left out.
    pub skip_figures: bool,
    /// Seed of the MinHash functions: another seed, other (equally good) candidates.
    pub seed: u64,
}

impl Default for AcrossConfig {
    fn default() -> Self {
        AcrossConfig {
            cascade: true,
            reuse: true,
            min_chars: 20,
            min_similarity: 0.8,
            shingle_chars: 3,
            bands: 16,
            rows: 3,
            boilerplate_share: 0.2,
            boilerplate_min_regions: 10,
            main_sources: 3,
            boilerplate_cues: Vec::new(),
            own_cues: Vec::new(),
            boilerplate_sections: Vec::new(),
            skip_figures: false,
            seed: 22,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermsConfig {
    pub min_chars: usize,
    pub slogan_max_chars: usize,
    pub user_dict: Vec<String>,
    pub stopwords: Vec<String>,
    pub min_count: u32,
    pub ratio: f64,
}

/// Web page furniture around a scraped report (`ingest.chrome_*`), as regexes over
/// whole paragraphs, compiled once; `normalize` drops what they match.
#[derive(Debug, Clone, Default)]
pub struct Chrome {
    /// Paragraphs dropped when they stand before the report's greeting (各位代表：):
    /// 打印, 【字号：加大 还原 减小】, 来源：…, photo captions. One regex for all the
    /// patterns (an alternation), none for no patterns.
    pub before: Option<regex::Regex>,
    /// A paragraph in the last fifth of the text that starts the page's trailer
    /// (相关报道, 责任编辑): it and everything after it are dropped, and the paragraphs
    /// right before it that match too.
    pub after: Option<regex::Regex>,
}

/// Flags that override or complete the file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub formats: Option<Vec<Format>>,
    pub excel_bom: bool,
    pub jobs: Option<usize>,
    pub quiet: bool,
}

/// Everything a run needs, resolved once.
#[derive(Debug, Clone)]
pub struct Settings {
    pub file: ConfigFile,
    pub config_path: PathBuf,
    /// sha256 of the configuration file's bytes, for run.json.
    pub config_hash: String,
    pub formats: Vec<Format>,
    pub excel_bom: bool,
    pub jobs: Option<usize>,
    pub quiet: bool,
    /// Compiled `ingest.chrome_*` patterns.
    pub chrome: Chrome,
}

impl Settings {
    /// Read, parse and validate the configuration file, then apply the flags.
    pub fn load(path: &Path, overrides: Overrides) -> Result<Settings, ConfigError> {
        let bytes = std::fs::read(path).map_err(|e| ConfigError::Read { path: path.to_path_buf(), cause: e })?;
        let text = String::from_utf8(bytes.clone())
            .map_err(|_| ConfigError::Invalid { path: path.to_path_buf(), message: "the file is not UTF-8".into() })?;
        let file: ConfigFile = toml::from_str(&text)
            .map_err(|e| ConfigError::Invalid { path: path.to_path_buf(), message: e.to_string() })?;
        Self::from_file(file, path, &bytes, overrides)
    }

    pub fn from_file(file: ConfigFile, path: &Path, bytes: &[u8], o: Overrides) -> Result<Settings, ConfigError> {
        validate(&file).map_err(|message| ConfigError::Invalid { path: path.to_path_buf(), message })?;
        // each list is compiled as one alternation: one regex to build and to run per
        // paragraph (compiling is most of a small run's start-up). Each pattern is parsed
        // alone first, so that an error names it and no pattern can close another's group.
        let compile = |key: &str, list: &[String]| -> Result<Option<regex::Regex>, ConfigError> {
            let bad = |p: &str, e: &dyn std::fmt::Display| ConfigError::Invalid {
                path: path.to_path_buf(),
                message: format!("ingest.{key}: bad pattern {p:?}: {e}"),
            };
            for p in list {
                regex_syntax::Parser::new().parse(p).map_err(|e| bad(p, &e))?;
            }
            if list.is_empty() {
                return Ok(None);
            }
            let any = list.iter().map(|p| format!("(?:{p})")).collect::<Vec<_>>().join("|");
            regex::Regex::new(&any).map(Some).map_err(|e| bad(&list.join(" | "), &e))
        };
        let chrome = Chrome {
            before: compile("chrome_before", &file.ingest.chrome_before)?,
            after: compile("chrome_after", &file.ingest.chrome_after)?,
        };
        let mut formats = o.formats.unwrap_or_else(|| file.output.formats.clone());
        formats.sort();
        formats.dedup();
        if !formats.contains(&Format::Csv) {
            formats.insert(0, Format::Csv);
        }
        Ok(Settings {
            config_path: path.to_path_buf(),
            config_hash: hex(&Sha256::digest(bytes)),
            excel_bom: o.excel_bom || file.output.excel_bom,
            formats,
            jobs: o.jobs,
            quiet: o.quiet,
            chrome,
            file,
        })
    }

    pub fn indicator(&self, id: &str) -> Option<&IndicatorDef> {
        self.file.indicators.iter().find(|d| d.id == id)
    }
}

/// The largest `ingest.max_file_bytes` allowed.
const MAX_FILE_BYTES: u64 = 1 << 30;

fn validate(f: &ConfigFile) -> Result<(), String> {
    let mut seen = std::collections::BTreeSet::new();
    for (i, def) in f.indicators.iter().enumerate() {
        let at = format!("indicators[{i}] (id = \"{}\")", def.id);
        if def.id.is_empty() || !def.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            return Err(format!("{at}: id must be lowercase ASCII letters, digits and _"));
        }
        if !seen.insert(def.id.clone()) {
            return Err(format!("{at}: duplicate id"));
        }
        if def.aliases.iter().any(|a| a.is_empty()) || def.aliases.is_empty() {
            return Err(format!("{at}: aliases must be a non-empty list of non-empty strings"));
        }
        let families: Vec<UnitFamily> = f.units.values().map(|u| u.family).collect();
        // `number` (a bare number: an index, 13亿) needs no entry in [units]
        if let Some(bad) = def.units.iter().find(|u| !families.contains(u) && **u != UnitFamily::Number) {
            return Err(format!("{at}: unit family \"{bad}\" is not the family of any entry in [units]"));
        }
    }
    for (name, u) in &f.units {
        if name.is_empty() || !(u.factor > 0.0 && u.factor.is_finite()) {
            return Err(format!("units.\"{name}\": factor must be a positive number"));
        }
    }
    for (name, &s) in &f.extract.scales {
        if name.is_empty() || !(s > 0.0 && s.is_finite()) {
            return Err(format!("extract.scales.\"{name}\": scale must be a positive number"));
        }
    }
    // a report's char offsets are 32-bit (`model::OffsetMap`); a file of at most 1 GiB
    // decodes to fewer chars than that, whatever its encoding (a DOCX's text is capped
    // lower still)
    if !(1..=MAX_FILE_BYTES).contains(&f.ingest.max_file_bytes) {
        return Err(format!(
            "ingest.max_file_bytes must be between 1 and {MAX_FILE_BYTES} (1 GiB), not {}",
            f.ingest.max_file_bytes
        ));
    }
    let c = &f.compare;
    for (key, v) in [("edit_threshold", c.edit_threshold), ("candidate_dice", c.candidate_dice)] {
        if !(0.0..=1.0).contains(&v) {
            return Err(format!("compare.{key} must be between 0 and 1, not {v}"));
        }
    }
    validate_across(&f.across)?;
    if f.terms.ratio < 1.0 {
        return Err(format!("terms.ratio must be at least 1, not {}", f.terms.ratio));
    }
    Ok(())
}

fn validate_across(a: &AcrossConfig) -> Result<(), String> {
    for (key, v) in [("min_similarity", a.min_similarity), ("boilerplate_share", a.boilerplate_share)] {
        if !(0.0..=1.0).contains(&v) {
            return Err(format!("across.{key} must be between 0 and 1, not {v}"));
        }
    }
    for (key, v, max) in [
        ("shingle_chars", a.shingle_chars, 16),
        ("bands", a.bands, 256),
        ("rows", a.rows, 16),
        ("min_chars", a.min_chars, 10_000),
    ] {
        if !(1..=max).contains(&v) {
            return Err(format!("across.{key} must be between 1 and {max}, not {v}"));
        }
    }
    Ok(())
}

/// Lower-case hex of a digest.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped configuration with other chrome patterns.
    fn with_chrome(before: &str, after: &str) -> Result<Settings, ConfigError> {
        let text: String = BUILTIN_CONFIG
            .lines()
            .map(|l| {
                if l.starts_with("chrome_before =") {
                    format!("chrome_before = {before}")
                } else if l.starts_with("chrome_after =") {
                    format!("chrome_after = {after}")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        let file: ConfigFile = toml::from_str(&text).unwrap();
        Settings::from_file(file, Path::new("test.toml"), text.as_bytes(), Overrides::default())
    }

    #[test]
    fn chrome_patterns_match_as_any_of_them_with_their_own_flags() {
        let s = with_chrome(r#"["(?i)^abc", "^x$", "a|b$"]"#, "[]").unwrap();
        let before = s.chrome.before.unwrap();
        for (text, any) in
            [("ABCd", true), ("x", true), ("X", false), ("xy", false), ("qa", true), ("b", true), ("bq", false)]
        {
            assert_eq!(before.is_match(text), any, "{text}");
        }
        assert!(s.chrome.after.is_none());
    }

    #[test]
    fn the_file_size_limit_is_at_least_one_byte_and_at_most_a_gibibyte() {
        let limit = |bytes: u64| {
            let mut file: ConfigFile = toml::from_str(BUILTIN_CONFIG).unwrap();
            file.ingest.max_file_bytes = bytes;
            Settings::from_file(file, Path::new("test.toml"), b"", Overrides::default()).map(|_| ())
        };
        assert!(limit(1).is_ok() && limit(1 << 30).is_ok());
        for bad in [0, (1 << 30) + 1, u64::MAX] {
            let err = limit(bad).unwrap_err().to_string();
            assert!(err.contains("test.toml") && err.contains("ingest.max_file_bytes"), "{err}");
        }
    }

    #[test]
    fn a_unit_family_is_one_of_the_known_ones() {
        let text = BUILTIN_CONFIG.replacen("family = \"money\"", "family = \"monay\"", 1);
        let err = toml::from_str::<ConfigFile>(&text).unwrap_err().to_string();
        assert!(err.contains("monay") && err.contains("money"), "{err}");
    }

    #[test]
    fn a_bad_chrome_pattern_is_named_even_if_the_alternation_would_parse() {
        // `a)|(b` is no regex, though `(?:a)|(b)` is: each pattern is checked alone
        let err = with_chrome(r#"["^ok", "a)|(b"]"#, "[]").unwrap_err().to_string();
        assert!(err.contains("ingest.chrome_before") && err.contains("a)|(b"), "{err}");
        let err = with_chrome("[]", r#"["[unclosed"]"#).unwrap_err().to_string();
        assert!(err.contains("ingest.chrome_after") && err.contains("[unclosed"), "{err}");
    }
}
