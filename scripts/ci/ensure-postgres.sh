#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster if it is down, then waits until it answers.
set -euo pipefail
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
if ! pg_isready -h "$host" -p "$port" -q; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
fi
for _ in $(seq 1 30); do
  pg_isready -h "$host" -p "$port" -q && { echo "PostgreSQL is up on $host:$port"; exit 0; }
  sleep 1
done
echo "PostgreSQL did not answer on $host:$port" >&2
exit 1
