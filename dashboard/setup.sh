#!/usr/bin/env bash
# One command: install Apache Superset in dashboard/.venv and build the newsfunnel
# dashboards on the read snapshot.
#
#   dashboard/setup.sh [SNAPSHOT]     # default: warehouse/news.read.duckdb
#   dashboard/serve.sh                # then open http://127.0.0.1:8088/superset/dashboard/newsfunnel-volume/
#
# Superset gets its own virtualenv: the pipeline never imports it, and its
# pinned dependencies cannot clash with Prefect's. It opens only the snapshot,
# read-only, one connection per query, so pipeline runs and the dashboard never
# block each other. Re-running this script is safe (it rebuilds the dashboards).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
snapshot="${1:-${NEWSFUNNEL_SNAPSHOT:-$here/../warehouse/news.read.duckdb}}"
if [ ! -f "$snapshot" ]; then
    echo "dashboard/setup.sh: no read snapshot at $snapshot" >&2
    echo "  run the pipeline first: newsfunnel run ../shared/seeds --db warehouse/news.duckdb" >&2
    exit 2
fi
snapshot="$(cd "$(dirname "$snapshot")" && pwd)/$(basename "$snapshot")"
PYTHON="${PYTHON:-python3}"
venv="$here/.venv"
export SUPERSET_CONFIG_PATH="$here/superset_config.py" FLASK_APP=superset
export NEWSFUNNEL_SUPERSET_HOME="${NEWSFUNNEL_SUPERSET_HOME:-$here/.superset}"

if [ ! -x "$venv/bin/superset" ] || [ "$here/requirements.txt" -nt "$venv/.installed" ]; then
    "$PYTHON" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet -r "$here/requirements.txt"
    touch "$venv/.installed"
fi
"$venv/bin/superset" db upgrade
if [ ! -f "$NEWSFUNNEL_SUPERSET_HOME/admin_password" ]; then
    "$venv/bin/python" -c "import secrets; print(secrets.token_urlsafe(12))" > "$NEWSFUNNEL_SUPERSET_HOME/admin_password"
    "$venv/bin/superset" fab create-admin --username admin --firstname news --lastname funnel \
        --email admin@localhost --password "$(cat "$NEWSFUNNEL_SUPERSET_HOME/admin_password")"
fi
"$venv/bin/superset" init
"$venv/bin/python" "$here/build_dashboard.py" "$snapshot"
echo "dashboards built on $snapshot"
echo "serve them with dashboard/serve.sh (admin login: admin / $(cat "$NEWSFUNNEL_SUPERSET_HOME/admin_password"))"
