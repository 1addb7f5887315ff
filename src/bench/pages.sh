#!/usr/bin/env bash
# Lighthouse on the portal's main pages as a phone sees them, against a running portal
# (e.g. `mvn -Prun`; this script starts no server):
#
#   src/bench/pages.sh [base-url] [thread-url]      default http://localhost:8080
#
# Pages: home, a board, a thread of ~50 posts, an announcement, search with a query, sign-in.
# Prints per page the four category scores, the bytes transferred (total-byte-weight), the
# LCP and its element (pages/lcp-elements.mjs); then the home page's bytes on a first and on
# a repeat visit (warm cache, see pages/home-visits.mjs). Each page is fetched five times
# first, so that Lighthouse meets a warm server. Lighthouse's default: the mobile profile
# with simulated throttling, so runs compare on the same machine only; `uptime` is printed
# with the table. Results and how to read them: src/docs/pages-benchmark.md.
#
# The thread: without a thread-url the script looks for its own 50-post thread in the board
# "i-need-help" and creates it through the API when missing (once per database), signed in
# as the documented admin of `mvn -Prun` (BENCH_EMAIL / BENCH_PASSWORD). That is one token
# and 50 posts, far inside the default rate limits (20 tokens per account and hour).
#
# Needs node and npm (lighthouse@12.2.3 is installed on first use into LIGHTHOUSE_PREFIX,
# default /tmp/clusterhub-lighthouse-12.2.3), Debian's chromium (CHROME_PATH) and curl.
# BENCH_RUNS=N runs Lighthouse N times per page and keeps the run of median performance
# (default 1). JSON reports go to target/bench/pages/.
set -euo pipefail

BASE="${1:-http://localhost:8080}"
BASE="${BASE%/}"
THREAD_URL="${2:-}"
EMAIL="${BENCH_EMAIL:-admin@clusterhub.test}"
PASSWORD="${BENCH_PASSWORD:-open-the-hub-2026}"
RUNS="${BENCH_RUNS:-1}"
export LIGHTHOUSE_PREFIX="${LIGHTHOUSE_PREFIX:-/tmp/clusterhub-lighthouse-12.2.3}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/../../target/bench/pages"
BOARD=i-need-help
THREAD_TITLE="Lighthouse bench: a thread of fifty posts on ventilator valves"

for tool in node npm curl "$CHROME_PATH"; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }
done
curl -sf -o /dev/null "$BASE/health/ready" || { echo "no ready portal at $BASE" >&2; exit 2; }

LIGHTHOUSE="$LIGHTHOUSE_PREFIX/node_modules/.bin/lighthouse"
if [ ! -x "$LIGHTHOUSE" ]; then
  echo "installing lighthouse@12.2.3 into $LIGHTHOUSE_PREFIX"
  npm install --silent --no-audit --no-fund --prefix "$LIGHTHOUSE_PREFIX" lighthouse@12.2.3 >&2
fi
mkdir -p "$OUT"

# A JavaScript expression evaluated over the JSON read from stdin (bound to `j`).
json() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const j=JSON.parse(s);const v=($1);if(v!==undefined&&v!==null)console.log(v)})"; }

post_json() { # token url body -> response body; fails on an HTTP error
  curl -sf -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$2"
}

if [ -z "$THREAD_URL" ]; then
  # reuse the thread of an earlier run: the page shows the same 50 posts every time
  id=$(curl -sf "$BASE/api/boards/$BOARD/threads?size=100" \
    | json "(j.items.find(t => t.title === '$THREAD_TITLE' && t.replyCount >= 49) || {}).id")
  if [ -z "$id" ]; then
    token=$(post_json "" "$BASE/api/tokens" \
      "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"name\":\"pages bench $(date +%s)\"}" | json j.token) \
      || { echo "could not get a token as $EMAIL (rate limit? see README, Security)" >&2; exit 1; }
    id=$(post_json "$token" "$BASE/api/boards/$BOARD/threads" \
      "{\"title\":\"$THREAD_TITLE\",\"type\":\"question\",\"tags\":[\"valves\",\"bench\"],\"body\":\"Who can print **Charlotte valves** in PA12? We need 500 a week for three hospitals in Bergamo, Brescia and Cremona.\"}" \
      | json j.id)
    echo "created thread $id; adding 49 replies" >&2
    for i in $(seq 1 49); do
      post_json "$token" "$BASE/api/threads/$id/posts" \
        "{\"body\":\"Reply $i: we can machine **200 valve bodies** a week in PA12 or aluminium, ISO 13485 certified, shipping from Lombardy within 48 h. Details in our [datasheet](https://example.org/valves/$i).\\n\\n- lead time: 5 days\\n- minimum order: 50\"}" >/dev/null
    done
  fi
  THREAD_URL="$BASE/threads/$id"
fi
ANNOUNCEMENT_SLUG=$(curl -sf "$BASE/api/announcements?size=1" | json "j.items[0] && j.items[0].slug")
[ -n "$ANNOUNCEMENT_SLUG" ] || { echo "no published announcement at $BASE" >&2; exit 1; }

pages=(home board thread announcement search signin)
declare -A urls=(
  [home]="$BASE/"
  [board]="$BASE/boards/$BOARD"
  [thread]="$THREAD_URL"
  [announcement]="$BASE/announcements/$ANNOUNCEMENT_SLUG"
  [search]="$BASE/search?q=valves"
  [signin]="$BASE/signin"
)

lighthouse_run() { # url output.json
  "$LIGHTHOUSE" "$1" --quiet --chrome-flags="--headless=new --no-sandbox" \
    --output=json --output-path="$2" \
    --only-categories=performance,accessibility,best-practices,seo
}

# One row: page, four scores (0-100), KiB transferred, LCP in seconds.
row() { # name report.json
  json "[
    '$1'.padEnd(13),
    ...['performance','accessibility','best-practices','seo'].map(c => String(Math.round(j.categories[c].score*100)).padStart(5)),
    (j.audits['total-byte-weight'].numericValue/1024).toFixed(1).padStart(9),
    (j.audits['largest-contentful-paint'].numericValue/1000).toFixed(1).padStart(6) + ' s'
  ].join(' ')" <"$2"
}

# A server answers its first requests slowly while the JIT compiles the pages' code; a
# portal in production is warm, so each page is fetched a few times first.
for name in "${pages[@]}"; do
  for i in 1 2 3 4 5; do curl -s -o /dev/null "${urls[$name]}"; done
done

declare -A reports=()
for name in "${pages[@]}"; do
  echo "lighthouse: $name ${urls[$name]}" >&2
  for run in $(seq 1 "$RUNS"); do
    lighthouse_run "${urls[$name]}" "$OUT/$name-$run.json"
  done
  # the run of median performance, so that one disturbed run (shared cores) does not decide
  reports[$name]=$(for run in $(seq 1 "$RUNS"); do
    f="$OUT/$name-$run.json"
    echo "$(json "j.categories.performance.score" <"$f") $f"
  done | sort -n | awk -v n="$RUNS" 'NR == int((n + 1) / 2) {print $2}')
done

repeat_log="$OUT/home-visits.log"
visits=$(node "$HERE/pages/home-visits.mjs" "${urls[home]}" "$OUT/home-flow.json" 2>"$repeat_log")
declare -A lcp=()
while IFS=$'\t' read -r url element; do
  for name in "${pages[@]}"; do [ "${urls[$name]}" = "$url" ] && lcp[$name]="$element"; done
done < <(node "$HERE/pages/lcp-elements.mjs" "${urls[@]}")

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $BASE, uptime:$(uptime | sed 's/.*load average/ load average/')"
printf '%-13s %5s %5s %5s %5s %9s %8s  %s\n' page perf a11y bp seo KiB LCP "LCP element"
for name in "${pages[@]}"; do
  echo "$(row "$name" "${reports[$name]}")  ${lcp[$name]:-?}"
done
echo
awk '{printf "home, %-12s %7.1f KiB in %d requests\n", $1 " visit:", $2 / 1024, $3}' <<<"$visits"
echo "(requests of each visit: $repeat_log; reports: $(cd "$OUT" && pwd))"
