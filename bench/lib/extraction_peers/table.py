"""Prints the tables of bench/extraction-peers.sh from the files it left in OUT.

OUT/<extractor>/<set>/scores.txt  `ExtractionEval --verbose [--candidates …]` output (per-page rows,
                                   the per-language table, for a peer the missing_candidates lines)
OUT/<extractor>/<set>/wall_s      seconds of wall time of the extraction run (process start-up included)
OUT/<peer>/<set>/peer-summary.txt blocktext.py's summary (pages, empty, failed, extract_ms)
OUT/taoxi/<set>/eval.err          ExtractionEval's "extracted and scored N pages in X ms"

One Markdown table per set: rows = languages + ALL, columns = token-F1 / char-F1 (mean over pages) of
Taoxi and of each peer; then empty/missing pages; then one line of time per extractor.

Usage: python3 table.py OUT "SET…" "PEER…"
"""
import os
import re
import sys

LABELS = {
    "taoxi": "Taoxi",
    "readability": "Readability",
    "readability-lxml": "readability-lxml",
    "defuddle": "Defuddle",
}
ROW = re.compile(r"^(\S+)\s+(\d+)\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)$")


def read(path, default=""):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return default


def summary_rows(scores_text):
    """lang → (pages, token_f1, char_f1) from the per-language table (after the 'lang pages' header)."""
    rows = {}
    in_table = False
    for line in scores_text.splitlines():
        if line.startswith("lang ") and "token_f1" in line:
            in_table = True
            continue
        m = ROW.match(line.strip()) if in_table else None
        if m:
            rows[m.group(1)] = (int(m.group(2)), float(m.group(3)), float(m.group(4)))
    return rows


def main():
    out, sets, peers = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
    extractors = ["taoxi"] + peers
    wall = {e: 0.0 for e in extractors}
    extract_ms = {e: 0.0 for e in extractors}
    pages_total = {e: 0 for e in extractors}
    for s in sets:
        scores = {e: summary_rows(read(os.path.join(out, e, s, "scores.txt"))) for e in extractors}
        langs = [lang for lang in scores["taoxi"] if lang != "ALL"] + ["ALL"]
        print(f"\n#### `{s}/` — mean token-F1 / char-F1\n")
        header = "| lang | pages | " + " | ".join(f"{LABELS.get(e, e)} token | {LABELS.get(e, e)} char" for e in extractors) + " |"
        print(header)
        print("|" + "---|" * (2 + 2 * len(extractors)))
        for lang in langs:
            pages = scores["taoxi"].get(lang, (0,))[0]
            cells = []
            for e in extractors:
                row = scores[e].get(lang)
                cells += [f"{row[1]:.3f}", f"{row[2]:.3f}"] if row else ["–", "–"]
            name = f"**{lang}**" if lang == "ALL" else lang
            print(f"| {name} | {pages} | " + " | ".join(cells) + " |")
        notes = []
        for e in extractors:
            wall[e] += float(read(os.path.join(out, e, s, "wall_s"), "0") or 0)
            if e == "taoxi":
                m = re.search(r"extracted and scored (\d+) pages in (\d+) ms", read(os.path.join(out, e, s, "eval.err")))
                if m:
                    pages_total[e] += int(m.group(1))
                    extract_ms[e] += float(m.group(2))
                continue
            summary = read(os.path.join(out, e, s, "peer-summary.txt"))
            m = re.search(r"pages (\d+).*extract_ms (\d+)", summary)
            if m:
                pages_total[e] += int(m.group(1))
                extract_ms[e] += float(m.group(2))
            for line in summary.splitlines()[1:]:
                notes.append(f"{LABELS.get(e, e)}: {line.strip()}")
            for line in read(os.path.join(out, e, s, "scores.txt")).splitlines():
                if line.startswith("missing_candidates") and not line.startswith("missing_candidates 0 "):
                    notes.append(f"{LABELS.get(e, e)}: {line}")
        if notes:
            print()
            for note in notes:
                print(f"- {note}")
    print("\nTime over all sets (wall: the whole run, process start-up included; in-process: parse + extract"
          " only, summed over pages; Taoxi's in-process time includes scoring):\n")
    for e in extractors:
        print(f"- {LABELS.get(e, e)}: {pages_total[e]} pages, wall {wall[e]:.1f} s, in-process {extract_ms[e] / 1000:.2f} s")


if __name__ == "__main__":
    main()
