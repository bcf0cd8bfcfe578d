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
"$BIN/gunicorn" kechuang.wsgi:application --bind "${HOST}:${PORT}" --workers 2 --threads 4 \
  --keep-alive 5 --access-logfile - --error-logfile - --log-level warning
