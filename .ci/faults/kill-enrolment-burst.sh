#!/usr/bin/env bash
# Fault 1: kill -9 during an enrolment burst loses no answered enrolment and overbooks nothing.
# 50 learners (bench/EnrolmentBench.java, burst mode) enrol in and cancel from one 30-seat course as fast as the
# portal answers, journalling every answer; the portal's JVM gets SIGKILL mid-burst; it is started again on the same
# data, and SQL compares the journal with the enrolment table: every enrolment answered 201 is there, every cancel
# answered 200 is cancelled, every enrolment whose cancel was never sent is still active, and the seats taken are
# within the capacity with no one waiting while a seat is free.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap stop_all EXIT
course=quan-tri-htx-k1 # a demo course open for enrolment, 30 seats, for co-operative managers
clients=50
kill_after=${KILL_AFTER_ANSWERED:-150}

portal_start
journal=$FAULT_WORK/journal
: >"$journal"
"$JAVA" "$PROJECT/bench/EnrolmentBench.java" burst "$PORTAL_URL" "$clients" "$course" COOP_MANAGER "$journal" \
    >"$FAULT_WORK/bench.out" 2>&1 &
bench=$!
echo "$bench" >>"$FAULT_WORK/pids"
registered() { portal_alive; grep -q '^registered' "$FAULT_WORK/bench.out" || { gone "$bench" && fail "the burst client ended: $(tail -5 "$FAULT_WORK/bench.out")"; }; }
wait_for 240 "$clients learners registered and signed in" registered
answered() { portal_alive; (($(grep -c '^E ' "$journal") >= kill_after)); }
wait_for 120 "$kill_after answered enrolments" answered
portal_kill9
wait_for 90 "the clients to see the portal gone" gone "$bench"
bench_rc=0
wait "$bench" || bench_rc=$?
say "$(tail -1 "$FAULT_WORK/bench.out")"
unavailable=$(sed -n 's/.* \([0-9]*\) answered 503.*/\1/p' "$FAULT_WORK/bench.out")

portal_start # on the same data
[[ $FAULT_DB == h2 ]] && portal_stop # H2's file is the portal's while it runs
sql "SELECT e.id, e.status FROM enrolment e JOIN course c ON c.id = e.course_id WHERE c.code = '$course'" \
    >"$FAULT_WORK/found"
IFS='|' read -r capacity seated waiting < <(sql "SELECT c.capacity AS cap,
        (SELECT COUNT(*) FROM enrolment e WHERE e.course_id = c.id AND e.status IN ('CONFIRMED', 'COMPLETED')) AS seated,
        (SELECT COUNT(*) FROM enrolment e WHERE e.course_id = c.id AND e.status = 'WAITLISTED') AS waiting
    FROM course c WHERE c.code = '$course'")
[[ $FAULT_DB == postgresql ]] && portal_stop

read -r enrolments cancels lost uncancelled inactive < <(awk -F'[ |]' '
    FNR == NR { status[$1] = $2; next }
    $1 == "E" { answered[$2] = 1; n++ }
    $1 == "S" { sent[$2] = 1 }
    $1 == "C" { c++; if (status[$2] != "CANCELLED") uncancelled++ }
    END {
        for (id in answered) {
            if (!(id in status)) lost++
            else if (!(id in sent) && status[id] != "CONFIRMED" && status[id] != "WAITLISTED") inactive++
        }
        print n + 0, c + 0, lost + 0, uncancelled + 0, inactive + 0
    }' "$FAULT_WORK/found" "$journal")

verdict=PASS
problems=""
((lost == 0)) || problems+=" $lost answered enrolments missing;"
((uncancelled == 0)) || problems+=" $uncancelled answered cancels not cancelled;"
((inactive == 0)) || problems+=" $inactive enrolments no longer active though never cancelled;"
((seated <= capacity)) || problems+=" overbooked: $seated seats taken of $capacity;"
((seated == capacity || waiting == 0)) || problems+=" $waiting waiting while $((capacity - seated)) seats are free;"
((bench_rc == 0)) || problems+=" the client saw refusals other than 503 (see bench.out);"
((enrolments >= kill_after)) || problems+=" only $enrolments enrolments answered;"
[[ -z $problems ]] || verdict=FAIL
result "kill -9 during enrolment burst" "$clients clients, $enrolments enrolments + $cancels cancels answered before the kill (${unavailable:-?} × 503 try-again); lost $lost, cancels undone $uncancelled; seats $seated/$capacity, waiting $waiting; restart ${LAST_START_SECONDS} s${problems:+ —$problems}" "$verdict"
[[ $verdict == PASS ]]
