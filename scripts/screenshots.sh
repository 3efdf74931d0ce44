#!/usr/bin/env bash
# Regenerates docs/screenshots: the personas' main pages as served (real security headers, demo data) at desktop and
# phone widths. Run it when pages change; the test command does not. Installs Chromium from Debian's packages if missing.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

out="$repo/docs/screenshots"
rm -rf "$out"
mkdir -p "$out"
FOURFOLD_DOCS_SCREENSHOTS=1 FOURFOLD_SCREENSHOTS="$out" FOURFOLD_CHROMIUM="${FOURFOLD_CHROMIUM:-$(command -v chromium)}" \
  dotnet test tests/Fourfold.Browser.Tests -c Debug --nologo --filter "FullyQualifiedName~ScreenshotTour"
echo "Screenshots written to $out:"
ls "$out"
