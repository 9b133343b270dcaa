//! Forms of the local reports of 2019–2026 (the modern probe): one case per construct.

use super::tests::review;
use crate::model::{Kind, Measure};

/// (subject, indicator, measure, value) of each number of a review part.
fn read(text: &str) -> Vec<(String, Option<String>, Measure, f64)> {
    review(text).into_iter().map(|i| (i.subject, i.indicator, i.measure, i.value.unwrap_or(f64::NAN))).collect()
}

fn subjects(text: &str) -> Vec<String> {
    review(text).into_iter().map(|i| i.subject).collect()
}

#[test]
fn urban_and_rural_after_the_regions_whole_are_two_indicators() {
    let v = read("全区城乡居民人均可支配收入分别达到50000元、30000元，分别增长6%和8%。");
    let ids: Vec<_> = v.iter().map(|r| r.1.as_deref()).collect();
    let urban = Some("urban_disposable_income");
    let rural = Some("rural_disposable_income");
    assert_eq!(ids, [urban, rural, urban, rural]);
    assert_eq!(v[2].0, "全区城镇居民人均可支配收入");
    assert_eq!(v[3].3, 8.0);
}

#[test]
fn a_share_naming_only_its_whole_is_of_the_clause_before() {
    assert_eq!(
        subjects("数字经济核心产业增加值增长10%，占地区生产总值比重达到7%。"),
        ["数字经济核心产业增加值", "数字经济核心产业增加值占地区生产总值比重"]
    );
    // an indicator's share is left as written: its id would mislabel the share
    assert_eq!(subjects("国内生产总值增长5%，占世界经济比重达到18%。"), ["国内生产总值", "占世界经济比重"]);
    // not one item of a list, nor the noun of a clause with no number of its own
    let listed = subjects("工业投资、技改投资分别增长10%、12%，占固定资产投资比重分别提高2、1个百分点。");
    assert_eq!(listed[2..], ["占固定资产投资比重", "占固定资产投资比重"]);
    let named = subjects("进出口总额增长12%，其中出口额跃居第一，占国际市场份额达到13%。");
    assert_eq!(named[1], "占国际市场份额");
}

#[test]
fn a_change_since_a_year_after_a_growth_ends_at_its_semicolon() {
    let v = review("2020年，全区地区生产总值增长6%，比2018年增长9%；规上工业增加值增长7%；固定资产投资增长5%。");
    let periods: Vec<(i32, i32)> = v.iter().map(|i| (i.period_start, i.period_end)).collect();
    assert_eq!(periods, [(2020, 2020), (2019, 2020), (2020, 2020), (2020, 2020)]);
    // a comparison that opens its sentence is the base of what follows it
    let v = review("2020年工业总产值比2018年增长20%；重要产品的产量都有增长，如钢增长30%。");
    assert_eq!((v[1].period_start, v[1].period_end), (2019, 2020));
}

#[test]
fn a_decline_on_the_natural_basis_is_the_revenues() {
    let v = read("一般公共预算收入100亿元，同口径增长5%，自然口径下降6%。");
    let revenue = Some("general_budget_revenue".to_string());
    assert_eq!(v[2], ("一般公共预算收入".to_string(), revenue.clone(), Measure::Growth, -6.0));
    // a factor put back (还原) is a basis as a factor taken out is, not a subject
    let v = read("全省一般公共预算收入3200亿元，还原留抵退税因素后增长8%，自然口径下降2.1%。");
    assert_eq!(v[1], ("全省一般公共预算收入".to_string(), revenue.clone(), Measure::Growth, 8.0));
    assert_eq!(v[2], ("全省一般公共预算收入".to_string(), revenue.clone(), Measure::Growth, -2.1));
    // a basis said with a word of comparing (同口径对比, 按同口径计算) is still a basis
    let v = read("一般公共预算收入37.6亿元，同口径对比增长29.1%。");
    assert_eq!(v[1], ("一般公共预算收入".to_string(), revenue, Measure::Growth, 29.1));
}

#[test]
fn a_level_after_a_clause_of_its_noun_is_the_nouns() {
    // the clause before names the noun and says no number (翻一番, 跨越两个千亿台阶)
    assert_eq!(subjects("地区生产总值年均增长7%，财政总收入五年翻一番，达到91亿元。"), ["地区生产总值", "财政总收入"]);
    let v = read("全区地区生产总值跨越两个千亿台阶，达到3240亿元。");
    assert_eq!((v[0].0.as_str(), v[0].1.as_deref()), ("全区地区生产总值", Some("gdp")));
}

#[test]
fn a_minus_sign_in_a_run_of_numbers_is_each_numbers_own() {
    let values = |text: &str| read(text).into_iter().map(|r| (r.1, r.3)).collect::<Vec<_>>();
    let (fai, retail) = (Some("fixed_asset_investment".to_string()), Some("retail_sales".to_string()));
    assert_eq!(
        values("固定资产投资、社会消费品零售总额分别增长8.6%和-2.1%。"),
        [(fai.clone(), 8.6), (retail.clone(), -2.1)]
    );
    assert_eq!(
        values("固定资产投资、社会消费品零售总额分别增长-3%、5%。"),
        [(fai.clone(), -3.0), (retail.clone(), 5.0)]
    );
    assert_eq!(values("固定资产投资、社会消费品零售总额分别下降3%和5%。"), [(fai, -3.0), (retail, -5.0)]);
}

#[test]
fn an_average_of_two_or_three_years_after_its_noun_spans_those_years() {
    let v = super::tests::review("居民人均可支配收入两年平均增长6.8%，规上工业增加值三年平均增长6%。");
    let read: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.period_start, i.period_end)).collect();
    assert_eq!(read, [("居民人均可支配收入", 2019, 2020), ("规上工业增加值", 2018, 2020)]);
    assert_eq!(v[0].indicator.as_deref(), Some("disposable_income"));
}

#[test]
fn a_whole_named_alone_after_a_gap_is_the_next_term_compared() {
    let gaps = |text: &str| {
        read(text).into_iter().filter(|r| r.2 == Measure::PpChange).map(|r| (r.0, r.3)).collect::<Vec<_>>()
    };
    let gdp = "地区生产总值".to_string();
    assert_eq!(
        gaps("地区生产总值增长5.2%，高于全国2.2个百分点、全省1.2个百分点。"),
        [(gdp.clone(), 2.2), (gdp.clone(), 1.2)]
    );
    assert_eq!(
        gaps("地区生产总值增长5.2%，低于全国0.8个百分点、全省1.2个百分点。"),
        [(gdp.clone(), -0.8), (gdp, -1.2)]
    );
    // a gap to another term is no change of the indicator's own over the year (比上年提高)
    let indicators =
        |text: &str| read(text).into_iter().filter(|r| r.2 == Measure::PpChange).map(|r| r.1).collect::<Vec<_>>();
    assert_eq!(
        indicators("地区生产总值增长5.2%，高于全省1.2个百分点，比上年提高0.5个百分点。"),
        [None, Some("gdp".into())]
    );
    assert_eq!(indicators("居民消费价格上涨1.3%，比全省低0.2个百分点。"), [None]);
}

#[test]
fn a_planned_average_of_two_years_ends_at_the_year_planned() {
    let v = super::tests::plan("地区生产总值增长8%以上，两年平均增长5.5%左右。");
    let periods: Vec<(i32, i32)> = v.iter().map(|i| (i.period_start, i.period_end)).collect();
    assert_eq!(periods, [(2021, 2021), (2020, 2021)]);
}

#[test]
fn a_provinces_local_level_revenue_is_its_general_budget_revenue() {
    // 地方级收入: a province's share of the general budget revenue, as its reports name it
    let v = read("全省地方级收入完成1200亿元，增长8%；地方级一般公共预算收入增长7%。");
    let ids: Vec<_> = v.iter().map(|r| r.1.as_deref()).collect();
    assert_eq!(ids, [Some("general_budget_revenue"); 3]);
    // a part of it (its taxes) is not
    assert_eq!(read("地方级税收收入增长5%。")[0].1, None);
}

#[test]
fn a_countys_whole_and_its_verb_are_trimmed_as_a_citys_are() {
    assert_eq!(
        subjects("全县实现地区生产总值620亿元，全市实现地区生产总值900亿元，全旗完成一般公共预算收入5亿元。"),
        ["地区生产总值", "地区生产总值", "一般公共预算收入"]
    );
}

#[test]
fn the_whole_year_between_an_indicator_and_its_verb_is_no_part_of_it() {
    // 城镇调查失业率全年控制在5.5%以内 (the national aims of 2022, copied into many lists)
    let v = super::tests::plan("城镇调查失业率全年控制在5.5%以内，地区生产总值全年增长6%左右。");
    let read: Vec<_> = v.iter().map(|r| (r.subject.as_str(), r.indicator.as_deref())).collect();
    assert_eq!(read, [("城镇调查失业率", Some("surveyed_unemployment_rate")), ("地区生产总值", Some("gdp"))]);
}

#[test]
fn a_modal_before_the_verb_is_no_part_of_the_subject() {
    // 可, 可望, 有望 (an estimate of the year, or an aim said hopefully); not 可 of 许可
    assert_eq!(
        subjects("全省国民生产总值预计可达到840亿元，地区生产总值有望增长8%。"),
        ["全省国民生产总值", "地区生产总值"]
    );
    assert_eq!(subjects("财政收入可望增长10%。办理行政许可3000件。"), ["财政收入", "办理行政许可"]);
}

#[test]
fn a_sentence_listing_the_years_aims_in_the_review_lists_aims() {
    // the plan's heading lost, its first sentence run into the review's paragraph
    let v =
        super::tests::review("全市生产总值增长4%。2021年主要预期目标是：全市生产总值增长6.5%左右；财政收入增长5%。");
    let kinds: Vec<_> = v.iter().map(|r| (r.kind, r.period_start)).collect();
    use crate::model::Kind;
    assert_eq!(kinds, [(Kind::Actual, 2020), (Kind::Target, 2021), (Kind::Target, 2021)]);
    let v = super::tests::review("全市生产总值增长4%。今年的主要目标为：全市生产总值增长6.5%左右。");
    assert_eq!((v[1].kind, v[1].period_start), (Kind::Target, 2021));
    // the year reviewed's aims, listed in its review, are its aims recalled
    let v = super::tests::review("全市生产总值增长4%。2020年主要预期目标是：全市生产总值增长6.5%左右。");
    assert_eq!((v[1].kind, v[1].period_start), (Kind::Target, 2020));
    // not a result measured against the aims (实现了主要预期目标：…), nor a colon far from its year
    let v = super::tests::review("2020年我们实现了主要预期目标：全市生产总值增长4%。");
    assert_eq!(v[0].kind, Kind::Actual);
    let v = super::tests::review("全面实现年初确定的主要目标：全市生产总值增长4%。");
    assert_eq!(v[0].kind, Kind::Actual);
    // the aims set at the year's start, listed with none said met, are the aims recalled
    let v = super::tests::review("2020年年初确定的主要目标：全市生产总值增长4%。");
    assert_eq!((v[0].kind, v[0].period_start), (Kind::Target, 2020));
}

#[test]
fn an_average_rate_said_with_its_verb_is_over_the_years() {
    // 年均增速达到8% (a review of five years, 2026): the average, never the last year's rate
    let v = super::tests::review("全县地区生产总值完成87.4亿元，年均增速达到8%。地区生产总值年均增速为7%。");
    let read: Vec<_> = v.iter().map(|r| (r.indicator.as_deref(), r.period_end - r.period_start)).collect();
    assert_eq!(read, [(Some("gdp"), 0), (Some("gdp"), 4), (Some("gdp"), 4)]);
    // the year's mean (全年平均上涨) is no average over years
    let v = super::tests::review("居民消费价格全年平均上涨1.8%。");
    assert_eq!((v[0].subject.as_str(), v[0].period_start, v[0].period_end), ("居民消费价格", 2020, 2020));
}

#[test]
fn incomes_grow_in_current_prices() {
    // 名义增长 is the headline of an income; of GDP, a growth at current prices is not GDP's
    let v = read("城乡居民人均可支配收入名义增长5.3%。地区生产总值名义增长9%，实际增长5%。");
    let income = Some("disposable_income".to_string());
    assert_eq!(v[0], ("城乡居民人均可支配收入".to_string(), income, Measure::Growth, 5.3));
    assert_eq!(v[1].1, None);
    assert_eq!(v[2].1.as_deref(), Some("gdp"));
    // incomes named without 居民, or with it after 人均
    assert_eq!(
        v_indicators("全市人均可支配收入增长4.2%，城镇、农村人均居民可支配收入分别增长4.7%、6.6%。"),
        ["disposable_income", "urban_disposable_income", "rural_disposable_income"]
    );
    // the people a policy reaches are a part (移民, 脱贫人口)
    assert_eq!(v_indicators("移民人均可支配收入增长8.5%，脱贫人口人均纯收入增长12%。"), Vec::<String>::new());
}

fn v_indicators(text: &str) -> Vec<String> {
    read(text).into_iter().filter_map(|r| r.1).collect()
}

#[test]
fn a_yi_between_two_numbers_is_a_dash() {
    let v = super::tests::plan("地区生产总值增长5%一5.5%，一般公共预算收入增长5一6%。城镇新增就业一万人。");
    let ranges: Vec<_> = v.iter().map(|r| (r.value, r.value_hi)).collect();
    assert_eq!(ranges[..2], [(Some(5.0), Some(5.5)), (Some(5.0), Some(6.0))]);
}

#[test]
fn a_result_said_with_its_aim_met_in_a_story_is_a_result() {
    use crate::model::Kind;
    let story = |s: &str| {
        super::tests::extract_text(format!(
            "某市召开人代会\n2025年1月15日，某市第十七届人民代表大会第四次会议召开，市长作政府工作报告。\n{s}\n"
        ))
    };
    let v = story("报告指出，2024年全市地区生产总值实现全年预期目标，一般公共预算收入增长0.6%。");
    assert_eq!((v[0].kind, v[0].period_start), (Kind::Actual, 2024));
    let v = story("根据政府工作报告，2024年全市一般公共预算收入增长0.6%，固定资产投资增长4%左右。");
    assert_eq!((v[1].kind, v[1].period_start), (Kind::Actual, 2024));
    let v = story("全市一般公共预算收入增长0.6%，完成预期目标。");
    assert_eq!((v[0].kind, v[0].period_start), (Kind::Actual, 2024));
    // an aim set to be met (为实现全年预期目标, 确保完成) stays an aim
    let v = story("为实现全年预期目标，全市一般公共预算收入增长5%。");
    assert_eq!((v[0].kind, v[0].period_start), (Kind::Target, 2025));
    // what will be is an aim (将, not 将近, nor inside a title, nor a result foreseen: 预计…将)
    let v = story("全市将努力实现地区生产总值增长5%，一般公共预算收入增长3%。");
    assert_eq!((v[1].kind, v[1].period_start), (Kind::Target, 2025));
    let v = story("全市进出口总额将近500亿元。原创音乐剧《将进酒》巡演48场。预计全市生产总值将增长5%。");
    assert!(v.iter().all(|r| r.kind == Kind::Actual));
    // what the meeting asks after the past year opened a sentence is the year's aim
    let v = story("2024年，全市地区生产总值增长5%。会议要求，全市城镇登记失业率控制在预期4.5%以内。");
    assert_eq!((v[1].kind, v[1].period_start), (Kind::Target, 2025));
}

#[test]
fn a_rate_with_its_years_average_after_it_is_over_those_years() {
    let five = |s: &str| {
        super::tests::extract_text(format!(
            "政府工作报告\n——2013年1月12日在某某市第一届人民代表大会第一次会议上\n一、过去五年工作回顾\n五年来，经济快速发展。{s}\n"
        ))
    };
    let spans = |v: &[crate::model::Indicator]| v.iter().map(|r| (r.period_start, r.period_end)).collect::<Vec<_>>();
    // 50% beside an average of 8.4%: five years' compounding, not 2012's growth
    let v = five("地方财政一般预算收入达到40亿元，增长50%，年均增长8.4%。");
    assert_eq!(spans(&v), [(2012, 2012), (2008, 2012), (2008, 2012)]);
    // 15% beside 12%: the last year's rate, then the average
    let v = five("地方财政一般预算收入达到40亿元，增长15%，年均增长12%。");
    assert_eq!(spans(&v), [(2012, 2012), (2012, 2012), (2008, 2012)]);
}

#[test]
fn a_plan_named_as_a_task_in_a_list_of_aims_frames_its_own_item() {
    let v = super::tests::plan(
        "主要预期目标是：地区生产总值增长9%左右；万元GDP综合能耗下降3.7%，全面完成“十二五”减排任务；城镇登记失业率控制在4.5%以内。",
    );
    let spans: Vec<_> = v.iter().map(|r| (r.period_start, r.period_end)).collect();
    assert_eq!(spans, [(2021, 2021), (2021, 2021), (2021, 2021)]);
    // the plan's own aims, said after its period, are its years'
    let v = super::tests::plan("“十四五”时期的主要目标是：地区生产总值年均增长9%；城镇登记失业率控制在4.5%以内。");
    let spans: Vec<_> = v.iter().map(|r| (r.period_start, r.period_end)).collect();
    assert_eq!(spans, [(2021, 2025), (2021, 2025)]);
}

#[test]
fn a_territorys_revenue_is_wider_than_the_regions_own() {
    // 辖区公共财政收入 counts the central taxes collected there; 辖区 before another figure is the region's
    let read: Vec<_> =
        read("辖区公共财政收入8624亿元，辖区内规模以上工业增加值增长8%。").into_iter().map(|r| r.1).collect();
    assert_eq!(read, [None, Some("industrial_value_added".to_string())]);
}

#[test]
fn a_storys_subtitle_of_aims_is_aims_and_heads_nothing() {
    use crate::model::Kind;
    let v = super::tests::extract_text(
        "某市人代会开幕\n\nGDP增长7.5%左右 今年工作安排出炉\n2016年1月15日，某市第十四届人民代表大会第五次会议开幕，市长作政府工作报告。\n\
         全市地区生产总值增长7%，一般公共预算收入增长8.5%。\n"
            .to_string(),
    );
    let kinds: Vec<_> = v.iter().map(|r| (r.value.unwrap_or(f64::NAN), r.kind, r.period_start)).collect();
    assert_eq!(kinds, [(7.5, Kind::Target, 2016), (7.0, Kind::Actual, 2015), (8.5, Kind::Actual, 2015)]);
}

#[test]
fn one_rate_after_two_amounts_with_jun_is_each_ones() {
    // 均 after two amounts, each named: the rate of both; earlier clauses count other things
    let v = read("城镇居民人均可支配收入16540元、农民人均纯收入7235元，均增长12%。");
    let growth: Vec<_> = v.iter().filter(|r| r.2 == Measure::Growth).map(|r| (r.1.clone(), r.3)).collect();
    let (urban, rural) = (Some("urban_disposable_income".to_string()), Some("rural_disposable_income".to_string()));
    assert_eq!(growth, [(urban, 12.0), (rural, 12.0)]);
    let subjects =
        subjects("新增4A级旅游景区2家、国家级旅游品牌7个，全年接待游客3680万人次、旅游收入330亿元，均增长70%。");
    assert_eq!(subjects[4..], ["接待游客", "旅游收入"]);
}

#[test]
fn an_investment_after_several_kinds_of_projects_counted_is_theirs_together() {
    // one kind counted: the investment is its projects'
    assert_eq!(subjects("实施产业项目94个，总投资585亿元。"), ["产业项目", "产业项目总投资"]);
    assert_eq!(subjects("其中亿元以上项目226个、总投资1237.3亿元。")[1], "亿元以上项目总投资");
    // several kinds counted in the clause before: the total is of them all, as written
    let two = subjects("实施城市更新项目137个、县域经济项目155个，总投资突破1000亿元。");
    assert_eq!(two[2], "总投资");
    assert_eq!(subjects("提速实施61个省重点、798个市重点项目，完成投资4148.5亿元。")[2], "投资");
}

#[test]
fn parts_of_a_year_listed_after_a_noun_each_take_it_and_the_whole_year_is_its_own() {
    let v = read("全县生产总值一季度、上半年、前三季度和全年分别增长5.3%、8.1%、9.7%和11.2%。");
    let named: Vec<_> = v.iter().map(|r| (r.0.as_str(), r.1.as_deref())).collect();
    assert_eq!(
        named,
        [
            ("全县生产总值一季度", None),
            ("全县生产总值上半年", None),
            ("全县生产总值前三季度", None),
            ("全县生产总值", Some("gdp"))
        ]
    );
    assert_eq!(v[3].3, 11.2);
    // not a comparison with the parts (比前三季度和上半年分别提升), nor 全年 after another clause
    assert_eq!(subjects("全市地区生产总值增长3.2%，比前三季度和上半年分别提升0.4、0.5个百分点。")[2], "上半年");
    assert_eq!(
        subjects("服务业增加值增速连续四个季度居全省第1位、全年增长9.2%。"),
        ["服务业增加值增速连续四个季度居全省第1位"]
    );
}

#[test]
fn a_zone_that_opens_a_sentence_with_its_own_figure_owns_the_figures_after_it() {
    let ids = |text: &str| review(text).into_iter().map(|i| i.indicator).collect::<Vec<_>>();
    let v = ids(
        "天易经开区实现技工贸总收入1200亿元；完成地区生产总值430亿元；固定资产投资165亿元，增长10%；进出口总额8亿元。",
    );
    assert!(v.iter().all(Option::is_none), "{v:?}");
    // a scope of the region's own in a clause is the region's
    let v = ids("经开区完成地区生产总值430亿元，全县固定资产投资增长8%。");
    assert_eq!(v[1].as_deref(), Some("fixed_asset_investment"));
    // zones counted or made, and a word 开发区 opens, own nothing
    let v = ids("新增省级开发区2个，地区生产总值增长7%，固定资产投资增长10%。");
    assert_eq!(v[1..], [Some("gdp".to_string()), Some("fixed_asset_investment".to_string())]);
    assert_eq!(ids("土地综合开发区域扩大2万亩，地区生产总值增长7%。")[1].as_deref(), Some("gdp"));
    // a clause about a zone with no figure of its own, then the region's figures
    let v = ids("宜宾综保区、外贸转型升级基地运营良好，实现外贸进出口总额364.2亿元、增长15.5%。");
    assert_eq!(v, [Some("import_export".to_string()), Some("import_export".to_string())]);
    // a zone's economy as the subject owns what follows; a new area (新区) and the counties
    // (县域) are zones; a bare 其中 before the zone hides none
    let none = |text: &str| ids(text).iter().all(Option::is_none);
    assert!(none("园区经济快速增长，规上工业企业达到364户，实现进出口总额140亿元，增长10%。"));
    assert!(none("县域经济发展继续提速，预计全年实现生产总值280亿元，增长20%。"));
    assert!(none("新区完成固定资产投资435亿元，增长44.5%，生产总值达到96.36亿元。"));
    assert!(none("其中，2021年洋浦经济开发区地区生产总值、固定资产投资分别增长30%、115.7%。"));
    assert!(none("其中，2021年洋浦经济开发区主要经济指标成绩喜人，地区生产总值增长30%。"));
    // the economy of zones as what is worked on owns nothing
    assert_eq!(ids("着力发展园区经济，规上工业增加值增长20%。"), [Some("industrial_value_added".to_string())]);
    // the region as a whole opening a later piece of the sentence is the region's
    let v = ids("县域生产总值实现480.65亿元，增长12.2%；全市工业增加值241.24亿元，均增长14%。");
    assert_eq!(v[2..], [Some("industrial_value_added".to_string()), Some("industrial_value_added".to_string())]);
}

#[test]
fn a_figure_after_a_clause_about_a_zone_is_marked_as_probably_the_zones() {
    let marked = |text: &str| review(text).iter().map(|i| i.after_a_zone).collect::<Vec<_>>();
    // a zone opening a remark of the paragraph, the figures after it said with no scope of their own
    // (a paragraph the corps opens is the corps's: no figure of the region at all, below)
    let zone = "滨海新区经济社会保持平稳较快发展。实现生产总值预计600亿元，增长13%。完成固定资产投资300亿元。";
    assert_eq!(marked(zone), [true, true, true]);
    assert_eq!(
        marked("园区建设步伐加快，高新区“一区多园”发展格局初步形成，实现生产总值120亿元，增长29.17%。"),
        [true, true]
    );
    assert_eq!(marked("我们坚持把滨海新区作为重中之重，滨海新区进入全面开发建设新阶段。生产总值增长23%。"), [true]);
    // the region as a whole named since, or in the figure's own clause
    assert_eq!(marked("高新区发展势头强劲。全区生产总值增长8%，固定资产投资增长10%。"), [false, false]);
    assert_eq!(marked("高新区发展势头强劲。我区生产总值增长8%。"), [false]);
    // a clause about a zone with a figure of its own is no remark that opens a topic; zones
    // counted are no topic
    assert_eq!(marked("全区生产总值增长8%，高新区实现生产总值100亿元。工业增加值增长9%。"), [false, false, false]);
    assert_eq!(marked("新增省级开发区建设用地，生产总值增长7%。"), [false]);
    // a zone in the middle of a sentence of other work is an event, not a topic; a list of
    // aims is the region's
    let event = "稳外贸提质增效，综合保税区规划调整通过国家验收，手机出口增长39.5%。全年生产总值增长5.3%。";
    assert_eq!(marked(event), [false, false]);
    assert_eq!(marked("高新区发展势头强劲。主要目标是：生产总值增长7.5%以上。"), [false]);
    // (the zone's own figures in a sentence it opens are no figures of the region at all)
    assert!(review("兵团经济快速发展，实现生产总值600亿元。").iter().all(|i| i.indicator.is_none()));
}

#[test]
fn a_paragraph_the_corps_opens_gives_the_corps_figures() {
    let ids = |text: &str| review(text).into_iter().map(|i| i.indicator).collect::<Vec<_>>();
    let none = |text: &str| ids(text).iter().all(Option::is_none);
    // the corps as the paragraph's topic, its figures said further on with no scope of their own
    assert!(none(
        "兵团是自治区的重要组成部分。我们大力支持兵团发展。实现生产总值2000亿元，增长9%；固定资产投资增长1%。"
    ));
    assert!(none("生产建设兵团要保证粮食生产，做大优势产业。预期生产总值增长10%，新增就业岗位6万个。"));
    assert!(none("新疆生产建设兵团经济社会保持平稳较快发展。实现生产总值预计600亿元，增长13%。"));
    // a heading run into its paragraph that works on the corps
    assert!(none("（十一）发展兵团经济，增强屯垦戍边能力。兵团坚持发展壮大。新增就业6.3万人。"));
    // the region as a whole named in the figure's clause; a paragraph the corps does not open
    assert_eq!(ids("兵团是自治区的重要组成部分。全区生产总值增长8%。"), [Some("gdp".to_string())]);
    assert_eq!(ids("我们支持兵团发展壮大。生产总值增长8%。"), [Some("gdp".to_string())]);
    assert_eq!(ids("刚刚过去的一年，生产总值增长8%，兵团发展壮大。"), [Some("gdp".to_string())]);
}

#[test]
fn a_range_of_levels_is_one_item_of_a_list() {
    assert_eq!(
        subjects("国省考核断面水质优良比例、县级及以上集中式饮用水水源地水质达标比例均保持100%。"),
        ["国省考核断面水质优良比例", "县级及以上集中式饮用水水源地水质达标比例"]
    );
}

#[test]
fn a_verb_of_doing_measured_by_a_rate_stays_in_the_subject() {
    assert_eq!(subjects("落实省定150项年度任务清单，落实率达到98%。"), ["省定年度任务清单", "落实率"]);
    // an item of a list of changes is no kind of projects counted
    assert_eq!(subjects("新开工项目120个、比上年增加15个，总投资300亿元。")[2], "新开工项目总投资");
}

#[test]
fn a_latin_name_before_a_trend_is_the_subject_of_the_years_figure() {
    let v = read("GDP逐季回升，全年增长5%。");
    assert_eq!((v[0].1.as_deref(), v[0].2), (Some("gdp"), Measure::Growth));
    let v = read("GDP增速逐季攀升，上半年3.2%、前三季度4.4%、预计全年5%左右。");
    assert_eq!((v[2].0.as_str(), v[2].1.as_deref()), ("GDP增速", Some("gdp")));
    assert_eq!(v[0].1, None);
    // after a time said first (…以来，GDP增速逐季攀升，…)
    let v = read("开展攻坚战以来，GDP增速逐季攀升，上半年3.2%、预计全年5%左右。");
    assert_eq!(v[1].1.as_deref(), Some("gdp"));
}

#[test]
fn a_remark_on_the_noun_before_its_figure_leaves_the_noun_the_subject() {
    let v = read("一般公共预算收入创历史新高，增长25%左右。");
    assert_eq!((v[0].0.as_str(), v[0].1.as_deref()), ("一般公共预算收入", Some("general_budget_revenue")));
    assert_eq!(read("粮食产量屡创历史新高，去年达到54641万吨。")[0].0, "粮食产量");
    // each compared with a base year with words before it
    let v = read("粮豆薯单产实现187公斤，总产实现5.58亿公斤，分别比大丰收的1990年增长19.1%和18.6%。");
    assert_eq!((v[2].0.as_str(), v[3].0.as_str()), ("粮豆薯单产", "总产"));
    // 农区 residents are the rural ones
    let v = read("城镇和农区常住居民人均可支配收入分别增长6.4%、10.2%。");
    assert_eq!(v[1].1.as_deref(), Some("rural_disposable_income"));
}

#[test]
fn aims_set_before_and_listed_in_the_review_are_that_years_aims() {
    use crate::model::Kind;
    let kinds = |text: &str| review(text).into_iter().map(|i| (i.kind, i.period_end)).collect::<Vec<_>>();
    // a head that recalls the aims (批准的, 年初提出的), with or without a colon
    let v = kinds("市人大会议批准的2020年主要预期目标是：地区生产总值增长12%；城镇登记失业率控制在4%左右。");
    assert_eq!(v, [(Kind::Target, 2020), (Kind::Target, 2020)]);
    assert_eq!(kinds("年初确定的主要目标是地区生产总值增长12%，城镇登记失业率控制在4%左右。")[1], (Kind::Target, 2020));
    // the result said after the aim is a result; a list of results is no list of aims
    assert_eq!(kinds("年初确定的主要目标是地区生产总值增长12%，实际增长14.9%。")[1], (Kind::Actual, 2020));
    assert_eq!(kinds("主要经济指标是：地区生产总值增长14.9%。"), [(Kind::Actual, 2020)]);
    // the list closes at a result said (预计, 完成, the region as the doer) or measured against it
    let v = kinds("年初确定的主要目标是：地区生产总值增长8%，预计全年增长8.7%。");
    assert_eq!(v, [(Kind::Target, 2020), (Kind::Actual, 2020)]);
    assert_eq!(kinds("年初确定的目标是地区生产总值增长8%，全市增长8.7%。")[1], (Kind::Actual, 2020));
    assert_eq!(kinds("对照年初确定的主要目标：地区生产总值增长3.6%，均完成。"), [(Kind::Actual, 2020)]);
    // aims of years ahead named in the head or the list are no aims recalled
    let v = kinds("今年是开局之年，市人大会议确定的主要预期目标是：地区生产总值增长7.1%。");
    assert_ne!(v[0], (Kind::Target, 2020));
    assert_ne!(kinds("市党代会提出的目标是：到2025年地区生产总值突破1500亿元。")[0], (Kind::Target, 2020));
    // a head that names the year planned (今年), after words of what the aims rest on, lists
    // that year's aims wherever it stands
    let v = kinds("根据会议确定的原则，建议今年全区经济社会发展的预期目标是：地区生产总值增长13%；财政收入增长18%。");
    assert_eq!(v, [(Kind::Target, 2021), (Kind::Target, 2021)]);
}

#[test]
fn a_result_beyond_its_aim_in_a_story_is_a_result() {
    use crate::model::Kind;
    let story = |text: &str| {
        let v = super::tests::extract_text(format!("2019年某某州政府工作报告\n{text}\n"));
        v.iter().map(|i| (i.kind, i.period_end)).collect::<Vec<_>>()
    };
    assert_eq!(story("预计全年地区生产总值增长9%，超目标任务1.5个百分点。")[0], (Kind::Actual, 2018));
    assert_eq!(story("预计全年地区生产总值增长9%，比目标任务高1.5个百分点。")[0], (Kind::Actual, 2018));
}

#[test]
fn a_circumstance_between_a_noun_and_its_verb_leaves_the_noun_the_subject() {
    let v = read("社会消费品零售总额增长1.4%，地方一般公共预算收入扣除留抵退税，同口径增长9.9%。");
    assert_eq!((v[1].0.as_str(), v[1].1.as_deref()), ("地方一般公共预算收入", Some("general_budget_revenue")));
    let v = read("全县实现地区生产总值122.3亿元，一般公共预算收入受留抵退税影响，下降3.1%。");
    assert_eq!((v[1].1.as_deref(), v[1].3), (Some("general_budget_revenue"), -3.1));
    let v = read("固定资产投资增长10%，城镇居民人均可支配收入受疫情影响，仅增长3%。");
    assert_eq!(v[1].1.as_deref(), Some("urban_disposable_income"));
}

#[test]
fn terse_and_preliminary_forms_of_results() {
    // 增 and 降 alone, as terse copies write 增长 and 下降
    let v = read("全年实现地区生产总值1200亿元，增8%；进出口总额12亿美元，降3.5%。");
    assert_eq!((v[1].1.as_deref(), v[1].2, v[1].3), (Some("gdp"), Measure::Growth, 8.0));
    assert_eq!((v[3].1.as_deref(), v[3].3), (Some("import_export"), -3.5));
    // a first count glued to the noun (初步预计, 初步测算) is no part of it
    let v = review("初步预计地区生产总值突破3000亿元，增长9.6%以上。初步测算地区生产总值增长9.6%。");
    assert_eq!(v.iter().map(|i| (i.subject.as_str(), i.estimated)).collect::<Vec<_>>(), [("地区生产总值", true); 3]);
}

#[test]
fn a_head_of_aims_before_the_first_noun_is_no_part_of_it() {
    let v = super::tests::plan("今年主要预期目标是经济增长6.5%以上，地区生产总值增长6%。");
    assert_eq!(v.iter().map(|i| i.indicator.as_deref()).collect::<Vec<_>>(), [Some("gdp"), Some("gdp")]);
    assert_eq!(v[0].subject, "经济增长");
}

#[test]
fn names_of_incomes_revenue_and_industry_without_their_usual_words() {
    let v =
        read("城镇和农村常住居民可支配收入分别增长8.5%、8.1%，地方财政预算收入增长12%，规上工业企业增加值增长4.5%。");
    let ids: Vec<_> = v.iter().map(|i| i.1.as_deref()).collect();
    assert_eq!(
        ids,
        [
            Some("urban_disposable_income"),
            Some("rural_disposable_income"),
            Some("general_budget_revenue"),
            Some("industrial_value_added")
        ]
    );
    // local industry (without the central state's firms) and industry without oil are parts,
    // and so are the central and provincial shares of revenue
    let v = read("地方工业增加值增长10%，非油工业增加值增长9%。");
    assert_eq!((v[0].1.as_deref(), v[1].1.as_deref()), (None, None));
    let v = read("其中上划中央财政预算收入12.1亿元，省级财政预算收入8亿元，地方财政预算收入18.1亿元。");
    let ids: Vec<_> = v.iter().map(|i| i.1.as_deref()).collect();
    assert_eq!(ids, [None, None, Some("general_budget_revenue")]);
}

#[test]
fn the_result_after_an_aim_and_a_year_singled_out_keep_the_measure_and_subject() {
    // 实际完成14.9% after a growth aimed at: the growth that came of it
    let v = read("年初计划地区生产总值增长12%，实际完成14.9%。");
    assert_eq!((v[1].1.as_deref(), v[1].2, v[1].3), (Some("gdp"), Measure::Growth, 14.9));
    // 其中2006年: a year singled out of the span said before, of the same noun
    let v = review("四年来，全区生产总值年均增长29.8%，其中2020年增长42.3%。");
    assert_eq!((v[1].indicator.as_deref(), v[1].period_start, v[1].period_end), (Some("gdp"), 2020, 2020));
    // a conjunction before the noun is no part of it
    assert_eq!(read("虽然外贸进出口总额下降0.3%，但出口增长5%。")[0].0, "外贸进出口总额");
}

#[test]
fn a_plan_ahead_named_in_a_story_and_a_year_aimed_at_set_aims() {
    use crate::model::Kind;
    let story = |text: &str| {
        let v = super::tests::extract_text(format!("2021年某某市政府工作报告\n{text}\n"));
        v.iter().map(|i| (i.kind, i.period_start, i.period_end)).collect::<Vec<_>>()
    };
    // the plan that starts in the year planned is ahead; the one that ended is reviewed
    assert_eq!(story("“十四五”期间，全市地区生产总值年均增长6%。"), [(Kind::Target, 2021, 2025)]);
    assert_eq!(story("“十三五”期间，全市地区生产总值年均增长7%。"), [(Kind::Actual, 2016, 2020)]);
    assert_eq!(story("“十四五”开局良好，全市地区生产总值增长8%。")[0].0, Kind::Actual);
    // 到 + a year ahead opens an aim, with or without a comma after it
    assert_eq!(story("到2025年城镇调查失业率为5%。")[0].0, Kind::Target);
    // 以…的速度增长 is the growth of the noun before
    let v = read("全省生产总值达到2500亿元，以13.5%的速度增长。");
    assert_eq!((v[1].1.as_deref(), v[1].2), (Some("gdp"), Measure::Growth));
    assert_eq!(read("全省生产总值以年均12%的速度持续增长。")[0].1.as_deref(), Some("gdp"));
    // 减 alone is a decline, and 生活费收入 the urban income of the 1990s
    let v = read("全年实现财政收入1.2亿元，减3.5%；城镇居民人均生活费收入2670元。");
    assert_eq!((v[1].1.as_deref(), v[1].3), (Some("general_budget_revenue"), -3.5));
    assert_eq!(v[2].1.as_deref(), Some("urban_disposable_income"));
}

#[test]
fn aims_of_five_years_listed_a_line_each_stay_five_years() {
    // a 2026 report's “十五五” aims, one a line without stops, before the year's own
    let text = "2026年某县政府工作报告\n一、2025年工作回顾\n城镇新增就业1.2万人\n二、“十五五”时期主要目标\n\
                地区生产总值年均增长6%左右\n城镇调查失业率控制在5.5%以内\n居民人均可支配收入达到5万元\n\
                三、2026年主要预期目标\n地区生产总值增长6%左右\n城镇调查失业率控制在5.5%左右";
    let v = super::tests::extract_text(text.to_string());
    let dated: Vec<(f64, Kind, i32, i32)> =
        v.iter().map(|i| (i.value.unwrap_or(f64::NAN), i.kind, i.period_start, i.period_end)).collect();
    assert_eq!(
        dated,
        [
            (1.2, Kind::Actual, 2025, 2025),
            (6.0, Kind::Target, 2026, 2030),
            (5.5, Kind::Target, 2026, 2030),
            (5.0, Kind::Target, 2026, 2030),
            (6.0, Kind::Target, 2026, 2026),
            (5.5, Kind::Target, 2026, 2026),
        ]
    );
}

#[test]
fn an_estimate_right_before_the_years_aims_is_the_year_reviewed() {
    let kinds = |text: &str| {
        super::tests::extract_text(format!("2025年某市政府工作报告解读\n{text}\n"))
            .iter()
            .map(|i| (i.kind, i.period_start, i.value.unwrap_or(f64::NAN)))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds("预计全市GDP增长5.2%左右。今年主要预期目标：全市生产总值增长5%左右。"),
        [(Kind::Actual, 2024, 5.2), (Kind::Target, 2025, 5.0)]
    );
    // an estimate naming its year is left to that year
    assert_eq!(kinds("预计全年GDP增长5%左右。今年主要预期目标：全市生产总值增长5%左右。")[0].0, Kind::Target);
}

#[test]
fn a_respectively_list_read_against_a_run_of_another_length_pairs_none() {
    // three figures for two subjects: which is whose is not known
    let v = read("城镇、农村居民人均可支配收入分别增长6.3%、9.2%和7%。");
    assert_eq!(v.len(), 3);
    assert!(v.iter().all(|i| i.1.is_none()), "{v:?}");
    // as many as the list: paired in order
    let v = read("城镇、农村居民人均可支配收入分别增长6.3%和9.2%。");
    assert_eq!(
        v.iter().map(|i| (i.1.as_deref(), i.3)).collect::<Vec<_>>(),
        [(Some("urban_disposable_income"), 6.3), (Some("rural_disposable_income"), 9.2)]
    );
    // a copy that lost the mark between two figures of one unit still lists them
    let v = read("规模工业增加值、固定资产投资分别增长9%12%。");
    assert_eq!(
        v.iter().map(|i| (i.1.as_deref(), i.3)).collect::<Vec<_>>(),
        [(Some("industrial_value_added"), 9.0), (Some("fixed_asset_investment"), 12.0)]
    );
    // a list read longer only for a connector inside a name is split at 、 alone
    let v = read("规模以上工业增加值、批发和零售业增加值分别增长6.6%和5.1%。");
    let got: Vec<(&str, Option<&str>)> = v.iter().map(|i| (i.0.as_str(), i.1.as_deref())).collect();
    assert_eq!(got, [("规模以上工业增加值", Some("industrial_value_added")), ("批发和零售业增加值", None)]);
}

#[test]
fn places_people_live_listed_alone_are_of_the_noun_before() {
    let v = super::tests::plan("居民人均可支配收入增长7.5%左右，其中城镇和农村分别增长7%左右和7%以上。");
    assert_eq!(
        v.iter().map(|i| i.indicator.as_deref()).collect::<Vec<_>>(),
        [Some("disposable_income"), Some("urban_disposable_income"), Some("rural_disposable_income")]
    );
    // only residents' incomes: after another noun the places name nothing
    let v = read("一般公共预算收入增长3%，城乡居民增收渠道不断拓宽，其中城镇和农村分别增长5.6%和7.6%。");
    assert_eq!(v.iter().map(|i| i.1.as_deref()).collect::<Vec<_>>(), [Some("general_budget_revenue"), None, None]);
    let v = read("城乡居民人均可支配收入增长5.1%，其中城镇和农村分别增长4.3%和7.4%。");
    assert_eq!(v[1].0, "城镇居民人均可支配收入");
}

#[test]
fn a_circumstance_said_with_zai_is_no_subject() {
    let v =
        read("一般公共预算收入119亿元，在大幅减税降费情况下增长1.5%；区级财政收入在更大规模减税降费实现194.1亿元。");
    assert_eq!(
        v.iter().map(|i| (i.0.as_str(), i.1.as_deref())).collect::<Vec<_>>(),
        [
            ("一般公共预算收入", Some("general_budget_revenue")),
            ("一般公共预算收入", Some("general_budget_revenue")),
            ("区级财政收入", Some("general_budget_revenue"))
        ]
    );
    // 在 opening a place or a whole stays: a share in a whole is not cut
    assert_eq!(read("税收收入在一般公共预算收入中占比达到75%。")[0].0, "税收收入在一般公共预算收入中占比");
    // a name that opens with 在 keeps it (在岗, 在建), and takes no subject from before
    let v = read("一般公共预算收入完成50.2亿元，在建项目投资在疫情影响下增长18%。");
    assert_eq!((v[1].0.as_str(), v[1].1.as_deref()), ("在建项目投资", None));
}

#[test]
fn a_level_reached_in_a_year_named_after_the_verb_is_that_years() {
    let text = "2022年某市政府工作报告\n一、过去五年工作回顾\n全市生产总值由2016年的423.3亿元增加到2020年的526.4亿元。\n二、2021年工作回顾\n全市生产总值增长7%。\n";
    let v = super::tests::extract_text(text.to_string());
    assert_eq!(v.iter().map(|i| (i.period_start, i.period_end)).collect::<Vec<_>>()[..2], [(2016, 2016), (2020, 2020)]);
}

#[test]
fn a_total_after_a_clause_counting_the_years_is_over_them() {
    let text = "2017年某区政府工作报告\n一、2016年和过去五年工作回顾\n一般公共预算收入477.1亿元，同比增长6.5%，五年增加164.3亿元；万元GDP能耗累计下降24.1%。\n";
    let v = super::tests::extract_text(text.to_string());
    let energy = v.iter().find(|i| i.indicator.as_deref() == Some("energy_intensity")).expect("read");
    assert_eq!((energy.period_start, energy.period_end), (2012, 2016));
    // without such a clause, a 累计 of the year stays the year's
    let text = "2017年某区政府工作报告\n一、2016年工作回顾\n全年万元GDP能耗累计下降4.1%。\n";
    let v = super::tests::extract_text(text.to_string());
    assert_eq!((v[0].period_start, v[0].period_end), (2016, 2016));
    // a streak counts no years of a total
    let text = "2017年某区政府工作报告\n一、2016年和过去五年工作回顾\n全年新增城镇就业5.2万人，连续三年位居全省第一；万元GDP能耗累计下降4.1%。\n";
    let v = super::tests::extract_text(text.to_string());
    assert_eq!((v[1].period_start, v[1].period_end), (2016, 2016));
}

#[test]
fn a_plan_part_headed_as_the_plans_good_start_plans_the_year() {
    let text = "政府工作报告\n——2021年1月26日在某某省第十三届人民代表大会第五次会议上\n一、2020年工作回顾\n全省生产总值增长2.2%。\n二、“十四五”经济社会发展的指导思想和总体要求\n到2025年，全省生产总值年均增长6%。\n三、以高质量发展为“十四五”开好局\n今年是“十四五”开局之年。\n全省经济社会发展主要预期目标为：生产总值增长6.5%左右，城镇新增就业40万人。\n";
    let v = super::tests::extract_text(text.to_string());
    let last: Vec<(Kind, i32, i32)> = v.iter().rev().take(2).map(|i| (i.kind, i.period_start, i.period_end)).collect();
    assert_eq!(last, [(Kind::Target, 2021, 2021); 2]);
}

#[test]
fn a_new_terms_aims_are_five_years_its_reviews_figures_the_last_years() {
    // (a term's review gives its last year's figures without the year)
    let text = "政府工作报告\n——2012年6月20日在某某市第七届人民代表大会第一次会议上\n一、本届政府工作回顾\n刚刚过去的2011年，是本届政府收官之年。\n预计全市地区生产总值增长10%，比四年前增长49%；城镇新增就业8万人。\n二、新一届政府工作的总体要求和奋斗目标\n城镇登记失业率控制在4%以内，人均地区生产总值突破1万美元。\n";
    let v = super::tests::extract_text(text.to_string());
    let read: Vec<(Kind, i32, i32)> = v.iter().map(|i| (i.kind, i.period_start, i.period_end)).collect();
    let year = |kind, y| (kind, y, y);
    assert_eq!(read[..3], [year(Kind::Actual, 2011), (Kind::Actual, 2008, 2011), year(Kind::Actual, 2011)]);
    assert_eq!(read[3..], [(Kind::Target, 2012, 2016), (Kind::Target, 2012, 2016)]);
}

#[test]
fn a_plan_said_of_the_year_or_of_its_good_start_frames_no_five_years() {
    let targets = |text: &str| -> Vec<(i32, i32, f64)> {
        let v = super::tests::extract_text(text.to_string());
        let t = v.iter().filter(|i| i.kind == Kind::Target && i.indicator.as_deref() == Some("gdp"));
        t.map(|i| (i.period_start, i.period_end, i.value.unwrap_or(f64::NAN))).collect()
    };
    // the year alone in its clause, then clauses opened by 是
    let text = "政府工作报告\n——2023年1月10日在某某市第十届人民代表大会第二次会议上\n一、2022年工作回顾\n全市生产总值增长3%。\n二、2023年工作安排\n2023年，是全面贯彻落实党的二十大精神的开局之年，是深入实施“十四五”规划和“十大战略”的关键之年。全市经济社会发展主要预期目标是：生产总值增长7%以上。\n";
    assert_eq!(targets(text), [(2023, 2023, 7.0)]);
    // the plan's good start as the year's aim; 地方经济, the economy without the central
    // firms, is no GDP
    let text = "政府工作报告\n——2016年1月10日在某某市第八届人民代表大会第五次会议上\n一、2015年工作回顾\n全市生产总值增长3%。\n二、2016年工作安排\n今年是“十三五”规划开局之年。政府工作总体要求是：深化改革，实现“十三五”时期经济社会持续健康发展的良好开局。综合考虑各方面因素，全市地区生产总值预期增长1%左右，地方经济增长6%。\n";
    assert_eq!(targets(text), [(2016, 2016, 1.0)]);
    // a plan's years framed in passing, as before
    let text = text.replace("实现“十三五”时期经济社会持续健康发展的良好开局", "谋划“十三五”时期经济社会发展");
    assert_eq!(targets(&text), [(2016, 2020, 1.0)]);
}

#[test]
fn digits_of_a_slogan_in_an_introduction_to_five_years_are_no_figures_of_its_own() {
    let text = "政府工作报告\n——2026年2月4日在某某市第十七届人民代表大会第六次会议上\n一、“十四五”发展及2025年主要工作成效\n过去五年，是某某市极不平凡的五年。我们认真落实省委“1310”具体部署，较好地完成了“十四五”确定的主要目标任务。\n经济实力稳步增强。社消零比“十三五”增长21.5%。\n二、2026年工作安排\n地区生产总值增长5%。\n";
    let v = super::tests::extract_text(text.to_string());
    assert_eq!((v[0].period_start, v[0].period_end, v[0].value), (2021, 2025, Some(21.5)));
    // a figure outside quotation marks makes the paragraph one that frames its own; a
    // change against a plan's years is over the next plan's all the same
    let text = text.replace("省委“1310”具体部署", "省委部署，新增就业3万人");
    let text = text.replace("社消零比“十三五”增长21.5%。", "社消零比“十三五”增长21.5%。进出口总额增长8%。");
    let v = super::tests::extract_text(text);
    let read: Vec<(i32, i32, Option<f64>)> = v.iter().map(|i| (i.period_start, i.period_end, i.value)).collect();
    assert_eq!(read[1..], [(2021, 2025, Some(21.5)), (2025, 2025, Some(8.0)), (2026, 2026, Some(5.0))]);
}

#[test]
fn a_paragraph_after_the_salutation_and_the_year_reviewed_frames_the_items_after_it() {
    let text = "政府工作报告\n——2011年1月10日在某某市第十四届人民代表大会第五次会议上\n一、“十一五”时期工作回顾\n五年来，我们取得了很大成绩。全市生产总值年均增长13%。\n各位代表！2010年，我们努力扩大应对国际金融危机的成果。全市生产总值增长12.9%。\n一是着力优化投资结构。进出口总额和实际到账外资分别增长32%、52.8%。\n二、2011年工作安排\n全市生产总值增长10%。\n";
    let v = super::tests::extract_text(text.to_string());
    let trade = v.iter().find(|i| i.value == Some(32.0)).expect("read");
    assert_eq!((trade.period_start, trade.period_end), (2010, 2010));
}

#[test]
fn a_five_year_reviews_subsections_under_a_lead_of_the_year_are_the_years() {
    let text = "政府工作报告\n——2023年1月12日在某某省第十四届人民代表大会第一次会议上\n一、过去五年工作回顾\n这五年，是综合实力稳步提升的五年。五年城镇新增就业445万人。\n各位代表，刚刚过去的2022年，是本届政府的收官之年。\n一年来，我们主要做了以下工作：\n（一）抓投资扩内需\n固定资产投资增长8%。\n（二）抓民生办实事\n城镇新增就业89.7万人。\n二、2023年工作安排\n城镇新增就业90万人。\n";
    let v = super::tests::extract_text(text.to_string());
    let jobs: Vec<(i32, i32, f64)> = v
        .iter()
        .filter(|i| i.indicator.as_deref() == Some("new_urban_jobs") && i.kind == Kind::Actual)
        .map(|i| (i.period_start, i.period_end, i.value.unwrap_or(f64::NAN)))
        .collect();
    assert_eq!(jobs, [(2018, 2022, 445.0), (2022, 2022, 89.7)]);
    // a lead that says five years too leaves them the five years'
    let text = text.replace("一年来，我们主要做了以下工作：", "一年来特别是五年来，我们主要做了以下工作：");
    let v = super::tests::extract_text(text);
    let jobs = v.iter().filter(|i| i.indicator.as_deref() == Some("new_urban_jobs") && i.kind == Kind::Actual);
    assert_eq!(jobs.map(|i| (i.period_start, i.period_end)).collect::<Vec<_>>(), [(2018, 2022); 2]);
}

#[test]
fn items_of_a_list_in_paragraphs_are_framed_by_its_opening() {
    let text = "政府工作报告\n——2023年1月12日在某某省第十四届人民代表大会第一次会议上\n一、过去一年和五年工作回顾\n2022年，极其难忘。\n一是科学统筹发展和安全。数字经济连续五年保持两位数增长。\n二是扎实稳住经济大盘。\n三是聚力打造高地。\n四是突出保障改善民生。城镇新增就业73.6万人。\n这五年，经济实力实现历史性跃升。\n二、2023年工作安排\n城镇新增就业70万人。\n";
    let v = super::tests::extract_text(text.to_string());
    let jobs = v.iter().find(|i| i.indicator.as_deref() == Some("new_urban_jobs")).expect("read");
    assert_eq!((jobs.kind, jobs.period_start, jobs.period_end), (Kind::Actual, 2022, 2022));
    // an opening that says five years too frames no item as the year
    let text = text.replace("2022年，极其难忘。", "2022年，极其难忘。过去五年，我们取得了以下成就：");
    let v = super::tests::extract_text(text);
    let jobs = v.iter().find(|i| i.indicator.as_deref() == Some("new_urban_jobs")).expect("read");
    assert_eq!((jobs.period_start, jobs.period_end), (2018, 2022));
}

#[test]
fn a_multiple_of_a_years_level_is_no_level_of_that_year() {
    let v = super::tests::plan("到2025年，全市生产总值增长到2020年的1.5倍。");
    assert_ne!((v[0].kind, v[0].period_end), (Kind::Actual, 2020));
}

#[test]
fn a_five_year_paragraph_naming_its_last_year_as_a_level_reached_keeps_its_flows_of_five() {
    let text = "政府工作报告\n——2011年1月12日在某某市第十三届人民代表大会第五次会议上\n一、“十一五”工作回顾\n——回眸“十一五”，社会事业全面进步。对民生工程的投入，2010年达131.5亿元，是“十五”末的3倍。新增城镇就业46.6万人。\n二、2011年工作安排\n新增城镇就业8万人。\n";
    let v = super::tests::extract_text(text.to_string());
    let jobs = v.iter().find(|i| i.value == Some(46.6)).expect("read");
    assert_eq!((jobs.period_start, jobs.period_end), (2006, 2010));
}

#[test]
fn a_kind_of_industry_before_its_value_added_is_a_part() {
    let v =
        read("高加工度工业、高技术制造业增加值分别增长10.1%和18.3%。规模工业增加值增长7.4%。全市工业增加值增长7%。");
    let named: Vec<Option<&str>> = v.iter().map(|i| i.1.as_deref()).collect();
    assert_eq!(named, [None, None, Some("industrial_value_added"), Some("industrial_value_added")]);
}

#[test]
fn a_headline_lists_short_names_name_their_indicators() {
    let v = read("投资、消费、进出口额分别增长7.3%、5.6%和19.9%。");
    let named: Vec<Option<&str>> = v.iter().map(|i| i.1.as_deref()).collect();
    assert_eq!(named, [Some("fixed_asset_investment"), Some("retail_sales"), Some("import_export")]);
    assert_eq!(super::tests::plan("全年投资增长5%左右。")[0].indicator.as_deref(), Some("fixed_asset_investment"));
    // not a sector's, nor a level, nor the end of a longer name
    for text in [
        "加快推进制造业建设，完成投资150亿元、增长20%以上。",
        "制造业贷款增长35%、投资增长23.8%。",
        "完成投资470亿元。",
        "民间投资增长5%。",
    ] {
        assert!(read(text).iter().all(|i| i.1.is_none()), "{text}");
    }
}

#[test]
fn a_quantity_level_with_the_year_before_grew_by_nothing() {
    let v = read("社会消费品零售总额383亿元，与去年持平；一般公共预算收入与上年基本持平。");
    let retail = Some("retail_sales".to_string());
    let revenue = Some("general_budget_revenue".to_string());
    assert_eq!(v[1], ("社会消费品零售总额".to_string(), retail, Measure::Growth, 0.0));
    assert_eq!(v[2], ("一般公共预算收入".to_string(), revenue, Measure::Growth, 0.0));
    let rows = review("一般公共预算收入与上年基本持平，居民消费价格同比持平。");
    let bounds: Vec<_> = rows.iter().map(|r| r.bound).collect();
    assert_eq!(bounds, [crate::model::Bound::Approx, crate::model::Bound::Eq]);
    assert_eq!(rows[1].indicator.as_deref(), Some("cpi"));
    // the spending after it keeps its own subject, not the clause of the flat revenue
    assert_eq!(subjects("地方一般公共预算收入同比持平、支出增长1%以上。")[1], "地方一般公共预算支出");
}

#[test]
fn level_with_the_year_before_is_no_growth_of_a_rate_an_aim_or_a_balance() {
    // the rate said before is the year before's: the quantity grew by that rate
    assert_eq!(subjects("社会消费品零售总额增长5.5%，与上年持平。"), ["社会消费品零售总额"]);
    for text in [
        "规模以上工业增加值增速与去年持平。",
        "城镇登记失业率与上年持平。",
        "经济增长预期目标总体与去年持平。",
        "财政收支基本与上年持平。",
        "工业占地区生产总值比重与上年持平。",
        // a small rise, and a year named (a change over more than one year)
        "外贸出口与上年持平略增。",
        "粮食产量与2019年持平。",
    ] {
        assert!(read(text).is_empty(), "{text}");
    }
}

#[test]
fn partners_listed_after_one_dui_are_each_a_part_of_the_trade() {
    let v = read("全市对日本、韩国、俄罗斯进出口分别增长2%、20%、80%。");
    let subjects: Vec<&str> = v.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(subjects, ["全市对日本进出口", "对韩国进出口", "对俄罗斯进出口"]);
    assert!(v.iter().all(|r| r.1.is_none()), "{v:?}");
    // trade with the world is the whole
    assert_eq!(read("对外贸易进出口总额增长8%。")[0].1.as_deref(), Some("import_export"));
}

#[test]
fn a_verb_before_de_names_the_noun_after_it_and_no_predicate() {
    // the clause before names the rate the figure reaches (not the subject of the number before)
    let v = read("社会消费品零售总额增长10.5%，消费对经济增长的贡献率逐年提高，达到60%左右。");
    assert_eq!(v[1].0, "消费对经济增长的贡献率");
    assert_eq!(v[1].1, None);
    // the speakers are no subject
    assert_eq!(subjects("我们逐年加大民生领域财政投入，累计达到1603亿元。"), [""]);
}
