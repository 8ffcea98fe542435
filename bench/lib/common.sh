# Shared helpers for the bench/ scripts. Source it: `. "$(dirname "$0")/lib/common.sh"`.
# Build dir: TAOXI_BUILD_DIR (default target), the same as `mvn -Dtaoxi.build.dir=…`.
# shellcheck shell=bash

TAOXI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TAOXI_BUILD_DIR="${TAOXI_BUILD_DIR:-target}"
TAOXI_JOBS="$TAOXI_ROOT/jobs/$TAOXI_BUILD_DIR"
TAOXI_LIB="$TAOXI_JOBS/lib"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '%s: FAIL: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

# The application jar (not -cluster, not -sources) and the cluster jar.
taoxi_require_build() {
  TAOXI_JAR=""
  TAOXI_CLUSTER_JAR=""
  local jar
  for jar in "$TAOXI_JOBS"/taoxi-jobs-*.jar; do
    [[ -f "$jar" ]] || continue
    case "$jar" in
      *-cluster.jar) TAOXI_CLUSTER_JAR="$jar" ;;
      *-sources.jar | *-tests.jar | *-javadoc.jar) ;;
      *) TAOXI_JAR="$jar" ;;
    esac
  done
  if [[ -z "$TAOXI_JAR" || -z "$TAOXI_CLUSTER_JAR" || ! -d "$TAOXI_LIB" ]]; then
    echo "$(basename "$0"): not built: no jobs/$TAOXI_BUILD_DIR/taoxi-jobs-*.jar, *-cluster.jar or lib/;" \
      "run: mvn -B -o -Dtaoxi.build.dir=$TAOXI_BUILD_DIR -DskipTests package" >&2
    exit 2
  fi
  TAOXI_CP="$TAOXI_JAR:$TAOXI_LIB/*"
}

# JVM flags Java 17 needs for Spark (bin/jvm.options, comments and blank lines dropped).
mapfile -t TAOXI_FLAGS < <(grep -v '^#' "$TAOXI_ROOT/bin/jvm.options" | sed '/^$/d')
# shellcheck disable=SC2034 # used by the scripts that source this file
# The same as one space-separated string (for spark.*.extraJavaOptions). No flag contains a space.
TAOXI_FLAGS_STRING="${TAOXI_FLAGS[*]}"

# taoxi CLI with the build dir's jars (bin/taoxi always uses jobs/target). Extra JVM options: TAOXI_JAVA_OPTS.
taoxi() {
  # shellcheck disable=SC2086
  "$JAVA" "${TAOXI_FLAGS[@]}" -Xmx"${TAOXI_HEAP:-2g}" ${TAOXI_JAVA_OPTS:-} -cp "$TAOXI_CP" io.taoxi.jobs.cli.Taoxi "$@"
}

# Seconds since the epoch with nanoseconds, and a difference of two, for timing.
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }

# Whether process $1 runs (kill -0 alone also succeeds on a zombie child that was not waited for).
pid_alive() {
  local state
  state="$(cut -d ' ' -f 3 "/proc/$1/stat" 2>/dev/null || true)"
  [[ -n "$state" && "$state" != Z ]]
}
