#!/usr/bin/env bash
# Captures a text screenshot of the reader (the demo) with tmux, for README.md.
#   Scripts/screenshot.sh [WIDTH HEIGHT [KEYS...]]
set -euo pipefail
cd "$(dirname "$0")/.."
width="${1:-120}"; height="${2:-40}"; shift 2 2>/dev/null || true
binary="$(swift build --show-bin-path)/byline"
[ -x "$binary" ] || swift build --product byline >/dev/null
socket="byline-shot-$$"
tmux -L "$socket" -f /dev/null new-session -d -s shot -x "$width" -y "$height" \
  "env TERM=xterm-256color LANG=C.UTF-8 $binary --demo"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true' EXIT
sleep 1.5
for key in "$@"; do tmux -L "$socket" send-keys -t shot "$key"; sleep 0.3; done
sleep 0.5
tmux -L "$socket" capture-pane -p -t shot
tmux -L "$socket" send-keys -t shot Q
