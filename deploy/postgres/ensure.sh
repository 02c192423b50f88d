#!/usr/bin/env bash
# Makes sure PostgreSQL listens on 127.0.0.1:5432 and has the hub's test role and database.
#   PG_DATABASE (legal_aid_hub_test), PG_USER (hub), PG_PASSWORD (hub)
set -euo pipefail
DB=${PG_DATABASE:-legal_aid_hub_test}
ROLE=${PG_USER:-hub}
PASSWORD=${PG_PASSWORD:-hub}

listening() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

if ! listening; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 60); do listening && break; sleep 0.5; done
fi
listening || { echo "PostgreSQL does not listen on 127.0.0.1:5432" >&2; exit 1; }

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"; }
if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname = '$ROLE'\"")" != "1" ]; then
  psql_admin "-c \"create role $ROLE login password '$PASSWORD'\""
fi
if [ "$(psql_admin "-c \"select 1 from pg_database where datname = '$DB'\"")" != "1" ]; then
  psql_admin "-c \"create database $DB owner $ROLE\""
fi
echo "PostgreSQL ready: jdbc:postgresql://127.0.0.1:5432/$DB (user $ROLE)"
