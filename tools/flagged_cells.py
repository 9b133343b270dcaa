#!/usr/bin/env python3
"""List the flagged cells of a run's panel.csv with the sentence each came from.

Usage: python3 tools/flagged_cells.py OUTPUT_DIR [--flag outlier]

For reading by a person: each flagged cell, its value, its flags and the quote of the
indicators.csv row it was taken from (same report, sentence and value)."""
import csv
import sys


def main() -> None:
    out = sys.argv[1]
    only = sys.argv[sys.argv.index("--flag") + 1] if "--flag" in sys.argv else None
    quotes = {}
    with open(f"{out}/indicators.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            quotes.setdefault((r["report_id"], r["sentence_id"]), r["quote"])
    with open(f"{out}/panel.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            flags = r["flags"].split(";") if r["flags"] else []
            if not flags or (only and only not in flags):
                continue
            quote = quotes.get((r["report_id"], r["sentence_id"]), "")
            print(f"{r['region']} | {r['indicator']} {r['kind']} {r['year']} = {r['value']} {r['unit']} | "
                  f"{r['flags']} | {r['report_id']}#{r['sentence_id']} | {r['subject']}")
            print(f"    {quote[:300]}")


if __name__ == "__main__":
    main()
