#!/usr/bin/env bash
# Trainer benchmark: Taoxi's BPE trainer vs sentencepiece's spm_train --model_type=bpe on the same text and
# vocab size (training time, held-out bytes/token), then peak heap growth vs distinct pre-tokens.
# Usage: bench/tokenizer-train.sh [MB=20] [VOCAB=32000] [SEED=20261130]
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-20}"; VOCAB="${2:-32000}"; SEED="${3:-20261130}"
BUILD="${TAOXI_BUILD_DIR:-target-bench}"
MOD=tokenizer-trainer
if ! command -v spm_train >/dev/null; then
  (apt-get install -y sentencepiece || (apt-get update && apt-get install -y sentencepiece)) >/dev/null
fi
mvn -B -q -ntp -Dtaoxi.build.dir="$BUILD" -pl "$MOD" test-compile
mvn -B -q -ntp -Dtaoxi.build.dir="$BUILD" -pl "$MOD" dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$MOD/$BUILD/bench.classpath" >/dev/null
CP="$MOD/$BUILD/test-classes:$MOD/$BUILD/classes:$(cat "$MOD/$BUILD/bench.classpath")"
W="$MOD/$BUILD/train-bench"
J="java -Xmx12g -Dfile.encoding=UTF-8 -cp $CP io.taoxi.tokenizer.bench.TrainBenchmark"
$J corpus "$W" "$MB" "$SEED"
ours=$($J train "$W" "$VOCAB" | tee /dev/stderr | grep '^ours:')
ours_s=$(sed -E 's/.*total_s=([0-9.]+).*/\1/' <<<"$ours")
ours_bpt=$(sed -E 's/.*heldout_bytes_per_token=([0-9.]+).*/\1/' <<<"$ours")
t0=$(date +%s.%N)
spm_train --input="$W/train.txt" --model_prefix="$W/spm-$VOCAB" --model_type=bpe --vocab_size="$VOCAB" \
  --character_coverage=1.0 --byte_fallback=true --max_sentence_length=100000 --num_threads="$(nproc)" \
  --minloglevel=2 >"$W/spm.log" 2>&1
t1=$(date +%s.%N)
spm_s=$(echo "$t1 - $t0" | bc -l)
spm_tokens=$(spm_encode --model="$W/spm-$VOCAB.model" --output_format=id <"$W/heldout.txt" | wc -w)
held_bytes=$(tr -d '\n' <"$W/heldout.txt" | wc -c)
spm_bpt=$(echo "$held_bytes / $spm_tokens" | bc -l)
printf 'spm_train: vocab=%d time_s=%.2f heldout_bytes_per_token=%.4f (threads=%d)\n' "$VOCAB" "$spm_s" "$spm_bpt" "$(nproc)"
printf 'ratio time ours/spm: %.3f   bytes/token ours/spm: %.3f (higher = better compression)\n' \
  "$(echo "$ours_s / $spm_s" | bc -l)" "$(echo "$ours_bpt / $spm_bpt" | bc -l)"
echo "== memory vs distinct pre-tokens (vocab 32000)"
$J memory 100000 200000 400000 800000
