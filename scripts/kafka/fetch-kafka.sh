#!/usr/bin/env bash
# Puts Apache Kafka's broker jars (and their runtime dependencies) in a cache folder outside
# git, resolved by Maven from Maven Central: no Docker and no Debian package is needed.
# Prints the folder holding the jars. Safe to run twice: a complete cache is reused.
set -euo pipefail
source "$(dirname "$0")/kafka-env.sh"

if [[ -f "$KAFKA_LIBS/.complete" ]]; then
  echo "$KAFKA_LIBS"
  exit 0
fi

mkdir -p "$KAFKA_HOME"
# A throw-away pom whose only purpose is to let `dependency:copy-dependencies` walk the
# broker's runtime graph; log4j2 and its binding for the
# broker's slf4j 1.7 are added because the broker's pom leaves logging to the distribution.
cat > "$KAFKA_HOME/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.mobility-ledger</groupId>
  <artifactId>kafka-broker-jars</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$KAFKA_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j-impl</artifactId><version>2.24.3</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>2.24.3</version></dependency>
  </dependencies>
</project>
POM

rm -rf "$KAFKA_LIBS"
mvn -q -B -f "$KAFKA_HOME/pom.xml" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS" >&2
touch "$KAFKA_LIBS/.complete"
echo "$KAFKA_LIBS"
