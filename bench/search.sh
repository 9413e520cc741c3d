#!/usr/bin/env bash
# Times search with many items: bench/search.sh [N=5000] [jdbc-url user password]
# (H2 in memory by default; e.g. bench/search.sh 5000 jdbc:postgresql://127.0.0.1:5432/ocop_bench postgres '')
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    -Djava.util.logging.SimpleFormatter.format='%5$s%n' \
    vn.bentre.ocop.content.SearchBenchmark "$@"
