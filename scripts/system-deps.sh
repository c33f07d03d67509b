#!/usr/bin/env bash
# Debian packages Liangdian needs beyond npm: Chromium (tests, PDF export), CJK fonts (Chinese in
# exports and screenshots), poppler (benchmark baseline) and PostgreSQL (the Postgres test runs).
# Installs whatever is missing when it can (root with apt-get); otherwise says what to install.
set -euo pipefail
need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk)
command -v pdftotext >/dev/null || need+=(poppler-utils)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "liangdian: installing ${need[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "liangdian: please install these Debian packages first: ${need[*]}" >&2
  exit 1
fi
