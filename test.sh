#!/usr/bin/env bash
# Runs every test of the portal: unit, functional (real SQLite) and browser (Debian's Chromium).
# First installs what a bare machine lacks for them: the chromium package. Playwright never downloads a browser.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Debian's chromium for the browser tests…"
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test LearningPartner.sln --nologo 2>&1 | tee "$log" || status=$?

# The API document kept in docs/api (a functional test proves it is the one served): Redocly's recommended rules report
# no error, and a TypeScript client generated from it compiles with numbers typed as numbers (issue 24).
echo "Linting the API document and compiling a client generated from it…"
(cd tools/api-lint && npm ci --no-audit --no-fund --loglevel=error && npm run -s lint && npm run -s client) 2>&1 | tee -a "$log" || status=$?

# One closing line for the whole suite, summed over the test assemblies.
awk '/(Passed|Failed)! +- Failed:/ {
        gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
