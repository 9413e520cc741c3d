#!/usr/bin/env bash
# Mail outbox throughput to a local SMTP sink. Run by hand, never in CI:
#   bench/outbox.sh [mails=5000] [database=ocop_outbox_bench]
# Starts bench/SmtpSink.java (a small SMTP server that accepts everything and logs each message's arrival and
# Message-ID), then the portal as the README starts it, on a free port, its own data dir, on a fresh PostgreSQL
# database (127.0.0.1:5432, user postgres; dropped at the end) with PORTAL_MAIL_HOST/PORT pointed at the sink.
#  1. Latency of one mail through a real path: a learner registers at /dang-ky (a welcome mail is queued in the
#     registration's transaction); prints the time from the answer to the mail's arrival at the sink.
#  2. Throughput: inserts N mails straight into the outbox table in one transaction (the portal's own paths cannot
#     queue thousands quickly: a bulletin needs confirmed subscribers, an enrolment a signed-in learner), then
#     registers one more learner through /dang-ky, as any real mail would arrive; prints mails/min from the first to
#     the last mail, time to the first and to the last, connections used, duplicates, and the target (2,000/min).
# PORTAL_MAIL_SENDERS (connections side by side, default 2) and other PORTAL_* settings pass through to the portal.
# Needs a JDK 21+ (JAVA_HOME or java on PATH), psql, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
mails=${1:-5000}
db=${2:-ocop_outbox_bench}
target=2000
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
smtp_port=$(free_port)
portal_port=$(free_port)
base="http://127.0.0.1:$portal_port"

sink_pid= portal_pid=
: >"$work/portal.log"
cleanup() {
    [[ -n $portal_pid ]] && kill -- "-$portal_pid" 2>/dev/null || true
    [[ -n $sink_pid ]] && kill "$sink_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    dropdb -h 127.0.0.1 -U postgres --if-exists "$db" || true
    rm -rf "$work"
}
trap cleanup EXIT

dropdb -h 127.0.0.1 -U postgres --if-exists "$db"
createdb -h 127.0.0.1 -U postgres -E UTF8 -T template0 "$db"
"$java" bench/SmtpSink.java "$smtp_port" "$work/sink.log" 2>"$work/sink.err" &
sink_pid=$!

echo "building and starting the portal on $base (log: $work/portal.log) ..." >&2
PORTAL_PORT=$portal_port PORTAL_DATA_DIR="$work/data" \
    PORTAL_DB_CLASS=org.postgresql.ds.PGSimpleDataSource PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD= \
    PORTAL_MAIL_HOST=127.0.0.1 PORTAL_MAIL_PORT="$smtp_port" PORTAL_MAIL_FROM=no-reply@ocop-bentre.vn \
    PORTAL_BASE_URL="$base" \
    setsid ./mvnw -B -q -DskipTests package payara-micro:start >"$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 600); do
    grep -q 'Payara Micro URLs' "$work/portal.log" && break
    kill -0 "$portal_pid" 2>/dev/null || { tail -50 "$work/portal.log"; exit 1; }
    sleep 1
done
grep -q 'Payara Micro URLs' "$work/portal.log" || { echo "the portal did not start" >&2; exit 1; }
sleep 5 # demo data and the first timer runs settle
received() { wc -l <"$work/sink.log"; }

register() { # e-mail; queues a welcome mail through the registration page
    local jar="$work/cookies" page view nonce
    rm -f "$jar"
    page=$(curl -s -c "$jar" -b "$jar" "$base/dang-ky")
    view=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
    nonce=$(grep -o 'name="primefaces.nonce" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -H "Origin: $base" "$base/dang-ky" \
        --data-urlencode register=register --data-urlencode "register:fullName=Học viên đo thư" \
        --data-urlencode "register:email=$1" --data-urlencode register:password=do-tai-thu-di-2026 \
        --data-urlencode register:passwordAgain=do-tai-thu-di-2026 --data-urlencode register:submit=x \
        --data-urlencode "jakarta.faces.ViewState=$view" ${nonce:+--data-urlencode "primefaces.nonce=$nonce"} >/dev/null
}
arrival_of() { # recipient -> epoch ms of its arrival at the sink, waiting up to 120 s
    for _ in $(seq 1200); do
        local at
        at=$(grep -F "<$1>" "$work/sink.log" | head -1 | cut -d' ' -f1 || true)
        [[ -n $at ]] && { echo "$at"; return; }
        sleep 0.1
    done
    echo "never"
}

# 1. one mail through a real path
before=$(received)
start=$(now_ms)
register "do-tre.$start@htx-bench.vn"
answered=$(now_ms)
arrived=$(arrival_of "do-tre.$start@htx-bench.vn")
echo "registration answered in $((answered - start)) ms; its welcome mail arrived $([[ $arrived == never ]] && echo 'never (120 s)' || echo "$((arrived - answered)) ms later")"

# 2. N mails at once
sleep 2
before=$(received)
psql -q -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 <<SQL
insert into mail_outbox (id, category, recipient, subject, body_text, body_html, status, attempts, next_attempt_at,
                         created_at, version)
select nextval('mail_outbox_seq'), 'BENCH', 'hoc-vien.' || n || '@htx-bench.vn',
       'Bản tin OCOP Bến Tre số ' || n,
       repeat('Kính gửi anh/chị, bản tin mới đã được đăng trên cổng thông tin OCOP Bến Tre. ', 12),
       '<p>' || repeat('Kính gửi anh/chị, <strong>bản tin mới</strong> đã được đăng trên cổng thông tin. ', 20) || '</p>',
       'PENDING', 0, (now() at time zone 'Asia/Ho_Chi_Minh')::timestamp(0) - interval '1 second',
       (now() at time zone 'Asia/Ho_Chi_Minh')::timestamp(0) - interval '1 second', 0
from generate_series(1, $mails) n;
SQL
queued=$(now_ms)
register "danh-thuc.$queued@htx-bench.vn"
total=$((mails + 1))
deadline=$(( $(now_ms) + 30 * 60 * 1000 ))
while (( $(received) - before < total )) && (( $(now_ms) < deadline )); do sleep 0.5; done
sleep 2 # anything sent twice would show now

echo "senders ${PORTAL_MAIL_SENDERS:-2}, load average now $(cut -d' ' -f1-3 /proc/loadavg) (the machine's other work counts)"
tail -n +"$((before + 1))" "$work/sink.log" | awk -v queued="$queued" -v total="$total" -v target="$target" '
    { n++; t = $1; if (!first) first = t; last = t; conn[$2] = 1; if (seen[$4]++) dup++ }
    END {
        c = 0; for (k in conn) c++
        span = (last - first) / 1000.0
        rate = span > 0 ? (n - 1) / span * 60 : 0
        printf "mails received %d of %d, duplicates (same Message-ID) %d, SMTP connections %d\n", n, total, dup + 0, c
        printf "first mail %.1f s after queueing, last %.1f s after queueing\n", (first - queued) / 1000.0, (last - queued) / 1000.0
        printf "throughput %.0f mails/min (first to last), %.0f mails/min (queueing to last); target %d: %s\n", rate,
            (n / ((last - queued) / 1000.0)) * 60, target, rate >= target ? "MET" : "NOT MET"
    }'
