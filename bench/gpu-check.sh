#!/usr/bin/env bash
# GPU check of the engine's CUDA path, for a session that is lent a GPU (one H200 here). ≤ 10 minutes.
#
#   here (any machine with Maven):  bench/gpu-check.sh prepare
#       builds engine/target-gpu/ (engine jar + its jars in lib/); carry that folder to the GPU machine.
#   on the GPU machine:             bench/gpu-check.sh
#       1. builds libtaoxi_engine_cuda with CMake + nvcc (+ cuBLAS) from engine/src/main/cpp (no Maven);
#       2. small f32 model (hidden 128, 4 layers, 8/2 heads, vocab 1000): CUDA vs the Java reference (F64)
#          vs Hugging Face transformers in fp32 — max abs log-prob differences;
#       3. random 0.5B-shaped bf16 model: tokens/s and MFU of the CUDA path over GPU_CHECK_DOCS 512-token
#          documents (every token scored), CUDA vs CPU path (when OpenBLAS is installed there) and vs
#          transformers in bf16, and transformers' own tokens/s on the same documents.
# Needs there: java 17 (a JDK: jni.h), cmake ≥ 3.18, nvcc, python3 with torch, transformers, safetensors.
# Status: written without a GPU; never run. Results go to $OUT (or /tmp/taoxi-gpu-check).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
VERSION=0.1.0-SNAPSHOT
LIB=engine/target-gpu

if [[ "${1:-}" == prepare ]]; then
  mvn -B -q -ntp -Dtaoxi.build.dir=target-gpu -pl engine -DskipTests -Dtaoxi.cuda=OFF package
  mvn -B -q -ntp -Dtaoxi.build.dir=target-gpu -pl engine dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$PWD/$LIB/lib" >/dev/null
  cp "$LIB/taoxi-engine-$VERSION.jar" "$LIB/lib/"
  du -sh "$LIB/lib"
  echo "prepared $LIB/lib; carry engine/target-gpu to the GPU machine"
  exit 0
fi

WORK="${OUT:-/tmp/taoxi-gpu-check}"
mkdir -p "$WORK"
DOCS="${GPU_CHECK_DOCS:-256}"
missing=()
for c in java cmake nvcc python3; do command -v "$c" >/dev/null || missing+=("$c"); done
[[ -d "$LIB/lib" ]] || missing+=("$LIB/lib (run 'bench/gpu-check.sh prepare' where Maven works, carry $LIB)")
if ((${#missing[@]})); then echo "gpu-check: missing: ${missing[*]}"; exit 2; fi
nvidia-smi --query-gpu=name,memory.total,clocks.max.sm --format=csv,noheader || true
JAVA_HOME_DIR="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
[[ -f "$JAVA_HOME_DIR/include/jni.h" ]] || { echo "gpu-check: no jni.h under $JAVA_HOME_DIR (need a JDK)"; exit 2; }

echo "== build the CUDA library"
cmake -S engine/src/main/cpp -B "$WORK/cmake" -DCMAKE_BUILD_TYPE=Release -DTAOXI_CPU=OFF -DTAOXI_CUDA=ON \
  -DTAOXI_VERSION="$VERSION" -DTAOXI_OUTPUT_DIR="$WORK/native" -DTAOXI_JAVA_HOME="$JAVA_HOME_DIR" \
  -DCMAKE_CUDA_ARCHITECTURES="${CUDA_ARCH:-90}" | grep -E "taoxi|Error" || true
cmake --build "$WORK/cmake" --parallel 16
CP="$LIB/lib/*"
JAVA=(java -Xmx16g -Dtaoxi.engine.cuda.library="$WORK/native/libtaoxi_engine_cuda-$VERSION.so" -cp "$CP")

echo "== small f32 model: CUDA vs Java reference vs transformers fp32"
SMALL="$WORK/small-f32"
[[ -f "$SMALL/config.json" ]] || "${JAVA[@]}" io.taoxi.engine.MakeTestModel --output "$SMALL" --hidden 128 \
  --layers 4 --heads 8 --kv-heads 2 --intermediate 256 --vocab 1000 --seed 3 --dtype f32 --theta 1000000
"${JAVA[@]}" io.taoxi.engine.GpuCheck small "$SMALL" "$WORK/small.jsonl"

echo "== 0.5B-shaped bf16 model: CUDA throughput, CUDA vs CPU"
BIG="$WORK/q05-bf16"
[[ -f "$BIG/config.json" ]] || "${JAVA[@]}" io.taoxi.engine.MakeTestModel --output "$BIG" --hidden 896 \
  --layers 24 --heads 14 --kv-heads 2 --intermediate 4864 --vocab 151936 --seed 1 --dtype bf16 --theta 1000000
OMP_WAIT_POLICY=PASSIVE "${JAVA[@]}" io.taoxi.engine.GpuCheck speed "$BIG" "$DOCS" "$WORK/big.jsonl" \
  "${GPU_PEAK_TFLOPS:-989.5}"

echo "== transformers"
python3 - "$SMALL" "$WORK/small.jsonl" "$BIG" "$WORK/big.jsonl" "$DOCS" <<'PY'
import json, sys, time
import torch
from transformers import Qwen2ForCausalLM
small, small_jsonl, big, big_jsonl, docs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
torch.backends.cuda.matmul.allow_tf32 = False
torch.backends.cudnn.allow_tf32 = False

def logprobs(model, toks, device):
    ids = torch.tensor([toks], device=device)
    with torch.no_grad():
        logits = model(ids).logits.float()
    lp = torch.log_softmax(logits[0, :-1], dim=-1)
    return lp.gather(1, ids[0, 1:, None])[:, 0].cpu()

def maxdiff(rows, key, got):
    return max(float((torch.tensor(r[key]) - g).abs().max()) for r, g in zip(rows, got))

rows = [json.loads(l) for l in open(small_jsonl)]
for device in ("cpu", "cuda"):
    m = Qwen2ForCausalLM.from_pretrained(small, torch_dtype=torch.float32).to(device).eval()
    hf = [logprobs(m, r["tokens"], device) for r in rows]
    print(f"small f32, transformers fp32 on {device}: max |hf - java reference F64| = "
          f"{maxdiff(rows, 'reference', hf):.3g}, max |hf - cuda| = {maxdiff(rows, 'cuda', hf):.3g}")

rows = [json.loads(l) for l in open(big_jsonl)]
m = Qwen2ForCausalLM.from_pretrained(big, torch_dtype=torch.bfloat16).to("cuda").eval()
hf = [logprobs(m, r["tokens"], "cuda") for r in rows]
print(f"0.5B bf16: max |hf bf16 - cuda| = {maxdiff(rows, 'cuda', hf):.3g}"
      + (f", max |hf bf16 - cpu| = {maxdiff(rows, 'cpu', hf):.3g}" if "cpu" in rows[0] else ""))
g = torch.Generator().manual_seed(11)
batch = 16
ids = torch.randint(0, 151643, (batch, 513), generator=g).cuda()
with torch.no_grad():
    for _ in range(2):
        m(ids)
    torch.cuda.synchronize()
    t0 = time.time()
    n = max(1, docs // batch)
    for _ in range(n):
        logits = m(ids).logits
        lp = torch.log_softmax(logits[:, :-1].float(), dim=-1).gather(2, ids[:, 1:, None])
    torch.cuda.synchronize()
    sec = time.time() - t0
print(f"transformers bf16 (sdpa, batch {batch}): {n * batch * 512 / sec:.0f} tokens/s")
PY
