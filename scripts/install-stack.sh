#!/usr/bin/env bash
# Install the serving stack from Debian's packages: Redis, Varnish (+ varnish-modules for xkey),
# nginx (the static-file yardstick of the load script) and wrk. Idempotent; needs root on Debian.
set -euo pipefail
PACKAGES=(redis-server varnish varnish-modules nginx-light wrk)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing Debian packages: ${missing[*]} (install them as root with apt-get)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# policy-rc.d 101: Debian must not start the system-wide services; the stack script starts its own.
POLICY=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$POLICY" ]; then printf '#!/bin/sh\nexit 101\n' > "$POLICY"; chmod 755 "$POLICY"; created_policy=1; fi
apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends "${missing[@]}" >/dev/null
[ "$created_policy" = 1 ] && rm -f "$POLICY"
echo "installed: ${missing[*]}"
