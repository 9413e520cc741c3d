#!/usr/bin/env bash
# A course opening's sign-ins: how long N learners take to sign in through the real form and enrol, on the portal
# started as the README does (a free port, a data directory of its own, H2). Run by hand, never in CI:
#   bench/signin.sh [argon2id-learners=1000] [pbkdf2-learners=200] [clients=50] [course=bao-bi-nhan-mac-k1]
# Builds the WAR, starts the portal once (migrations, demo data), stops it, inserts the learners straight into the
# database (Argon2id ones, and PBKDF2-600,000 ones as stored before Argon2id, for reference), gives the course seats
# for half the Argon2id learners (the rest join its waiting list), starts the portal again and runs two rounds in the
# same run: the Argon2id learners, then the PBKDF2 ones (whose hashes are re-made as Argon2id as they sign in). All
# clients come from 127.0.0.1, as a training hall behind one address would. The portal's output is kept in
# target/signin-bench-portal.log. Needs a JDK 21+ and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
argon2=${1:-1000}
pbkdf2=${2:-200}
clients=${3:-50}
course=${4:-bao-bi-nhan-mac-k1}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

./mvnw -B -q -ntp -DskipTests package 2>/dev/null
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test \
    >/dev/null 2>&1
classpath="target/classes:$(cat target/bench.classpath)"
bench() { "$java" -cp "$classpath" bench/SignInBench.java "$@"; }
port=$(bench free-port)
dir=$(mktemp -d)
base="http://127.0.0.1:$port"
portal=""

stop() {
    if [[ -n $portal ]]; then
        kill -- "-$portal" 2>/dev/null || true # the process group of the Maven run started below, Payara with it
        wait "$portal" 2>/dev/null || true
        portal=""
    fi
}
trap 'stop; cp "$dir/portal.log" target/signin-bench-portal.log 2>/dev/null; rm -rf "$dir"' EXIT

start() {
    # the README's command (the WAR was just packaged), with only the port and the data directory set
    PORTAL_PORT=$port PORTAL_DATA_DIR=$dir setsid ./mvnw -B -ntp payara-micro:start >>"$dir/portal.log" 2>&1 &
    portal=$!
    for _ in $(seq 1 300); do
        if [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready" || true) == 200 ]]; then
            return
        fi
        kill -0 "$portal" 2>/dev/null || { tail -50 "$dir/portal.log"; exit 1; }
        sleep 1
    done
    echo "the portal was not ready within 5 minutes" >&2
    tail -50 "$dir/portal.log"
    exit 1
}

echo "first start: migrations and demo data ($dir)"
start
stop
options=$(grep '^portal.db.url=' src/main/resources/META-INF/microprofile-config.properties | sed 's/^[^;]*//')
bench seed "jdbc:h2:file:$dir/portal$options" sa sa "$argon2" "$pbkdf2" "$course"
start
echo "portal ready at $base; $(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg)"
pids=$(pgrep -g "$portal" | tr '\n' ' ') # Maven and Payara Micro, for their processor time
bench run "$base" "$argon2" "$pbkdf2" "$clients" "$course" "$pids"
grep -o 'Passwords: Argon2id.*' "$dir/portal.log" | head -1 || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
