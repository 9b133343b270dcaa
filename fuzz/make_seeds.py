#!/usr/bin/env python3
"""Write small hand-made seed inputs into fuzz/corpus/<target>/ (not committed).

Usage: python3 fuzz/make_seeds.py [--with-shared-corpus DIR]
With --with-shared-corpus, the .txt/.html/.docx files below DIR are copied in as
extra seeds too (at run time only: corpus passages never enter the repository).
"""
import io
import os
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")

REPORT = (
    "政府工作报告\n"
    "——2021年1月12日在某某区第十七届人民代表大会第八次会议上\n"
    "某某区区长 张三\n"
    "各位代表：\n"
    "一、2020年工作回顾\n"
    "全年地区生产总值增长6.5%左右，一般公共预算收入达到1,234.5亿元，城镇新增就业1.2万人，"
    "城镇、农村居民人均可支配收入分别增长8%和8.5%。\n"
    "- 3 -\n"
    "二、2021年工作安排\n"
    "今年主要预期目标是：地区生产总值增长6%以上；居民消费价格涨幅控制在3%左右；"
    "单位GDP能耗下降3%；PM_{2.5}年均浓度下降百分之五点五；粮食产量稳定在１．２万吨。\n"
    "（一）深化改革。投资6%-6.5%，新建学校十所，农村贫困人口减少一千二百万人。\n"
)


def docx(body_xml, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>'
            + body_xml
            + "</w:body></w:document>",
        )
    return buf.getvalue()


def paragraphs_xml(text):
    out = []
    for line in text.splitlines():
        out.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % line.replace("&", "&amp;"))
    return "".join(out)


def write(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def main():
    write("normalize_extract", "report-utf8.txt", REPORT)
    write("normalize_extract", "report-gbk.txt", REPORT.encode("gbk"))
    write("normalize_extract", "report-utf16le.txt", b"\xff\xfe" + REPORT.encode("utf-16-le"))
    write("normalize_extract", "numbers.txt", "增长６．５％，百分之五点五，三十万人，13亿，6—6.5%，6%至6.5%，“十四五”，2020天津\n")
    # issue 20: runs without sentence punctuation, over the 1,000 chars after which
    # normalisation cuts them, with and without commas; a paragraph of many sentences
    write("normalize_extract", "long-run-bare.txt",
          "——2021年1月10日在某县第一届人民代表大会上\n" + "".join("增长%d.%d%%就业%d万人" % (k % 9, k % 7, k % 13) for k in range(400)))
    write("normalize_extract", "long-run-commas.txt",
          "——2021年1月10日在某县第一届人民代表大会上\n" + "".join("增长%d%%，就业%d万人" % (k % 9, k % 13) for k in range(400)))
    write("normalize_extract", "long-paragraph.txt", "一、2020年工作回顾\n" + "地区生产总值增长6%。" * 1900)
    write("normalize_extract", "nul-and-cut.txt", REPORT.encode("utf-8")[:200] + b"\x00" + REPORT.encode("utf-8")[200:] + "增".encode()[:2])
    write("html", "long-run.html", "<html><body><p>" + "增长6%就业1万人" * 300 + "</p></body></html>")
    write("html", "report.html", "<html><head><meta charset=\"utf-8\"><style>p{}</style></head><body><nav>首页</nav>"
          + "".join("<p>%s</p>" % l for l in REPORT.splitlines()) + "<script>x='<p>'</script>&#20013;&nbsp;&amp;</body></html>")
    write("html", "report-gbk.html", ("<meta charset=gbk><div>" + REPORT + "</div>").encode("gbk"))
    write("docx", "report.docx", docx(paragraphs_xml(REPORT)))
    write("docx", "table.docx", docx(
        "<w:p><w:r><w:t>政府</w:t></w:r><w:r><w:tab/><w:t>工作 &amp; &#20013;</w:t><w:br/></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>6%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"))
    # stored (not deflated): mutations of the XML reach the XML reader
    write("docx", "report-stored.docx", docx(paragraphs_xml(REPORT), zipfile.ZIP_STORED))
    write("docx", "entities-stored.docx", docx(
        "<w:p><w:r><w:t>&#20013;&#x56FD;&amp;&lt;&gt;&quot;&apos;&bogus;<![CDATA[x]]></w:t><w:cr/></w:r></w:p>"
        "<!-- c --><?pi x?><w:p><w:r><w:t/><w:tab/></w:r></w:p>", zipfile.ZIP_STORED))
    # the test PDFs (tools/pdf/make_test_pdfs.py writes them), each font case
    pdfs = os.path.join(HERE, "..", "tests", "pdf")
    for name in sorted(os.listdir(pdfs)):
        with open(os.path.join(pdfs, name), "rb") as f:
            write("pdf", name, f.read())
    if len(sys.argv) == 3 and sys.argv[1] == "--with-shared-corpus":
        # Whole reports are longer than -max_len, and a cut inside a UTF-8 sequence
        # would make the seed undecodable: take pieces of ~12 KB at line boundaries.
        n = 0
        for root, _, files in sorted(os.walk(sys.argv[2])):
            for f in sorted(files):
                if not f.endswith(".txt"):
                    continue
                with open(os.path.join(root, f), "rb") as fh:
                    try:
                        text = fh.read().decode("utf-8")
                    except UnicodeDecodeError:
                        continue
                lines = text.splitlines(keepends=True)
                for part in range(2):
                    start = part * len(lines) // 2
                    chunk, size = [], 0
                    for line in lines[start:]:
                        if size + len(line.encode()) > 12000 and chunk:
                            break
                        chunk.append(line)
                        size += len(line.encode())
                    piece = "".join(chunk)
                    write("normalize_extract", "shared_%d.txt" % n, piece)
                    if n % 4 == 0:
                        write("docx", "shared_%d.docx" % n, docx(paragraphs_xml(piece)))
                        write("html", "shared_%d.html" % n, "<html><body>%s</body></html>"
                              % "".join("<p>%s</p>" % l for l in piece.splitlines()))
                    n += 1

if __name__ == "__main__":
    main()
