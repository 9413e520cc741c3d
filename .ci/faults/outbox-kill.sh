#!/usr/bin/env bash
# Fault 3: the mail outbox delivers exactly once across two kill -9s.
# 2,000 mails are put straight into the outbox table (an INSERT, as the portal's own transactions write them; no
# page makes 2,000 mails in a few seconds), next to the demo's own. A local SMTP sink (SmtpSink.java) records the
# Message-ID of every mail it accepts. The portal sends; its JVM gets SIGKILL twice while it is sending and is
# started again each time; once every mail has arrived the portal stops and SQL checks the outbox: every mail SENT,
# the sink holds exactly the outbox's mails, and a mail received twice (accepted by the sink, the JVM killed before
# marking it sent) carries the same Message-ID both times, so a mail server or reader recognises it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap stop_all EXIT
queued=2000
claim=60 # PORTAL_MAIL_CLAIM_SECONDS: a mail claimed by the killed JVM is sent again after a minute, not five

received=$FAULT_WORK/received
: >"$received"
"$JAVA" "$FAULTS_DIR/SmtpSink.java" "$received" >"$FAULT_WORK/sink.out" 2>&1 &
echo $! >>"$FAULT_WORK/pids"
listening() { grep -q '^listening' "$FAULT_WORK/sink.out"; }
wait_for 60 "the SMTP sink to listen" listening
sink_port=$(awk '/^listening/ { print $2 }' "$FAULT_WORK/sink.out")

rows=$(if [[ $FAULT_DB == h2 ]]; then echo "SELECT X FROM SYSTEM_RANGE(1, $queued)"; else echo "SELECT g FROM generate_series(1, $queued) AS g"; fi)
queue_mails() {
    sql "INSERT INTO mail_outbox (id, category, recipient, subject, body_text, status, attempts, next_attempt_at, created_at, version)
         SELECT 10000000 + n, 'FAULT_TEST', 'hoc-vien-' || n || '@fault.ocop-bentre.vn', 'Thu thu nghiem ' || n,
                'Noi dung thu thu nghiem so ' || n, 'PENDING', 0, TIMESTAMP '2000-01-01 00:00:00', TIMESTAMP '2000-01-01 00:00:00', 0
         FROM ($rows) AS r(n)" >/dev/null
}
mail_env=(PORTAL_MAIL_HOST=127.0.0.1 PORTAL_MAIL_PORT="$sink_port" PORTAL_MAIL_CLAIM_SECONDS=$claim)
if [[ $FAULT_DB == h2 ]]; then
    # the schema and the demo's mails first (without a mail server, so nothing is sent), then the INSERT while
    # no portal holds the file
    portal_start PORTAL_MAIL_HOST=
    portal_stop
    queue_mails
    sql "SELECT COUNT(*) FROM mail_outbox" >"$FAULT_WORK/expected" # H2's file is the portal's once it runs
    portal_start "${mail_env[@]}"
else
    portal_start "${mail_env[@]}"
    queue_mails
fi
distinct() { sort -u "$received" | wc -l; }
at_least() { portal_alive; (($(distinct) >= $1)); }

wait_for 120 "600 mails received" at_least 600
portal_kill9
first_kill=$(distinct)
portal_start "${mail_env[@]}"
wait_for 120 "$((first_kill + 600)) mails received" at_least $((first_kill + 600))
portal_kill9
second_kill=$(distinct)
portal_start "${mail_env[@]}"
everything() { portal_alive; (($(distinct) >= $(cat "$FAULT_WORK/expected"))); }
[[ $FAULT_DB == h2 ]] || sql "SELECT COUNT(*) FROM mail_outbox" >"$FAULT_WORK/expected"
wait_for $((claim + 120)) "every mail received" everything
portal_stop

sql "SELECT id, status FROM mail_outbox" >"$FAULT_WORK/outbox"
read -r total sent pending unknown missing duplicates < <(awk -F'|' '
    FNR == NR { status[$1] = $2; total++; if ($2 == "SENT") sent++; else if ($2 == "PENDING") pending++; next }
    {
        id = $0; sub(/^<outbox-/, "", id); sub(/@.*$/, "", id)
        if (!(id in status)) unknown++
        if (seen[id]++) duplicates++
    }
    END { for (id in status) if (!(id in seen)) missing++
          print total + 0, sent + 0, pending + 0, unknown + 0, missing + 0, duplicates + 0 }' "$FAULT_WORK/outbox" "$received")

problems=""
((total >= queued)) || problems+=" only $total mails in the outbox;"
((sent == total)) || problems+=" $((total - sent)) not sent ($pending pending);"
((missing == 0)) || problems+=" $missing never received;"
((unknown == 0)) || problems+=" $unknown received with a Message-ID of no outbox row;"
((duplicates <= 2)) || problems+=" $duplicates received twice (more than the two kills explain);"
verdict=PASS
[[ -z $problems ]] || verdict=FAIL
result "outbox exactly once across 2 kills" "$total mails ($queued inserted), killed at $first_kill and $second_kill received; received $(wc -l <"$received"), distinct $(distinct), missing $missing, twice $duplicates (same Message-ID), unknown $unknown${problems:+ —$problems}" "$verdict"
[[ $verdict == PASS ]]
