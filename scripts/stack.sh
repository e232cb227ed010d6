#!/usr/bin/env bash
# The serving stack on 127.0.0.1, from Debian's packages: PostgreSQL, Redis, two gunicorn app
# servers (production settings) and Varnish in front with the repository's VCL.
#
# usage: scripts/stack.sh COMMAND...   start the stack, run COMMAND, stop the stack
#        scripts/stack.sh              start the stack and serve until Ctrl-C
#
# COMMAND sees the stack's environment: STACK_URL (Varnish), APP_URLS (the app servers,
# space-separated), APP_PIDS (their gunicorn masters), DATABASE_URL, REDIS_URL,
# FRONTEND_CACHE_URLS, DJANGO_SETTINGS_MODULE and the rest of the production settings.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${STACK_POSTGRES:-}" ]; then
  bash scripts/install-stack.sh
  STACK_POSTGRES=1 exec bash scripts/with-postgres.sh bash "$0" "$@"
fi
PY=.venv/bin/python
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
WORK=$(mktemp -d /tmp/stack.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

REDIS_PORT=$(free_port); VARNISH_PORT=$(free_port); APP1_PORT=$(free_port); APP2_PORT=$(free_port)
redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --dir "$WORK" \
  --logfile "$WORK/redis.log" &
PIDS+=($!)

export DJANGO_SETTINGS_MODULE=config.settings.production
export SECRET_KEY="${SECRET_KEY:-$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')}"
export ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=0
# No mail server here: mail goes to the app servers' logs.
export EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export FRONTEND_CACHE_URLS="http://127.0.0.1:$VARNISH_PORT"
export STATIC_ROOT="$WORK/static" MEDIA_ROOT="$WORK/media"
export STACK_URL="http://127.0.0.1:$VARNISH_PORT"
export APP_URLS="http://127.0.0.1:$APP1_PORT http://127.0.0.1:$APP2_PORT"

started=$SECONDS
$PY manage.py migrate --noinput -v0
FRONTEND_CACHE_URLS= $PY manage.py load_demo_content -v0 >/dev/null  # Varnish is not up yet
$PY manage.py collectstatic --noinput -v0
echo "stack: database ready in $((SECONDS - started)) s"

APP_PIDS=""
for port in "$APP1_PORT" "$APP2_PORT"; do
  .venv/bin/gunicorn config.wsgi:application --bind "127.0.0.1:$port" --workers 2 \
    --graceful-timeout 5 --access-logfile /dev/null --error-logfile "$WORK/app-$port.log" \
    >> "$WORK/app-$port.log" 2>&1 &
  PIDS+=($!)
  APP_PIDS="$APP_PIDS $!"
done
export APP_PIDS="${APP_PIDS# }"

sed -e "s/\"8001\"/\"$APP1_PORT\"/" -e "s/\"8002\"/\"$APP2_PORT\"/" deploy/varnish/default.vcl \
  > "$WORK/default.vcl"
varnishd -F -a "127.0.0.1:$VARNISH_PORT" -f "$WORK/default.vcl" -n "$WORK/varnish" \
  -s malloc,256m -T none > "$WORK/varnish.log" 2>&1 &
PIDS+=($!)

for url in $APP_URLS "$STACK_URL"; do
  for _ in $(seq 1 100); do
    curl -fsS -o /dev/null "$url/healthz" 2>/dev/null && break
    sleep 0.2
  done
  curl -fsS -o /dev/null "$url/healthz" || {
    echo "stack: $url does not answer" >&2; cat "$WORK"/*.log >&2; exit 1; }
done
echo "stack: Varnish $STACK_URL -> app servers $APP_URLS; Redis $REDIS_URL"

if [ $# -eq 0 ]; then
  echo "stack: serving until Ctrl-C"
  wait "${PIDS[0]}"
else
  "$@"
fi
