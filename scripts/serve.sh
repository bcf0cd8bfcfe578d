#!/usr/bin/env bash
# Serve the embedded default: one huey worker (SQLite queue) and gunicorn, stopped together.
set -euo pipefail
HOST="${1:-127.0.0.1}"
PORT="${2:-8000}"
BIN=".venv/bin"
"$BIN/python" manage.py run_huey --workers 1 --quiet &
WORKER=$!
trap 'kill "$WORKER" 2>/dev/null || true' EXIT INT TERM
echo
echo "科创平台已启动： http://${HOST}:${PORT}/   （按 Ctrl+C 停止）"
# Workers, threads, keep-alive and the search-index preload: kechuang/gunicorn_conf.py.
"$BIN/gunicorn" -c kechuang/gunicorn_conf.py kechuang.wsgi:application --bind "${HOST}:${PORT}"
