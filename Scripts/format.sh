#!/usr/bin/env bash
# Formats every Swift file in place with the repo's .swift-format.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files '*.swift' | xargs swift format format --in-place --configuration .swift-format
