#!/usr/bin/env python3
"""Lay out the across-regions benchmark input from the 2024 city reports.

    across_layout.py WIDE_2024_DIR DEST SCALE

Reads every `<city>.docx` of WIDE_2024_DIR (../shared/corpus-wide/2024: 142 cities'
2024 reports), takes the text of its paragraphs (word/document.xml, as baogao's DOCX
reader does), and writes SCALE copies of each as DEST/<division>/2024.txt, where
<division> is a current city- or county-level division of China whose name no other
current division bears (src/meta/gazetteer.tsv), a different one for every copy. Each
file starts with one added line,

    ——2024年1月15日在<division>第一届人民代表大会第一次会议上

so that baogao reads the copy as that division's 2024 report (a report's own header
wins over its path, and some of the 142 name their city in a header; the path names
the same division anyway). SCALE 20 gives 2,840 reports of one year under distinct
names: the ×20 of issue 22. The copies of one city are the same text, which is the
worst case for the reuse stage (every sentence is found in 19 other regions).

Prints "reports=R bytes=B" on stdout.
"""
import html
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parent.parent / "src" / "meta" / "gazetteer.tsv"


def division_names():
    """Current city- and county-level divisions whose name no other current one bears."""
    rows = [l.split("\t") for l in GAZETTEER.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    current = [r for r in rows if r[2] == ""]
    count = Counter(r[4] for r in current)
    # (two-char names such as 沁县 or 矿区 are not read as a region from a header line)
    return [r[4] for r in current if r[3] in ("city", "county") and count[r[4]] == 1 and len(r[4]) >= 3]


def docx_text(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    paragraphs = []
    for p in re.split(r"</w:p>", xml):
        runs = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", p)
        text = html.unescape("".join(runs)).strip()
        if text:
            paragraphs.append(text)
    return "\n".join(paragraphs) + "\n"


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    src, dest, scale = Path(argv[1]), Path(argv[2]), int(argv[3])
    texts = [docx_text(f) for f in sorted(src.glob("*.docx"))]
    names = division_names()
    if len(names) < scale * len(texts):
        print(f"across_layout.py: only {len(names)} distinct divisions for {scale * len(texts)} reports", file=sys.stderr)
        return 1
    dest.mkdir(parents=True, exist_ok=False)
    n_bytes = 0
    for k in range(scale):
        for i, text in enumerate(texts):
            division = names[k * len(texts) + i]
            body = f"——2024年1月15日在{division}第一届人民代表大会第一次会议上\n{text}".encode("utf-8")
            (dest / division).mkdir()
            (dest / division / "2024.txt").write_bytes(body)
            n_bytes += len(body)
    print(f"reports={len(texts) * scale} bytes={n_bytes}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
