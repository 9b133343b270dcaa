#!/usr/bin/env python3
"""Write the small PDFs that baogao's PDF tests read (tests/pdf/) and the damaged ones
its fuzz regressions replay (tests/fuzz-regressions/pdf/).

Every text here is written for the tests (a made-up report of an existing district),
not taken from a real report. The PDFs are written by hand, object by object, the way
Chinese official PDFs are built:

- Type0 fonts with an Adobe-GB1 CMap (GBK-EUC-H, GB-EUC-H, UniGB-UCS2-H,
  UniGB-UTF16-H), not embedded and without a ToUnicode map: the reader must know the
  CMap to decode them;
- an embedded TrueType subset (Identity-H) with a ToUnicode map, as WPS and Word
  write them, and the same font without the map (unreadable: glyph ids only);
- a page of two columns, a page with no text (an image, as a scan has);
- pages mixing the four Adobe-GB1 fonts line by line with a standard Latin font, a
  font written inline and a form XObject, once with a cross-reference stream;
- running headers, page numbers and paragraphs broken across lines and pages.

Usage: python3 tools/pdf/make_test_pdfs.py [REPO_ROOT]
       python3 tools/pdf/make_test_pdfs.py --pages N OUT.pdf [CMAP]
           a report of N pages or a few more, in GBK-EUC-H or the given CMap (timing)
Needs fontTools (pip install fonttools) and a CJK TrueType font (Debian's
fonts-wqy-zenhei) for the embedded-font cases only.
"""

import sys
import zlib
from pathlib import Path

# ---------------------------------------------------------------- the text

TITLE = "2023年西青区政府工作报告"
HEADER = "——2023年1月10日在西青区第十八届人民代表大会第二次会议上"
SPEAKER = "西青区人民政府区长  王明"
PARAGRAPHS = [
    "各位代表：",
    "现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。",
    "一、2022年工作回顾",
    "过去一年，全区上下克服多重困难，经济运行总体平稳。地区生产总值完成820亿元，同比增长3.5%；一般公共预算收入完成68.2亿元，增长5%以上；固定资产投资增长8.1%。",
    "城镇居民人均可支配收入达到5.6万元，增长4.2%。城镇新增就业1.2万人，城镇登记失业率控制在3.5%以内。全年新建和改扩建学校12所，新增学位8000余个。",
    "生态环境持续改善，PM2.5年均浓度下降到39微克/立方米，优良天数比例提高2.5个百分点。",
    "二、2023年主要目标",
    "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；一般公共预算收入增长6%；固定资产投资增长10%以上；城镇新增就业1.3万人以上；居民收入增长与经济增长基本同步。",
    "各位代表，新的一年任务艰巨，我们将坚定信心、真抓实干，奋力开创高质量发展新局面。",
]
# the body made long enough to run over pages: one more paragraph of measures, repeated
# with a counter so that every sentence is different
MEASURE = "第{n}项措施：推动重点项目建设，全年安排区级重点项目{k}个，完成投资{v}亿元，带动社会投资增长{g}%。"


def report_paragraphs(repeat=20):
    measures = [MEASURE.format(n=n, k=20 + n, v=10 + n, g=n % 9 + 1) for n in range(1, repeat + 1)]
    return [TITLE, HEADER, SPEAKER] + PARAGRAPHS[:6] + measures + PARAGRAPHS[6:]


# ---------------------------------------------------------------- PDF objects

class Pdf:
    """Objects numbered from 1; `write` lays out the xref table and trailer."""

    def __init__(self):
        self.objects = []

    def add(self, body):
        self.objects.append(body if isinstance(body, bytes) else body.encode("latin-1"))
        return len(self.objects)

    def reserve(self):
        self.objects.append(None)
        return len(self.objects)

    def set(self, num, body):
        self.objects[num - 1] = body if isinstance(body, bytes) else body.encode("latin-1")

    def stream(self, data, extra="", compress=True):
        if compress:
            data = zlib.compress(data)
            extra += " /Filter /FlateDecode"
        return self.add(b"<< /Length %d%s >>\nstream\n" % (len(data), extra.encode()) + data + b"\nendstream")

    def write(self, root):
        out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objects, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
        out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(self.objects) + 1, root, xref)
        return bytes(out)

    def write_xref_stream(self, root, packed=()):
        """The same file as `write` makes, but with a cross-reference stream (PDF 1.5)
        and the objects numbered in `packed` inside one object stream."""
        out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
        objstm, xref_num = len(self.objects) + 1, len(self.objects) + 2
        packed = sorted(packed)
        entries = {}
        for i, body in enumerate(self.objects, 1):
            if i not in packed:
                entries[i] = (1, len(out), 0)
                out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        head, data = [], bytearray()
        for k, i in enumerate(packed):
            head.append(b"%d %d" % (i, len(data)))
            data += self.objects[i - 1] + b"\n"
            entries[i] = (2, objstm, k)
        head = b" ".join(head) + b"\n"
        raw = zlib.compress(head + bytes(data))
        entries[objstm] = (1, len(out), 0)
        out += (b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Length %d /Filter /FlateDecode >>\nstream\n"
                % (objstm, len(packed), len(head), len(raw)) + raw + b"\nendstream\nendobj\n")
        xref = len(out)
        entries[xref_num] = (1, xref, 0)
        rows = bytearray(b"\x00\x00\x00\x00\x00\xff\xff")
        for i in range(1, xref_num + 1):
            kind, a, b = entries[i]
            rows += bytes([kind]) + a.to_bytes(4, "big") + b.to_bytes(2, "big")
        out += (b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %d 0 R /Length %d >>\nstream\n"
                % (xref_num, xref_num + 1, root, len(rows)) + bytes(rows) + b"\nendstream\nendobj\n")
        out += b"startxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)


def cid_font(pdf, cmap):
    """A Type0 font of the Adobe-GB1 collection, not embedded: STSong-Light, as the
    PDF 1.x CJK fonts are named, with no ToUnicode (the CMap name is all there is)."""
    desc = pdf.add(
        "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
    )
    cid = pdf.add(
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
        f"/FontDescriptor {desc} 0 R /DW 1000 /W [1 95 500 814 907 500] >>"
    )
    return pdf.add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-{cmap} /Encoding /{cmap} "
        f"/DescendantFonts [{cid} 0 R] >>"
    )


def encoder(cmap):
    """Text -> the bytes a content stream shows with that CMap, and each char's width
    in thousandths of the font size (ASCII is half width in all four)."""
    def width(c):
        return 500 if ord(c) < 128 else 1000

    if cmap == "GBK-EUC-H":
        return lambda s: s.encode("gbk"), width
    if cmap == "GB-EUC-H":
        # GB 2312 has the dash of A1AA, which Python's codec knows as U+2015
        return lambda s: s.replace("\u2014", "\u2015").encode("gb2312"), width
    if cmap == "UniGB-UCS2-H":
        return lambda s: s.encode("utf-16-be"), width
    if cmap == "UniGB-UTF16-H":
        return lambda s: s.encode("utf-16-be"), width
    raise ValueError(cmap)


class TrueTypeSubset:
    """A subset of a CJK TrueType font holding the chars of `text`, embedded as a
    CIDFontType2 with Identity-H (CID = glyph id), with or without ToUnicode."""

    def __init__(self, text, to_unicode):
        from fontTools import subset
        from fontTools.ttLib import TTFont
        import io

        path = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
        # the font's own timestamp kept, so that the same font gives the same bytes
        font = TTFont(path, fontNumber=0, recalcTimestamp=False)  # WenQuanYi Zen Hei
        chars = sorted(set(text) | {" "})
        options = subset.Options()
        options.notdef_outline = True
        options.name_IDs = []
        options.layout_features = []
        options.hinting = False
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "DSIG", "EBDT", "EBLC", "bdat", "bloc"]
        sub = subset.Subsetter(options)
        sub.populate(unicodes=[ord(c) for c in chars])
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        self.data = buf.getvalue()
        cmap = font.getBestCmap()
        self.gid = {c: font.getGlyphID(cmap[ord(c)]) for c in chars if ord(c) in cmap}
        upm = font["head"].unitsPerEm
        self.adv = {g: font["hmtx"][font.getGlyphOrder()[g]][0] * 1000 // upm for g in self.gid.values()}
        self.to_unicode = to_unicode

    def encode(self, s):
        return b"".join(self.gid.get(c, 0).to_bytes(2, "big") for c in s)

    def width(self, c):
        return self.adv.get(self.gid.get(c, 0), 1000)

    def add_to(self, pdf):
        file = pdf.stream(self.data, f" /Length1 {len(self.data)}")
        desc = pdf.add(
            "<< /Type /FontDescriptor /FontName /ABCDEF+WenQuanYiZenHei /Flags 4 /FontBBox [-100 -200 1100 900] "
            f"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile2 {file} 0 R >>"
        )
        widths = " ".join(f"{g} [{w}]" for g, w in sorted(self.adv.items()))
        cid = pdf.add(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+WenQuanYiZenHei "
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            f"/FontDescriptor {desc} 0 R /CIDToGIDMap /Identity /DW 1000 /W [{widths}] >>"
        )
        extra = ""
        if self.to_unicode:
            extra = f" /ToUnicode {pdf.stream(self.cmap_stream())} 0 R"
        return pdf.add(
            "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+WenQuanYiZenHei /Encoding /Identity-H "
            f"/DescendantFonts [{cid} 0 R]{extra} >>"
        )

    def cmap_stream(self):
        pairs = sorted((g, c) for c, g in self.gid.items())
        lines = [
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
            "1 begincodespacerange <0000> <FFFF> endcodespacerange",
        ]
        for k in range(0, len(pairs), 100):
            chunk = pairs[k:k + 100]
            lines.append(f"{len(chunk)} beginbfchar")
            lines += [f"<{g:04X}> <{c.encode('utf-16-be').hex().upper()}>" for g, c in chunk]
            lines.append("endbfchar")
        lines.append("endcmap CMapName currentdict /CMap defineresource pop end end")
        return "\n".join(lines).encode()


# ---------------------------------------------------------------- layout

PAGE_W, PAGE_H = 595, 842
SIZE, LEADING = 12, 20
LEFT, TOP, BOTTOM = 72, 770, 90


def wrap(text, width_of, limit, indent=0):
    """Break a paragraph into lines of at most `limit` points, the first `indent`
    points shorter (a CJK char can end a line anywhere)."""
    lines, cur, w = [], "", indent
    for c in text:
        cw = width_of(c) * SIZE / 1000
        if cur and w + cw > limit:
            lines.append(cur)
            cur, w = "", 0
        cur += c
        w += cw
    if cur:
        lines.append(cur)
    return lines


def hexstr(b):
    return b"<" + b.hex().upper().encode() + b">"


def show(font_enc, x, y, s, split=False):
    """One visual line: a text object at (x, y). With `split`, the line is shown as two
    strings, the second placed where the first ends, as word processors often do."""
    enc, width = font_enc
    if not split or len(s) < 4:
        return b"BT /F1 %d Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET\n" % (SIZE, x, y, hexstr(enc(s)))
    half = len(s) // 2
    dx = sum(width(c) for c in s[:half]) * SIZE / 1000
    return b"BT /F1 %d Tf 1 0 0 1 %.2f %.2f Tm %s Tj %.2f 0 Td %s Tj ET\n" % (
        SIZE, x, y, hexstr(enc(s[:half])), dx, hexstr(enc(s[half:])))


def laid_out_pages(paragraphs, font_enc, running_header=True, page_numbers="dash", columns=1):
    """Content streams of the pages the paragraphs fill: first lines indented by two
    chars, a running header on every page but the first, a page number at the foot."""
    enc, width = font_enc
    gap = 24
    col_w = (PAGE_W - 2 * LEFT - (columns - 1) * gap) / columns
    pages, ops, y, col = [], [], TOP, 0

    def finish():
        n = len(pages) + 1
        if running_header and n > 1:
            ops.insert(0, show(font_enc, LEFT + 150, PAGE_H - 40, TITLE))
        if page_numbers == "dash":
            ops.append(show(font_enc, PAGE_W / 2 - 15, 50, f"- {n} -"))
        elif page_numbers == "chinese":
            ops.append(show(font_enc, PAGE_W / 2 - 20, 50, f"第{n}页"))
        elif page_numbers == "bare":
            ops.append(show(font_enc, PAGE_W / 2 - 5, 50, f"{n}"))
        pages.append(b"".join(ops))

    for k, para in enumerate(paragraphs):
        centred = k < 3
        indent = 0 if centred else 2 * SIZE
        lines = wrap(para, width, col_w, indent)
        for i, line in enumerate(lines):
            if y < BOTTOM:
                col += 1
                y = TOP
                if col == columns:
                    finish()
                    ops, col = [], 0
            x = LEFT + col * (col_w + gap) + (indent if i == 0 else 0)
            if centred:
                x = LEFT + (col_w - sum(width(c) for c in line) * SIZE / 1000) / 2
            ops.append(show(font_enc, x, y, line, split=(i % 3 == 1)))
            y -= LEADING
        y -= LEADING // 2  # a little more room between paragraphs
    finish()
    return pages


def document(pages, font_obj_of, images=()):
    """A PDF of the given content streams; `font_obj_of(pdf)` adds the font."""
    pdf = Pdf()
    root = pdf.reserve()
    tree = pdf.reserve()
    font = font_obj_of(pdf)
    kids = []
    for k, content in enumerate(pages):
        xobjects = ""
        if k in images:
            img = pdf.stream(images[k], " /Type /XObject /Subtype /Image /Width 64 /Height 64 "
                             "/ColorSpace /DeviceGray /BitsPerComponent 8")
            xobjects = f" /XObject << /Im1 {img} 0 R >>"
        c = pdf.stream(content)
        kids.append(pdf.add(
            f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
            f"/Resources << /Font << /F1 {font} 0 R >>{xobjects} >> /Contents {c} 0 R >>"))
    pdf.set(tree, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
    pdf.set(root, f"<< /Type /Catalog /Pages {tree} 0 R >>")
    return pdf.write(root)


def scan_image():
    """64x64 grey pixels of stripes: what a scanned page is to a text extractor."""
    return bytes((255 if (y // 4) % 2 else 40) for y in range(64) for _ in range(64))


# ---------------------------------------------------------------- the files

def adobe_gb1(cmap, **layout):
    enc = encoder(cmap)
    return document(laid_out_pages(report_paragraphs(), enc, **layout), lambda pdf: cid_font(pdf, cmap))


def truetype(to_unicode):
    paras = report_paragraphs()
    sub = TrueTypeSubset("".join(paras) + "".join(str(d) for d in range(10)) + "- 第页", to_unicode)
    enc = (sub.encode, sub.width)
    return document(laid_out_pages(paras, enc), sub.add_to)


def two_columns():
    enc = encoder("UniGB-UTF16-H")
    return document(laid_out_pages(report_paragraphs(12)[:12], enc, columns=2), lambda pdf: cid_font(pdf, "UniGB-UTF16-H"))


MIXED_CMAPS = ["GBK-EUC-H", "UniGB-UCS2-H", "GB-EUC-H", "UniGB-UTF16-H"]
SECTIONS = ["（一）推进产业转型升级", "（二）深化重点领域改革", "（三）持续保障改善民生", "（四）加强生态环境保护"]


def kerned(enc, s, k):
    """A TJ array of `s` in three pieces: a small kern (no gap) and, on every third
    line, a wide one (a gap a reader may take for a space)."""
    third = max(1, len(s) // 3)
    parts = [s[:third], s[third:2 * third], s[2 * third:]]
    gap = b"-900" if k % 3 == 0 else b"-40"
    return b"[" + b" ".join([hexstr(enc(parts[0])), b"-40", hexstr(enc(parts[1])), gap, hexstr(enc(parts[2]))]) + b"] TJ"


def mixed_fonts(xref_stream=False):
    """Pages whose lines are shown in four Type0 fonts in turn, one per Adobe-GB1
    CMap, some as TJ arrays with kerning; on each page also a Latin line in a
    standard font, a line in a Type0 font written inline in the resources, and a line
    in a form XObject. With `xref_stream`, a cross-reference stream and the font
    dictionaries inside an object stream."""
    paras = report_paragraphs(repeat=30)
    width = encoder("GBK-EUC-H")[1]
    # whole paragraphs to a page, so that the lines at the foot of a page end one
    per_page = (TOP - BOTTOM) // LEADING
    pages = [[]]
    for para in paras:
        lines = wrap(para, width, PAGE_W - 2 * LEFT)
        if len(pages[-1]) + len(lines) > per_page:
            # a heading of its own opens each page: a measure there, the same as the
            # next page's first line but for digits, would pass for a running header
            pages.append([SECTIONS[(len(pages) - 1) % len(SECTIONS)]])
        pages[-1] += lines
    pdf = Pdf()
    root, tree = pdf.reserve(), pdf.reserve()
    fonts = [cid_font(pdf, cmap) for cmap in MIXED_CMAPS]
    latin = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    inline_cid = pdf.add(
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /W [1 95 500] >>")
    inline = (f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H "
              f"/DescendantFonts [{inline_cid} 0 R] >>")
    font_res = " ".join(f"/F{i + 1} {f} 0 R" for i, f in enumerate(fonts)) + f" /F5 {latin} 0 R /F6 {inline}"
    gbk = encoder("GBK-EUC-H")[0]
    form = pdf.stream(b"BT /F1 12 Tf 1 0 0 1 72 64 Tm " + hexstr(gbk("表单中的一行：城镇新增就业1.2万人。")) + b" Tj ET\n",
                      f" /Type /XObject /Subtype /Form /BBox [0 0 {PAGE_W} {PAGE_H}] /Resources << /Font << {font_res} >> >>")
    kids = []
    shown_lines = 0
    for lines in pages:
        ops = []
        for i, line in enumerate(lines):
            n = (shown_lines + i) % 4
            enc = encoder(MIXED_CMAPS[n])[0]
            y = TOP - i * LEADING
            shown = kerned(enc, line, i) if i % 2 else hexstr(enc(line)) + b" Tj"
            ops.append(b"BT /F%d %d Tf 1 0 0 1 %d %d Tm %s ET\n" % (n + 1, SIZE, LEFT, y, shown))
        shown_lines += len(lines)
        ops.append(b"BT /F5 10 Tf 1 0 0 1 72 90 Tm (Made in China 2025) Tj ET\n")
        ops.append(b"BT /F6 10 Tf 1 0 0 1 72 78 Tm " + hexstr(encoder("UniGB-UCS2-H")[0]("内嵌字体的一行。")) + b" Tj ET\n")
        ops.append(b"/Fm1 Do\n")
        # a running header and a page number, as a report has
        n = len(kids) + 1
        if n > 1:
            ops.insert(0, b"BT /F2 %d Tf 1 0 0 1 222 %d Tm %s Tj ET\n" % (SIZE, PAGE_H - 40, hexstr(encoder("UniGB-UCS2-H")[0](TITLE))))
        ops.append(b"BT /F3 %d Tf 1 0 0 1 282 40 Tm %s Tj ET\n" % (SIZE, hexstr(encoder("GB-EUC-H")[0](f"- {n} -"))))
        c = pdf.stream(b"".join(ops))
        kids.append(pdf.add(
            f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
            f"/Resources << /Font << {font_res} >> /XObject << /Fm1 {form} 0 R >> >> /Contents {c} 0 R >>"))
    pdf.set(tree, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
    pdf.set(root, f"<< /Type /Catalog /Pages {tree} 0 R >>")
    if xref_stream:
        return pdf.write_xref_stream(root, packed=fonts + [latin])
    return pdf.write(root)


def scanned():
    """One page with an image and no text at all."""
    content = b"q 400 0 0 600 97 120 cm /Im1 Do Q\n"
    return document([content], lambda pdf: cid_font(pdf, "GBK-EUC-H"), images={0: scan_image()})


def long_report(pages, cmap="GBK-EUC-H"):
    """At least `pages` pages (about 14 paragraphs of measures fill one)."""
    enc = encoder(cmap)
    paras = report_paragraphs(repeat=pages * 14)
    return document(laid_out_pages(paras, enc), lambda pdf: cid_font(pdf, cmap))


def damaged(good):
    """A file cut short, one with bytes flipped all through it, and one with a byte
    that is not ASCII inside an entry of its cross-reference table (oxidize-pdf 5.5.6
    panics on that: it slices the entry as text at a byte that is not a char
    boundary)."""
    cut = good[: len(good) * 3 // 5]
    flipped = bytearray(good)
    for i in range(97, len(flipped), 211):
        flipped[i] ^= 0x5A
    xref = bytearray(good)
    entry = xref.rindex(b"\nxref\n") + len(b"\nxref\n0 00\n0000000000 65535 f \n")
    xref[entry + 9] = 0xE9
    return cut, bytes(flipped), bytes(xref)


def main(argv):
    if len(argv) in (3, 4) and argv[0] == "--pages":
        Path(argv[2]).write_bytes(long_report(int(argv[1]), *argv[3:]))
        return
    root = Path(argv[0]) if argv else Path(__file__).resolve().parents[2]
    out = root / "tests" / "pdf"
    fuzz = root / "tests" / "fuzz-regressions" / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    fuzz.mkdir(parents=True, exist_ok=True)
    files = {
        "gbk-euc-h.pdf": adobe_gb1("GBK-EUC-H"),
        "gb-euc-h.pdf": adobe_gb1("GB-EUC-H", page_numbers="chinese"),
        "unigb-ucs2-h.pdf": adobe_gb1("UniGB-UCS2-H", page_numbers="bare"),
        "unigb-utf16-h.pdf": adobe_gb1("UniGB-UTF16-H"),
        "truetype-tounicode.pdf": truetype(True),
        "truetype-no-tounicode.pdf": truetype(False),
        "two-columns.pdf": two_columns(),
        "scanned.pdf": scanned(),
        "mixed-fonts.pdf": mixed_fonts(),
        "mixed-fonts-xref-stream.pdf": mixed_fonts(xref_stream=True),
    }
    for name, data in files.items():
        (out / name).write_bytes(data)
    cut, flipped, xref = damaged(files["gbk-euc-h.pdf"])
    (fuzz / "cut-short.pdf").write_bytes(cut)
    (fuzz / "flipped-bytes.pdf").write_bytes(flipped)
    (fuzz / "xref-byte-not-ascii.pdf").write_bytes(xref)
    cut, _, _ = damaged(files["truetype-tounicode.pdf"])
    (fuzz / "truetype-cut-short.pdf").write_bytes(cut)


if __name__ == "__main__":
    main(sys.argv[1:])
