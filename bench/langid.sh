#!/usr/bin/env bash
# Language-ID benchmark: langid_v1 vs lingua 1.2.2 (high-accuracy mode) in one JVM, one thread, on the held-out
# sentences in filters/src/test/resources/langid/heldout-*.tsv. Prints accuracy per language and per length and
# sentences/s (docs/langid.md). Lingua preloads all models: ~1.4 GB heap, 15-35 s to load.
#
#   bench/langid.sh                 # full table
#   bench/langid.sh --misses        # also list every miss
#   bench/langid.sh --no-lingua F   # ours only, on a TSV of your own (expected<TAB>kind<TAB>text)
#
# Environment: TAOXI_BUILD_DIR (default target-lid), BENCH_HEAP (default 3g).
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
BUILD="${TAOXI_BUILD_DIR:-target-lid}"
cd "$ROOT"
mvn -B -q -Dtaoxi.build.dir="$BUILD" -pl filters test-compile
mvn -B -q -Dtaoxi.build.dir="$BUILD" -pl filters dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$BUILD/bench-classpath.txt" >/dev/null
CP="filters/$BUILD/test-classes:filters/$BUILD/classes:$(cat "filters/$BUILD/bench-classpath.txt")"
exec java -Xmx"${BENCH_HEAP:-3g}" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -cp "$CP" \
    io.taoxi.filters.langid.LangidBenchmark "$@"
