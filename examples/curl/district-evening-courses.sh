#!/usr/bin/env bash
# Evening offerings (starting from 17:00 Leipzig time) in one district, from now to the end of the month.
# Usage: HUB_URL=http://localhost:4000 ./district-evening-courses.sh [district]   (GNU date)
set -euo pipefail
district="${1:-Zentrum}"
from="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
to="$(TZ=Europe/Berlin date -d "$(TZ=Europe/Berlin date +%Y-%m-01) +1 month" --iso-8601=seconds)"
curl --silent --show-error --fail-with-body "${HUB_URL:-http://localhost:4000}/graphql" \
  -H 'content-type: application/json' \
  --data @- <<JSON
{
  "query": "query Evening(\$filter: OfferingFilter) { offerings(filter: \$filter, first: 20) { totalCount edges { node { title location { name district } occurrences { start end } } } } }",
  "variables": { "filter": { "districts": ["${district//\"/\\\"}"], "timeOfDay": ["EVENING"], "from": "$from", "to": "$to" } }
}
JSON
echo
