//! Panel cells + the batch's reports -> each region's targets against its parent's
//! ([`Cascade`], a row of targets_cascade.csv).
//!
//! The level above a region is its parent in the gazetteer, or, when the batch has no
//! report of the parent for that year, the nearest ancestor that has one (海拉尔区's
//! parent 呼伦贝尔市 and grandparent 内蒙古自治区 are not in the corpus: it is set
//! against 全国). A row needs both to state a value for the indicator that year.
//!
//! The difference is taken between the *favourable ends* of the two targets: the
//! most ambitious outcome each target names, by the indicator's direction
//! (`higher_is_better` in the config). For an indicator where more is better (growth,
//! revenue, jobs) that is the upper end of a range (6%–6.5% → 6.5) and the number
//! itself otherwise (6%左右, 6%以上); where less is better (unemployment 5.5%以内,
//! CPI 3%左右, energy intensity) it is the lower end of a range and the number itself
//! otherwise. So a positive difference means the region aims higher than the level
//! above for an indicator where more is better, and a negative one means it aims
//! lower (tighter) for one where less is better. targets_vs_actuals.csv judges `met`
//! against the other end of a range, the easiest to meet; the cascade compares
//! ambition.

use std::collections::{BTreeMap, BTreeSet};

use crate::compare::panel::PanelCell;
use crate::config::Settings;
use crate::meta::gazetteer::{Gazetteer, Resolution};
use crate::model::{Bound, Kind};

/// A report of the batch, as the cascade needs it.
#[derive(Debug, Clone)]
pub struct RegionYear {
    pub region: String,
    pub year: i64,
    pub parent_region: String,
    pub level: Option<String>,
}

/// A region's target against its parent's (or nearest ancestor's) for one year.
#[derive(Debug, Clone, PartialEq)]
pub struct Cascade {
    pub region: String,
    pub level: Option<String>,
    pub parent_region: String,
    pub parent_level: Option<String>,
    pub indicator: String,
    pub year: i64,
    pub target_value: Option<f64>,
    pub target_hi: Option<f64>,
    pub target_bound: Bound,
    pub parent_target_value: Option<f64>,
    pub parent_target_hi: Option<f64>,
    pub parent_target_bound: Bound,
    /// the region's favourable end − the parent's, when both are in one unit
    pub difference: Option<f64>,
    pub unit: String,
    pub report_id: String,
    pub parent_report_id: String,
}

/// The favourable end of a target (see the module's doc).
pub fn favourable_end(value: f64, hi: Option<f64>, higher_is_better: bool) -> f64 {
    let hi = hi.unwrap_or(value);
    if higher_is_better {
        value.max(hi)
    } else {
        value.min(hi)
    }
}

/// The ancestors of a region for a year, nearest first, with their levels: from the
/// gazetteer, else (a region it does not know) the parent the report's metadata names.
fn ancestors(r: &RegionYear) -> Vec<(String, Option<String>)> {
    let g = Gazetteer::builtin();
    let year = i32::try_from(r.year).ok();
    if let Resolution::Unique(d) = g.resolve(&r.region, year) {
        let found: Vec<_> = d.ancestors().map(|a| (a.series_name(), Some(a.level().as_str().to_string()))).collect();
        if !found.is_empty() || r.parent_region.is_empty() {
            return found;
        }
    }
    if r.parent_region.is_empty() {
        return Vec::new();
    }
    let level = match g.resolve(&r.parent_region, year) {
        Resolution::Unique(d) => Some(d.level().as_str().to_string()),
        _ => None,
    };
    vec![(r.parent_region.clone(), level)]
}

/// Each region's targets against those of the level above, sorted by region,
/// indicator, year.
pub fn cascade(cells: &[PanelCell], reports: &[RegionYear], settings: &Settings) -> Vec<Cascade> {
    let present: BTreeSet<(&str, i64)> = reports.iter().map(|r| (r.region.as_str(), r.year)).collect();
    let targets: BTreeMap<(&str, &str, i64), &PanelCell> = cells
        .iter()
        .filter(|c| c.kind == Kind::Target && c.value.is_some() && c.bound != Bound::Absent)
        .map(|c| ((c.region.as_str(), c.indicator.as_str(), c.year), c))
        .collect();
    // the level above each report's region that year: the nearest ancestor with a report
    let mut above: BTreeMap<(&str, i64), (String, Option<String>)> = BTreeMap::new();
    for r in reports {
        let up = ancestors(r).into_iter().find(|(a, _)| present.contains(&(a.as_str(), r.year)));
        if let Some(up) = up {
            above.insert((r.region.as_str(), r.year), up);
        }
    }
    let levels: BTreeMap<&str, Option<String>> = reports.iter().map(|r| (r.region.as_str(), r.level.clone())).collect();
    let mut out = Vec::new();
    for (&(region, indicator, year), cell) in &targets {
        let Some((parent, parent_level)) = above.get(&(region, year)) else { continue };
        let Some(up) = targets.get(&(parent.as_str(), indicator, year)) else { continue };
        let higher = settings.indicator(indicator).is_none_or(|d| d.higher_is_better);
        let difference = match (cell.value, up.value) {
            (Some(a), Some(b)) if cell.unit == up.unit => {
                Some(favourable_end(a, cell.value_hi, higher) - favourable_end(b, up.value_hi, higher))
            }
            _ => None,
        };
        out.push(Cascade {
            region: region.to_string(),
            level: levels.get(region).cloned().flatten(),
            parent_region: parent.clone(),
            parent_level: parent_level.clone(),
            indicator: indicator.to_string(),
            year,
            target_value: cell.value,
            target_hi: cell.value_hi,
            target_bound: cell.bound,
            parent_target_value: up.value,
            parent_target_hi: up.value_hi,
            parent_target_bound: up.bound,
            difference,
            unit: cell.unit.clone(),
            report_id: cell.report_id.clone(),
            parent_report_id: up.report_id.clone(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Measure;

    fn target(region: &str, indicator: &str, year: i64, value: f64, hi: Option<f64>, bound: Bound) -> PanelCell {
        PanelCell {
            region: region.into(),
            indicator: indicator.into(),
            kind: Kind::Target,
            year,
            value: Some(value),
            bound,
            report_id: format!("{region}/{year}"),
            value_hi: hi,
            unit: "%".into(),
            measure: Measure::Growth,
            sentence_id: 1,
            values_stated: 1,
            subject: String::new(),
            flags: Vec::new(),
        }
    }

    fn report(region: &str, year: i64, parent: &str, level: &str) -> RegionYear {
        RegionYear { region: region.into(), year, parent_region: parent.into(), level: Some(level.into()) }
    }

    #[test]
    fn the_favourable_end_follows_the_direction() {
        assert_eq!(favourable_end(6.0, Some(6.5), true), 6.5);
        assert_eq!(favourable_end(6.0, Some(6.5), false), 6.0);
        assert_eq!(favourable_end(5.5, None, false), 5.5);
        assert_eq!(favourable_end(7.0, None, true), 7.0);
    }

    #[test]
    fn a_province_is_set_against_the_nation_and_a_range_by_its_upper_end() {
        let cells = [
            target("全国", "gdp", 2019, 6.0, Some(6.5), Bound::Range),
            target("浙江省", "gdp", 2019, 6.5, Some(7.0), Bound::Range),
            target("全国", "unemployment_surveyed", 2019, 5.5, None, Bound::Approx),
            target("浙江省", "gdp", 2020, 6.0, None, Bound::Approx),
        ];
        let reports = [
            report("全国", 2019, "", "national"),
            report("浙江省", 2019, "全国", "province"),
            report("浙江省", 2020, "全国", "province"),
        ];
        let rows = cascade(&cells, &reports, crate::config::test_settings());
        // 2020: the nation's report is not in the batch; unemployment: the province states none
        assert_eq!(rows.len(), 1, "{rows:?}");
        let r = &rows[0];
        assert_eq!(
            (r.region.as_str(), r.parent_region.as_str(), r.parent_level.as_deref()),
            ("浙江省", "全国", Some("national"))
        );
        assert_eq!((r.target_hi, r.parent_target_hi, r.difference), (Some(7.0), Some(6.5), Some(0.5)));
    }

    #[test]
    fn a_district_without_its_city_and_province_is_set_against_the_nation() {
        let cells = [
            target("全国", "gdp", 2015, 7.0, None, Bound::Approx),
            target("海拉尔区", "gdp", 2015, 8.0, None, Bound::Approx),
        ];
        let reports = [report("全国", 2015, "", "national"), report("海拉尔区", 2015, "呼伦贝尔市", "county")];
        let rows = cascade(&cells, &reports, crate::config::test_settings());
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!((rows[0].parent_region.as_str(), rows[0].difference), ("全国", Some(1.0)));
    }

    #[test]
    fn the_parent_is_preferred_to_the_grandparent_when_its_report_is_there() {
        let cells = [
            target("全国", "gdp", 2015, 7.0, None, Bound::Approx),
            target("内蒙古自治区", "gdp", 2015, 8.0, None, Bound::Approx),
            target("海拉尔区", "gdp", 2015, 8.5, None, Bound::Approx),
        ];
        let reports = [
            report("全国", 2015, "", "national"),
            report("内蒙古自治区", 2015, "全国", "province"),
            report("海拉尔区", 2015, "呼伦贝尔市", "county"),
        ];
        let rows = cascade(&cells, &reports, crate::config::test_settings());
        let district: Vec<_> = rows.iter().filter(|r| r.region == "海拉尔区").collect();
        assert_eq!(district.len(), 1);
        assert_eq!((district[0].parent_region.as_str(), district[0].difference), ("内蒙古自治区", Some(0.5)));
    }

    #[test]
    fn a_ceiling_where_less_is_better_compares_the_lower_ends() {
        let cells = [
            target("全国", "cpi", 2019, 3.0, None, Bound::Approx),
            target("上海市", "cpi", 2019, 2.5, Some(3.0), Bound::Range),
        ];
        let reports = [report("全国", 2019, "", "national"), report("上海市", 2019, "全国", "province")];
        let settings = crate::config::test_settings();
        assert_eq!(settings.indicator("cpi").map(|d| d.higher_is_better), Some(false));
        let rows = cascade(&cells, &reports, settings);
        assert_eq!(rows[0].difference, Some(-0.5));
    }
}
