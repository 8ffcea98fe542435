#!/usr/bin/env bash
# kill -9 during `taoxi ingest`, start again: same ids, no duplicates (docs/stages.md, "Publishing,
# skipping, restarting"). Prints PASS or FAIL and exits 0 or 1.
#
#   1. builds an input of KR_SEEDS demo corpora (generate-demo --seed …) copied KR_COPIES times each into
#      separate subfolders (ids depend on the relative path, so every copy is a distinct document);
#   2. a clean reference ingest into ref/;
#   3. ingest into out/, kill -9 at three moments, each time checking that out/ has no manifest and
#      out.inprogress/ was left behind; every next start must clear the leftover:
#        early  as soon as out.inprogress/ exists (no part file yet),
#        mid    once part files are being written (the first write job, kept/, is running),
#        late   once kept/ is committed (kept/_SUCCESS) and the later writes run;
#   4. a last ingest that runs to the end; then: no out.inprogress/ or out.replaced/ left, the manifest
#      invariant holds, no id twice across kept/dropped/quarantine, and ids, outcomes, reasons, text
#      hashes, counts and by_reason equal ref/'s.
#
# Environment: TAOXI_BUILD_DIR (default target), KR_COPIES (default 24), KR_SEEDS (default "20261130 7"),
# KR_MASTER (default local[2]), KEEP=1 keeps the work folder. About 2.5 minutes on 2 cores.
set -euo pipefail
# shellcheck source=bench/lib/common.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib/common.sh"
taoxi_require_build

COPIES="${KR_COPIES:-24}"
SEEDS="${KR_SEEDS:-20261130 7}"
KR_MASTER="${KR_MASTER:-local[2]}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/taoxi-kill-restart.XXXXXX")"
CHILD=""
cleanup() {
  local rc=$?
  if [[ -n "$CHILD" ]]; then
    kill -9 "$CHILD" 2>/dev/null || true
    wait "$CHILD" 2>/dev/null || true
  fi
  if [[ "${KEEP:-0}" == 1 || $rc -ne 0 ]]; then
    echo "work folder kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
  echo "kill-restart: FAIL: $*"
  exit 1
}

T0="$(now)"
mkdir -p "$WORK/logs" "$WORK/input"
OUT="$WORK/out"
INPROGRESS="$OUT.inprogress"

# --- input ---------------------------------------------------------------------------------------------
for seed in $SEEDS; do
  taoxi generate-demo --output "$WORK/demo-$seed" --seed "$seed" >> "$WORK/logs/generate-demo.log" 2>&1 \
    || fail "generate-demo --seed $seed failed"
  for ((i = 1; i <= COPIES; i++)); do
    mkdir -p "$WORK/input/seed-$seed/copy-$i"
    cp -p "$WORK/demo-$seed"/web/* "$WORK/input/seed-$seed/copy-$i/"
  done
done
FILES="$(find "$WORK/input" -type f | wc -l)"
log "input: $FILES files, $(du -sh "$WORK/input" | cut -f1) in $WORK/input"

# Starts ingest into OUT in the background; CHILD is the JVM's pid (java itself, so kill -9 hits it).
start_ingest() { # OUTPUT LOGFILE
  "$JAVA" "${TAOXI_FLAGS[@]}" -Xmx2g -cp "$TAOXI_CP" io.taoxi.jobs.cli.Taoxi \
    ingest --input "$WORK/input" --output "$1" --master "$KR_MASTER" > "$2" 2>&1 &
  CHILD=$!
}

# --- reference ------------------------------------------------------------------------------------------
T_REF="$(now)"
start_ingest "$WORK/ref" "$WORK/logs/ref.log"
wait "$CHILD" || fail "reference ingest exited with $? (see $WORK/logs/ref.log)"
CHILD=""
REF_S="$(elapsed "$T_REF" "$(now)")"
REF_STAGE_MS="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["timings_ms"]["process_and_write"])' "$WORK/ref/manifest.json")"
log "reference ingest: $REF_S s wall, process_and_write $REF_STAGE_MS ms"
if (( REF_STAGE_MS < 20000 )); then
  log "note: the stage took under 20 s; raise KR_COPIES for a wider kill window"
fi

# Put into a killed run's out.inprogress, so that the next run's own folder can be told from it.
MARKER=".kill-restart-leftover"
# StageRunner's line when it deletes a killed run's folder.
REMOVING="removing the unfinished output of an interrupted run"
# Waits until the running ingest's log says it removed the leftover (it does so before any new write, so
# a later moment cannot be mistaken for the leftover); 1 when the run ended without saying it.
wait_for_log() {
  while ! grep -q "$REMOVING" "$1"; do
    pid_alive "$CHILD" || return 1
    sleep 0.1
  done
}

# --- kill -9 at three moments ----------------------------------------------------------------------------
part_files() { find "$INPROGRESS" -name 'part-*' 2>/dev/null | wc -l; }
# Waits (0.1 s steps) until the condition named by $1 holds; 0 when it does, 1 when the run finished or
# died first.
wait_moment() {
  while true; do
    pid_alive "$CHILD" || return 1
    # A killed run's leftover carries MARKER: it does not count until the new run has replaced it.
    if [[ ! -e "$INPROGRESS/$MARKER" ]]; then
      case "$1" in
        early) [[ -d "$INPROGRESS" ]] && return 0 ;;
        mid) (( $(part_files) > 0 )) && return 0 ;;
        late) [[ -f "$INPROGRESS/kept/_SUCCESS" ]] && return 0 ;;
      esac
    fi
    sleep 0.1
  done
}

KILLS=0
RUN=0
LEFTOVER=0 # whether the last run was killed and left out.inprogress behind
for moment in early mid late; do
  RUN=$((RUN + 1))
  start_ingest "$OUT" "$WORK/logs/run-$RUN-$moment.log"
  T_START="$(now)"
  if (( LEFTOVER )) && ! wait_for_log "$WORK/logs/run-$RUN-$moment.log"; then
    fail "run $RUN ($moment) did not say it removed the previous run's out.inprogress"
  fi
  if ! wait_moment "$moment"; then
    wait "$CHILD" || true
    CHILD=""
    # The run ended on its own: start the next one from nothing, as a completed output would be skipped.
    rm -rf "$OUT" "$INPROGRESS"
    LEFTOVER=0
    log "run $RUN: the run ended before the '$moment' moment; no kill (see logs/run-$RUN-$moment.log)"
    continue
  fi
  AT="$(elapsed "$T_START" "$(now)")"
  PARTS="$(part_files)"
  kill -9 "$CHILD" 2>/dev/null || true
  wait "$CHILD" 2>/dev/null || true
  CHILD=""
  if [[ -e "$OUT/manifest.json" ]]; then
    rm -rf "$OUT" "$INPROGRESS"
    LEFTOVER=0
    log "run $RUN: finished before the kill at '$moment' landed; not counted"
    continue
  fi
  KILLS=$((KILLS + 1))
  LEFTOVER=1
  log "run $RUN: kill -9 at '$moment' after $AT s ($PARTS part files in out.inprogress)"
  [[ ! -e "$OUT/manifest.json" ]] || fail "run $RUN ($moment): $OUT/manifest.json exists after kill -9"
  [[ -d "$INPROGRESS" ]] || fail "run $RUN ($moment): no $INPROGRESS left after kill -9"
  touch "$INPROGRESS/$MARKER"
done
(( KILLS >= 2 )) || fail "only $KILLS of 3 kills happened; the ingest is too short (raise KR_COPIES)"

# --- restart to the end ---------------------------------------------------------------------------------
RUN=$((RUN + 1))
T_LAST="$(now)"
start_ingest "$OUT" "$WORK/logs/run-$RUN-final.log"
wait "$CHILD" || fail "the restarted ingest exited with $? (see $WORK/logs/run-$RUN-final.log)"
CHILD=""
LAST_S="$(elapsed "$T_LAST" "$(now)")"
if (( LEFTOVER )) && ! grep -q "$REMOVING" "$WORK/logs/run-$RUN-final.log"; then
  fail "the restarted ingest did not say it removed the leftover out.inprogress"
fi
log "restarted ingest finished in $LAST_S s"

# --- verify ---------------------------------------------------------------------------------------------
[[ ! -e "$INPROGRESS" ]] || fail "$INPROGRESS is still there"
[[ ! -e "$OUT/$MARKER" ]] || fail "$OUT holds the killed run's leftover ($MARKER)"
[[ ! -e "$OUT.replaced" ]] || fail "$OUT.replaced is still there"
taoxi export --input "$WORK/ref" --format jsonl --show-personal-data --output "$WORK/ref.jsonl" 2>> "$WORK/logs/export.log" \
  || fail "taoxi export of ref/ failed"
taoxi export --input "$OUT" --format jsonl --show-personal-data --output "$WORK/out.jsonl" 2>> "$WORK/logs/export.log" \
  || fail "taoxi export of out/ failed"
OK=1
python3 "$TAOXI_ROOT/bench/lib/outputs.py" check "$WORK/ref" "$WORK/ref.jsonl" || OK=0
python3 "$TAOXI_ROOT/bench/lib/outputs.py" check "$OUT" "$WORK/out.jsonl" || OK=0
python3 "$TAOXI_ROOT/bench/lib/outputs.py" compare "$WORK/ref" "$WORK/ref.jsonl" "$OUT" "$WORK/out.jsonl" || OK=0

echo "kill-restart: $FILES input files, $KILLS kills (early/mid/late), reference ${REF_S} s" \
  "(stage ${REF_STAGE_MS} ms), restart ${LAST_S} s, total $(elapsed "$T0" "$(now)") s"
(( OK )) || fail "the restarted output differs from the reference or is inconsistent (see the problems above)"
echo "kill-restart: PASS"
