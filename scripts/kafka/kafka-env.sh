# Shared settings of the local Kafka broker scripts (sourced, not run).
# The jars and the log directory live outside git; override with the variables below.
KAFKA_VERSION="${KAFKA_VERSION:-4.1.1}"
KAFKA_CACHE="${KAFKA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mobility-ledger}"
KAFKA_HOME="$KAFKA_CACHE/kafka-$KAFKA_VERSION"
KAFKA_LIBS="$KAFKA_HOME/libs"
KAFKA_RUN="${KAFKA_RUN:-$KAFKA_CACHE/kafka-run}"
KAFKA_HOST="${KAFKA_HOST:-127.0.0.1}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_PID_FILE="$KAFKA_RUN/broker.pid"
# Kafka 4.x brokers need Java 17 or later; JAVA_HOME wins when set.
KAFKA_JAVA="${KAFKA_JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
