#!/usr/bin/env bash
# Enrolments per second and latency (p50/p95/p99) under N concurrent learners, against a running portal
# (./mvnw -DskipTests package payara-micro:start). Run by hand, never in CI:
#   bench/enrolment.sh [base-url] [clients] [seconds] [course-code]
# Each client registers a learner of its own, then enrols and cancels in a loop, all on the same course (the demo's
# full course bao-bi-nhan-mac-k1 by default, so every enrolment joins the waiting list): the worst case for the row
# lock that serialises seat decisions. A warm-up round runs first. Needs a JDK 21+ (JAVA_HOME or java on PATH).
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
clients=${2:-16}
seconds=${3:-30}
course=${4:-bao-bi-nhan-mac-k1}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java" "$(dirname "$0")/EnrolmentBench.java" "$base" "$clients" "$seconds" "$course"
