#!/usr/bin/env python3
"""Checks and compares taoxi stage outputs (manifest.json + `taoxi export --format jsonl` of all rows).

  outputs.py check   OUT ROWS.jsonl                      one output is whole and consistent
  outputs.py compare OUT_A ROWS_A.jsonl OUT_B ROWS_B.jsonl two outputs hold the same documents

`check`: manifest.json exists, invariant_holds, in = kept + dropped + quarantined, no OUT.inprogress
left, every id appears once across kept/dropped/quarantine, and the row counts per outcome equal the
manifest's. `compare`: manifest counts and by_reason equal, and the sets of
(id, outcome, reason, sha256(text)) rows equal. Exit 0 when all hold, 1 otherwise (what differs is
printed).
"""
import hashlib
import json
import os
import sys
from collections import Counter

OUTCOMES = {"kept": "kept", "dropped": "dropped", "quarantined": "quarantined", "quarantine": "quarantined"}


def manifest(out):
    path = os.path.join(out, "manifest.json")
    if not os.path.isfile(path):
        raise SystemExit(f"FAIL: no manifest at {path}")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def rows(jsonl):
    """(id, outcome, reason, sha256 of text) for every exported row."""
    result = []
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            text = r.get("text")
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest() if text is not None else "-"
            result.append((r["id"], OUTCOMES.get(r.get("outcome"), r.get("outcome")), r.get("reason") or "", digest))
    return result


def check(out, jsonl):
    problems = []
    m = manifest(out)
    c = m["counts"]
    docs = {k: c[k]["docs"] for k in ("in", "kept", "dropped", "quarantined")}
    if not m.get("invariant_holds"):
        problems.append("manifest says invariant_holds = false")
    if docs["in"] != docs["kept"] + docs["dropped"] + docs["quarantined"]:
        problems.append(f"in {docs['in']} != kept + dropped + quarantined {docs}")
    leftover = out.rstrip("/") + ".inprogress"
    if os.path.exists(leftover):
        problems.append(f"{leftover} is still there")
    rs = rows(jsonl)
    ids = Counter(r[0] for r in rs)
    dups = {i: n for i, n in ids.items() if n > 1}
    if dups:
        problems.append(f"{len(dups)} duplicate ids, e.g. {list(dups.items())[:3]}")
    per_outcome = Counter(r[1] for r in rs)
    for outcome in ("kept", "dropped", "quarantined"):
        if per_outcome.get(outcome, 0) != docs[outcome]:
            problems.append(f"{outcome}: {per_outcome.get(outcome, 0)} rows but manifest says {docs[outcome]}")
    print(f"check {out}: {len(rs)} rows, {len(ids)} distinct ids, counts {docs}, master {m.get('spark_master')}")
    for p in problems:
        print(f"  problem: {p}")
    return not problems


def compare(out_a, jsonl_a, out_b, jsonl_b):
    problems = []
    ma, mb = manifest(out_a), manifest(out_b)
    for key in ("in", "kept", "dropped", "quarantined"):
        if ma["counts"][key] != mb["counts"][key]:
            problems.append(f"counts.{key}: {ma['counts'][key]} vs {mb['counts'][key]}")
    if ma["by_reason"] != mb["by_reason"]:
        keys = sorted(set(ma["by_reason"]) | set(mb["by_reason"]))
        diff = {k: (ma["by_reason"].get(k), mb["by_reason"].get(k)) for k in keys
                if ma["by_reason"].get(k) != mb["by_reason"].get(k)}
        problems.append(f"by_reason differs: {diff}")
    ra, rb = set(rows(jsonl_a)), set(rows(jsonl_b))
    if ra != rb:
        only_a, only_b = sorted(ra - rb), sorted(rb - ra)
        problems.append(f"rows differ: {len(only_a)} only in {out_a}, {len(only_b)} only in {out_b};"
                        f" e.g. {only_a[:2]} / {only_b[:2]}")
    print(f"compare: {len(ra)} vs {len(rb)} (id, outcome, reason, sha256(text)) rows;"
          f" by_reason keys {len(ma['by_reason'])}; counts.in {ma['counts']['in']['docs']}")
    for p in problems:
        print(f"  problem: {p}")
    return not problems


def main(argv):
    if len(argv) == 3 and argv[0] == "check":
        return 0 if check(argv[1], argv[2]) else 1
    if len(argv) == 5 and argv[0] == "compare":
        return 0 if compare(*argv[1:]) else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
