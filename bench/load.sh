#!/usr/bin/env bash
# Load benchmark (issue 12), on demand, never in CI. Builds the portal in Release, starts it on loopback on a large SQLite
# data set (the demo world + 10,000 listed partners + 1,000,000 KPI lines), signs in as a partner admin with the local
# personas (Development environment), and measures each page with wrk: requests/s, p50/p99 latency, non-2xx answers,
# and throughput as a share of the layout-only baseline. Results and how to read them: docs/performance.md.
#
# Usage: bench/load.sh                      (32 connections, 2 wrk threads, 15 s per page after a 3 s warm-up)
#        CONNECTIONS=64 DURATION=30s bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-15s}
PORT=${PORT:-5188}
PERSONA=${PERSONA:-contoso-admin}
PARTNER=${PARTNER:-4100001}
DATABASE=${DATABASE:-${TMPDIR:-/tmp}/learning-partner-load-$(date +%F).db} # the demo world is seeded as of its day
BASE="http://127.0.0.1:$PORT"

if ! command -v wrk >/dev/null; then
    echo "Installing wrk from Debian's packages…"
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
    else sudo apt-get install -y -qq wrk >/dev/null || { sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null; }; fi
fi

echo "Building in Release…"
dotnet build -c Release --nologo -v q src/LearningPartner.Web >/dev/null
dotnet build -c Release --nologo -v q bench/LearningPartner.Benchmarks >/dev/null
if [ ! -f "$DATABASE" ]; then
    echo "Building the data set $DATABASE (once a day, about a minute)…"
    dotnet run -c Release --no-build --project bench/LearningPartner.Benchmarks -- --load-database "$DATABASE"
fi

echo "Starting the portal on $BASE…"
log=$(mktemp)
jar=$(mktemp)
(
    cd src/LearningPartner.Web
    export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$BASE"
    export ConnectionStrings__Sqlite="Data Source=$DATABASE" Database__SeedDemoData=false
    export Serilog__MinimumLevel__Default=Warning Reminders__Enabled=false Notifications__Enabled=false
    for policy in Directory SignIn Uploads Imports Cases; do export "RateLimits__${policy}__PermitLimit=1000000000"; done
    exec dotnet bin/Release/net10.0/LearningPartner.Web.dll
) >"$log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null; wait $portal 2>/dev/null; rm -f "$log" "$jar"' EXIT
for _ in $(seq 120); do curl -sf "$BASE/health/live" >/dev/null && break; sleep 0.5; done
curl -sf "$BASE/health/live" >/dev/null || { echo "The portal did not start:"; cat "$log"; exit 1; }

# Sign in as a browser does: the form's antiforgery token, then the persona's button.
token=$(curl -s -c "$jar" -b "$jar" "$BASE/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "persona=$PERSONA" --data-urlencode "returnUrl=/dashboard" "$BASE/account/sign-in")
[ "$status" = 302 ] || { echo "Sign-in as $PERSONA answered $status"; exit 1; }
cookie=$(awk -F'\t' 'NF >= 7 { sub(/^#HttpOnly_/, "", $1); printf "%s=%s; ", $6, $7 }' "$jar")

# name | path | signed in?
pages=(
    "plain text (/health/live)|/health/live|no"
    "layout only (/)|/|no"
    "layout, signed in (/)|/|yes"
    "partner overview|/partners/$PARTNER|yes"
    "KPI dashboard|/partners/$PARTNER/kpis|yes"
    "requirements|/partners/$PARTNER/requirements|yes"
    "directory, search + country|/directory?q=partner%201&country=FR|no"
)

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores, $(date -u +%FT%TZ), database $(du -h "$DATABASE" | cut -f1)"
printf '%-30s %10s %9s %9s %8s %9s\n' "page" "req/s" "p50 ms" "p99 ms" "non-2xx" "of layout"
baseline=""
for entry in "${pages[@]}"; do
    IFS='|' read -r name path signed <<<"$entry"
    headers=()
    [ "$signed" = yes ] && headers=(-H "Cookie: $cookie")
    check=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$BASE$path")
    [ "$check" = 200 ] || { echo "$path answered $check, not 200"; exit 1; }
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "${headers[@]}" "$BASE$path" >/dev/null # warm-up
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${headers[@]}" "$BASE$path")
    # wrk reports answers other than 2xx or 3xx; a 3xx here (a lost session) was ruled out by the check above.
    read -r rps p50 p99 bad < <(awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { bad = $NF } /Socket errors:/ { bad += 0 }
        END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }' <<<"$out")
    [ -z "$baseline" ] && [ "$path" = / ] && baseline=$rps
    share=$([ -n "$baseline" ] && awk -v r="$rps" -v b="$baseline" 'BEGIN { printf "%.0f %%", 100 * r / b }' || echo "—")
    printf '%-30s %10s %9s %9s %8s %9s\n' "$name" "$rps" "$p50" "$p99" "$bad" "$share"
done
echo
echo "Targets (issue 12): KPI dashboard ≥ 40 % of the layout-only baseline, p99 < 25 ms, zero non-2xx."
