#!/usr/bin/env python3
"""Build src/meta/gazetteer.tsv from the yescallop/areacodes data package.

Usage:
    python3 tools/gazetteer/build.py SOURCE [--rev REV] [-o src/meta/gazetteer.tsv]

SOURCE is a clone of https://github.com/yescallop/areacodes (a work tree or a bare
git directory; the file read is `result.csv` at REV, default HEAD), or a plain
`result.csv` together with --commit HASH --date YYYY-MM-DD for the header.

result.csv has one row per code and period: 代码, 一级行政区, 二级行政区 (the
prefecture's name then, or 直辖), 名称, 级别 (省级/地级/县级), 状态 (在用 in use,
弃用 the code is retired, 变更 the code is used again later), 启用时间 (first year,
inclusive), 变更/弃用时间 (end year, exclusive: the change took effect during it),
新代码 (codes the area went to; `code[YYYY]` marks an earlier partial transfer).

Output: one row per code and period, sorted by name, then code, then first year
(the reader binary-searches names and sorts the codes itself), columns

    code first last level name parent next into short alias

  first   first year; empty when the row is in the first data set (1981 or earlier)
  last    year it ended (exclusive, as in the source); empty while current
  level   national | province | city | county
  parent  code of the parent (000000 = 全国 for provinces; the province for the
          districts and counties of 北京/天津/上海/重庆 and for county-level units
          directly under a province, such as 天门市)
  next    continuation: the code under which the same government goes on, its row
          starting in `last` (rename, 县 -> 区, 地区 -> 市, new code)
  into    abolished without continuation: codes its area went to (`;`-separated)
  short   bare short forms (`,`-separated) that are not the name less one of
          SUFFIXES below (the reader derives those: 驻马店 -> 驻马店市, 内蒙古 ->
          内蒙古自治区): 延边朝鲜族自治州 -> 延边, 宁夏回族自治区 -> 宁夏; none
          shorter than two characters
  alias   written short forms that keep a suffix: 黔东南州, 长阳县, 鄂温克旗

Only the Python 3.11 standard library is used; the output is deterministic (the
header's date is the source commit's date, not today's).
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SOURCE_REPO = "https://github.com/yescallop/areacodes"
LICENCE = "CC0 1.0 (public domain dedication); codes and names from 民政部"

LEVELS = {"省级": "province", "地级": "city", "县级": "county"}
ROOT = 0
ROOT_NAME = "全国"
# The root row: 全国, with the names the country goes by as bare short forms.
ROOT_LINE = "000000\t\t\tnational\t全国\t\t\t\t中国,中华人民共和国\t"

# Suffixes stripped to get a bare short form, longest first; src/meta/gazetteer.rs
# appends the same ones to a bare name to find it.
SUFFIXES = [
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "行政区",
    "地区", "林区", "特区", "新区", "省", "市", "县", "区", "旗", "盟",
]
# Ethnic groups as autonomous divisions name them. A one-character name is only
# stripped with 族 (水族, 土族), a longer one also without (伊犁哈萨克自治州).
ETHNIC = [
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗",
    "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山",
    "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
    "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒",
    "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
]
ETHNIC_FORMS = sorted(
    [e + "族" for e in ETHNIC] + [e for e in ETHNIC if len(e) > 1],
    key=len,
    reverse=True,
)
# Autonomous units are also written with a plain suffix: 黔东南州, 长阳县, 鄂温克旗.
AUTONOMOUS_ALIAS = {"自治州": "州", "自治县": "县", "自治旗": "旗"}
# Names that are descriptions of areas rather than names with a suffix.
NO_SHORT_ENDINGS = ("群岛", "海域", "镇")


@dataclass
class Row:
    code: int
    name: str
    level: str
    first: int
    last: int | None
    status: str
    second: str  # 二级行政区 column: the prefecture's name then, or 直辖
    targets: list[int]  # 新代码 without a [year] mark
    parent: int = 0
    next: int | None = None
    into: list[int] = field(default_factory=list)

    def valid_at(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year < self.last)


def read_source(source: Path, rev: str) -> tuple[str, str, str]:
    """Returns (csv text, commit hash, commit date) from a git clone or a file."""
    if source.is_file():
        return source.read_text(encoding="utf-8-sig"), "", ""
    git = ["git", "-C", str(source)]
    commit = subprocess.check_output(git + ["rev-parse", rev], text=True).strip()
    date = subprocess.check_output(
        git + ["log", "-1", "--format=%cs", commit], text=True
    ).strip()
    text = subprocess.check_output(git + ["show", f"{commit}:result.csv"])
    return text.decode("utf-8-sig"), commit, date


def parse(text: str) -> list[Row]:
    rows = []
    for rec in csv.DictReader(io.StringIO(text)):
        last = rec["变更/弃用时间"]
        targets = [
            int(t) for t in rec["新代码"].split(";") if t and "[" not in t
        ]
        rows.append(
            Row(
                code=int(rec["代码"]),
                name=rec["名称"].strip(),
                level=LEVELS[rec["级别"]],
                first=int(rec["启用时间"]),
                last=int(last) if last else None,
                status=rec["状态"],
                second=rec["二级行政区"],
                targets=targets,
            )
        )
    rows.sort(key=lambda r: (r.code, r.first))
    return rows


class Index:
    def __init__(self, rows: list[Row]):
        self.by_code: dict[int, list[Row]] = defaultdict(list)
        for r in rows:
            self.by_code[r.code].append(r)

    def at(self, code: int, year: int) -> Row | None:
        """The row of `code` in use during `year`."""
        return next((r for r in self.by_code.get(code, []) if r.valid_at(year)), None)

    def starting(self, code: int, year: int) -> Row | None:
        return next((r for r in self.by_code.get(code, []) if r.first == year), None)


def stem(name: str) -> str | None:
    """The bare short form of a name, or None when it would be under two characters."""
    if name.endswith(NO_SHORT_ENDINGS):
        return None
    base = name
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            base = name[: -len(suffix)]
            break
    if base == name:
        return None
    stripped = True
    while stripped:
        stripped = False
        for form in ETHNIC_FORMS:
            if base.endswith(form) and len(base) - len(form) >= 2:
                base = base[: -len(form)]
                stripped = True
                break
    # A name that is only an ethnic group keeps the group without 族 (鄂温克族自治旗 -> 鄂温克).
    if base.endswith("族") and base[:-1] in ETHNIC and len(base) > 2:
        base = base[:-1]
    return base if len(base) >= 2 else None


def assign_parents(rows: list[Row], index: Index) -> list[str]:
    problems = []
    for r in rows:
        province = r.code // 10000 * 10000
        if r.level == "province":
            r.parent = ROOT
        elif r.level == "city" or r.second == "直辖":
            r.parent = province
        else:
            prefecture = r.code // 100 * 100
            # The parent as it was while this row was in use.
            year = r.first if r.last is None else max(r.first, r.last - 1)
            p = index.at(prefecture, year) or index.at(prefecture, r.first)
            if p is None:
                problems.append(f"{r.code} {r.name}: no prefecture {prefecture} in {year}")
                r.parent = province
            else:
                if p.name != r.second:
                    problems.append(f"{r.code} {r.name}: parent {p.name} != {r.second}")
                r.parent = prefecture
    return problems


def assign_continuations(rows: list[Row], index: Index) -> None:
    """Links each row to the row under which the same government goes on.

    A row continues into another when (a) its only target (新代码; for a 变更 row
    without one, its own code) has a row starting the year it ended (徐水县 ->
    徐水区, 襄樊市 -> 襄阳市), or of several such targets exactly one has the same
    short form (襄阳县 -> 襄阳区); or (b) it is a prefecture ended without targets
    (the data records prefecture changes through their counties) whose counties went
    mostly to one prefecture- or province-level unit that came into being that year
    with the same short form or took over most of them (驻马店地区 -> 驻马店市,
    哲里木盟 -> 通辽市, 四川 重庆市 -> 重庆市). When several rows would continue as
    the same row, only the one with its short form does (else none: a merger of
    equals starts a new series). A row that ends otherwise is abolished; `into`
    lists where its area went (崇文区 -> 东城区).
    """
    for r in rows:
        if r.last is None:
            continue
        if not r.targets and r.status == "变更" and index.starting(r.code, r.last):
            r.targets = [r.code]
        new = [t for t in r.targets if index.starting(t, r.last)]
        if len(r.targets) == 1 and new:
            r.next = new[0]
        elif new:
            same = [t for t in new if stem(index.starting(t, r.last).name) == stem(r.name)]
            if len(same) == 1:
                r.next = same[0]
        if r.next is None:
            r.into = sorted(set(r.targets))
    for r in rows:
        if r.level == "city" and r.last is not None and r.next is None and not r.targets:
            follow_prefecture(r, rows, index)
    claims: dict[tuple[int, int], list[Row]] = defaultdict(list)
    for r in rows:
        if r.next is not None:
            claims[(r.next, r.last)].append(r)
    for (code, year), claimants in claims.items():
        if len(claimants) == 1:
            continue
        succ = index.starting(code, year)
        keep = [c for c in claimants if stem(c.name) == stem(succ.name)]
        for c in claimants:
            if len(keep) != 1 or c is not keep[0]:
                c.next = None
                c.into = sorted(set(c.targets) | {code})


def follow_prefecture(r: Row, rows: list[Row], index: Index) -> None:
    """Rule (b) of assign_continuations, for prefecture `r`."""
    year = r.last
    children = [
        c for c in rows
        if c.level == "county" and c.parent == r.code and c.valid_at(year - 1)
        and c.first <= year - 1
    ]
    went = Counter()
    for c in children:
        succ = c
        while succ is not None and not succ.valid_at(year):
            code = succ.next if succ.next is not None else (
                succ.targets[0] if len(succ.targets) == 1 else None)
            succ = index.at(code, year) if code is not None else None
        if succ is not None:
            went[succ.parent] += 1
    if not went:
        return
    (dest, n), = went.most_common(1)
    target = index.at(dest, year)
    if target is None:
        return
    r.into = sorted(went)
    new = target.first == year and target.level in ("city", "province")
    if new and (stem(target.name) == stem(r.name) or 2 * n > len(children)):
        r.next = dest
        r.into = []


def fmt_year(year: int | None, first_year: int) -> str:
    return "" if year is None or year == first_year else str(year)


def render(rows: list[Row], commit: str, date: str) -> str:
    first_year = min(r.first for r in rows)
    last_year = max(r.last or r.first for r in rows)
    out = io.StringIO()
    out.write(
        "# baogao gazetteer: China's administrative divisions at province, prefecture"
        " and county level, with history\n"
        f"# source: {SOURCE_REPO} commit {commit or '?'} ({date or '?'}), result.csv\n"
        f"# licence: {LICENCE}\n"
        f"# years: {first_year}-{last_year} as of 31 December; built by tools/gazetteer/build.py"
        " (see tools/gazetteer/README.md)\n"
        "# columns: code first last level name parent next into short alias\n"
    )
    lines = [(ROOT_NAME.encode(), ROOT, 0, ROOT_LINE)]
    for r in rows:
        short = stem(r.name)
        # Only the forms the reader cannot derive by appending a suffix.
        written_short = short if short and all(short + s != r.name for s in SUFFIXES) else None
        alias = ""
        for auto, plain in AUTONOMOUS_ALIAS.items():
            if r.name.endswith(auto) and short:
                alias = short + plain
        fields = [
            f"{r.code:06d}",
            fmt_year(r.first, first_year),
            "" if r.last is None else str(r.last),
            r.level,
            r.name,
            f"{r.parent:06d}",
            "" if r.next is None else f"{r.next:06d}",
            ";".join(f"{c:06d}" for c in r.into),
            written_short or "",
            alias,
        ]
        lines.append((r.name.encode(), r.code, r.first, "\t".join(fields)))
    for *_, line in sorted(lines):
        out.write(line + "\n")
    return out.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="areacodes clone (or its result.csv)")
    ap.add_argument("--rev", default="HEAD", help="git revision to read (default HEAD)")
    ap.add_argument("--commit", default="", help="source commit, when SOURCE is a file")
    ap.add_argument("--date", default="", help="source commit date, when SOURCE is a file")
    ap.add_argument("-o", "--output", type=Path, default=Path("src/meta/gazetteer.tsv"))
    args = ap.parse_args()

    text, commit, date = read_source(args.source, args.rev)
    rows = parse(text)
    index = Index(rows)
    problems = assign_parents(rows, index)
    assign_continuations(rows, index)
    for p in problems:
        print("warning:", p, file=sys.stderr)
    data = render(rows, commit or args.commit, date or args.date)
    args.output.write_text(data, encoding="utf-8", newline="\n")
    nexts = sum(r.next is not None for r in rows)
    print(
        f"{args.output}: {len(rows) + 1} rows ({nexts} continuations), "
        f"{len(data.encode())} bytes",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
