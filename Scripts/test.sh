#!/usr/bin/env bash
# The README's test command: lint, build, then every test (unit, snapshot,
# and end-to-end in tmux). Tests that need ../shared data skip with a reason
# when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

if swift format --version >/dev/null 2>&1; then
  echo "== swift format lint"
  swift format lint --strict --configuration .swift-format -r Sources Tests Package.swift || {
    echo "test.sh: formatting differs; run Scripts/format.sh" >&2
    exit 1
  }
fi

echo "== swift build"
swift build
echo "== swift test"
swift test 2>&1 | tee .build/test-output.txt
