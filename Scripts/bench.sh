#!/usr/bin/env bash
# Builds byline and byline-bench in release with the Swift runtime linked in
# (the way `Scripts/install.sh` installs byline, which the store bench
# launches), then runs byline-bench with the arguments given:
#
#   Scripts/bench.sh store --articles 100000
#   Scripts/bench.sh ner
#
# (`swift run` does not take --static-swift-stdlib, hence this script.)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product byline
swift build -c release --static-swift-stdlib --product byline-bench
exec .build/release/byline-bench "$@"
