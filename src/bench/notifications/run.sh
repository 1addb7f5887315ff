#!/usr/bin/env bash
# Notification fan-out benchmark (see src/docs/notifications-benchmark.md): a fresh database,
# the portal started on it, WATCHERS member accounts watching one board and one announcements
# filter loaded straight into MariaDB, then over HTTP, RUNS times: a new thread on that board
# (one `board-thread` notification to each watcher), and RUNS times an announcement published
# on that topic (one `announcement` notification to each): the author's request latency, the latency of a second POST made
# while that fan-out runs, and the time until all WATCHERS notifications of the event exist
# (polled with SELECT COUNT(*) FROM notification WHERE event_id = ?). Then the same with every
# watcher's `board-thread` and `announcement` mails set to "never": the fan-out without the mail planning.
#
#   src/bench/notifications/run.sh [WATCHERS] [RUNS]         default 10000 5
#
# Needs a MariaDB server (default 127.0.0.1:3306, root without password; set BENCH_DB_HOST,
# BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD) and the mariadb client. Drops and recreates
# the database BENCH_DB_NAME (clusterhub_bench_nt), reached by the portal as the user
# clusterhub_bench_nt. The portal listens on BENCH_PORT (18184). Results go to
# target/bench-nt-WATCHERS.txt, the portal's log to target/bench-nt-portal.log.
set -euo pipefail

WATCHERS="${1:-10000}"
RUNS="${2:-5}"
cd "$(dirname "$0")/../../.."
OUT="target/bench-nt-$WATCHERS.txt"
LOG="target/bench-nt-portal.log"
. src/bench/notifications/portal.sh

build
: > "$OUT"
: > "$LOG"
fresh_database
rm -rf target/bench-nt-index
say "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main || echo ' (with uncommitted changes)'); MariaDB $(mysql_ -N -e 'SELECT VERSION()'); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
trap stop_portal EXIT
start_portal
load_watchers "$WATCHERS"
token=$(sign_in)
[ -n "$token" ] || { echo "could not sign in as the development admin" >&2; exit 1; }
quiet=$(sql "SELECT slug FROM board WHERE slug <> '$BOARD' AND archived = 0 ORDER BY position LIMIT 1")

# warm-up: three fan-outs to everyone, then threads on a board nobody watches
for i in $(seq 1 3); do [ "$(post_thread "$token" "Warm-up $i" | cut -d" " -f2)" = 201 ] || { echo "a new thread was refused" >&2; exit 1; }; done
BOARD=$quiet
for i in $(seq 1 10); do post_thread "$token" "Warm-up quiet $i" > /dev/null; done
BOARD="${BENCH_BOARD:-i-need-help}"
until [ "$(sql "SELECT COUNT(*) FROM notification_event WHERE fanned_out_at IS NULL")" = 0 ]; do sleep 0.5; done
say "warm-up done: $(sql "SELECT COUNT(*) FROM notification") notifications; load average $(cut -d' ' -f1-3 /proc/loadavg)"

p50() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
measure() { # label, then the command that raises the event: post_thread or publish_announcement
  local label=$1 raise=$2 posts="" during="" totals="" fanouts="" i before event started answered latency status n done_at
  for i in $(seq 1 "$RUNS"); do
    before=$(sql "SELECT COALESCE(MAX(id), 0) FROM notification_event")
    started=$(now)
    read -r latency status < <($raise "$token" "Bench $label $i: FFP2 masks for Lombardy")
    [ "$status" = 201 ] || [ "$status" = 200 ] || { echo "POST answered $status" >&2; exit 1; }
    # the editor's next request, made while the fan-out runs
    read -r busy _ < <(BOARD=$quiet post_thread "$token" "During $label $i")
    event=$(sql "SELECT MIN(id) FROM notification_event WHERE id > $before")
    while :; do
      n=$(sql "SELECT COUNT(*) FROM notification WHERE event_id = $event")
      [ "$n" -ge "$WATCHERS" ] && break
      sleep 0.05
    done
    done_at=$(now)
    posts="$posts $latency"; during="$during $busy"
    totals="$totals $(ms "$started" "$done_at")"
    # on the server's clock: from the event's commit to the fan-out's
    fanouts="$fanouts $(sql "SELECT ROUND(TIMESTAMPDIFF(MICROSECOND, created_at, fanned_out_at) / 1000) FROM notification_event WHERE id = $event")"
    say "$label run $i: event $event, POST $latency ms, POST during the fan-out $busy ms, all $n notifications after $(ms "$started" "$done_at") ms (from the event's commit to its notifications written, before the mail planning, on the server's clock: ${fanouts##* } ms)"
    while [ "$(sql "SELECT COUNT(*) FROM notification_event WHERE fanned_out_at IS NULL")" != 0 ]; do sleep 0.2; done
  done
  say "$label: p50 of $RUNS runs: POST $(tr ' ' '\n' <<<"$posts" | grep . | p50) ms, POST during the fan-out $(tr ' ' '\n' <<<"$during" | grep . | p50) ms, all notifications $(tr ' ' '\n' <<<"$totals" | grep . | p50) ms after the POST, notifications written (server clock) $(tr ' ' '\n' <<<"$fanouts" | grep . | p50) ms"
}

measure "new thread, default settings (daily digest planned)" post_thread
measure "announcement, default settings" publish_announcement
say "mails planned: $(sql "SELECT COUNT(*) FROM notification_mail") digests with $(sql "SELECT COUNT(*) FROM notification_mail_item") items"
sql "INSERT INTO notification_settings (account_id, kinds) SELECT id, '{\"board-thread\":\"never\",\"announcement\":\"never\"}' FROM account
       WHERE email LIKE 'watcher-%@bench.clusterhub.test'"
measure "new thread, mails never (no mail planning)" post_thread
measure "announcement, mails never (no mail planning)" publish_announcement
say "mails planned: $(sql "SELECT COUNT(*) FROM notification_mail") digests with $(sql "SELECT COUNT(*) FROM notification_mail_item") items"
say "counters: $(sql "SELECT COUNT(*) FROM notification_counter c WHERE c.unread <> (SELECT COUNT(*) FROM notification n
       WHERE n.account_id = c.account_id AND n.read_at IS NULL)") differ from the unread rows; load average $(cut -d' ' -f1-3 /proc/loadavg)"
say "done: $OUT"
