#!/usr/bin/env bash
# Search the catalogue and count the results by topic, target group, format and district.
# Usage: HUB_URL=http://localhost:4000 ./search-with-facets.sh [words]
set -euo pipefail
search="${1:-Daten}"
curl --silent --show-error --fail-with-body "${HUB_URL:-http://localhost:4000}/graphql" \
  -H 'content-type: application/json' \
  --data @- <<JSON
{
  "query": "query Search(\$search: String) { offerings(search: \$search, first: 5) { totalCount facets(lang: EN) { topics { label count } targetGroups { label count } formats { label count } districts { label count } } edges { node { title provider { name } nextOccurrence { start } } } } }",
  "variables": { "search": "${search//\"/\\\"}" }
}
JSON
echo
