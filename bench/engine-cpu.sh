#!/usr/bin/env bash
# CPU throughput of the native Qwen2 scorer on the Qwen2-0.5B shape (hidden 896, 24 layers, 14 heads,
# 2 kv heads, intermediate 4864, vocab 151936, theta 1e6; random weights), per weight dtype:
# ENGINE_DOCS documents of 512 tokens, <|endoftext|> prepended so every token is scored, 2 threads.
# Prints tokens/s, the ratio to llama.cpp's numbers on this machine (143 F32, 201 F16, 265 BF16 tok/s),
# and the share of a measured OpenBLAS sgemm rate and of the f32 FMA peak derived from lscpu below.
#
# OpenBLAS: shared/STACK.md says these machines may export OPENBLAS_CORETYPE=Haswell (AVX2 kernels).
# This script unsets it for the main runs (so OpenBLAS picks its AVX-512 SkylakeX kernels on this CPU) and,
# for comparison, runs F32 once more with Haswell forced; each run prints the core that ran.
#
# Environment: ENGINE_DOCS (default 8), ENGINE_DTYPES (default "f32 f16 bf16"), ENGINE_THREADS (2),
# ENGINE_BATCH_TOKENS (2052: four documents per forward pass), ENGINE_MODELS (/tmp/taoxi-engine-bench:
# random models are written there once, ~2 GB for f32), TAOXI_BUILD_DIR (target-bench).
# Runtime: a few minutes per dtype on 2 idle cores; the machine must be otherwise idle for the absolute
# numbers to mean anything (the sgemm share is the more robust figure).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
BUILD="${TAOXI_BUILD_DIR:-target-bench}"
DOCS="${ENGINE_DOCS:-8}"
DTYPES="${ENGINE_DTYPES:-f32 f16 bf16}"
THREADS="${ENGINE_THREADS:-2}"
BATCH="${ENGINE_BATCH_TOKENS:-2052}"
MODELS="${ENGINE_MODELS:-/tmp/taoxi-engine-bench}"
# libgomp reads its wait policy when the library loads: passive waiting keeps idle OpenMP threads from
# spinning against OpenBLAS's threads (3x on a loaded 2-core machine, see docs/engine.md).
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"

mvn -B -q -ntp -Dtaoxi.build.dir="$BUILD" -pl engine -DskipTests package
mvn -B -q -ntp -Dtaoxi.build.dir="$BUILD" -pl engine dependency:build-classpath \
  -Dmdep.outputFile="$PWD/engine/$BUILD/bench.cp" >/dev/null
CP="engine/$BUILD/taoxi-engine-0.1.0-SNAPSHOT.jar:$(cat "engine/$BUILD/bench.cp")"

# f32 FMA peak from lscpu: cores x lanes x 2 (multiply+add) x FMA units x GHz.
cores=$(lscpu -p=CORE | grep -v '^#' | sort -u | wc -l)
flags=$(lscpu | grep -i '^Flags')
if grep -qw avx512f <<<"$flags"; then lanes=16; isa=AVX-512; elif grep -qw avx2 <<<"$flags"; then lanes=8; isa=AVX2; else lanes=4; isa=SSE; fi
fma_units="${ENGINE_FMA_UNITS:-2}"   # Xeon Scalable (Skylake-SP Gold/Platinum and later, Sapphire Rapids): 2 x 512-bit FMA per core
ghz=$(lscpu | awk -F: '/CPU max MHz/ {gsub(/ /,"",$2); printf "%.2f", $2/1000}')
if [[ -z "$ghz" ]]; then ghz=$(lscpu | awk -F: '/BogoMIPS/ {gsub(/ /,"",$2); printf "%.2f", $2/2000}'); src="BogoMIPS/2 (no max MHz exposed under KVM; turbo may be higher)"; else src="CPU max MHz"; fi
peak=$(awk -v c="$cores" -v l="$lanes" -v u="$fma_units" -v g="$ghz" 'BEGIN {printf "%.1f", c*l*2*u*g}')
echo "peak f32: $cores cores x $lanes lanes ($isa) x 2 flops/FMA x $fma_units FMA units x $ghz GHz ($src) = $peak GFLOP/s"
echo "OPENBLAS_CORETYPE in this shell: '${OPENBLAS_CORETYPE:-}' (unset for the runs below unless stated)"

declare -A PEER=([f32]=143 [f16]=201 [bf16]=265)
for d in $DTYPES; do
  dir="$MODELS/qwen2-0.5b-shape-$d"
  if [[ ! -f "$dir/config.json" ]]; then
    java -cp "$CP" io.taoxi.engine.MakeTestModel --output "$dir" --hidden 896 --layers 24 --heads 14 \
      --kv-heads 2 --intermediate 4864 --vocab 151936 --seed 1 --dtype "$d" --theta 1000000
  fi
  echo "== $d, f32 OpenBLAS products (OPENBLAS_CORETYPE unset)"
  env -u OPENBLAS_CORETYPE java -cp "$CP" io.taoxi.engine.EngineBenchmark "$dir" "$DOCS" 512 "$BATCH" \
    "$THREADS" false "$peak" "${PEER[$d]}"
  if [[ $d != f32 ]] && grep -qwE 'amx_bf16|avx512_bf16' <<<"$flags"; then
    echo "== $d, bf16 compute (own AMX / AVX512-BF16 products; activations, and f16 weights, rounded to bf16)"
    env -u OPENBLAS_CORETYPE java -cp "$CP" io.taoxi.engine.EngineBenchmark "$dir" "$DOCS" 512 "$BATCH" \
      "$THREADS" false "$peak" "${PEER[$d]}" true
  fi
done
if [[ " $DTYPES " == *" f32 "* ]]; then
  echo "== f32 with OPENBLAS_CORETYPE=Haswell (AVX2 kernels)"
  OPENBLAS_CORETYPE=Haswell java -cp "$CP" io.taoxi.engine.EngineBenchmark "$MODELS/qwen2-0.5b-shape-f32" \
    "$DOCS" 512 "$BATCH" "$THREADS" false "$peak" 143
fi
