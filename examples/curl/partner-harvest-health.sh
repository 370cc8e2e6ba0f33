#!/usr/bin/env bash
# How a partner's feeds are doing: status, last success and failure, the last harvests.
# Usage: HUB_URL=http://localhost:4000 HUB_API_KEY=<partner key> ./partner-harvest-health.sh
set -euo pipefail
: "${HUB_API_KEY:?set HUB_API_KEY to your partner key}"
curl --silent --show-error --fail-with-body "${HUB_URL:-http://localhost:4000}/graphql" \
  -H 'content-type: application/json' \
  -H "authorization: Bearer $HUB_API_KEY" \
  --data '{"query": "{ me { role provider { name } } feedsConnection(first: 20) { edges { node { url status health { status lastSuccess lastFailureReason consecutiveFailures nextRun } runs(first: 3) { finishedAt outcome itemCount error } } } } }"}'
echo
