# Shared by the fault scripts in .ci/faults (sourced, not run). A portal is started exactly as the README says
# (./mvnw payara-micro:start with the documented PORTAL_* variables), on a free port and a data directory of its
# own; its Payara Micro JVM is found among the Maven process's children (the one carrying -Dportal.data.dir=<dir>),
# so kill -9 hits the server itself. Every wait is bounded and polls a condition; none is a bare sleep.
#
# Variables the caller sets: FAULT_DB (h2 | postgresql), FAULT_WORK (a directory for this fault's files).
# For PostgreSQL each fault has a database of its own (FAULT_PG_DB), made from the runner's seed and dropped after.

FAULTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT=$(cd "$FAULTS_DIR/../.." && pwd)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
# registrations of many learners from one address in a few seconds: no per-source registration limit, through the
# documented variable (passwords are hashed as in production: Argon2id at OWASP's settings)
export PORTAL_REGISTRATION_PER_SOURCE_PER_HOUR=${PORTAL_REGISTRATION_PER_SOURCE_PER_HOUR:-100000}

PORTAL_STARTS=0

say() { echo "  [$(date +%H:%M:%S)] $*" >&2; }
fail() { echo "FAIL: $*" >&2; exit 1; }

free_port() { # a port nobody listens on, from the range the kernel does not hand out to outgoing connections
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "no free port found"
}

# wait_for <seconds> <what> <command...>: polls the command every 0.2 s until it succeeds; fails after the limit.
wait_for() {
    local limit=$1 what=$2
    shift 2
    local deadline=$((SECONDS + limit))
    until "$@"; do
        ((SECONDS < deadline)) || fail "$what: not within $limit s"
        sleep 0.2
    done
}

pg() { # pg <database> <sql>: rows as a|b|c
    psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "$1" -v ON_ERROR_STOP=1 -qAt -F'|' -c "$2"
}

h2_jar() {
    local version
    version=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' "$PROJECT/pom.xml" | head -1)
    local jar=$HOME/.m2/repository/com/h2database/h2/$version/h2-$version.jar
    if [[ ! -f $jar ]]; then
        (cd "$PROJECT" && ./mvnw -B -ntp -q dependency:get -Dartifact="com.h2database:h2:$version" >&2)
    fi
    echo "$jar"
}

h2_url() { # the portal's default URL (META-INF/microprofile-config.properties) on a data directory
    local options
    options=$(grep '^portal.db.url=' "$PROJECT/src/main/resources/META-INF/microprofile-config.properties" | sed 's/^[^;]*//')
    echo "jdbc:h2:file:$1/portal$options"
}

# sql <sql>: a query on this fault's database, rows as a|b|c. On H2 only while no portal holds the file (the
# database lives in the portal's JVM): the H2 shell from H2's own jar, the same version Payara Micro runs.
sql() {
    if [[ $FAULT_DB == postgresql ]]; then
        pg "$FAULT_PG_DB" "$1"
    else
        # one line of SQL (the shell's header repeats an unnamed column's expression, new lines included)
        "$JAVA" -cp "$H2_JAR" org.h2.tools.Shell -url "$(h2_url "$FAULT_WORK/data")" -user sa -password sa \
            -sql "$(tr '\n' ' ' <<<"$1")" |
            sed -e '1d' -e '/^([0-9]* rows\?, [0-9]* ms)$/d' -e 's/ *| */|/g' -e 's/ *$//'
    fi
}

# portal_start [VAR=value ...]: starts a portal on this fault's data (and database), waits for /health/ready;
# sets PORTAL_URL, PORTAL_MVN (Maven's pid) and PORTAL_JVM (Payara Micro's pid).
portal_start() {
    local port log
    port=$(free_port)
    log="$FAULT_WORK/portal-$((++PORTAL_STARTS)).log"
    mkdir -p "$FAULT_WORK/data"
    local -a env=(PORTAL_PORT="$port" PORTAL_DATA_DIR="$FAULT_WORK/data" PORTAL_BASE_URL="http://127.0.0.1:$port")
    if [[ $FAULT_DB == postgresql ]]; then
        env+=(PORTAL_DB_CLASS=org.postgresql.ds.PGSimpleDataSource
            PORTAL_DB_URL="jdbc:postgresql://${PORTAL_PG_ADDRESS:-$PG_HOST:$PG_PORT}/$FAULT_PG_DB"
            PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD=)
    fi
    local started=$SECONDS
    (cd "$PROJECT" && exec env "${env[@]}" "$@" ./mvnw -B -ntp payara-micro:start >"$log" 2>&1) &
    PORTAL_MVN=$!
    echo "$PORTAL_MVN" >>"$FAULT_WORK/pids"
    PORTAL_URL="http://127.0.0.1:$port"
    PORTAL_JVM=
    local deadline=$((SECONDS + ${PORTAL_START_LIMIT:-480}))
    until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$PORTAL_URL/health/ready") == 200 ]]; do
        kill -0 "$PORTAL_MVN" 2>/dev/null || fail "the portal did not start; see $log"
        # Payara Micro up without the application (its deployment failed): it will never be ready
        if grep -q 'Payara Micro .* ready in' "$log" && ! grep -q "'ocop-portal' REST Endpoints" "$log"; then
            fail "Payara Micro started but the portal's deployment failed: $(grep -m1 -A3 'SEVERE' "$log" | grep -m1 -E 'Exception|Cause' | cut -c1-300); see $log"
        fi
        ((SECONDS < deadline)) || fail "the portal was not ready within ${PORTAL_START_LIMIT:-480} s; see $log"
        sleep 0.5
    done
    PORTAL_JVM=$(portal_jvm)
    [[ -n $PORTAL_JVM ]] || fail "no Payara Micro JVM under Maven's process $PORTAL_MVN"
    echo "$PORTAL_JVM" >>"$FAULT_WORK/pids"
    LAST_START_SECONDS=$((SECONDS - started))
    say "portal ready at $PORTAL_URL in $LAST_START_SECONDS s (JVM $PORTAL_JVM)"
}

# The Payara Micro JVM among the descendants of the Maven process, by its -Dportal.data.dir.
portal_jvm() {
    local -a queue=("$PORTAL_MVN")
    while ((${#queue[@]})); do
        local pid=${queue[0]}
        queue=("${queue[@]:1}")
        if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "-Dportal.data.dir=$FAULT_WORK/data "; then
            echo "$pid"
            return
        fi
        queue+=($(cat /proc/"$pid"/task/*/children 2>/dev/null))
    done
}

gone() { ! kill -0 "$1" 2>/dev/null; }

# fails at once if the portal's JVM ended without this script killing it
portal_alive() { gone "$PORTAL_JVM" && fail "the portal's JVM ended without being told to; see $FAULT_WORK/portal-$PORTAL_STARTS.log"; return 0; }

# portal_kill9: SIGKILL to the Payara Micro JVM, no warning; Maven then ends by itself.
portal_kill9() {
    kill -9 "$PORTAL_JVM"
    wait_for 30 "the killed JVM to go" gone "$PORTAL_JVM"
    wait_for 30 "Maven to end after the kill" gone "$PORTAL_MVN"
    wait "$PORTAL_MVN" 2>/dev/null || true
    say "killed the portal with SIGKILL (JVM $PORTAL_JVM)"
}

# portal_stop: the ordinary stop (SIGTERM, as Ctrl+C or a service manager): H2 closes its file.
portal_stop() {
    kill -TERM "$PORTAL_JVM" 2>/dev/null || true
    wait_for 60 "the portal to stop" gone "$PORTAL_JVM"
    wait_for 30 "Maven to end" gone "$PORTAL_MVN"
    wait "$PORTAL_MVN" 2>/dev/null || true
}

descendants() { # the pids under a process, children first
    local child
    for child in $(cat /proc/"$1"/task/*/children 2>/dev/null); do
        descendants "$child"
        echo "$child"
    done
}

# Everything this fault started (listed in $FAULT_WORK/pids, with what those started), ended by its id.
stop_all() {
    [[ -f $FAULT_WORK/pids ]] || return 0
    local pid
    for pid in $(tac "$FAULT_WORK/pids"); do
        for child in $(descendants "$pid"); do kill -9 "$child" 2>/dev/null || true; done
        kill -9 "$pid" 2>/dev/null || true
    done
}

# result <fault> <figures> <PASS|FAIL>: the line the runner collects for its table.
result() {
    printf '%s\t%s\t%s\t%s\n' "$1" "$FAULT_DB" "$3" "$2" >>"${FAULT_RESULTS:-/dev/stdout}"
    echo "RESULT $1 [$FAULT_DB] $3: $2" >&2
}
