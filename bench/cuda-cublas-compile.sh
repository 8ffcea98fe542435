#!/usr/bin/env bash
# Compile check of the CUDA path's cuBLAS branch (TX_HAVE_CUBLAS=1) on a machine whose CUDA toolkit has
# nvcc but no cuBLAS (this one: CUDA 13.0 without cublas_v2.h, so the Maven build compiles the fallback GEMM
# kernel and the cuBLAS branch would otherwise never be compiled before a GPU is lent).
#
# Debian's apt serves cuBLAS headers in bookworm's non-free component (package nvidia-cuda-dev, CUDA 11.8,
# ~774 MB). The script downloads that .deb with a private apt state (the system's sources and lists are not
# touched), keeps only include/cublas*.h under a cache folder, and compiles engine_cuda.cu with them: compile
# only (-c, sm_90), no link, nothing run. It then lists the cuBLAS symbols the object needs, so a typo in the
# cuBLAS calls or a wrong argument type fails here rather than on the GPU machine.
#
# What it does not check: linking against a real libcublas, CUDA 12/13 cuBLAS header differences (the 11.8
# API used here — cublasCreate, cublasGemmEx with CUBLAS_COMPUTE_32F — is unchanged since 11.0), running.
# Environment: CUBLAS_HEADERS (a folder with cublas_v2.h: skips the download), CACHE (default
# ~/.cache/taoxi/cublas-headers), NVCC (default nvcc), CUDA_ARCH (default 90).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
NVCC="${NVCC:-nvcc}"
ARCH="${CUDA_ARCH:-90}"
CACHE="${CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/taoxi/cublas-headers}"
command -v "$NVCC" >/dev/null || { echo "cuda-cublas-compile: no nvcc on PATH"; exit 2; }
HEADERS="${CUBLAS_HEADERS:-$CACHE/include}"
if [[ ! -f "$HEADERS/cublas_v2.h" ]]; then
  mkdir -p "$CACHE/apt/lists/partial" "$CACHE/debs" "$HEADERS"
  echo "deb http://deb.debian.org/debian bookworm non-free" > "$CACHE/apt/sources.list"
  APT=(-o "Dir::Etc::sourcelist=$CACHE/apt/sources.list" -o "Dir::Etc::sourceparts=/nonexistent"
       -o "Dir::State::Lists=$CACHE/apt/lists" -o "Dir::Cache=$CACHE/apt/cache")
  apt-get "${APT[@]}" update -qq
  (cd "$CACHE/debs" && apt-get "${APT[@]}" download nvidia-cuda-dev 2>&1 | grep -v "unsandboxed" || true)
  deb=$(ls "$CACHE"/debs/nvidia-cuda-dev_*.deb | head -n 1)
  [[ -f "$deb" ]] || { echo "cuda-cublas-compile: FAIL: nvidia-cuda-dev was not downloaded"; exit 1; }
  tmp="$(mktemp -d)"
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$tmp" --wildcards '*/include/cublas*.h'
  find "$tmp" -name 'cublas*.h' -exec cp {} "$HEADERS/" \;
  rm -rf "$tmp" "$deb"
  echo "cuBLAS headers from $(basename "$deb") kept in $HEADERS"
fi
OUTDIR="$(mktemp -d)"
trap 'rm -rf "$OUTDIR"' EXIT
"$NVCC" --version | tail -n 1
echo "cublas_v2.h: $(grep -m1 -o 'CUBLAS_VER_MAJOR [0-9]*' "$HEADERS/cublas_api.h" || echo '?')"
"$NVCC" -std=c++17 -O2 -arch="sm_$ARCH" -DTX_HAVE_CUBLAS=1 -I"$HEADERS" -Iengine/src/main/cpp \
  -Iengine/src/main/cpp/cuda -Xcompiler -fPIC,-Wall -c engine/src/main/cpp/cuda/engine_cuda.cu \
  -o "$OUTDIR/engine_cuda.o"
symbols=$(nm -u "$OUTDIR/engine_cuda.o" | awk '/cublas/ {print $2}' | sort -u | tr '\n' ' ')
[[ -n "$symbols" ]] || { echo "cuda-cublas-compile: FAIL: the object needs no cuBLAS symbol (TX_HAVE_CUBLAS ignored?)"; exit 1; }
echo "cuda-cublas-compile: ok: engine_cuda.cu compiles with TX_HAVE_CUBLAS=1 for sm_$ARCH; cuBLAS symbols: $symbols"
