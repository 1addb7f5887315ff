#!/usr/bin/env bash
# Throughput of the forum's hot pages against a running portal (e.g. `mvn -Prun`):
# creates a thread of 50 posts through the API, warms the JVM up, then measures with wrk
# the thread page (50 posts), the same thread through the API, and the board page.
#
#   src/bench/forum/thread-page.sh [base-url]         default http://localhost:8080
#
# Needs curl and wrk (apt-get install wrk). Signs in as the documented admin of `mvn -Prun`
# (override with BENCH_EMAIL / BENCH_PASSWORD). Adds one thread to the "i-need-help" board
# each run. Tune with BENCH_CONNECTIONS (16), BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (60).
set -euo pipefail

BASE="${1:-http://localhost:8080}"
BASE="${BASE%/}"
EMAIL="${BENCH_EMAIL:-admin@clusterhub.test}"
PASSWORD="${BENCH_PASSWORD:-open-the-hub-2026}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
SECONDS_EACH="${BENCH_SECONDS:-20}"
WARMUP="${BENCH_WARMUP_SECONDS:-60}"

for tool in curl wrk; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install $tool)" >&2; exit 2; }
done

# the first occurrence of a top-level scalar field in a JSON answer (no jq needed)
json_field() { grep -o "\"$1\":\"\{0,1\}[^\",}]*" | head -n 1 | sed "s/^\"$1\":\"\{0,1\}//"; }

token=$(curl -sf -X POST -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"name\":\"bench $(date +%s)\"}" "$BASE/api/tokens" | json_field token)
[ -n "$token" ] || { echo "could not sign in as $EMAIL" >&2; exit 1; }
auth="Authorization: Bearer $token"

thread=$(curl -sf -X POST -H "$auth" -H 'Content-Type: application/json' \
  -d '{"title":"Benchmark: sourcing ventilator valves","type":"question","tags":["valves","bench"],"body":"Who can print **Charlotte valves** in PA12? We need 500 a week for three hospitals."}' \
  "$BASE/api/boards/i-need-help/threads" | json_field id)
echo "thread $thread: adding 49 replies"
for i in $(seq 1 49); do
  curl -sf -o /dev/null -X POST -H "$auth" -H 'Content-Type: application/json' \
    -d "{\"body\":\"Reply $i: we can machine **200 valve bodies** a week in PA12 or aluminium, ISO 13485 certified, shipping from Lombardy within 48 h. Details: [datasheet](https://example.org/valves/$i).\\n\\n- lead time: 5 days\\n- minimum order: 50\"}" \
    "$BASE/api/threads/$thread/posts"
done

declare -A urls=(
  ["thread page, 50 posts"]="$BASE/threads/$thread"
  ["thread API, 50 posts"]="$BASE/api/threads/$thread?size=50"
  ["board page, 20 threads"]="$BASE/boards/i-need-help"
)
echo "warming up for ${WARMUP}s (the JIT compiles the hot paths first)"
for url in "${urls[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d"$((WARMUP / ${#urls[@]}))s" "$url" >/dev/null
done

printf '\n%-26s %10s %9s %9s %9s\n' "what" "req/s" "p50" "p99" "errors"
for name in "thread page, 50 posts" "thread API, 50 posts" "board page, 20 threads"; do
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "${urls[$name]}")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print $0}' <<<"$out" | tr -s ' ' | head -n 1)
  printf '%-26s %10s %9s %9s %9s\n' "$name" "$rps" "$p50" "$p99" "${errors:-none}"
done
