#!/usr/bin/env bash
# sqlmap (Debian package) over the API's query and path parameters of a running portal:
# search, announcements, boards, threads, post revisions and, with a Bearer token of the
# admin, a signed-in endpoint. Fails when sqlmap finds any parameter injectable, or when a
# target was not tested to the end. See README.md, "Security".
#
#   src/bench/security/sqlmap.sh http://localhost:8080
#
# SQLMAP_ADMIN_EMAIL / SQLMAP_ADMIN_PASSWORD (default: mvn -Prun's development admin) get
# the token; SQLMAP_LEVEL (2) and SQLMAP_RISK (1) are sqlmap's; SQLMAP_PARALLEL (4) targets
# run at once; logs go to target/sqlmap.
set -euo pipefail

BASE="${1:?usage: sqlmap.sh BASE_URL}"
BASE="${BASE%/}"
cd "$(dirname "$0")/../../.."
OUT=target/sqlmap
LEVEL="${SQLMAP_LEVEL:-2}"
RISK="${SQLMAP_RISK:-1}"
PARALLEL="${SQLMAP_PARALLEL:-4}"
rm -rf "$OUT" && mkdir -p "$OUT"
command -v sqlmap > /dev/null || { echo "sqlmap is not installed (apt-get install -y sqlmap)" >&2; exit 2; }

first_id() { grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2; }
token=$(curl -sf -X POST -H 'Content-Type: application/json' \
  -d "{\"email\":\"${SQLMAP_ADMIN_EMAIL:-admin@clusterhub.test}\",\"password\":\"${SQLMAP_ADMIN_PASSWORD:-open-the-hub-2026}\",\"name\":\"sqlmap\"}" \
  "$BASE/api/tokens" | grep -o '"token":"[^"]*' | cut -d'"' -f4)
[ -n "$token" ] || { echo "could not get an API token from $BASE/api/tokens" >&2; exit 2; }
board=$(curl -sf "$BASE/api/boards" | grep -o '"slug":"[^"]*' | head -n 1 | cut -d'"' -f4)
thread=$(curl -sf "$BASE/api/boards/$board/threads" | first_id || true)
if [ -z "$thread" ]; then  # a fresh portal has no threads: give the thread and post targets one
  thread=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"title":"Probe thread for sqlmap","type":"question","language":"en","body":"Which valves fit?"}' \
    "$BASE/api/boards/$board/threads" | first_id)
fi
post=$(curl -sf "$BASE/api/threads/$thread" | grep -o '"posts":\[{"id":[0-9]*' | grep -o '[0-9]*$' || true)
[ -n "$post" ] || post=$(curl -sf "$BASE/api/threads/$thread" | grep -o '"id":[0-9]*' | sed -n 2p | cut -d: -f2)
announcement=$(curl -sf "$BASE/api/announcements" | first_id)
echo "[sqlmap] $BASE: board $board, thread $thread, post $post, announcement $announcement; level $LEVEL, risk $RISK"

# name|url|header. A URL with a path parameter marks every parameter to test with *: sqlmap
# then tests only the marked ones
targets=(
  "search|$BASE/api/search?q=valves&kind=thread&board=$board&type=REQUEST&country=DE&tag=masks&from=2020-01-01&to=2030-01-01&sort=newest&page=1&size=10|"
  "announcements|$BASE/api/announcements?source=EU&country=DE&topic=funding&from=2020-01-01&to=2030-01-01&page=1&size=10|"
  "announcement|$BASE/api/announcements/$announcement*|"
  "board-threads|$BASE/api/boards/$board*/threads?type=REQUEST*&tag=masks*&page=1*|"
  "thread|$BASE/api/threads/$thread*?page=1*&size=20*&view=tree*|"
  "post-revisions|$BASE/api/posts/$post*/revisions|"
  "signed-in|$BASE/api/moderation/organisations?unverified=true|Authorization: Bearer $token"
)

run() {
  local name="${1%%|*}" rest="${1#*|}"
  local url="${rest%|*}" header="${rest##*|}"
  sqlmap -u "$url" ${header:+-H "$header"} --batch --level="$LEVEL" --risk="$RISK" --threads=2 --flush-session \
    --output-dir="$OUT/$name" > "$OUT/$name.log" 2>&1 || true
}
started=$(date +%s)
running=0
for target in "${targets[@]}"; do
  run "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$PARALLEL" ]; then wait -n; running=$((running - 1)); fi
done
wait

failed=0
for target in "${targets[@]}"; do
  name="${target%%|*}"
  if grep -qi "identified the following injection point\|is vulnerable" "$OUT/$name.log"; then
    echo "[sqlmap] $name: INJECTABLE, see $OUT/$name.log"; failed=1
  elif grep -q "all tested parameters do not appear to be injectable" "$OUT/$name.log"; then
    echo "[sqlmap] $name: $(grep -c 'does not seem to be injectable' "$OUT/$name.log") parameters tested, none injectable"
  else
    echo "[sqlmap] $name: not tested to the end, see $OUT/$name.log"; failed=1
  fi
done
echo "[sqlmap] ${#targets[@]} targets in $(( $(date +%s) - started )) s"
# the token was only for this run
token_id=$(curl -sf -H "Authorization: Bearer $token" "$BASE/api/tokens" | grep -o '"id":[0-9]*,"name":"sqlmap"' | tail -n 1 | grep -o '[0-9]*' | head -n 1 || true)
[ -z "$token_id" ] || curl -sf -o /dev/null -X DELETE -H "Authorization: Bearer $token" "$BASE/api/tokens/$token_id" || true
exit "$failed"
