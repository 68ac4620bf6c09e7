#!/usr/bin/env bash
# The README's test command: lint, build, a short seeded fuzz run of the
# feed/HTML importers, then every test (unit, snapshot, and end-to-end in
# tmux). Tests that need ../shared data skip with a reason when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/deps.sh

if swift format --version >/dev/null 2>&1; then
  echo "== swift format lint"
  swift format lint --strict --configuration .swift-format -r Sources Tests Package.swift || {
    echo "test.sh: formatting differs; run Scripts/format.sh" >&2
    exit 1
  }
fi

echo "== swift build"
swift build
echo "== fuzz the feed and HTML importers (20,000 runs) and the article header parser (10,000 runs)"
Scripts/fuzz.sh 2>&1 | grep -E "^Done|ERROR|SUMMARY|deadly|crash-|Fatal error|fuzz.sh:|^0x"
echo "== swift test"
swift test 2>&1 | tee .build/test-output.txt
