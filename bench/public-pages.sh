#!/usr/bin/env bash
# Throughput and latency of the public pages as anonymous readers see them, with wrk on loopback.
# Run by hand against a running portal (./mvnw -DskipTests package payara-micro:start), never in CI:
#   bench/public-pages.sh [base-url] [seconds] [connections]
# Payara's JIT keeps warming for minutes, so each page is warmed up first and only then measured.
# Prints requests/s and latency percentiles per page, then the portal's resident memory.
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
seconds=${2:-30}
connections=${3:-8}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }

article=$(curl -s "$base/tin-tuc" | grep -o 'href="/tin-tuc/[a-z0-9-]*"' | head -1 | sed 's/href="//; s/"$//')
course=$(curl -s "$base/khoa-hoc" | grep -o 'href="/khoa-hoc/[a-z0-9-]*"' | head -1 | sed 's/href="//; s/"$//')
pages=("/" "/tin-tuc" "${article:-/tin-tuc}" "/khoa-hoc" "${course:-/khoa-hoc}" "/api")

printf '%-45s %10s %10s %10s %10s\n' page req/s p50 p99 non-2xx
for page in "${pages[@]}"; do
    wrk -t2 -c"$connections" -d"$((seconds / 2))s" "$base$page" >/dev/null 2>&1
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base$page" 2>&1)
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    printf '%-45s %10s %10s %10s %10s\n' "$page" "$rps" "$p50" "$p99" "${errors:-0}"
done

pid=$(pgrep -f 'payara-micro.*ocop-portal|ocop-portal.*payara-micro' | head -1 || true)
if [[ -n $pid ]]; then
    echo "portal RSS: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MB (pid $pid)"
fi
