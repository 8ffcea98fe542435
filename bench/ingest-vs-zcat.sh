#!/usr/bin/env bash
# Benchmark: ingest of one .warc.gz on ONE thread against `zcat` of the same file (the decompression
# floor), as a ratio. Goal: at most 10x. Prints a table; exits 0 when every step ran (the ratio is
# reported, not enforced), 1 when a step failed.
#
# Steps (each on the same file):
#   zcat FILE > /dev/null                    best of 3
#   reader, frame only                       gunzip + WARC framing (WarcByteStream + WarcFramer), 1 pass
#   reader, full                             WarcFileReader as ingest runs it (jwarc, digests, HTTP decoding,
#                                            charset detection, main-text extraction), 1 pass, no Spark
#   spark local[1]                           taoxi ingest --master local[1]: wall (with JVM and Spark start)
#                                            and the manifest's timings_ms.process_and_write
#   profile                                  a JFR recording of the full reader, top frames (BENCH_PROFILE=0 skips)
#
# The file: BENCH_FILE (an existing .warc.gz), or else the demo corpus's per-record-gzip .warc.gz files
# (generate-demo with the seeds in BENCH_SEEDS, default "1 2 3 4") concatenated until the uncompressed size
# reaches BENCH_MB megabytes (default 100). Concatenated gzip members are still a valid per-record WARC.
# Note: demo pages are small (about 4 KB of HTML each), so per-record costs weigh more than in a Common
# Crawl file (about 50 KB per response).
#
# Environment: TAOXI_BUILD_DIR (default target; test classes must be compiled: package without
# -Dmaven.test.skip), BENCH_FILE, BENCH_MB, BENCH_SEEDS, BENCH_PROFILE, KEEP=1 keeps the work folder.
set -euo pipefail
# shellcheck source=bench/lib/common.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib/common.sh"
taoxi_require_build
TEST_CLASSES="$TAOXI_JOBS/test-classes"
if [[ ! -f "$TEST_CLASSES/io/taoxi/jobs/bench/IngestReaderBench.class" ]]; then
  echo "ingest-vs-zcat: no $TEST_CLASSES/io/taoxi/jobs/bench/IngestReaderBench.class;" \
    "build with: mvn -B -o -Dtaoxi.build.dir=$TAOXI_BUILD_DIR -DskipTests package" >&2
  exit 2
fi
BENCH_CP="$TEST_CLASSES:$TAOXI_JOBS/classes:$TAOXI_LIB/*"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/taoxi-bench.XXXXXX")"
cleanup() {
  local rc=$?
  if [[ "${KEEP:-0}" == 1 || $rc -ne 0 ]]; then
    echo "work folder kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() {
  echo "ingest-vs-zcat: FAIL: $*"
  exit 1
}
mkdir -p "$WORK/logs"
T0="$(now)"

# --- the file ------------------------------------------------------------------------------------------
if [[ -n "${BENCH_FILE:-}" ]]; then
  FILE="$(readlink -f "$BENCH_FILE")"
else
  FILE="$WORK/bench.warc.gz"
  TARGET=$(( ${BENCH_MB:-100} * 1000 * 1000 ))
  PARTS=()
  for seed in ${BENCH_SEEDS:-1 2 3 4}; do
    taoxi generate-demo --output "$WORK/demo-$seed" --seed "$seed" >> "$WORK/logs/generate-demo.log" 2>&1 \
      || fail "generate-demo --seed $seed failed"
    for f in "$WORK/demo-$seed"/web/*.warc.gz; do
      PARTS+=("$f")
    done
  done
  PART_BYTES=0
  for f in "${PARTS[@]}"; do
    PART_BYTES=$(( PART_BYTES + $(zcat "$f" | wc -c) ))
  done
  (( PART_BYTES > 0 )) || fail "the demo corpus has no .warc.gz data"
  ROUNDS=$(( (TARGET + PART_BYTES - 1) / PART_BYTES ))
  for ((r = 0; r < ROUNDS; r++)); do
    cat "${PARTS[@]}"
  done > "$FILE"
fi
gzip -t "$FILE" || fail "$FILE is not a valid gzip file"
COMPRESSED=$(stat -c %s "$FILE")
UNCOMPRESSED=$(zcat "$FILE" | wc -c)
log "file: $FILE, $(( COMPRESSED / 1000000 )) MB compressed, $(( UNCOMPRESSED / 1000000 )) MB uncompressed"

# --- zcat ----------------------------------------------------------------------------------------------
ZCAT_S=""
for _ in 1 2 3; do
  s="$(now)"
  zcat "$FILE" > /dev/null
  t="$(elapsed "$s" "$(now)")"
  if [[ -z "$ZCAT_S" ]] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)" "$t" "$ZCAT_S"; then
    ZCAT_S="$t"
  fi
done
log "zcat: best of 3 $ZCAT_S s"

# --- reader without Spark, one thread -------------------------------------------------------------------
reader() { # MODE LOG [extra JVM options…]
  local mode="$1" logfile="$2"
  shift 2
  "$JAVA" "${TAOXI_FLAGS[@]}" -Xmx2g "$@" -cp "$BENCH_CP" io.taoxi.jobs.bench.IngestReaderBench \
    --mode "$mode" --repeat 1 "$FILE" > "$logfile" 2>&1 || fail "IngestReaderBench --mode $mode failed (see $logfile)"
  sed -n 's/^RESULT .*seconds=\([0-9.]*\) records=\([0-9]*\).*/\1 \2/p' "$logfile"
}
read -r FRAME_S FRAME_RECORDS < <(reader frame "$WORK/logs/reader-frame.log")
log "reader, frame only: $FRAME_S s ($FRAME_RECORDS frames)"
s="$(now)"
read -r READER_S READER_RECORDS < <(reader full "$WORK/logs/reader-full.log")
READER_WALL="$(elapsed "$s" "$(now)")"
log "reader, full: $READER_S s in the loop, $READER_WALL s with the JVM ($READER_RECORDS records)"

# --- Spark local[1] -------------------------------------------------------------------------------------
s="$(now)"
TAOXI_HEAP=3g taoxi ingest --input "$FILE" --output "$WORK/out" --master 'local[1]' > "$WORK/logs/spark.log" 2>&1 \
  || fail "taoxi ingest --master local[1] failed (see $WORK/logs/spark.log)"
SPARK_WALL="$(elapsed "$s" "$(now)")"
read -r SPARK_STAGE_MS SPARK_IN < <(python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))
print(m["timings_ms"]["process_and_write"], m["counts"]["in"]["docs"])' "$WORK/out/manifest.json")
SPARK_STAGE_S="$(python3 -c "print(f'{$SPARK_STAGE_MS / 1000:.2f}')")"
log "spark local[1]: $SPARK_WALL s wall, process_and_write $SPARK_STAGE_S s ($SPARK_IN records in)"

# --- table ----------------------------------------------------------------------------------------------
MB=$(python3 -c "print(f'{$UNCOMPRESSED / 1e6:.1f}')")
row() { # NAME SECONDS
  python3 -c '
import sys
name, s, z, mb = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
print(f"{name:<44} {s:9.2f} {s / z:8.1f}x {mb / s:9.1f}")' "$1" "$2" "$ZCAT_S" "$MB"
}
echo
echo "ingest-vs-zcat: $FILE"
echo "  $COMPRESSED bytes compressed, $UNCOMPRESSED uncompressed, $READER_RECORDS records; $(nproc) cores," \
  "$(java -version 2>&1 | head -n 1)"
printf '%-44s %9s %9s %9s\n' "step (one thread)" "seconds" "vs zcat" "MB/s"
row "zcat > /dev/null (best of 3)" "$ZCAT_S"
row "reader: gunzip + framing only" "$FRAME_S"
row "reader: full (no Spark, in-loop)" "$READER_S"
row "reader: full (no Spark, with JVM start)" "$READER_WALL"
row "spark local[1]: process_and_write" "$SPARK_STAGE_S"
row "spark local[1]: wall (JVM + Spark start)" "$SPARK_WALL"
RATIO="$(python3 -c "print(f'{$READER_S / $ZCAT_S:.1f}')")"
SPARK_RATIO="$(python3 -c "print(f'{$SPARK_STAGE_S / $ZCAT_S:.1f}')")"
if python3 -c "import sys; sys.exit(0 if $SPARK_STAGE_S <= 10 * $ZCAT_S else 1)"; then
  VERDICT="met"
else
  VERDICT="NOT met"
fi
echo "ratio: reader ${RATIO}x zcat, spark local[1] stage ${SPARK_RATIO}x zcat; goal <= 10x: $VERDICT"

# --- where the reader's time goes -----------------------------------------------------------------------
if [[ "${BENCH_PROFILE:-1}" == 1 ]]; then
  reader full "$WORK/logs/reader-jfr.log" \
    "-XX:StartFlightRecording=filename=$WORK/reader.jfr,settings=profile" > /dev/null
  echo
  echo "profile of the full reader (JFR execution samples):"
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$WORK/reader.jfr" | python3 "$TAOXI_ROOT/bench/lib/jfr_top.py" 15 \
    | sed 's/^/  /'
fi
echo "ingest-vs-zcat: done in $(elapsed "$T0" "$(now)") s"
