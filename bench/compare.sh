#!/usr/bin/env bash
# A/B load comparison, on demand, never in CI: two builds of the portal side by side on one machine, measured in turns, so that
# the machine's drift (other work, heat, noise of ±5 %) falls on both alike. Each build runs on its own port over its own copy
# of the same load data set (bench/load.sh builds it), signed in as a partner admin; each page is measured ROUNDS times per
# build, alternating, and the median requests/s of each side is reported with after/before as a ratio.
#
# Usage: bench/compare.sh <before-checkout> [<after-checkout>]   (after defaults to this checkout)
#        e.g.  git worktree add /tmp/before HEAD~3 && bench/compare.sh /tmp/before
#        ROUNDS=5 DURATION=10s bench/compare.sh /tmp/before
set -euo pipefail
cd "$(dirname "$0")/.."

BEFORE=$(cd "${1:?usage: bench/compare.sh <before-checkout> [<after-checkout>]}" && pwd)
AFTER=$(cd "${2:-.}" && pwd)
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-10s}
PERSONA=${PERSONA:-contoso-admin}
PARTNER=${PARTNER:-4100001}
DATABASE=${DATABASE:-${TMPDIR:-/tmp}/learning-partner-load-$(date +%F).db}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

for checkout in "$BEFORE" "$AFTER"; do
    echo "Building $checkout in Release…"
    dotnet build -c Release --nologo -v q "$checkout/src/LearningPartner.Web" >/dev/null
done
if [ ! -f "$DATABASE" ]; then
    dotnet build -c Release --nologo -v q bench/LearningPartner.Benchmarks >/dev/null
    echo "Building the data set $DATABASE (once a day, about a minute)…"
    dotnet run -c Release --no-build --project bench/LearningPartner.Benchmarks -- --load-database "$DATABASE"
fi

work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$work"' EXIT

# start <name> <checkout> <port>: its own copy of the data set (migrated at start if the build adds tables).
start() {
    local name=$1 checkout=$2 port=$3
    cp "$DATABASE" "$work/$name.db"
    (
        cd "$checkout/src/LearningPartner.Web"
        export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port"
        export ConnectionStrings__Sqlite="Data Source=$work/$name.db" Database__SeedDemoData=false
        export Serilog__MinimumLevel__Default=Warning Reminders__Enabled=false Notifications__Enabled=false
        for policy in Directory SignIn Uploads Imports Cases; do export "RateLimits__${policy}__PermitLimit=1000000000"; done
        exec dotnet bin/Release/net10.0/LearningPartner.Web.dll
    ) >"$work/$name.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 240); do curl -sf "http://127.0.0.1:$port/health/live" >/dev/null && return; sleep 0.5; done
    echo "$name did not start:"; cat "$work/$name.log"; exit 1
}

# cookie <port>: signs in as a browser does and prints the Cookie header.
cookie() {
    local base="http://127.0.0.1:$1" jar="$work/jar-$1" token status
    token=$(curl -s -c "$jar" -b "$jar" "$base/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" \
        --data-urlencode "persona=$PERSONA" --data-urlencode "returnUrl=/dashboard" "$base/account/sign-in")
    [ "$status" = 302 ] || { echo "Sign-in on port $1 answered $status" >&2; exit 1; }
    awk -F'\t' 'NF >= 7 { sub(/^#HttpOnly_/, "", $1); printf "%s=%s; ", $6, $7 }' "$jar"
}

start before "$BEFORE" 5288
start after "$AFTER" 5289
declare -A cookies=([5288]="$(cookie 5288)" [5289]="$(cookie 5289)")

# name | path | signed in?
pages=(
    "layout only (/)|/|no"
    "layout, signed in (/)|/|yes"
    "partner overview|/partners/$PARTNER|yes"
    "KPI dashboard|/partners/$PARTNER/kpis|yes"
    "requirements|/partners/$PARTNER/requirements|yes"
)

rps() { # rps <port> <path> <signed>
    local headers=()
    [ "$3" = yes ] && headers=(-H "Cookie: ${cookies[$1]}")
    local check
    check=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "http://127.0.0.1:$1$2")
    [ "$check" = 200 ] || { echo "port $1 $2 answered $check" >&2; exit 1; }
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "${headers[@]}" "http://127.0.0.1:$1$2" | awk '/^Requests\/sec:/ { printf "%.0f\n", $2 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds in turns, on $(nproc) cores, $(date -u +%FT%TZ)"
echo "before: $BEFORE ($(git -C "$BEFORE" rev-parse --short HEAD))   after: $AFTER ($(git -C "$AFTER" rev-parse --short HEAD)$(git -C "$AFTER" diff --quiet HEAD || echo '+changes'))"
printf '%-28s %12s %12s %8s\n' "page" "before req/s" "after req/s" "after/before"
for entry in "${pages[@]}"; do
    IFS='|' read -r name path signed <<<"$entry"
    for port in 5288 5289; do DURATION=3s rps "$port" "$path" "$signed" >/dev/null; done # warm-up
    b=(); a=()
    for _ in $(seq "$ROUNDS"); do
        b+=("$(rps 5288 "$path" "$signed")")
        a+=("$(rps 5289 "$path" "$signed")")
    done
    mb=$(printf '%s\n' "${b[@]}" | median)
    ma=$(printf '%s\n' "${a[@]}" | median)
    printf '%-28s %12s %12s %8s\n' "$name" "$mb" "$ma" "$(awk -v a="$ma" -v b="$mb" 'BEGIN { printf "%.2f", a / b }')"
done
