#!/usr/bin/env bash
# The print tests read printed pages back as text with pdftotext (Debian's poppler-utils).
# Installs it when missing (needs root or sudo); PDFTOTEXT points elsewhere if you have one.
set -euo pipefail
pdftotext_path="${PDFTOTEXT:-pdftotext}"
if command -v "$pdftotext_path" >/dev/null; then
  exit 0
fi
echo "pdftotext not found: installing Debian's poppler-utils package..."
bash "$(dirname "$0")/apt-install.sh" poppler-utils
