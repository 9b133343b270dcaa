"""Writes the unseen-forms set of docs/unseen.md outside the project.

$UNSEEN_DIR/set (and, with HARD=1, set-hard, whose bodies name no year in their
headings and no region in 我代表…人民政府) and truth.csv / truth-hard.csv: the region,
parent, level and plan year each file should get. The header, title, file-name and
layout forms are those of public copies of county, city and province reports
(docs/unseen.md lists them); every body sentence and every number is written here
(random), and the speakers' names are placeholders. Never copy the output into the
repository.
"""
import os, zipfile, random, shutil
R = random.Random(18)
BASE = os.environ.get("UNSEEN_DIR", "/tmp/unseen")
HARD = os.environ.get("HARD") == "1"
OUT = os.path.join(BASE, "set-hard" if HARD else "set")
shutil.rmtree(OUT, ignore_errors=True)
S2T = {v: k for k, v in zip("報會議屆縣區國長內發經濟總產業質們財稅現審並請員開來億萬與場為體這實際農設劃", "报会议届县区国长内发经济总产业质们财税现审并请员开来亿万与场为体这实际农设划")}
def trad(s): return "".join(S2T.get(c, c) for c in s)

def body(unit, gov, review, plan, five=False, newplan=False, cn_head=False, year_word=True):
    if HARD:
        year_word, gov = False, unit
    g = lambda a, b: round(R.uniform(a, b), 1)
    gdp = R.randint(40, 4000)
    ry = str(review) if not cn_head else cn_year(review)
    py = str(plan) if not cn_head else cn_year(plan)
    L = ["各位代表：",
         f"现在，我代表{gov}人民政府，向大会报告工作，请予审议，并请政协委员和其他列席人员提出意见。"]
    if five:
        L += [f"一、过去五年工作回顾",
              f"过去五年，全{unit}经济总量稳步扩大，地区生产总值年均增长{g(6,11)}%，一般公共预算收入累计完成{R.randint(20,900)}亿元，城镇居民人均可支配收入年均增长{g(7,10)}%。",
              f"五年来新建改建农村公路{R.randint(200,3000)}公里，新增城镇就业{R.randint(1,30)}万人。",
              f"{ry}年，地区生产总值完成{gdp}亿元，增长{g(5,10)}%；一般公共预算收入{g(3,90)}亿元，增长{g(2,12)}%；城镇居民人均可支配收入{R.randint(9000,52000)}元，增长{g(6,9)}%。"]
        L += [R.choice(["二、今后五年的目标任务", "二、今后五年的奋斗目标", "二、未来五年的发展蓝图"]),
              f"今后五年政府工作的主要目标是：地区生产总值年均增长{g(6,8)}%左右，到{plan+4}年达到{gdp*2}亿元；城镇居民人均可支配收入年均增长{g(7,8)}%。"]
        L += [f"三、{py}年工作安排"]
    else:
        L += [f"一、{ry}年工作回顾" if year_word else "一、过去一年的工作",
              f"过去的一年，全{unit}上下团结一心，较好完成了全年目标任务。全年完成地区生产总值{gdp}亿元，增长{g(5,12)}%；一般公共预算收入{g(3,90)}亿元，增长{g(2,15)}%；城镇居民人均可支配收入{R.randint(9000,52000)}元，增长{g(6,10)}%。",
              f"新增城镇就业{R.randint(2000,90000)}人，城镇登记失业率控制在{g(2.5,4.2)}%以内。",
              f"二、{py}年工作安排" if year_word else "二、今年的主要任务"]
    if newplan:
        L += [f"{py}年是实施“{fyp(plan)}”规划的开局之年。",]
    L += [f"{py}年经济社会发展的主要预期目标是：地区生产总值增长{g(5,9)}%左右，一般公共预算收入增长{g(3,8)}%，城镇居民人均可支配收入增长{g(6,9)}%，城镇登记失业率控制在{g(3.5,4.5)}%以内。",
          f"全年计划完成固定资产投资{R.randint(30,3000)}亿元，新建保障性住房{R.randint(300,20000)}套。",
          "三、加强政府自身建设" if not five else "四、加强政府自身建设",
          "各位代表，我们要坚持依法行政，建设人民满意的政府，为完成全年目标任务而努力奋斗！"]
    return "\n".join(L) + "\n"

CN = "〇一二三四五六七八九"
def cn_year(y, zero="〇"): return "".join(CN[int(d)] if d != "0" else zero for d in str(y))
def cn_small(n):
    t, u = divmod(n, 10)
    return ("" if t == 0 else ("十" if t == 1 else CN[t] + "十")) + ("" if u == 0 else CN[u])
def fyp(y):
    n = (y - 2001) // 5 + 10
    return "十" + "一二三四五六七八九"[n - 11] + "五" if n > 10 else "十五"

manifest = []
def write(rel, text, form, truth, enc="utf-8"):
    p = os.path.join(OUT, rel); os.makedirs(os.path.dirname(p), exist_ok=True)
    if rel.endswith(".docx"):
        paras = "".join(f"<w:p><w:r><w:t>{l}</w:t></w:r></w:p>" for l in text.split("\n"))
        with zipfile.ZipFile(p, "w") as z:
            z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
            z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{paras}</w:body></w:document>')
    else:
        open(p, "wb").write(text.encode(enc))
    manifest.append((rel, form) + truth)

S = lambda n: n  # session words
def session(i): return "第" + "一二三四五六"[i-1] + "次会议上"

# truth = (region, parent, level, plan_year)
# A: full header, Arabic date, speaker line  (baseline; 浮山县/怀来县/湖北省 forms)
for y, (m, d) in [(2010, (1, 8)), (2014, (1, 12)), (2018, (1, 9))]:
    h = f"政府工作报告\n——{y}年{m}月{d}日在怀来县第十五届人民代表大会第{'三五一'[[2010,2014,2018].index(y)]}次会议上\n怀来县人民政府县长  张 三\n"
    write(f"怀来县/{y}.txt", h + body("县", "县", y-1, y, five=(y==2018)), "A full header", ("怀来县", "张家口市", "county", y))
# B: no dash, speaker name alone and spaced (浮山县 2019 form)
for y, md in [(2013, "2月26日"), (2016, "3月2日"), (2019, "3月2日")]:
    h = f"政府工作报告\n{y}年{md}在浮山县第十六届人民代表大会第{'一三四'[[2013,2016,2019].index(y)]}次会议上\n李 四 五\n"
    write(f"浮山县/{y}.txt", h + body("县", "县", y-1, y, newplan=(y==2016)), "B no dash, bare spaced name", ("浮山县", "临汾市", "county", y))
# C: traditional, redacted region, date without day, delivered December (新文秘网 form)
for y in [2007, 2011]:
    h = f"政府工作報告\n——{y}年12月 日在**縣第十五屆人民代表大會第{'一五'[[2007,2011].index(y)]}次會議上\n縣人民政府縣長***\n（徵求意見稿）\n"
    write(f"桃源县/{y+1}.txt", trad(h + body("县", "县", y, y+1, five=(y==2007), newplan=(y==2010))), "C traditional, redacted, Dec, no day", ("桃源县", "常德市", "county", y+1))
# D: title names the region only; year from the path (綦江县 form)
for y in [2003, 2008]:
    h = f"綦江县人民政府政府工作报告\n"
    write(f"綦江县/{y}.txt", h + body("县", "县", y-1, y, five=(y==2003)), "D region-only title", ("綦江区", "重庆市", "county", y))
# E: region before the year in the title (天津市南开区2010年政府工作报告), simplified and traditional
for y, t in [(2010, True), (2013, False), (2016, False)]:
    h = f"天津市南开区{y}年政府工作报告\n"
    txt = h + body("区", "南开区", y-1, y)
    write(f"南开/{y}.txt", trad(txt) if t else txt, "E region+year title" + (" (traditional)" if t else ""), ("南开区", "天津市", "county", y))
# F: Chinese-numeral dates (province, 1990s)
for y, (m, d) in [(1995, (2, 17)), (1998, (1, 12)), (2001, (2, 8))]:
    h = f"陕西省人民政府工作报告\n——{cn_year(y)}年{cn_small(m)}月{cn_small(d)}日在陕西省第{'八九'[y>1997]}届人民代表大会第{'三一四'[[1995,1998,2001].index(y)]}次会议上\n陕西省省长 钱七\n"
    write(f"陕西/{y}.txt", h + body("省", "省", y-1, y, five=(y==1998), newplan=(y==2001)), "F Chinese-numeral date, province", ("陕西省", "", "province", y))
# K: 二○○八 with ○ and congress on the next line
for y in [2004, 2008]:
    h = f"政府工作报告\n——{cn_year(y,'○')}年一月十五日在湖北省第十届\n人民代表大会第{'二五'[y==2008]}次会议上\n湖北省省长  赵六\n"
    write(f"湖北/{y}.txt", h + body("省", "省", y-1, y), "K ○ zero, line break", ("湖北省", "", "province", y))
# G: scraper header with region in the title, numeric file names
for i, y in enumerate([2015, 2017, 2020]):
    h = f"标题：{y}年格尔木市政府工作报告\n来源：格尔木市人民政府办公室\n发布时间：{y}-0{2+i}-1{i} 10:2{i}\n年份：{y}\n==============================\n"
    write(f"scraped/{4481+i*37}.txt", h + body("市", "市", y-1, y), "G scraper header, id file name", ("格尔木市", "海西蒙古族藏族自治州", "county", y))
# H: <year>/<region>.docx, county names, no header
for y in [2022, 2023]:
    for reg, par in [("迁西县", "唐山市"), ("海兴县", "沧州市"), ("怀宁县", "安庆市")]:
        write(f"docx/{y}/{reg}.docx", body("县", "县", y-1, y, newplan=False), "H <year>/<region>.docx", (reg, par, "county", y))
# I: a title line only (year and region), flat folder, odd file name
for y in [2009, 2012]:
    h = f"{y}年临汾市政府工作报告\n"
    write(f"flat/linfen_{y}_report.txt", h + body("市", "市", y-1, y, newplan=(y==2011)), "I title line only", ("临汾市", "山西省", "city", y))
# J: congress line then the date in brackets after it (衡水市)
for y in [2018, 2019]:
    h = f"政府工作报告\n——在衡水市第六届人民代表大会第{'三四'[y==2019]}次会议上\n（{y}年1月{20+y-2018}日）\n衡水市市长  孙八\n"
    write(f"衡水/{y}.txt", h + body("市", "市", y-1, y), "J date in brackets after the congress", ("衡水市", "河北省", "city", y))
# L: <year>年<region>政府工作报告.txt, header that names no region (在县第…)
for y in [2019, 2021]:
    h = f"政府工作报告\n——{y}年1月{10+y-2019}日在县第十七届人民代表大会第{'四六'[y==2021]}次会议上\n"
    write(f"reports/{y}年道真县政府工作报告.txt", h + body("县", "县", y-1, y, five=(y==2021), newplan=(y==2021)), "L region in file name only (short name)", ("道真仡佬族苗族自治县", "遵义市", "county", y))
# N: html
for y in [2015, 2016]:
    b = body("市", "义乌市", y-1, y, newplan=(y==2016))
    html = f"<html><head><meta charset='utf-8'><title>{y}年义乌市政府工作报告</title></head><body><div class='nav'>首页 &gt; 政务公开</div>" + "".join(f"<p>{l}</p>" for l in b.split("\n")) + "</body></html>"
    write(f"html/yiwu-{y}.html", html, "N html title", ("义乌市", "金华市", "county", y))
# O: 自治区 alone in the congress line; region from the path
for y in [2006, 2012]:
    h = f"政府工作报告\n——{y}年1月{14+y-2006}日在自治区第{'九十'[y>2008]}届人民代表大会第{'四五'[y>2008]}次会议上\n自治区主席  周九\n"
    write(f"宁夏/{y}.txt", h + body("区", "自治区", y-1, y, newplan=(y==2006)), "O 自治区 alone", ("宁夏回族自治区", "", "province", y))
# P: 州长 / 旗长 speaker, autonomous prefecture and banner
for y in [2011, 2014]:
    h = f"政府工作报告\n——{y}年1月{6+y-2011}日在延边朝鲜族自治州第十四届人民代表大会第{'一四'[y>2012]}次会议上\n延边朝鲜族自治州州长  吴十\n"
    write(f"延边/{y}.txt", h + body("州", "州", y-1, y, newplan=(y==2011)), "P 州长", ("延边朝鲜族自治州", "吉林省", "city", y))
for y in [2017, 2020]:
    h = f"鄂托克旗{y}年政府工作报告\n——在鄂托克旗第十七届人民代表大会第{'一四'[y>2018]}次会议上\n鄂托克旗人民政府旗长  郑 一\n"
    write(f"鄂托克旗/{y}.txt", h + body("旗", "旗", y-1, y), "P 旗长, region+year title, undated congress", ("鄂托克旗", "鄂尔多斯市", "county", y))
# R: December delivery, county-level city; 1990s Chinese-numeral headings
for y in [1996, 1999]:
    h = f"政府工作报告\n——{y}年12月2{y-1996}日在义乌市第{'十'}届人民代表大会第{'一四'[y>1997]}次会议上\n义乌市市长 冯 二\n"
    write(f"义乌/{y}.txt", h + body("市", "市", y, y+1, cn_head=True), "R December delivery, Chinese-numeral headings", ("义乌市", "金华市", "county", y+1))
# S: GBK-encoded county report, 1980s form: 一九八八年 date with congress before date? (plain)
h = "政府工作报告\n一九八八年三月二十日在盘县特区第十届人民代表大会第一次会议上\n"
write("盘县/1988.txt", h + body("县", "特区", 1987, 1988, cn_head=True), "S GBK, 1980s, 特区", ("盘州市", "六盘水市", "county", 1988), enc="gbk")
h = "政府工作报告\n一九九二年四月五日在盘龙区第十届人民代表大会第二次会议上\n区长 陈 三\n"
write("盘龙区/1992.txt", h + body("区", "区", 1991, 1992, cn_head=True), "S GBK 1990s district", ("盘龙区", "昆明市", "county", 1992), enc="gbk")

# T: a header wholly in traditional characters, the region named only there
for y in [2015, 2018]:
    h = f"政府工作報告\n——{y-1}年12月2{y-2010}日在桃源縣第十五屆人民代表大會第{'五'}次會議上\n桃源縣人民政府縣長  王五\n"
    write(f"trad/ty-{y}.txt", trad(h + body("县", "县", y-1, y)), "T traditional header, region only there", ("桃源县", "常德市", "county", y))
# U: a scraper's publication date is the only year
for i, y in enumerate([2019, 2020]):
    h = f"标题：政府工作报告\n发布时间：{y}-01-1{5+i} 10:20\n来源：怀来县人民政府\n"
    write(f"怀来县/content_{88123+i}.txt", h + body("县", "县", y-1, y), "U 发布时间 only", ("怀来县", "张家口市", "county", y))
with open(os.path.join(BASE, "truth-hard.csv" if HARD else "truth.csv"), "w") as f:
    import csv
    w = csv.writer(f); w.writerow(["report_id","form","region","parent","level","year"])
    for rel, form, reg, par, lev, y in manifest:
        w.writerow([os.path.splitext(rel)[0], form, reg, par or "全国", lev, y])
print(len(manifest))
