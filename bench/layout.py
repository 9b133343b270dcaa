#!/usr/bin/env python3
"""Lay out a benchmark input folder from the corpus.

    layout.py CORPUS DEST SCALE

Only `<region>/<year>.txt` files are used (what both baogao and the peer read).

SCALE 1: DEST/<region>/<year>.txt, hard links to the corpus files (copies when
linking is not possible). The text is exactly the corpus.

SCALE N > 1: DEST/<region>_<k>/<year>.txt for k = 0 .. N-1. Each copy starts with
one extra line,

    ——<year>年3月5日在<division>第一届人民代表大会第一次会议上

followed by the report unchanged, where <division> is a real county-level division
of its own for each region and k (taken from src/meta/gazetteer.tsv: current, named
so since the 1980s, a name no other division bears). baogao takes a report's region
from its own header before its path (SPEC.md, src/meta/), and only a division's name
counts, so plain copies (or made-up names) would all be 全国/上海市/海拉尔区 again and
baogao would reject 9 of 10 as duplicate region+year (exit 2) while the peer, which
goes by folder name, processed all of them. The extra line is the first delivery line
baogao finds, so each copy becomes its own region with the same plan year as the
original (year = file name; March keeps the delivery year as the plan year). Both tools read the same files, and the line adds
one short sentence to reports of several hundred. The line starts with a dash, as real
delivery lines do, so that it stays a line of its own: a long line without closing
punctuation would otherwise be joined to the next as a line broken by PDF extraction,
and on national copies the next line is a photo caption that is removed as page chrome.

Prints "reports=R regions=G bytes=B" on stdout.
"""
import os
import re
import shutil
import sys
from pathlib import Path

YEAR_FILE = re.compile(r"^\d{4}\.txt$")
GAZETTEER = Path(__file__).resolve().parent.parent / "src" / "meta" / "gazetteer.tsv"
GAZETTEER_RS = GAZETTEER.with_suffix(".rs")


def wordlike_names():
    """The names src/meta/gazetteer.rs treats as ordinary words (城厢区, 市南区): baogao
    takes one of them for a region only beside a congress or government, and a report's
    speaker line (国务院总理) outweighs it."""
    block = re.search(r"const WORDLIKE: &\[&str\] = &\[(.*?)\];", GAZETTEER_RS.read_text(encoding="utf-8"), re.S)
    return set(re.findall(r'"([^"]+)"', block.group(1))) if block else set()


def division_names():
    """County-level divisions in use, named so since the 1980s, whose name no other
    division bears, nor ends with (凤县 is the end of 丹凤县 and 来凤县: baogao does not
    take such a name alone for a region when the speaker's line names another), and
    that is no ordinary word (`wordlike_names`), in the file's order."""
    rows = [l.split("\t") for l in GAZETTEER.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    count = {}
    for r in rows:
        count[r[4]] = count.get(r[4], 0) + 1
    names = set(count)
    wordlike = wordlike_names()
    # every proper ending of every name, from its second char on
    endings = {n[i:] for n in names for i in range(1, len(n) - 1)}
    return [
        r[4]
        for r in rows
        if r[3] == "county"
        and r[2] == ""
        and (r[1] == "" or int(r[1]) <= 1990)
        and count[r[4]] == 1
        and r[4] not in endings
        and r[4] not in wordlike
    ]


def corpus_files(corpus):
    for region_dir in sorted(p for p in corpus.iterdir() if p.is_dir()):
        for f in sorted(region_dir.iterdir()):
            if f.is_file() and YEAR_FILE.match(f.name):
                yield region_dir.name, f


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    corpus, dest, scale = Path(argv[1]), Path(argv[2]), int(argv[3])
    if scale < 1:
        print("layout.py: SCALE must be >= 1", file=sys.stderr)
        return 2
    files = list(corpus_files(corpus))
    if not files:
        print(f"layout.py: no <region>/<year>.txt files under {corpus}", file=sys.stderr)
        return 1
    dest.mkdir(parents=True, exist_ok=False)
    n_bytes, regions = 0, set()
    if scale == 1:
        for region, f in files:
            out = dest / region
            out.mkdir(exist_ok=True)
            try:
                os.link(f, out / f.name)
            except OSError:
                shutil.copyfile(f, out / f.name)
            n_bytes += f.stat().st_size
            regions.add(region)
        print(f"reports={len(files)} regions={len(regions)} bytes={n_bytes}")
        return 0
    texts = [(region, f.stem, f.read_bytes()) for region, f in files]
    series = sorted({region for region, _, _ in texts})
    divisions = division_names()
    if len(divisions) < scale * len(series):
        print(f"layout.py: only {len(divisions)} distinct divisions for {scale * len(series)} series", file=sys.stderr)
        return 1
    for k in range(scale):
        for region, year, body in texts:
            name = f"{region}_{k}"
            division = divisions[k * len(series) + series.index(region)]
            out = dest / name
            out.mkdir(exist_ok=True)
            if body.startswith(b"\xef\xbb\xbf"):
                body = body[3:]
            nl = b"\r\n" if b"\r\n" in body[:4096] else b"\n"
            tag = f"——{year}年3月5日在{division}第一届人民代表大会第一次会议上".encode() + nl
            (out / f"{year}.txt").write_bytes(tag + body)
            n_bytes += len(tag) + len(body)
            regions.add(name)
    print(f"reports={len(texts) * scale} regions={len(regions)} bytes={n_bytes}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
