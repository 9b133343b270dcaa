//! One case per construct of the number grammar and its reading.

use super::*;
use crate::config::builtin_settings;
use crate::config::Overrides;
use crate::model::Document;

/// Extract from a report whose review part is `review` and plan part is `plan`
/// (delivered 2021-01-12, so it reviews 2020 and plans 2021).
fn extract_parts(review: &str, plan: &str) -> Vec<Indicator> {
    extract_parts_delivered("2021", review, plan)
}

/// Like [`extract_parts`], for a report delivered in January of `year`.
fn extract_parts_delivered(year: &str, review: &str, plan: &str) -> Vec<Indicator> {
    let prev = year.parse::<i32>().unwrap() - 1;
    extract_text(format!("政府工作报告\n——{year}年1月12日在某某区第一届人民代表大会第一次会议上\n一、{prev}年工作回顾\n{review}\n二、{year}年工作安排\n{plan}\n"))
}

/// Extract from a whole report's text, with the built-in settings.
pub(super) fn extract_text(text: String) -> Vec<Indicator> {
    let settings = builtin_settings(Overrides::default()).unwrap();
    let report = crate::prepare(Document::txt(text), &settings).unwrap();
    Extractor::new(&settings).extract(&report)
}

pub(super) fn review(text: &str) -> Vec<Indicator> {
    extract_parts(text, "")
}

pub(super) fn plan(text: &str) -> Vec<Indicator> {
    extract_parts("", text)
}

/// (period_start, period_end) of each indicator.
fn spans(v: &[Indicator]) -> Vec<(i32, i32)> {
    v.iter().map(|i| (i.period_start, i.period_end)).collect()
}

/// (value, kind, last year) of each figure
fn valued_kinds(v: &[Indicator]) -> Vec<(f64, Kind, i32)> {
    v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.kind, i.period_end)).collect()
}

/// (value, first year, last year) of each figure
fn valued_spans(v: &[Indicator]) -> Vec<(f64, i32, i32)> {
    v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.period_start, i.period_end)).collect()
}

/// (subject, measure, value, unit, bound)
fn brief(v: &[Indicator]) -> Vec<(String, Measure, f64, String, Bound)> {
    v.iter().map(|i| (i.subject.clone(), i.measure, i.value.unwrap_or(f64::NAN), i.unit.clone(), i.bound)).collect()
}

fn one(subject: &str, measure: Measure, value: f64, unit: &str, bound: Bound) -> (String, Measure, f64, String, Bound) {
    (subject.to_string(), measure, value, unit.to_string(), bound)
}

#[test]
fn growth_level_and_estimate_of_the_seed_summary() {
    let v = review(
        "全年预计地区生产总值增长0.5%；完成一般公共预算收入67亿元；城镇居民人均可支配收入达到43735元，增长2.8%。",
    );
    assert_eq!(
        brief(&v),
        [
            one("地区生产总值", Measure::Growth, 0.5, "%", Bound::Eq),
            one("一般公共预算收入", Measure::Level, 67.0, "亿元", Bound::Eq),
            one("城镇居民人均可支配收入", Measure::Level, 43735.0, "元", Bound::Eq),
            one("城镇居民人均可支配收入", Measure::Growth, 2.8, "%", Bound::Eq),
        ]
    );
    assert!(v.iter().all(|i| i.estimated && i.kind == Kind::Actual && (i.period_start, i.period_end) == (2020, 2020)));
    assert_eq!(v[0].indicator.as_deref(), Some("gdp"));
    assert_eq!(v[1].value_base, Some(6.7e9));
    assert_eq!(v[1].indicator.as_deref(), Some("general_budget_revenue"));
    assert_eq!(v[2].indicator.as_deref(), Some("urban_disposable_income"));
}

#[test]
fn targets_with_bounds_in_the_plan_part() {
    let v = plan("主要预期目标是：地区生产总值增长6.6%，固定资产投资增长8%以上，城镇登记失业率控制在5.5%以内，居民消费价格涨幅3%左右。");
    assert_eq!(
        brief(&v),
        [
            one("地区生产总值", Measure::Growth, 6.6, "%", Bound::Eq),
            one("固定资产投资", Measure::Growth, 8.0, "%", Bound::Ge),
            one("城镇登记失业率", Measure::Level, 5.5, "%", Bound::Le),
            one("居民消费价格涨幅", Measure::Growth, 3.0, "%", Bound::Approx),
        ]
    );
    assert!(v.iter().all(|i| i.kind == Kind::Target && !i.estimated && i.period_start == 2021));
    let ids: Vec<_> = v.iter().map(|i| i.indicator.clone().unwrap_or_default()).collect();
    assert_eq!(ids, ["gdp", "fixed_asset_investment", "registered_unemployment_rate", "cpi"]);
}

#[test]
fn decline_is_negative_growth_and_turns_the_bound() {
    let v = plan("单位生产总值能耗下降3%以上。");
    assert_eq!(brief(&v), [one("单位生产总值能耗", Measure::Growth, -3.0, "%", Bound::Le)]);
    assert_eq!(v[0].indicator.as_deref(), Some("energy_intensity"));
}

#[test]
fn percentage_points_and_multiples() {
    let v = review("城镇化率提高1.2个百分点，研发投入是2015年的1.5倍，失业率下降两个百分点。");
    assert_eq!(
        brief(&v),
        [
            one("城镇化率", Measure::PpChange, 1.2, "个百分点", Bound::Eq),
            one("研发投入", Measure::Multiple, 1.5, "倍", Bound::Eq),
            one("失业率", Measure::PpChange, -2.0, "个百分点", Bound::Eq),
        ]
    );
}

#[test]
fn respectively_distributes_values_over_subjects() {
    let v = review("城镇、农村居民人均可支配收入分别增长8%和8.5%。");
    assert_eq!(
        brief(&v),
        [
            one("城镇居民人均可支配收入", Measure::Growth, 8.0, "%", Bound::Eq),
            one("农村居民人均可支配收入", Measure::Growth, 8.5, "%", Bound::Eq),
        ]
    );
    let v = review("战略性新兴产业、高技术制造业增加值比重分别达到35%和26.2%。");
    assert_eq!(
        brief(&v),
        [
            one("战略性新兴产业增加值比重", Measure::Share, 35.0, "%", Bound::Eq),
            one("高技术制造业增加值比重", Measure::Share, 26.2, "%", Bound::Eq),
        ]
    );
}

#[test]
fn bounds_before_inside_and_after_the_number() {
    let v = review("投入6300余万元，新建道路26万余条，惠及近5000人，超过60%的企业，约3万人参加，新增就业1000人以上。");
    let bounds: Vec<(f64, &str, Bound)> = v.iter().map(|i| (i.value.unwrap(), i.unit.as_str(), i.bound)).collect();
    assert_eq!(
        bounds,
        [
            (6300.0, "万元", Bound::Gt),
            (26.0, "万条", Bound::Gt),
            (5000.0, "人", Bound::Lt),
            (60.0, "%", Bound::Gt),
            (3.0, "万人", Bound::Approx),
            (1000.0, "人", Bound::Ge),
        ]
    );
    // 约 before the verb of the number; a bound inside the number (三十多) stays
    let v = review("品种大约增加了2万种，工资约增长33%，投资大约增加30多亿元，产量增加约5万吨。");
    let bounds: Vec<Bound> = v.iter().map(|i| i.bound).collect();
    assert_eq!(bounds, [Bound::Approx, Bound::Approx, Bound::Gt, Bound::Approx]);
    // the 约 that ends a word (签约, 节约) is no "about"; 大约 and 约 alone are
    let v = review("重大项目签约6个，项目集中签约120亿元，新建学校约5所。");
    let bounds: Vec<Bound> = v.iter().map(|i| i.bound).collect();
    assert_eq!(bounds, [Bound::Eq, Bound::Eq, Bound::Approx]);
    assert_eq!(subjects(&v)[1], "项目集中签约");
}

#[test]
fn ranges_in_all_their_spellings() {
    for text in ["经济增长6%-6.5%。", "经济增长6—6.5%。", "经济增长6%至6.5%。", "经济增长6-6.5%。"]
    {
        let v = plan(text);
        assert_eq!(v.len(), 1, "{text}");
        assert_eq!((v[0].value, v[0].value_hi, v[0].bound), (Some(6.0), Some(6.5), Bound::Range), "{text}");
        assert_eq!(v[0].indicator.as_deref(), Some("gdp"), "{text}");
    }
}

#[test]
fn per_mille_in_words_and_and_above() {
    let v = plan("人口自然增长率控制在千分之四点五以内，地区生产总值增长7%及以上。");
    let read: Vec<_> = v.iter().map(|i| (i.value, i.unit.as_str(), i.bound)).collect();
    assert_eq!(read, [(Some(4.5), "‰", Bound::Le), (Some(7.0), "%", Bound::Ge)]);
}

#[test]
fn chinese_numerals_with_units() {
    let v = review("新增就业三十万人，降低两个百分点，达到百分之五点五，增长一倍。");
    let got: Vec<(f64, &str)> = v.iter().map(|i| (i.value.unwrap(), i.unit.as_str())).collect();
    assert_eq!(got, [(30.0, "万人"), (-2.0, "个百分点"), (5.5, "%"), (1.0, "倍")]);
    assert_eq!(v[0].value_base, Some(300_000.0));
}

#[test]
fn dates_ordinals_names_and_routes_are_not_indicators() {
    let v = review("2020年1月12日第十七届会议，建立“132”工作机制，出台“惠企14条”，地铁7号线和新104国道通车，8英寸晶圆，5G基站，“十四五”规划，PM2.5浓度，一个中心。");
    assert_eq!(brief(&v), []);
}

#[test]
fn counts_and_people() {
    let v = review("新认定“雏鹰”企业287家，接驳入境人员538批次、6573人。");
    let got: Vec<(f64, &str, Measure)> = v.iter().map(|i| (i.value.unwrap(), i.unit.as_str(), i.measure)).collect();
    assert_eq!(got, [(287.0, "家", Measure::Count), (538.0, "批次", Measure::Count), (6573.0, "人", Measure::Level)]);
}

#[test]
fn a_clause_opened_by_zhi_and_a_year_aims_at_that_year() {
    let v = plan("至2025年，人均生产总值达到5000美元，财政总收入突破350亿元。");
    assert!(v.iter().all(|i| (i.kind, i.period_end) == (Kind::Target, 2025)), "{v:?}");
    // and an aim to be reached by a year
    let v = plan("全面实施行动计划，实现2025年人均国内生产总值达到1000美元以上的目标。");
    assert!(v.iter().all(|i| (i.kind, i.period_end) == (Kind::Target, 2025)), "{v:?}");
    // not the sentences after it, nor a vision's year
    let v = plan("努力实现2030年工业总产值突破3000亿元的目标。新增规模以上工业企业60户。");
    assert_eq!(spans(&v)[1], (2021, 2021));
    let v = plan("综合考虑实现2035年远景目标，提出地区生产总值增长5%左右。");
    assert_eq!(spans(&v)[0], (2021, 2021));
}

#[test]
fn an_aim_held_within_a_rate_is_its_ceiling() {
    let v = extract_parts(
        "城镇登记失业率控制在3.3%。",
        "城镇登记失业率控制在4%，居民消费价格指数调控在102%以内，居民消费品价格指数为102，居民消费价格总指数调控在104以内。",
    );
    let got: Vec<(Kind, Option<&str>, Measure, f64, Bound)> =
        v.iter().map(|i| (i.kind, i.indicator.as_deref(), i.measure, i.value.unwrap(), i.bound)).collect();
    assert_eq!(
        got,
        [
            (Kind::Actual, Some("registered_unemployment_rate"), Measure::Level, 3.3, Bound::Eq),
            (Kind::Target, Some("registered_unemployment_rate"), Measure::Level, 4.0, Bound::Le),
            (Kind::Target, Some("cpi"), Measure::Index, 102.0, Bound::Le),
            (Kind::Target, Some("cpi"), Measure::Index, 102.0, Bound::Eq),
            (Kind::Target, Some("cpi"), Measure::Index, 104.0, Bound::Le),
        ]
    );
}

#[test]
fn jobs_counted_as_the_positions_made_are_people() {
    let v = extract_parts(
        "全年新增就业岗位37162个。引进企业20家，新增就业岗位1200个。",
        "新增城镇就业岗位40万个以上。今年开发就业岗位12万个。",
    );
    let got: Vec<(Option<&str>, f64, &str, f64)> =
        v.iter().map(|i| (i.indicator.as_deref(), i.value.unwrap(), i.unit.as_str(), i.value_base.unwrap())).collect();
    assert_eq!(
        got,
        [
            (Some("new_urban_jobs"), 37162.0, "个", 37162.0),
            (None, 20.0, "家", 20.0),
            (None, 1200.0, "个", 1200.0),
            (Some("new_urban_jobs"), 40.0, "万个", 400000.0),
            (None, 12.0, "万个", 120000.0),
        ]
    );
}

#[test]
fn jobs_in_wan_with_people_left_unsaid_are_people() {
    let v = extract_parts("城镇新增就业4.56万，城镇登记失业率3.2%。", "城镇新增就业5万以上。");
    let got: Vec<(Option<&str>, f64, &str, f64)> =
        v.iter().map(|i| (i.indicator.as_deref(), i.value.unwrap(), i.unit.as_str(), i.value_base.unwrap())).collect();
    assert_eq!(
        got,
        [
            (Some("new_urban_jobs"), 4.56, "万人", 45600.0),
            (Some("registered_unemployment_rate"), 3.2, "%", 3.2),
            (Some("new_urban_jobs"), 5.0, "万人", 50000.0),
        ]
    );
    // a bare number without its scale is unread; a noun after 万 is what it counts; the
    // bare 万 of an indicator not counted in people stays as written
    assert!(review("城镇新增就业4560。").is_empty());
    let v = review("城镇新增就业9.8万人、160万外出务工劳动力稳定就业。");
    assert_eq!(v[1].indicator, None);
    assert_eq!(v[1].unit, "万");
    assert_eq!(review("全县生产总值12万。")[0].unit, "万");
}

#[test]
fn jobs_a_project_brings_are_not_the_regions_jobs() {
    let ids = |v: Vec<Indicator>| -> Vec<Option<String>> { v.into_iter().map(|i| i.indicator).collect() };
    assert_eq!(ids(review("引进项目20个，带动新增就业1500人。")), [None, None]);
    assert_eq!(ids(plan("项目建成后可带动城镇新增就业2000人，吸纳新增就业3000人。")), [None, None]);
    // the region's own jobs beside them keep their indicator
    assert_eq!(
        ids(review("全县城镇新增就业1.2万人，其中创业带动新增就业3000人。")),
        [Some("new_urban_jobs".into()), None]
    );
    // an amount that projects drove is still the whole's
    assert_eq!(ids(review("带动固定资产投资增长2.8%。")), [Some("fixed_asset_investment".into())]);
}

#[test]
fn five_year_totals_span_the_plan_period() {
    let v = review("过去五年，累计新增就业5.2万人。");
    assert_eq!((v[0].period_start, v[0].period_end), (2016, 2020));
    let v = review("过去一年，新增就业1.2万人。");
    assert_eq!((v[0].period_start, v[0].period_end), (2020, 2020));
}

#[test]
fn a_change_on_the_year_before_in_a_five_year_review_is_the_last_year_s() {
    let spans = |review: &str| {
        let text = format!(
            "政府工作报告\n——2008年1月20日在某某省人民代表大会上\n一、过去五年工作回顾\n{review}\n二、2008年工作安排\n"
        );
        extract_text(text).iter().map(|i| (i.period_start, i.period_end)).collect::<Vec<_>>()
    };
    // the paragraph's years are the five, but 比上年 and 同比 say one of them
    assert_eq!(spans("全省生产总值达到30600亿元，比上年增长14.5%。"), [(2007, 2007), (2007, 2007)]);
    assert_eq!(spans("财政收入同比增长20%。"), [(2007, 2007)]);
    assert_eq!(spans("财政收入增长20%。"), [(2003, 2007)]);
    // a total over the years compared with the years before: the span's
    assert_ne!(spans("“十五”期间，全省累计实现财政收入500亿元，同比增长45%。")[1], (2007, 2007));
    // prices rise on average over the years: 年均上涨 is an average as 年均增长 is
    let v = review("居民消费价格年均上涨2.3%。");
    assert_eq!((v[0].period_start, v[0].period_end), (2016, 2020));
}

#[test]
fn a_news_story_of_the_report_reads_the_year_planned_as_aims() {
    // a story with no parts: 1月9日…开幕 dates it, no heading splits review and plan
    let story = |body: &str| {
        let text =
            format!("2022年某某县人民政府工作报告\n1月9日，某某县第十八届人民代表大会第一次会议开幕。\n{body}\n");
        extract_text(text).iter().map(|i| (i.kind, i.period_end)).collect::<Vec<_>>()
    };
    let aim = (Kind::Target, 2022);
    let result = (Kind::Actual, 2021);
    // a list of aims goes on after its full stop, with headline figures and no time of its own
    assert_eq!(
        story("报告指出，主要预期目标是：地区生产总值增长7%左右。一般公共预算收入增长4.9%左右，全体居民人均可支配收入增长7.5%左右。"),
        [aim, aim, aim]
    );
    assert_eq!(story("报告指出，主要预期目标是：地区生产总值增长7%左右。新建成10所学校。"), [aim, result]);
    // 今年 opening the sentence, or the clause, and the year planned with its aims
    assert_eq!(story("今年，全县地区生产总值增长6.5%左右，一般公共预算收入增长5%。"), [aim, aim]);
    assert_eq!(story("去年全县生产总值增长8%，今年预计增长7%左右。"), [result, aim]);
    assert_eq!(story("县长在讲到2022年工作总体要求时指出，地区生产总值增长10%。"), [aim]);
    assert_eq!(story("2022年，全县将新增城镇就业5000人。"), [aim]);
    // not the months so far, a part of the year, a deed done or a result foreseen by its year
    assert_eq!(story("今年以来，全县新增城镇就业3000人。"), [result]);
    assert_eq!(story("今年国务院决定提高收购价格，满足了八亿农民的愿望。"), [result]);
    assert_eq!(story("2022年预计工业总产值将等于2020年的1.2倍。").first().map(|k| k.0), Some(Kind::Actual));
    // 今年 of the report itself, a past said after it, the months so far
    assert_eq!(story("今年的政府工作报告显示，全县地区生产总值增长8%。"), [result]);
    assert_eq!(story("今年目标为7%，而上年实际增长8.1%。"), [aim, result]);
    assert_eq!(story("今年，全县已新增城镇就业3000人。"), [result]);
    // aims recalled in a review run on without headings: the list goes on as results
    assert_eq!(story("年初确定的主要预期目标是：增长7%左右。全县地区生产总值增长8.5%。")[1], result);
    // a story of a report given in December says 明年 for the year planned: its 今年 is no aim
    let december = story("今年全市地区生产总值预计增长8%。明年，全市地区生产总值预期增长7%左右。");
    assert_eq!(december[0].0, Kind::Actual);
    // the year's aims said met (基本完成, 圆满完成) set no aim; a rate held to a figure of two
    // decimals with no bound is the result, one held within a bound the aim
    assert_eq!(story("全年实现生产总值83亿元、增长10.8%，基本完成年度目标任务。"), [result, result]);
    assert_eq!(story("一般预算收入增长19.7%，基本实现预期目标。"), [result]);
    // 基本实现 of a long-range aim is the aim itself
    assert_eq!(story("到2025年基本实现农业现代化的目标，农村居民人均可支配收入年均增长8%。")[0].0, Kind::Target);
    assert_eq!(story("城镇登记失业率控制在3.05%。"), [result]);
    assert_eq!(story("城镇登记失业率控制在4.5%以内。"), [aim]);
    assert_eq!(story("人口自然增长率控制在6.50‰。"), [aim]);
    // what was expected, measured against or said of a range, sets no aim
    assert_eq!(story("预计地区生产总值增长8.5%，经济运行在预期的合理区间。"), [result]);
    assert_eq!(story("地区生产总值增长8.5%，好于预期。"), [result]);
    assert_eq!(story("地区生产总值预期增长8.5%。"), [aim]);
    assert_eq!(story("全市预期的地区生产总值增速为6.5%左右。"), [aim]);
    assert_eq!(story("报告确定了符合实际的主要预期目标：地区生产总值增长6%左右。"), [aim]);
    // the aims said met after them (…确定的目标任务均能完成, 预期目标全面实现) set none either
    assert_eq!(story("农民人均纯收入达到12600元，增长11%，确定的目标任务均能完成。"), [result, result]);
    assert_eq!(story("全县生产总值增长9%，主要预期目标全面实现。"), [result]);
    // …but not as an intent (目标任务要全面完成), nor in a sentence that sets aims
    assert_eq!(story("全县生产总值增长9%，全年目标任务要全面完成。"), [aim]);
    assert_eq!(
        story("会议要求，全县地区生产总值增长7%左右，城镇新增就业3000人，顺利完成全年各项目标任务。"),
        [aim, aim]
    );
    assert_eq!(story("全县生产总值增长7%左右，确保全年目标任务全面完成。"), [aim]);
    // …nor pushed for, foretold, planned for 明年 or said without how it came out
    for aimed in [
        "全县生产总值增长12%，推动目标任务全面完成。",
        "全县生产总值增长12%，力保目标任务全面完成。",
        "全县生产总值增长12%，这一目标一定会实现。",
        "明年，全县生产总值增长12%，主要预期目标全面实现。",
        "全县生产总值增长12%，推进目标实现。",
    ] {
        assert_eq!(story(aimed), [aim], "{aimed}");
    }
    // an aim not met says the figures are results too
    assert_eq!(story("全县生产总值增长13%，预期目标未能实现。"), [result]);
    // a result's share of its aim (占年度计划的103%) sets none
    assert_eq!(story("一般公共预算收入完成8.2亿元，增长9%，占年度计划的103%。"), [result, result, result]);
    // a report with parts: its opening lines before the first heading are no story
    let text = "政府工作报告\n——2022年1月10日在某某县人民代表大会上\n今年的形势是，全县地区生产总值增长8.5%。\n一、2021年工作回顾\n内容。\n二、2022年工作安排\n内容。\n";
    assert_eq!(extract_text(text.to_string())[0].kind, Kind::Actual);
}

#[test]
fn five_year_goals_are_targets_over_the_plan() {
    let v = plan("“十四五”时期，研发投入强度达到3%。");
    assert_eq!((v[0].kind, v[0].period_start, v[0].period_end), (Kind::Target, 2021, 2025));
    let v = plan("到2025年，常住人口城镇化率达到70%。");
    assert_eq!((v[0].period_start, v[0].period_end), (2021, 2025));
    // a plan of any century: 到1985年 in a report delivered in 1982
    let v = extract_parts_delivered("1982", "", "到1985年，粮食产量计划达到3.6亿吨。");
    assert_eq!((v[0].kind, v[0].period_start, v[0].period_end), (Kind::Target, 1982, 1985));
}

#[test]
fn a_plan_named_inside_an_earlier_sentence_does_not_date_the_targets_after_it() {
    // a web copy that runs the plan part into one paragraph: the plan's target is its
    // own sentence's, the jobs target after it the year's
    let v = plan("推动能耗双控转型，实现“十四五”能耗强度下降12%的目标。确保城镇新增就业6.4万人。");
    assert_eq!(spans(&v), [(2021, 2025), (2021, 2021)]);
    // a plan that opens its sentence, or whose sentence ends in a colon, frames what follows
    let v = plan("“十四五”时期，研发投入强度达到3%。常住人口城镇化率达到70%。");
    assert_eq!(spans(&v), [(2021, 2025), (2021, 2025)]);
    let v = plan("全力实现“十四五”规划确定的主要目标：研发投入强度达到3%。常住人口城镇化率达到70%。");
    assert_eq!(spans(&v), [(2021, 2025), (2021, 2025)]);
    // a plan named after other words still frames the sentences after it (the read of the
    // change: 展望“十四五”，…; 《纲要（草案）》提出了“十四五”时期…的奋斗目标。)
    let v = plan("展望“十四五”，我们将奋力谱写新篇章。全市地区生产总值年均增长6.5%左右，常住人口城镇化率达到65%。");
    assert_eq!(spans(&v), [(2021, 2025), (2021, 2025)]);
    let v = plan("《纲要（草案）》提出了“十四五”时期全市经济社会发展的奋斗目标。人均地区生产总值超过10万元。");
    assert_eq!(spans(&v), [(2021, 2025)]);
    let v = plan("市人民政府拟定了“十四五”规划草案。常住人口城镇化率达到66%。");
    assert_eq!(spans(&v), [(2021, 2025)]);
    // a second clause of the year's frame, its subject left out, names no plan's targets
    let v = plan("今年是新中国成立75周年，是实现“十四五”规划目标任务的关键一年。主要预期目标是：经济增长6%左右。");
    assert_eq!(spans(&v), [(2021, 2021)]);
}

#[test]
fn a_good_start_of_a_government_s_term_is_one_year() {
    // 本届政府 is the five years of a term, but its good start is the year reviewed
    let v = review("2020年，我们较好完成了各项目标任务，实现了本届政府良好开局。全市生产总值增长8.3%。");
    assert_eq!((v[0].period_start, v[0].period_end), (2020, 2020));
    let v = review("本届政府任期内，全市生产总值年均增长8.3%。");
    assert_eq!((v[0].period_start, v[0].period_end), (2016, 2020));
    // five years that the word describes (…收官的五年) stay five
    let v = review("过去五年是“十二五”收官和“十三五”开局的五年，累计新增城镇就业30万人。");
    assert_eq!((v[0].period_start, v[0].period_end), (2016, 2020));
    // 一年 alone in the clause is no single year (一年一个新台阶 over the five)
    let v = review("本届政府任期内全市经济一年一个新台阶，累计新增城镇就业30万人。");
    assert_eq!((v[0].period_start, v[0].period_end), (2016, 2020));
}

#[test]
fn an_aim_named_after_a_number_in_the_review_is_the_reviewed_year_s() {
    let v = review("一般公共预算收入增长5.3%，完成了分别增长5%的目标任务。");
    let aim: Vec<(Kind, i32)> = v.iter().map(|i| (i.kind, i.period_start)).collect();
    assert_eq!(aim, [(Kind::Actual, 2020), (Kind::Target, 2020)]);
    // every number of a list before the aim's noun (not a result listed before others)
    let v = review(
        "年初确定的生产总值增长9.5%、固定资产投资增长20%的目标超额完成，城镇新增就业6000人、农村劳动力转移就业1万人。",
    );
    let aim: Vec<Kind> = v.iter().map(|i| i.kind).collect();
    assert_eq!(aim, [Kind::Target, Kind::Target, Kind::Actual, Kind::Actual]);
    // in the plan part it is the plan year's
    let v = plan("一般公共预算收入增长5%的目标。");
    assert_eq!((v[0].kind, v[0].period_start), (Kind::Target, 2021));
    // an aim said after the result, in brackets or a clause of its own: the aim of the
    // same growth
    let v = review("地区生产总值增长5.5%（预期目标6%），一般公共预算收入增长8%，目标为7%。");
    let got: Vec<(Kind, Measure, f64)> = v.iter().map(|i| (i.kind, i.measure, i.value.unwrap_or(f64::NAN))).collect();
    assert_eq!(
        got,
        [
            (Kind::Actual, Measure::Growth, 5.5),
            (Kind::Target, Measure::Growth, 6.0),
            (Kind::Actual, Measure::Growth, 8.0),
            (Kind::Target, Measure::Growth, 7.0),
        ]
    );
    // a control target, compared with the result: the aim is the number, not below it
    let v = review("城镇登记失业率3.1%，低于4.5%的控制目标。地区生产总值增长7.1%，高于7%的预期目标。");
    let got: Vec<(Kind, i32, f64, Bound)> =
        v.iter().map(|i| (i.kind, i.period_start, i.value.unwrap_or(f64::NAN), i.bound)).collect();
    assert_eq!(
        got,
        [
            (Kind::Actual, 2020, 3.1, Bound::Eq),
            (Kind::Target, 2020, 4.5, Bound::Eq),
            (Kind::Actual, 2020, 7.1, Bound::Eq),
            (Kind::Target, 2020, 7.0, Bound::Eq),
        ]
    );
}

#[test]
fn a_heading_that_names_the_plan_year_in_a_five_year_plan_is_that_year() {
    let text = "政府工作报告\n——2024年1月12日在某某区第一届人民代表大会第一次会议上\n一、2023年工作回顾\n增长5%。\n二、2024年是实施“十四五”规划的关键一年\n地区生产总值增长6%。\n三、“十四五”时期的主要目标\n地区生产总值年均增长6%。\n";
    let v = extract_text(text.to_string());
    let periods: Vec<(i32, i32)> = v.iter().map(|i| (i.period_start, i.period_end)).collect();
    assert_eq!(periods, [(2023, 2023), (2024, 2024), (2021, 2025)]);
}

#[test]
fn a_target_the_report_does_not_set_is_absent_not_missing() {
    let v = plan("我们没有提出全年经济增速具体目标。");
    assert_eq!(v.len(), 1);
    assert_eq!(
        (v[0].bound, v[0].value, v[0].indicator.as_deref(), v[0].kind),
        (Bound::Absent, None, Some("gdp"), Kind::Target)
    );
}

#[test]
fn last_years_target_quoted_in_the_review_is_a_target() {
    let v = review("国内生产总值增长6.9%，高于6.5%左右的预期目标。");
    assert_eq!((v[0].kind, v[1].kind), (Kind::Actual, Kind::Target));
}

#[test]
fn per_capita_gdp_is_not_gdp() {
    let v = review("人均地区生产总值达到10万元。");
    assert_eq!(v[0].indicator.as_deref(), Some("gdp_per_capita"));
}

fn subjects(v: &[Indicator]) -> Vec<&str> {
    v.iter().map(|i| i.subject.as_str()).collect()
}

#[test]
fn respectively_before_one_number_holds_for_each_subject() {
    let v = review("城镇和农村居民人均可支配收入分别为40000元和20000元，分别增长6%。");
    assert_eq!(
        brief(&v),
        [
            one("城镇居民人均可支配收入", Measure::Level, 40000.0, "元", Bound::Eq),
            one("农村居民人均可支配收入", Measure::Level, 20000.0, "元", Bound::Eq),
            one("城镇居民人均可支配收入", Measure::Growth, 6.0, "%", Bound::Eq),
            one("农村居民人均可支配收入", Measure::Growth, 6.0, "%", Bound::Eq),
        ]
    );
    let v = plan("城乡居民人均可支配收入分别增长7%。");
    assert_eq!(subjects(&v), ["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
    let ids: Vec<_> = v.iter().map(|i| i.indicator.clone().unwrap_or_default()).collect();
    assert_eq!(ids, ["urban_disposable_income", "rural_disposable_income"]);
}

#[test]
fn each_without_a_subject_holds_for_the_list_named_before() {
    let v = review("城市和农村居民家庭人均可支配收入分别为5万元、2万元，都增长9%。");
    assert_eq!(
        subjects(&v),
        [
            "城市居民家庭人均可支配收入",
            "农村居民家庭人均可支配收入",
            "城市居民家庭人均可支配收入",
            "农村居民家庭人均可支配收入"
        ]
    );
    assert!(v[2..].iter().all(|i| i.measure == Measure::Growth && i.value == Some(9.0)));
}

#[test]
fn respectively_without_a_subject_follows_the_subjects_in_order() {
    let v = review("城乡常住居民人均可支配收入分别为50000元和30000元，分别增长5%和7%。");
    assert_eq!(
        subjects(&v),
        [
            "城镇常住居民人均可支配收入",
            "农村常住居民人均可支配收入",
            "城镇常住居民人均可支配收入",
            "农村常住居民人均可支配收入"
        ]
    );
    assert_eq!(v[3].value, Some(7.0));
}

#[test]
fn a_list_as_long_as_the_run_is_distributed_without_respectively() {
    let v = review("工业增加值和进出口总额增长6%和9%。");
    assert_eq!(
        brief(&v),
        [
            one("工业增加值", Measure::Growth, 6.0, "%", Bound::Eq),
            one("进出口总额", Measure::Growth, 9.0, "%", Bound::Eq),
        ]
    );
}

#[test]
fn a_short_list_item_borrows_the_longest_head_noun() {
    let v = review("口岸和本市进出口总额分别为500亿美元和300亿美元。");
    assert_eq!(subjects(&v), ["口岸进出口总额", "本市进出口总额"]);
}

#[test]
fn a_later_list_item_shares_the_first_items_modifier() {
    let v = plan("城镇调查失业率和登记失业率都不超过5%。");
    assert_eq!(
        brief(&v),
        [
            one("城镇调查失业率", Measure::Level, 5.0, "%", Bound::Le),
            one("城镇登记失业率", Measure::Level, 5.0, "%", Bound::Le),
        ]
    );
    let v = review("商标申请量和注册量分别增长10%和12%。");
    assert_eq!(subjects(&v), ["商标申请量", "商标注册量"]);
}

#[test]
fn a_bound_after_the_last_number_of_a_run_holds_for_all() {
    let v = plan("城乡居民人均可支配收入分别增长6%和7%左右。");
    assert_eq!(v.iter().map(|i| i.bound).collect::<Vec<_>>(), [Bound::Approx, Bound::Approx]);
    let v = review("城镇和农村居民人均可支配收入分别达到40000元、20000元。");
    assert_eq!(v.iter().map(|i| i.bound).collect::<Vec<_>>(), [Bound::Eq, Bound::Eq]);
    // the same figure twice: the bound tells the second from the first
    let v = plan("地区生产总值和一般公共预算收入分别增长8%和8%以上。");
    assert_eq!(v.iter().map(|i| i.bound).collect::<Vec<_>>(), [Bound::Eq, Bound::Ge]);
}

#[test]
fn time_phrases_at_the_end_of_a_subject_are_stripped() {
    let v = review("化学需氧量“十二五”期间减少18%、近三年再减少9%。");
    assert_eq!(
        brief(&v),
        [
            one("化学需氧量", Measure::Growth, -18.0, "%", Bound::Eq),
            one("化学需氧量", Measure::Growth, -9.0, "%", Bound::Eq),
        ]
    );
    let v = review("全区生产总值增长6%，过去五年年均增长8%。");
    assert_eq!(subjects(&v), ["全区生产总值", "全区生产总值"]);
}

#[test]
fn a_multiple_of_an_earlier_level_keeps_the_indicator() {
    let v = review("一般公共预算收入达到100亿元，是五年前的2倍。");
    assert_eq!(v[1].subject, "一般公共预算收入");
    assert_eq!((v[1].measure, v[1].indicator.as_deref()), (Measure::Multiple, Some("general_budget_revenue")));
}

#[test]
fn a_number_before_a_noun_counts_that_noun() {
    let v = review("淘汰200多个高耗能小作坊，累计50多项便民措施在全省推行，近10亿人口受益。");
    assert_eq!(
        brief(&v),
        [
            one("高耗能小作坊", Measure::Count, 200.0, "个", Bound::Gt),
            one("便民措施", Measure::Count, 50.0, "项", Bound::Gt),
            one("人口", Measure::Level, 10.0, "亿", Bound::Lt),
        ]
    );
}

#[test]
fn a_comparison_ends_the_subject_and_names_no_indicator() {
    let v = review("民营工业增加值增速快于全部工业3个百分点。");
    assert_eq!(brief(&v), [one("民营工业增加值增速", Measure::PpChange, 3.0, "个百分点", Bound::Eq)]);
    assert_eq!(v[0].indicator, None);
}

#[test]
fn an_ordinal_ranks_the_noun_after_it() {
    let v = review("我区是全省第二个旅游收入突破5亿元的县区。");
    assert_eq!(brief(&v), [one("旅游收入", Measure::Level, 5.0, "亿元", Bound::Gt)]);
}

#[test]
fn a_part_of_a_whole_is_a_share() {
    let v = review("服务贸易额占全国的5%，研发经费支出与生产总值之比为3%。");
    assert_eq!(v.iter().map(|i| i.measure).collect::<Vec<_>>(), [Measure::Share, Measure::Share]);
}

#[test]
fn compound_count_units_and_session_numbers() {
    let v = review("年末家畜存栏20万头只。");
    assert_eq!(brief(&v), [one("家畜存栏", Measure::Count, 20.0, "万头只", Bound::Eq)]);
    assert_eq!(brief(&review("贯彻县委五届十二次、十三次全会部署。")), []);
}

#[test]
fn a_proposed_figure_explained_in_the_plan_is_a_target() {
    let v = plan("提出地区生产总值增长6%左右，是考虑了去年的基数。");
    assert_eq!((v[0].kind, v[0].indicator.as_deref()), (Kind::Target, Some("gdp")));
}

#[test]
fn verbs_before_the_number_are_not_part_of_the_subject() {
    let v = review("龙头企业发展到30家，全市生产总值预期增长6%，发放各类补贴500万元，出口由下降2%转为增长5%。");
    assert_eq!(subjects(&v), ["龙头企业", "全市生产总值", "各类补贴", "出口", "出口"]);
    assert_eq!((v[3].value, v[4].value), (Some(-2.0), Some(5.0)));
}

#[test]
fn a_bare_scope_word_takes_the_rest_of_the_last_item() {
    let v = review("城镇和农村人均绿地面积分别为30平方米和40平方米。");
    assert_eq!(subjects(&v), ["城镇人均绿地面积", "农村人均绿地面积"]);
}

#[test]
fn modal_verbs_and_xinzeng_before_the_number_are_stripped() {
    let v = review("外资银行、保险机构分别新增20家和10家。");
    assert_eq!(subjects(&v), ["外资银行", "保险机构"]);
    let v = plan("二氧化硫排放量要下降3%。");
    assert_eq!(brief(&v), [one("二氧化硫排放量", Measure::Growth, -3.0, "%", Bound::Eq)]);
}

#[test]
fn the_indicator_may_be_named_by_the_subject_and_its_verb() {
    let v = plan("经济增长预期6%左右。");
    assert_eq!((v[0].measure, v[0].indicator.as_deref()), (Measure::Growth, Some("gdp")));
}

#[test]
fn a_clause_opening_with_a_compared_number_keeps_the_subject_and_its_reading() {
    let v = review("社会融资规模增长9%，低于12%左右的预期目标。");
    assert_eq!(
        brief(&v),
        [
            one("社会融资规模", Measure::Growth, 9.0, "%", Bound::Eq),
            one("社会融资规模", Measure::Growth, 12.0, "%", Bound::Approx),
        ]
    );
    assert_eq!((v[0].kind, v[1].kind), (Kind::Actual, Kind::Target));
}

#[test]
fn enumeration_markers_and_bare_times_are_no_subjects() {
    let v = review("三是将20项审批事项的办理时限缩短。");
    assert_eq!(subjects(&v), ["审批事项"]);
    let v = review("新建学校10所，今年新增3所。");
    assert_eq!(subjects(&v), ["新建学校", "新建学校"]);
}

#[test]
fn the_noun_after_a_number_is_no_scale_and_ends_at_a_verb_of_change() {
    let v = review("企业贷款余额增长7%，新增3万多亿元。");
    assert_eq!(subjects(&v), ["企业贷款余额", "企业贷款余额"]);
    let v = review("20个城市会议经费减少15%。");
    assert_eq!(
        brief(&v),
        [
            one("城市会议经费", Measure::Count, 20.0, "个", Bound::Eq),
            one("城市会议经费", Measure::Growth, -15.0, "%", Bound::Eq),
        ]
    );
}

#[test]
fn a_chinese_numeral_ending_in_wan_before_an_unscalable_unit_keeps_its_wan() {
    // found by the number-grammar property test: 四千九百六十九万个百分点
    let got = brief(&review("指数提高一亿二千万个百分点。"));
    assert_eq!(got.iter().map(|r| (r.2, r.3.as_str())).collect::<Vec<_>>(), [(120_000_000.0, "个百分点")]);
    // before a unit that takes a scale, 万 stays the scale of the unit as written
    let got = brief(&review("城镇新增就业三十万人。"));
    assert_eq!(got.iter().map(|r| (r.2, r.3.as_str())).collect::<Vec<_>>(), [(30.0, "万人")]);
}

#[test]
fn a_plan_paragraph_that_turns_to_the_past_year_reports_results() {
    let got = extract_parts(
        "",
        "2021年是开局之年，做好今年的工作至关重要。过去一年，我们取得了很大成绩。地区生产总值增长10.3%，居民消费价格涨幅控制在3%，城镇新增就业5万人。",
    );
    let gdp = got.iter().find(|i| i.value == Some(10.3)).expect("the growth figure");
    assert_eq!((gdp.kind, gdp.period_start, gdp.period_end), (Kind::Actual, 2020, 2020));
    assert!(got.iter().all(|i| i.kind == Kind::Actual), "{got:?}");
}

#[test]
fn a_plan_paragraph_that_turns_back_to_this_year_sets_targets() {
    let got = extract_parts("", "过去一年，我们取得了很大成绩。今年的主要预期目标是：地区生产总值增长6%左右。");
    assert_eq!(got.iter().map(|i| (i.kind, i.value)).collect::<Vec<_>>(), [(Kind::Target, Some(6.0))]);
    let got = extract_parts("", "过去一年成绩来之不易。展望今年，困难不少。地区生产总值增长6%左右。");
    assert_eq!(got.iter().map(|i| i.kind).collect::<Vec<_>>(), [Kind::Target]);
}

#[test]
fn targets_in_a_five_year_plan_section_span_the_plan() {
    // 五年 is the period, not part of the subject
    let got = plan("三、“十四五”时期的主要目标和任务\n五年城镇新增就业5500万人以上。\n今年城镇新增就业1100万人以上。");
    let spans: Vec<(&str, f64, i32, i32)> =
        got.iter().map(|i| (i.subject.as_str(), i.value.unwrap(), i.period_start, i.period_end)).collect();
    assert_eq!(spans, [("城镇新增就业", 5500.0, 2021, 2025), ("城镇新增就业", 1100.0, 2021, 2021)]);
    // the plan's first year is this year's work
    let got = plan("三、做好“十四五”开局工作\n城镇新增就业1100万人以上。");
    assert_eq!((got[0].period_start, got[0].period_end), (2021, 2021));
}

#[test]
fn numbers_too_large_for_f64_are_not_read() {
    // found while writing the fuzz regression inputs: the upper end of a range
    // parsed to inf, and 1e300万亿元 overflowed in value_base
    let huge = "9".repeat(400);
    let big = "9".repeat(300);
    let found = plan(&format!("增长6%至{huge}%。收入{big}万亿元。增长6%。"));
    assert!(found.iter().all(|i| [i.value, i.value_hi, i.value_base].into_iter().flatten().all(f64::is_finite)));
    assert_eq!(brief(&found).last().map(|b| b.2), Some(6.0));
}

#[test]
fn percent_words_at_the_end_of_a_sentence_are_no_number() {
    // found by cargo fuzz (normalize_extract): 百分之 with nothing after it indexed past the end
    assert!(plan("今年增长百分之").is_empty());
    assert!(plan("增长百分之。").is_empty());
}

#[test]
fn the_first_years_of_a_plan_are_their_own_span() {
    // the 2010 report reviews 2009; “十一五”前四年 is 2006–2009
    let got = extract_parts_delivered(
        "2010",
        "“十一五”前四年累计单位国内生产总值能耗下降14.38%，化学需氧量排放量下降9.66%。全年单位国内生产总值能耗下降2.2%。",
        "",
    );
    let spans: Vec<(f64, i32, i32)> = got.iter().map(|i| (i.value.unwrap(), i.period_start, i.period_end)).collect();
    assert_eq!(spans, [(-14.38, 2006, 2009), (-9.66, 2006, 2009), (-2.2, 2009, 2009)]);
}

#[test]
fn a_five_year_target_in_the_plans_last_year_spans_the_plan() {
    // the 2010 report: “十一五”期间下降20%左右 is the 2006–2010 goal, not 2010's
    let got = extract_parts_delivered("2010", "", "单位生产总值能耗完成“十一五”期间下降20%左右的目标。");
    assert_eq!(
        (got[0].kind, got[0].value, got[0].period_start, got[0].period_end),
        (Kind::Target, Some(-20.0), 2006, 2010)
    );
}

#[test]
fn a_share_of_gdp_is_not_gdp() {
    let got =
        review("服务业增加值占地区生产总值比重达到55%，研发经费支出与地区生产总值之比为2.5%，地区生产总值增长6%。");
    let ind: Vec<(Option<&str>, f64)> = got.iter().map(|i| (i.indicator.as_deref(), i.value.unwrap())).collect();
    assert_eq!(ind, [(None, 55.0), (None, 2.5), (Some("gdp"), 6.0)]);
}

/// (subject, value, period_start, period_end)
fn dated(v: &[Indicator]) -> Vec<(String, f64, i32, i32)> {
    v.iter().map(|i| (i.subject.clone(), i.value.unwrap_or(f64::NAN), i.period_start, i.period_end)).collect()
}

#[test]
fn a_plan_a_result_is_measured_against_sets_no_aim_in_a_report_of_topics() {
    // a report whose parts are topics (1950s): the plan a result exceeded is no aim; a
    // plan said ahead is
    let text = "政府工作报告\n——1957年6月26日在第一届全国人民代表大会第四次会议上\n一、关于社会主义革命\n\
        1956年，农业总产值为583亿元，比1955年增加了27亿元，超过了第一个五年计划最后一年的指标；粮食的产量为3650亿斤。\n\
        二、关于社会主义建设\n按照计划，粮食的产量将达到4000亿斤。\n";
    let v = extract_text(text.to_string());
    let kinds: Vec<_> = v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.kind)).collect();
    assert_eq!(kinds, [(583.0, Kind::Actual), (27.0, Kind::Actual), (3650.0, Kind::Actual), (4000.0, Kind::Target)]);
}

#[test]
fn a_news_story_of_a_report_dates_a_paragraph_opened_by_the_past_year() {
    // no parts: a paragraph that opens (after who said it) with the year reviewed looks
    // back; the year's aims, said after, stay aims
    let text = "四川省长做政府报告\n2005年1月21日，四川省十届人大三次会议举行，省长作了政府工作报告。\n\
        他说，2004年，四川国民经济持续快速发展。全省生产总值达到6556亿元，增长12.7%，提前一年实现了“十五”计划的主要经济目标。第一产业增长5.9%，城镇登记失业率控制在4.4%。\n\
        省政府拟定了2005年的主要预期目标：生产总值增长9%，城镇登记失业率控制在5%以内。\n";
    let v = extract_text(text.to_string());
    let kinds = valued_kinds(&v);
    assert_eq!(
        kinds,
        [
            (6556.0, Kind::Actual, 2004),
            (12.7, Kind::Actual, 2004),
            (5.9, Kind::Actual, 2004),
            (4.4, Kind::Actual, 2004),
            (9.0, Kind::Target, 2005),
            (5.0, Kind::Target, 2005)
        ]
    );
    // aims said in the paragraph after its past year stay aims
    let text = "四川省长做政府报告\n2021年1月21日，四川省十三届人大四次会议举行，省长作了政府工作报告。\n\
        他说，2020年，全省经济稳步恢复。全省生产总值增长3.7%。新的一年，要确保城镇新增就业85万人，居民消费价格涨幅3%左右。全年主要预期目标是：生产总值增长6%以上。\n";
    let v = extract_text(text.to_string());
    let kinds: Vec<_> = v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.kind)).collect();
    assert_eq!(kinds, [(3.7, Kind::Actual), (85.0, Kind::Target), (3.0, Kind::Target), (6.0, Kind::Target)]);
    // the past year may open a sentence after the lede, in the lede's paragraph
    let text =
        "某市召开人代会\n2020年1月11日，某市召开第五届人民代表大会第三次会议，市长作政府工作报告。会议提到，2019年，\
        全市工业经济逐步回暖，规上工业增加值增长6.1%以上。物价形势总体稳定，居民消费价格涨幅控制在3%以内。\
        对于今年，会议提出，地区生产总值增长6%，居民消费价格涨幅3.5%左右。\n";
    let v = extract_text(text.to_string());
    let kinds = valued_kinds(&v);
    assert_eq!(
        kinds,
        [(6.1, Kind::Actual, 2019), (3.0, Kind::Actual, 2019), (6.0, Kind::Target, 2020), (3.5, Kind::Target, 2020)]
    );
    // what the meeting then asks is the year's aim
    let text = "某区召开人代会\n2024年1月9日，某区第十九届人民代表大会第四次会议召开。区长作政府工作报告。\
        会议提到，2023年，全区生产总值增长5.6%。会议要求，全年居民消费价格涨幅控制在3%左右。\n";
    let v = extract_text(text.to_string());
    let kinds = valued_kinds(&v);
    assert_eq!(kinds, [(5.6, Kind::Actual, 2023), (3.0, Kind::Target, 2024)]);
    // a result held within the aim the story recalls (控制在预期4.2%以内) is the past year's,
    // and the aim recalled that year's too
    let text = "某省召开人代会\n2017年1月15日，某省第十二届人民代表大会第五次会议召开，省长作政府工作报告。\
        省长表示，2016年，全社会固定资产投资增长1%左右，实现预期目标。\
        城镇登记失业率3.52%，控制在预期4.2%以内；居民消费价格涨幅1.1%，控制在预期3%以内。\n";
    let v = extract_text(text.to_string());
    let kinds = valued_kinds(&v);
    assert_eq!(
        kinds,
        [
            (1.0, Kind::Actual, 2016),
            (3.52, Kind::Actual, 2016),
            (4.2, Kind::Target, 2016),
            (1.1, Kind::Actual, 2016),
            (3.0, Kind::Target, 2016)
        ]
    );
}

#[test]
fn an_aside_on_the_year_before_leaves_an_aim_an_aim() {
    let v = extract_parts_delivered(
        "2004",
        "全市生产总值增长10%。",
        "全社会固定资产投资1000亿元，增长20%（上年为863亿元，增长25.3%）。",
    );
    let kinds = valued_kinds(&v);
    assert_eq!(
        kinds,
        [
            (10.0, Kind::Actual, 2003),
            (1000.0, Kind::Target, 2004),
            (20.0, Kind::Target, 2004),
            (863.0, Kind::Actual, 2003),
            (25.3, Kind::Actual, 2003)
        ]
    );
}

#[test]
fn a_level_and_its_rate_in_a_review_of_years_are_the_last_years() {
    // a pair said for a year, in a paragraph that counts years back; a rate over the years
    // says so (由…增加到…，增长50%; 增长3.2倍), and a record of years frames nothing
    let v = extract_parts_delivered(
        "2024",
        "8年来，我们坚持高质量发展。全市生产总值20059亿元、增长5.6%；城乡居民人均可支配收入分别为80587元和48180元，分别增长4.6%和6.6%。\n\
         五年来，全市生产总值由1000亿元增加到1500亿元，增长50%；专利授权量达到3210件、增长3.2倍。\n\
         新增外资企业超200家、增幅创5年来新高。新增耕地2.8万亩。",
        "",
    );
    let dated = valued_spans(&v);
    assert_eq!(
        dated,
        [
            (20059.0, 2023, 2023),
            (5.6, 2023, 2023),
            (80587.0, 2023, 2023),
            (48180.0, 2023, 2023),
            (4.6, 2023, 2023),
            (6.6, 2023, 2023),
            (1000.0, 2018, 2018),
            (1500.0, 2023, 2023),
            (50.0, 2019, 2023),
            (3210.0, 2023, 2023),
            (3.2, 2019, 2023),
            (200.0, 2023, 2023),
            (2.8, 2023, 2023)
        ]
    );
}

#[test]
fn a_record_of_years_frames_nothing_but_a_superlative_of_the_years_does() {
    // 过去五年是…最快、…最好的时期: the five years, described; 创五年来新高: a record of one year
    let v = extract_parts_delivered(
        "2024",
        "过去五年是全市发展速度最快、质量最好的时期。全市生产总值年均增长8.2%，累计新增城镇就业12万人。\n\
         新增外资企业超200家、增幅创五年来新高。新增耕地2.8万亩。",
        "",
    );
    let dated = valued_spans(&v);
    assert_eq!(dated, [(8.2, 2019, 2023), (12.0, 2019, 2023), (200.0, 2023, 2023), (2.8, 2023, 2023)]);
}

#[test]
fn words_of_growth_bounds_and_own_kinds_from_the_probes() {
    // 比增 and 同比增 (福建); 小于 a bound; 年增长 after a year's level; 控制在预期 an aim recalled
    let v = review("地区生产总值778.1亿元，比增7.7%；一般公共预算收入56亿元，同比增5.1%。");
    let read: Vec<_> = v.iter().map(|i| (i.indicator.as_deref(), i.measure, i.value.unwrap_or(f64::NAN))).collect();
    assert_eq!(
        read,
        [
            (Some("gdp"), Measure::Level, 778.1),
            (Some("gdp"), Measure::Growth, 7.7),
            (Some("general_budget_revenue"), Measure::Level, 56.0),
            (Some("general_budget_revenue"), Measure::Growth, 5.1)
        ]
    );
    let v = extract_parts("城镇调查失业率4.9%。", "主要预期目标是：城镇调查失业率小于5.5%。");
    assert_eq!(v.last().map(|i| (i.kind, i.bound, i.value)), Some((Kind::Target, Bound::Lt, Some(5.5))));
    let v = review("全省生产总值年均增长12%，2007年达到9145亿元，年增长14.4%。");
    assert_eq!(v.last().map(|i| (i.indicator.as_deref(), i.value)), Some((Some("gdp"), Some(14.4))));
    let v = review("城镇登记失业率3.52%，控制在预期4.2%以内。");
    let kinds: Vec<_> = v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.kind)).collect();
    assert_eq!(kinds, [(3.52, Kind::Actual), (4.2, Kind::Target)]);
}

#[test]
fn a_threshold_of_what_is_counted_is_no_ones_figure() {
    let v = review(
        "全市一般公共预算收入增长5.1%，一般公共预算收入大于10亿元的县达到3个，地区生产总值超过200亿元的县区达到5个。",
    );
    let read: Vec<_> = v.iter().map(|i| (i.indicator.as_deref(), i.value.unwrap_or(f64::NAN))).collect();
    assert_eq!(read, [(Some("general_budget_revenue"), 5.1), (None, 10.0), (None, 3.0), (None, 200.0), (None, 5.0)]);
}

#[test]
fn what_a_story_asks_is_an_aim_and_an_aim_recalled_beside_a_past_year_is_that_years() {
    let text = "某市召开人代会\n2024年1月9日，某市第十六届人民代表大会第三次会议召开。市长作政府工作报告。\
        会议提到，2023年，全市生产总值增长5.6%。会议要求，全市城镇新增就业2万人。\n\
        会议提到，去年全市居民消费价格涨幅2.3%，控制在预期3%以内。\n";
    let v = extract_text(text.to_string());
    let kinds = valued_kinds(&v);
    assert_eq!(
        kinds,
        [(5.6, Kind::Actual, 2023), (2.0, Kind::Target, 2024), (2.3, Kind::Actual, 2023), (3.0, Kind::Target, 2023)]
    );
}

#[test]
fn an_average_is_over_two_years_at_least_and_a_quarter_faced_is_no_time() {
    // 2020年 a milestone, not the base of the average
    let text = "2022年某市政府工作报告\n一、过去五年工作回顾\n\
        2020年地区生产总值首个突破2000亿元，2021年全市实现地区生产总值2379.2亿元，年均增长7.9%。\n\
        二、2022年工作安排\n做好工作。\n";
    let v = extract_text(text.to_string());
    assert_eq!(v.last().map(|i| (i.value, i.period_start, i.period_end)), Some((Some(7.9), 2017, 2021)));
    let v = review("面对一季度大幅回落，全市地区生产总值增长3.5%。");
    assert_eq!(v.last().map(|i| i.indicator.as_deref()), Some(Some("gdp")));
    // an event's time, clauses before the figure; but not the clause right after it
    let v = review(
        "在一季度大幅回落的情况下，前三季度由负转正，进入四季度后，各项指标加速回升，预计全市地区生产总值增长4%以上。",
    );
    assert_eq!(v.last().map(|i| i.indicator.as_deref()), Some(Some("gdp")));
    let v = review("进入四季度后，全市地区生产总值增长4%。");
    assert_eq!(v.last().map(|i| i.indicator.as_deref()), Some(None));
    // (nor a figure after other news that is no estimate of the year, nor under a half's frame)
    for part in [
        "进入11月后，受疫情反弹影响，全市社会消费品零售总额下降3.2%。",
        "上半年，面对一季度大幅下滑，全市地区生产总值增长1.2%。",
    ] {
        assert_eq!(review(part).last().map(|i| i.indicator.as_deref()), Some(None), "{part}");
    }
}

#[test]
fn a_storys_results_said_met_are_results() {
    // 较好完成全年…目标任务: an aim said met sets none
    let text = "2025年某省政府工作报告\n省长表示，2024年预计全省生产总值增长5.2%，固定资产投资增长6.5%，\
        较好完成全年经济社会发展目标任务。\n";
    let v = extract_text(text.to_string());
    let kinds = valued_kinds(&v);
    assert_eq!(kinds, [(5.2, Kind::Actual, 2024), (6.5, Kind::Actual, 2024)]);
}

#[test]
fn a_base_year_after_jiao_and_a_shared_rate_hold_for_a_list() {
    // 较2015年分别增长: since 2015, for each; 同步增长9%, 双双增长8%: each item's
    let v = review("2020年全市实现生产总值1097亿元、一般公共预算收入48.6亿元，较2015年分别增长26.8%和0.6%。");
    let dated = valued_spans(&v);
    assert_eq!(dated, [(1097.0, 2020, 2020), (48.6, 2020, 2020), (26.8, 2016, 2020), (0.6, 2016, 2020)]);
    // (与地区生产总值同步增长: in step with GDP, the rate is the income's alone)
    let v = review("全县居民人均可支配收入与地区生产总值同步增长6.5%。");
    let read: Vec<_> = v.iter().map(|i| (i.indicator.as_deref(), i.value.unwrap_or(f64::NAN))).collect();
    assert_eq!(read, [(Some("disposable_income"), 6.5)]);
    let v = review("城镇居民人均可支配收入、农民人均纯收入分别达到10558元、6238元，同步增长9%。");
    let read: Vec<_> = v.iter().map(|i| (i.indicator.as_deref(), i.measure, i.value.unwrap_or(f64::NAN))).collect();
    assert_eq!(
        read,
        [
            (Some("urban_disposable_income"), Measure::Level, 10558.0),
            (Some("rural_disposable_income"), Measure::Level, 6238.0),
            (Some("urban_disposable_income"), Measure::Growth, 9.0),
            (Some("rural_disposable_income"), Measure::Growth, 9.0)
        ]
    );
}

#[test]
fn a_new_district_calls_itself_by_its_kind() {
    // 新区公共财政预算收入 in 浦东新区's report is its own; 开发区 there is a part
    let text =
        "2013年浦东新区政府工作报告\n——2013年1月10日在浦东新区第五届人民代表大会第三次会议上\n一、2012年工作回顾\n\
        新区公共财政预算收入103.2亿元，可比增长5%。开发区地区生产总值500亿元。\n二、2013年工作安排\n做好工作。\n";
    let v = extract_text(text.to_string());
    let read: Vec<_> = v.iter().map(|i| (i.indicator.as_deref(), i.value.unwrap_or(f64::NAN))).collect();
    assert_eq!(read, [(Some("general_budget_revenue"), 103.2), (Some("general_budget_revenue"), 5.0), (None, 500.0)]);
}

#[test]
fn a_year_said_to_be_one_of_a_plan_opens_no_five_year_review() {
    // 2015年是“十二五”的收官之年 under a heading of the year and the plan: the paragraph's
    // figures are the year's; 五年来 still sums up the five
    let text = "政府工作报告\n——2016年1月12日在某某市第一届人民代表大会第一次会议上\n\
        一、2015年工作和“十二五”经济社会发展回顾\n\
        2015年是“十二五”的收官之年，也是重要一年。全市实现生产总值1328.5亿元、增长9.6%。五年来，生产总值年均增长10.1%。\n\
        二、2016年工作安排\n做好工作。\n";
    let v = extract_text(text.to_string());
    let dated = valued_spans(&v);
    assert_eq!(dated, [(1328.5, 2015, 2015), (9.6, 2015, 2015), (10.1, 2011, 2015)]);
    // so does a total its clause says it is
    let text = text.replace("五年来，生产总值年均增长10.1%。", "财政总收入累计完成800亿元。");
    let v = extract_text(text);
    assert_eq!((v[2].value, v[2].period_start), (Some(800.0), 2011));
    // a plan's excess said between a figure and its growth takes no subject from it
    let v = review("固定资产投资完成17亿元，超额完成年度任务2.1亿元，增长20.6%。");
    assert_eq!(v[2].indicator.as_deref(), Some("fixed_asset_investment"));
    // a verb said inside an indicator's name; not a part's (县属, 非公有制)
    let v =
        review("全县规模以上工业实现增加值8.38亿元，增长24%。县属工业完成增加值10亿元，非公有制工业实现增加值5亿元。");
    let ids: Vec<_> = v.iter().map(|i| i.indicator.as_deref()).collect();
    assert_eq!(ids, [Some("industrial_value_added"), Some("industrial_value_added"), None, None]);
}

#[test]
fn an_amount_more_or_less_than_another_is_the_difference() {
    // 比…超过/多/少 an amount: the difference, said exactly, not a level passed
    let v = review(
        "生产总值达到4070亿元，比计划目标3000亿元超过1070亿元。新增就业5000人，比上年少300人。粮食产量比上年多10万吨，比上年减少5万吨。",
    );
    let read: Vec<_> = v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.measure, i.bound)).collect();
    assert_eq!(
        read,
        [
            (4070.0, Measure::Level, Bound::Eq),
            (3000.0, Measure::Level, Bound::Eq),
            (1070.0, Measure::Change, Bound::Eq),
            (5000.0, Measure::Level, Bound::Eq),
            (-300.0, Measure::Change, Bound::Eq),
            (10.0, Measure::Change, Bound::Eq),
            (-5.0, Measure::Change, Bound::Eq)
        ]
    );
    // a share's 比重 is no comparison, nor 比 or 较 inside a word; a level passed after a
    // change of its own (翻一番) is a level; a bound said with the amount is its own
    assert_eq!(review("占全市比重超过30%，比重超过10亿元。")[1].measure, Measure::Level);
    let v = review(
        "文体比赛超过200场次，比较优势产业产值超过30亿元，规模较大的项目超过30个，生产总值比2005年翻一番超过50亿元。",
    );
    assert!(v.iter().all(|i| i.measure != Measure::Change && i.bound == Bound::Gt), "{:?}", brief(&v));
    let v = review("工业总产值比计划超过100亿元以上，比上年少约300人，比预算超过近2亿元。");
    let read: Vec<_> = v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.measure, i.bound)).collect();
    assert_eq!(
        read,
        [
            (100.0, Measure::Change, Bound::Ge),
            (-300.0, Measure::Change, Bound::Approx),
            (2.0, Measure::Change, Bound::Lt)
        ]
    );
    // the aim a growth is measured against is a growth; a level's aim a level
    let v = review("财政收入增长26.4%，高于年初人代会12%的目标。城镇化率达到56%，高于年初55%的目标。");
    let read: Vec<_> = v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.kind, i.measure)).collect();
    assert_eq!(read[1], (12.0, Kind::Target, Measure::Growth));
    assert_eq!(read[3].2, read[2].2);
}

#[test]
fn a_verb_of_growth_said_once_holds_for_the_amounts_listed_after_it() {
    let v = plan("主要预期目标是：地区生产总值增长10%，固定资产投资20%，社会消费品零售总额16%，城镇化率55%。");
    let read: Vec<_> = v.iter().map(|i| (i.indicator.clone(), i.measure)).collect();
    assert_eq!(read[1], (Some("fixed_asset_investment".into()), Measure::Growth));
    assert_eq!(read[2], (Some("retail_sales".into()), Measure::Growth));
    // a rate's percent is its level, whatever came before
    assert_eq!(read[3].1, Measure::Share);
    // two indicators with one percent after the growth: each one's growth
    let v = plan("主要预期目标是：地区生产总值增长10%，城镇居民人均可支配收入和农民人均纯收入12%。");
    let read: Vec<_> = v.iter().map(|i| (i.indicator.clone(), i.measure, i.value)).collect();
    assert_eq!(read[1], (Some("urban_disposable_income".into()), Measure::Growth, Some(12.0)));
    assert_eq!(read[2], (Some("rural_disposable_income".into()), Measure::Growth, Some(12.0)));
    // no growth before: a percent of an amount is no growth read into it; a clause of
    // 占 is a share
    let v = review("固定资产投资20%。一般贸易进出口增长14.4%、占进出口总额53.6%。");
    assert_eq!(v.iter().map(|i| i.measure).collect::<Vec<_>>(), [Measure::Level, Measure::Growth, Measure::Share]);
}

#[test]
fn a_base_year_said_to_hold_below_dates_every_change_of_its_paragraph() {
    // 比2012年（下同）: every change after it is since 2012, past the clause and the
    // sentence; the note is no part of a subject, and 预计（下同） marks every figure
    let v = review(
        "2016年，预计（下同）全县生产总值340亿元，比2012年（下同）增长47.7%；固定资产投资353.7亿元，增长125.1%。一般公共预算收入26亿元，增长39.8%。",
    );
    let growth: Vec<_> =
        v.iter().filter(|i| i.unit == "%").map(|i| (i.subject.as_str(), i.period_start, i.estimated)).collect();
    assert_eq!(growth, [("全县生产总值", 2013, true), ("固定资产投资", 2013, true), ("一般公共预算收入", 2013, true)]);
    // without the note, the base holds to its sentence's end only
    let v = review("全县生产总值340亿元，比2012年增长47.7%。固定资产投资353.7亿元，增长12.1%。");
    assert_eq!(v.iter().filter(|i| i.unit == "%").map(|i| i.period_start).collect::<Vec<_>>(), [2013, 2020]);
}

#[test]
fn the_end_of_a_plan_compared_with_dates_the_changes_after_it_in_its_sentence() {
    let starts = |text: &str| review(text).iter().filter(|i| i.unit == "%").map(|i| i.period_start).collect::<Vec<_>>();
    // 比“十一五”末 carries as 比2010年 does, past the structure of an economy (比例 compares nothing)
    let plan = "预计2015年生产总值800亿元，比“十一五”末增长62.7%；三次产业比例调整到7:57:36；社会消费品零售总额264亿元，增长88.1%。";
    assert_eq!(starts(plan), [2011, 2011]);
    assert_eq!(starts("固定资产投资比“十二五”末增长18.1%，社会消费品零售总额增长18.1%。"), [2016, 2016]);
    // to its sentence's end only, and not past another comparison
    assert_eq!(starts("生产总值比“十一五”末增长62.7%。社会消费品零售总额增长8.1%。"), [2011, 2020]);
    assert_eq!(starts("生产总值比“十一五”末增长62.7%，比上年增长8%，税收增长9%。"), [2011, 2020, 2020]);
}

#[test]
fn a_count_of_years_between_a_subject_and_its_change_dates_the_change() {
    let spans = |text: &str| review(text).iter().map(|i| (i.period_start, i.period_end)).collect::<Vec<_>>();
    assert_eq!(spans("万元生产总值综合能耗五年下降19.6%。"), [(2016, 2020)]);
    assert_eq!(spans("单位GDP能耗五年分别下降30.2%。"), [(2016, 2020)]);
    assert_eq!(spans("居民储蓄存款余额两年累计增长1倍。"), [(2019, 2020)]);
    // an ordinal, a time before the count, or an average is no such count
    assert_eq!(spans("规划实施第五年增长8%。"), [(2020, 2020)]);
    assert_eq!(spans("生产总值前三年增长8%。"), [(2020, 2020)]);
}

#[test]
fn a_year_said_where_a_change_ended_frames_nothing_after_its_sentence() {
    let jobs = |body: &str| {
        let v = extract_parts_delivered("2018", body, "");
        v.iter().find(|i| i.unit == "万人").map(|i| (i.period_start, i.period_end))
    };
    let ended = "五年来，经济运行稳中趋好。全省地区生产总值由2012年的13778.8亿元增加到2017年的16199.9亿元，增速回升到2017年的6.4%。城镇新增就业351.2万人。";
    assert_eq!(jobs(ended), Some((2013, 2017)));
    // a year that frames the sentence after it still does
    assert_eq!(jobs("五年来，经济运行稳中趋好。2017年，城镇新增就业70万人。"), Some((2017, 2017)));
}

#[test]
fn an_average_growth_covers_the_years_since_the_base_year() {
    // a review of 2020 that also sums up the plan: the average is no result of 2020
    let v = review("地区生产总值由2015年的100亿元增加到2020年的150亿元，年均增长8.5%；地区生产总值增长3%。");
    assert_eq!(
        dated(&v),
        [
            ("地区生产总值".to_string(), 100.0, 2015, 2015),
            ("地区生产总值".to_string(), 150.0, 2020, 2020),
            ("地区生产总值".to_string(), 8.5, 2016, 2020),
            ("地区生产总值".to_string(), 3.0, 2020, 2020),
        ]
    );
    // a change since a named year, and an average with no year named (the plan's five,
    // and the level the change started from before them)
    let v = review(
        "城镇居民人均可支配收入比2015年增加5000元，年均递增9%。一般公共预算支出由10亿元增加到20亿元，年均增长15%。",
    );
    assert_eq!(
        v.iter().map(|i| (i.value.unwrap(), i.period_start, i.period_end)).collect::<Vec<_>>(),
        [(5000.0, 2016, 2020), (9.0, 2016, 2020), (10.0, 2015, 2015), (20.0, 2020, 2020), (15.0, 2016, 2020)]
    );
    // 年均增长8.7%和8.6%: both numbers are averages
    let v = review("城乡居民人均可支配收入比2015年分别年均增长8.7%和8.6%。");
    assert!(v.iter().all(|i| (i.period_start, i.period_end) == (2016, 2020)), "{:?}", dated(&v));
    // 年均分别增长: 分别 between the average and its verb
    let v = review("“十三五”期间，城镇居民人均可支配收入、农村居民人均可支配收入年均分别增长7.5%和9.6%。");
    assert!(v.iter().all(|i| (i.period_start, i.period_end) == (2016, 2020)), "{:?}", dated(&v));
    // 年均增长均达: said of each item, after the change
    let v = review("过去五年，全市实力显著增强。一般公共预算收入从10亿元增加到20亿元，税收收入从8亿元增加到16亿元，年均增长均达15%。");
    let rates: Vec<_> = v.iter().filter(|i| i.unit == "%").collect();
    assert!(rates.len() == 2 && rates.iter().all(|i| i.period_start < i.period_end), "{:?}", dated(&v));
}

#[test]
fn an_annual_mean_is_a_level_of_its_year_not_an_average_over_years() {
    let v = review("细颗粒物（PM2.5）年均浓度下降9.1%，PM2.5年平均浓度为36微克/立方米。");
    assert!(v.iter().all(|i| (i.period_start, i.period_end) == (2020, 2020)), "{:?}", dated(&v));
    // 全年均: the full year, each
    let v = review("两项指标全年均增长5%。");
    assert!(v.iter().all(|i| (i.period_start, i.period_end) == (2020, 2020)), "{:?}", dated(&v));
}

#[test]
fn part_of_a_year_is_no_yearly_indicator() {
    let v = review(
        "第一季度地区生产总值增长3.1%，前三季度地区生产总值增长5%，1-9月地区生产总值增长6%，全年地区生产总值增长8.2%。",
    );
    let got: Vec<(f64, Option<&str>)> = v.iter().map(|i| (i.value.unwrap(), i.indicator.as_deref())).collect();
    assert_eq!(got, [(3.1, None), (5.0, None), (6.0, None), (8.2, Some("gdp"))]);
}

#[test]
fn a_list_of_numbers_is_dated_as_its_first() {
    let v = review("城市和农村居民家庭人均可支配收入分别从2015年的30000元、12000元提高到2020年的45000元、20000元。");
    assert_eq!(
        v.iter().map(|i| (i.value.unwrap(), i.period_start, i.period_end)).collect::<Vec<_>>(),
        [(30000.0, 2015, 2015), (12000.0, 2015, 2015), (45000.0, 2020, 2020), (20000.0, 2020, 2020)]
    );
    let v = review("城镇和农村人均住房面积分别比2015年增加2.8平方米和5.5平方米。");
    assert!(v.iter().all(|i| (i.period_start, i.period_end) == (2016, 2020)), "{:?}", dated(&v));
}

#[test]
fn a_number_of_years_before_a_number_is_its_span() {
    let v = review("五年新增商业营业面积50万平方米。近三年淘汰落后产能900万吨。学前三年入园率达到96%。");
    assert_eq!(
        v.iter().map(|i| (i.value.unwrap(), i.period_start, i.period_end)).collect::<Vec<_>>(),
        [(50.0, 2016, 2020), (900.0, 2018, 2020), (96.0, 2020, 2020)]
    );
    let v = plan("实施三年行动计划，三年新建学校20所。");
    assert_eq!(spans(&v), [(2021, 2023)]);
}

#[test]
fn an_amount_after_a_verb_of_change_is_a_signed_change() {
    let v = review("全区财政收入比上年增加1400亿元，粮食减产70亿斤。");
    assert_eq!(
        brief(&v),
        [
            one("全区财政收入", Measure::Change, 1400.0, "亿元", Bound::Eq),
            one("粮食", Measure::Change, -70.0, "亿斤", Bound::Eq),
        ]
    );
    assert_eq!(v[0].indicator.as_deref(), Some("general_budget_revenue"));
    // a level after a growth rate, joined by 、, is still the level
    let v = review("地区生产总值增长5.2%、约4.4万亿元。");
    assert_eq!(v[1].measure, Measure::Level);
}

#[test]
fn a_price_index_is_read_as_an_index() {
    let v = extract_parts("居民消费价格指数为101。", "居民消费价格指数103左右。");
    assert_eq!(
        brief(&v),
        [
            one("居民消费价格指数", Measure::Index, 101.0, "", Bound::Eq),
            one("居民消费价格指数", Measure::Index, 103.0, "", Bound::Approx),
        ]
    );
    assert!(v.iter().all(|i| i.indicator.as_deref() == Some("cpi")));
    // a year after 指数 is no index value
    assert!(review("居民消费价格指数2020年上涨2.5%。").iter().all(|i| i.measure != Measure::Index));
}

#[test]
fn the_retail_price_index_is_not_the_cpi() {
    // the price target of the 1990s: retail prices, 把 before the noun no part of it
    let v = extract_parts(
        "全省零售物价总指数上涨8.3%，居民消费价格上涨9.1%。",
        "要把全年商品零售价格涨幅控制在6%以内，居民消费价格上涨幅度控制在5%左右。",
    );
    let got: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.indicator.as_deref(), i.value)).collect();
    assert_eq!(
        got,
        [
            ("全省零售物价总指数", Some("retail_price_index"), Some(8.3)),
            ("居民消费价格", Some("cpi"), Some(9.1)),
            ("商品零售价格涨幅", Some("retail_price_index"), Some(6.0)),
            ("居民消费价格上涨幅度", Some("cpi"), Some(5.0)),
        ]
    );
    // a product's retail price is neither index; 把 of a verb (把关) stays
    let v = review("猪肉零售价格上涨幅度达30%，把关审核投资项目320个。");
    let got: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.indicator.as_deref())).collect();
    assert_eq!(got, [("猪肉零售价格上涨幅度", None), ("把关审核投资项目", None)]);
    // an index of retail prices is read as the CPI's is
    let v = plan("商品零售价格指数102左右。");
    assert_eq!((v[0].measure, v[0].indicator.as_deref()), (Measure::Index, Some("retail_price_index")));
}

#[test]
fn a_two_tier_growth_in_bare_digits_is_a_floor_and_an_aim() {
    // 保8争9 (county and city reports of 四川, 河南): at least 8%, striving for 9%
    for text in ["地区生产总值增速“保8争9”。", "地区生产总值增长保8争9。"] {
        let v = plan(text);
        let got: Vec<_> =
            v.iter().map(|i| (i.indicator.as_deref(), i.measure, i.value, i.unit.as_str(), i.bound)).collect();
        let gdp = Some("gdp");
        assert_eq!(
            got,
            [(gdp, Measure::Growth, Some(8.0), "%", Bound::Ge), (gdp, Measure::Growth, Some(9.0), "%", Bound::Eq)],
            "{text}"
        );
    }
    // not right after a word of growth: no percent is unsaid there
    assert!(plan("争创省级示范县，保3争5。").is_empty());
    assert!(plan("培育新的增长点保3争5个。").iter().all(|i| i.unit != "%"));
    // an aim recalled in a review is the year's aim, both sides
    let v = review("年初确定的地区生产总值增长保8争9的目标顺利实现，全年增长8.6%。");
    let kinds: Vec<_> = v.iter().map(|i| (i.kind, i.value)).collect();
    assert_eq!(kinds, [(Kind::Target, Some(8.0)), (Kind::Target, Some(9.0)), (Kind::Actual, Some(8.6))]);
}

#[test]
fn what_a_growth_reached_is_the_growth() {
    let v = review("全市出口增长达到15%，城镇化率达到65%，城镇化率提高到66%。");
    let got: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.measure)).collect();
    assert_eq!(got, [("全市出口", Measure::Growth), ("城镇化率", Measure::Share), ("城镇化率", Measure::Share)]);
    // the pace said between the noun and the growth is no part of the subject
    let v = plan("固定资产投资保持稳定增长、力争达到3%，社会消费品零售总额保持较快增长。");
    assert_eq!(
        (v[0].subject.as_str(), v[0].measure, v[0].indicator.as_deref()),
        ("固定资产投资", Measure::Growth, Some("fixed_asset_investment"))
    );
}

#[test]
fn a_price_index_in_chinese_numerals_is_read_as_in_digits() {
    let v = extract_parts("居民消费价格指数为一百零三。", "居民消费价格指数一○一左右，指数为一〇〇点五以内。");
    assert_eq!(
        brief(&v),
        [
            one("居民消费价格指数", Measure::Index, 103.0, "", Bound::Eq),
            one("居民消费价格指数", Measure::Index, 101.0, "", Bound::Approx),
            one("指数", Measure::Index, 100.5, "", Bound::Le),
        ]
    );
    assert_eq!(v[0].indicator.as_deref(), Some("cpi"));
    assert_eq!(v[1].indicator.as_deref(), Some("cpi"));
    // a numeral after no index's name stays a word; a circle that is a bullet no digit
    assert!(review("经济增长一百零三。").is_empty());
    assert_eq!(brief(&review("○一百万元用于修路。"))[0].2, 100.0);
}

#[test]
fn subjects_survive_averages_cues_and_inserted_clauses() {
    let v = review("城镇调查失业率平均为5.2%。外贸出口从7月份开始回升，全年达到1800亿美元，比上年增长6%。全市生产总值预计达到7000亿元，按可比价格计算比上年增长13%。");
    assert_eq!(subjects(&v), ["城镇调查失业率", "外贸出口", "外贸出口", "全市生产总值", "全市生产总值"]);
    assert_eq!(v[0].indicator.as_deref(), Some("surveyed_unemployment_rate"));
    assert_eq!((v[0].period_start, v[0].period_end), (2020, 2020));
    assert_eq!(v[4].indicator.as_deref(), Some("gdp"));
    let v = plan("经济增长预期目标为7%左右。");
    assert_eq!(brief(&v), [one("经济增长", Measure::Growth, 7.0, "%", Bound::Approx)]);
    assert_eq!(v[0].indicator.as_deref(), Some("gdp"));
}

#[test]
fn a_relation_after_a_list_holds_for_each_item() {
    let v = review("研发经费支出和环保投入相当于全市生产总值的比例分别达到2.3%和3%。");
    assert_eq!(
        brief(&v),
        [
            one("研发经费支出相当于全市生产总值的比例", Measure::Share, 2.3, "%", Bound::Eq),
            one("环保投入相当于全市生产总值的比例", Measure::Share, 3.0, "%", Bound::Eq),
        ]
    );
}

#[test]
fn this_year_in_the_plan_part_of_a_december_report_is_the_year_reviewed() {
    let v = extract_text(
        "政府工作报告\n——2021年12月20日在某某市第一届人民代表大会第一次会议上\n一、2021年工作回顾\n全年工作。\n二、2022年工作安排\n今年，全市地区生产总值预计增长8.1%，明年预期增长7.5%左右。国民收入安排为比今年增长4%左右。\n"
            .to_string(),
    );
    let kinds: Vec<_> = v.iter().map(|i| (i.kind, i.period_start, i.value)).collect();
    assert_eq!(
        kinds,
        [(Kind::Actual, 2021, Some(8.1)), (Kind::Target, 2022, Some(7.5)), (Kind::Target, 2022, Some(4.0))]
    );
}

#[test]
fn the_future_of_a_name_is_no_time_ahead_and_a_comparison_after_a_result_no_aim() {
    let kinds = |v: &[Indicator]| v.iter().map(|i| (i.kind, i.period_start, i.period_end)).collect::<Vec<_>>();
    // 未来乡村, 未来社区: names, not 未来 the time
    let v = extract_parts_delivered("2023", "", "过去五年，全市建成未来乡村20个，未来五年再建成50个。");
    assert_eq!(kinds(&v), [(Kind::Actual, 2018, 2022), (Kind::Target, 2023, 2027)]);
    let v = extract_parts_delivered("2023", "", "去年，全市建成未来社区12个，今年将建成15个。");
    assert_eq!(kinds(&v), [(Kind::Actual, 2022, 2022), (Kind::Target, 2023, 2023)]);
    // 、超过…的预期目标 compares the result with the aim: the result stays a result
    let v = review("全市城镇新增就业8000人、超过5000人的预期目标。");
    assert_eq!(v.iter().map(|i| i.kind).collect::<Vec<_>>(), [Kind::Actual, Kind::Target]);
}

#[test]
fn figures_since_a_plan_or_a_congress_began_cover_the_years_since() {
    let periods = |year: &str, review: &str| -> Vec<(i32, i32)> {
        extract_parts_delivered(year, review, "").iter().map(|i| (i.period_start, i.period_end)).collect()
    };
    assert_eq!(periods("2024", "“十四五”以来，全区地区生产总值增长20%。"), [(2021, 2023)]);
    assert_eq!(periods("2024", "“十四五”时期以来，全社会固定资产投资年均增长8%。"), [(2021, 2023)]);
    assert_eq!(periods("2019", "“十三五”规划实施以来，地区生产总值年均增长7.2%。"), [(2016, 2018)]);
    // 十八大 was held in the autumn of 2012
    assert_eq!(periods("2019", "党的十八大以来，城镇新增就业12万人。"), [(2013, 2018)]);
    // a stock reached is the last year's; a year said after the frame dates the number
    assert_eq!(periods("2024", "“十四五”以来，城镇化率达到65%。"), [(2023, 2023)]);
    assert_eq!(periods("2024", "“十四五”以来，2022年地区生产总值增长5%。"), [(2022, 2022)]);
    // a record it is compared with is no frame
    assert_eq!(periods("2023", "社会消费品零售总额实现党的十八大以来首次正增长，增长3%。"), [(2022, 2022)]);
    assert_eq!(periods("2023", "规模以上工业增加值增速创“十四五”以来最好水平，增长12%。"), [(2022, 2022)]);
}

#[test]
fn five_year_comparisons_and_stocks_are_dated_as_researchers_read_them() {
    // a comparison with the year five years back covers the years since
    let v = extract_parts_delivered("2006", "2005年与2000年相比，国内生产总值增长70%。", "");
    assert_eq!((v[0].period_start, v[0].period_end), (2001, 2005));
    // a stock reached is the last year's; a total done is the five years'
    let v = extract_parts_delivered("2011", "五年来，城镇化率达到39.2%，累计完成投资3000亿元。", "");
    let periods: Vec<(i32, i32)> = v.iter().map(|i| (i.period_start, i.period_end)).collect();
    assert_eq!(periods, [(2010, 2010), (2006, 2010)]);
    assert!(v[0].five_year_context);
    // the section about the past plan dates its numbers to the plan's years
    let v = extract_parts_delivered("2006", "“十五”时期，全市生产总值年均增长10%，财政收入增长1.8倍。", "");
    assert!(v.iter().all(|i| (i.period_start, i.period_end) == (2001, 2005)), "{v:?}");
    // this year in the plan's last year is one year
    let v = extract_parts_delivered("2025", "", "今年是“十四五”规划收官之年。地区生产总值增长6%左右。");
    assert_eq!((v[0].period_start, v[0].period_end), (2025, 2025));
    // nor is a year that prepares for the next plan
    let v = extract_parts_delivered(
        "2025",
        "",
        "今年要为“十五五”良好开局打牢基础。主要预期目标是：地区生产总值增长6%左右。",
    );
    assert_eq!((v[0].period_start, v[0].period_end), (2025, 2025));
    // a plan's name in the sentence puts the number in a five-year context; the plan's
    // mid-term review, a task of the year, does not
    let v = extract_parts_delivered("2024", "对照“十四五”规划，预计全社会固定资产投资增长8%以上。", "");
    assert!(v[0].five_year_context, "{v:?}");
    let v = extract_parts_delivered("2024", "推动“十四五”规划中期调整，预计全社会固定资产投资增长8%以上。", "");
    assert!(!v[0].five_year_context, "{v:?}");
    // a plan's name inside an earlier clause holds for that clause; opening the sentence,
    // for all of it
    let v = review("经济总量达2010亿元，“十四五”以来年均增长7.8%；规上工业增加值增长7.6%。");
    assert_eq!(v.iter().map(|i| i.five_year_context).collect::<Vec<_>>(), [false, false, false], "{v:?}");
    let v = review("各位代表，五年来，经济总量达到2010亿元；城镇化率达到39.2%。");
    assert_eq!(v.iter().map(|i| i.five_year_context).collect::<Vec<_>>(), [true, true], "{v:?}");
    // nor, in a plan part, a five-year span: the aim is the year's
    let v = extract_parts_delivered("2024", "", "推动“十四五”规划中期调整落地，全市固定资产投资增长8%以上。");
    assert_eq!((v[0].kind, v[0].period_start, v[0].period_end), (Kind::Target, 2024, 2024), "{v:?}");
}

#[test]
fn a_comparison_said_once_holds_for_the_changes_after_it_until_another_time() {
    let spans =
        |v: &[Indicator]| v.iter().map(|i| (i.subject.clone(), i.period_start, i.period_end)).collect::<Vec<_>>();
    // said for the paragraph: later sentences' changes are against the same year, not the
    // levels reached, and not past a time said after it or another comparison
    let v = extract_parts_delivered(
        "2011",
        "2010年同2005年相比，钢产量增长42%。交通有新的发展。货运量增长23%，达到50亿吨。全年客运量比上年增长5%。",
        "",
    );
    assert_eq!(
        spans(&v),
        [
            ("钢产量".to_string(), 2006, 2010),
            ("货运量".to_string(), 2006, 2010),
            ("货运量".to_string(), 2010, 2010),
            ("客运量".to_string(), 2010, 2010)
        ]
    );
    // a change since a year holds for the rest of its sentence only
    let v = extract_parts_delivered("2011", "工业总产值比2005年增长90%，钢增长120%。煤炭增长5%。", "");
    assert_eq!(
        spans(&v),
        [("工业总产值".to_string(), 2006, 2010), ("钢".to_string(), 2006, 2010), ("煤炭".to_string(), 2010, 2010)]
    );
    // a target against a year before its plan's spans from that year on
    let v = extract_parts_delivered("2016", "", "“十三五”时期，到2020年全市生产总值比2010年增长1倍。");
    assert_eq!((v[0].period_start, v[0].period_end), (2011, 2020));
    // a time said after it ends it
    let v = extract_parts_delivered("2011", "工业总产值比2005年增长90%，其中今年钢增长12%。", "");
    assert_eq!((v[1].period_start, v[1].period_end), (2010, 2010));
}

#[test]
fn multiples_of_a_year_levels_of_a_year_and_the_next_years_expected_figures() {
    // a multiple of a year's level is the growth since it; a level reached in a year named
    let v = extract_parts_delivered(
        "2021",
        "2020年财政收入47亿元，是2015年的2.9倍。比重由2015年的30%下降为2018年的25%。",
        "",
    );
    assert_eq!(spans(&v), [(2020, 2020), (2016, 2020), (2015, 2015), (2018, 2018)]);
    // the figures expected for the year after the one reviewed, named inside the sentence or
    // as 今年 (a report delivered before its year ends, without the date that says so, under
    // a heading that names no year: one that names the year reviewed makes 今年 that year)
    let v = extract_text(
        "政府工作报告\n——2021年1月12日在某某区第一届人民代表大会第一次会议上\n一、工作回顾\n拿几项产品的2021年预计产量同2015年产量比较：钢100万吨，等于2015年的2.5倍。预计今年的粮食产量可以等于2015年的1.5倍。\n二、2021年工作安排\n\n".to_string(),
    );
    assert_eq!(spans(&v), [(2021, 2021), (2016, 2021), (2016, 2021)]);
    // not without an estimate, nor past a later year
    let v =
        extract_parts_delivered("2021", "今年的粮食产量等于2015年的1.5倍。2021年预计产量很高，2020年钢100万吨。", "");
    assert_eq!(spans(&v), [(2016, 2020), (2020, 2020)]);
}

#[test]
fn an_average_over_a_named_earlier_period_is_over_its_years() {
    let v = extract_parts_delivered(
        "1986",
        "过去五年，工业总产值平均每年增长12%，“一五”时期平均每年增长18%，“五五”时期平均每年增长9%，在恢复时期平均每年递增30%。",
        "",
    );
    assert_eq!(spans(&v), [(1981, 1985), (1953, 1957), (1976, 1980), (1950, 1952)]);
}

#[test]
fn totals_to_date_and_changes_since_a_plan_end_span_their_years() {
    // so far in the current plan
    let v = extract_parts_delivered("2024", "能耗强度“十四五”已累计下降12.4%。", "");
    assert_eq!((v[0].period_start, v[0].period_end), (2021, 2023));
    // since the last year of the plan before
    let v = extract_parts_delivered("2016", "万元生产总值能耗比“十一五”末下降15%。", "");
    assert_eq!((v[0].period_start, v[0].period_end), (2011, 2015));
    // a total in a review of five years is the five years'
    let v = extract_parts_delivered("2012", "五年来成绩显著。累计城镇新增就业38万人。", "");
    assert_eq!((v[0].period_start, v[0].period_end), (2007, 2011));
    // but the year's own total is the year's
    let v = extract_parts_delivered("2012", "五年来成绩显著。全年累计城镇新增就业8万人。", "");
    assert_eq!((v[0].period_start, v[0].period_end), (2011, 2011));
}

#[test]
fn a_milestone_reached_is_a_lower_bound_and_no_subject() {
    // 迈上3万亿元新台阶 / 突破100亿元大关: the number is reached or passed (a lower
    // bound), and the milestone's noun after it is not the subject of the next number
    let v =
        review("全市地区生产总值迈上3万亿元新台阶、达到30145亿元、增长6.1%；财政收入突破100亿元大关，达到105亿元。");
    assert_eq!(
        brief(&v),
        [
            one("全市地区生产总值", Measure::Level, 3.0, "万亿元", Bound::Ge),
            one("全市地区生产总值", Measure::Level, 30145.0, "亿元", Bound::Eq),
            one("全市地区生产总值", Measure::Growth, 6.1, "%", Bound::Eq),
            one("财政收入", Measure::Level, 100.0, "亿元", Bound::Gt),
            one("财政收入", Measure::Level, 105.0, "亿元", Bound::Eq),
        ]
    );
    assert!(v[..3].iter().all(|i| i.indicator.as_deref() == Some("gdp")));
    let v = review("地区生产总值增长7.5%，突破500亿元大关。");
    assert_eq!(
        brief(&v),
        [
            one("地区生产总值", Measure::Growth, 7.5, "%", Bound::Eq),
            one("地区生产总值", Measure::Level, 500.0, "亿元", Bound::Gt),
        ]
    );
}

#[test]
fn a_verb_after_the_scope_and_a_note_mark_are_no_part_of_the_subject() {
    // 全市完成生产总值: the scope and the verb before the noun go; 达到★: a footnote
    // mark after the verb does not keep the verb in the subject
    let v = review("全市完成生产总值1000亿元，增长8%。全市粮食总产达★60亿斤。");
    assert_eq!(
        brief(&v),
        [
            one("生产总值", Measure::Level, 1000.0, "亿元", Bound::Eq),
            one("生产总值", Measure::Growth, 8.0, "%", Bound::Eq),
            one("全市粮食总产", Measure::Level, 60.0, "亿斤", Bound::Eq),
        ]
    );
}

#[test]
fn a_section_planning_the_next_year_sets_that_years_targets() {
    // delivered in September 1980: 1979 and the year so far reviewed, then 1981 planned
    let text = "政府工作报告\n——1980年9月1日在第五届全国人民代表大会第三次会议上\n一、国民经济取得了新的进展\n1979年农业总产值比1978年增长8.6%。\n二、1981年国民经济计划的任务和主要指标\n农业总产值比1980年预计增长4%。\n煤炭产量62000万吨。\n";
    let v = extract_text(text.to_string());
    let got: Vec<(f64, Kind, i32, i32)> =
        v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.kind, i.period_start, i.period_end)).collect();
    assert_eq!(
        got,
        [(8.6, Kind::Actual, 1979, 1979), (4.0, Kind::Target, 1981, 1981), (62000.0, Kind::Target, 1981, 1981)]
    );
    // 预计 there is the base's (1980's estimated result), not the target's
    assert!(v.iter().all(|i| !i.estimated));
    assert!(review("全年预计地区生产总值增长5%，比上年预计增长的多。")[0].estimated);
}

#[test]
fn numbers_in_traditional_characters_read_as_in_simplified() {
    let v = review("原煤八千一百九十九萬噸，電力一百零八億度，工業總産值平均每年遞增百分之三十六點九。");
    let got: Vec<(f64, &str)> = v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.unit.as_str())).collect();
    assert_eq!(got, [(8199.0, "万吨"), (108.0, "亿度"), (36.9, "%")]);
    // read in simplified characters, one for one (offsets point into the text as written)
    assert_eq!(v[0].base_unit, "吨");
    assert_eq!((v[0].subject.as_str(), v[2].subject.as_str()), ("原煤", "工业总产值"));
}

#[test]
fn an_estimate_said_to_hold_below_marks_the_paragraph() {
    let v = review("预计全年（下同）地区生产总值增长7.5%。规模以上工业增加值增长12%。");
    assert_eq!(v.iter().map(|i| i.estimated).collect::<Vec<_>>(), [true, true]);
    let v = review("地区生产总值增长7.5%。规模以上工业增加值增长12%。");
    assert_eq!(v.iter().map(|i| i.estimated).collect::<Vec<_>>(), [false, false]);
}

#[test]
fn a_magnitude_without_a_digit_after_a_bound_word_is_one_of_it() {
    let v = review("固定资产投资近万亿元、增长11%。工业产值突破千亿元。惠及千家万户。");
    let got: Vec<(f64, &str, Bound)> =
        v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.unit.as_str(), i.bound)).collect();
    assert_eq!(got, [(1.0, "万亿元", Bound::Lt), (11.0, "%", Bound::Eq), (1000.0, "亿元", Bound::Gt)]);
    assert_eq!(v[0].subject, "固定资产投资");
    // 万 before a unit; 首次 (for the first time) is no part of the subject
    let v = review("规上企业首次突破万户，惠及万家。");
    assert_eq!(brief(&v), [one("规上企业", Measure::Count, 1.0, "万户", Bound::Gt)]);
    // 台阶 (a step) is no unit: 台 counts machines
    let v = review("全市地区生产总值迈上万亿元台阶。");
    assert_eq!((v[0].value, v[0].unit.as_str(), v[0].bound), (Some(1.0), "万亿元", Bound::Ge));
    // without a unit, a magnitude is no quantity (wide_notes.md: 突破百万)
    assert_eq!(review("全市地区生产总值迈上万亿台阶。").len(), 0);
    // 亿 before a unit, as 万: a county's revenue past 1亿元, and the figures after it its own
    let v = review("一般预算收入突破亿元大关，达到1.2亿元，增长20%。");
    assert_eq!(
        brief(&v),
        [
            one("一般预算收入", Measure::Level, 1.0, "亿元", Bound::Gt),
            one("一般预算收入", Measure::Level, 1.2, "亿元", Bound::Eq),
            one("一般预算收入", Measure::Growth, 20.0, "%", Bound::Eq),
        ]
    );
    assert_eq!(v[0].value_base, Some(1e8));
    // not a kind of firm before a list's next item, nor each of several places
    let v = review("全县产值突破亿元、利税突破千万元的企业达到12家。");
    assert!(v.iter().all(|i| i.unit != "亿元"), "{v:?}");
    assert!(review("其中，城关镇、新城镇财政收入均突破亿元。").iter().all(|i| i.unit != "亿元"));
}

#[test]
fn an_investment_after_a_count_of_projects_is_theirs() {
    let v = review("实施县域城建项目229个、完成投资217亿元。石油工业建设，五年投资154亿元。");
    assert_eq!(subjects(&v), ["县域城建项目", "县域城建项目投资", "投资"]);
    let v = review("重点建设项目完成投资85亿元，基础设施重点项目累计完成投资12亿元，全年完成投资9亿元。");
    assert_eq!(subjects(&v), ["重点建设项目投资", "基础设施重点项目投资", "投资"]);
}

#[test]
fn a_rate_per_mille_is_read_with_its_unit() {
    let v = plan("人口自然增长率控制在6.5‰以内。");
    assert_eq!(brief(&v), [one("人口自然增长率", Measure::Level, 6.5, "‰", Bound::Le)]);
}

#[test]
fn a_clause_opening_with_a_comparison_is_the_gap_of_the_number_before() {
    let v = review("五年来，工业增加值年均增长8%，高于全省1.5个百分点；失业率4%，低于全国0.5个百分点。");
    assert_eq!(
        brief(&v),
        [
            one("工业增加值", Measure::Growth, 8.0, "%", Bound::Eq),
            one("工业增加值", Measure::PpChange, 1.5, "个百分点", Bound::Eq),
            one("失业率", Measure::Level, 4.0, "%", Bound::Eq),
            one("失业率", Measure::PpChange, -0.5, "个百分点", Bound::Eq),
        ]
    );
    // the gap is over the years of the average it follows
    assert_eq!((v[1].period_start, v[1].period_end), (v[0].period_start, v[0].period_end));
    assert_eq!((v[1].period_start, v[1].period_end), (2016, 2020));
    // the other term's own rate is no gap; a gap below the other term's growth is
    let v = review("人均消费年均增长4%，高于全国平均增长2%的水平。财政收入增长6%，低于经济增长1个百分点。");
    assert_eq!(v[1].measure, Measure::Growth);
    assert_ne!(v[1].subject, "人均消费");
    assert_eq!((v[3].subject.as_str(), v[3].measure, v[3].value), ("财政收入", Measure::PpChange, Some(-1.0)));
}

#[test]
fn the_three_sectors_are_read_one_by_one() {
    let v = plan("三次产业分别增长4%、6%、7%以上。");
    assert_eq!(subjects(&v), ["第一产业", "第二产业", "第三产业"]);
    let v = review("一、二、三产业增加值分别增长3%、9%和8%。");
    assert_eq!(subjects(&v), ["一产业增加值", "二产业增加值", "三产业增加值"]);
}

#[test]
fn a_list_item_shares_the_first_items_modifier_and_head() {
    let v = review("机场客运、货邮吞吐量分别增长30%、20%，铁路客运、货运周转量分别增长5%、6%。");
    assert_eq!(subjects(&v), ["机场客运吞吐量", "机场货邮吞吐量", "铁路客运周转量", "铁路货运周转量"]);
    let v = review("第一产业、规模以上工业、服务业增加值分别增长4%、9%、8%。");
    assert_eq!(subjects(&v), ["第一产业增加值", "规模以上工业增加值", "服务业增加值"]);
    let v = review("城镇居民、农村居民人均可支配收入分别增长5%、7%。");
    assert_eq!(subjects(&v), ["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
}

#[test]
fn a_verb_of_doing_is_no_part_of_the_subject() {
    let v = review("建成高标准农田50万亩，推进重点项目120个，建成区面积80平方公里，获得表彰的企业12家。");
    assert_eq!(subjects(&v), ["高标准农田", "重点项目", "建成区面积", "获得表彰的企业"]);
    // there are so many that did so, after the whole said too
    let v = review("共有15家企业入选了省级专精特新企业，全市共有12家企业入选了省级专精特新企业。");
    assert_eq!(subjects(&v), ["入选了省级专精特新企业的企业", "入选了省级专精特新企业的企业"]);
    // not where the clause holds a figure the relative clause would lose
    assert_ne!(subjects(&review("全市共有23家企业跻身了全国民营企业500强。"))[0], "跻身了全国民营企业的企业");
    // a verb alone counts the nouns after the numbers
    let v = review("制定了30项工作措施、12项改革措施，今年15项重点任务圆满完成。");
    assert_eq!(subjects(&v), ["工作措施", "改革措施", "重点任务"]);
    let v = review("新增3家省级工厂、2个示范区和5个园区，12个国家（地区）300名运动员参加比赛。");
    assert_eq!(subjects(&v), ["省级工厂", "示范区", "园区", "国家", "运动员"]);
}

#[test]
fn a_total_after_a_flow_is_the_stock_of_the_noun() {
    let v = review("净增高新技术企业100户、总数800户，新登记经营主体2万户，总量达12万户。");
    assert_eq!(subjects(&v), ["净增高新技术企业", "高新技术企业总数", "新登记经营主体", "经营主体总量"]);
}

#[test]
fn brackets_inside_a_subject_stay_and_a_note_after_it_goes() {
    let v =
        review("新增规上（限上）企业30家。固定资产投资（不含农户）完成200亿元。预计（下同）全年地区生产总值增长5%。");
    assert_eq!(subjects(&v), ["新增规上（限上）企业", "固定资产投资", "地区生产总值"]);
    assert_eq!(v[1].indicator.as_deref(), Some("fixed_asset_investment"));
    let v = review("地区生产总值4000亿元、同比增长（以下简称增长）8%。");
    assert_eq!(subjects(&v), ["地区生产总值", "地区生产总值"]);
}

#[test]
fn over_and_past_are_bounds_not_subject_words() {
    let v = review("五年来，一般公共预算收入超170亿元，人均生产总值跨越4万元大关。");
    assert_eq!(
        brief(&v),
        [
            one("一般公共预算收入", Measure::Level, 170.0, "亿元", Bound::Gt),
            one("人均生产总值", Measure::Level, 4.0, "万元", Bound::Gt),
        ]
    );
    assert_eq!(v[0].indicator.as_deref(), Some("general_budget_revenue"));
}

#[test]
fn from_one_level_to_another_is_two_levels_not_a_range() {
    let v = review("五年来，财政收入由12.5亿元到36.4亿元。增速6%-7%。");
    let got: Vec<(f64, Option<f64>, Bound)> =
        v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.value_hi, i.bound)).collect();
    assert_eq!(got, [(12.5, None, Bound::Eq), (36.4, None, Bound::Eq), (6.0, Some(7.0), Bound::Range)]);
    // the level reached is the last year's
    assert_eq!((v[1].period_start, v[1].period_end), (2020, 2020));
}

#[test]
fn growth_said_in_multiples_is_growth_and_a_multiple_of_a_level_is_a_multiple() {
    let v = review("出口额比上年增长1.4倍。财政收入达到80亿元，是五年前的2.4倍。");
    assert_eq!(
        brief(&v),
        [
            one("出口额", Measure::Growth, 1.4, "倍", Bound::Eq),
            one("财政收入", Measure::Level, 80.0, "亿元", Bound::Eq),
            one("财政收入", Measure::Multiple, 2.4, "倍", Bound::Eq),
        ]
    );
    // +140%, in the base unit of growth
    assert_eq!((v[0].value_base, v[0].base_unit.as_str()), (Some(140.0), "%"));
    assert_eq!((v[2].value_base, v[2].base_unit.as_str()), (Some(2.4), "倍"));
}

#[test]
fn a_heading_that_names_the_plan_starting_this_year_opens_the_plan_part() {
    let v = extract_text(
        "政府工作报告\n——1986年3月25日在第六届全国人民代表大会第四次会议上\n一、“六五”计划执行情况的回顾\n\
         五年内工业总产值增长百分之十二。\n二、“七五”时期的基本任务\n五年内工业总产值增长百分之七点五。\n"
            .to_string(),
    );
    let got: Vec<_> = v.iter().map(|i| (i.kind, i.value, i.period_start, i.period_end)).collect();
    assert_eq!(got, [(Kind::Actual, Some(12.0), 1981, 1985), (Kind::Target, Some(7.5), 1986, 1990)]);
}

#[test]
fn a_range_of_percents_in_words() {
    let v = plan("国民经济增长速度由原定平均每年百分之六调高到百分之八至九。成本降低百分之二到百分之三。");
    let got: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.measure, i.value, i.value_hi, i.bound)).collect();
    assert_eq!(
        got,
        [
            ("国民经济增长速度", Measure::Growth, Some(6.0), None, Bound::Eq),
            ("国民经济增长速度", Measure::Growth, Some(8.0), Some(9.0), Bound::Range),
            ("成本", Measure::Growth, Some(-3.0), Some(-2.0), Bound::Range),
        ]
    );
}

#[test]
fn rate_nouns_of_change_are_growth() {
    let v = review("固定资产投资增长幅度为27.8%，物价上涨幅度为10%。");
    assert!(v.iter().all(|i| i.measure == Measure::Growth), "{:?}", brief(&v));
}

#[test]
fn telephone_lines_and_turnover_are_units() {
    let v = review("城乡电话总容量达到2860万门，铁路货运周转量达到11620亿吨公里，旅客周转量达到320亿人公里。");
    let got: Vec<_> = v.iter().map(|i| (i.unit.as_str(), i.base_unit.as_str(), i.value_base)).collect();
    assert_eq!(
        got,
        [("万门", "门", Some(2.86e7)), ("亿吨公里", "吨公里", Some(1.162e12)), ("亿人公里", "人公里", Some(3.2e10))]
    );
}

#[test]
fn a_part_of_what_an_alias_names_takes_no_indicator() {
    let v = review(
        "外贸进出口总额增长5%，其中对俄进出口总额增长20%，跨境电商进出口增长40%，对外贸易进出口总额达到300亿元。县域工业增加值增长8%。产业集聚区固定资产投资增长9%。",
    );
    let ids: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.indicator.as_deref())).collect();
    assert_eq!(
        ids,
        [
            ("外贸进出口总额", Some("import_export")),
            ("对俄进出口总额", None),
            ("跨境电商进出口", None),
            ("对外贸易进出口总额", Some("import_export")),
            ("县域工业增加值", None),
            ("产业集聚区固定资产投资", None),
        ]
    );
}

#[test]
fn units_in_traditional_characters_are_read_in_simplified_ones() {
    let v = review("一九五三年原煤產量達到八千一百九十九萬噸，發電量一百零八億度。");
    let units: Vec<_> = v.iter().map(|i| (i.value, i.unit.as_str(), i.base_unit.as_str())).collect();
    assert_eq!(units, [(Some(8199.0), "万吨", "吨"), (Some(108.0), "亿度", "千瓦时")]);
}

#[test]
fn one_side_of_a_pair_shares_the_modifier_of_the_other() {
    let v = review("一般公共预算收入、支出完成100亿元、300亿元。地方财政一般预算收入36亿元、支出172亿元。进出口总额50亿元，其中进口20亿元。");
    assert_eq!(
        subjects(&v),
        ["一般公共预算收入", "一般公共预算支出", "地方财政一般预算收入", "地方财政一般预算支出", "进出口总额", "进口"]
    );
    // two sides said in one word, two numbers: each side in turn
    let v = review("金融机构存贷款余额6548亿元、3368亿元。国家预算收支都增长10%。");
    assert_eq!(subjects(&v), ["金融机构存款余额", "金融机构贷款余额", "国家预算收入", "国家预算支出"]);
}

#[test]
fn the_later_level_after_to_keeps_the_subject_before() {
    let v = review("地方财政一般预算收入由12.5亿元到36.4亿元，支出由50.6亿元到172.67亿元。");
    assert_eq!(
        subjects(&v),
        ["地方财政一般预算收入", "地方财政一般预算收入", "地方财政一般预算支出", "地方财政一般预算支出"]
    );
}

#[test]
fn a_clause_naming_only_the_whole_gives_the_share_of_the_subject_before() {
    let v = review("完成一般公共预算收入11亿元，为调整后预算的104%。重点建设项目完成投资137亿元，占年度计划的113.5%。");
    assert_eq!(
        brief(&v),
        [
            one("一般公共预算收入", Measure::Level, 11.0, "亿元", Bound::Eq),
            one("一般公共预算收入", Measure::Share, 104.0, "%", Bound::Eq),
            one("重点建设项目投资", Measure::Level, 137.0, "亿元", Bound::Eq),
            one("重点建设项目投资", Measure::Share, 113.5, "%", Bound::Eq),
        ]
    );
}

#[test]
fn a_rate_unit_said_once_after_a_list_holds_for_each_number() {
    let v = review("固定资产投资、工业投资分别高于全省4.6、1.2个百分点。1、2号线建成。");
    let got: Vec<_> = v.iter().map(|i| (i.value, i.unit.as_str(), i.measure)).collect();
    assert_eq!(got, [(Some(4.6), "个百分点", Measure::PpChange), (Some(1.2), "个百分点", Measure::PpChange)]);
}

#[test]
fn a_verb_said_once_before_a_list_of_amounts_holds_for_each_item() {
    let v = review("全市新增有效灌溉面积113万亩、公路通车里程880公里。改造城镇老旧小区137个、农村危房1078户。新增就业5000人、城镇登记失业率3.5%。改造建设乡镇卫生院127个、疾病控制中心10个。新增建设用地368亩、供应国有土地462亩。改造提升农村敬老院87所、建成社区养老服务综合体24个。");
    assert_eq!(
        subjects(&v),
        [
            "全市新增有效灌溉面积",
            "新增公路通车里程",
            "改造城镇老旧小区",
            "改造农村危房",
            "新增就业",
            "城镇登记失业率",
            "改造建设乡镇卫生院",
            "改造建设疾病控制中心",
            "新增建设用地",
            "新增供应国有土地",
            "改造提升农村敬老院",
            "社区养老服务综合体"
        ]
    );
}

#[test]
fn in_a_review_of_five_years_a_level_from_is_the_years_start_and_a_threshold_passed_their_end() {
    let v = extract_text(
        "政府工作报告\n——2011年1月12日在某某市第一届人民代表大会第一次会议上\n一、过去五年工作回顾\n\
         五年来，全市生产总值突破1000亿元，年均增长超过12%。地方财政一般预算收入由12.5亿元到36.4亿元。\n\
         二、2011年工作安排\n地区生产总值增长10%。\n"
            .to_string(),
    );
    let got: Vec<_> = v.iter().map(|i| (i.value, i.period_start, i.period_end)).collect();
    assert_eq!(
        got,
        [
            (Some(1000.0), 2010, 2010),
            (Some(12.0), 2006, 2010),
            (Some(12.5), 2005, 2005),
            (Some(36.4), 2010, 2010),
            (Some(10.0), 2011, 2011)
        ]
    );
}

#[test]
fn a_level_fallen_to_and_a_modal_are_no_part_of_the_subject() {
    let v = review("积累率由上年的36.5%，降为33.6%。积累率可能进一步降到30%左右。去年经济增长8.8%。");
    assert_eq!(subjects(&v), ["积累率", "积累率", "积累率", "经济增长"]);
    assert!(v[..3].iter().all(|i| i.measure == Measure::Share), "{:?}", brief(&v));
    assert_eq!(v[3].indicator.as_deref(), Some("gdp"));
}

#[test]
fn five_years_at_the_end_of_a_subject_is_a_time() {
    let v = review("全民所有制单位的固定资产投资总额五年为8960亿元。中央财政用于科技的投入五年累计8729亿元。");
    assert_eq!(subjects(&v), ["全民所有制单位的固定资产投资总额", "中央财政用于科技的投入"]);
}

#[test]
fn a_figure_under_another_definition_in_brackets_is_of_the_subject_before() {
    let v = plan("农业总产值平均每年增长4%（包括村办工业为6%），工业总产值平均每年增长7.5%（不包括村办工业7%）。");
    assert_eq!(
        brief(&v),
        [
            one("农业总产值", Measure::Growth, 4.0, "%", Bound::Eq),
            one("包括村办工业的农业总产值", Measure::Growth, 6.0, "%", Bound::Eq),
            one("工业总产值", Measure::Growth, 7.5, "%", Bound::Eq),
            one("不包括村办工业的工业总产值", Measure::Growth, 7.0, "%", Bound::Eq),
        ]
    );
}

#[test]
fn a_threshold_inside_a_category_is_part_of_its_name() {
    let v = review("营业收入超20亿元企业5家、超5亿元企业12家，新开工3亿元以上项目40个。");
    assert_eq!(
        brief(&v),
        [
            one("营业收入超20亿元企业", Measure::Count, 5.0, "家", Bound::Eq),
            one("营业收入超5亿元企业", Measure::Count, 12.0, "家", Bound::Eq),
            one("新开工3亿元以上项目", Measure::Count, 40.0, "个", Bound::Eq),
        ]
    );
    // 过 and 的 before the category, a link word before the count
    let v = plan("集体收入过10万元的村达到300个，收入20万元以上村占比达到30%。");
    assert_eq!(
        brief(&v),
        [
            one("集体收入过10万元的村", Measure::Count, 300.0, "个", Bound::Eq),
            one("收入20万元以上村占比", Measure::Share, 30.0, "%", Bound::Eq),
        ]
    );
    // money that does something, or a plain amount, is a figure
    let v = review("投资超80亿元建设一批重点项目，完成投资50亿元以上。");
    assert_eq!(v.len(), 2);
    // the category's noun with its predicate after it; the count after keeps the threshold
    let v = review("一批投资超50亿元重大项目建成投产，工业投资年均增长21.1%；超5亿元项目新开工231个。");
    assert_eq!(
        brief(&v),
        [
            one("工业投资", Measure::Growth, 21.1, "%", Bound::Eq),
            one("超5亿元项目新开工", Measure::Count, 231.0, "个", Bound::Eq),
        ]
    );
    // an amount beside a count of the items is their total; the region's own flow or total
    // before a clause whose comma is missing, or before a purpose, stays a figure
    let v = plan("抓好1600个、年度投资6000亿元以上的重大项目建设。州本级安排1亿元以上项目前期经费。");
    let amounts: Vec<f64> = v.iter().filter(|i| i.unit == "亿元").filter_map(|i| i.value).collect();
    assert_eq!(amounts, [6000.0, 1.0]);
    for figure in [
        "全社会固定资产投资突破300亿元项目建设全面提速。",
        "完成投资超100亿元项目建设进展顺利。",
        "投入资金超过3亿元新建农村公路100公里。",
        "发放贷款超5亿元企业受益面扩大。",
        "完成工业投资超过60亿元产业转型升级加快。",
        "实际利用外资超过3亿美元项目落地数创新高。",
    ] {
        assert!(review(figure).iter().any(|i| i.unit.ends_with("元")), "{figure}");
    }
}

#[test]
fn a_lifetime_in_years_is_read_and_an_age_is_not() {
    let v = review("人均预期寿命达到79.5岁，比五年前提高1.2岁；为8万名60岁以上老人和3岁以下婴幼儿体检，年满18岁。");
    assert_eq!(
        brief(&v)[..2],
        [
            one("人均预期寿命", Measure::Level, 79.5, "岁", Bound::Eq),
            one("人均预期寿命", Measure::Change, 1.2, "岁", Bound::Eq),
        ]
    );
    assert_eq!(v.iter().filter(|i| i.unit == "岁").count(), 2);
    let v = review("人口的平均期望寿命已经达到71岁。");
    assert_eq!(brief(&v), [one("人口的平均期望寿命", Measure::Level, 71.0, "岁", Bound::Eq)]);
}

#[test]
fn sessions_are_counted() {
    let v = review("举办招商推介活动120场次。");
    assert_eq!(brief(&v), [one("招商推介活动", Measure::Count, 120.0, "场次", Bound::Eq)]);
}

#[test]
fn rates_said_once_after_a_list_are_each_of_the_whole_list() {
    let v = review("群众来信、网上留言回复率、满意率均达到98%。");
    assert_eq!(
        brief(&v),
        [
            one("群众来信、网上留言回复率", Measure::Share, 98.0, "%", Bound::Eq),
            one("群众来信、网上留言满意率", Measure::Share, 98.0, "%", Bound::Eq),
        ]
    );
}

#[test]
fn a_report_delivered_late_in_its_year_reviews_that_year_and_plans_the_next() {
    // delivered in September: this year's results (estimated) and next year's targets
    let text = "政府工作报告\n——1980年9月1日在第五届全国人民代表大会第三次会议上\n各位代表：\n\
        一、今年的经济形势\n今年粮食产量预计达到32000万吨。\n二、明年的计划\n明年粮食产量计划达到33000万吨。\n";
    let v = extract_text(text.to_string());
    let got: Vec<_> = v.iter().map(|i| (i.kind, i.period_start, i.period_end)).collect();
    assert_eq!(got, [(Kind::Actual, 1980, 1980), (Kind::Target, 1981, 1981)]);
    // its 去年 is the year before the one reviewed
    let v = extract_text(text.replace("今年粮食产量预计", "去年粮食产量30000万吨，今年预计"));
    let got: Vec<_> = v.iter().map(|i| (i.value.unwrap(), i.period_start, i.period_end)).collect();
    assert_eq!(got, [(30000.0, 1979, 1979), (32000.0, 1980, 1980), (33000.0, 1981, 1981)]);
    // delivered in December: the plan year is the next (SPEC), the review this year's
    let v = extract_text(text.replace("1980年9月1日", "1980年12月1日"));
    let got: Vec<_> = v.iter().map(|i| (i.kind, i.period_start, i.period_end)).collect();
    assert_eq!(got, [(Kind::Actual, 1980, 1980), (Kind::Target, 1981, 1981)]);
    // in March: last year's results and this year's targets
    let text = "政府工作报告\n——1980年3月1日在第五届全国人民代表大会第三次会议上\n各位代表：\n\
        一、过去一年的回顾\n去年粮食产量达到32000万吨。\n二、今年的任务\n今年粮食产量计划达到33000万吨。\n";
    let got: Vec<_> = extract_text(text.to_string()).iter().map(|i| (i.kind, i.period_start, i.period_end)).collect();
    assert_eq!(got, [(Kind::Actual, 1979, 1979), (Kind::Target, 1980, 1980)]);
}

#[test]
fn in_a_report_delivered_in_december_shang_nian_is_the_year_before_the_one_reviewed() {
    let text = "政府工作报告\n——2022年12月10日在某某县第十七届人民代表大会第三次会议上\n各位代表：\n\
        一、2022年工作回顾\n上年全县生产总值增长8%，今年预计增长6%。\n\
        全县一般公共预算收入比上年增长5%，比去年同期多1亿元。\n\
        全县固定资产投资比去年增长7%。\n今年全县社会消费品零售总额增长4%，上年为5%。\n\
        世界上年产石油一亿吨以上的国家不到十个。\n二、2023年工作安排\n全县生产总值增长6%左右。\n";
    let v = extract_text(text.to_string());
    let got: Vec<_> = v.iter().map(|i| (i.value.unwrap(), i.period_start, i.period_end)).collect();
    assert_eq!(
        got,
        [
            // 上年 said as a time: 2021; as a base (比上年, 比去年, 去年同期) no time of its own
            (8.0, 2021, 2021),
            (6.0, 2022, 2022),
            (5.0, 2022, 2022),
            (1.0, 2022, 2022),
            (7.0, 2022, 2022),
            (4.0, 2022, 2022),
            (5.0, 2021, 2021),
            // 上 ending the word before it (世界上) is no 上年
            (1.0, 2022, 2022),
            (6.0, 2023, 2023),
        ]
    );
}

#[test]
fn a_year_that_opens_the_sentence_dates_its_figures() {
    // a review of 2020 that names the years before it
    let v = review("2018年粮食产量比2017年增长5%。2019年全市工业增加值增长6%，2020年增长3%。");
    let got: Vec<_> = v.iter().map(|i| (i.value.unwrap(), i.kind, i.period_start, i.period_end)).collect();
    assert_eq!(
        got,
        [(5.0, Kind::Actual, 2018, 2018), (6.0, Kind::Actual, 2019, 2019), (3.0, Kind::Actual, 2020, 2020)]
    );
    // a year inside a clause holds for that clause only; a later time or span ends it
    let v = review("全年公开信息10万条，2019年决算中的支出公开到项级，120家部门预算报人大审议。");
    assert!(v.iter().all(|i| (i.period_start, i.period_end) == (2020, 2020)), "{:?}", dated(&v));
    let v = review("2018年初全市有合作社300个，现在已经合并为80个。");
    assert_eq!(v.iter().map(|i| i.period_end).collect::<Vec<_>>(), [2018, 2020]);
    // 2016年以来 is a span, 2019年度 a batch: neither dates the number
    let v = review("2016年以来，全市新增企业500家；2019年度3个村通过验收。");
    assert!(v.iter().all(|i| i.period_end == 2020), "{:?}", dated(&v));
    // a later year's figure is a target, with its growth over the base year
    let v = review("2023年比2020年，工业总产值将增长30%，即平均每年递增9%。");
    let got: Vec<_> = v.iter().map(|i| (i.kind, i.period_start, i.period_end)).collect();
    assert_eq!(got, [(Kind::Target, 2021, 2023), (Kind::Target, 2021, 2023)]);
    // a comparison said once for the sentence, mid-sentence
    let v = review("例如，2019年比2015年，钢增加了400万吨，煤增加了6400万吨。");
    assert!(v.iter().all(|i| (i.period_start, i.period_end) == (2016, 2019)), "{:?}", dated(&v));
    // the year after the one reviewed, estimated: a report delivered late in that year
    let v = review("2021年工业总产值预计比2020年增长10%以上。");
    assert_eq!((v[0].kind, v[0].period_start, v[0].period_end), (Kind::Actual, 2021, 2021));
}

#[test]
fn a_target_over_the_plan_year_or_of_a_later_year_named_is_that_years() {
    // 比2021年增长 in a report that plans 2021 is a target for 2022
    let v = plan("计划草案拟定，工业总产值比2021年增长11%左右。2022年财政收入比上年增长10%以上。");
    let got: Vec<_> = v.iter().map(|i| (i.kind, i.period_start, i.period_end)).collect();
    assert_eq!(got, [(Kind::Target, 2022, 2022), (Kind::Target, 2022, 2022)]);
    // a level of a year before the plan year, in a plan, is that year's result
    let v = plan("工农业总产值将比2020年的2050亿元增长10%，达到2255亿元。");
    let got: Vec<_> = v.iter().map(|i| (i.value.unwrap(), i.kind, i.period_start, i.period_end)).collect();
    assert_eq!(
        got,
        [(2050.0, Kind::Actual, 2020, 2020), (10.0, Kind::Target, 2021, 2021), (2255.0, Kind::Target, 2021, 2021)]
    );
}

#[test]
fn heads_and_tails_of_a_comparison_are_no_part_of_a_subject() {
    // 等于…的N倍 after a level: the multiple is of the noun before; 仍然, 那么 and a time
    // phrase of 在…期间 are no part of it
    let v = review("钢材500万吨，等于2010年的3倍。在调整期间农业总产值平均每年递增6%，那么今年的工业总产值将等于2010年的2倍，商品零售总额仍然比上年增加5%。");
    let subjects: Vec<_> = v.iter().map(|i| i.subject.as_str()).collect();
    assert_eq!(subjects, ["钢材", "钢材", "农业总产值", "工业总产值", "商品零售总额"]);
    assert_eq!(v[2].measure, Measure::Growth);
    // the same words as the 1950s reports' web copies write them
    let v = review("預計今年的煤炭産量將等於2010年的兩倍，水泥産量增長了百分之十點五。");
    let subjects: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.measure)).collect();
    assert_eq!(subjects, [("煤炭产量", Measure::Multiple), ("水泥产量", Measure::Growth)]);
}

#[test]
fn a_time_span_inside_a_subject_and_what_is_said_of_it() {
    // 从A年至B年的N年间 after the noun; a period with words of its pace before 的, and a
    // period alone, keep the noun named before
    let v = review("粮食产量从2001年至2010年的十年间平均每年增长3%，其中增长最快的“十一五”时期平均每年增长5%，“十二五”时期平均每年增长4%。");
    assert!(v.iter().all(|i| i.subject == "粮食产量"), "{:?}", brief(&v));
    // 比年初 and 较年初 are times; 由于, 已经 and 连续三年 open no subject
    let v = review("年末存款余额500亿元，比年初增长8%。由于已经连续三年增长速度在10%以上，今年要放慢。");
    let subjects: Vec<_> = v.iter().map(|i| i.subject.as_str()).collect();
    assert_eq!(subjects, ["存款余额", "存款余额", "增长速度"]);
}

#[test]
fn a_bare_scope_after_a_subject_of_another_scope_takes_its_rest() {
    let v = review("城镇人均住房面积增加到40平方米，农村增加到50平方米。");
    let subjects: Vec<_> = v.iter().map(|i| i.subject.as_str()).collect();
    assert_eq!(subjects, ["城镇人均住房面积", "农村人均住房面积"]);
    // a whole (全市) is no counterpart of a part
    let v = review("城镇登记失业率3%，全市4%。");
    assert_eq!(v[1].subject, "全市");
}

#[test]
fn a_clause_of_only_a_setting_verb_takes_the_noun_of_the_clause_before() {
    let v = plan(
        "今年的工业总产值，拟定为900亿元，比上年增长8%。今年经济增长速度的预期目标，定为百分之七。钢产量拟定为50万吨。",
    );
    let subjects: Vec<_> = v.iter().map(|i| i.subject.as_str()).collect();
    assert_eq!(subjects, ["工业总产值", "工业总产值", "经济增长速度", "钢产量"]);
    // a clause before that opens with a preposition is no noun
    let v = plan("基本建设投资总额，通过国家预算的部分，拟定为100亿元。");
    assert_eq!(v[0].subject, "");
}

#[test]
fn net_increase_and_the_object_of_training() {
    // 净增 after its noun is a change of it; alone, of the noun before (not of the flow)
    let v = review("市场主体净增2万户、总数达30万户。新增规上企业50家、净增40家。五年共培养近2000名专业人才。");
    let got: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.measure)).collect();
    assert_eq!(
        got,
        [
            ("市场主体", Measure::Change),
            ("市场主体总数", Measure::Count),
            ("新增规上企业", Measure::Count),
            ("规上企业", Measure::Change),
            ("专业人才", Measure::Count),
        ]
    );
}

#[test]
fn a_growth_with_a_minus_sign_a_sum_and_a_restatement() {
    // 增长-2.6% is a decline; 合计 ends no subject; 即 restates the number before
    let v = review("社会消费品零售总额增长-2.6%。本年收入合计500亿元，比上年增长20亿元，即增长4.2%。");
    let got: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.measure, i.value.unwrap())).collect();
    assert_eq!(
        got,
        [
            ("社会消费品零售总额", Measure::Growth, -2.6),
            ("本年收入", Measure::Level, 500.0),
            ("本年收入", Measure::Change, 20.0),
            ("本年收入", Measure::Growth, 4.2),
        ]
    );
}

#[test]
fn a_level_held_in_a_review_of_five_years_is_the_last_years() {
    // per-capita figures, balances, totals, lengths in service and rates are levels at the
    // end; a flow (新增) stays the five years'; 公共 is no 共 (共计)
    let v = extract_parts_delivered(
        "2016",
        "五年来，居民人均可支配收入2.5万元，存款余额3000亿元，公路通车里程500公里，\
         新增学位3万个，良种覆盖率98%，人均公共卫生服务经费达70元。",
        "",
    );
    let got: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.period_start, i.period_end)).collect();
    assert_eq!(
        got,
        [
            ("居民人均可支配收入", 2015, 2015),
            ("存款余额", 2015, 2015),
            ("公路通车里程", 2015, 2015),
            ("新增学位", 2011, 2015),
            ("良种覆盖率", 2015, 2015),
            ("人均公共卫生服务经费", 2015, 2015),
        ]
    );
}

#[test]
fn a_change_since_the_end_of_a_plan_with_jiao() {
    // 较“十二五”末提高8个百分点: over the five years since 2015
    let v = extract_parts_delivered("2021", "五年来成绩显著。2020年城镇化率达到46.1%，较“十二五”末提高8个百分点。", "");
    let got: Vec<_> = v.iter().map(|i| (i.measure, i.period_start, i.period_end)).collect();
    assert_eq!(got, [(Measure::Share, 2020, 2020), (Measure::PpChange, 2016, 2020)]);
}

#[test]
fn a_length_built_or_added_stays_the_five_years() {
    // 新增 in the sentence, 建成 in the clause before: what was built in the five years;
    // a contribution rate is of the years' growth
    let v = extract_parts_delivered(
        "2016",
        "五年来，新增发电装机容量100万千瓦、铁路通车里程150公里。两条高速建成通车，通车里程300公里。\
         服务业增加值年均增长9%，贡献率50%。",
        "",
    );
    let got: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.period_start, i.period_end)).collect();
    assert!(got.contains(&("新增铁路通车里程", 2011, 2015)), "{got:?}");
    assert!(got.contains(&("通车里程", 2011, 2015)), "{got:?}");
    assert!(got.iter().any(|g| g.0.ends_with("贡献率") && g.1 == 2011), "{got:?}");
}

#[test]
fn a_year_opening_one_sentence_of_a_five_year_review_dates_that_sentence_only() {
    // 去年 right before its noun dates its sentence; the review goes on after it. 去年，
    // with a comma turns the paragraph to the year.
    let v = extract_parts_delivered(
        "2016",
        "过去五年成绩显著。去年全市生产总值达到1000亿元。建立院士工作站3个。去年，全市建立院士工作站1个。",
        "",
    );
    let got: Vec<_> = v.iter().map(|i| (i.value.unwrap(), i.period_start, i.period_end)).collect();
    assert_eq!(got, [(1000.0, 2015, 2015), (3.0, 2011, 2015), (1.0, 2015, 2015)]);
}

#[test]
fn changes_since_the_founding_count_from_1949() {
    let v = extract_parts_delivered("1975", "全国解放以来，全国人口增加60%，粮食增产1.4倍。", "");
    let spans: Vec<_> = v.iter().map(|i| (i.period_start, i.period_end)).collect();
    assert_eq!(spans, [(1950, 1974), (1950, 1974)]);
    // inside a predicate, or with a later time after it: not a span from 1949
    let v = extract_parts_delivered("1975", "粮食产量创建国以来最好水平，比上年增长5%。", "");
    assert_eq!((v[0].period_start, v[0].period_end), (1974, 1974));
    let v = extract_parts_delivered("1975", "新中国成立以来，经过多年努力，1974年粮食增长5%。", "");
    assert_eq!((v[0].period_start, v[0].period_end), (1974, 1974));
    let v = extract_parts_delivered("1975", "解放以来，经过逐年的努力，全国职工增加了1300万人。", "");
    assert_eq!((v[0].period_start, v[0].period_end), (1950, 1974));
}

#[test]
fn a_clause_that_opens_with_a_later_year_to_reach_sets_targets_in_a_review() {
    // a ten-year plan under a heading that names none: read in the review part
    let v = extract_parts_delivered("1978", "按照十年规划，到1985年，粮食产量达到8000亿斤，钢产量6000万吨。", "");
    let kinds: Vec<_> = v.iter().map(|i| (i.kind, i.period_end)).collect();
    assert_eq!(kinds, [(Kind::Target, 1985), (Kind::Target, 1985)]);
    // the year reviewed, or a time said after it: results
    let v = extract_parts_delivered("1978", "到1977年，粮食产量达到5600亿斤。", "");
    assert_eq!(v[0].kind, Kind::Actual);
    let v = extract_parts_delivered("1978", "到1985年，全部建成，目前已完成40%。", "");
    assert_eq!(v[0].kind, Kind::Actual);
}

#[test]
fn a_span_of_years_named_dates_the_figures_after_it() {
    let v = extract_parts_delivered("1986", "从1980年至1985年，原煤产量由6.2亿吨增加到8.5亿吨，年均增长6.5%。", "");
    let spans: Vec<_> = v.iter().map(|i| (i.period_start, i.period_end)).collect();
    // the level after 由 is the first year's, the one reached the last's, the average since the first
    assert_eq!(spans, [(1980, 1980), (1985, 1985), (1981, 1985)]);
    let v = extract_parts_delivered("1986", "农业总产值从1953年至1980年的二十八年间平均每年增长3.5%。", "");
    assert_eq!((v[0].period_start, v[0].period_end), (1953, 1980));
    let v = extract_parts_delivered("1986", "从1981年到1984年，共安置就业3000万人。", "");
    assert_eq!((v[0].period_start, v[0].period_end), (1981, 1984));
    // a later year said after it ends it; a span that is compared with is no span of the figure
    let v = extract_parts_delivered("1986", "从1981年到1984年，农业年均增长7.9%，1985年增长3.4%。", "");
    assert_eq!((v[1].period_start, v[1].period_end), (1985, 1985));
    let v = extract_parts_delivered("1986", "粮食年均增长5%，远远超过1953年到1978年平均每年增长2.4%的速度。", "");
    assert_ne!((v[1].period_start, v[1].period_end), (1953, 1978));
}

#[test]
fn the_level_a_change_starts_from_is_the_year_before_its_years() {
    let years = |v: &[Indicator]| v.iter().map(|i| (i.kind, i.period_start, i.period_end)).collect::<Vec<_>>();
    // a year reviewed: the first level is last year's, the one reached this year's
    let v = review("高新技术企业由40家增加到65家，合作项目从12个增至20个。");
    let a = (Kind::Actual, 2019, 2019);
    assert_eq!(years(&v), [a, (Kind::Actual, 2020, 2020), a, (Kind::Actual, 2020, 2020)]);
    // a plan: the level now is a result, not an aim
    let v = plan("低保标准由每月500元提高到550元。");
    assert_eq!(years(&v), [(Kind::Actual, 2020, 2020), (Kind::Target, 2021, 2021)]);
    // a list of levels after 分别由 shares the dating of the first
    let v = plan("两项补助分别由300元、400元提高到350元、450元。");
    assert_eq!(years(&v)[..2], [(Kind::Actual, 2020, 2020), (Kind::Actual, 2020, 2020)]);
    // an earlier year the sentence names is where the change starts
    let v = review("绿化率由2015年的30%提高到40%，水面率由8%提高到10%。");
    assert_eq!(years(&v)[2], (Kind::Actual, 2015, 2015));
    // no level reached after it: 由 says who, not where from
    let v = review("由3家企业投资5亿元。");
    assert!(v.iter().all(|i| i.period_start == 2020));
}

proptest::proptest! {
    // the chars the pattern names, separators and others, in any order
    #[test]
    fn names_the_year_of_plan_is_the_bounded_regex(text in "[今明去过一年是也又190258，。；某\n]{0,40}") {
        // the year's own clause, or a second clause of it (…，也是 / 是 …)
        let bounded = regex::Regex::new(
            r"(?:Y是[^，。；]{0,16}|Y(?:是[^，。；]*)?(?:[，。；](?:也是|又是|更是|是)[^，。；]*)*[，。；](?:也是|又是|更是|是)[^，。；]{0,16})$"
                .replace('Y', "(?:今年|明年|去年|过去一年|(?:19|20)[0-9][0-9]年)")
                .as_str(),
        )
        .expect("valid regex");
        proptest::prop_assert_eq!(super::context::names_the_year_of_plan(&text), bounded.is_match(&text));
    }
}

#[test]
fn names_the_year_of_plan_reads_the_clause_the_text_ends_with() {
    use super::context::names_the_year_of_plan as named;
    assert!(named("2025年是"));
    assert!(named("过去一年是"));
    assert!(named("今年是全面完成“十四五”规划目标任务的"));
    // 17 chars after 是, a separator after it, no year before it
    assert!(!named("今年是全面完成“十四五”规划目标任务的关"));
    assert!(!named("今年是，"));
    assert!(!named("一年是"));
    assert!(!named("2125年是"));
    // a second clause of the same year
    assert!(named("今年是建国75周年，也是实施“十四五”规划的"));
    assert!(!named("建国75周年，也是实施“十四五”规划的"));
    // a year alone in its clause, said of in the clauses after it
    assert!(named("2023年，是全面贯彻落实党的二十大精神的开局之年，是深入实施“"));
    assert!(named("2023年，是深入实施“"));
    assert!(!named("2023年，全市经济运行，是深入实施“"));
}

#[test]
fn an_index_in_percent_a_level_of_urbanisation_a_cut_and_or_more() {
    let v = review("工业经济效益综合指数达到121.5%，农业机械化水平达到60%。");
    assert_eq!(
        brief(&v),
        [
            one("工业经济效益综合指数", Measure::Index, 121.5, "%", Bound::Eq),
            one("农业机械化水平", Measure::Share, 60.0, "%", Bound::Eq),
        ]
    );
    // an index said in percent far below 100 is its rise
    assert_eq!(plan("居民消费价格指数控制在4%左右。")[0].measure, Measure::Growth);
    let v = plan("财政收入增速比原定目标下调1个百分点，投资增长12%或者更多一些。");
    assert_eq!((v[0].value, v[0].measure), (Some(-1.0), Measure::PpChange));
    assert_eq!(v[1].bound, Bound::Ge);
}

#[test]
fn a_span_of_years_ahead_in_a_review_sets_targets_over_it() {
    // a report that reviews 2020: 2021 to 2025 is ahead
    let kinds = |v: &[Indicator]| v.iter().map(|i| (i.kind, i.period_start, i.period_end)).collect::<Vec<_>>();
    let v = review("从2021年到2025年五年间，粮食产量每年要增长2%。");
    assert_eq!(kinds(&v), [(Kind::Target, 2021, 2025)]);
    // a span that ends by the year reviewed stays a result
    let v = review("从2016年到2020年，粮食产量每年增长2%。");
    assert_eq!(kinds(&v), [(Kind::Actual, 2016, 2020)]);
}

#[test]
fn a_bare_count_of_entities_in_a_five_year_review_is_held_at_the_end() {
    let v = review("过去五年，全市经济稳步发展。规模以上工业企业880家，农民专业合作社1.2万家。");
    assert_eq!(dated(&v).iter().map(|d| (d.2, d.3)).collect::<Vec<_>>(), [(2020, 2020), (2020, 2020)]);
    // a verb or 新 before the noun counts what came in the five years
    let v = review("过去五年，全市经济稳步发展。引进企业120家，新认定高新技术企业45家。");
    assert_eq!(dated(&v).iter().map(|d| (d.2, d.3)).collect::<Vec<_>>(), [(2016, 2020), (2016, 2020)]);
}

#[test]
fn a_change_against_years_ago_covers_those_years() {
    let v = review("2020年粮食产量达到3000万吨，比五年前增加200万吨。");
    assert_eq!(dated(&v).iter().map(|d| (d.2, d.3)).collect::<Vec<_>>(), [(2020, 2020), (2016, 2020)]);
}

#[test]
fn an_aim_recalled_in_a_review_is_the_years_target() {
    let kinds = |v: &[Indicator]| v.iter().map(|i| (i.kind, i.period_end)).collect::<Vec<_>>();
    let v = review("工业增长速度，年初计划为6%，实际达到7.5%。");
    assert_eq!(kinds(&v), [(Kind::Target, 2020), (Kind::Actual, 2020)]);
    let v = review("投资调控目标定为500亿元，完成520亿元。");
    assert_eq!(kinds(&v), [(Kind::Target, 2020), (Kind::Actual, 2020)]);
    // results measured against the plan are results
    let v = review("完成年度计划的102%，比计划增加5%，低于目标1个百分点。");
    assert!(v.iter().all(|i| i.kind == Kind::Actual));
}

#[test]
fn years_counted_back_date_their_sentence_or_the_paragraph_they_frame() {
    // 六年来， opening a sentence frames the paragraph's later sentences (a review of 2020)
    let v = review("六年来，城市面貌明显改善。累计新建道路40条。新增绿地120公顷。");
    assert_eq!(spans(&v), [(2015, 2020), (2015, 2020)]);
    // without the comma it dates its own sentence only
    let v = review("三年中新建学校12所。新增绿地120公顷。");
    assert_eq!(spans(&v), [(2018, 2020), (2020, 2020)]);
    // a stock already held is at the end of the years
    let v = review("四年以来，合作的国家已经有30个。");
    assert_eq!(spans(&v), [(2020, 2020)]);
    // a year reviewed said after it ends it
    let v = review("十年来，城市面貌明显改善。去年新建道路40条。");
    assert_eq!(spans(&v), [(2020, 2020)]);
}

#[test]
fn years_counted_that_are_no_time_frame_date_nothing() {
    // a record, a time ahead, a year in numerals
    for text in [
        "销售额创近六年来新高，达到80亿元。",
        "十年来首次，新建道路40条。",
        "今后三年中，新建道路40条。",
        "一九六四年中，新建道路40条。",
    ] {
        let v = review(text);
        assert!(spans(&v).iter().all(|&(s, e)| s == e), "{text}: {:?}", spans(&v));
    }
}

#[test]
fn a_review_of_four_years_dates_its_totals_over_the_four() {
    // a term that ran four years (2018–2021), reviewed under its own heading
    let text = "政府工作报告\n——2022年1月10日在某某旗第一届人民代表大会第一次会议上\n一、过去四年工作回顾\n\
                累计城镇新增就业8600人，城镇化率达到61%。\n二、2022年工作安排\n城镇新增就业2000人。\n";
    let v = extract_text(text.to_string());
    assert_eq!(spans(&v), [(2018, 2021), (2021, 2021), (2022, 2022)]);
    // under a heading that names the year reviewed beside them, a total said as one (累计)
    // is the four years' still, in a paragraph that names no year; a flow said without 累计
    // is the year's, and so is a total in a paragraph of the year
    let text = "政府工作报告\n——2022年1月10日在某某旗第一届人民代表大会第一次会议上\n一、2021年和过去四年工作回顾\n\
                累计城镇新增就业8600人。\n城镇新增就业2100人。\n全年累计完成投资30亿元。\n";
    assert_eq!(spans(&extract_text(text.to_string())), [(2018, 2021), (2021, 2021), (2021, 2021)]);
    // 过去三年， or 近两年， opening a sentence frames the paragraph as 三年来， does
    let v = review("过去三年，城市面貌明显改善。累计新建道路40条。");
    assert_eq!(spans(&v), [(2018, 2020)]);
    let v = review("近两年，面对金融危机冲击，我们实施了新增4万亿元的投资计划。");
    assert_eq!(spans(&v), [(2019, 2020)]);
    // a count with neither 过去/近 before it nor 来/中/里/间 after it is no time frame
    let v = review("三年行动计划圆满收官，新建道路40条。");
    assert_eq!(spans(&v), [(2020, 2020)]);
}

#[test]
fn a_total_under_a_heading_of_several_years_beside_the_year_is_theirs() {
    let report = |heading: &str, body: &str| {
        let text =
            format!("政府工作报告\n——2022年1月10日在某某市第十七届人民代表大会第一次会议上\n{heading}\n{body}\n");
        spans(&extract_text(text))
    };
    // the plan's years beside the year, either way round, or a term's five
    assert_eq!(report("一、过去五年及2021年工作回顾", "城镇新增就业累计达22.8万人。"), [(2017, 2021)]);
    assert_eq!(report("一、“十三五”发展和2021年工作回顾", "累计引进省外资金2324亿元。"), [(2017, 2021)]);
    assert_eq!(
        report("一、本届政府工作回顾", "累计新增就业22.25万人，城镇登记失业率3.9%。"),
        [(2017, 2021), (2021, 2021)]
    );
    // a heading of the year alone, run into its first sentence, frames no years
    assert_eq!(report("一、2021年工作回顾2021年是“十四五”开局之年", "累计完成投资46.3亿元。"), [(2021, 2021)]);
    // the total an added count reached is the stock at the end, not the years' flow
    assert_eq!(report("一、过去五年工作回顾", "新增高新技术企业920家，累计达到4133家。"), [(2017, 2021), (2021, 2021)]);
    // after a rate, the total reached is the years' flow
    assert_eq!(
        report("一、过去五年工作回顾", "固定资产投资年均增长9.5%，累计达到5.1万亿元。"),
        [(2017, 2021), (2017, 2021)]
    );
}

#[test]
fn a_change_from_the_level_of_a_year_named_is_over_the_years_since() {
    // the review of 2020: the change from a level of 2015 said just before it, however the
    // sentence dates its end
    let v = review("预计2020年，全市地区生产总值由2015年的94.9亿元增加到170亿元，增长79.1%。");
    assert_eq!(spans(&v), [(2015, 2015), (2020, 2020), (2016, 2020)]);
    let v = review("全市地区生产总值由2015年的2330.8亿元增加到2020年的3500亿元，增长35.1%。");
    assert_eq!(spans(&v), [(2015, 2015), (2020, 2020), (2016, 2020)]);
    let v = review("预计2020年全区生产总值1598亿元，比2015年的1050亿元增长45.3%，年均增长7.8%。");
    assert_eq!(spans(&v), [(2020, 2020), (2015, 2015), (2016, 2020), (2016, 2020)]);
    // a change from the year before is the year's
    let v = review("全市生产总值比2019年的1050亿元增长5%。");
    assert_eq!(spans(&v).last(), Some(&(2020, 2020)));
    // no year of the level it is from: the year reviewed
    let v = review("全市生产总值由94.9亿元增加到170亿元，增长79.1%。");
    assert_eq!(spans(&v).last(), Some(&(2020, 2020)));
}

#[test]
fn a_plan_named_in_passing_after_the_year_said_frames_no_later_sentence() {
    let text = "政府工作报告\n——2026年1月12日在某某县第十八届人民代表大会第六次会议上\n一、2025年工作回顾\n\
                2025年是“十四五”规划的收官之年。我们在“十四五”壮阔征程中写下浓墨重彩的篇章。全县地区生产总值增长4.8%。\n";
    let v = extract_text(text.to_string());
    assert_eq!(spans(&v), [(2025, 2025)]);
    // a plan named first, as what the paragraph is about, still frames it
    let text = "政府工作报告\n——2026年1月12日在某某县第十八届人民代表大会第六次会议上\n一、2025年工作回顾\n\
                我们胜利完成了“十四五”规划主要目标任务。全县地区生产总值年均增长6%。\n";
    let v = extract_text(text.to_string());
    assert_eq!(spans(&v), [(2021, 2025)]);
    // a plan said to end (圆满收官, 画上句号) is the year's news: a count or a rate after it is
    // the year's; under 过去五年 the five years'
    let v = review("刚刚过去的2020年，“十三五”规划圆满收官。城镇新增就业1.2万人，城镇登记失业率2.5%。");
    assert_eq!(spans(&v), [(2020, 2020), (2020, 2020)]);
    let v = review("我们为“十三五”画上了圆满句号。城镇新增就业1.2万人。");
    assert_eq!(spans(&v), [(2020, 2020)]);
    let v = review("过去五年，“十三五”规划圆满收官。城镇新增就业6万人。");
    assert_eq!(spans(&v), [(2016, 2020)]);
}

#[test]
fn the_aims_of_a_term_said_as_done_frame_no_later_sentence() {
    let v = review("一年来，我们较好完成了本届政府确定的目标任务。地区生产总值增长5.2%。");
    assert_eq!(spans(&v), [(2020, 2020)]);
    // but a total said after them is the term's
    let v = review("本届政府以来主要目标任务全面完成，累计新增城镇就业26万人。");
    assert_eq!(spans(&v), [(2016, 2020)]);
    // a count back without 来 (过去三年，) dates its own sentence, not the figures after it
    let v = review("过去三年，我们经受住了疫情的严峻考验。全市地区生产总值增长3.2%。");
    assert_eq!(spans(&v), [(2020, 2020)]);
}

#[test]
fn a_news_headline_cut_by_an_exclamation_is_read_whole() {
    let story = |text: &str| extract_text(format!("2022年某某市政府工作报告\n{text}\n新华社讯，会议开幕。\n"));
    let v = story("GDP增长6%以上！某某明确今年发展主要预期目标");
    assert_eq!(v.iter().map(|i| (i.kind, i.period_start)).collect::<Vec<_>>(), [(Kind::Target, 2022)]);
    // a headline of last year's result stays a result, and so does one whose next sentence
    // gives its own figure
    let v = story("去年GDP增长8.3%！某某明确今年发展主要预期目标");
    assert_eq!(v.iter().map(|i| i.kind).collect::<Vec<_>>(), [Kind::Actual]);
    let v = story("GDP增长8.3%！某某今年目标增长6%以上");
    assert_eq!(v.iter().map(|i| i.kind).collect::<Vec<_>>(), [Kind::Actual, Kind::Target]);
}

#[test]
fn a_box_of_figures_one_to_a_line_under_a_line_of_aims_is_the_aims() {
    let read = |list: &str| {
        let v = extract_text(format!("2004年某某省政府工作报告\n相关数字\n{list}\n"));
        v.iter().map(|i| (i.kind, i.period_end)).collect::<Vec<_>>()
    };
    let v = read("今年我省经济社会发展预期目标：\n国内生产总值增长10%\n城镇登记失业率控制在4.5%以内");
    assert_eq!(v, [(Kind::Target, 2004), (Kind::Target, 2004)]);
    // a box of last year's figures stays results, also when its line names the aims met
    assert_eq!(read("去年主要指标完成情况：\n国内生产总值增长11%"), [(Kind::Actual, 2003)]);
    assert_eq!(read("2003年主要预期目标完成情况：\n国内生产总值增长11.4%"), [(Kind::Actual, 2003)]);
    assert_eq!(read("一年来，全省圆满完成了年初确定的各项目标任务：\n国内生产总值增长11.4%"), [(Kind::Actual, 2003)]);
}

#[test]
fn a_care_of_sign_typed_for_a_percent_is_a_percent() {
    let v = review("全县地区生产总值增长15℅。");
    assert_eq!(v.iter().map(|i| (i.value, i.unit.as_str())).collect::<Vec<_>>(), [(Some(15.0), "%")]);
}

#[test]
fn a_change_from_the_year_before_starts_at_that_year() {
    let v = review("投资增幅由上年的12%回落到8%，物价涨幅从去年的3%降到2%。");
    let years: Vec<_> = v.iter().map(|i| (i.value.unwrap(), i.period_start, i.period_end)).collect();
    assert_eq!(years[0], (12.0, 2019, 2019));
    assert_eq!(years[1], (8.0, 2020, 2020));
}

#[test]
fn two_years_listed_and_counted_are_a_span() {
    let v = review("粮食丰收，2019、2020两年共增产粮食30万吨。");
    assert_eq!(spans(&v), [(2019, 2020)]);
}

#[test]
fn a_share_of_a_whole_in_a_five_year_review_is_held_at_the_end() {
    let v = review("过去五年，产业集聚区工业增加值占全市的70%。规上企业超10亿元企业5家、超50亿元企业2家。");
    assert_eq!(spans(&v), [(2020, 2020); 3]);
    // a share of money spent over the years, or one said of every year, is over them
    let v = review("过去五年，完成投资1000亿元，其中民生工程占40%。教育经费占生产总值的比例持续超过4%。");
    assert!(v.iter().filter(|i| i.unit == "%").all(|i| (i.period_start, i.period_end) == (2016, 2020)));
}

#[test]
fn what_a_five_year_review_says_is_held_now_is_at_the_end() {
    let v = review("五年来，乡镇企业产值增长2倍，现已吸纳劳动力80万人。");
    let years: Vec<_> = v.iter().map(|i| (i.period_start, i.period_end)).collect();
    assert_eq!(years, [(2016, 2020), (2020, 2020)]);
    // the 现 of 实现 says nothing of now
    let v = review("五年来，乡镇企业实现已有产品升级，带动就业80万人。");
    assert_eq!(spans(&v), [(2016, 2020)]);
}

#[test]
fn an_aim_set_and_recalled_in_a_review_is_the_target_of_its_year() {
    let v = review("去年的报告提出，物价涨幅要从5%降到3%左右，实际回落到2.5%。");
    let kinds: Vec<_> = v.iter().map(|i| (i.value.unwrap(), i.kind, i.period_start)).collect();
    assert_eq!(kinds, [(5.0, Kind::Actual, 2019), (3.0, Kind::Target, 2020), (2.5, Kind::Actual, 2020)]);
    // 要 of 要事 or 主要 is no intent
    let v = review("会议确定的大事要事完成，主要产品产量增长5%。");
    assert!(v.iter().all(|i| i.kind == Kind::Actual));
}

#[test]
fn a_plan_of_ten_years_to_a_year_starts_ten_years_before_its_end() {
    // a report that plans 2021: the plan of ten years ends in 2025, so started in 2016
    let v = plan("按照十年规划，到2025年，粮食产量达到800亿斤。");
    assert_eq!(spans(&v), [(2016, 2025)]);
    // a year's plan named in numerals is no plan of years
    let v = plan("按照一九五八年计划，到2025年，粮食产量达到800亿斤。");
    assert_eq!(spans(&v), [(2021, 2025)]);
}

/// (value, unit) of each row.
fn values(v: &[Indicator]) -> Vec<(f64, String)> {
    v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.unit.clone())).collect()
}

fn vu(value: f64, unit: &str) -> (f64, String) {
    (value, unit.to_string())
}

#[test]
fn a_capacity_inside_a_project_name_is_no_row() {
    // the size of one of several units, a production word, a capacity before the project noun
    let v = review("甲电厂2×60万千瓦机组扩建、乙化工年产20万吨甲醇技改、丙公司80万吨焦化等项目加快推进。");
    assert_eq!(values(&v), []);
    // 的 and a plant, and the sizes listed before it
    let v = review("建设一批重点工程，例如每台容量一万千瓦、三万千瓦以至六万千瓦的发电设备，二十万千瓦的水电站。");
    assert_eq!(values(&v), []);
    // a capacity that ends its clause, or whose clause names no project, is a row
    let v = review("新增发电装机容量35万千瓦，年产钢材120万吨，形成年产30万吨纸浆的产能，正在为日产一千吨奋斗。");
    assert_eq!(values(&v), [vu(35.0, "万千瓦"), vu(120.0, "万吨"), vu(30.0, "万吨"), vu(1000.0, "吨")]);
    // an amount before a noun that is no project keeps its row
    let v = review("生产一千万吨钢，这是全年最重要的任务。");
    assert_eq!(values(&v), [vu(1000.0, "万吨")]);
}

#[test]
fn a_count_that_restates_a_list_is_no_row() {
    let v = review("实施了东湖、西湖和南湖3座水库除险加固，粮、棉、油等三种作物增产，新建甲、乙、丙等3个园区。");
    assert_eq!(values(&v), []);
    // the list starts after the number before it
    let v = plan("产量增长百分之二十以上的有煤、钢、油、糖等四种。");
    assert_eq!(values(&v), [vu(20.0, "%")]);
    // a count of more than the list, a count of each, a count without a noun or 等, the
    // count of another item, or a count that differs from the items, stays
    let v = plan("培育食品、装备等2个以上产业集群，东区、西区各2个，新增标杆、示范企业2家，甲、乙3个园区。");
    assert_eq!(values(&v), [vu(2.0, "个"), vu(2.0, "个"), vu(2.0, "家"), vu(3.0, "个")]);
    let v = review("新增省级工厂3家、市级工厂2家。");
    assert_eq!(values(&v), [vu(3.0, "家"), vu(2.0, "家")]);
}

#[test]
fn durations_names_of_policies_and_bare_magnitudes_are_no_rows() {
    let v = review("工业投资增速连续8个月全省第一，三条道路分别提前40天、6个月建成。");
    assert_eq!(values(&v), []);
    let v = review("出台稳增长12条、促消费8条等政策措施，出台人才政策10条，用户突破百万，出口近万亿元。");
    assert_eq!(values(&v), [vu(10.0, "条"), vu(1.0, "万亿元")]);
    // a duration the time of a service takes is a row
    let v = review("企业开办时间压缩至1天。");
    assert_eq!(values(&v), [vu(1.0, "天")]);
}

#[test]
fn medals_are_counted_and_a_bank_is_no_medal() {
    let v = review("我市健儿斩获5金3银1铜，全运会勇夺2金。新增10家银行网点，建立12家金融服务中心。");
    assert_eq!(
        values(&v),
        [vu(5.0, "金"), vu(3.0, "银"), vu(1.0, "铜"), vu(2.0, "金"), vu(10.0, "家"), vu(12.0, "家")]
    );
    assert!(v[..4].iter().all(|i| i.measure == Measure::Count));
    assert_eq!(v[4].subject, "银行网点");
}

#[test]
fn typists_letters_for_digits_ranges_with_one_unit_and_annual_items() {
    // l for 1 between digits or before a point
    let v = review("粮食总产量达4l.38亿公斤，为上年的l.8倍，年均增长2l.7%。");
    assert_eq!(values(&v), [vu(41.38, "亿公斤"), vu(1.8, "倍"), vu(21.7, "%")]);
    // not in a word
    let v = review("发布Vol.3版本。");
    assert_eq!(values(&v), []);
    // the unit said once after the second member of a range; 千 that starts a unit
    let v = plan("发电设备将生产二百八十万到三百万千瓦，去年只生产八十万千瓦。");
    assert_eq!(
        v.iter().map(|i| (i.value.unwrap(), i.value_hi, i.unit.as_str(), i.bound)).collect::<Vec<_>>(),
        [(280.0, Some(300.0), "万千瓦", Bound::Range), (80.0, None, "万千瓦", Bound::Eq)]
    );
    // 年度 after a unit begins the noun counted
    let v = review("落实150项年度任务清单。");
    assert_eq!(values(&v), [vu(150.0, "项")]);
}

#[test]
fn a_percent_aimed_higher_after_a_growth_is_growth() {
    let v = plan("地区生产总值增长6%以上，力争达到7%；固定资产投资确保增长5%、力争6%。");
    assert!(v.iter().all(|i| i.measure == Measure::Growth), "{:?}", brief(&v));
    assert_eq!(v[1].subject, "地区生产总值");
    // a level reached after points is a level
    let v = review("存贷比提高2个百分点、达63%。");
    assert_eq!(v[1].measure, Measure::Level);
}

#[test]
fn one_change_after_two_indicators_is_each_ones() {
    let v = plan("城镇居民人均可支配收入和农民人均纯收入年均增长9%左右。");
    assert_eq!(
        v.iter().map(|i| (i.indicator.as_deref(), i.value, i.bound)).collect::<Vec<_>>(),
        [
            (Some("urban_disposable_income"), Some(9.0), Bound::Approx),
            (Some("rural_disposable_income"), Some(9.0), Bound::Approx)
        ]
    );
    // not when an item names no indicator of its own
    assert_eq!(plan("粮食和蔬菜产量增长5%。").len(), 1);
}

#[test]
fn a_change_verb_with_its_object_and_a_share_of_things_after_you() {
    let v = review("两年共增产粮食4900万吨，全年减产棉花20万吨，新增产业到位资金50亿元。");
    assert_eq!(
        brief(&v),
        [
            one("粮食", Measure::Change, 4900.0, "万吨", Bound::Eq),
            one("棉花", Measure::Change, -20.0, "万吨", Bound::Eq),
            one("新增产业到位资金", Measure::Level, 50.0, "亿元", Bound::Eq),
        ]
    );
    let v = plan("争取有40%的主要产品达到国际水平，有6%的增速就能够稳定就业。");
    assert_eq!((v[0].subject.as_str(), v[0].measure), ("主要产品", Measure::Share));
    assert_ne!(v[1].measure, Measure::Share);
}

#[test]
fn a_rate_noun_before_a_setting_verb_is_growth_and_a_customs_district_is_no_region() {
    let v = plan("将一般公共预算收入预期增速确定为8.5%。");
    assert_eq!(v[0].measure, Measure::Growth);
    let v = review("关区进出口总额达到8000亿美元。");
    assert_eq!(v[0].indicator, None);
}

#[test]
fn a_count_in_one_chinese_digit_is_read_before_a_count_that_is() {
    let v = plan("纲要提出了九项战略行动、十四项重点工作。");
    assert_eq!(
        brief(&v),
        [one("战略行动", Measure::Count, 9.0, "项", Bound::Eq), one("重点工作", Measure::Count, 14.0, "项", Bound::Eq)]
    );
    // alone, or before a word that is no count, it stays a word
    assert_eq!(plan("坚持一个中心、两个基本点，推进三项改革。").len(), 0);
}

#[test]
fn a_count_of_years_opening_a_sentence_dates_its_later_flows() {
    // the later items of a list, and a later clause that says a change or a flow
    let v = review("近三年淘汰落后产能900万吨、水泥2万吨。");
    assert_eq!(spans(&v), [(2018, 2020); 2]);
    let v = review("五年新建道路40条，公园增加12个，新增绿地120公顷。");
    assert_eq!(spans(&v), [(2016, 2020); 3]);
    // a level reached, a rate in a clause of its own, a year named: not over the years
    let v = review("五年新建道路40条，道路总里程达到900公里，达标率95%，2020年新增绿地120公顷。");
    assert_eq!(spans(&v), [(2016, 2020), (2020, 2020), (2020, 2020), (2020, 2020)]);
    // nor after a semicolon, nor where the count does not open the clause
    let v = review("五年新建道路40条；新增绿地120公顷。道路建设近三年新建道路40条，新增绿地120公顷。");
    assert_eq!(spans(&v), [(2016, 2020), (2020, 2020), (2018, 2020), (2020, 2020)]);
}

#[test]
fn a_flow_in_a_five_year_review_that_names_the_year_only_for_levels_spans_the_five_years() {
    let report = |paragraph: &str| {
        extract_text(format!(
            "政府工作报告\n——2021年1月12日在某某区第一届人民代表大会第一次会议上\n一、过去五年的工作\n{paragraph}\n二、2021年工作安排\n今年生产总值增长6%左右。\n"
        ))
    };
    let spans =
        |v: &[Indicator]| v.iter().map(|i| (i.subject.clone(), i.period_start, i.period_end)).collect::<Vec<_>>();
    let v = report("生产总值2020年达到900亿元，平均每年增长7%。新增加的固定资产达到500亿元。道路总长600公里。");
    assert_eq!(
        spans(&v[..4]),
        [
            ("生产总值".to_string(), 2020, 2020),
            ("生产总值".to_string(), 2016, 2020),
            ("新增加的固定资产".to_string(), 2016, 2020),
            ("道路总长".to_string(), 2020, 2020)
        ]
    );
    // a paragraph that gives the year's own figures (2020年新增…) dates them to that year
    let v = report("2020年新增加的固定资产达到500亿元。新增就业2万人。");
    assert!(v.iter().take(2).all(|i| (i.period_start, i.period_end) == (2020, 2020)), "{:?}", spans(&v));
}

#[test]
fn a_figure_of_a_year_before_the_one_planned_is_a_result() {
    let kinds = |v: &[Indicator]| v.iter().map(|i| (i.kind, i.period_start, i.period_end)).collect::<Vec<_>>();
    let v = plan("如发电设备，2020年只生产80万千瓦，2021年将生产280万千瓦。");
    assert_eq!(kinds(&v), [(Kind::Actual, 2020, 2020), (Kind::Target, 2021, 2021)]);
    // a year reached by (到2025年) sets a target
    let v = plan("到2025年，生产总值达到900亿元。");
    assert_eq!(v[0].kind, Kind::Target);
}

#[test]
fn this_years_estimate_under_a_heading_of_the_year_reviewed_is_that_years() {
    // the review's heading names 2020: its 今年…预计 is 2020, the report delivered before
    // the year's figures were out
    let v = review("今年继续保持较快增长，全年预计生产总值增长6%。");
    assert_eq!((v[0].period_start, v[0].period_end, v[0].estimated), (2020, 2020, true));
}

#[test]
fn a_span_named_at_a_sentences_start_dates_its_clauses_past_semicolons() {
    let v = review("2000年到2020年，生产总值由100亿元增加到900亿元，年均增长11.6%；工业增加值由20亿元增加到300亿元，规模扩大了14倍。");
    let spans: Vec<_> = v.iter().map(|i| (i.value.unwrap(), i.period_start, i.period_end)).collect();
    assert_eq!(
        spans,
        [
            (100.0, 2000, 2000),
            (900.0, 2020, 2020),
            (11.6, 2001, 2020),
            (20.0, 2000, 2000),
            (300.0, 2020, 2020),
            (14.0, 2001, 2020)
        ]
    );
}

#[test]
fn more_by_a_multiple_is_a_growth() {
    let v = review("新增品种比上年还多两倍，产量是上年的差不多两倍。");
    let measures: Vec<_> = v.iter().map(|i| i.measure).collect();
    assert_eq!(measures, [Measure::Growth, Measure::Multiple]);
}

#[test]
fn an_amount_per_time_or_per_another_unit_is_read_with_both_units() {
    let v = review(
        "低保标准提高到762元/月、6120元/年。新增污水处理能力3万吨/日，人均补助640元/人/年。售价3.8元/立方米左右。",
    );
    let got: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.unit.as_str(), i.base_unit.as_str(), i.bound)).collect();
    assert_eq!(
        got,
        [
            ("低保标准", "元/月", "元/月", Bound::Eq),
            ("低保标准", "元/年", "元/年", Bound::Eq),
            ("新增污水处理能力", "万吨/日", "吨/日", Bound::Eq),
            ("人均补助", "元/人/年", "元/人/年", Bound::Eq),
            ("售价", "元/立方米", "元/立方米", Bound::Approx),
        ]
    );
    assert_eq!(v[2].value_base, Some(30_000.0));
    // a rate per year stays a rate
    let v = review("产量增长10%/年。");
    assert_eq!((v[0].unit.as_str(), v[0].measure), ("%", Measure::Growth));
}

#[test]
fn growth_below_zero_and_growth_on_a_stated_basis_are_read_with_their_sign_and_subject() {
    let v = review(
        "一般公共预算收入负增长3.2%。一般公共预算收入同口径增长8%，自然口径增长6.4%。一般公共预算支出可比增长3.1%。",
    );
    let got: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.value, i.indicator.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("一般公共预算收入", Some(-3.2), Some("general_budget_revenue")),
            ("一般公共预算收入", Some(8.0), Some("general_budget_revenue")),
            ("一般公共预算收入", Some(6.4), Some("general_budget_revenue")),
            ("一般公共预算支出", Some(3.1), None),
        ]
    );
}

#[test]
fn the_size_of_the_economy_is_gdp_unless_it_is_of_a_part_or_of_an_area_of_several_regions() {
    let v = review("经济总量突破1万亿元。牧区经济总量达178.6亿元。都市圈经济总量2.78万亿元。");
    let got: Vec<_> = v.iter().map(|i| i.indicator.as_deref()).collect();
    assert_eq!(got, [Some("gdp"), None, None]);
}

#[test]
fn years_listed_before_a_run_of_numbers_date_one_number_each() {
    let v = review("2019年、2020年固定资产投资分别增长8.5%和6.2%。2018、2019、2020年出口分别增长7%、6.5%、3%。2018年至2020年进口分别增长5%和6%。");
    let got: Vec<(&str, i32, i32)> = v.iter().map(|i| (i.subject.as_str(), i.period_start, i.period_end)).collect();
    assert_eq!(
        got,
        [
            ("固定资产投资", 2019, 2019),
            ("固定资产投资", 2020, 2020),
            ("出口", 2018, 2018),
            ("出口", 2019, 2019),
            ("出口", 2020, 2020),
            // a span is no list: its numbers are not one a year
            ("进口", 2018, 2020),
            ("进口", 2018, 2020),
        ]
    );
    // a count of years back opening the sentence: one number a year, for one subject
    let v =
        review("过去两年，全县生产总值分别增长7.8%和8.4%。过去两年，全县生产总值、一般公共预算收入分别增长8%和9%。");
    let got: Vec<(i32, i32)> = v.iter().map(|i| (i.period_start, i.period_end)).collect();
    assert_eq!(got, [(2019, 2019), (2020, 2020), (2019, 2020), (2019, 2020)]);
    // the list after who said it (报告显示，…), in a story: results each reaching the plan's aim
    let text = "报告显示，2011年、2012年，全省农民人均纯收入分别增长14%、11.5%，均达到年均增长10%以上的规划目标要求。";
    let v = extract_text(format!("2013年某省政府工作报告\n{text}\n"));
    let got: Vec<(Kind, i32, f64)> = v.iter().map(|i| (i.kind, i.period_start, i.value.unwrap_or(f64::NAN))).collect();
    assert_eq!(got[..2], [(Kind::Actual, 2011, 14.0), (Kind::Actual, 2012, 11.5)]);
    // …and a run said 分别 after the full sentence's ；
    let v = review("2019年、2020年，城镇居民人均可支配收入分别增长8%、6%；农民人均纯收入分别增长9%、7%。");
    let got: Vec<(i32, f64)> = v.iter().map(|i| (i.period_start, i.value.unwrap_or(f64::NAN))).collect();
    assert_eq!(got, [(2019, 8.0), (2020, 6.0), (2019, 9.0), (2020, 7.0)]);
}

#[test]
fn an_aim_said_met_is_a_result_even_where_the_part_is_unknown() {
    // a web copy that lost the review's heading: the text before the plan's opening
    let v = extract_text(
        "政府工作报告\n——2024年1月12日在某某市第一届人民代表大会第一次会议上\n各位代表：\n城镇新增就业5.3万人，超额完成省定目标。\n2024年是实施“十四五”规划的关键一年。\n城镇新增就业4.7万人以上。\n"
            .to_string(),
    );
    let got: Vec<(Kind, f64)> = v.iter().map(|i| (i.kind, i.value.unwrap_or(f64::NAN))).collect();
    assert_eq!(got, [(Kind::Actual, 5.3), (Kind::Target, 4.7)]);
    // before the plan, a comparison with the year before is a result's
    let v = extract_text(
        "政府工作报告\n——2024年1月12日在某某市第一届人民代表大会第一次会议上\n各位代表：\n地区生产总值比去年增长6%，超过预期目标。\n2024年是实施“十四五”规划的关键一年。\n地区生产总值增长6.5%。\n"
            .to_string(),
    );
    let got: Vec<(Kind, f64)> = v.iter().map(|i| (i.kind, i.value.unwrap_or(f64::NAN))).collect();
    assert_eq!(got, [(Kind::Actual, 6.0), (Kind::Target, 6.5)]);
}

#[test]
fn this_year_said_after_last_year_in_the_plan_makes_the_figure_this_year_s_aim() {
    let v = plan("在去年增长6.5%的基础上，今年地区生产总值增长7%。今年拟安排财政赤字1.2万亿元，比去年增加4000亿元。");
    let got: Vec<(Kind, i32, f64)> = v.iter().map(|i| (i.kind, i.period_start, i.value.unwrap_or(f64::NAN))).collect();
    assert_eq!(
        got,
        [(Kind::Actual, 2020, 6.5), (Kind::Target, 2021, 7.0), (Kind::Target, 2021, 1.2), (Kind::Target, 2021, 4000.0)]
    );
}

#[test]
fn an_adverb_of_degree_before_the_verb_is_no_subject() {
    // 仅增长4.4% after a clause of cause: the growth of the figure before
    let v = review("一般公共预算收入19.1亿元，受减税降费影响，仅增长4.4%。");
    let read: Vec<(&str, Option<&str>, f64)> =
        v.iter().map(|i| (i.subject.as_str(), i.indicator.as_deref(), i.value.unwrap())).collect();
    assert_eq!(
        read,
        [
            ("一般公共预算收入", Some("general_budget_revenue"), 19.1),
            ("一般公共预算收入", Some("general_budget_revenue"), 4.4)
        ]
    );
}

#[test]
fn a_sentence_opened_by_a_past_time_in_a_plan_looks_back() {
    // 去年，… then 今年要…: the first number is last year's result, the second the aim
    let v = plan("去年，全县城镇新增就业6200人，今年要确保城镇新增就业6000人以上。");
    let read: Vec<(Kind, i32, f64)> = v.iter().map(|i| (i.kind, i.period_start, i.value.unwrap())).collect();
    assert_eq!(read, [(Kind::Actual, 2020, 6200.0), (Kind::Target, 2021, 6000.0)]);
    // a count of years back: the average is over those years
    let v = plan("过去两年，我们坚持稳中求进，全县生产总值年均增长10.8%。");
    assert_eq!((v[0].kind, v[0].period_start, v[0].period_end), (Kind::Actual, 2019, 2020));
    // the plan year itself opens an aim
    let v = plan("2021年，全县生产总值增长7%。");
    assert_eq!(v[0].kind, Kind::Target);
    // the years ahead said after the past
    let v = plan("过去五年，全县生产总值年均增长8%，今后五年年均增长7%以上。");
    assert_eq!((v[0].kind, v[1].kind), (Kind::Actual, Kind::Target));
}

#[test]
fn this_year_after_five_years_in_a_report_of_december_is_the_year_reviewed() {
    let v = extract_text(
        "政府工作报告\n——2021年12月27日在某某县第一届人民代表大会第一次会议上\n一、过去五年工作回顾\n五年来，全县地区生产总值年均增长6.9%。今年，全县地区生产总值预计增长8.1%。\n二、2022年工作安排\n地区生产总值增长7%左右。\n"
            .to_string(),
    );
    let got: Vec<(Kind, i32, i32)> = v.iter().map(|i| (i.kind, i.period_start, i.period_end)).collect();
    assert_eq!(got, [(Kind::Actual, 2017, 2021), (Kind::Actual, 2021, 2021), (Kind::Target, 2022, 2022)]);
}

#[test]
fn a_paragraph_after_the_year_reviewed_in_a_five_year_review_is_that_years() {
    // a first report of a congress's term reviews five years, then its last year in
    // paragraphs of their own: those after 2022年，… that name no time are 2022's
    let text = "政府工作报告\n——2023年1月12日在四川省第十四届人民代表大会第一次会议上\n一、过去五年工作回顾\n\
                五年来，全社会固定资产投资年均增长9.2%。\n2022年，全省地区生产总值增长2.9%；规模以上工业增加值增长3.8%。\n\
                城镇新增就业100.1万人，居民消费价格上涨2%。\n城镇和农村居民人均可支配收入分别增长4.8%和6.2%。\n\
                二、2023年工作安排\n地区生产总值增长6%。\n";
    let v = extract_text(text.to_string());
    let periods: Vec<(&str, i32, i32)> = v.iter().map(|i| (i.subject.as_str(), i.period_start, i.period_end)).collect();
    assert_eq!(periods[0], ("全社会固定资产投资", 2018, 2022));
    assert!(periods[1..6].iter().all(|p| (p.1, p.2) == (2022, 2022)), "{periods:?}");
    // a paragraph after the five years' one, or after one that names five years again, is
    // the five years'
    let text = "政府工作报告\n——2023年1月12日在四川省第十四届人民代表大会第一次会议上\n一、过去五年工作回顾\n\
                2022年，全省地区生产总值增长2.9%。\n五年来，全社会固定资产投资年均增长9.2%。\n累计城镇新增就业492万人，居民消费价格年均上涨2%。\n\
                二、2023年工作安排\n地区生产总值增长6%。\n";
    let v = extract_text(text.to_string());
    let periods: Vec<(i32, i32)> = v.iter().map(|i| (i.period_start, i.period_end)).collect();
    assert_eq!(periods[..4], [(2022, 2022), (2018, 2022), (2018, 2022), (2018, 2022)]);
}

#[test]
fn a_value_in_the_base_unit_is_the_decimal_product_as_written() {
    // 2540.3 × 10^8 in binary fractions is 254030000000.00003; the base value is exact
    let v =
        review("生产总值2540.3亿元，出口515.49亿美元，总量11.3万亿元，新增0.35万人，投资12.345678万元，增长1.4倍。");
    let base: Vec<f64> = v.iter().map(|i| i.value_base.unwrap()).collect();
    assert_eq!(base, [254_030_000_000.0, 51_549_000_000.0, 11_300_000_000_000.0, 3_500.0, 123_456.78, 140.0]);
    assert_eq!(super::number::in_base(0.000_05, 1e4), 0.5);
    assert_eq!(super::number::in_base(2.5, 0.5), 1.25);
}

#[test]
fn the_words_of_the_reports_of_the_1980s_and_1990s() {
    // 压缩, a cut: a decline, whether after 比上年 or after the noun
    let v = review("全民所有制单位固定资产投资完成18.2亿元，比上年压缩21.5%。");
    assert_eq!(brief(&v)[1], one("全民所有制单位固定资产投资", Measure::Growth, -21.5, "%", Bound::Eq));
    let v = plan("全民所有制单位固定资产投资压缩20%。");
    assert_eq!(brief(&v), [one("全民所有制单位固定资产投资", Measure::Growth, -20.0, "%", Bound::Eq)]);
    // 争取 after a growth aims it higher, as 力争 does
    let v = plan("今年全省工农业总产值计划增长百分之五，争取百分之六。");
    assert_eq!(brief(&v)[1], one("全省工农业总产值", Measure::Growth, 6.0, "%", Bound::Eq));
    // 扣除物价上涨因素, a definition: the real growth of the income before
    let v = review("农民人均纯收入502元，比上年增长6.4%，扣除物价上涨因素实际下降9.1%。");
    assert_eq!(brief(&v)[2], one("农民人均纯收入", Measure::Growth, -9.1, "%", Bound::Eq));
    assert_eq!(v[2].indicator.as_deref(), Some("rural_disposable_income"));
    // 担, the picul of cotton
    let v = review("棉花总产一千一百万担，创历史最高水平。");
    assert_eq!(brief(&v), [one("棉花总产", Measure::Level, 1100.0, "万担", Bound::Eq)]);
    assert_eq!(v[0].value_base, Some(1.1e7));
}

#[test]
fn a_year_compared_with_is_no_subject() {
    // 与1995年相比 names the base year of the change, not what changed: the subject is the
    // clause's before, and the change runs from the year after the base
    let v = extract_parts_delivered(
        "2001",
        "2000年全县国内生产总值达到28.4亿元，与1995年相比增长58.6%；财政收入达到1.62亿元，同1995年相比增长72%。",
        "",
    );
    let got: Vec<(&str, Option<&str>, i32, i32)> =
        v.iter().map(|i| (i.subject.as_str(), i.indicator.as_deref(), i.period_start, i.period_end)).collect();
    assert_eq!(
        got,
        [
            ("全县国内生产总值", Some("gdp"), 2000, 2000),
            ("全县国内生产总值", Some("gdp"), 1996, 2000),
            ("财政收入", Some("general_budget_revenue"), 2000, 2000),
            ("财政收入", Some("general_budget_revenue"), 1996, 2000),
        ]
    );
    let v = review("全县国内生产总值与上年相比增长8.2%。");
    assert_eq!(brief(&v), [one("全县国内生产总值", Measure::Growth, 8.2, "%", Bound::Eq)]);
}

#[test]
fn a_verb_that_makes_a_kind_is_part_of_the_noun() {
    // 压缩 cuts (时限压缩70%), but 压缩式 names a kind of station counted after 2座
    let v = plan("新建24座环保式公共厕所、2座压缩式生活垃圾转运站。");
    assert_eq!(brief(&v)[1], one("压缩式生活垃圾转运站", Measure::Count, 2.0, "座", Bound::Eq));
    let v = review("重点工程建设项目用地审批时限压缩70%。");
    assert_eq!(brief(&v), [one("重点工程建设项目用地审批时限", Measure::Growth, -70.0, "%", Bound::Eq)]);
    // 在执行中争取达到, as the plans of the 1980s aim a growth higher
    let v = plan("工业总产值平均每年递增百分之四，在执行中争取达到百分之五。");
    assert_eq!(brief(&v)[1], one("工业总产值", Measure::Growth, 5.0, "%", Bound::Eq));
}

#[test]
fn a_cut_to_a_level_is_the_level_and_a_compressor_is_no_cut() {
    // 压缩在/为/到: the level the cut reaches
    let v = plan("全社会固定资产投资压缩在300亿元以内。全社会固定资产投资压缩在5%以内。");
    let got: Vec<_> = v.iter().map(|i| (i.measure, i.value, i.bound, i.indicator.as_deref())).collect();
    assert_eq!(
        got,
        [
            (Measure::Level, Some(300.0), Bound::Le, Some("fixed_asset_investment")),
            (Measure::Level, Some(5.0), Bound::Le, Some("fixed_asset_investment"))
        ]
    );
    // 压缩机, 压缩天然气: nouns
    assert_eq!(subjects(&review("建成10座压缩天然气加气站，年产50万台压缩机。")), ["压缩天然气加气站", "年产压缩机"]);
}

#[test]
fn a_second_verb_is_carried_only_after_gai_zao() {
    let v = review("全年新增投产项目20个、城镇就业8万人。改造提升老旧小区137个、提升背街小巷50条。");
    assert_eq!(subjects(&v), ["新增投产项目", "新增城镇就业", "改造提升老旧小区", "提升背街小巷"]);
    assert_eq!(v[1].indicator.as_deref(), Some("new_urban_jobs"));
}

#[test]
fn a_later_sentence_of_a_paragraph_after_the_year_reviewed_is_that_years_too() {
    let text = "政府工作报告\n——2023年1月12日在四川省第十四届人民代表大会第一次会议上\n一、过去五年工作回顾\n\
                五年来，全社会固定资产投资年均增长9.2%。\n2022年，全省地区生产总值增长2.9%。\n\
                城镇新增就业125.5万人。居民消费价格上涨1.8%。农村居民人均可支配收入增长6.2%。\n\
                二、2023年工作安排\n地区生产总值增长6%。\n";
    let v = extract_text(text.to_string());
    let periods: Vec<(i32, i32)> = v.iter().map(|i| (i.period_start, i.period_end)).collect();
    assert_eq!(periods[1..5], [(2022, 2022), (2022, 2022), (2022, 2022), (2022, 2022)], "{periods:?}");
}

#[test]
fn a_day_or_a_year_after_a_month_frees_the_figures_after_it_from_the_month() {
    let ids = |v: Vec<Indicator>| -> Vec<Option<String>> { v.into_iter().map(|i| i.indicator).collect() };
    let gdp = Some("gdp".to_string());
    // a news story's date line, then the year's figure
    assert_eq!(ids(review("1月7日，会议开幕，区长介绍，2020年全县地区生产总值增长8%。")), [gdp]);
    assert_eq!(ids(review("3月，全县地区生产总值增长5%。")), [None]);
    assert_eq!(ids(review("1-11月，全县地区生产总值增长5%。")), [None]);
}

#[test]
fn a_list_of_the_years_aims_goes_on_in_the_sentences_after_it() {
    let story = |body: &str| {
        let text = format!("2021年某某市政府工作报告\n1月9日，某某市第十七届人民代表大会第五次会议开幕。\n{body}\n");
        extract_text(text).iter().map(|i| (i.kind, i.period_end)).collect::<Vec<_>>()
    };
    let (aim, result) = ((Kind::Target, 2021), (Kind::Actual, 2020));
    // the list named after who set it, its groups in sentences of their own
    assert_eq!(
        story("报告提出2021年主要预期目标为：地区生产总值增长6.5%左右。民生指标方面，城镇新增就业8000人。生态指标方面，单位GDP能耗下降3.6%。"),
        [aim, aim, aim]
    );
    assert_eq!(story("市长在报告中提出了2021年发展指标体系安排，具体为：地区生产总值增长6.5%左右。民生指标方面，城镇新增就业8000人。"), [aim, aim]);
    // aims the report set out for the year planned, one to a sentence
    assert_eq!(
        story(
            "政府工作报告提出的2021年主要预期目标是：地区生产总值增长7%。一般公共预算收入增长10%。城镇新增就业5000人。"
        ),
        [aim, aim, aim]
    );
    // aims quoted right after a sentence that names them
    assert_eq!(story("我们把准方向，明确目标，再出发！“地区生产总值增长6%，固定资产投资增长6%以上。”"), [aim, aim]);
    assert_eq!(story("去年，我们明确目标，再出发！“地区生产总值增长6%，固定资产投资增长6%以上。”"), [result, result]);
    assert_eq!(story("市长说，目标明确。“2020年全市地区生产总值增长3.6%。”"), [result]);
    // up to a sentence with a time or a result of its own
    assert_eq!(
        story("报告提出2021年主要预期目标为：地区生产总值增长6.5%左右。2020年，全市地区生产总值增长3%。城镇新增就业8000人。"),
        [aim, result, result]
    );
}

#[test]
fn a_comparison_with_a_plans_last_year_opening_the_sentence_spans_the_years_since() {
    let review = |text: &str| extract_parts_delivered("2011", text, "");
    let v = review("与“十五”末相比，2010年全市农民人均纯收入达到5287元，增长58.9%。");
    assert_eq!(spans(&v), [(2010, 2010), (2006, 2010)]);
    // a period compared with is no year (与“十五”时期相比): the growth keeps its own year
    assert_eq!(spans(&review("与“十五”时期相比，2010年全市农民人均纯收入增长58.9%。")), [(2010, 2010)]);
}

#[test]
fn a_level_from_a_plans_last_year_is_that_years() {
    let v = extract_parts_delivered("2011", "全县生产总值由“十五”末的12.8亿元增加到19.2亿元，年均增长8.4%。", "");
    assert_eq!(spans(&v), [(2005, 2005), (2010, 2010), (2006, 2010)]);
}

#[test]
fn a_year_long_past_that_opens_a_sentence_dates_it() {
    let v = extract_parts_delivered("1991", "1980年，全县财政收入909.7万元，比上年增长5%。全县财政收入2000万元。", "");
    assert_eq!(spans(&v), [(1980, 1980), (1980, 1980), (1990, 1990)]);
    // run into the sentence, after who gave it
    let v =
        extract_parts_delivered("2016", "官方数据显示，2010年全省生产总值增长14.6%。2015年全省生产总值增长8.6%。", "");
    assert_eq!(spans(&v), [(2010, 2010), (2015, 2015)]);
    // nor a year of a deed that describes the noun, with no comma after it
    let v = extract_parts_delivered("2016", "2008年启动的新农合制度不断完善，参合率达到98.5%。", "");
    assert_eq!(spans(&v), [(2015, 2015)]);
    let v = extract_parts_delivered("2016", "2010年湖南的地区生产总值为16038亿元。", "");
    assert_eq!(spans(&v), [(2010, 2010)]);
    // nor the start of what came after it
    let v = extract_parts_delivered("1991", "1978年，十一届三中全会召开，此后全县财政收入年均增长9%。", "");
    assert_ne!(spans(&v)[0].1, 1978);
    // named inside the sentence it may be a base, and dates nothing
    let v = extract_parts_delivered("1991", "全县财政收入达到2000万元，为1980年，的两倍。", "");
    assert_eq!(spans(&v)[0], (1990, 1990));
}

#[test]
fn a_span_ahead_holds_past_the_base_its_figures_grow_from() {
    let plan = |text: &str| extract_parts_delivered("1955", "", text);
    let v = plan("1955年到1957年，基本建设要完成投资总额的68%；工业总产值要在1954年的基数上增长29%；社会商品零售额要比1954年增长27%。");
    assert!(v.iter().all(|i| (i.kind, i.period_start, i.period_end) == (Kind::Target, 1955, 1957)), "{:?}", spans(&v));
}

#[test]
fn the_years_ahead_named_last_in_a_story_make_aims_over_them() {
    let text = "2022年某某市政府工作报告\n1月9日，某某市第十五届人民代表大会第一次会议开幕。\n报告明确了今后五年发展蓝图：地区生产总值增速保持7.6%左右、总量突破1.7万亿元。\n";
    let v = extract_text(text.to_string());
    assert_eq!((v[0].kind, v[0].period_start, v[0].period_end), (Kind::Target, 2022, 2026));
    assert_eq!((v[0].indicator.as_deref(), v[0].measure), (Some("gdp"), Measure::Growth));
    // what is done already is no aim
    let text = "2022年某某市政府工作报告\n1月9日，某某市第十五届人民代表大会第一次会议开幕。\n报告指出，今后五年是关键时期，全市地区生产总值已突破1500亿元。\n";
    assert_eq!(extract_text(text.to_string())[0].kind, Kind::Actual);
    // the past five years named last are looked back on
    let text = "2022年某某市政府工作报告\n1月9日，某某市第十五届人民代表大会第一次会议开幕。\n报告回顾，今后五年的基础来自过去五年，地区生产总值年均增长7%。\n";
    assert_eq!(extract_text(text.to_string())[0].kind, Kind::Actual);
}

#[test]
fn a_base_year_with_words_before_it_is_compared_with_not_the_figures_year() {
    let v = extract_parts_delivered("1986", "农民人均收入达到443元，比历史上最好的1984年增长11.3%。", "");
    assert_eq!(spans(&v), [(1985, 1985), (1985, 1985)]);
    assert_eq!((v[1].subject.as_str(), v[1].indicator.as_deref()), ("农民人均收入", Some("rural_disposable_income")));
}

#[test]
fn an_estimate_noted_after_a_figure_marks_the_figures_of_its_item() {
    let estimated = |text: &str| review(text).iter().map(|i| i.estimated).collect::<Vec<_>>();
    assert_eq!(estimated("全县生产总值达到150亿元以上（预计数），人均生产总值达到23100元。"), [true, false]);
    assert_eq!(estimated("地区生产总值增长5%左右（预计，下同），固定资产投资增长8%以上。"), [true, true]);
    // a note closing an item marks the item's figures before it too, not the next item's
    assert_eq!(estimated("完成地区生产总值113.8亿元，增长6.5%（预计数）；财政收入5.2亿元。"), [true, true, false]);
}

#[test]
fn a_first_count_in_the_plan_part_is_a_result() {
    let v = plan("2021年一季度，经济运行逆势上扬。初步预计，固定资产投资增长40.1%。");
    assert_eq!(v[0].kind, Kind::Actual);
    // an estimate of the year planned is still an aim
    assert_eq!(plan("预计全年地区生产总值增长7%左右。")[0].kind, Kind::Target);
}

#[test]
fn a_headlines_terse_change_and_a_price_level_in_percent() {
    // 增 or 降 glued to an indicator's name is its growth or decline; not 新增
    let v = plan("今年GDP增7%左右，地区生产总值增7.5%-8%，单位生产总值能耗降3.5%，新增就业5000人。");
    let got: Vec<(Option<&str>, Measure, f64)> =
        v.iter().map(|i| (i.indicator.as_deref(), i.measure, i.value.unwrap_or(f64::NAN))).collect();
    assert_eq!(got[0], (Some("gdp"), Measure::Growth, 7.0));
    assert_eq!(got[1], (Some("gdp"), Measure::Growth, 7.5));
    assert_eq!((got[2].1, got[2].2), (Measure::Growth, -3.5));
    assert_eq!(got[3], (Some("new_urban_jobs"), Measure::Level, 5000.0));
    // a price level in percent is its rise: the CPI aim
    for text in ["居民消费价格总水平控制在4%左右。", "CPI控制在4%左右。", "物价总水平控制在4%以内。"]
    {
        let v = plan(text);
        assert_eq!((v[0].indicator.as_deref(), v[0].measure), (Some("cpi"), Measure::Growth), "{text}");
    }
}

#[test]
fn names_of_the_whole_are_no_parts_and_prices_are_of_their_time() {
    let id = |v: &[Indicator]| v.iter().map(|i| i.indicator.clone()).collect::<Vec<_>>();
    // the 1990s: the retail price index
    let v = extract_parts_delivered(
        "1995",
        "物价涨幅为21.7%。",
        "宏观调控的目标是，确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右。",
    );
    assert_eq!(id(&v), [Some("retail_price_index".into()), Some("retail_price_index".into())]);
    // since: consumer prices, and an index named in full keeps its own whatever the year
    let v = extract_parts_delivered("2015", "城镇登记失业率3.4%，物价上涨1.4%。", "居民消费价格涨幅3%左右。");
    assert_eq!(id(&v)[1..], [Some("cpi".into()), Some("cpi".into())]);
    let v = extract_parts_delivered("1995", "居民消费价格上涨24.1%，居民消费物价总水平上涨21%。", "");
    assert_eq!(id(&v), [Some("cpi".into()), Some("cpi".into())]);
    // a part's prices are no index's
    let v = extract_parts_delivered("2009", "农资物价上涨20.5%，药品物价下降15%，全市物价上涨2%。", "");
    assert_eq!(id(&v), [None, None, Some("cpi".into())]);
    // so is a sector's value added, where the region's is 地区增加值
    let v = extract_parts_delivered("2010", "全区地区增加值增长20%，金融业实现地区增加值增长12%。", "");
    assert_eq!(id(&v), [Some("gdp".into()), None]);
}

#[test]
fn a_paragraph_after_one_that_opens_five_years_is_of_the_five_years() {
    let text =
        "政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第四次会议上\n一、“十四五”时期和2025年工作回顾\n\
        过去的五年极不寻常。我们经受住了严重冲击，经济社会发展取得新成就。\n\
        民生福祉不断增进。城镇新增就业603.7万人。\n\
        各位代表，刚刚过去的2025年很不平凡。全省生产总值增长5.6%。\n\
        民生保障有力。城镇新增就业121.7万人。\n\
        二、2026年工作安排\n城镇新增就业110万人以上。\n";
    let v = extract_text(text.to_string());
    let jobs: Vec<(Option<f64>, i32, i32)> =
        v.iter().filter(|i| i.unit == "万人").map(|i| (i.value, i.period_start, i.period_end)).collect();
    assert_eq!(jobs, [(Some(603.7), 2021, 2025), (Some(121.7), 2025, 2025), (Some(110.0), 2026, 2026)]);
    // an address said alone, 各位代表！, before the year
    let v = extract_text(text.replace("各位代表，刚刚过去", "各位代表！刚刚过去"));
    assert_eq!(v.iter().find(|i| i.value == Some(121.7)).map(|i| (i.period_start, i.period_end)), Some((2025, 2025)));
    // the year said as the plan's last, then the five years opened: their themes are theirs
    let plan = "各位代表！2025年是“十四五”收官之年。五年来，我们砥砺奋进。\n——人民生活水平实现新跃升。居民人均可支配收入增长34.3%。\n";
    let v = extract_text(text.replace("各位代表，刚刚过去的2025年很不平凡。全省生产总值增长5.6%。\n", plan));
    assert_eq!(v.iter().find(|i| i.value == Some(34.3)).map(|i| (i.period_start, i.period_end)), Some((2021, 2025)));
    // a cue said in passing in a paragraph's first sentence opens nothing
    let text = text.replace("过去的五年极不寻常。", "我们从政府自身改起，把简政放权作为本届政府开门第一件大事。");
    let v = extract_text(text);
    assert_eq!(v.iter().find(|i| i.value == Some(603.7)).map(|i| (i.period_start, i.period_end)), Some((2025, 2025)));
}

#[test]
fn a_paragraph_opened_by_a_frame_of_years_dates_the_changes_after_it() {
    let spans = |body: &str| {
        let text = format!(
            "政府工作报告\n——2021年1月10日在某某市第十七届人民代表大会第一次会议上\n一、2020年工作回顾\n{body}\n"
        );
        spans(&extract_text(text))
    };
    // the frame and a remark, then the years' growth (增长分别为: a change held with 为)
    assert_eq!(
        spans("五年来，城乡居民生活品质显著提升。城镇和农村居民人均可支配收入实际增长分别为60.7%和53%。"),
        [(2016, 2020), (2016, 2020)]
    );
    // a level said after it is where the years ended, and so is the rate said with it
    assert_eq!(
        spans(
            "五年来，经济实力显著增强。人均生产总值7.9万元，增长8%；城乡居民收入分别为4万元和2万元，分别增长6%和7%。"
        ),
        [(2020, 2020), (2020, 2020), (2020, 2020), (2020, 2020), (2020, 2020), (2020, 2020)]
    );
    // a sentence that says its own time, or one after it, is not the frame's
    assert_eq!(
        spans("五年来，经济实力显著增强。去年，一般公共预算收入增长8%。财政支出增长6%。"),
        [(2020, 2020), (2020, 2020)]
    );
}

#[test]
fn a_bare_revenue_said_with_the_local_part_after_it_is_the_total_not_the_local_revenue() {
    let revenue = |v: &[Indicator]| -> Vec<(Option<f64>, Kind)> {
        v.iter()
            .filter(|i| i.indicator.as_deref() == Some("general_budget_revenue"))
            .map(|i| (i.value, i.kind))
            .collect()
    };
    // the review says which revenue 财政收入 is: the local part is the cell, and the plan's
    // bare 财政收入 is no aim for it
    let v = extract_parts("全市财政收入132亿元，增长1.5%，其中地方收入70亿元，增长3%。", "财政收入增长5%左右。");
    assert_eq!(revenue(&v), [(Some(70.0), Kind::Actual), (Some(3.0), Kind::Actual)], "{v:?}");
    // a report that does not say so keeps its 财政收入 as the revenue
    let v = extract_parts("全市财政收入132亿元，增长1.5%。", "财政收入增长5%左右。");
    assert_eq!(
        revenue(&v),
        [(Some(132.0), Kind::Actual), (Some(1.5), Kind::Actual), (Some(5.0), Kind::Target)],
        "{v:?}"
    );
}
