#!/usr/bin/env bash
# `make run`: the development server and, beside it, the scheduler that lifts embargoes.
# Both stop together: Ctrl-C (or the server exiting) stops the scheduler by its PID.
set -euo pipefail
PY=${PY:-.venv/bin/python}
PORT=${PORT:-8000}
INTERVAL=${SCHEDULER_INTERVAL:-30}

"$PY" manage.py run_scheduler --interval "$INTERVAL" --parent-pid $$ &
SCHEDULER=$!
trap 'kill "$SCHEDULER" 2>/dev/null || true; wait "$SCHEDULER" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM

"$PY" manage.py runserver "127.0.0.1:$PORT"
