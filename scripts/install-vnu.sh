#!/usr/bin/env bash
# The W3C Nu HTML Checker for the HTML validity test: npm's vnu-jar (pinned) run on Java.
# Installs Debian's default-jre-headless when Java is missing and we are root on Debian.
# Never fails: without Java or the jar the validity test is skipped, and pytest says so.
set -u
cd "$(dirname "$0")/.."
VNU_VERSION=26.9.27
TOOLS=.tools
JAR="$TOOLS/node_modules/vnu-jar/build/dist/vnu.jar"
if ! command -v java >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's default-jre-headless for the HTML checker..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq -o DPkg::Lock::Timeout=300 default-jre-headless >/dev/null 2>&1 || true
  fi
fi
if ! command -v java >/dev/null 2>&1; then
  echo "NOTICE: no Java and none could be installed: the HTML validity test will be SKIPPED." >&2
  exit 0
fi
if [ ! -f "$JAR" ] || ! grep -q "\"version\": \"$VNU_VERSION\"" "$TOOLS/node_modules/vnu-jar/package.json" 2>/dev/null; then
  if command -v npm >/dev/null 2>&1; then
    mkdir -p "$TOOLS"
    npm install --silent --no-save --no-package-lock --prefix "$TOOLS" "vnu-jar@$VNU_VERSION" >/dev/null 2>&1 || true
  fi
fi
if [ ! -f "$JAR" ]; then
  echo "NOTICE: vnu-jar could not be installed from npm: the HTML validity test will be SKIPPED." >&2
fi
exit 0
