#!/usr/bin/env bash
# Starts a single-node Kafka (KRaft: broker and controller in one JVM) on 127.0.0.1:9092 in
# the background, from jars fetched off Maven Central; the machines here run no Docker.
# Idempotent: a broker already running from this folder is left alone.
# --fresh (the test runs) starts from an empty log directory: a directory kept from earlier runs
# holds every topic they created, and a broker stopped uncleanly recovers each of them first,
# which can take minutes.
set -euo pipefail
fresh=false
[[ "${1:-}" == "--fresh" ]] && fresh=true
cd "$(dirname "$0")/../.."
source scripts/kafka/kafka-env.sh

broker_running() {
  [[ -f "$KAFKA_PID_FILE" ]] || return 1
  local pid; pid=$(cat "$KAFKA_PID_FILE")
  # The command line check guards against a stale PID file whose number was reused.
  kill -0 "$pid" 2>/dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka.Kafka'
}

if broker_running; then
  echo "kafka: already running (pid $(cat "$KAFKA_PID_FILE")) on $KAFKA_HOST:$KAFKA_PORT"
  exit 0
fi

libs=$(bash scripts/kafka/fetch-kafka.sh)
if $fresh; then rm -rf "$KAFKA_RUN/data"; fi
mkdir -p "$KAFKA_RUN/data"
properties="$KAFKA_RUN/server.properties"
sed -e "s#@HOST@#$KAFKA_HOST#g" -e "s#@PORT@#$KAFKA_PORT#g" \
    -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" -e "s#@DATA@#$KAFKA_RUN/data#g" \
    scripts/kafka/server.properties.template > "$properties"
cp scripts/kafka/log4j2.properties "$KAFKA_RUN/log4j2.properties"

java_opts=(-Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true
  "-Dlog4j2.configurationFile=$KAFKA_RUN/log4j2.properties" -cp "$libs/*")

# Formatting writes the cluster id into the log directory once; later starts reuse it.
if [[ ! -f "$KAFKA_RUN/data/meta.properties" ]]; then
  cluster_id=$("$KAFKA_JAVA" "${java_opts[@]}" kafka.tools.StorageTool random-uuid)
  "$KAFKA_JAVA" "${java_opts[@]}" kafka.tools.StorageTool format \
    --cluster-id "$cluster_id" --config "$properties" --ignore-formatted > "$KAFKA_RUN/format.log" 2>&1 \
    || { cat "$KAFKA_RUN/format.log" >&2; exit 1; }
fi

# setsid: the broker outlives the shell (and the CI step) that started it; stop it by PID.
setsid bash -c 'echo $$ > "$0"; exec "$@"' "$KAFKA_PID_FILE" \
  "$KAFKA_JAVA" "${java_opts[@]}" kafka.Kafka "$properties" \
  > "$KAFKA_RUN/broker.log" 2>&1 < /dev/null &

started=$SECONDS
until node scripts/kafka/probe-kafka.js "$KAFKA_HOST:$KAFKA_PORT" 2>/dev/null; do
  if ! broker_running && (( SECONDS - started > 2 )); then
    echo "kafka: the broker exited; last lines of $KAFKA_RUN/broker.log:" >&2
    tail -n 30 "$KAFKA_RUN/broker.log" >&2
    exit 1
  fi
  if (( SECONDS - started > ${KAFKA_START_TIMEOUT:-180} )); then
    echo "kafka: no answer on $KAFKA_HOST:$KAFKA_PORT after ${KAFKA_START_TIMEOUT:-180}s; last lines of $KAFKA_RUN/broker.log:" >&2
    tail -n 30 "$KAFKA_RUN/broker.log" >&2
    bash scripts/kafka/stop-kafka.sh >&2
    exit 1
  fi
  sleep 1
done
echo "kafka $KAFKA_VERSION: up on $KAFKA_HOST:$KAFKA_PORT (pid $(cat "$KAFKA_PID_FILE"), $((SECONDS - started))s, logs in $KAFKA_RUN)"
