# Shared by run.sh and crash.sh (sourced, not run): the database, the portal started from the
# build as `mvn -Prun` would (DevServer on the unpacked WAR, with java: -Prun's exec plugin is
# not in the offline Maven repository), the watchers loaded straight into MariaDB.
HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-3306}"
ROOT_USER="${BENCH_DB_USER:-root}"
ROOT_PASSWORD="${BENCH_DB_PASSWORD:-}"
DB_USER=clusterhub_bench_nt
DB_PASSWORD=clusterhub_bench_nt
NAME="${BENCH_DB_NAME:-clusterhub_bench_nt}"
PORT="${BENCH_PORT:-18184}"
BASE="http://localhost:$PORT"
JDBC="jdbc:mariadb://$HOST:$DB_PORT/$NAME"
BOARD="${BENCH_BOARD:-i-need-help}"
mysql_() { mariadb -h"$HOST" -P"$DB_PORT" -u"$ROOT_USER" ${ROOT_PASSWORD:+-p"$ROOT_PASSWORD"} "$@"; }
sql() { mysql_ -N "$NAME" -e "$1"; }
# what a running fan-out has written and not committed yet
dirty() { mysql_ -N "$NAME" -e "SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED; $1"; }
say() { echo "[bench] $*" | tee -a "$OUT"; }
json_field() { grep -o "\"$1\":\"\{0,1\}[^\",}]*" | head -n 1 | sed "s/^\"$1\":\"\{0,1\}//"; }
now() { date +%s.%N; }
ms() { echo "($2 - $1) * 1000 / 1" | bc; }

build() {
  # the unpacked WAR is refreshed, not replaced, by the build: classes of deleted sources would stay in it
  rm -rf target/clusterhub
  mvn -q -o -DskipTests -DskipITs package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
}

fresh_database() {
  mysql_ -e "DROP DATABASE IF EXISTS $NAME; CREATE DATABASE $NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS '$DB_USER'@'%' IDENTIFIED BY '$DB_PASSWORD'; GRANT ALL ON $NAME.* TO '$DB_USER'@'%';
    CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD'; GRANT ALL ON $NAME.* TO '$DB_USER'@'localhost'"
}

PORTAL=
PID=
start_portal() {
  local payara_version payara_jar
  payara_version=$(grep -o -m 1 '<payara.version>[^<]*' pom.xml | cut -d'>' -f2)
  payara_jar="$HOME/.m2/repository/fish/payara/extras/payara-micro/$payara_version/payara-micro-$payara_version.jar"
  CLUSTERHUB_HEAP="${CLUSTERHUB_HEAP:-1g}" \
  CLUSTERHUB_DB_URL="$JDBC" CLUSTERHUB_DB_USER="$DB_USER" CLUSTERHUB_DB_PASSWORD="$DB_PASSWORD" CLUSTERHUB_PORT="$PORT" \
    CLUSTERHUB_SEARCH_DIRECTORY="$PWD/target/bench-nt-index" setsid java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    -Dpayara.microJar="$payara_jar" -Dclusterhub.war="$PWD/target/clusterhub" \
    -Dclusterhub.bootCommands="$PWD/src/main/payara/boot-commands.asadmin" -Dclusterhub.buildDir="$PWD/target" \
    -Dclusterhub.home="$PWD" eu.clusterhub.devserver.DevServer >> "$LOG" 2>&1 &
  PORTAL=$!
  disown "$PORTAL" # no "Killed" line from the shell when crash.sh kills it
  until curl -sf -o /dev/null "$BASE/health/ready"; do
    kill -0 "$PORTAL" 2>/dev/null || { echo "the portal did not start; see $LOG" >&2; exit 1; }
    sleep 2
  done
  # DevServer (the session leader) starts Payara Micro in a JVM of its own: that one serves
  PID=$(pgrep -s "$PORTAL" -f "payara-micro" | grep -v "^$PORTAL$" | head -n 1)
  say "portal running (session $PORTAL, server pid $PID)"
}
# the portal runs in a session of its own (setsid): stop that session, and the JVM it started
stop_portal() {
  [ -z "$PORTAL" ] || kill -INT -- -"$PORTAL" 2>/dev/null || true
  [ -z "$PID" ] || kill "$PID" 2>/dev/null || true
  PORTAL= PID=
}

sign_in() {
  curl -sf -X POST -H 'Content-Type: application/json' \
    -d '{"email":"admin@clusterhub.test","password":"open-the-hub-2026","name":"notifications benchmark"}' "$BASE/api/tokens" | json_field token
}

# N active, confirmed member accounts watching the board at "new-threads" (a new thread there is
# `board-thread` to each) and the announcements filter topic=medical-equipment at "watching" (a
# published announcement of that topic is `announcement` to each), written in multi-row INSERTs from MariaDB's sequence engine; the
# watches are dated a minute back so that they existed before any event of the benchmark
load_watchers() { # N
  local n=$1 board
  board=$(sql "SELECT id FROM board WHERE slug = '$BOARD'")
  [ -n "$board" ] || { echo "no board $BOARD" >&2; exit 1; }
  sql "INSERT INTO account (email, display_name, password_hash, role, status, email_verified_at, terms_accepted_at, created_at, updated_at)
         SELECT CONCAT('watcher-', seq, '@bench.clusterhub.test'), CONCAT('Watcher ', seq), NULL, 'MEMBER', 'ACTIVE',
                NOW(6), NOW(6), NOW(6), NOW(6) FROM seq_1_to_$n;
       INSERT INTO watch (account_id, target_type, target_id, filter, target_key, level, created_at, updated_at)
         SELECT id, 'board', $board, NULL, 'board:$board', 'new-threads', NOW(6) - INTERVAL 1 MINUTE, NOW(6) - INTERVAL 1 MINUTE
           FROM account WHERE email LIKE 'watcher-%@bench.clusterhub.test';
       INSERT INTO watch (account_id, target_type, target_id, filter, target_key, level, created_at, updated_at)
         SELECT id, 'announcements', NULL, 'topic=medical-equipment', 'announcements:topic=medical-equipment', 'watching',
                NOW(6) - INTERVAL 1 MINUTE, NOW(6) - INTERVAL 1 MINUTE
           FROM account WHERE email LIKE 'watcher-%@bench.clusterhub.test';
       ANALYZE TABLE account, watch" > /dev/null
  say "loaded $(sql "SELECT COUNT(*) FROM watch WHERE target_key = 'board:$board'") watchers of board $BOARD ($board), $(sql "SELECT COUNT(*) FROM watch WHERE target_key = 'announcements:topic=medical-equipment'") of announcements on medical equipment"
}

# POSTs a new thread on the board; prints "<milliseconds> <http status>"
post_thread() { # token title
  curl -s -o /dev/null -w '%{time_total} %{http_code}\n' -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "{\"title\":\"$2\",\"type\":\"request\",\"tags\":[\"bench\"],\"body\":\"Who can supply **FFP2 masks** to three hospitals in Lombardy? 20,000 a week from next Monday.\"}" \
    "$BASE/api/boards/$BOARD/threads" | awk '{printf "%d %s\n", $1 * 1000, $2}'
}

# Creates a draft announcement on medical equipment, then publishes it (the request that raises
# the event); prints the publish request's "<milliseconds> <http status>"
publish_announcement() { # token title
  local id
  id=$(curl -sf -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "{\"title\":\"$2\",\"summary\":\"Companies may now apply.\",\"bodyMarkdown\":\"The measure **applies** from today.\",\"sourceType\":\"european-commission\",\"issuingBody\":\"DG GROW\",\"topics\":[\"medical-equipment\"],\"links\":[{\"url\":\"https://single-market-economy.ec.europa.eu/\",\"label\":\"DG GROW\"}],\"effectiveDate\":\"2026-03-20\"}" \
    "$BASE/api/announcements" | json_field id)
  [ -n "$id" ] || { echo "the draft announcement was refused" >&2; exit 1; }
  curl -s -o /dev/null -w '%{time_total} %{http_code}\n' -X POST -H "Authorization: Bearer $1" "$BASE/api/announcements/$id/publish" \
    | awk '{printf "%d %s\n", $1 * 1000, $2}'
}
