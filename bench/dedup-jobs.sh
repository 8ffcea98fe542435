#!/usr/bin/env bash
# Spark jobs, stages and tasks of `taoxi dedup`, counted from Spark's event log (docs/dedup.md, "Spark jobs").
#
#   bench/dedup-jobs.sh                  input: out/demo/filter (run `bin/taoxi demo` first)
#   bench/dedup-jobs.sh STAGE_FOLDER     any stage output with kept/ and manifest.json
#
# Each of DEDUP_RUNS runs (default 3) writes a fresh output, prints the event-log summary
# (bench/lib/spark_events.py) and the stage's process_and_write time from its manifest; the job list of
# the last run follows. Environment: TAOXI_BUILD_DIR, DEDUP_MASTER (default local[2]), DEDUP_RUNS,
# TAOXI_HEAP (default 2g), KEEP=1 keeps the work folder.
set -euo pipefail
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib/common.sh"
taoxi_require_build

INPUT="$(readlink -f "${1:-out/demo/filter}")"
[[ -f "$INPUT/manifest.json" ]] || die "no stage output at $INPUT (run bin/taoxi demo first, or pass a stage folder)"
MASTER="${DEDUP_MASTER:-local[2]}"
RUNS="${DEDUP_RUNS:-3}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/taoxi-dedup-jobs.XXXXXX")"
cleanup() {
  if [[ "${KEEP:-0}" == 1 ]]; then echo "work folder kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

log "input $INPUT ($(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["counts"]["kept"]["docs"])' "$INPUT/manifest.json") kept documents), master $MASTER, commit $(git -C "$TAOXI_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
for run in $(seq 1 "$RUNS"); do
  mkdir -p "$WORK/events-$run"
  TAOXI_JAVA_OPTS="-Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file://$WORK/events-$run -Dspark.eventLog.compress=false" \
    taoxi dedup --input "$INPUT" --output "$WORK/dedup-$run" --master "$MASTER" > "$WORK/run-$run.log" 2>&1 \
    || { tail -20 "$WORK/run-$run.log" >&2; die "taoxi dedup failed (log: $WORK/run-$run.log)"; }
  EVENTS="$WORK/events-$run"
  MS="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["timings_ms"]["process_and_write"])' "$WORK/dedup-$run/manifest.json")"
  echo "run $run: $(python3 "$TAOXI_ROOT/bench/lib/spark_events.py" "$EVENTS"); stage process_and_write $MS ms; load $(cut -d' ' -f1 /proc/loadavg)"
done
grep '^\[dedup\]' "$WORK/run-$RUNS.log" | grep -v -e 'tasks' -e 'records' || true
python3 "$TAOXI_ROOT/bench/lib/spark_events.py" "$EVENTS" --jobs | tail -n +2
