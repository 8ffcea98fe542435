#!/usr/bin/env bash
# Quality-signal micro benchmark (io.taoxi.filters.quality.QualityBenchmark; no JMH): documents/s and MB/s
# per operator on the extraction fixtures' texts (zh-Hans, zh-Hant, ja, ko, en, de, fr, ru), small docs and
# ~20 KB pages, single thread, with a whitespace-split baseline in the same run. See docs/quality.md.
#
# Environment: TAOXI_BUILD_DIR (default target), QUALITY_BENCH_SECONDS (default 3 per row),
# QUALITY_BENCH_HEAP (default 1g). Builds the filters test classes offline first. About 1.5 minutes.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
BUILD_DIR="${TAOXI_BUILD_DIR:-target}"
cd "$ROOT"
mvn -B -q -o -Dtaoxi.build.dir="$BUILD_DIR" -pl filters test-compile
CP_FILE="$ROOT/filters/$BUILD_DIR/quality-bench.classpath"
mvn -B -q -o -Dtaoxi.build.dir="$BUILD_DIR" -pl filters dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -Xmx"${QUALITY_BENCH_HEAP:-1g}" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  -cp "filters/$BUILD_DIR/classes:filters/$BUILD_DIR/test-classes:$(cat "$CP_FILE")" \
  io.taoxi.filters.quality.QualityBenchmark filters/src/test/resources/extraction/pages "${QUALITY_BENCH_SECONDS:-3}"
