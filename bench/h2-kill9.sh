#!/usr/bin/env bash
# Kill -9 check of the default H2 URL (finding: H2's 500 ms write delay lost answered enrolments):
#   bench/h2-kill9.sh [seconds=5]
# Writes rows one commit at a time with the portal's default H2 options (portal.db.url in
# META-INF/microprofile-config.properties), kills the JVM with SIGKILL, reopens the file and compares the rows
# found with the last commit that had returned. Then does the same without WRITE_DELAY=0, to show what it prevents.
# A kill -9 is not a power loss: this shows nothing about what the operating system's cache loses on power loss.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-5}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/h2.classpath -Dmdep.includeScope=test >/dev/null
h2=$(tr ':' '\n' < target/h2.classpath | grep '/h2-' | head -1)
options=$(grep '^portal.db.url=' src/main/resources/META-INF/microprofile-config.properties | sed 's/^[^;]*//')
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

run() { # name url-options
    local url="jdbc:h2:file:$dir/$1$2"
    "$java" -cp "$h2" bench/H2Kill9.java write "$url" > "$dir/$1.acked" &
    local pid=$!
    sleep "$seconds"
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    local acked
    acked=$(grep -E '^[0-9]+$' "$dir/$1.acked" | tail -n 2 | head -n 1) # the last surely complete line
    acked=${acked:-0}
    read -r count max < <("$java" -cp "$h2" bench/H2Kill9.java count "$url")
    local lost=$(( acked > count ? acked - count : 0 ))
    echo "$1: commits answered $acked, rows found $count, lost $lost  ($2)" >&2
    echo "$lost"
}

durable=$(run durable "$options")
run delayed "${options/;WRITE_DELAY=0/}" >/dev/null
[ "$durable" -eq 0 ] || { echo "FAIL: the default URL lost $durable answered commits" >&2; exit 1; }
echo "OK: the default H2 URL lost no answered commit under kill -9" >&2
