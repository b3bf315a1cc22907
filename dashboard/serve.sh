#!/usr/bin/env bash
# Serve the newsfunnel dashboards built by dashboard/setup.sh on 127.0.0.1 (PORT, default 8088).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export SUPERSET_CONFIG_PATH="$here/superset_config.py" FLASK_APP=superset
export NEWSFUNNEL_SUPERSET_HOME="${NEWSFUNNEL_SUPERSET_HOME:-$here/.superset}"
exec "$here/.venv/bin/superset" run -h 127.0.0.1 -p "${PORT:-8088}" --with-threads
