#!/usr/bin/env bash
# Benchmark: the forum and dataset readers (stackexchange, reddit, mbox, jsonl, csv, parquet) on ONE thread
# without Spark, through the SourceReader API a Spark task runs. Inputs: the demo forum files
# (ForumDemoFiles, seed 1) replicated with renumbered ids to BENCH_MB megabytes per reader (default 20);
# CSV and Parquet are made from the JSONL rows; reddit-split is the Reddit file cut into RS_/RC_ files, which
# the reader joins in one task (the ratio to reddit, printed last, is the price of the join). Prints
# documents/s (outcome rows), posts/s (posts folded into kept threads) and MB/s of input; best of
# BENCH_REPEAT passes (default 3) after one warm-up pass.
# Note: demo posts are short (one or two sentences), so per-post costs weigh more than in a real dump.
#
# Environment: TAOXI_BUILD_DIR (default target; test classes must be compiled), BENCH_MB, BENCH_REPEAT,
# KEEP=1 keeps the work folder. Exit 0 when every reader ran, 1 otherwise.
set -euo pipefail
# shellcheck source=bench/lib/common.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib/common.sh"
TEST_CLASSES="$TAOXI_JOBS/test-classes"
if [[ ! -f "$TEST_CLASSES/io/taoxi/jobs/ingest/forum/ForumReaderBench.class" || ! -d "$TAOXI_LIB" ]]; then
  echo "ingest-forums: no ForumReaderBench.class or $TAOXI_LIB;" \
    "build with: mvn -B -o -Dtaoxi.build.dir=$TAOXI_BUILD_DIR -DskipTests package" >&2
  exit 2
fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/taoxi-bench-forums.XXXXXX")"
cleanup() {
  local rc=$?
  if [[ "${KEEP:-0}" == 1 || $rc -ne 0 ]]; then echo "work folder kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
log "readers on one thread, ${BENCH_MB:-20} MB each, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
java "${TAOXI_FLAGS[@]}" -Xmx2g -cp "$TEST_CLASSES:$TAOXI_JOBS/classes:$TAOXI_LIB/*" \
  io.taoxi.jobs.ingest.forum.ForumReaderBench --mb "${BENCH_MB:-20}" --repeat "${BENCH_REPEAT:-3}" --warmup 1 \
  "$WORK" | tee "$WORK/result.txt"
n=$(grep -c '^RESULT ' "$WORK/result.txt" || true)
[[ "$n" -eq 7 ]] || { echo "ingest-forums: FAIL: $n of 7 inputs reported"; exit 1; }
python3 - "$WORK/result.txt" <<'PY'
import re, sys
r = {m.group(1): float(m.group(2)) for m in
     re.finditer(r"^RESULT reader=(\S+) seconds=([0-9.]+)", open(sys.argv[1]).read(), re.M)}
print(f"reddit-split / reddit: {r['reddit-split'] / r['reddit']:.2f}x the time for the same lines"
      " (two files joined by the time merge vs one mixed file)")
PY
log "done, load $(cut -d' ' -f1-3 /proc/loadavg)"
