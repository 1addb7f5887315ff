#!/usr/bin/env bash
# Throughput of the forum's hot pages against a running portal (e.g. `mvn -Prun`):
# creates a thread of 50 posts through the API, warms the JVM up, then measures with wrk
# the thread page (50 posts; as wrk asks, uncompressed, and as browsers ask, gzipped), the
# same thread through the API, the board page, and the site's stylesheet (site.css, 14 KB,
# the cheapest thing the server sends). It prints the thread page's rate as a share of
# site.css's in the same run: a ratio survives a noisy machine better than a rate. On the
# machine of the server it also prints the peak resident memory of the Payara Micro
# process and of an embedded MariaDB (mvn -Prun's, under data/mariadb).
#
#   src/bench/forum/thread-page.sh [base-url]         default http://localhost:8080
#
# Needs curl and wrk (apt-get install wrk). Signs in as the documented admin of `mvn -Prun`
# (override with BENCH_EMAIL / BENCH_PASSWORD). Adds one thread to the "i-need-help" board
# each run. Tune with BENCH_CONNECTIONS (32), BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (60).
set -euo pipefail

BASE="${1:-http://localhost:8080}"
BASE="${BASE%/}"
EMAIL="${BENCH_EMAIL:-admin@clusterhub.test}"
PASSWORD="${BENCH_PASSWORD:-open-the-hub-2026}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
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

css=$(curl -sf "$BASE/" | grep -o 'href="[^"]*site\.css[^"]*"' | head -n 1 | sed 's/^href="//; s/"$//; s/&amp;/\&/g')
[ -n "$css" ] || { echo "no site.css link on the home page" >&2; exit 1; }
gzip_header="Accept-Encoding: gzip"

# name|url|extra header
cases=(
  "site.css (14 KB)|$BASE$css|"
  "thread page, 50 posts|$BASE/threads/$thread|"
  "thread page, gzip|$BASE/threads/$thread|$gzip_header"
  "site.css, gzip|$BASE$css|$gzip_header"
  "thread API, 50 posts|$BASE/api/threads/$thread?size=50|"
  "board page, 20 threads|$BASE/boards/i-need-help|"
)
run_wrk() { # seconds url header [--latency]
  if [ -n "$3" ]; then wrk -t2 -c"$CONNECTIONS" -d"$1s" ${4:-} -H "$3" "$2"; else wrk -t2 -c"$CONNECTIONS" -d"$1s" ${4:-} "$2"; fi
}

echo "warming up for ${WARMUP}s (the JIT compiles the hot paths first)"
for c in "${cases[@]}"; do
  IFS='|' read -r _ url header <<<"$c"
  run_wrk "$((WARMUP / ${#cases[@]} + 1))" "$url" "$header" >/dev/null
done

declare -A rate
printf '\n%-26s %10s %9s %9s %9s\n' "what" "req/s" "p50" "p99" "errors"
for c in "${cases[@]}"; do
  IFS='|' read -r name url header <<<"$c"
  out=$(run_wrk "$SECONDS_EACH" "$url" "$header" --latency)
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  rate[$name]=$rps
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print $0}' <<<"$out" | tr -s ' ' | head -n 1)
  printf '%-26s %10s %9s %9s %9s\n' "$name" "$rps" "$p50" "$p99" "${errors:-none}"
done
awk -v t="${rate[thread page, 50 posts]}" -v c="${rate[site.css (14 KB)]}" -v tg="${rate[thread page, gzip]}" -v cg="${rate[site.css, gzip]}" \
  'BEGIN { printf "\nthread page / site.css: %.1f%% (target >= 15%%); gzipped both: %.1f%%\n", 100 * t / c, 100 * tg / cg }'

# Peak resident memory (VmHWM) of the server's processes, when they run on this machine
port=$(sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#' <<<"$BASE"); port=${port:-80}
server_pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 || true)
peak() { awk '/VmHWM/ {printf "%d MiB", $2 / 1024}' "/proc/$1/status" 2>/dev/null; }
if [ -n "$server_pid" ]; then
  echo "peak resident memory: Payara Micro (pid $server_pid) $(peak "$server_pid")"
  # mvn -Prun's embedded MariaDB is the server's sibling: a child of the same DevServer
  for db in $(pgrep -P "$(ps -o ppid= -p "$server_pid" | tr -d ' ')" mariadbd || true); do
    echo "peak resident memory: embedded MariaDB (pid $db) $(peak "$db")"
  done
fi
