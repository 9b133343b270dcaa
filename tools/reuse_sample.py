#!/usr/bin/env python3
"""Draw reuse.csv rows at random, with a fixed seed, for judging by hand.

    reuse_sample.py [--seed 22] [--n 30] OUT_DIR [OUT_DIR ...]

Reads OUT_DIR/reuse.csv of each `baogao run` output folder, draws N rows from all of
them together (random.Random(seed).sample over the rows in file order), and prints
them as Markdown: for each row, its report and sentence, its source, the similarity,
how many regions share the passage, and the two passages in full, with an empty
`judged:` line to fill in (true reuse / boilerplate / coincidence). docs/reuse-check.md
is this script's output, judged.
"""
import argparse
import csv
import random
import sys
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("out_dirs", nargs="+", type=Path)
    a = ap.parse_args()
    rows = []
    for d in a.out_dirs:
        with open(d / "reuse.csv", encoding="utf-8-sig", newline="") as f:
            rows.extend((d.name, r) for r in csv.DictReader(f))
    if len(rows) < a.n:
        print(f"reuse_sample.py: only {len(rows)} rows", file=sys.stderr)
        return 1
    for k, (run, r) in enumerate(random.Random(a.seed).sample(rows, a.n), 1):
        print(f"### {k}. {r['report_id']} #{r['sentence_id']} ← {r['source_report_id']} #{r['source_sentence_id']}")
        print()
        print(f"run `{run}`; similarity {r['similarity']}, {r['shared_chars']} chars in common, shared by {r['shared_by']} regions")
        print()
        print(f"- {r['region']} {r['year']}: {r['text']}")
        print(f"- {r['source_region']} {r['source_year']}: {r['source_text']}")
        print()
        print("judged: ")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
