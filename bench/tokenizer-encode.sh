#!/usr/bin/env bash
# Encode speed and equivalence: Taoxi's Java encoder vs Hugging Face tokenizers (Rust, via DJL) in one JVM,
# same documents, one thread each. Prints MB/s, the ratio ours/HF and whether all ids were identical
# (exit 1 if not). Usage: bench/tokenizer-encode.sh [MB=10] [SEED=20261130]
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-10}"; SEED="${2:-20261130}"
BUILD="${TAOXI_BUILD_DIR:-target-bench}"
MOD=tokenizer-trainer
mvn -B -q -ntp -Dtaoxi.build.dir="$BUILD" -pl "$MOD" test-compile
mvn -B -q -ntp -Dtaoxi.build.dir="$BUILD" -pl "$MOD" dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$MOD/$BUILD/bench.classpath" >/dev/null
"$MOD/fetch-tokenizers.sh" "$MOD/$BUILD/tokenizers"
CP="$MOD/$BUILD/test-classes:$MOD/$BUILD/classes:$(cat "$MOD/$BUILD/bench.classpath")"
export DJL_CACHE_DIR="$MOD/$BUILD/djl-cache"
for tok in qwen3 llama3; do
  for mode in cjk mixed; do
    echo "== $tok $mode ${MB} MB"
    java -Xmx8g -Dfile.encoding=UTF-8 -cp "$CP" io.taoxi.tokenizer.bench.EncodeBenchmark \
      "$MOD/$BUILD/tokenizers/$tok/tokenizer.json" "$MB" "$SEED" "$mode" 2>&1 | grep -v '^SLF4J'
  done
done
