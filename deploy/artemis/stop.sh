#!/usr/bin/env bash
# Stops the broker started by start.sh.
set -euo pipefail
WORK="$(cd "$(dirname "$0")" && pwd)/work"
if [ -f "$WORK/broker.pid" ]; then
  pid=$(cat "$WORK/broker.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$WORK/broker.pid"
  echo "Artemis stopped"
fi
