#!/usr/bin/env python3
"""List Rust functions longer than a limit (default 80 lines), longest first.

    python3 tools/long_functions.py              # src/, over 80 lines
    python3 tools/long_functions.py -n 60 src/run src/output
    python3 tools/long_functions.py --no-tests   # leave out #[cfg(test)] modules and tests.rs

A function's length is counted from the line of `fn` to the line of its closing brace,
both included (attributes and doc comments above it are not counted). A function nested
in another is listed on its own and counted in the outer one too. Exit status 1 when any
function is over the limit, so the script can guard a check.

The scanner is a small lexer, not a parser: it skips comments, strings (raw strings
too), char literals and lifetimes, and matches braces. That is enough for rustfmt'd code.
"""

import argparse
import os
import re
import sys

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def tokens(src):
    """Yield (kind, text, line) for identifiers and the punctuation `{ } ; ( )`."""
    i, line, n = 0, 1, len(src)
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if src.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif src.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    line += src[i] == "\n"
                    i += 1
        elif c == "r" and re.match(r'r#*"', src[i:i + 260]) and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")):
            m = re.match(r'r(#*)"', src[i:])
            end = '"' + m.group(1)
            j = src.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            line += src.count("\n", i, j)
            i = j
        elif c == "b" and src.startswith('b"', i) and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")):
            i += 1  # the string itself is read next round
        elif c == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            line += src.count("\n", i, j)
            i = j + 1
        elif c == "'":
            # a char literal ('a', '\n', '\u{1F600}', '"') or a lifetime ('a, 'static)
            m = re.match(r"'(\\u\{[0-9A-Fa-f]+\}|\\.|[^\\'])'", src[i:i + 12])
            i += m.end() if m else 1
        elif c.isalpha() or c == "_":
            m = IDENT.match(src, i)
            yield "id", m.group(0), line
            i = m.end()
        elif c in "{};()":
            yield "p", c, line
            i += 1
        else:
            i += 1


def functions(src):
    """Yield (name, first_line, last_line, in_test_module) for every fn with a body."""
    toks = list(tokens(src))
    # lines of #[cfg(test)] modules: the `mod` that follows the attribute
    test_ranges = []
    k = 0
    while k < len(toks):
        if toks[k][1] == "cfg" and k + 2 < len(toks) and toks[k + 2][1] == "test":
            j = k + 3
            while j < len(toks) and toks[j][1] not in ("mod", "fn", ";"):
                j += 1
            if j < len(toks) and toks[j][1] == "mod":
                end = match_body(toks, j)
                if end:
                    test_ranges.append((toks[j][2], end))
        k += 1
    for k, (kind, text, line) in enumerate(toks):
        if kind == "id" and text == "fn" and k + 1 < len(toks) and toks[k + 1][0] == "id":
            end = match_body(toks, k)
            if end is not None:
                in_test = any(a <= line <= b for a, b in test_ranges)
                yield toks[k + 1][1], line, end, in_test


def match_body(toks, k):
    """Line of the brace closing the body that follows toks[k]; None for a `;` first."""
    depth_paren = 0
    j = k + 1
    while j < len(toks):
        t = toks[j][1]
        if t == "(":
            depth_paren += 1
        elif t == ")":
            depth_paren -= 1
        elif t == ";" and depth_paren == 0:
            return None
        elif t == "{" and depth_paren == 0:
            break
        j += 1
    else:
        return None
    depth = 0
    while j < len(toks):
        t = toks[j][1]
        if t == "{":
            depth += 1
        elif t == "}":
            depth -= 1
            if depth == 0:
                return toks[j][2]
        j += 1
    return None


def rust_files(paths):
    for p in paths:
        if os.path.isfile(p):
            yield p
            continue
        for root, _, files in os.walk(p):
            for f in sorted(files):
                if f.endswith(".rs"):
                    yield os.path.join(root, f)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=["src"])
    ap.add_argument("-n", "--limit", type=int, default=80, help="longest allowed, in lines (80)")
    ap.add_argument("--no-tests", action="store_true", help="leave out test modules and tests.rs files")
    args = ap.parse_args()
    found = []
    for path in rust_files(args.paths):
        with open(path, encoding="utf-8") as f:
            src = f.read()
        is_test_file = os.path.basename(path) == "tests.rs"
        for name, first, last, in_test in functions(src):
            length = last - first + 1
            test = in_test or is_test_file
            if length > args.limit and not (test and args.no_tests):
                found.append((length, path, first, name, test))
    for length, path, first, name, test in sorted(found, key=lambda r: (-r[0], r[1], r[2])):
        print(f"{length:5}  {path}:{first}  {name}{'  (test)' if test else ''}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
