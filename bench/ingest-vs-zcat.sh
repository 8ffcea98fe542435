#!/usr/bin/env bash
# Benchmark: ingest of one .warc.gz on ONE thread against `zcat` of the same file (the decompression
# floor), as a ratio. Goal: the reader at most 10x. Prints a table; exits 0 when every step ran (the ratio
# is reported, not enforced), 1 when a step failed.
#
# Two clocks: wall seconds, and CPU seconds (zcat's user+sys; the reading thread's own CPU time for the
# reader). On a machine other people load, wall time of a JVM stretches far more than zcat's (its JIT and
# GC threads compete for the same cores), so the CPU ratio is the one to compare between runs; the wall
# ratio is the one that holds on an idle machine.
#
# Steps (each on the same file):
#   zcat FILE > /dev/null                    best of 3 (wall and CPU each)
#   reader, frame only                       gunzip + WARC framing (WarcByteStream + WarcFramer), 1 pass
#   reader, full                             WarcFileReader as ingest runs it (jwarc, digests, HTTP decoding,
#                                            charset detection, main-text extraction), no Spark: BENCH_REPEAT
#                                            passes in one JVM (default 3); the first (cold: JIT warm-up
#                                            included) and the best of all (warm: what a Spark executor
#                                            reaches after its first file) are reported
#   spark local[1]                           taoxi ingest --master local[1] on two copies of the file: the
#                                            task time of the first copy (cold JVM) and of the second (warm:
#                                            what each further file costs a running executor), from Spark's
#                                            event log; the manifest's process_and_write and the wall time
#                                            (with JVM and Spark start), each halved
#   profile                                  a JFR recording of the full reader, top frames (BENCH_PROFILE=0 skips)
#
# The file: BENCH_FILE (an existing .warc.gz), or else the demo corpus's per-record-gzip .warc.gz files
# (generate-demo with the seeds in BENCH_SEEDS, default "1 2 3 4") concatenated until the uncompressed size
# reaches BENCH_MB megabytes (default 100). Concatenated gzip members are still a valid per-record WARC.
# Note: demo pages are small (about 4 KB of HTML each), so per-record costs weigh more than in a Common
# Crawl file (about 50 KB per response).
#
# Environment: TAOXI_BUILD_DIR (default target; test classes must be compiled: package without
# -Dmaven.test.skip), BENCH_FILE, BENCH_MB, BENCH_SEEDS, BENCH_PROFILE, BENCH_REPEAT, BENCH_SPARK (0 skips
# the Spark step), KEEP=1 keeps the work folder.
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
LOAD_BEFORE="$(cut -d ' ' -f 1-3 /proc/loadavg)"

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
# Best of 3 wall seconds and best of 3 CPU seconds (user + sys of the zcat process).
read -r ZCAT_S ZCAT_CPU_S < <(python3 - "$FILE" <<'PY'
import resource, subprocess, sys, time
walls, cpus = [], []
for _ in range(3):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    subprocess.run(["zcat", sys.argv[1]], stdout=subprocess.DEVNULL, check=True)
    walls.append(time.monotonic() - t0)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
print(f"{min(walls):.3f} {min(cpus):.3f}")
PY
) || fail "zcat $FILE failed"
log "zcat: best of 3 $ZCAT_S s wall, $ZCAT_CPU_S s CPU"

# --- reader without Spark, one thread -------------------------------------------------------------------
reader() { # MODE LOG REPEAT [extra JVM options…]; prints: best seconds, records, least CPU seconds
  local mode="$1" logfile="$2" repeat="$3"
  shift 3
  "$JAVA" "${TAOXI_FLAGS[@]}" -Xmx2g "$@" -cp "$BENCH_CP" io.taoxi.jobs.bench.IngestReaderBench \
    --mode "$mode" --repeat "$repeat" "$FILE" > "$logfile" 2>&1 \
    || fail "IngestReaderBench --mode $mode failed (see $logfile)"
  sed -n 's/^RESULT .* seconds=\([0-9.]*\) records=\([0-9]*\) .*cpu_seconds=\([0-9.]*\).*/\1 \2 \3/p' "$logfile"
}
first_pass() { # LOG; prints the first pass's seconds and CPU seconds
  sed -n 's/^pass 1: \([0-9.]*\) s (\([0-9.]*\) s CPU).*/\1 \2/p' "$1"
}
read -r FRAME_S FRAME_RECORDS FRAME_CPU_S < <(reader frame "$WORK/logs/reader-frame.log" 1)
log "reader, frame only: $FRAME_S s, $FRAME_CPU_S s CPU ($FRAME_RECORDS frames)"
REPEAT="${BENCH_REPEAT:-3}"
read -r READER_S READER_RECORDS READER_CPU_S < <(reader full "$WORK/logs/reader-full.log" "$REPEAT")
read -r COLD_S COLD_CPU_S < <(first_pass "$WORK/logs/reader-full.log")
log "reader, full: first pass $COLD_S s ($COLD_CPU_S s CPU); best of $REPEAT $READER_S s, least CPU $READER_CPU_S s" \
  "($READER_RECORDS records)"

# --- Spark local[1] -------------------------------------------------------------------------------------
# Two copies of the file in one `taoxi ingest --master local[1]` run, so that Spark reads them one after the
# other in one executor thread: the first copy pays the JVM's warm-up (JIT compilation of the reader and of
# Spark's own code, class loading), the second shows what every further file costs an executor that is
# already warm, which is the rate a cluster run sustains. Per-file seconds come from the Spark event log:
# the run time of each file's tasks summed over the stage's jobs (read + cache + write of kept, then the
# writes of dropped/quarantine/sources and the counting jobs, which read the cache); the few tasks that
# belong to no single file (the counting's shuffle reads) are listed apart.
SPARK_STAGE_S=""
if [[ "${BENCH_SPARK:-1}" == 1 ]]; then
mkdir -p "$WORK/spark-in" "$WORK/events"
for copy in a b; do
  ln "$FILE" "$WORK/spark-in/$copy-$(basename "$FILE")" 2>/dev/null || cp "$FILE" "$WORK/spark-in/$copy-$(basename "$FILE")"
done
s="$(now)"
TAOXI_HEAP=3g TAOXI_JAVA_OPTS="-Dspark.eventLog.enabled=true -Dspark.eventLog.compress=false -Dspark.eventLog.dir=file://$WORK/events" \
  taoxi ingest --input "$WORK/spark-in" --output "$WORK/out" --master 'local[1]' > "$WORK/logs/spark.log" 2>&1 \
  || fail "taoxi ingest --master local[1] failed (see $WORK/logs/spark.log)"
SPARK_WALL="$(elapsed "$s" "$(now)")"
read -r SPARK_STAGE_S SPARK_IN SPARK_COLD_S SPARK_WARM_S SPARK_SHARED_S < <(python3 - "$WORK/out/manifest.json" "$WORK/events" <<'PY'
import collections, json, os, sys
m = json.load(open(sys.argv[1]))
per_file, shared = collections.Counter(), 0
tasks_in_stage = collections.Counter()
ends = []
for folder, _, names in os.walk(sys.argv[2]):
    for name in names:
        if name.startswith("events_"):
            for line in open(os.path.join(folder, name), encoding="utf-8", errors="replace"):
                e = json.loads(line)
                if e.get("Event") == "SparkListenerStageSubmitted":
                    tasks_in_stage[e["Stage Info"]["Stage ID"]] = e["Stage Info"]["Number of Tasks"]
                elif e.get("Event") == "SparkListenerTaskEnd":
                    ends.append(e)
for e in ends:
    ms = e["Task Metrics"]["Executor Run Time"]
    if tasks_in_stage[e["Stage ID"]] == 2:   # one task per file: partition i reads file i
        per_file[e["Task Info"]["Partition ID"]] += ms
    else:
        shared += ms
print(f'{m["timings_ms"]["process_and_write"] / 1000:.2f} {m["counts"]["in"]["docs"]}'
      f' {per_file[0] / 1000:.2f} {per_file[1] / 1000:.2f} {shared / 1000:.2f}')
PY
) || fail "cannot read the Spark run's manifest or event log"
log "spark local[1], 2 copies: $SPARK_WALL s wall, process_and_write $SPARK_STAGE_S s ($SPARK_IN records in);" \
  "tasks per file: first $SPARK_COLD_S s, second $SPARK_WARM_S s; shared $SPARK_SHARED_S s"
fi

# --- table ----------------------------------------------------------------------------------------------
MB=$(python3 -c "print(f'{$UNCOMPRESSED / 1e6:.1f}')")
row() { # NAME SECONDS [CPU_SECONDS]
  python3 -c '
import sys
name, s, z, mb, cpu, zcpu = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5], float(sys.argv[6])
cpu_cols = " %9.2f %8.1fx" % (float(cpu), float(cpu) / zcpu) if cpu else " %9s %9s" % ("-", "-")
print(f"{name:<44} {s:9.2f} {s / z:8.1f}x{cpu_cols} {mb / s:9.1f}")' "$1" "$2" "$ZCAT_S" "$MB" "${3:-}" "$ZCAT_CPU_S"
}
echo
echo "ingest-vs-zcat: $FILE"
echo "  $COMPRESSED bytes compressed, $UNCOMPRESSED uncompressed, $READER_RECORDS records; $(nproc) cores," \
  "$(java -version 2>&1 | head -n 1)"
echo "  load average before the run: $LOAD_BEFORE; after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
printf '%-44s %9s %9s %9s %9s %9s\n' "step (one thread)" "seconds" "vs zcat" "CPU s" "vs zcat" "MB/s"
row "zcat > /dev/null (best of 3)" "$ZCAT_S" "$ZCAT_CPU_S"
row "reader: gunzip + framing only" "$FRAME_S" "$FRAME_CPU_S"
row "reader: full, first pass (cold JIT)" "$COLD_S" "$COLD_CPU_S"
row "reader: full, best of $REPEAT passes (warm)" "$READER_S" "$READER_CPU_S"
if [[ -n "$SPARK_STAGE_S" ]]; then
  row "spark local[1]: stage, first file (cold JVM)" "$SPARK_COLD_S"
  row "spark local[1]: stage, next file (warm)" "$SPARK_WARM_S"
  half() { python3 -c "print(f'{float(\"$1\") / 2:.2f}')"; }
  row "spark local[1]: process_and_write / 2 files" "$(half "$SPARK_STAGE_S")"
  row "spark local[1]: wall / 2 (JVM + Spark start)" "$(half "$SPARK_WALL")"
fi
RATIO="$(python3 -c "print(f'{$READER_S / $ZCAT_S:.1f}')")"
CPU_RATIO="$(python3 -c "print(f'{$READER_CPU_S / $ZCAT_CPU_S:.1f}')")"
COLD_CPU_RATIO="$(python3 -c "print(f'{$COLD_CPU_S / $ZCAT_CPU_S:.1f}')")"
if python3 -c "import sys; sys.exit(0 if $READER_CPU_S <= 10 * $ZCAT_CPU_S else 1)"; then
  VERDICT="met"
else
  VERDICT="NOT met"
fi
SPARK_PART=""
if [[ -n "$SPARK_STAGE_S" ]]; then
  STAGE_RATIO="$(python3 -c "print(f'{$SPARK_WARM_S / $ZCAT_S:.1f}')")"
  COLD_STAGE_RATIO="$(python3 -c "print(f'{$SPARK_COLD_S / $ZCAT_S:.1f}')")"
  if python3 -c "import sys; sys.exit(0 if $SPARK_WARM_S <= 10 * $ZCAT_S else 1)"; then STAGE_VERDICT="met"; else STAGE_VERDICT="NOT met"; fi
  SPARK_PART=", spark local[1] stage per file ${STAGE_RATIO}x zcat warm, ${COLD_STAGE_RATIO}x cold (wall);"
  SPARK_PART+=" goal stage (warm) <= 10x in wall time: $STAGE_VERDICT"
fi
echo "ratio: reader (warm) ${CPU_RATIO}x zcat in CPU time, ${RATIO}x in wall time; first pass (cold)" \
  "${COLD_CPU_RATIO}x in CPU time; goal reader (warm) <= 10x in CPU time: $VERDICT${SPARK_PART}"

# --- where the reader's time goes -----------------------------------------------------------------------
if [[ "${BENCH_PROFILE:-1}" == 1 ]]; then
  reader full "$WORK/logs/reader-jfr.log" "$REPEAT" \
    "-XX:StartFlightRecording=filename=$WORK/reader.jfr,settings=profile" > /dev/null
  echo
  echo "profile of the full reader, all $REPEAT passes (JFR execution samples):"
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$WORK/reader.jfr" | python3 "$TAOXI_ROOT/bench/lib/jfr_top.py" 15 \
    | sed 's/^/  /'
fi
echo "ingest-vs-zcat: done in $(elapsed "$T0" "$(now)") s"
