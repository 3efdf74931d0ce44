#!/usr/bin/env bash
# Mutation testing of the access rules: Stryker.NET changes the code of each rule file in small ways (a condition
# flipped, an `Any` made `All`, a check removed) and runs the domain tests against every change; a change no test
# notices is a rule the tests would let break. The files, thresholds and what is not mutated are in
# tests/Fourfold.Domain.Tests/stryker-config.json; docs/testing.md explains them and lists what survives.
# Kept out of the main test command: it takes minutes. Fails below a score of 90 %.
# Usage: bash scripts/mutation.sh            (the report lands in tests/artifacts/mutation/)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
out="$PWD/tests/artifacts/mutation"
mkdir -p "$out"
cd tests/Fourfold.Domain.Tests
dotnet dotnet-stryker --config-file stryker-config.json --output "$out"
