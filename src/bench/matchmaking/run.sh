#!/usr/bin/env bash
# Matchmaking benchmark (see src/docs/matchmaking-benchmark.md): a fresh database, the portal
# started on it, OFFERS offers and NEEDS needs loaded straight into MariaDB, a full rebuild of
# the search index through the admin API (SimilarListings reads it), a warm-up, then the
# matches of needs and offers, the filtered lists and the summary timed over HTTP.
#
#   src/bench/matchmaking/run.sh OFFERS NEEDS        e.g. 100000 20000
#
# Needs a MariaDB server (default 127.0.0.1:3306, root without password; set BENCH_DB_HOST,
# BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD) and the mariadb client. Drops and
# recreates the database BENCH_DB_NAME (clusterhub_bench_mm), which the portal and the
# benchmark reach as the user clusterhub_bench_mm (created if missing). The portal listens on
# BENCH_PORT (18183) with its index in target/bench-mm. Results go to
# target/bench-mm-OFFERS-NEEDS.txt. BENCH_REUSE=1 keeps the database and the index of the
# previous run (no load, no rebuild). BENCH_NEEDS_MEASURED (500) and BENCH_OFFERS_MEASURED
# (300) say how many random needs and offers are timed; BENCH_SEED (2020) seeds the data.
set -euo pipefail

OFFERS="${1:?usage: run.sh OFFERS NEEDS}"
NEEDS="${2:?usage: run.sh OFFERS NEEDS}"
cd "$(dirname "$0")/../../.."
HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-3306}"
ROOT_USER="${BENCH_DB_USER:-root}"
ROOT_PASSWORD="${BENCH_DB_PASSWORD:-}"
DB_USER=clusterhub_bench_mm
DB_PASSWORD=clusterhub_bench_mm
NAME="${BENCH_DB_NAME:-clusterhub_bench_mm}"
PORT="${BENCH_PORT:-18183}"
BASE="http://localhost:$PORT"
JDBC="jdbc:mariadb://$HOST:$DB_PORT/$NAME"
OUT="target/bench-mm-$OFFERS-$NEEDS.txt"
INDEX="target/bench-mm"
LOG="target/bench-mm-portal.log"
mysql_() { mariadb -h"$HOST" -P"$DB_PORT" -u"$ROOT_USER" ${ROOT_PASSWORD:+-p"$ROOT_PASSWORD"} "$@"; }
say() { echo "[bench] $*" | tee -a "$OUT"; }

# the unpacked WAR is refreshed, not replaced, by the build: classes of deleted sources would stay in it
rm -rf target/clusterhub
mvn -q -o -DskipTests -DskipITs package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench-mm-classes
javac -d target/bench-mm-classes src/bench/matchmaking/*.java
CP="target/bench-mm-classes:$(cat target/bench-classpath.txt)"
: > "$OUT"
REUSE="${BENCH_REUSE:-0}"

[ "$REUSE" = 1 ] || mysql_ -e "DROP DATABASE IF EXISTS $NAME; CREATE DATABASE $NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS '$DB_USER'@'%' IDENTIFIED BY '$DB_PASSWORD'; GRANT ALL ON $NAME.* TO '$DB_USER'@'%';
  CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD'; GRANT ALL ON $NAME.* TO '$DB_USER'@'localhost'"
[ "$REUSE" = 1 ] || rm -rf "$INDEX"
say "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD); MariaDB $(mysql_ -N -e 'SELECT VERSION()'), innodb_buffer_pool_size $(mysql_ -N -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MiB; $(nproc) cores ($(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)); load average $(cut -d' ' -f1-3 /proc/loadavg)"
read -r _ user nice system idle iowait irq softirq steal _ < /proc/stat
cpu_before="$user $nice $system $idle $iowait $irq $softirq $steal"

# What mvn -Prun runs (DevServer: Payara Micro on the unpacked WAR), started with java directly
# so that it works offline without the exec plugin; the heap of a busy portal, not -Prun's 384 MB
PAYARA_VERSION=$(grep -o -m 1 '<payara.version>[^<]*' pom.xml | cut -d'>' -f2)
PAYARA_JAR="$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar"
CLUSTERHUB_HEAP="${CLUSTERHUB_HEAP:-1g}" \
CLUSTERHUB_DB_URL="$JDBC" CLUSTERHUB_DB_USER="$DB_USER" CLUSTERHUB_DB_PASSWORD="$DB_PASSWORD" CLUSTERHUB_PORT="$PORT" \
  CLUSTERHUB_SEARCH_DIRECTORY="$PWD/$INDEX" setsid java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dpayara.microJar="$PAYARA_JAR" -Dclusterhub.war="$PWD/target/clusterhub" \
  -Dclusterhub.bootCommands="$PWD/src/main/payara/boot-commands.asadmin" -Dclusterhub.buildDir="$PWD/target" \
  -Dclusterhub.home="$PWD" eu.clusterhub.devserver.DevServer > "$LOG" 2>&1 &
PORTAL=$!
PID=
# the portal runs in a session of its own (setsid): stop that session, and the JVM it started
stop() { kill -INT -- -"$PORTAL" 2>/dev/null || true; [ -z "$PID" ] || kill "$PID" 2>/dev/null || true; }
trap stop EXIT
until curl -sf -o /dev/null "$BASE/health/ready"; do
  kill -0 $PORTAL 2>/dev/null || { echo "the portal did not start; see $LOG" >&2; exit 1; }
  sleep 2
done
PID=$(pgrep -s "$PORTAL" -f "payara-micro" | grep -v "^$PORTAL$" | head -n 1)
say "portal running (pid $PID, $(ps -o args= -p "$PID" | grep -o -- '-Xmx[^ ]*' || true))"

json_field() { grep -o "\"$1\":\"\{0,1\}[^\",}]*" | head -n 1 | sed "s/^\"$1\":\"\{0,1\}//"; }
if [ "$REUSE" != 1 ]; then
  java -cp "$CP" Generate "$JDBC" "$DB_USER" "$DB_PASSWORD" "$OFFERS" "$NEEDS" "${BENCH_SEED:-2020}" 2> /dev/null | tee -a "$OUT"
  mysql_ "$NAME" -e "ANALYZE TABLE offer, offer_country, offer_certification, need, need_certification, account, organisation" > /dev/null
  say "database: $(mysql_ -N -e "SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables WHERE table_schema = '$NAME'") MiB"
  say "offers by status: $(mysql_ -N "$NAME" -e "SELECT GROUP_CONCAT(CONCAT(status, ' ', n) SEPARATOR ', ') FROM (SELECT status, COUNT(*) n FROM offer GROUP BY status) s")"
  say "needs by status: $(mysql_ -N "$NAME" -e "SELECT GROUP_CONCAT(CONCAT(status, ' ', n) SEPARATOR ', ') FROM (SELECT status, COUNT(*) n FROM need GROUP BY status) s")"
  say "most crowded categories (offers): $(mysql_ -N "$NAME" -e "SELECT GROUP_CONCAT(CONCAT(slug, ' ', n) ORDER BY n DESC SEPARATOR ', ') FROM (SELECT c.slug, COUNT(*) n FROM offer o JOIN product_category c ON c.id = o.category_id GROUP BY c.slug ORDER BY n DESC LIMIT 5) s")"
  token=$(curl -sf -X POST -H 'Content-Type: application/json' \
    -d '{"email":"admin@clusterhub.test","password":"open-the-hub-2026","name":"matchmaking benchmark"}' "$BASE/api/tokens" | json_field token)
  job=$(curl -sf -X POST -H "Authorization: Bearer $token" "$BASE/api/admin/search/reindex" | json_field id)
  started=$(date +%s.%N)
  while [ "$(curl -sf -H "Authorization: Bearer $token" "$BASE/api/admin/search/reindex/$job" | json_field status)" = running ]; do
    sleep 1
  done
  finished=$(date +%s.%N)
  say "rebuild: $(curl -sf -H "Authorization: Bearer $token" "$BASE/api/admin/search/reindex/$job")"
  say "rebuild took $(echo "$finished - $started" | bc) s; index size: $(du -sm "$INDEX" | cut -f1) MiB"
else
  say "reusing the database and index of the previous run"
fi

# A freshly started portal keeps the JIT compiler busy for minutes on two cores: warm up with
# rounds of matches until a round compiles fewer than 20 methods (at most 15 rounds).
compiled_methods() { jstat -compiler "$PID" | awk 'NR == 2 {print $1}' || echo 0; }
for round in $(seq 1 15); do
  before=$(compiled_methods)
  java -Dwarmup.only=true -Dwarmup.seconds=0 -cp "$CP" MatchBench "$BASE" "$JDBC" "$DB_USER" "$DB_PASSWORD" 2>&1 > /dev/null | { grep -v "^SLF4J" >&2 || true; }
  compiled=$(( $(compiled_methods) - before ))
  [ "$compiled" -lt 20 ] && break
done
say "warm-up: $round rounds, the last one compiled $compiled methods; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# BENCH_JFR=1: a flight recording of the measured part, and where the request threads spent
# their CPU samples (inclusive: a sample counts for every method on its stack)
[ "${BENCH_JFR:-0}" = 1 ] && jcmd "$PID" JFR.start name=bench settings=profile filename="$PWD/target/bench-mm.jfr" > /dev/null
java -Dwarmup.seconds=0 -Dneeds="${BENCH_NEEDS_MEASURED:-500}" -Doffers="${BENCH_OFFERS_MEASURED:-300}" -cp "$CP" \
  MatchBench "$BASE" "$JDBC" "$DB_USER" "$DB_PASSWORD" 2> >(grep -v '^SLF4J' >&2) | tee -a "$OUT"
if [ "${BENCH_JFR:-0}" = 1 ]; then
  jcmd "$PID" JFR.stop name=bench > /dev/null
  say "CPU samples of the request threads (target/bench-mm.jfr), by method on the stack:"
  jfr print --events jdk.ExecutionSample --stack-depth 256 target/bench-mm.jfr | awk '
    /sampledThread = "http-thread-pool/ { http = 1; n++; delete seen }
    http && /^[ \t]+[a-zA-Z_$][a-zA-Z0-9_$.]*\(/ {
      frame = $1; sub(/\(.*/, "", frame)
      if (frame ~ /^eu\.clusterhub\.|^org\.apache\.lucene\.search\.IndexSearcher\.search$|^org\.eclipse\.persistence\.internal\.sessions\.AbstractSession\.executeQuery$|^org\.mariadb\.jdbc\.|^jakarta\.json|^org\.glassfish\.json/) {
        key = frame ~ /^org\.mariadb\.jdbc\./ ? "org.mariadb.jdbc.*" : frame ~ /json/ ? "JSON writing (jakarta.json)" : frame
        if (!(key in seen)) { seen[key] = 1; count[key]++ }
      }
    }
    /^}/ { http = 0 }
    END { for (k in count) if (count[k] * 100 >= n) printf "%6.1f %%  %s\n", 100 * count[k] / n, k; printf "%6d samples\n", n }' \
    | sort -rn | head -n 40 | tee -a "$OUT"
fi
jcmd "$PID" GC.run > /dev/null
say "heap after a full GC: $(jcmd "$PID" GC.heap_info | grep -o 'used [0-9]*K' | head -n 1)"
read -r _ user nice system idle iowait irq softirq steal _ < /proc/stat
say "CPU stolen by the host during the run: $(echo "$cpu_before $user $nice $system $idle $iowait $irq $softirq $steal" | awk '{
  for (i = 1; i <= 8; i++) { all += $(i + 8) - $i } printf "%.1f %%", 100 * ($16 - $8) / all }'); load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
say "done: $OUT"
