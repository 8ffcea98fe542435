#!/usr/bin/env bash
# JMH: MinHash signature throughput on one thread, Taoxi's family vs Spark MLlib's MinHashLSH on the same
# shingle sets (benchmarks/src/main/java/io/taoxi/jobs/dedup/BenchmarkSignatures.java, docs/dedup.md).
# Prints documents/s and MB/s per benchmark and the ratios Taoxi / MLlib.
#
#   bench/dedup-jmh.sh                      the class's JMH settings (3 warm-up + 5 measured 5 s iterations, 1 fork)
#   bench/dedup-jmh.sh -wi 2 -i 3 -f 1      JMH options are passed through (-w/-r iteration time, a regexp, -prof …)
#
# Builds the benchmarks/ module first (`-Pbench`: it is not in the default reactor, so `mvn verify` never
# builds or runs it) into the build folder TAOXI_BUILD_DIR (default target), class path from
# benchmarks/$TAOXI_BUILD_DIR/classpath.txt (no uber jar). Environment: MVN (default `mvn -B -q -ntp -o`;
# drop -o the first time, to fetch JMH 1.37), JMH_HEAP (default 2g), BENCH_SKIP_BUILD=1 (reuse the build).
set -euo pipefail
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib/common.sh"
cd "$TAOXI_ROOT"
MVN="${MVN:-mvn -B -q -ntp -o}"
OUT="$TAOXI_ROOT/benchmarks/$TAOXI_BUILD_DIR"

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "building benchmarks/ (-Pbench) into $OUT"
  # shellcheck disable=SC2086
  $MVN -Pbench -Dtaoxi.build.dir="$TAOXI_BUILD_DIR" -Dtaoxi.cuda=OFF -DskipNative -pl benchmarks -am process-classes
fi
[[ -f "$OUT/classpath.txt" && -f "$OUT/classes/META-INF/BenchmarkList" ]] \
  || die "no $OUT/classpath.txt or JMH benchmark list: build with -Pbench -pl benchmarks -am process-classes"

log "cpu: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# JMH's forks inherit these JVM options (Spark's --add-opens list, heap).
"$JAVA" "${TAOXI_FLAGS[@]}" -Xmx"${JMH_HEAP:-2g}" -cp "$OUT/classes:$(cat "$OUT/classpath.txt")" \
  io.taoxi.jobs.dedup.BenchmarkSignatures "$@"
log "load after: $(cut -d' ' -f1-3 /proc/loadavg) (a 2-core machine shared with other jobs: compare ratios, not absolute numbers)"
