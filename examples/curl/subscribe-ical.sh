#!/usr/bin/env bash
# A search as a calendar to subscribe to: the URL any calendar app takes, and what it holds now.
# Usage: HUB_URL=http://localhost:4000 ./subscribe-ical.sh [words] [formats]
set -euo pipefail
export LC_ALL=C # byte by byte, so that umlauts are encoded as their UTF-8 bytes
urlencode() {
  local s="$1" out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in [a-zA-Z0-9.~_-]) out+="$c" ;; *) out+=$(printf '%%%02X' "'$c") ;; esac
  done
  printf %s "$out"
}
hub="${HUB_URL:-http://localhost:4000}"
url="$hub/export/offerings.ics?search=$(urlencode "${1:-Daten}")&formats=${2:-ONLINE,HYBRID,IN_PERSON}"
echo "Subscribe to: webcal://${url#*://}"
curl --silent --show-error --fail-with-body "$url"
