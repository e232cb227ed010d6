#!/usr/bin/env bash
# Lighthouse for the page-quality test: npm's lighthouse, pinned with its whole dependency tree by
# scripts/lighthouse/package-lock.json and installed with `npm ci` (the registry only, at install
# time). It drives the same Debian Chromium as the browser tests (scripts/install-chromium.sh).
# Never fails: without npm or the package the Lighthouse test is skipped, and pytest says so.
set -u
cd "$(dirname "$0")/.."
SRC=scripts/lighthouse
DEST=.tools/lighthouse
CLI="$DEST/node_modules/lighthouse/cli/index.js"
if [ -f "$CLI" ] && cmp -s "$SRC/package-lock.json" "$DEST/package-lock.json"; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "NOTICE: no npm: the Lighthouse test will be SKIPPED." >&2
  exit 0
fi
mkdir -p "$DEST"
cp "$SRC/package.json" "$SRC/package-lock.json" "$DEST/"
echo "Installing lighthouse from npm (pinned by $SRC/package-lock.json)..."
if ! (cd "$DEST" && npm ci --silent --ignore-scripts --no-audit --no-fund >npm.log 2>&1); then
  tail -5 "$DEST/npm.log" >&2
  rm -f "$CLI"
fi
if [ ! -f "$CLI" ]; then
  echo "NOTICE: lighthouse could not be installed from npm: the Lighthouse test will be SKIPPED." >&2
fi
exit 0
