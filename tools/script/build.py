#!/usr/bin/env python3
"""Build src/normalize/script.tsv: the characters baogao reads as another, one for one.

A report's web copy may be in traditional characters (a Hong Kong paper, a big5 mirror,
the 1950s reports), or carry a Japanese variant (増 for 增) or a CJK compatibility
ideograph (from a PDF). baogao reads every char of such a copy as its simplified form,
so that its words, aliases and cue words are the ones a simplified report uses.

The table comes from OpenCC's dictionaries (Apache-2.0), not typed by hand:
  - JPShinjitaiCharacters.txt (a Japanese form -> its traditional form),
  - TSCharacters.txt (a traditional char -> its simplified form),
  - CJK_Compatibility_Ideographs.txt (a compatibility ideograph -> its unified char),
each taken at its first candidate. A char is folded only when:
  - GB2312 cannot encode it (every char of GB2312 is standard simplified Chinese and
    stays as written: 乾, 著, 弁, 缶 …),
  - its simplified form can be encoded in GB2312 and differs from it,
  - both are one char of three UTF-8 bytes (so every byte and char offset stays).
A Japanese or compatibility form (`variant`: 増 for 增) is folded in any text; a traditional
char (`traditional`) only in a text written in traditional characters (which those chars
show): in a simplified report, a char such as 昇 is a name's (香港昇兴). A few chars of
GB2312's second level kept there for names but written in traditional text for their
simplified form (後 for 后, 於 for 于, 徵 for 征: `traditional-gb2312`) likewise.

Usage: python3 tools/script/build.py <OpenCC git dir> <commit> > src/normalize/script.tsv
(the dictionaries are read with `git show <commit>:data/dictionary/...`).
"""
import subprocess
import sys


def read(repo, commit, name):
    text = subprocess.run(
        ["git", "--git-dir", repo, "show", f"{commit}:data/dictionary/{name}"],
        check=True, capture_output=True, text=True,
    ).stdout
    table = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, values = line.split("\t")
        table[key] = values.split(" ")[0]
    return table


def in_gb2312(c):
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def in_first_level(c):
    """GB2312's first level: rows 16-55, the 3,755 most used chars (lead bytes B0-D7)."""
    return in_gb2312(c) and c.encode("gb2312")[0] <= 0xD7


def main():
    repo, commit = sys.argv[1], sys.argv[2]
    jp = read(repo, commit, "JPShinjitaiCharacters.txt")
    ts = read(repo, commit, "TSCharacters.txt")
    compat = read(repo, commit, "CJK_Compatibility_Ideographs.txt")
    keys = set(jp) | set(ts) | set(compat)
    folded = {}
    for c in sorted(keys):
        if len(c) != 1 or in_first_level(c):
            continue
        s = compat.get(c, c)
        s = jp.get(s, s)
        s = ts.get(s, s)
        if len(s) != 1 or s == c or not in_gb2312(s):
            continue
        if len(c.encode()) != 3 or len(s.encode()) != 3:
            continue
        # a char of GB2312's second level: only as OpenCC's traditional key, to a
        # first-level char, and only in traditional text
        if in_gb2312(c):
            if c not in ts or not in_first_level(s):
                continue
            folded[c] = (s, "traditional-gb2312")
        elif c in ts:
            folded[c] = (s, "traditional")
        else:
            folded[c] = (s, "variant")
    print("# baogao script table: a char read as its simplified form, one for one")
    print(f"# source: https://github.com/BYVoid/OpenCC commit {commit}, data/dictionary/"
          "JPShinjitaiCharacters.txt, TSCharacters.txt, CJK_Compatibility_Ideographs.txt")
    print("# licence: Apache-2.0 (OpenCC's dictionaries)")
    print("# built by tools/script/build.py: chars outside GB2312 whose simplified form is in it:")
    print("# a Japanese or compatibility form (variant, read so in any text), a traditional char")
    print("# (traditional), and second-level GB2312 chars that traditional text writes")
    print("# (traditional-gb2312); the last two read so only in a text in traditional characters")
    print("# columns: char simplified kind")
    for c in sorted(folded):
        print(f"{c}\t{folded[c][0]}\t{folded[c][1]}")


if __name__ == "__main__":
    main()
