//! Subjects in city reports: one case per construct (branch subject3).

use crate::model::Measure;

/// The subjects read from a review part `review` (a report delivered in 2021).
fn subjects(review: &str) -> Vec<String> {
    super::tests::review(review).into_iter().map(|i| i.subject).collect()
}

/// The indicators read from a review part, as [`subjects`] reads its subjects.
fn indicators(review: &str) -> Vec<Option<String>> {
    super::tests::review(review).into_iter().map(|i| i.indicator).collect()
}

#[test]
fn a_list_item_that_names_a_measure_borrows_no_head_noun() {
    assert_eq!(
        subjects("工业投资、工业用电量、制造业增加值分别增长6%、4%、10%。"),
        ["工业投资", "工业用电量", "制造业增加值"]
    );
    assert_eq!(
        subjects("邮政业务总量、货运周转量、商品销售收入分别增长11%、20%、6%。"),
        ["邮政业务总量", "货运周转量", "商品销售收入"]
    );
    // a short item still borrows the head noun of the last item
    assert_eq!(subjects("民航客运、货邮吞吐量分别增长5%和7%。"), ["民航客运吞吐量", "民航货邮吞吐量"]);
}

#[test]
fn one_number_after_rates_said_once_holds_for_each_rate() {
    assert_eq!(
        subjects("代表建议、委员提案办结率、满意率100%。"),
        ["代表建议、委员提案办结率", "代表建议、委员提案满意率"]
    );
}

#[test]
fn one_number_after_rates_named_in_full_holds_for_each_rate() {
    // 均 unsaid: two unemployment rates held to one level are each held to it
    assert_eq!(
        indicators("城镇调查失业率和登记失业率分别为5.1%、3.2%。全市城镇登记失业率和调查失业率控制在4.5%以内。"),
        [
            Some("surveyed_unemployment_rate".into()),
            Some("registered_unemployment_rate".into()),
            Some("registered_unemployment_rate".into()),
            Some("surveyed_unemployment_rate".into()),
        ]
    );
    assert_eq!(subjects("城镇调查失业率、登记失业率控制在5%以内。"), ["城镇调查失业率", "城镇登记失业率"]);
    // a later rate named short stays short (where the first one's modifier ends is not
    // known: 绿化覆盖率和绿地率); a sum is neither rate's
    assert_eq!(subjects("艾滋病治疗覆盖率和成功率保持在95%。"), ["艾滋病治疗覆盖率", "成功率"]);
    assert_eq!(subjects("消费贡献率和投资贡献率合计达到90%。"), ["消费贡献率和投资贡献率"]);
    // 及时 is a word, no 及 of a list; a rate of nothing named (参保率 of a list of
    // schemes) stays one subject
    assert_eq!(subjects("及时受理率、按期办结率达100%。"), ["及时受理率", "按期办结率"]);
    // (与会展 is 与 and 会展; 并购置 is 并 and 购置)
    assert_eq!(subjects("体育与会展产业增加值分别增长10%和12%。")[1], "会展产业增加值");
    assert_eq!(subjects("新建充电桩500个，并购置公交车100辆。")[1], "购置公交车");
    assert_eq!(subjects("城镇居民医保和新农合参保率达到98%。"), ["城镇居民医保和新农合参保率"]);
}

#[test]
fn a_clause_of_zhan_names_the_share_unless_its_whole_is_a_plan() {
    assert_eq!(
        subjects("完成民生支出45亿元，占一般公共预算支出的74%。"),
        ["民生支出", "民生支出占一般公共预算支出的比重"]
    );
    assert_eq!(subjects("完成重点项目投资90亿元，占年度计划的113.5%。"), ["重点项目投资", "重点项目投资"]);
}

#[test]
fn numbers_after_a_share_are_of_the_part_named_before_it() {
    assert_eq!(
        subjects("工业支出85亿元，占经济建设支出的53%，比上年增长46%。"),
        ["工业支出", "工业支出占经济建设支出的比重", "工业支出"]
    );
    assert_eq!(subjects("国防费支出64亿元，占预算数的90%。"), ["国防费支出", "国防费支出"]);
}

#[test]
fn a_list_closed_by_deng_in_the_clause_before_is_the_subject_of_a_change() {
    assert_eq!(subjects("钢材、水泥、玻璃等建材的产量，都比上年增长20%以上。"), ["钢材、水泥、玻璃等建材的产量"]);
    assert_eq!(subjects("茶叶、蚕茧等产品的产量，也比上年增长12%。"), ["茶叶、蚕茧等产品的产量"]);
    // a clause of doing before a count names no noun of the count
    assert!(!subjects("落实减税、降费等扶持政策，12个项目全部复工。").iter().any(|s| s.contains("扶持政策")));
}

#[test]
fn a_share_in_the_clause_before_is_the_subject_of_its_levels() {
    assert_eq!(
        subjects("民营经济在全区生产总值中所占的比重，由40%上升到45%。"),
        ["民营经济在全区生产总值中所占的比重", "民营经济在全区生产总值中所占的比重"]
    );
}

#[test]
fn a_list_in_the_clause_before_fenbie_is_spread_over_its_numbers() {
    assert_eq!(subjects("养殖、加工业产值，较上年分别增长6.5%、9.1%。"), ["养殖产值", "加工业产值"]);
    // what is said of every item (均…) is no part of the last one
    assert_eq!(subjects("来访人数、会展收入均创新高，分别增长12%和15%。"), ["来访人数", "会展收入"]);
}

#[test]
fn a_verb_of_doing_after_a_place_or_scope_is_no_part_of_the_subject() {
    assert_eq!(subjects("老城区实施道路改造项目36个。"), ["老城区道路改造项目"]);
    assert_eq!(subjects("全区投入农田水利资金8亿元。"), ["农田水利资金"]);
    // too bare without its scope: kept as written
    assert_eq!(subjects("全区投入资金8亿元。"), ["全区投入资金"]);
    assert_eq!(subjects("带动全社会研发投入12亿元。"), ["全社会研发投入"]);
    // a flow induced, not a whole's total: 带动 stays
    assert_eq!(subjects("带动消费3亿元。"), ["带动消费"]);
}

#[test]
fn among_a_counted_set_the_set_is_the_subject() {
    assert_eq!(subjects("在全年的40种主要工业产品中，有30种完成了计划。")[0], "主要工业产品");
    // 高中 is a word of its own
    assert_eq!(subjects("新建普通高中3所。"), ["新建普通高中"]);
}

#[test]
fn an_amount_added_to_the_one_before_is_named_after_jiashang() {
    assert_eq!(subjects("本年收入120亿元，加上上年结转收入8亿元。"), ["本年收入", "上年结转收入"]);
}

#[test]
fn a_budget_line_carried_over_keeps_its_year_and_chu_bu_is_no_time() {
    assert_eq!(subjects("本年收入共为90亿元，上年结转收入6亿元。"), ["本年收入", "上年结转收入"]);
    assert!(subjects("今年初步安排重点工业项目40个。")[0].starts_with("初步"));
}

#[test]
fn a_count_after_a_bare_whole_a_list_of_examples_or_a_list_mark_counts_the_noun_after_it() {
    assert_eq!(subjects("全市36个重点项目完成投资20亿元。")[0], "重点项目");
    assert_eq!(subjects("建成了东湖路、西环路等12条城市道路。"), ["城市道路"]);
    assert_eq!(subjects("5个乡镇全部通车、40个行政村全部通邮。"), ["乡镇", "行政村"]);
}

#[test]
fn a_counted_noun_takes_the_head_the_next_item_names_after_the_same_words() {
    assert_eq!(subjects("实施12个省重点、80个市重点项目。"), ["省重点项目", "市重点项目"]);
    assert_eq!(subjects("形成食品、纺织等3个千亿级、8个百亿级产业集群。"), ["千亿级产业集群", "百亿级产业集群"]);
    assert_eq!(subjects("新增2个国家级、9个省级孵化器。"), ["国家级孵化器", "省级孵化器"]);
}

#[test]
fn a_clause_naming_only_the_other_term_of_a_comparison_keeps_the_subject_before() {
    assert_eq!(subjects("粮食产量增长5%，比全省平均水平高1个百分点。"), ["粮食产量", "粮食产量"]);
    assert_eq!(subjects("五年共引进外资80亿美元，相当于前十年总和的2倍。"), ["引进外资", "引进外资"]);
}

#[test]
fn a_pair_or_a_code_said_apart_in_a_list_is_read_whole() {
    assert_eq!(subjects("截至年底，金融机构存、贷款余额分别增长9%和11%。"), ["金融机构存款余额", "金融机构贷款余额"]);
    assert_eq!(subjects("PM10、PM2.5平均浓度分别下降8%、6%。"), ["PM10平均浓度", "PM2.5平均浓度"]);
    assert_eq!(subjects("每万人口病床数、执业医师数分别提高12%、8%。"), ["每万人口病床数", "每万人口执业医师数"]);
}

#[test]
fn a_run_of_numbers_after_a_list_in_the_clause_before_is_spread_over_it() {
    assert_eq!(
        subjects("医疗资源明显增加，每千人口床位数、执业医师数，较上年提高10%、12%。"),
        ["每千人口床位数", "每千人口执业医师数"]
    );
}

#[test]
fn a_first_clause_that_is_only_a_measure_is_the_subject_of_the_next() {
    assert_eq!(subjects("全县农业总产值，预计比上年增长6%。"), ["全县农业总产值"]);
}

#[test]
fn a_bare_attribute_after_another_attribute_of_an_owner_is_the_owners() {
    assert_eq!(subjects("全年油料播种面积80万亩、产量20万吨。"), ["油料播种面积", "油料产量"]);
    assert_eq!(subjects("区属企业资产总额、营业收入分别增长9%、7%。"), ["区属企业资产总额", "区属企业营业收入"]);
    // the verb before the first attribute is no part of the owner
    assert_eq!(subjects("规上工业完成增加值56亿元，实现利税9亿元。"), ["规上工业完成增加值", "规上工业利税"]);
    // an indicator of its own is nobody's attribute
    assert_eq!(subjects("规上工业增加值增长7%，固定资产投资增长6%。"), ["规上工业增加值", "固定资产投资"]);
}

#[test]
fn an_emission_said_once_after_a_list_of_substances_is_each_ones() {
    assert_eq!(subjects("化学需氧量和氨氮排放量分别下降3%和2%。"), ["化学需氧量排放量", "氨氮排放量"]);
}

#[test]
fn a_number_after_yi_ge_counts_the_noun_after_it() {
    assert_eq!(subjects("在这样一个十四亿多人口的大国，就业是头等大事。"), ["人口"]);
}

#[test]
fn a_use_per_unit_of_output_before_an_emission_is_no_substance() {
    assert_eq!(
        subjects("单位产值用水量、能耗、二氧化碳排放量分别下降9%、6%、7%。"),
        ["单位产值用水量", "能耗", "二氧化碳排放量"]
    );
}

#[test]
fn who_set_a_figure_is_no_subject_of_it() {
    assert_eq!(subjects("税收收入预期增长6%，比年初会议确定的7%下调1个百分点。"), ["税收收入", "税收收入", "税收收入"]);
    // not outside a comparison, nor before a count (the noun after it)
    assert_eq!(subjects("年初确定的40个重点项目全部开工。"), ["重点项目"]);
}

#[test]
fn a_number_whose_clause_names_no_noun_takes_the_measure_of_the_clause_before() {
    assert_eq!(subjects("确保物价上涨幅度比去年有明显回落，力争控制在3%左右。"), ["物价上涨幅度"]);
    // words before a verb that are no measure give no subject
    let got = subjects("保就业，工作进展比预期顺利，7%左右的速度可以实现充分就业。");
    assert_eq!(got, [""]);
}

#[test]
fn a_clause_of_circumstance_names_no_subject() {
    assert_eq!(subjects("随着服务业比重上升，7%左右的速度可以实现比较充分的就业。"), [""]);
    assert_eq!(subjects("按照完成的投资额来比较，比去年同期增长68%。"), [""]);
}

#[test]
fn a_bare_attribute_is_of_the_owner_a_topic_clause_before_names() {
    // a set picked from, its count in the frame
    assert_eq!(subjects("在二十种重要农产品中，产量将增长10%以上的有八种。")[1], "重要农产品产量");
    // a bare set, an exception passed over
    assert_eq!(subjects("其余的产品，除个别几种以外，产量也增长5%。"), ["其余的产品产量"]);
    // a noun, then its predicate; the product of an activity
    assert_eq!(subjects("外资企业保持稳定增长，产值增长12%。"), ["外资企业产值"]);
    assert_eq!(subjects("蔬菜生产继续保持增长，总产达80万吨。"), ["蔬菜总产"]);
    // a list of names closed by 等, a done verb before the amount
    assert_eq!(subjects("东环路、滨河大道等重点项目加快推进，共完成投资30亿元。"), ["重点项目投资"]);
    // 的 as written before the attribute
    assert_eq!(subjects("甲、乙等骨干产品，全年的产量都增长8%。"), ["骨干产品的产量"]);
}

#[test]
fn a_clause_of_doing_or_with_an_attribute_of_its_own_names_no_owner() {
    assert_eq!(subjects("大力发展绿色食品产业，产值增长9%。"), ["产值"]);
    assert_eq!(subjects("支持甲、乙等企业做大做强，产值增长6%。"), ["产值"]);
    assert_eq!(subjects("油料面积、单产实现“双增”，总产达20万吨。"), ["总产"]);
}

#[test]
fn the_years_of_schooling_are_part_of_its_name() {
    assert_eq!(subjects("教育均衡发展，九年义务教育巩固率达96%。"), ["九年义务教育巩固率"]);
    // a span of years before another noun is a time
    assert_eq!(subjects("五年新建学校30所。"), ["新建学校"]);
}

#[test]
fn the_deaths_after_the_count_of_accidents_are_the_accidents() {
    assert_eq!(subjects("道路交通事故起数、死亡人数分别下降12%、9%。"), ["道路交通事故起数", "道路交通事故死亡人数"]);
}

#[test]
fn a_share_said_in_its_own_clause_is_named_as_one_said_apart() {
    assert_eq!(subjects("民生支出占一般公共预算支出的80%。"), ["民生支出占一般公共预算支出的比重"]);
    assert_eq!(subjects("民生支出620亿元，占一般公共预算支出的80%。")[1], "民生支出占一般公共预算支出的比重");
    assert_eq!(
        subjects("高新技术产业增加值、战略性新兴产业增加值分别占规上工业的45.2%和30.1%。"),
        ["高新技术产业增加值占规上工业的比重", "战略性新兴产业增加值占规上工业的比重"]
    );
    // words that name the share already, and words of 占 that are no share
    assert_eq!(subjects("民生支出占财政支出比重达80%。"), ["民生支出占财政支出比重"]);
    assert_eq!(subjects("新能源汽车市场占有率达35%。"), ["新能源汽车市场占有率"]);
}

#[test]
fn money_spent_is_named_by_what_it_was_spent_on() {
    assert_eq!(subjects("累计投入26.6亿元改善中小学办学条件。"), ["改善中小学办学条件投入"]);
    assert_eq!(subjects("投入12亿元用于农村公路建设。"), ["农村公路建设投入"]);
    // a list item, a clause of its own: the words are no purpose; a threshold of projects
    // is no figure at all (part of the category's name)
    assert_eq!(subjects("投资4.5亿元实施了标准化幼儿园、小学新建等项目。")[0], "投资");
    assert_eq!(subjects("推进5个投资超10亿元项目落地建设。").len(), 1);
}

#[test]
fn a_bare_share_is_of_the_subject_before() {
    assert_eq!(subjects("民生支出351.8亿元、占比85.2%。"), ["民生支出", "民生支出占比"]);
    assert_eq!(subjects("工业部门为248.5亿元，占58.2%。")[1], "工业部门占比");
    // a share of a share is of the part
    assert_eq!(subjects("工业投资占固定资产投资比重达30%，占比提高2个百分点。")[1], "工业投资占比");
}

#[test]
fn a_count_before_the_noun_that_closes_its_clause_counts_that_noun() {
    assert_eq!(subjects("新建5所学校，改造10个老旧小区。"), ["新建学校", "改造老旧小区"]);
    assert_eq!(subjects("职教园区入驻7所院校，师生达4万多人。"), ["职教园区入驻院校", "师生"]);
    // one of the set counted; the set a rank is taken in
    assert_eq!(subjects("我市入选全国15个试点城市之一。"), ["我市入选全国试点城市"]);
    assert_eq!(subjects("吞吐量在全国31个同类机场中进展最快。"), ["吞吐量在全国同类机场"]);
    // a predicate after the noun ends it; a division is a noun of one char
    assert_eq!(subjects("在320个县开展养老保险试点。"), ["县"]);
    // past ten chars the words run on into a predicate: the words before are kept
    assert_eq!(subjects("引进12个科技型企业和项目落户黄石科技城。"), ["引进"]);
}

#[test]
fn what_the_things_counted_did_with_le_names_them_as_a_set() {
    assert_eq!(subjects("全省200多个乡镇建立了便民服务中心。"), ["建立了便民服务中心的乡镇"]);
    assert_eq!(subjects("三年中有500万农民工掌握了职业技能。"), ["掌握了职业技能的农民工"]);
    // without 了 after 有, no clear set: kept as it was
    assert_eq!(subjects("今年有3项不及预期。"), ["有"]);
    // an amount in the clause is no set
    assert_eq!(subjects("30座楼房因此浪费了四百万元。")[0], "楼房因此浪费了四百万元");
}

#[test]
fn what_was_produced_after_a_clause_of_example_is_of_the_product_it_names() {
    assert_eq!(subjects("如拖拉机，去年只生产3万台，今年将生产5万台。"), ["拖拉机", "拖拉机"]);
    // no example before: kept as it was
    assert_eq!(subjects("去年只生产3万台。"), ["只生产"]);
}

#[test]
fn a_milestone_reached_ends_the_clause_that_names_the_measure() {
    assert_eq!(subjects("地区生产总值再上新台阶，达到900亿元，增长6%。"), ["地区生产总值", "地区生产总值"]);
}

#[test]
fn a_milestone_in_quotes_is_no_part_of_the_subject() {
    assert_eq!(subjects("地区生产总值突破“五百亿”、达513亿元，增长6%。"), ["地区生产总值", "地区生产总值"]);
    // a quoted name stays
    assert_eq!(subjects("“菜篮子”工程投资5亿元。"), ["“菜篮子”工程投资"]);
}

#[test]
fn the_whole_year_after_parts_of_it_is_of_the_thing_they_were_of() {
    // the opening names the thing; the parts of the year name none
    assert_eq!(
        subjects("经济增速逐月回升，一季度增长4%，上半年增长5%，全年增长6%。"),
        ["一季度", "上半年", "经济增速"]
    );
    assert_eq!(indicators("经济增速逐月回升，一季度增长4%，上半年增长5%，全年增长6%。")[2].as_deref(), Some("gdp"));
    // the first part of the year names it
    assert_eq!(subjects("GDP一季度增长4%、二季度增长5%，全年增长6%。"), ["GDP一季度", "二季度", "GDP"]);
    // a number of no whole year keeps the part of the year it follows
    assert_eq!(subjects("一季度地区生产总值增长4%，比上年提高2个百分点。")[1], "一季度地区生产总值");
}

#[test]
fn a_comparison_ends_the_noun_a_sentence_opens_with() {
    assert_eq!(subjects("地区生产总值增速快于全省，全年增长6%。"), ["地区生产总值增速"]);
    assert_eq!(indicators("地区生产总值增速快于全省，全年增长6%。"), [Some("gdp".to_string())]);
}

#[test]
fn a_total_after_an_indicator_name_leaves_the_indicator() {
    assert_eq!(indicators("全年GDP总量达到900亿元，同比增长6%。"), [Some("gdp".to_string()), Some("gdp".to_string())]);
    // but a total that is an indicator's name whole stays that indicator
    assert_eq!(indicators("社会消费品零售总额增长7%。"), [Some("retail_sales".to_string())]);
    // and a total of a part is no indicator
    assert_eq!(indicators("数字经济总量超过40亿元。"), [None]);
}

#[test]
fn an_indicator_name_in_a_list_borrows_no_head_noun() {
    assert_eq!(
        subjects("GDP、规模工业增加值、社会消费品零售总额分别增长4%、5%、9%。"),
        ["GDP", "规模工业增加值", "社会消费品零售总额"]
    );
}

#[test]
fn what_is_solved_is_counted_by_the_noun_after_the_number() {
    assert_eq!(subjects("解决了12万农村人口的安全饮水问题。"), ["农村人口"]);
    assert_eq!(subjects("解决了31个自然村的道路问题。"), ["自然村"]);
}

#[test]
fn a_figure_set_as_an_aim_is_of_the_measure_before_the_aim() {
    assert_eq!(subjects("今年经济增长预期目标定为7%左右。"), ["经济增长"]);
    assert_eq!(subjects("经济增长速度的调控目标定为8%。"), ["经济增长速度"]);
    assert_eq!(indicators("经济增长速度的调控目标定为8%。"), [Some("gdp".to_string())]);
    assert_eq!(subjects("全社会固定资产投资调控目标为2500亿元。"), ["全社会固定资产投资"]);
}

#[test]
fn a_part_of_the_year_said_before_a_number_keeps_it_from_the_yearly_indicator() {
    assert_eq!(indicators("前三季度，GDP增长6%，连续9个季度高于全省。")[0], None);
    assert_eq!(indicators("1-11月，固定资产投资增长15%，稳居全省前列。"), [None]);
    // the whole year said after the part is the year's
    assert_eq!(indicators("前三季度增长5%，全年地区生产总值增长6%。")[1].as_deref(), Some("gdp"));
    // a part of the year named in another sentence does not reach this one
    assert_eq!(indicators("前三季度增长较快。全年地区生产总值增长6%。"), [Some("gdp".to_string())]);
    // up to a month's end, and an alias read as a whole (城镇新增就业) or a level, too; the
    // end of December is the year's end
    assert_eq!(indicators("截至11月底，城镇新增就业4.5万人。"), [None]);
    assert_eq!(indicators("前三季度，全市实现地区生产总值1995.5亿元。"), [None]);
    assert_eq!(indicators("截至12月底，城镇新增就业5万人。"), [Some("new_urban_jobs".to_string())]);
    // a part of the year that opens the sentence holds for its clauses after ；too
    let v = indicators("前三季度，地区生产总值增长5.3%；一般公共预算收入增长6.2%。");
    assert_eq!(v, [None, None]);
    assert_eq!(indicators("一季度实现开门红；全年地区生产总值增长6%。"), [Some("gdp".to_string())]);
    assert_eq!(indicators("受上半年洪灾影响，粮食减产；地区生产总值增长6%。"), [Some("gdp".to_string())]);
    assert_eq!(indicators("截至11月底，城镇新增就业4.5万人；一般公共预算收入增长5%。"), [None, None]);
    assert_eq!(indicators("一季度，全市生产总值增幅同比回落5.2个百分点；财政一般预算收入下降14.6%。"), [None, None]);
    // a month or a half said for an event is no frame of the year's figures after ；
    let gdp = [Some("gdp".to_string())];
    assert_eq!(indicators("2月，我市获批国家物流枢纽城市；全市地区生产总值增长5.6%。"), gdp);
    assert_eq!(indicators("上半年，经济增速一度回落；我们出台政策，地区生产总值增长4.5%。"), gdp);
}

#[test]
fn a_list_of_capacities_added_is_added_item_by_item_until_an_item_names_its_own_verb() {
    assert_eq!(
        subjects("全年新增发电机组容量1500多万千瓦，铁路新线和复线3300多公里，港口吞吐能力近2600万吨，电话交换机近1900万门。"),
        ["新增发电机组容量", "新增铁路新线和复线", "新增港口吞吐能力", "新增电话交换机"]
    );
    // an item with a verb of its own, and a noun that is no capacity, keep their reading
    assert_eq!(
        subjects("新增铁路运营里程4100公里，新建改建高速公路6000多公里。新增装机规模91万千瓦，发电量60亿度。"),
        ["新增铁路运营里程", "新建改建高速公路", "新增装机规模", "发电量"]
    );
}

#[test]
fn a_number_after_a_connector_alone_is_of_the_subject_before_not_of_the_connector() {
    assert_eq!(subjects("某某标准提高到800元，分别增长8%和15%。"), ["某某标准", "某某标准", "某某标准"]);
}

#[test]
fn two_numbers_after_a_subject_of_town_and_country_are_town_then_country() {
    assert_eq!(
        subjects("城乡居民人均可支配收入增长4.7%和7.3%。"),
        ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    );
}

#[test]
fn a_rate_of_change_said_once_after_a_list_is_each_items() {
    // 增速 after the last item is every item's: growths, not levels in percent
    let v = super::tests::review(
        "全年生产总值、人均生产总值增速分别为8%和7.5%。生产总值、人均GDP、全员劳动生产率增速均为7%。",
    );
    let read: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.measure)).collect();
    assert_eq!(
        read,
        [
            ("生产总值增速", Measure::Growth),
            ("人均生产总值增速", Measure::Growth),
            ("生产总值增速", Measure::Growth),
            ("人均GDP增速", Measure::Growth),
            ("全员劳动生产率增速", Measure::Growth),
        ]
    );
    // a rate of its own keeps its name; 增长率 ends names of levels too
    assert_eq!(subjects("城镇化率、工业增速分别为60%和8%。"), ["城镇化率", "工业增速"]);
    assert_eq!(
        subjects("居民消费价格总水平涨幅、城镇登记失业率和人口自然增长率分别控制在2.3%、4.5%和3‰以内。"),
        ["居民消费价格总水平涨幅", "城镇登记失业率", "人口自然增长率"]
    );
}

#[test]
fn a_ratio_to_another_quantity_is_a_share() {
    let v = super::tests::review("我省人均地区生产总值相当于全国平均水平的76.9%。");
    assert_eq!((v[0].measure, v[0].value), (Measure::Share, Some(76.9)));
}

#[test]
fn counties_of_the_region_and_a_class_of_traders_are_parts_with_no_indicator() {
    assert_eq!(
        indicators("象州县规上工业增加值增长40%，5个县一般公共预算收入超10亿元，县级财政一般预算收入8.5亿元，生产型外贸企业进出口增长10%。全县地区生产总值增长6%。"),
        [None, None, None, None, None, Some("gdp".to_string())]
    );
    assert_eq!(subjects("5个县一般公共预算收入超10亿元。")[1], "县一般公共预算收入");
    // with the county-level cities and districts in brackets
    assert_eq!(
        indicators("2007年，44个县（市）生产总值同比增长18.8%，各县（市、区）财政收入增长20%。"),
        [None, None, None]
    );
    // a county's own report names itself
    assert_eq!(indicators("本县地区生产总值增长6%，我县固定资产投资增长8%。").iter().flatten().count(), 2);
}

#[test]
fn what_a_document_proposes_is_the_noun_after_its_title_and_verb() {
    assert_eq!(subjects("《纲要（草案）》提出今后五年我市生产总值年均增长12%。"), ["我市生产总值"]);
    assert_eq!(subjects("《规划》明确，未来五年全市研发投入年均增长10%。"), ["全市研发投入"]);
}

#[test]
fn a_note_in_brackets_after_a_name_is_dropped_unless_it_narrows_the_figure_to_a_part() {
    assert_eq!(
        indicators("居民消费价格指数(CPI)上涨2%。固定资产投资（不含农户）增长4%。社会消费品零售总额（限上）增长5%。"),
        [Some("cpi".to_string()), Some("fixed_asset_investment".to_string()), None]
    );
}

#[test]
fn gaps_to_several_others_said_once_are_each_the_subject_s() {
    let v = super::tests::review("地区生产总值增速比全国、全省分别高1.2和0.5个百分点。");
    let got: Vec<(&str, f64, &str)> =
        v.iter().map(|i| (i.subject.as_str(), i.value.unwrap_or(f64::NAN), i.unit.as_str())).collect();
    assert_eq!(got, [("地区生产总值增速", 1.2, "个百分点"), ("地区生产总值增速", 0.5, "个百分点")]);
}

#[test]
fn after_respectively_a_comma_alone_joins_a_run_of_numbers() {
    assert_eq!(
        subjects("建成区面积135平方公里，入驻企业1892家，较上年分别提高19.6%，15.6%。"),
        ["建成区面积", "入驻企业", "建成区面积", "入驻企业"]
    );
}

#[test]
fn next_year_leads_a_subject_as_this_year_does() {
    assert_eq!(subjects("明年全县地区生产总值增长6.5%。"), ["全县地区生产总值"]);
}

#[test]
fn the_short_names_of_investment_and_retail_sales_are_their_indicators() {
    assert_eq!(
        indicators("固投增长8%，社零总额增长6.2%，社零额增长7%。"),
        [
            Some("fixed_asset_investment".to_string()),
            Some("retail_sales".to_string()),
            Some("retail_sales".to_string())
        ]
    );
    // 社消零 (安徽's short name); 城市人均可支配收入 without 居民
    assert_eq!(
        indicators("社消零总额增长11%，城市人均可支配收入增长7%。"),
        [Some("retail_sales".to_string()), Some("urban_disposable_income".to_string())]
    );
}

#[test]
fn an_aim_higher_than_the_figure_just_said_is_of_its_indicator() {
    let read = |text: &str| -> Vec<(String, Option<String>, f64)> {
        super::tests::plan(text).into_iter().map(|i| (i.subject, i.indicator, i.value.unwrap_or_default())).collect()
    };
    let gdp = Some("gdp".to_string());
    // an alias that holds its verb (经济增长) is the subject of the aim after it
    assert_eq!(
        read("经济增长7%以上，力争8%。"),
        [("经济增长".to_string(), gdp.clone(), 7.0), ("经济增长".to_string(), gdp.clone(), 8.0)]
    );
    // 在实际工作中 frames the aim and names nothing
    assert_eq!(read("生产总值增长6.5%，在实际工作中力争7%。")[1], ("生产总值".to_string(), gdp, 7.0));
}

#[test]
fn a_month_is_part_of_a_year_and_a_part_of_a_year_lies_in_one_year() {
    let review = super::tests::review;
    // December's price rise is no year's CPI (12月底 is the year's end, 12月 a month)
    let cpi = review("2020年12月，居民消费价格同比上涨0.3%。");
    assert_eq!((cpi[0].indicator.as_deref(), cpi[0].value), (None, Some(0.3)));
    let year = review("截至2020年12月底，居民消费价格同比上涨2.1%。");
    assert_eq!(year[0].indicator.as_deref(), Some("cpi"));
    // after a span of years, a half year is the last year's
    let v = review("三年来，累计新增城镇就业12万人。上半年，规上工业增加值增长7.2%。");
    assert_eq!((v[1].period_start, v[1].period_end), (2020, 2020));
}

#[test]
fn a_completion_of_the_plan_is_a_share_of_the_figure_before() {
    let v = super::tests::review(
        "城镇新增就业5.1万人，完成年度目标的127.5%。粮食总产量达到3680亿斤，完成年度计划的102%，比上年增长9%。",
    );
    let read: Vec<(&str, Measure)> = v.iter().map(|i| (i.subject.as_str(), i.measure)).collect();
    assert_eq!(
        read,
        [
            ("城镇新增就业", Measure::Level),
            ("城镇新增就业", Measure::Share),
            ("粮食总产量", Measure::Level),
            ("粮食总产量", Measure::Share),
            ("粮食总产量", Measure::Growth)
        ]
    );
}

#[test]
fn urban_and_rural_written_apart_are_the_two_series() {
    // 城、乡居民 as 城乡居民: 城镇居民…, then 农村居民…
    let v = super::tests::review("城、乡居民人均可支配收入分别为22694元、9527元，增长8.5%、11%。");
    let read: Vec<_> = v.iter().map(|i| (i.subject.as_str(), i.indicator.as_deref())).collect();
    let (urban, rural) = (Some("urban_disposable_income"), Some("rural_disposable_income"));
    let (u, r) = ("城镇居民人均可支配收入", "农村居民人均可支配收入");
    assert_eq!(read, [(u, urban), (r, rural), (u, urban), (r, rural)]);
}

#[test]
fn a_completion_said_after_the_words_that_completed_it_is_their_share() {
    let read = |text: &str| -> Vec<(String, Measure)> {
        let v = super::tests::review(text);
        v.into_iter().filter(|i| i.unit == "%").map(|i| (i.subject, i.measure)).collect()
    };
    let share = |s: &str| (s.to_string(), Measure::Share);
    // the words before the verb, the plan's name and adverbs left out
    assert_eq!(read("111个重点服务业项目完成年度投资计划的118.6%。"), [share("重点服务业项目")]);
    assert_eq!(read("甲项目投资完成全年任务的116.1%。"), [share("甲项目投资")]);
    assert_eq!(read("全县社会消费品零售总额只完成原定计划的94%。"), [share("全县社会消费品零售总额")]);
    assert_eq!(read("工业总产值完成了原定计划的101%，比上年增长8%。")[0], share("工业总产值"));
    // 达 and 占 as verbs; 下达 is no verb of completing
    assert_eq!(read("项目完成投资336亿元、达年度计划的126.6%。"), [share("项目投资")]);
    assert_eq!(read("外资到位资金1589万美元，完成省下达任务的244.5%。"), [share("外资到位资金")]);
    // 分别 over a list named before the verb, or in the clause before
    assert_eq!(
        read("城镇新增就业、新增创业贷款分别完成年计划的106.2%、232.8%。"),
        [share("城镇新增就业"), share("新增创业贷款")]
    );
    assert_eq!(
        read("城镇新增就业、失业人员再就业，分别完成年度任务的135%、163%。"),
        [share("城镇新增就业"), share("失业人员再就业")]
    );
    // a list whose items counts split: each its own
    assert_eq!(
        read("15个省重大项目、392个市重大产业项目分别完成年度投资计划的151%和115%。"),
        [share("省重大项目"), share("市重大产业项目")]
    );
}

#[test]
fn the_gap_of_a_result_to_its_aim_is_a_result() {
    let v = super::tests::review("全市地区生产总值增长4.8%，低于年初预期目标1.7个百分点。");
    assert_eq!((v[1].measure, v[1].kind), (Measure::PpChange, crate::model::Kind::Actual));
    // the result less the aim, and no change of the indicator's own
    assert_eq!((v[1].value, v[1].indicator.as_deref()), (Some(-1.7), None));
    let v = super::tests::review("城镇登记失业率3%，低于省定目标1.5个百分点。");
    assert_eq!((v[1].value, v[1].indicator.as_deref()), (Some(-1.5), None));
    let v = super::tests::review("生产总值、固定资产投资分别比年初目标高出2.2和4.8个百分点。");
    let gaps: Vec<_> = v.iter().map(|i| (i.value, i.indicator.as_deref(), i.kind)).collect();
    assert_eq!(gaps, [(Some(2.2), None, crate::model::Kind::Actual), (Some(4.8), None, crate::model::Kind::Actual)]);
    // the comparison nearest the aim, each number of a list, 少 for below
    let v = super::tests::review("固定资产投资增长5.5%，增速高于全国0.5个百分点、低于年初目标1.5个百分点。");
    assert_eq!((v[2].value, v[2].indicator.as_deref()), (Some(-1.5), None));
    let v = super::tests::review("城镇和农村居民人均可支配收入分别增长5%和6%，分别低于年初目标0.5和1.2个百分点。");
    let gaps: Vec<_> = v[2..].iter().map(|i| (i.value, i.indicator.as_deref())).collect();
    assert_eq!(gaps, [(Some(-0.5), None), (Some(-1.2), None)]);
    let v = super::tests::review("规模以上工业增加值增长6%，比年初目标少2个百分点。");
    assert_eq!((v[1].value, v[1].indicator.as_deref()), (Some(-2.0), None));
    // a change on the year said with 高于/低于 keeps its indicator
    let v =
        super::tests::review("城镇登记失业率3.1%，低于上年0.3个百分点；规上工业增加值增长8%，高于上年同期2个百分点。");
    assert_eq!((v[1].value, v[1].indicator.as_deref()), (Some(-0.3), Some("registered_unemployment_rate")));
    assert_eq!(v[3].indicator.as_deref(), Some("industrial_value_added"));
    // 预期 alone names the aim (低于预期1.5个百分点)
    let v = super::tests::review(
        "地区生产总值增长4.5%，低于预期1.5个百分点；社会消费品零售总额增长7%，高于预期1.5个百分点。",
    );
    let gaps: Vec<_> = [&v[1], &v[3]].iter().map(|i| (i.value, i.indicator.as_deref())).collect();
    assert_eq!(gaps, [(Some(-1.5), None), (Some(1.5), None)]);
    // a change on the year keeps its indicator
    let v = super::tests::review("居民消费价格涨幅2.5%，比上年回落0.4个百分点。");
    assert_eq!((v[1].value, v[1].indicator.as_deref()), (Some(-0.4), Some("cpi")));
}

#[test]
fn a_whole_other_than_the_reports_own_names_no_indicator_of_it() {
    use super::subject::{names_another_whole, with_own_whole};
    assert!(names_another_whole("全省生产总值", "驻马店市"));
    assert!(names_another_whole("全国经济增长", "上海市"));
    assert!(names_another_whole("全市地区生产总值", "海拉尔区"));
    assert!(names_another_whole("全区生产总值", "崇左市"));
    assert!(!names_another_whole("全市生产总值", "上海市"));
    assert!(!names_another_whole("全区地区生产总值", "海拉尔区"));
    assert!(!names_another_whole("全国居民人均可支配收入", "全国"));
    // in the State Council's report a level of government is a part of the country's
    assert!(names_another_whole("地方财政收入", "全国"));
    assert!(names_another_whole("中央财政收入", "全国"));
    assert!(names_another_whole("地方公共预算收入", "全国"));
    assert!(!names_another_whole("地方财政收入", "上海市"));
    assert!(!names_another_whole("中央经济工作会议确定国内生产总值", "全国"));
    assert!(!names_another_whole("地区生产总值", "驻马店市"));
    // a region that is no division's name: its wholes are unknown
    assert!(!names_another_whole("全省生产总值", "t1"));
    assert_eq!(with_own_whole("全省一般公共预算收入", "我市", "驻马店市").as_deref(), Some("我市一般公共预算收入"));
    assert_eq!(with_own_whole("城镇居民人均可支配收入", "我市", "驻马店市"), None);
    // read in a report: the province's figure has no indicator; the city's takes the noun
    let header = "政府工作报告\n——2021年1月12日在驻马店市第五届人民代表大会第一次会议上\n一、2020年工作回顾\n";
    let v = super::tests::extract_text(format!("{header}全省一般公共预算收入增长4%，我市增长7.5%。\n"));
    let read: Vec<(&str, Option<&str>)> = v.iter().map(|i| (i.subject.as_str(), i.indicator.as_deref())).collect();
    assert_eq!(read, [("全省一般公共预算收入", None), ("我市一般公共预算收入", Some("general_budget_revenue"))]);
}

#[test]
fn the_marker_of_an_enumerated_point_is_no_part_of_the_subject() {
    let header = "政府工作报告\n——2024年1月12日在某市第一届人民代表大会第一次会议上\n一、2023年工作回顾\n";
    let text = "1.地区生产总值：完成2350亿元，增长5.9%。\n2、城镇新增就业4.5万人。\n（3）固定资产投资：156亿元。\n①新增公共停车位1200个。\n";
    let v = super::tests::extract_text(format!("{header}{text}"));
    let read: Vec<&str> = v.iter().map(|i| i.subject.as_str()).collect();
    assert_eq!(read, ["地区生产总值", "地区生产总值", "城镇新增就业", "固定资产投资", "新增公共停车位"]);
    assert_eq!(v[1].indicator.as_deref(), Some("gdp"));
}

#[test]
fn a_count_of_years_before_an_average_is_no_subject() {
    let v = super::tests::review("全市地区生产总值增长8.5%，两年平均增长5.2%。");
    assert_eq!((v[1].subject.as_str(), v[1].indicator.as_deref()), ("全市地区生产总值", Some("gdp")));
    assert_eq!((v[1].period_start, v[1].period_end), (2019, 2020));
}

#[test]
fn a_list_of_counts_of_grades_shares_its_last_head() {
    assert_eq!(
        subjects("形成3个以上千亿级、10个以上百亿级特色产业集群和一批优势产业集群。"),
        ["千亿级特色产业集群", "百亿级特色产业集群"]
    );
    assert_eq!(subjects("培育3个千亿级、10个百亿级特色产业集群。"), ["培育千亿级特色产业集群", "百亿级特色产业集群"]);
    // 和 and a grade is no next item
    assert_eq!(subjects("改造12个二级和三级泵站。")[0], "改造二级和三级泵站");
}

#[test]
fn a_figure_set_earlier_that_the_one_said_is_compared_with_is_in_its_measure() {
    let v = super::tests::plan("一般公共预算收入预期增长8.5%，与市委经济工作会议确定的9%下调0.5个百分点。");
    let read: Vec<(&str, Measure, f64)> =
        v.iter().map(|i| (i.subject.as_str(), i.measure, i.value.unwrap_or_default())).collect();
    assert_eq!(read[1], ("一般公共预算收入", Measure::Growth, 9.0));
}

#[test]
fn a_word_of_aim_before_a_rate_inside_a_subject_is_no_part_of_what_the_rate_is_of() {
    let v = super::tests::plan("将一般公共预算收入预期增速确定为8.5%。");
    assert_eq!(
        (v[0].subject.as_str(), v[0].indicator.as_deref()),
        ("一般公共预算收入增速", Some("general_budget_revenue"))
    );
    // the word alone, with no rate after it, stays
    assert_eq!(super::tests::plan("重点项目计划投资120亿元。")[0].subject, "重点项目计划投资");
}

#[test]
fn a_whole_of_parts_opening_the_clause_before_spreads_the_numbers_over_its_parts() {
    assert_eq!(
        subjects("城乡居民人均可支配收入增长与经济增长同步，分别增长8%和8.5%。"),
        ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    );
    // a word of manner before the predicate is the predicate's
    assert_eq!(subjects("城乡居民收入稳步增长，分别达到32000元和15000元。"), ["城镇居民收入", "农村居民收入"]);
    // after numbers of the sentence, their subjects are the list
    assert_eq!(
        subjects("金融机构存贷款余额分别达到6252亿元、4520亿元，分别比年初增长12.2%、13.9%。")[2..],
        ["金融机构存款余额", "金融机构贷款余额"]
    );
}

#[test]
fn a_connective_or_a_pronoun_alone_is_no_subject_and_a_concession_ends_one() {
    let v = super::tests::review("进出口总额虽然低于年初确定的8%的目标，但仍增长6.8%。");
    assert_eq!((v[1].subject.as_str(), v[1].indicator.as_deref()), ("进出口总额", Some("import_export")));
    assert_eq!(v[0].subject, "进出口总额");
    let v = super::tests::review("基本建设投资缩减为111亿元，它比上年减少20%。");
    assert_eq!((v[1].subject.as_str(), v[1].measure, v[1].value), ("基本建设投资", Measure::Growth, Some(-20.0)));
}

#[test]
fn a_change_from_a_part_of_the_year_to_the_whole_year_is_of_the_thing_named_first() {
    let v = super::tests::review("全县地区生产总值由一季度下降6.8%转为全年增长2.3%。");
    assert_eq!(v[0].indicator, None);
    assert_eq!((v[1].subject.as_str(), v[1].indicator.as_deref()), ("全县地区生产总值", Some("gdp")));
}

#[test]
fn a_growth_net_of_prices_is_of_the_figure_before_whatever_the_prices_are_called() {
    let v = super::tests::review("农村居民人均纯收入达到1220元，扣除物价因素比上年增长5%。");
    assert_eq!(
        (v[1].subject.as_str(), v[1].indicator.as_deref()),
        ("农村居民人均纯收入", Some("rural_disposable_income"))
    );
    assert_eq!(indicators("居民消费价格总指数上涨21%。"), [Some("cpi".to_string())]);
}

#[test]
fn a_figure_written_with_a_minus_sign_and_no_word_of_change_is_a_decline() {
    let v = super::tests::review("社会消费品零售总额同比-3.2%，固定资产投资增速为-5.6%，进出口总额增长−4.1%。");
    let read: Vec<(Option<&str>, Measure, f64)> =
        v.iter().map(|i| (i.indicator.as_deref(), i.measure, i.value.unwrap_or_default())).collect();
    assert_eq!(
        read,
        [
            (Some("retail_sales"), Measure::Growth, -3.2),
            (Some("fixed_asset_investment"), Measure::Growth, -5.6),
            (Some("import_export"), Measure::Growth, -4.1)
        ]
    );
}

#[test]
fn last_year_said_as_a_time_in_a_plan_is_the_year_reviewed_and_the_base_of_a_figure_is_no_subject() {
    let read = |text: &str| -> Vec<(crate::model::Kind, i32, Option<String>)> {
        super::tests::plan(text).into_iter().map(|i| (i.kind, i.period_start, i.indicator)).collect()
    };
    use crate::model::Kind::{Actual, Target};
    let gdp = || Some("gdp".to_string());
    // a plan delivered in 2021 (its review year 2020)
    let v = read("今年地区生产总值在上年增长6.9%的基础上再增长7.5%。");
    assert_eq!(v, [(Actual, 2020, gdp()), (Target, 2021, gdp())]);
    let v = read("上年城镇登记失业率为3.2%，今年控制在4%以内。");
    assert_eq!((v[0].0, v[0].1, v[1].0), (Actual, 2020, Target));
    // 比上年, 与上年相比: a base, the figure is the plan year's
    assert_eq!(read("今年地区生产总值比上年增长7%。"), [(Target, 2021, gdp())]);
    assert_eq!(read("今年地区生产总值在去年的基础上增长7%。"), [(Target, 2021, gdp())]);
}

#[test]
fn an_aim_said_in_a_review_and_then_met_by_a_result_is_the_aim() {
    use crate::model::Kind::{Actual, Target};
    let read = |text: &str| -> Vec<(crate::model::Kind, i32, String)> {
        super::tests::review(text).into_iter().map(|i| (i.kind, i.period_start, i.subject)).collect()
    };
    let jobs = || "城镇新增就业".to_string();
    assert_eq!(read("年初计划城镇新增就业6000人，实际新增7500人。"), [(Target, 2020, jobs()), (Actual, 2020, jobs())]);
    let v = read("县人大会议确定全县生产总值增长8%，实际增长9.5%。");
    assert_eq!((v[0].0, v[1].0), (Target, Actual));
    // a result measured against the aim is a result
    let v = read("完成年度计划的105%，实际增长12%。");
    assert_eq!((v[0].0, v[1].0), (Actual, Actual));
}

#[test]
fn a_place_other_than_the_reports_region_named_first_names_no_indicator() {
    use super::subject::place_named_first;
    assert_eq!(place_named_first("成都市生产总值", "四川省"), Some("成都市".len()));
    assert!(place_named_first("津市市地区生产总值", "常德市").is_some());
    assert!(place_named_first("城关镇地区生产总值", "清河县").is_some());
    assert!(place_named_first("省会合肥市生产总值", "安徽省").is_some());
    // the region's own name, its wholes, and words that end as a division does
    assert_eq!(place_named_first("清河县地区生产总值", "清河县"), None);
    assert_eq!(place_named_first("天津市西青区地区生产总值", "西青区"), None);
    assert_eq!(place_named_first("全市地区生产总值", "深圳市"), None);
    assert_eq!(place_named_first("地区生产总值", "深圳市"), None);
    assert_eq!(place_named_first("促进城镇新增就业", "荆州市"), None);
    assert_eq!(place_named_first("自治区生产总值", "广西壮族自治区"), None);
    // the region by its short name (an autonomous prefecture's 州, a region's before 地区)
    assert_eq!(place_named_first("果洛州实现地区生产总值", "果洛藏族自治州"), None);
    assert_eq!(place_named_first("黔东南州全社会固定资产投资", "黔东南苗族侗族自治州"), None);
    assert_eq!(place_named_first("西藏地区生产总值", "西藏自治区"), None);
    assert_eq!(place_named_first("广西地区生产总值", "广西壮族自治区"), None);
    assert!(place_named_first("黔南州地区生产总值", "黔东南苗族侗族自治州").is_some());
    // a region named by its kind calls itself so (新区 in 浦东新区's report); elsewhere a part
    assert_eq!(place_named_first("新区地区生产总值", "浦东新区"), None);
    assert!(place_named_first("新区地区生产总值", "浦东区").is_some());
    assert!(place_named_first("阿里地区生产总值", "西藏自治区").is_some());
    // the region's short name, then a place in it; a county's name before it became autonomous
    assert!(place_named_first("黔东南州凯里市地区生产总值", "黔东南苗族侗族自治州").is_some());
    assert_eq!(place_named_first("长阳县地区生产总值", "长阳土家族自治县"), None);
    // a division whose name opens with the region's short name is another
    assert!(place_named_first("海南州地区生产总值", "海南省").is_some());
    assert_eq!(place_named_first("上海地区生产总值", "上海市"), None);
    assert_eq!(place_named_first("白云区地区生产总值", "广州市白云区"), None);
    // a region that is no division's name: its places are unknown, but for a county's
    assert_eq!(place_named_first("成都市生产总值", "t1"), None);
    assert!(place_named_first("象州县规上工业增加值", "t1").is_some());
    // read in a county's report: the town's figure has none, the county's own keeps gdp
    let header = "政府工作报告\n——2021年1月12日在清河县第五届人民代表大会第一次会议上\n一、2020年工作回顾\n";
    let v = super::tests::extract_text(format!("{header}城关镇地区生产总值增长9.5%，清河县地区生产总值增长7%。\n"));
    let read: Vec<Option<&str>> = v.iter().map(|i| i.indicator.as_deref()).collect();
    assert_eq!(read, [None, Some("gdp")]);
    // parts of an indicator's whole
    for part in
        ["重工业增加值增长12%。", "民间固定资产投资增长20%。", "农村居民消费价格上涨3.5%。", "全口径财政收入增长9%。"]
    {
        assert_eq!(indicators(part), [None], "{part}");
    }
    assert_eq!(indicators("农村居民人均可支配收入增长8%。"), [Some("rural_disposable_income".to_string())]);
    assert_eq!(indicators("山区5县生产总值增长7.6%。"), [None]);
}

#[test]
fn a_place_under_the_region_named_short_names_no_indicator() {
    use super::subject::part_named_short;
    assert_eq!(part_named_short("郑州生产总值", "河南省", 2023), Some("郑州".len()));
    assert_eq!(part_named_short("平顶山一般公共预算收入", "河南省", 2023), Some("平顶山".len()));
    assert_eq!(part_named_short("遂平生产总值", "驻马店市", 2023), Some("遂平".len()));
    // not under the region, the region itself, no place, a common word, the nation
    assert_eq!(part_named_short("成都生产总值", "河南省", 2023), None);
    assert_eq!(part_named_short("河南生产总值", "河南省", 2023), None);
    assert_eq!(part_named_short("地区生产总值", "河南省", 2023), None);
    assert_eq!(part_named_short("市区生产总值", "郑州市", 2023), None);
    assert_eq!(part_named_short("北京生产总值", "全国", 2023), None);
    let header = "政府工作报告\n——2024年1月20日在河南省第十四届人民代表大会第二次会议上\n一、2023年工作回顾\n";
    let v = super::tests::extract_text(format!("{header}郑州生产总值增长7.4%，全省生产总值增长4.1%。\n"));
    let read: Vec<Option<&str>> = v.iter().map(|i| i.indicator.as_deref()).collect();
    assert_eq!(read, [None, Some("gdp")]);
}

#[test]
fn places_listed_by_name_before_a_noun_are_each_a_place() {
    // a province's report names its cities short (洛阳, 庆阳) in a list before the noun
    let v = super::tests::review("洛阳、南阳经济总量分别达到5482亿元和4850亿元。");
    let read: Vec<(&str, Option<&str>)> = v.iter().map(|i| (i.subject.as_str(), i.indicator.as_deref())).collect();
    assert_eq!(read, [("洛阳经济总量", None), ("南阳经济总量", None)]);
    let v = super::tests::review("酒泉、庆阳生产总值增幅分别达到19.6%和16.2%。");
    let read: Vec<(&str, Measure, Option<&str>)> =
        v.iter().map(|i| (i.subject.as_str(), i.measure, i.indicator.as_deref())).collect();
    assert_eq!(read, [("酒泉生产总值增幅", Measure::Growth, None), ("庆阳生产总值增幅", Measure::Growth, None)]);
    // a name holding 和 is one item; a count of the places after the list is no noun
    assert_eq!(
        subjects("呼和浩特、包头两市一般公共预算收入分别增长8.5%和10.1%。"),
        ["呼和浩特一般公共预算收入", "包头一般公共预算收入"]
    );
    assert_eq!(
        subjects("南京市、无锡市地区生产总值分别增长9.3%和7.1%。"),
        ["南京市地区生产总值", "无锡市地区生产总值"]
    );
    assert_eq!(indicators("襄阳、宜昌两市生产总值均突破2500亿元。"), [None, None]);
    // lists that are no places keep their reading
    assert_eq!(
        indicators("城镇、农村居民人均可支配收入分别增长4.1%和7.1%。"),
        [Some("urban_disposable_income".to_string()), Some("rural_disposable_income".to_string())]
    );
    assert_eq!(super::subject::places_listed("粮食、油料总产"), None);
    assert_eq!(super::subject::places_listed("城区、郊区生产总值"), None);
    assert_eq!(super::subject::places_listed("工业、农业增加值"), None);
}

#[test]
fn a_place_whose_name_opens_with_a_connector_keeps_it() {
    // 和 and 即 open a subject as a connector or a cue, but also the names 和田市, 即墨区
    assert_eq!(subjects("和田市地区生产总值增长13.5%。"), ["和田市地区生产总值"]);
    let header = "政府工作报告\n——2015年2月10日在和田地区人大工委四届四次全体会议上\n一、2014年工作回顾\n";
    let v = super::tests::extract_text(format!("{header}和田市地区生产总值增长13.5%，全地区生产总值增长12.6%。\n"));
    let read: Vec<Option<&str>> = v.iter().map(|i| i.indicator.as_deref()).collect();
    assert_eq!(read, [None, Some("gdp")]);
    assert_eq!(subjects("即墨区一般公共预算收入增长6%。"), ["即墨区一般公共预算收入"]);
    assert_eq!(subjects("全县生产总值增长6%，和全市一般公共预算收入增长5%。")[1], "全市一般公共预算收入");
}

#[test]
fn wider_totals_nominal_growth_and_rates_of_decline_are_read_as_researchers_read_them() {
    // the figure named right after 其中 by an earlier alias of the indicator is its own
    let v = indicators("财政收入完成5.2亿元，增长25%，其中地方一般预算收入3.1亿元，增长28%。");
    assert_eq!(v.iter().filter(|i| i.is_some()).count(), 2);
    assert_eq!(v[0], None);
    // a part named by no alias leaves the total its indicator
    let v = indicators("全社会固定资产投资完成116.4亿元，增长34.4%，其中城镇以上固定资产投资70.8亿元。");
    assert_eq!(v[0].as_deref(), Some("fixed_asset_investment"));
    // another whole's figure in brackets after its name
    let header = "政府工作报告\n——2021年1月12日在清河县第五届人民代表大会第一次会议上\n一、2020年工作回顾\n";
    let v =
        super::tests::extract_text(format!("{header}地区生产总值增长6%，高于全国（2.3%）、全省（3.8%）平均水平。\n"));
    let read: Vec<Option<&str>> = v.iter().map(|i| i.indicator.as_deref()).collect();
    assert_eq!(read, [Some("gdp"), None, None]);
    // growth at current prices is no headline; the real one is
    assert_eq!(indicators("地区生产总值现价增长9.1%，可比价增长7.2%。"), [None, Some("gdp".to_string())]);
    // a rate of decline is a growth below zero; 增长率 of an indicator is its growth
    let v = super::tests::review("进出口总额降幅为3%，地区生产总值增长率为7.2%。");
    let read: Vec<(Option<&str>, Measure, f64)> =
        v.iter().map(|i| (i.indicator.as_deref(), i.measure, i.value.unwrap_or_default())).collect();
    assert_eq!(read, [(Some("import_export"), Measure::Growth, -3.0), (Some("gdp"), Measure::Growth, 7.2)]);
    // five years ahead said in a plan's sentence
    let v = super::tests::plan("今后五年，全县城镇新增就业12万人。今明两年，城镇新增就业10万人。");
    assert_eq!((v[0].period_start, v[0].period_end), (2021, 2025));
    assert_eq!((v[1].period_start, v[1].period_end), (2021, 2022));
}

#[test]
fn a_count_before_its_noun_and_a_predicate_of_becoming_counts_that_noun() {
    // not the subject of the clause before (养老就餐服务场所)
    assert_eq!(
        subjects("建成养老就餐服务场所435个，40所乡镇敬老院转型为区域养老服务中心。"),
        ["养老就餐服务场所", "乡镇敬老院"]
    );
    assert_eq!(subjects("4家企业获评国家知识产权示范企业，11部文艺作品荣获全国奖项。"), ["企业", "文艺作品"]);
    // 转型 alone stays inside a noun (数字化转型诊断服务)
    assert_eq!(subjects("完成1000家企业数字化转型诊断服务。"), ["企业数字化转型诊断服务"]);
}

#[test]
fn years_named_for_a_run_or_before_the_predicate_date_each_value() {
    let years = |review: &str| -> Vec<(i32, f64)> {
        super::tests::review(review).into_iter().map(|i| (i.period_end, i.value.unwrap_or_default())).collect()
    };
    // a span or a list of years in the sentence's opening clause, one value a year
    assert_eq!(years("2016—2018年，地区生产总值分别增长9%、8.5%和8%。"), [(2016, 9.0), (2017, 8.5), (2018, 8.0)]);
    assert_eq!(years("2017年和2018年，一般公共预算收入分别增长8.5%和8%。"), [(2017, 8.5), (2018, 8.0)]);
    // one value for each thing named, not each year: the years stay as they were read
    let things = years("2017年和2018年，城镇和农村居民人均可支配收入分别增长8.5%和8%。");
    assert_eq!(things[0].0, things[1].0, "{things:?}");
    // a year between the subject and its predicate
    assert_eq!(years("一般公共预算收入2017年为10亿元，2018年增长8%。"), [(2017, 10.0), (2018, 8.0)]);
    // the past a growth stands on, in a review (of 2020 here)
    assert_eq!(years("社会消费品零售总额在上年增长8.5%的基础上增长8%。"), [(2019, 8.5), (2020, 8.0)]);
}

#[test]
fn growth_named_after_the_percent_absent_aims_beside_others_and_currencies_of_a_total() {
    let read = |v: Vec<crate::model::Indicator>| -> Vec<(Option<String>, Measure, Option<f64>)> {
        v.into_iter().map(|i| (i.indicator, i.measure, i.value)).collect()
    };
    let gdp = |value: f64| (Some("gdp".to_string()), Measure::Growth, Some(value));
    assert_eq!(read(super::tests::plan("经济保持7%左右的增长。国民经济实现8%以上的增长速度。")), [gdp(7.0), gdp(8.0)]);
    // a target the report does not set, in a sentence that sets another
    let v = super::tests::plan("主要预期目标是：不设GDP增速目标，城镇新增就业70万人以上。");
    let bounds: Vec<(Option<&str>, crate::model::Bound)> =
        v.iter().map(|i| (i.indicator.as_deref(), i.bound)).collect();
    assert_eq!(bounds, [(Some("gdp"), crate::model::Bound::Absent), (Some("new_urban_jobs"), crate::model::Bound::Ge)]);
    // the currency a total is counted in is no part of its name
    assert_eq!(
        indicators("进出口总额以美元计增长8%，以人民币计增长10%。"),
        [Some("import_export".into()), Some("import_export".into())]
    );
    assert_eq!(indicators("新增城镇就业人员5.3万人。"), [Some("new_urban_jobs".into())]);
}

#[test]
fn an_opening_frame_of_years_dates_a_total_over_them() {
    // a review of 2020 (the report of 2021)
    let spans = |review: &str| -> Vec<(i32, i32)> {
        super::tests::review(review).into_iter().map(|i| (i.period_start, i.period_end)).collect()
    };
    assert_eq!(spans("过去两年，全县累计新增城镇就业7.8万人。"), [(2019, 2020)]);
    assert_eq!(spans("近三年，全县城镇新增就业6.8万人。"), [(2018, 2020)]);
    assert_eq!(spans("“十三五”以来，全县累计新增城镇就业9.8万人。"), [(2016, 2020)]);
    assert_eq!(spans("2017年以来，全县累计新增城镇就业5.8万人。"), [(2017, 2020)]);
    // one year's figure after no frame stays the year's
    assert_eq!(spans("全县城镇新增就业2.8万人。"), [(2020, 2020)]);
}

#[test]
fn a_span_said_in_the_sentence_or_its_opening_clause_dates_an_average() {
    // a review of 2020 (the report of 2021)
    let spans = |review: &str| -> Vec<(i32, i32)> {
        super::tests::review(review).into_iter().map(|i| (i.period_start, i.period_end)).collect()
    };
    assert_eq!(spans("过去两年，全县生产总值年均增长8%。"), [(2019, 2020)]);
    assert_eq!(spans("近三年，全县一般公共预算收入平均每年增长6%，城镇新增就业3万人。"), [(2018, 2020), (2018, 2020)]);
    assert_eq!(spans("“十三五”以来，全县生产总值年均增长7%。"), [(2016, 2020)]);
    // a span of years written with a dash, as with 至
    assert_eq!(spans("2016—2018年，全县生产总值年均增长7%。"), [(2016, 2018)]);
    assert_eq!(spans("2016-2018年，全县固定资产投资年均增长9%。"), [(2016, 2018)]);
    // a level reached after the frame is the last year's; an average from a level named
    // is over the years after it
    assert_eq!(spans("过去两年，全县生产总值年均增长8%，居民人均可支配收入达到3万元。"), [(2019, 2020), (2020, 2020)]);
    assert_eq!(
        spans("全县生产总值由2015年的100亿元增加到2020年的150亿元，年均增长8%。"),
        [(2015, 2015), (2020, 2020), (2016, 2020)]
    );
    // a span ahead, in a plan (of 2021)
    let plan = super::tests::plan("2021—2023年，全县生产总值年均增长7%。");
    assert_eq!((plan[0].kind, plan[0].period_start, plan[0].period_end), (crate::model::Kind::Target, 2021, 2023));
}

#[test]
fn a_year_opening_a_sentence_dates_its_clauses_after_a_semicolon() {
    let years = |review: &str| -> Vec<(i32, i32)> {
        super::tests::review(review).into_iter().map(|i| (i.period_start, i.period_end)).collect()
    };
    // a review of 2020: 2018 holds past the semicolon
    assert_eq!(years("2018年，市区生产总值增长7%；全县生产总值增长8%。"), [(2018, 2018), (2018, 2018)]);
    assert_eq!(
        years("三年来成绩显著。2018年，全县生产总值增长9%；一般公共预算收入增长6%。"),
        [(2018, 2018), (2018, 2018)]
    );
    // until a time said after it
    assert_eq!(
        years("2018年，全县生产总值增长9%；今年一般公共预算收入增长6%；2019年全县固定资产投资增长9%。"),
        [(2018, 2018), (2020, 2020), (2019, 2019)]
    );
    // a year inside the first clause is no opening of the sentence
    assert_eq!(years("全县生产总值2018年增长9%；一般公共预算收入增长6%。"), [(2018, 2018), (2020, 2020)]);
}

#[test]
fn the_whole_of_a_county_since_made_a_city_is_the_reports_own() {
    use super::subject::names_another_whole_of;
    assert!(!names_another_whole_of("全县生产总值", "宁乡市", "宁乡县"));
    assert!(names_another_whole_of("全省生产总值", "宁乡市", "宁乡县"));
    // a name as written that is no division's adds nothing
    assert!(names_another_whole_of("全县生产总值", "宁乡市", "宁乡"));
    // read in a report: 宁乡县 is now 宁乡市, its report of 2016 says 全县
    let header =
        "2016年宁乡县人民政府工作报告\n——2016年1月12日在宁乡县第十七届人民代表大会第五次会议上\n一、2015年工作回顾\n";
    let v = super::tests::extract_text(format!("{header}全县生产总值完成910亿元，增长10.5%；全省生产总值增长8.6%。\n"));
    let read: Vec<Option<&str>> = v.iter().map(|i| i.indicator.as_deref()).collect();
    assert_eq!(read, [Some("gdp"), Some("gdp"), None]);
}

#[test]
fn income_typed_with_ren_for_ru_borrows_no_head_in_a_list() {
    // the subject as written (no indicator, as the gold set reads a typo), not 收人收入
    let v = super::tests::review("城镇居民人均可支配收人、农村居民人均可支配收入分别增长5.1%和7.2%。");
    let read: Vec<&str> = v.iter().map(|i| i.subject.as_str()).collect();
    assert_eq!(read, ["城镇居民人均可支配收人", "农村居民人均可支配收入"]);
    assert_eq!(super::subject::with_income_mended("农民人均纯收人、招收人数"), "农民人均纯收入、招收人数");
}

#[test]
fn an_indicators_name_after_the_regions_whole_borrows_no_head_in_a_list() {
    let v = super::tests::review("全县生产总值、一般公共预算收入分别增长8.1%和9.3%。");
    let read: Vec<(&str, Option<&str>)> = v.iter().map(|i| (i.subject.as_str(), i.indicator.as_deref())).collect();
    assert_eq!(read, [("全县生产总值", Some("gdp")), ("一般公共预算收入", Some("general_budget_revenue"))]);
}

#[test]
fn a_year_to_reach_by_opens_no_subject() {
    assert_eq!(subjects("到2020年人均生产总值超过6000美元。"), ["人均生产总值"]);
    assert_eq!(indicators("到2020年人均生产总值超过6000美元。"), [Some("gdp_per_capita".to_string())]);
}

#[test]
fn the_count_of_a_list_said_after_it_is_no_part_of_its_last_item() {
    let got = indicators(
        "居民人均可支配收入、城镇居民人均可支配收入、农村居民人均可支配收入三项增速分别为5.7%、4.5%和7.6%。",
    );
    let ids = ["disposable_income", "urban_disposable_income", "rural_disposable_income"];
    assert_eq!(got, ids.map(|i| Some(i.to_string())));
    // a measure said alone after it is of each item in turn
    let got = indicators(
        "居民人均可支配收入、城镇居民人均可支配收入、农村居民人均可支配收入增速分别为5.7%、4.5%和7.6%，总量分别为33893元、42291元和21460元。",
    );
    assert_eq!(got[3..], ids.map(|i| Some(i.to_string())));
}

#[test]
fn who_set_a_figure_and_when_is_no_part_of_its_subject() {
    assert_eq!(indicators("完成了年初县人代会提出的地区生产总值增长8.5%的目标。"), [Some("gdp".to_string())]);
    assert_eq!(subjects("国家下达的节能减排指标全面完成，市下达的单位生产总值能耗下降3.5%。"), ["单位生产总值能耗"]);
    // a noun of two chars keeps the words before it
    assert_eq!(subjects("解决企业提出的问题775个。"), ["解决企业提出的问题"]);
}

#[test]
fn words_of_doing_before_diqu_name_no_place_and_income_shorthand_is_the_headline() {
    assert_eq!(indicators("全年共实现地区生产总值362.7亿元，同比增长9.1%。"), vec![Some("gdp".to_string()); 2]);
    assert_eq!(
        indicators("城乡居民收入分别增长11%和13%。"),
        [Some("urban_disposable_income".to_string()), Some("rural_disposable_income".to_string())]
    );
    // the places lifted out of poverty are a part
    assert_eq!(indicators("脱贫地区农村居民收入增长8.4%。"), [None]);
    // residents' income unqualified is the per-capita disposable income of all (全国 2017:
    // 居民收入增长7.3%, the statistic's real growth); 城乡's says neither each nor the whole;
    // a city's is its own
    assert_eq!(indicators("居民收入增长7.3%。"), [Some("disposable_income".to_string())]);
    assert_eq!(indicators("城乡居民收入增长9%以上。"), [None]);
    assert_eq!(indicators("城市居民收入增长8%。"), [Some("urban_disposable_income".to_string())]);
    assert_eq!(indicators("城镇常住居民收入增长8%。"), [Some("urban_disposable_income".to_string())]);
    assert_eq!(indicators("低收入居民收入增长10%。"), [None]);
    assert_eq!(indicators("山区居民收入增长14%。"), [None]);
    assert_eq!(indicators("全市居民收入增长7%。"), [Some("disposable_income".to_string())]);
    // the output of firms above a size is no GDP (a town's report)
    assert_eq!(indicators("完成规模以上企业生产总值11.14亿元，同比增长33.7%。"), [None, None]);
    assert_eq!(indicators("规上生产总值增长9.3%。"), [None]);
    assert_eq!(indicators("规模以上企业实现生产总值增长9%。"), [None]);
}

#[test]
fn a_currency_after_an_amount_is_no_subject_and_counted_counties_are_a_part() {
    assert_eq!(
        subjects("全区生产总值由2015年的1350亿元人民币增加到2020年的3060亿元人民币，年均增长14.5%。"),
        ["全区生产总值"; 3]
    );
    assert_eq!(indicators("8个市县固定资产投资增速超过50%。")[1], None);
}

#[test]
fn the_output_of_a_regions_own_scope_is_its_output() {
    // a 区's report: 区属地区生产总值 is the district's GDP; 区属工业 its own firms'
    let text = "2019年某某区政府工作报告\n——2019年1月10日在涪城区第十八届人民代表大会第三次会议上\n一、2018年工作回顾\n区属地区生产总值增长9.3%，区属工业增加值增长9%。\n";
    let settings = crate::config::builtin_settings(crate::config::Overrides::default()).unwrap();
    let report = crate::prepare(crate::model::Document::txt(text.to_string()), &settings).unwrap();
    let ids: Vec<_> = super::Extractor::new(&settings).extract(&report).into_iter().map(|i| i.indicator).collect();
    assert_eq!(ids, [Some("gdp".to_string()), None]);
    // an autonomous region is a province: its 区属 firms are a part
    let text = "2019年广西壮族自治区政府工作报告\n——2019年1月10日在广西壮族自治区第十三届人民代表大会第二次会议上\n一、2018年工作回顾\n区属企业生产总值增长5%，区属地区生产总值增长6%。\n";
    let report = crate::prepare(crate::model::Document::txt(text.to_string()), &settings).unwrap();
    let ids: Vec<_> = super::Extractor::new(&settings).extract(&report).into_iter().map(|i| i.indicator).collect();
    assert_eq!(ids, [None, None]);
}

#[test]
fn the_size_a_statistic_counts_from_is_part_of_its_name() {
    assert_eq!(subjects("500万元以上固定资产投资完成39.73亿元，同比增长15.3%。"), ["500万元以上固定资产投资"; 2]);
    assert_eq!(indicators("500万元以上固定资产投资增长15%。"), [Some("fixed_asset_investment".to_string())]);
    // investment a region attracted, and revenue counted wide, are other figures
    assert_eq!(indicators("招商引资到位固定资产投资15亿元，大口径财政收入增长9%。"), [None, None]);
}

#[test]
fn local_revenue_named_as_the_part_of_a_revenue_total_is_the_budget_revenue() {
    let revenue = Some("general_budget_revenue".to_string());
    assert_eq!(
        indicators("财政总收入3.12亿元，增长37%，其中地方收入1.73亿元，增长31.8%。"),
        [None, None, revenue.clone(), revenue]
    );
    // alone, 地方收入 names no indicator
    assert_eq!(indicators("全县地方收入增长5%。"), [None]);
}

#[test]
fn trade_said_as_an_amount_of_trade_is_the_headline_and_an_industrys_a_part() {
    let trade = || Some("import_export".to_string());
    assert_eq!(indicators("全市外贸进出口额增长38.4%。"), [trade()]);
    assert_eq!(indicators("进出口额突破1000亿元。"), [trade()]);
    assert_eq!(indicators("稀土产业进出口额增长20%，综合保税区进出口额增长30%。"), [None, None]);
}

#[test]
fn a_note_in_brackets_with_a_comma_stays_inside_the_subjects_clause() {
    let v = super::tests::review("全年实现地区生产总值（预计，下同）7100亿元、增长6%。");
    let read: Vec<(&str, Option<&str>, bool)> =
        v.iter().map(|i| (i.subject.as_str(), i.indicator.as_deref(), i.estimated)).collect();
    assert_eq!(read, [("地区生产总值", Some("gdp"), true), ("地区生产总值", Some("gdp"), true)]);
    let v = super::tests::review("机床（不包括简易机床，下同）增加了1万台，粮食增加了600亿斤。");
    assert_eq!(v[0].subject, "机床");
    // a comma before the bracket still ends the clause
    let v = super::tests::review("经济平稳发展，地区生产总值增长6%（预计）。");
    assert_eq!(v[0].subject, "地区生产总值");
    // a note before the noun, or before the subject, is no part of the number's clause
    let v = super::tests::review("我市（含新区，下同）一般公共预算收入增长5%。");
    assert_eq!(v[0].indicator.as_deref(), Some("general_budget_revenue"));
    let v = super::tests::review("在疫情影响下（一季度负增长，全年回升）全市地区生产总值增长6%。");
    assert_eq!(v[0].indicator.as_deref(), Some("gdp"));
}

#[test]
fn a_rate_said_alone_right_after_an_amount_is_the_amounts_rate() {
    let v = super::tests::review("全市生产总值2085亿元，增速16%；社会消费品零售总额800亿元，增长率12%。");
    let read: Vec<(&str, Option<&str>, Measure)> =
        v.iter().map(|i| (i.subject.as_str(), i.indicator.as_deref(), i.measure)).collect();
    assert_eq!(
        read,
        [
            ("全市生产总值", Some("gdp"), Measure::Level),
            ("全市生产总值增速", Some("gdp"), Measure::Growth),
            ("社会消费品零售总额", Some("retail_sales"), Measure::Level),
            ("社会消费品零售总额增长率", Some("retail_sales"), Measure::Growth),
        ]
    );
    // not after a rate, nor far from the amount
    let v = super::tests::review("全市生产总值2085亿元，占全省比重提高到26%；增速16%。");
    assert_eq!((v[2].subject.as_str(), v[2].indicator.as_deref()), ("增速", None));
    let v = super::tests::review("确定30家重点企业，加大培育和扶持力度，力争实现增幅35%以上。");
    assert_eq!(v[1].subject, "增幅");
    // rates of each of a list of amounts are no rate of the last
    let v = super::tests::review("城镇居民人均可支配收入17000元、农民人均纯收入7200元，增速分别为12%、15%。");
    assert_eq!((v[2].indicator.as_deref(), v[3].indicator.as_deref()), (None, None));
    // an average rate after a change of level; 增长速度 after the indicator's name
    let v = super::tests::review("全市国内生产总值由200亿元增加到400亿元，年均增速10%。");
    assert_eq!((v[2].indicator.as_deref(), v[2].measure), (Some("gdp"), Measure::Growth));
    let v = super::tests::review("全市国内生产总值达到400亿元，增长速度11.5%。");
    assert_eq!(v[1].indicator.as_deref(), Some("gdp"));
}

#[test]
fn each_of_a_list_had_a_growth_said_after_its_figure() {
    let v = super::tests::review("城镇居民人均可支配收入和农民人均纯收入均有超过10%的增长。");
    let read: Vec<(Option<&str>, Measure, f64)> =
        v.iter().map(|i| (i.indicator.as_deref(), i.measure, i.value.unwrap_or_default())).collect();
    assert_eq!(
        read,
        [
            (Some("urban_disposable_income"), Measure::Growth, 10.0),
            (Some("rural_disposable_income"), Measure::Growth, 10.0)
        ]
    );
}

#[test]
fn a_list_opened_by_another_places_name_is_that_places() {
    let read = |region: &str, text: &str| -> Vec<Option<String>> {
        let header =
            format!("政府工作报告\n——2022年1月12日在{region}第五届人民代表大会第一次会议上\n一、2021年工作回顾\n");
        super::tests::extract_text(format!("{header}{text}\n")).into_iter().map(|i| i.indicator).collect()
    };
    let some = |id: &str| Some(id.to_string());
    assert_eq!(read("新乡市", "卫辉市提出的目标是：地区生产总值增长15%，社会消费品零售总额增长13.2%。"), [None, None]);
    // the region's own list, aims given to it, who reported, and a whole's frame: the region's
    assert_eq!(
        read("新乡市", "今年的主要预期目标是：地区生产总值增长7%，固定资产投资增长9%。"),
        [some("gdp"), some("fixed_asset_investment")]
    );
    assert_eq!(read("长垣县", "新乡市下达我县的目标是：地区生产总值增长8%。"), [some("gdp")]);
    assert_eq!(read("新乡市", "省里下达的目标是：地区生产总值增长8%。"), [some("gdp")]);
    assert_eq!(read("新乡市", "对标省里提出的目标：地区生产总值增长8%。"), [some("gdp")]);
    assert_eq!(read("四川省", "国家统计局反馈：地区生产总值增长7.5%。"), [some("gdp")]);
    // another whole's figures with its scope trimmed before the verb (全省实现…), and its growth
    assert_eq!(
        read("新乡市", "全省实现生产总值58887亿元，增长6.3%；全市实现地区生产总值3233亿元，增长6%。"),
        [None, None, some("gdp"), some("gdp")]
    );
    // figures after another's in a sentence stay the region's
    assert_eq!(
        read("新乡市", "全省生产总值增长6.3%，全市实现地区生产总值3233亿元，增长6%，固定资产投资增长9%。"),
        [None, some("gdp"), some("gdp"), some("fixed_asset_investment")]
    );
}

#[test]
fn a_pastoral_banners_residents_and_a_years_net_income_are_rural_incomes() {
    let v = super::tests::review("牧区常住居民人均可支配收入增长8.5%，农村居民年人均纯收入增长10%。");
    let read: Vec<Option<&str>> = v.iter().map(|i| i.indicator.as_deref()).collect();
    assert_eq!(read, [Some("rural_disposable_income"), Some("rural_disposable_income")]);
    // the farmers' income of an older county report, said short
    let v = super::tests::review("农民纯收入达到3107元，增长15.2%。");
    assert!(v.iter().all(|i| i.indicator.as_deref() == Some("rural_disposable_income")), "{v:?}");
    // farmers' income said whole is no per-capita income (a total, a group's)
    assert_eq!(indicators("全县农民收入总额达到25亿元，脱贫农民收入增长15%。"), [None, None]);
}

/// The indicators read from a review part of `region`'s report delivered in 2013.
fn indicators_of(region: &str, text: &str) -> Vec<Option<String>> {
    let header = format!("政府工作报告\n——2013年1月12日在{region}第四届人民代表大会第一次会议上\n一、2012年工作回顾\n");
    super::tests::extract_text(format!("{header}{text}\n")).into_iter().map(|i| i.indicator).collect()
}

#[test]
fn the_economy_of_the_region_named_by_itself_is_its_gdp() {
    let gdp = || Some("gdp".to_string());
    assert_eq!(
        indicators_of("重庆市", "重庆经济增长13.6%，重庆市经济增长13%，我市经济增长12%，该市经济增长11%。"),
        [gdp(), gdp(), gdp(), gdp()]
    );
    // another place's economy, or a kind of economy, is no GDP of the region; nor is a
    // word of another kind of division than the region (我省 or 该区 in a city's report)
    assert_eq!(indicators_of("天津市", "北京经济增长9%，民营经济增长8%，县域经济增长7%。"), [None, None, None]);
    assert_eq!(indicators_of("成都市", "我省经济增长12.6%，该区经济增长15%。"), [None, None]);
    assert_eq!(indicators_of("大庆市", "地方经济增长6%，全市经济增长5%。"), [None, gdp()]);
}

#[test]
fn as_high_as_reaches_and_a_bullet_opens_no_subject() {
    assert_eq!(subjects("城镇化率比上年提高达2.1个百分点。"), ["城镇化率"]);
    let v = super::tests::review("固定资产投资完成475.2亿元，增幅高达71.8%。单日最高达78.4万人次。");
    let read: Vec<(&str, Measure)> = v.iter().map(|i| (i.subject.as_str(), i.measure)).collect();
    assert_eq!(
        read,
        [("固定资产投资", Measure::Level), ("固定资产投资增幅", Measure::Growth), ("单日最高", Measure::Level)]
    );
    assert_eq!(v[1].indicator.as_deref(), Some("fixed_asset_investment"));
    assert_eq!(subjects("●经济增长6%左右，◆地区生产总值增长6%。"), ["经济增长", "地区生产总值"]);
}

#[test]
fn gdp_in_latin_letters_before_its_figure_and_the_year_before_said_in_full() {
    let v = super::tests::review("全县实现GDP243亿元，增长7%左右。比上一年增长12.5%的全市生产总值。");
    assert_eq!(v.iter().map(|i| i.value).collect::<Vec<_>>(), [Some(243.0), Some(7.0), Some(12.5)]);
    assert_eq!(v[0].indicator.as_deref(), Some("gdp"));
    assert_eq!(
        subjects("全市生产总值（下同）比上一年增长12.5%，工业增加值较上一年增长9%。"),
        ["全市生产总值", "工业增加值"]
    );
    // other letters glued to digits stay a code (G20, PM2.5)
    assert!(super::tests::review("G20峰会在杭州举行，PM2.5浓度下降。").is_empty());
}

#[test]
fn traders_above_a_quota_are_a_part_of_retail_but_name_industry_by_its_size() {
    assert_eq!(
        indicators("限上社零额增长15%，社会消费品零售总额增长8%，限上工业增加值增长9%。"),
        [None, Some("retail_sales".to_string()), Some("industrial_value_added".to_string())]
    );
}

#[test]
fn investment_of_projects_a_size_up_is_the_regions_investment() {
    let fai = || Some("fixed_asset_investment".to_string());
    assert_eq!(indicators("500万元以上项目固定资产投资完成120亿元，增长25%。"), [fai(), fai()]);
    // a part's projects stay a part
    assert_eq!(indicators("工业500万元以上项目固定资产投资增长25%。"), [None]);
}

#[test]
fn bare_rates_after_amounts_distributed_over_a_list_are_each_items() {
    assert_eq!(
        indicators("城镇、农村居民人均可支配收入分别达到38000元、18000元，增速8.2%、9.3%。"),
        [
            Some("urban_disposable_income".to_string()),
            Some("rural_disposable_income".to_string()),
            Some("urban_disposable_income".to_string()),
            Some("rural_disposable_income".to_string())
        ]
    );
    // one rate after the list is of no item said
    assert_eq!(indicators("城镇、农村居民人均可支配收入分别达到38000元、18000元，增速8.2%。")[2], None);
}

#[test]
fn an_expectation_before_the_noun_is_no_part_of_it() {
    let v = super::tests::plan("预期地区生产总值增长12%以上。预期性指标8个。");
    let read: Vec<(&str, Option<&str>)> = v.iter().map(|i| (i.subject.as_str(), i.indicator.as_deref())).collect();
    assert_eq!(read, [("地区生产总值", Some("gdp")), ("预期性指标", None)]);
}
