#!/usr/bin/env bash
# The W3C Nu HTML Checker (npm vnu-jar, tests/unit/built/nu-html-checker.test.ts) runs on Java.
# Installs Debian's headless Java runtime when there is none (needs root or sudo); JAVA names another.
set -euo pipefail
java_cmd="${JAVA:-java}"
if command -v "$java_cmd" >/dev/null 2>&1; then
  exit 0
fi
echo "Java not found: installing Debian's default-jre-headless package..."
bash "$(dirname "$0")/apt-install.sh" default-jre-headless
"$java_cmd" -version
