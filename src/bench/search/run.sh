#!/usr/bin/env bash
# Search benchmark (see src/docs/search-benchmark.md): a fresh database, the portal started
# on it, N generated posts loaded straight into MariaDB, a full rebuild of the index through
# the admin API (timed), index size and heap, then the query set over HTTP and against
# MariaDB FULLTEXT side by side.
#
#   src/bench/search/run.sh POSTS          e.g. 100000 or 1000000
#
# Needs a MariaDB server (default 127.0.0.1:3306, root without password; set BENCH_DB_HOST,
# BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD) and the mariadb client. Drops and
# recreates the database BENCH_DB_NAME (clusterhub_bench), which the portal and the
# benchmark reach as the user clusterhub_bench (created if missing). The portal listens on BENCH_PORT
# (18181) with its index in target/bench-search. Results go to target/bench-search-POSTS.txt.
# BENCH_FULLTEXT_EVERY=N compares only every N-th query with MariaDB (default: 4 from 500k
# posts on, since MariaDB then takes seconds per query; 1 below; 0 skips MariaDB).
# BENCH_REUSE=1 keeps the database and the index of the previous run with POSTS posts
# (no load, no rebuild unless the portal finds the index built with another mapping).
set -euo pipefail

POSTS="${1:?usage: run.sh POSTS}"
cd "$(dirname "$0")/../../.."
HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-3306}"
ROOT_USER="${BENCH_DB_USER:-root}"
ROOT_PASSWORD="${BENCH_DB_PASSWORD:-}"
DB_USER=clusterhub_bench
DB_PASSWORD=clusterhub_bench
NAME="${BENCH_DB_NAME:-clusterhub_bench}"
PORT="${BENCH_PORT:-18181}"
BASE="http://localhost:$PORT"
JDBC="jdbc:mariadb://$HOST:$DB_PORT/$NAME"
OUT="target/bench-search-$POSTS.txt"
INDEX="target/bench-search"
mysql_() { mariadb -h"$HOST" -P"$DB_PORT" -u"$ROOT_USER" ${ROOT_PASSWORD:+-p"$ROOT_PASSWORD"} "$@"; }
say() { echo "[bench] $*" | tee -a "$OUT"; }

mvn -q -DskipTests -DskipITs package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench-classes
javac -d target/bench-classes src/bench/search/*.java
CP="target/bench-classes:$(cat target/bench-classpath.txt)"
: > "$OUT"
REUSE="${BENCH_REUSE:-0}"

[ "$REUSE" = 1 ] || mysql_ -e "DROP DATABASE IF EXISTS $NAME; CREATE DATABASE $NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS '$DB_USER'@'%' IDENTIFIED BY '$DB_PASSWORD'; GRANT ALL ON $NAME.* TO '$DB_USER'@'%';
  CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD'; GRANT ALL ON $NAME.* TO '$DB_USER'@'localhost'"
[ "$REUSE" = 1 ] || rm -rf "$INDEX"
say "MariaDB $(mysql_ -N -e 'SELECT VERSION()'), innodb_buffer_pool_size $(mysql_ -N -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MiB; $(nproc) cores ($(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs))"
# CPU time the hypervisor gave to other machines ("steal") makes runs on shared hosts slower: reported at the end
read -r _ user nice system idle iowait irq softirq steal _ < /proc/stat
cpu_before="$user $nice $system $idle $iowait $irq $softirq $steal"

# a million posts and their index need more heap than mvn -Prun's default (384 MB)
CLUSTERHUB_HEAP="${CLUSTERHUB_HEAP:-1g}" \
CLUSTERHUB_DB_URL="$JDBC" CLUSTERHUB_DB_USER="$DB_USER" CLUSTERHUB_DB_PASSWORD="$DB_PASSWORD" CLUSTERHUB_PORT="$PORT" \
  CLUSTERHUB_SEARCH_DIRECTORY="$PWD/$INDEX" setsid mvn -q -Prun > target/bench-portal.log 2>&1 &
PORTAL=$!
stop() { kill -INT -- -"$PORTAL" 2>/dev/null || true; pkill -f "payara-micro.*--port $PORT" || true; }
trap stop EXIT
until curl -sf -o /dev/null "$BASE/health/ready"; do
  kill -0 $PORTAL 2>/dev/null || { echo "the portal did not start; see target/bench-portal.log" >&2; exit 1; }
  sleep 2
done
PID=$(pgrep -f "payara-micro.*--port $PORT" | head -n 1)
say "portal running (pid $PID, $(ps -o args= -p "$PID" | grep -o -- '-Xmx[^ ]*'))"

if [ "$REUSE" != 1 ]; then
java -cp "$CP" Generate "$JDBC" "$DB_USER" "$DB_PASSWORD" "$POSTS" | tee -a "$OUT"
mysql_ "$NAME" -e "ANALYZE TABLE post, forum_thread, thread_tag, account, organisation" > /dev/null
say "database: $(mysql_ -N -e "SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables WHERE table_schema = '$NAME'") MiB"

json_field() { grep -o "\"$1\":\"\{0,1\}[^\",}]*" | head -n 1 | sed "s/^\"$1\":\"\{0,1\}//"; }
token=$(curl -sf -X POST -H 'Content-Type: application/json' \
  -d '{"email":"admin@clusterhub.test","password":"open-the-hub-2026","name":"search benchmark"}' "$BASE/api/tokens" | json_field token)
jstat -gc "$PID" 1000 > target/bench-gc.log &
JSTAT=$!
job=$(curl -sf -X POST -H "Authorization: Bearer $token" "$BASE/api/admin/search/reindex" | json_field id)
started=$(date +%s.%N)
while [ "$(curl -sf -H "Authorization: Bearer $token" "$BASE/api/admin/search/reindex/$job" | json_field status)" = running ]; do
  sleep 1
done
finished=$(date +%s.%N)
say "rebuild: $(curl -sf -H "Authorization: Bearer $token" "$BASE/api/admin/search/reindex/$job")"
say "rebuild took $(echo "$finished - $started" | bc) s ($(grep -o 'writingMs=.*' target/bench-portal.log | tail -n 1))"
say "index size: $(du -sm "$INDEX" | cut -f1) MiB"
else
  jstat -gc "$PID" 1000 > target/bench-gc.log &
  JSTAT=$!
  # a start-up rebuild (index built with another mapping) runs in the background: wait for its end
  if grep -q 'search.reindex.started' target/bench-portal.log; then
    until grep -q 'search.reindex.finished' target/bench-portal.log; do sleep 5; done
    say "start-up rebuild: $(grep -o 'search.reindex.finished.*' target/bench-portal.log)"
  fi
  say "reusing the database and index of $POSTS posts; index size: $(du -sm "$INDEX" | cut -f1) MiB"
fi

# A freshly started portal keeps the JIT compiler busy for many minutes on two cores, and
# a search then competes with it for a core: warm up with rounds of the query set until a
# round compiles fewer than 20 methods (at most 40 rounds), as a long-running portal would be.
compiled_methods() { jstat -compiler "$PID" | awk 'NR == 2 {print $1}'; }
for round in $(seq 1 40); do
  before=$(compiled_methods)
  java -Dwarmup.only=true -Dwarmup.rounds=1 -Dwarmup.seconds=0 -cp "$CP" QueryBench "$BASE" > /dev/null
  compiled=$(( $(compiled_methods) - before ))
  [ "$compiled" -lt 20 ] && break
done
say "warm-up: $round rounds of the query set, the last one compiled $compiled methods"

# MariaDB answers slowly at a million posts: there, every 4th query of the set is compared
EVERY="${BENCH_FULLTEXT_EVERY:-$([ "$POSTS" -ge 500000 ] && echo 4 || echo 1)}"
if [ "$EVERY" = 0 ]; then
  java -Dwarmup.seconds=0 -cp "$CP" QueryBench "$BASE" | tee -a "$OUT"
else
  java -Dwarmup.seconds=0 -Dfulltext.every="$EVERY" -cp "$CP" QueryBench "$BASE" "$JDBC" "$DB_USER" "$DB_PASSWORD" | tee -a "$OUT"
fi
kill $JSTAT
# heap in use = survivor + eden + old (KiB columns S0U S1U EU OU of jstat -gc)
say "heap: max in use $(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ {u = $3 + $4 + $6 + $8; if (u > m) m = u} END {printf "%d", m / 1024}' target/bench-gc.log) MiB during the rebuild and the queries (G1 lets garbage pile up to the limit before collecting)"
jcmd "$PID" GC.run > /dev/null
say "heap after a full GC: $(jcmd "$PID" GC.heap_info | grep -o 'used [0-9]*K' | head -n 1)"
read -r _ user nice system idle iowait irq softirq steal _ < /proc/stat
say "CPU stolen by the host during the run: $(echo "$cpu_before $user $nice $system $idle $iowait $irq $softirq $steal" | awk '{
  for (i = 1; i <= 8; i++) { all += $(i + 8) - $i } printf "%.1f %%", 100 * ($16 - $8) / all }')"
say "done: $OUT"
