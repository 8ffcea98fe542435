#!/usr/bin/env bash
# bench/extraction-peers.sh [OUT]: Taoxi's main-text extractor and peer extractors on the same page sets,
# scored with the same scorer (ExtractionEval / ExtractionScore), in one run. docs/extraction.md,
# "Peers measured in the same run", shows a measured table and how to read it.
#
# Peers: Mozilla Readability (npm @mozilla/readability, on jsdom), readability-lxml (Debian
# python3-readability, on /usr/bin/python3) and Defuddle (npm defuddle, on jsdom; skipped with a warning
# when it does not install). Each peer runs over every page of each set and its main content is turned
# into text by one converter (lib/extraction_peers/blocktext.py); Taoxi runs through ExtractionEval.
#
# Writes OUT (default out/extraction-peers, kept): <peer>/<set>/<lang>/<name>.txt (and .peer.html, what
# the peer returned; <peer>/<set>/peer.jsonl has the peer's titles too), <extractor>/<set>/scores.txt (per
# page and per language), versions.txt, table.md.
# Prints one table per set (rows: languages + ALL; columns: token-F1 / char-F1 of Taoxi and each peer)
# and the time of each extractor.
#
# Environment: SETS (default "pages heldout blind2"), PEERS (default "readability readability-lxml
# defuddle"), TAOXI_BUILD_DIR (filters/<dir>/classes; compiled here with Maven, default target), MVN
# (default "mvn -B -q -ntp"), EXTRACTION_PEERS_CACHE (npm packages; default
# ${XDG_CACHE_HOME:-$HOME/.cache}/taoxi/extraction-peers). Installs python3-readability with apt-get
# when it is missing (as root). ~1 min on 2 cores once installed.
set -euo pipefail
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib/common.sh"

OUT="${1:-$TAOXI_ROOT/out/extraction-peers}"
SETS="${SETS:-pages heldout blind2}"
PEERS="${PEERS:-readability readability-lxml defuddle}"
MVN="${MVN:-mvn -B -q -ntp}"
CACHE="${EXTRACTION_PEERS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/taoxi/extraction-peers}"
SYSTEM_PYTHON=/usr/bin/python3 # Debian's python: python3-readability and python3-lxml live there
LIB="$TAOXI_ROOT/bench/lib/extraction_peers"
SETS_ROOT="$TAOXI_ROOT/filters/src/test/resources/extraction"
READABILITY_VERSION=0.6.0
JSDOM_VERSION=29.1.1 # the newest jsdom that supports Node 20 (jsdom 30 needs Node >= 22.22)
DEFUDDLE_VERSION=0.19.4

has_peer() { [[ " $PEERS " == *" $1 "* ]]; }

# --- peers ---------------------------------------------------------------------------------------
npm_version() { # installed version of npm package $1 in the cache, or nothing
  local manifest="$CACHE/node_modules/$1/package.json"
  if [[ -f "$manifest" ]]; then node -p "require('$manifest').version" 2>/dev/null || true; fi
}

install_npm_peers() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    die "node and npm are needed (apt-get install nodejs npm)"
  fi
  local want=("@mozilla/readability@$READABILITY_VERSION" "jsdom@$JSDOM_VERSION")
  has_peer defuddle && want+=("defuddle@$DEFUDDLE_VERSION")
  local spec name version missing=0
  for spec in "${want[@]}"; do
    name="${spec%@*}"
    version="${spec##*@}"
    [[ "$(npm_version "$name")" == "$version" ]] || missing=1
  done
  ((missing)) || return 0
  log "npm install ${want[*]} into $CACHE"
  mkdir -p "$CACHE"
  [[ -f "$CACHE/package.json" ]] || echo '{"private": true}' >"$CACHE/package.json"
  if ! (cd "$CACHE" && npm install --no-audit --no-fund --save-exact "${want[@]}" >&2); then
    has_peer defuddle || die "npm install failed"
    log "WARNING: npm install with defuddle failed; trying without it (Defuddle skipped)"
    PEERS="${PEERS//defuddle/}"
    (cd "$CACHE" && npm install --no-audit --no-fund --save-exact "${want[@]:0:2}" >&2) || die "npm install failed"
  fi
}

install_python_peer() {
  "$SYSTEM_PYTHON" -c 'import readability, lxml' 2>/dev/null && return 0
  [[ "$(id -u)" == 0 ]] || die "python3-readability is missing: sudo apt-get install python3-readability"
  log "apt-get install python3-readability"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-readability >&2 \
    || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-readability >&2; } \
    || die "apt-get install python3-readability failed"
}

if has_peer readability || has_peer defuddle; then install_npm_peers; fi
install_python_peer # also for blocktext.py: python3-readability brings python3-lxml
export EXTRACTION_PEERS_MODULES="$CACHE/node_modules"

# --- Taoxi ---------------------------------------------------------------------------------------
log "compiling filters into filters/$TAOXI_BUILD_DIR (Maven, incremental)"
mkdir -p "$OUT"
(cd "$TAOXI_ROOT" && $MVN -Dtaoxi.build.dir="$TAOXI_BUILD_DIR" -pl filters compile dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/classpath.txt" >&2) || die "Maven build of filters failed"
CP="$TAOXI_ROOT/filters/$TAOXI_BUILD_DIR/classes:$(cat "$OUT/classpath.txt")"
eval_run() { "$JAVA" -Xmx1g -cp "$CP" io.taoxi.filters.html.ExtractionEval "$@"; }

{
  echo "date $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "taoxi commit $(git -C "$TAOXI_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$TAOXI_ROOT" diff --quiet HEAD -- filters/src/main 2>/dev/null || echo ' (filters/src/main modified)')"
  echo "java $("$JAVA" -version 2>&1 | head -1)"
  echo "node $(node --version 2>/dev/null || echo none)"
  for p in @mozilla/readability jsdom defuddle; do echo "$p $(npm_version "$p")"; done
  echo "python3-readability $(dpkg-query -W -f='${Version}' python3-readability 2>/dev/null || echo '?')"
  echo "python3-lxml $(dpkg-query -W -f='${Version}' python3-lxml 2>/dev/null || echo '?')"
  echo "python $("$SYSTEM_PYTHON" --version 2>&1)"
} >"$OUT/versions.txt"

# --- runs ----------------------------------------------------------------------------------------
peer_run() { # peer set_dir: JSON lines on stdout
  case "$1" in
    readability | defuddle) node "$LIB/node_peers.mjs" "$1" "$2" ;;
    readability-lxml) "$SYSTEM_PYTHON" "$LIB/readability_lxml.py" "$2" ;;
    *) die "unknown peer $1 (readability, readability-lxml, defuddle)" ;;
  esac
}

for set in $SETS; do
  dir="$SETS_ROOT/$set"
  [[ -d "$dir" ]] || die "no page set $dir"
  log "$set: Taoxi"
  rm -rf "${OUT:?}/taoxi/$set"
  mkdir -p "$OUT/taoxi/$set"
  start=$(now)
  eval_run --verbose "$dir" >"$OUT/taoxi/$set/scores.txt" 2>"$OUT/taoxi/$set/eval.err" \
    || die "ExtractionEval on $dir failed: $(cat "$OUT/taoxi/$set/eval.err")"
  elapsed "$start" "$(now)" >"$OUT/taoxi/$set/wall_s"
  for peer in $PEERS; do
    log "$set: $peer"
    rm -rf "${OUT:?}/$peer/$set"
    mkdir -p "$OUT/$peer/$set"
    start=$(now)
    peer_run "$peer" "$dir" >"$OUT/$peer/$set/peer.jsonl" || die "$peer on $dir failed"
    elapsed "$start" "$(now)" >"$OUT/$peer/$set/wall_s"
    "$SYSTEM_PYTHON" "$LIB/blocktext.py" "$OUT/$peer/$set" <"$OUT/$peer/$set/peer.jsonl" >"$OUT/$peer/$set/peer-summary.txt"
    eval_run --verbose --candidates "$OUT/$peer/$set" "$dir" >"$OUT/$peer/$set/scores.txt" \
      || die "ExtractionEval --candidates $OUT/$peer/$set failed"
  done
done

{
  echo "Versions:"
  sed 's/^/    /' "$OUT/versions.txt"
  "$SYSTEM_PYTHON" "$LIB/table.py" "$OUT" "$SETS" "$PEERS"
} | tee "$OUT/table.md"
log "outputs in $OUT (per page: <extractor>/<set>/scores.txt; texts: <peer>/<set>/<lang>/<name>.txt)"
