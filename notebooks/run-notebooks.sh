#!/usr/bin/env bash
# Executes every notebook of notebooks/ headless on a run's report output and fails on the first error.
# Usage: notebooks/run-notebooks.sh RUN_DIR        (reads RUN_DIR/report, written by `taoxi report --run RUN_DIR`)
#        TAOXI_REPORT=/path/to/report notebooks/run-notebooks.sh   (a report folder somewhere else)
# Executed copies go to $NOTEBOOK_OUT (default RUN_DIR/report/notebooks/), the sources stay untouched.
# Needs Debian's jupyter-nbconvert, python3-pandas, python3-matplotlib, python3-ipykernel.
set -euo pipefail
HERE="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
if [[ -z "${TAOXI_REPORT:-}" ]]; then
  [[ $# -eq 1 ]] || { echo "usage: $0 RUN_DIR   (or set TAOXI_REPORT)" >&2; exit 2; }
  TAOXI_REPORT="$1/report"
fi
TAOXI_REPORT="$(readlink -f "$TAOXI_REPORT")"
[[ -f "$TAOXI_REPORT/report.json" ]] || {
  echo "run-notebooks: no report.json in $TAOXI_REPORT (run 'taoxi report --run RUN_DIR' first)" >&2; exit 2; }
command -v jupyter-nbconvert >/dev/null || command -v jupyter >/dev/null || {
  echo "run-notebooks: jupyter-nbconvert not found (apt-get install jupyter-nbconvert python3-ipykernel)" >&2; exit 2; }
OUT="${NOTEBOOK_OUT:-$TAOXI_REPORT/notebooks}"
mkdir -p "$OUT"
export TAOXI_REPORT MPLBACKEND=Agg
status=0
for notebook in "$HERE"/*.ipynb; do
  name="$(basename "$notebook")"
  if jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
       --output-dir "$OUT" --output "$name" "$notebook" >"$OUT/${name%.ipynb}.log" 2>&1; then
    echo "ok      $name -> $OUT/$name"
  else
    echo "FAILED  $name (log: $OUT/${name%.ipynb}.log)" >&2
    tail -30 "$OUT/${name%.ipynb}.log" >&2
    status=1
  fi
done
exit $status
