#!/usr/bin/env bash
# Fetches the standalone ActiveMQ Artemis distribution from Maven Central (once), creates a broker
# instance with the hub's address settings (once) and starts it on loopback.
#   ARTEMIS_PORT (61616), ARTEMIS_USER (hub), ARTEMIS_PASSWORD (hub-secret), ARTEMIS_VERSION (2.40.0)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
VERSION=${ARTEMIS_VERSION:-2.40.0}
PORT=${ARTEMIS_PORT:-61616}
USER_NAME=${ARTEMIS_USER:-hub}
PASSWORD=${ARTEMIS_PASSWORD:-hub-secret}
WORK="$HERE/work"
HOME_DIR="$WORK/apache-artemis-$VERSION"
INSTANCE="$WORK/broker"

mkdir -p "$WORK"
if [ ! -x "$HOME_DIR/bin/artemis" ]; then
  echo "fetching apache-artemis $VERSION from Maven Central"
  "$ROOT/mvnw" -q -B dependency:copy -Dartifact="org.apache.activemq:apache-artemis:$VERSION:tar.gz:bin" \
      -DoutputDirectory="$WORK" -Dmdep.overWriteIfNewer=true
  tar -xzf "$WORK/apache-artemis-$VERSION-bin.tar.gz" -C "$WORK"
fi

if [ ! -f "$INSTANCE/etc/broker.xml" ]; then
  "$HOME_DIR/bin/artemis" create "$INSTANCE" --silent --force \
      --user "$USER_NAME" --password "$PASSWORD" --require-login \
      --host 127.0.0.1 --http-host 127.0.0.1 --port-offset 0 \
      --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor \
      --no-autotune >/dev/null
  python3 - "$INSTANCE/etc/broker.xml" "$HERE/broker-address-settings.xml" "$PORT" <<'PY'
import re, sys
broker, settings, port = sys.argv[1], sys.argv[2], sys.argv[3]
xml = open(broker).read()
fragment = re.sub(r"<!--.*?-->", "", open(settings).read(), flags=re.S).strip()
# our catch-all replaces the generated one
xml = re.sub(r'<address-setting match="#">.*?</address-setting>', fragment, xml, count=1, flags=re.S)
xml = re.sub(r'tcp://[0-9.]+:61616', 'tcp://127.0.0.1:' + port, xml)
open(broker, "w").write(xml)
PY
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "a broker already listens on 127.0.0.1:$PORT"
  exit 0
fi
nohup "$INSTANCE/bin/artemis" run >"$WORK/broker.log" 2>&1 &
echo $! >"$WORK/broker.pid"
for _ in $(seq 1 120); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "Artemis $VERSION listening: tcp://127.0.0.1:$PORT (user $USER_NAME)"
    exit 0
  fi
  if ! kill -0 "$(cat "$WORK/broker.pid")" 2>/dev/null; then
    echo "the broker exited; see $WORK/broker.log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "the broker did not open 127.0.0.1:$PORT within 60 s; see $WORK/broker.log" >&2
exit 1
