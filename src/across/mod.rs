//! Across regions, within a year: each region's targets against the level above
//! ([`cascade`]: panel cells -> [`cascade::Cascade`]) and the wording a report shares
//! with other governments' reports of the same or the previous year ([`reuse`]:
//! sentences -> [`reuse::Match`]es, found by MinHash LSH ([`minhash`]) and verified
//! with the similarity of `compare::align`). `baogao run` makes both whenever some
//! plan year has reports of more than one region; docs/across.md has the design.

pub mod cascade;
pub mod minhash;
pub mod reuse;

use std::collections::BTreeMap;

use crate::model::Meta;

/// Whether some plan year has reports of more than one region: the batch has
/// something to compare across regions.
pub fn has_several_regions_in_a_year(reports: &[&Meta]) -> bool {
    let mut first: BTreeMap<i32, &str> = BTreeMap::new();
    reports.iter().any(|m| *first.entry(m.year).or_insert(m.region.as_str()) != m.region)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(region: &str, year: i32) -> Meta {
        Meta {
            report_id: format!("{region}/{year}"),
            region: region.into(),
            parent_region: String::new(),
            level: None,
            year,
            review_year: year - 1,
            delivered: None,
            title: String::new(),
            speaker: String::new(),
            region_raw: region.into(),
            meta_source: String::new(),
            warnings: Vec::new(),
            other_report: None,
            abridged: false,
        }
    }

    #[test]
    fn two_regions_in_one_year_make_a_batch_to_compare_across() {
        let series = [meta("海拉尔区", 2018), meta("海拉尔区", 2019), meta("西青区", 2021)];
        assert!(!has_several_regions_in_a_year(&series.iter().collect::<Vec<_>>()));
        let both = [meta("海拉尔区", 2019), meta("全国", 2019)];
        assert!(has_several_regions_in_a_year(&both.iter().collect::<Vec<_>>()));
    }
}
