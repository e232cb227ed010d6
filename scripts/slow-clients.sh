#!/usr/bin/env bash
# Slow and hostile clients: production settings under gunicorn (2 sync workers), first bare,
# then behind nginx with deploy/nginx/limits.conf. Bare gunicorn stalls under 30 half-sent
# requests; behind nginx every reader still gets the home page. Installs nginx when missing
# (root on Debian); everything binds to 127.0.0.1 and is stopped by PID.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq -o DPkg::Lock::Timeout=300 nginx-light >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
WORK=$(mktemp -d /tmp/slowclients.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
APP_PORT=$(free_port); PROXY_PORT=$(free_port)

export DJANGO_SETTINGS_MODULE=config.settings.production SECURE_SSL_REDIRECT=0
export SECRET_KEY=slow-client-check-only ALLOWED_HOSTS=127.0.0.1
export DATABASE_URL="sqlite:///$WORK/site.sqlite3" STATIC_ROOT="$WORK/static"
"$PY" manage.py migrate --noinput -v0
"$PY" manage.py collectstatic --noinput -v0
"$PY" manage.py load_demo_content -v0 >/dev/null
"$PY" -m gunicorn config.wsgi:application --bind "127.0.0.1:$APP_PORT" --workers 2 \
  --timeout 30 --access-logfile /dev/null --error-logfile "$WORK/gunicorn.log" &
PIDS+=($!)
# Both workers up and warm before measuring.
for _ in $(seq 1 150); do
  "$PY" -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$APP_PORT/', timeout=5)" \
    2>/dev/null && break
  sleep 0.2
done

mkdir -p "$WORK/nginx"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream app { server 127.0.0.1:$APP_PORT; keepalive 8; }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    include $PWD/deploy/nginx/limits.conf;
    location / { proxy_pass http://app; }
  }
}
CONF
"$NGINX" -t -q -c "$WORK/nginx.conf" -p "$WORK/nginx" 2>&1 | grep -v "could not open error log" || true
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK/nginx" -g "daemon on;" 2>/dev/null

echo "bare gunicorn (expected to stall):"
"$PY" scripts/slow_clients.py 127.0.0.1 "$APP_PORT" --clients 30 --expect-stall
sleep 1
echo "behind nginx:"
"$PY" scripts/slow_clients.py 127.0.0.1 "$PROXY_PORT" --clients 30
