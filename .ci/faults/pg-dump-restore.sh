#!/usr/bin/env bash
# Fault 4 (PostgreSQL): the README's backup and restore. On a portal with the demo data, a new learner registers and
# enrols and the editor publishes a news item with a PDF attached (RestoreSteps.java add, through the pages and the
# API). `pg_dump -Fc` while the portal runs, `pg_restore` into a new empty database, a new portal started on it, and
# RestoreSteps.java check finds, through HTTP, the news item, its file with the same bytes, the learner's sign-in and
# enrolment, and lets one more learner register.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap stop_all EXIT
portal_start
"$JAVA" "$FAULTS_DIR/RestoreSteps.java" add "$PORTAL_URL" "$FAULT_WORK/facts" >&2 || fail "adding the content failed"
dump=$FAULT_WORK/ocop.dump
t0=$SECONDS
pg_dump -h "$PG_HOST" -p "$PG_PORT" -U postgres -Fc "$FAULT_PG_DB" >"$dump"
portal_stop
restored=${FAULT_PG_DB}_restored
pg postgres "CREATE DATABASE $restored ENCODING 'UTF8' TEMPLATE template0" >/dev/null
pg_restore -h "$PG_HOST" -p "$PG_PORT" -U postgres --no-owner --exit-on-error -d "$restored" "$dump"
copied=$((SECONDS - t0))
FAULT_PG_DB=$restored portal_start
check_rc=0
"$JAVA" "$FAULTS_DIR/RestoreSteps.java" check "$PORTAL_URL" "$FAULT_WORK/facts" >"$FAULT_WORK/check.out" 2>&1 || check_rc=$?
cat "$FAULT_WORK/check.out" >&2
portal_stop
pg postgres "DROP DATABASE IF EXISTS $restored WITH (FORCE)" >/dev/null
verdict=PASS
((check_rc == 0)) || verdict=FAIL
result "pg_dump -> restore -> new portal" "dump $(($(stat -c %s "$dump") / 1024)) KiB, dump + restore ${copied} s; $(tail -1 "$FAULT_WORK/check.out")" "$verdict"
[[ $verdict == PASS ]]
