#!/usr/bin/env bash
# The whole suite as two Jest runs side by side: the broker's tests (they mostly wait on Kafka,
# and one stops and restarts the shared broker, so they run one at a time) beside the rest
# (unit, integration, end-to-end and browser, one at a time too), which has the CPU meanwhile.
# Arguments go to both runs (a path narrows them). With TEST_RESULTS_DIR, each run writes its
# Jest JSON there (kafka.json, rest.json). Fails when either run fails.
set -uo pipefail
cd "$(dirname "$0")/../.."
results="${TEST_RESULTS_DIR:-$(mktemp -d)}"
mkdir -p "$results"
# A JSON left by an earlier run in the same folder would pass for this run's when a run writes none.
rm -f "$results/kafka.json" "$results/rest.json"
jest=node_modules/.bin/jest

"$jest" --runInBand --passWithNoTests --selectProjects kafka --json --outputFile="$results/kafka.json" "$@" > "$results/kafka.log" 2>&1 &
broker_run=$!
"$jest" --runInBand --passWithNoTests --selectProjects unit int e2e browser --json --outputFile="$results/rest.json" "$@"
rest_status=$?
wait "$broker_run"
broker_status=$?
# Printed once the run is over, so that its lines do not interleave with the other's.
echo "== the broker's tests"
cat "$results/kafka.log"
[[ $rest_status -eq 0 && $broker_status -eq 0 ]]
