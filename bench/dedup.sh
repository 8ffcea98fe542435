#!/usr/bin/env bash
# Dedup benchmark (docs/dedup.md): an end-to-end `taoxi dedup` of generated documents with wall time and
# peak memory. Signature throughput per core (ours vs Spark MLlib's MinHashLSH) is the JMH benchmark of
# bench/dedup-jmh.sh; the Spark jobs of one run are counted by bench/dedup-jobs.sh.
#
#   bench/dedup.sh                       200,000 documents, local[*]
#   DEDUP_DOCS=50000 bench/dedup.sh      a smaller run
#
# Environment: TAOXI_BUILD_DIR (default target; build with
# `mvn -B -o -Dtaoxi.build.dir=$TAOXI_BUILD_DIR -DskipTests package`), DEDUP_DOCS (default 200000),
# DEDUP_MASTER (default local[*]), DEDUP_HEAP (default 6g),
# KEEP=1 keeps the work folder. Prints the numbers; peak RSS comes from /usr/bin/time when installed.
set -euo pipefail
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib/common.sh"
taoxi_require_build

DOCS="${DEDUP_DOCS:-200000}"
MASTER="${DEDUP_MASTER:-local[*]}"
HEAP="${DEDUP_HEAP:-6g}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/taoxi-dedup-bench.XXXXXX")"
cleanup() {
  if [[ "${KEEP:-0}" == 1 ]]; then echo "work folder kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

log "cpu: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load: $(cut -d' ' -f1-3 /proc/loadavg)"
CMD=("$JAVA" "${TAOXI_FLAGS[@]}" -Xmx"$HEAP" -cp "$TAOXI_CP" io.taoxi.jobs.dedup.DedupBenchmark
  --docs "$DOCS" --master "$MASTER" --work "$WORK")
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -v "${CMD[@]}" 2> "$WORK/time.txt"
  grep -E 'Maximum resident set size|Elapsed \(wall clock\)' "$WORK/time.txt" | sed 's/^\s*/process: /'
else
  T0="$(now)"
  "${CMD[@]}"
  log "process wall time: $(elapsed "$T0" "$(now)") s (install GNU time for peak RSS)"
fi
