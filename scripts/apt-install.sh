#!/usr/bin/env bash
# Installs Debian packages for the test set-up (ensure-chromium.sh, ensure-java.sh): as root, or
# through sudo when not.
set -euo pipefail
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq "$@" >/dev/null
