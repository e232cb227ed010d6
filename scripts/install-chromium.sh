#!/usr/bin/env bash
# Browser tests need Debian's Chromium. Install it when we can (root on Debian); otherwise say so.
# Never fails: without a Chromium the browser tests are skipped, and pytest prints a notice.
set -u
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || echo "apt-get update failed; trying the install anyway" >&2
  if apt-get install -y -qq -o DPkg::Lock::Timeout=300 chromium >/dev/null 2>&1 && [ -x "$CHROMIUM" ]; then
    echo "Installed: $("$CHROMIUM" --version 2>/dev/null | grep -i chromium || echo "$CHROMIUM")"
    exit 0
  fi
fi
echo "NOTICE: no Chromium at $CHROMIUM and none could be installed: browser tests will be SKIPPED." >&2
exit 0
