#!/usr/bin/env bash
# Installs the system packages the build and tests need, when missing:
# libncursesw5-dev (the reader), libxml2-dev (feed/HTML import), tmux
# (end-to-end tests). Uses apt-get (with sudo when not root).
set -euo pipefail
need=()
[ -e /usr/include/ncursesw/curses.h ] || need+=(libncursesw5-dev)
pkg-config --exists libxml-2.0 2>/dev/null || need+=(libxml2-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "deps.sh: please install ${need[*]} (no apt-get here)" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "deps.sh: installing ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
