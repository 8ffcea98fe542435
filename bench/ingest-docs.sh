#!/usr/bin/env bash
# Benchmark: the document (tika) and code readers on ONE thread, no Spark, documents/s and MB/s.
#
# Input: the committed fixtures copied BENCH_COPIES times (default 20) into a work folder:
#   docs  jobs/src/test/resources/doc/corpus  (DOCX, DOC, RTF, PDF, ODT, PPTX, EPUB, HTML, Markdown,
#         Big5/Shift_JIS/EUC-KR text, a zip and a tar.gz of documents)
#   code  jobs/src/test/resources/code/repos  (a folder repository, a tar.gz repository, a loose file)
# BENCH_DOCS=DIR / BENCH_CODE=DIR measure other folders instead. Best of BENCH_REPEAT passes (default 3)
# after one warm-up pass (Tika loads its parsers on first use, ~1-3 s, which is not per document).
# Then the same document files once more through Tika alone (ForkParserBench): the in-process
# AutoDetectParser against Tika's ForkParser (one child JVM from jobs/<build>/lib, kept up between
# documents), documents/s and CPU seconds of each and the ratios, in the same run. BENCH_FORK=0 skips that
# part, BENCH_READERS=0 the reader part.
#
# Environment: TAOXI_BUILD_DIR (default target; test classes must be compiled), BENCH_COPIES, BENCH_REPEAT,
# BENCH_DOCS, BENCH_CODE, KEEP=1 keeps the work folder.
set -euo pipefail
# shellcheck source=bench/lib/common.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib/common.sh"
taoxi_require_build
TEST_CLASSES="$TAOXI_JOBS/test-classes"
if [[ ! -f "$TEST_CLASSES/io/taoxi/jobs/ingest/doc/DocCodeReaderBench.class" ]]; then
  echo "ingest-docs: no DocCodeReaderBench.class under $TEST_CLASSES;" \
    "build with: mvn -B -o -Dtaoxi.build.dir=$TAOXI_BUILD_DIR -DskipTests package" >&2
  exit 2
fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/taoxi-bench-docs.XXXXXX")"
cleanup() {
  local rc=$?
  if [[ "${KEEP:-0}" == 1 || $rc -ne 0 ]]; then echo "work folder kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

DOCS="${BENCH_DOCS:-}"
CODE="${BENCH_CODE:-}"
if [[ -z "$DOCS" ]]; then
  DOCS="$WORK/docs"
  for ((i = 0; i < ${BENCH_COPIES:-20}; i++)); do
    mkdir -p "$DOCS/copy-$i"
    cp -r "$TAOXI_ROOT/jobs/src/test/resources/doc/corpus/." "$DOCS/copy-$i/"
  done
fi
if [[ -z "$CODE" ]]; then
  CODE="$WORK/code"
  mkdir -p "$CODE"
  for ((i = 0; i < ${BENCH_COPIES:-20}; i++)); do
    cp -r "$TAOXI_ROOT/jobs/src/test/resources/code/repos/suanfa" "$CODE/suanfa-$i"
    cp "$TAOXI_ROOT/jobs/src/test/resources/code/repos/tool.tar.gz" "$CODE/tool-$i.tar.gz"
  done
fi
if [[ "${BENCH_READERS:-1}" != 0 ]]; then
"$JAVA" "${TAOXI_FLAGS[@]}" -Xmx2g -cp "$TEST_CLASSES:$TAOXI_JOBS/classes:$TAOXI_LIB/*" \
  io.taoxi.jobs.ingest.doc.DocCodeReaderBench --repeat "${BENCH_REPEAT:-3}" --warmup 1 --doc "$DOCS" --code "$CODE" \
  2>"$WORK/stderr.log" | tee "$WORK/bench.log"
echo
echo "ingest-docs: $(nproc) cores, $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %9s %7s %10s %8s\n' reader seconds docs "docs/s" "MB/s"
sed -n 's/^RESULT reader=\([a-z]*\) seconds=\([0-9.]*\) docs=\([0-9]*\) bytes=\([0-9]*\)/\1 \2 \3 \4/p' "$WORK/bench.log" |
  while read -r name s docs bytes; do
    python3 -c "import sys; n,s,d,b=sys.argv[1],float(sys.argv[2]),int(sys.argv[3]),int(sys.argv[4]); print(f'{n:<6} {s:9.2f} {d:7d} {d/s:10.1f} {b/1e6/s:8.2f}')" "$name" "$s" "$docs" "$bytes"
  done
fi

if [[ "${BENCH_FORK:-1}" != 0 ]]; then
  echo
  "$JAVA" "${TAOXI_FLAGS[@]}" -Xmx2g -cp "$TEST_CLASSES:$TAOXI_JOBS/classes:$TAOXI_LIB/*" \
    io.taoxi.jobs.ingest.doc.ForkParserBench --repeat "${BENCH_REPEAT:-3}" --warmup 1 --dir "$DOCS" \
    --tika-bin "$TAOXI_LIB" 2>"$WORK/fork-stderr.log" | tee "$WORK/fork.log"
  echo
  echo "tika parse only: in-process vs ForkParser, load $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-10s %9s %7s %7s %10s %8s %9s\n' mode seconds docs failed "docs/s" "MB/s" "CPU s"
  sed -n 's/^RESULT mode=\([a-z]*\) seconds=\([0-9.]*\) docs=\([0-9]*\) bytes=\([0-9]*\) failed=\([0-9]*\) chars=[0-9]* cpu=\([0-9.]*\)/\1 \2 \3 \4 \5 \6/p' \
    "$WORK/fork.log" | while read -r mode s docs bytes failed cpu; do
    python3 -c "import sys; m,s,d,b,f,c=sys.argv[1],float(sys.argv[2]),int(sys.argv[3]),int(sys.argv[4]),int(sys.argv[5]),float(sys.argv[6]); print(f'{m:<10} {s:9.2f} {d:7d} {f:7d} {d/s:10.1f} {b/1e6/s:8.2f} {c:9.2f}')" \
      "$mode" "$s" "$docs" "$bytes" "$failed" "$cpu"
  done
  python3 - "$WORK/fork.log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
r, cpu = {}, {}
for m in re.finditer(r"^RESULT mode=(\w+) seconds=([0-9.]+) docs=(\d+) .* cpu=([0-9.]+)", text, re.M):
    r[m.group(1)] = float(m.group(2)) / int(m.group(3))
    cpu[m.group(1)] = float(m.group(4))
start = re.search(r"^RESULT fork_start_ms=(\d+)", text, re.M)
if "fork" in r and "inprocess" in r:
    print(f"ratio: ForkParser takes {r['fork'] / r['inprocess']:.2f}x the in-process time per document"
          f" (in-process {1 / r['inprocess']:.1f} docs/s, fork {1 / r['fork']:.1f} docs/s)"
          f" and {cpu['fork'] / cpu['inprocess']:.2f}x the CPU (parent + child);"
          f" child JVM start + first document: {start.group(1) if start else '?'} ms")
else:
    print("ratio: not measured (see " + sys.argv[1] + ")")
    sys.exit(1)
PY
fi
