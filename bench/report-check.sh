#!/usr/bin/env bash
# Acceptance check of report.html (issue 10; the tokenizer audit's page too, issue 8): opens it in headless
# Chromium with the network off and
#   1. takes a screenshot (must exist and be larger than a blank page),
#   2. dumps the DOM after load and checks: a table and the expected heading are there, every
#      <svg class="chart"> has bars (data-total > 0 and at least one <rect>), at least REPORT_CHECK_MIN_CHARTS
#      charts, no <script> element, no http(s) resource loaded,
#   3. logs the browser console (--enable-logging=stderr) and fails on a JavaScript or console error.
# Usage: bench/report-check.sh [REPORT_HTML] [SCREENSHOT_PNG]
#   default REPORT_HTML out/demo/report/report.html; default screenshot next to it (report.png).
#   REPORT_CHECK_EXPECT  text the page must contain (default: Funnel, the pipeline report's table)
#   REPORT_CHECK_MIN_CHARTS  fewest charts accepted (default 0)
#   bench/audit-tokenizers.sh runs it on out/audit/report.html with "Parity with English" and 3.
# Exit codes: 0 ok, 1 a check failed (message says which), 2 chromium missing or bad arguments.
set -euo pipefail
HTML="${1:-out/demo/report/report.html}"
[[ -f "$HTML" ]] || { echo "report-check: no report at $HTML (run 'taoxi report --run RUN' first)" >&2; exit 2; }
HTML="$(readlink -f "$HTML")"
PNG="${2:-$(dirname "$HTML")/report.png}"
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[[ -n "$CHROMIUM" ]] || { echo "report-check: chromium not found (apt-get install chromium)" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
EXPECT="${REPORT_CHECK_EXPECT:-Funnel}"
MIN_CHARTS="${REPORT_CHECK_MIN_CHARTS:-0}"
FLAGS=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run
       --disable-extensions --disable-sync --user-data-dir="$WORK/profile" --window-size=1400,3000)

timeout 120 "$CHROMIUM" "${FLAGS[@]}" --screenshot="$PNG" "file://$HTML" >"$WORK/shot.log" 2>&1 || {
  echo "report-check: chromium --screenshot failed:" >&2; tail -20 "$WORK/shot.log" >&2; exit 1; }
timeout 120 "$CHROMIUM" "${FLAGS[@]}" --enable-logging=stderr --v=0 --virtual-time-budget=5000 --dump-dom \
  "file://$HTML" >"$WORK/dom.html" 2>"$WORK/console.log" || {
  echo "report-check: chromium --dump-dom failed:" >&2; tail -20 "$WORK/console.log" >&2; exit 1; }

python3 - "$HTML" "$PNG" "$WORK/dom.html" "$WORK/console.log" "$EXPECT" "$MIN_CHARTS" <<'PY'
import re, sys, os
html_path, png, dom_path, console_path, expect, min_charts = sys.argv[1:7]
dom = open(dom_path, encoding="utf-8", errors="replace").read()
console = open(console_path, encoding="utf-8", errors="replace").read()
problems = []
if not os.path.isfile(png) or os.path.getsize(png) < 20_000:
    problems.append(f"screenshot {png} missing or too small for a drawn page "
                    f"({os.path.getsize(png) if os.path.isfile(png) else 0} bytes)")
elif open(png, "rb").read(8) != b"\x89PNG\r\n\x1a\n":
    problems.append(f"screenshot {png} is not a PNG")
if "<table" not in dom or expect not in dom:
    problems.append(f"the DOM has no table or no '{expect}'")
charts = re.findall(r'<svg\b[^>]*\bclass="chart"[^>]*>.*?</svg>', dom, flags=re.S)
empty = []
for chart in charts:
    total = re.search(r'data-total="(\d+)"', chart)
    if not total or int(total.group(1)) == 0 or "<rect" not in chart:
        empty.append(re.search(r'aria-label="([^"]*)"', chart).group(1) if 'aria-label' in chart else "?")
if empty:
    problems.append(f"{len(empty)} empty chart(s): {', '.join(empty)}")
if len(charts) < int(min_charts):
    problems.append(f"{len(charts)} chart(s), expected at least {min_charts}")
if re.search(r"<script\b", dom, flags=re.I):
    problems.append("the report contains a <script> element")
if re.search(r'(src|href)="https?://', dom):
    problems.append("the report loads something over the network")
errors = [line for line in console.splitlines()
          if re.search(r"Uncaught|CONSOLE\(\d+\).*(error|Error)|:ERROR:CONSOLE", line)]
if errors:
    problems.append("console errors:\n  " + "\n  ".join(errors[:10]))
print(f"report-check: {html_path}: {len(charts)} chart(s), {dom.count('<table')} table(s), "
      f"screenshot {png} ({os.path.getsize(png) if os.path.isfile(png) else 0} bytes)")
if problems:
    print("report-check: FAILED\n- " + "\n- ".join(problems), file=sys.stderr)
    sys.exit(1)
print("report-check: ok")
PY
