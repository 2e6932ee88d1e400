#!/usr/bin/env bash
# Browser tests drive Debian's Chromium: Playwright cannot download its own browsers here.
# Installs it when missing (needs root or sudo); CHROMIUM_PATH points elsewhere if you have one.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
echo "Chromium not found at $chromium_path: installing Debian's chromium package..."
bash "$(dirname "$0")/apt-install.sh" chromium
"$chromium_path" --version
