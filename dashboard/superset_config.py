"""Superset settings for the newsfunnel dashboard (a local, single-user BI server).

Loaded through SUPERSET_CONFIG_PATH by dashboard/setup.sh and dashboard/serve.sh.
State (Superset's metadata SQLite, secret key) lives in dashboard/.superset/.
"""

import os
from pathlib import Path

STATE_DIR = Path(os.environ.get("NEWSFUNNEL_SUPERSET_HOME", Path(__file__).parent / ".superset"))
STATE_DIR.mkdir(parents=True, exist_ok=True)

_secret = STATE_DIR / "secret_key"
if not _secret.exists():
    _secret.write_text(os.urandom(32).hex())
SECRET_KEY = _secret.read_text().strip()

SQLALCHEMY_DATABASE_URI = f"sqlite:///{STATE_DIR / 'superset.db'}"

# Anyone who can reach the (loopback-bound) server may view the dashboards:
# the Public role gets Gamma's read permissions plus access to the datasets
# (granted by build_dashboard.py). Editing still needs the admin login.
AUTH_ROLE_PUBLIC = "Public"
PUBLIC_ROLE_LIKE = "Gamma"

# Offline and quiet: no telemetry, no thumbnails/alerts workers.
SCARF_ANALYTICS = False
FEATURE_FLAGS = {"THUMBNAILS": False, "ALERT_REPORTS": False}
TALISMAN_ENABLED = False

# Results are small; no cache of query results, so a refreshed snapshot shows at once.
DATA_CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}
