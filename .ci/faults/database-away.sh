#!/usr/bin/env bash
# Fault 2 (PostgreSQL): the database away for 20 s under load, without stopping the shared server. The portal talks to
# PostgreSQL through TcpProxy.java, which cuts every connection and refuses new ones for 20 s, then lets them through
# again. AwayProbe.java keeps a steady light load of public pages, public API calls and a signed-in learner's pages
# and API calls, and judges: clean 503s (problem JSON on /api) or pages still served, each within seconds, while the
# database is away; 200 again soon after it is back, without restarting the portal or signing in again.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap stop_all EXIT
away=20

"$JAVA" "$FAULTS_DIR/TcpProxy.java" "$PG_HOST" "$PG_PORT" >"$FAULT_WORK/proxy.out" 2>&1 &
echo $! >>"$FAULT_WORK/pids"
listening() { grep -q '^listening' "$FAULT_WORK/proxy.out"; }
wait_for 60 "the proxy to listen" listening
read -r _ proxy_port _ control_port <"$FAULT_WORK/proxy.out"

PORTAL_PG_ADDRESS=127.0.0.1:$proxy_port portal_start
probe_rc=0
"$JAVA" "$FAULTS_DIR/AwayProbe.java" "$PORTAL_URL" "$control_port" "$away" "$FAULT_WORK/requests" \
    >"$FAULT_WORK/probe.out" 2>&1 || probe_rc=$?
cat "$FAULT_WORK/probe.out" >&2
figures=$(sed -n 's/^FIGURES //p' "$FAULT_WORK/probe.out")
portal_stop
verdict=PASS
((probe_rc == 0)) || verdict=FAIL
result "database away ${away} s under load" "${figures:-the probe did not finish: $(tail -1 "$FAULT_WORK/probe.out")}" "$verdict"
[[ $verdict == PASS ]]
