#!/usr/bin/env bash
# Stops the broker started by start-kafka.sh, by the PID it wrote; a no-op when none runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/kafka/kafka-env.sh

if [[ ! -f "$KAFKA_PID_FILE" ]]; then
  echo "kafka: not running"
  exit 0
fi
pid=$(cat "$KAFKA_PID_FILE")
if ! kill -0 "$pid" 2>/dev/null || ! tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka.Kafka'; then
  rm -f "$KAFKA_PID_FILE"
  echo "kafka: not running (stale pid file removed)"
  exit 0
fi

# SIGTERM lets the broker close its logs cleanly, so the next start skips log recovery.
kill -TERM "$pid"
for _ in $(seq 1 60); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if kill -0 "$pid" 2>/dev/null; then
  echo "kafka: still up after 30s, killing pid $pid" >&2
  kill -KILL "$pid"
fi
rm -f "$KAFKA_PID_FILE"
echo "kafka: stopped (pid $pid)"
