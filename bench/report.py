#!/usr/bin/env python3
"""Checks and the Markdown report for bench/compare.sh.

    report.py check-baogao RUN_JSON REPORTS REGIONS   run.json lists every input, none failed
    report.py check-peer   LOG OUT_DIR REPORTS        the peer read every input, wrote 3 CSVs
    report.py summary      RESULTS_DIR                Markdown tables on stdout

RESULTS_DIR holds one <tool>-x<scale>-r<rep>.json per run (written by measure.py,
labels tool/scale/rep/reports/regions/log/run_json), plus the logs and run.json
copies they point to.
"""
import json
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

BAOGAO_STAGES = ["ingest", "extract", "compare", "write"]
PEER_STEPS = ["imports", "split", "indicators", "diff", "terms", "write_csv", "total", "process"]
PEER_LINE = re.compile(r"^\[peer\] step=(\S+)\s+secs=\s*([0-9.]+)(.*)$")


def fail(msg):
    print(f"report.py: {msg}", file=sys.stderr)
    sys.exit(1)


def check_baogao(run_json, reports, regions):
    d = json.loads(Path(run_json).read_text())
    inputs, failed = d.get("inputs", []), d.get("failed", [])
    got_regions = {i["region"] for i in inputs}
    problems = []
    if failed:
        problems.append(f"{len(failed)} inputs failed, first: {failed[0]}")
    if len(inputs) != reports:
        problems.append(f"processed {len(inputs)} reports, expected {reports}")
    if len(got_regions) != regions:
        problems.append(f"saw {len(got_regions)} regions, expected {regions}")
    if problems:
        fail(f"{run_json}: " + "; ".join(problems))


def peer_steps(log):
    steps, info = {}, {}
    for line in Path(log).read_text(errors="replace").splitlines():
        m = PEER_LINE.match(line)
        if m:
            steps[m.group(1)] = float(m.group(2))
            info[m.group(1)] = dict(kv.split("=", 1) for kv in m.group(3).split() if "=" in kv)
    return steps, info


def check_peer(log, out_dir, reports):
    steps, info = peer_steps(log)
    problems = []
    got = int(info.get("split", {}).get("reports", -1))
    if got != reports:
        problems.append(f"read {got} reports, expected {reports}")
    for name in ("indicators.csv", "sentence_diff.csv", "terms.csv"):
        p = Path(out_dir) / name
        if not p.is_file() or p.stat().st_size == 0:
            problems.append(f"{name} missing or empty")
    if "total" not in steps:
        problems.append("no step=total line")
    if problems:
        fail(f"{log}: " + "; ".join(problems))


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def fmt(x, nd=2):
    return "–" if x is None else f"{x:.{nd}f}"


def summary(results_dir):
    runs = defaultdict(list)  # (scale, tool) -> [measure dicts]
    for p in sorted(Path(results_dir).glob("*-x*-r*.json")):
        if p.name.endswith(".run.json"):
            continue
        d = json.loads(p.read_text())
        runs[(int(d["scale"]), d["tool"])].append(d)
    if not runs:
        fail(f"no results in {results_dir}")
    scales = sorted({s for s, _ in runs})
    tools = ["baogao", "peer"]

    print("## Wall time, CPU, memory\n")
    print("Median over the runs; wall range is min–max. CPU = user + sys of the whole process "
          "tree. Peak RSS = largest single process (getrusage, as `time -v`); tree RSS = "
          "peak of RSS summed over all processes, sampled every 0.1 s (counts shared "
          "pages per process).\n")
    print("| scale | reports | tool | runs | wall s (median) | wall s (min–max) | CPU s (median) "
          "| peak RSS MiB | tree RSS MiB | peer/baogao wall | peer/baogao CPU |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for s in scales:
        base = runs.get((s, "baogao"))
        for tool in tools:
            rs = runs.get((s, tool))
            if not rs:
                continue
            walls = [r["wall_s"] for r in rs]
            wall, cpu = med(walls), med([r["cpu_s"] for r in rs])
            rss = max(r["maxrss_kib"] for r in rs) / 1024
            trees = [r["tree_rss_peak_kib"] for r in rs if r.get("tree_rss_peak_kib")]
            tree = max(trees) / 1024 if trees else None
            ratio_w = ratio_c = ""
            if tool == "peer" and base:
                bw, bc = med([r["wall_s"] for r in base]), med([r["cpu_s"] for r in base])
                ratio_w = f"**{wall / bw:.1f}×**" if bw else ""
                ratio_c = f"{cpu / bc:.1f}×" if bc else ""
            print(f"| {s}× | {rs[0]['reports']} | {tool} | {len(rs)} | {fmt(wall)} "
                  f"| {fmt(min(walls))}–{fmt(max(walls))} | {fmt(cpu)} | {fmt(rss, 0)} "
                  f"| {fmt(tree, 0)} | {ratio_w} | {ratio_c} |")

    # baogao per-stage timings from run.json
    stage_rows = []
    for s in scales:
        rs = runs.get((s, "baogao"))
        if not rs:
            continue
        timings = [json.loads(Path(r["run_json"]).read_text())["timings_secs"] for r in rs]
        names = BAOGAO_STAGES + sorted({k for t in timings for k in t} - set(BAOGAO_STAGES))
        stage_rows.append((s, rs, names, timings))
    if stage_rows:
        names = stage_rows[0][2]
        print("\n## baogao stages (run.json `timings_secs`, median over runs, s)\n")
        print("| scale | " + " | ".join(names) + " | sum of stages | wall |")
        print("|---|" + "---|" * (len(names) + 2))
        for s, rs, _, timings in stage_rows:
            vals = [med([t.get(n) for t in timings]) for n in names]
            total = med([sum(t.values()) for t in timings])
            print(f"| {s}× | " + " | ".join(fmt(v, 3) for v in vals)
                  + f" | {fmt(total, 3)} | {fmt(med([r['wall_s'] for r in rs]), 3)} |")

    # peer per-step timings from its stderr
    peer_rows = []
    for s in scales:
        rs = runs.get((s, "peer"))
        if rs:
            peer_rows.append((s, rs, [peer_steps(r["log"])[0] for r in rs]))
    if peer_rows:
        print("\n## peer steps (`[peer] step=… secs=…` on stderr, median over runs, s)\n")
        print("| scale | " + " | ".join(PEER_STEPS) + " | wall |")
        print("|---|" + "---|" * (len(PEER_STEPS) + 1))
        for s, rs, steps in peer_rows:
            vals = [med([st.get(n) for st in steps]) for n in PEER_STEPS]
            print(f"| {s}× | " + " | ".join(fmt(v, 3) for v in vals)
                  + f" | {fmt(med([r['wall_s'] for r in rs]), 3)} |")

    # what each tool produced (last run), to show the work is comparable
    print("\n## Output rows (last run at each scale)\n")
    print("| scale | tool | regions | pairs | indicators | sentence_diff | terms |")
    print("|---|---|---|---|---|---|---|")
    for s in scales:
        b = runs.get((s, "baogao"))
        if b:
            d = json.loads(Path(b[-1]["run_json"]).read_text())
            per_region = defaultdict(int)
            for i in d["inputs"]:
                per_region[i["region"]] += 1
            pairs = sum(n - 1 for n in per_region.values())
            c = d["counts"]
            print(f"| {s}× | baogao | {len(per_region)} | {pairs} | {c.get('indicators')} "
                  f"| {c.get('sentence_diff')} | {c.get('terms')} |")
        p = runs.get((s, "peer"))
        if p:
            _, info = peer_steps(p[-1]["log"])
            w = info.get("write_csv", {})
            print(f"| {s}× | peer | {p[-1]['regions']} | {info.get('diff', {}).get('pairs', '–')} "
                  f"| {w.get('indicators', '–')} | {w.get('sentence_diff', '–')} "
                  f"| {w.get('terms', '–')} |")


def main(argv):
    if len(argv) >= 2 and argv[1] == "check-baogao" and len(argv) == 5:
        check_baogao(argv[2], int(argv[3]), int(argv[4]))
    elif len(argv) >= 2 and argv[1] == "check-peer" and len(argv) == 5:
        check_peer(argv[2], argv[3], int(argv[4]))
    elif len(argv) == 3 and argv[1] == "summary":
        summary(argv[2])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
