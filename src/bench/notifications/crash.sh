#!/usr/bin/env bash
# Crash test of the notification fan-out (issue: "the server killed during a fan-out,
# restarted: every notification created once"; see src/docs/notifications-benchmark.md).
# Run by hand, not part of `mvn verify`: it kills a server of its own.
#
#   src/bench/notifications/crash.sh [WATCHERS] [ROUNDS]        default 10000 1
#
# A fresh database, the portal started on it, WATCHERS members watching a board (straight into
# MariaDB); then ROUNDS times: a new thread on the board over HTTP (one event, WATCHERS
# notifications), a poll at READ UNCOMMITTED until the fan-out's transaction has written
# notifications that are not committed yet (the event still pending), `kill -9` of the portal's
# JVMs in the middle of it, checks that nothing of it is left (no notification of the event,
# the event pending), a restart on the same database, and, once the relay has fanned the event
# out again: exactly WATCHERS notifications for the event, one per watcher, none twice, every
# watcher's counter equal to its unread notifications, every notification in exactly one
# planned mail. BENCH_KILL_AT=mails kills later in the same transaction: once the mail planning
# (MailPlanner, observing NotificationsCreated) has written mail items. Exits 1 when a check fails. Same settings as run.sh (BENCH_DB_*, BENCH_PORT);
# results in target/bench-nt-crash.txt, the portal's log in target/bench-nt-crash-portal.log.
set -euo pipefail

WATCHERS="${1:-10000}"
ROUNDS="${2:-1}"
cd "$(dirname "$0")/../../.."
OUT="target/bench-nt-crash.txt"
LOG="target/bench-nt-crash-portal.log"
. src/bench/notifications/portal.sh

build
: > "$OUT"
: > "$LOG"
fresh_database
rm -rf target/bench-nt-index
say "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main || echo ' (with uncommitted changes)'); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
trap stop_portal EXIT
start_portal
load_watchers "$WATCHERS"
failures=0
check() { # description expected actual
  if [ "$2" = "$3" ]; then say "  ok: $1 = $3"; else say "  FAILED: $1 = $3, expected $2"; failures=$((failures + 1)); fi
}

for round in $(seq 1 "$ROUNDS"); do
  token=$(sign_in)
  before=$(sql "SELECT COALESCE(MAX(id), 0) FROM notification_event")
  read -r latency status < <(post_thread "$token" "Crash round $round: FFP2 masks for Lombardy")
  [ "$status" = 201 ] || { echo "POST answered $status" >&2; exit 1; }
  event=$(sql "SELECT MIN(id) FROM notification_event WHERE id > $before")
  say "round $round: event $event raised (POST $latency ms); waiting for its fan-out to be under way"
  # under way: its notifications (or mails) written, not committed, the event still pending
  while :; do
    state=$(dirty "SELECT (SELECT COUNT(*) FROM notification WHERE event_id = $event),
                          (SELECT COUNT(*) FROM notification_mail_item i JOIN notification n ON n.id = i.notification_id WHERE n.event_id = $event)")
    read -r written planned <<<"$state"
    if [ "${BENCH_KILL_AT:-notifications}" = mails ]; then [ "$planned" -gt 0 ] && break; else [ "$written" -gt 0 ] && break; fi
    [ "$(sql "SELECT fanned_out_at IS NOT NULL FROM notification_event WHERE id = $event")" = 1 ] \
      && { echo "the fan-out committed before it could be caught; try more watchers" >&2; exit 1; }
    sleep 0.02
  done
  kill -9 -- -"$PORTAL"   # DevServer and the Payara Micro JVM it started, at once, no shutdown hooks
  killed_at=$(date -u '+%H:%M:%S.%N')
  PORTAL= PID=
  say "  killed -9 at $killed_at with $written of $WATCHERS notifications and $planned mail items written, uncommitted"
  sleep 1
  # the connection died with the JVM: MariaDB rolls its transaction back
  check "committed notifications of the event after the kill" 0 "$(sql "SELECT COUNT(*) FROM notification WHERE event_id = $event")"
  check "event still pending after the kill" 1 "$(sql "SELECT fanned_out_at IS NULL FROM notification_event WHERE id = $event")"
  started=$(now)
  start_portal
  until [ "$(sql "SELECT fanned_out_at IS NOT NULL FROM notification_event WHERE id = $event")" = 1 ]; do sleep 0.2; done
  say "  restarted; the event was fanned out $(ms "$started" "$(now)") ms after the restart began"
  check "notifications of the event" "$WATCHERS" "$(sql "SELECT COUNT(*) FROM notification WHERE event_id = $event")"
  check "watchers with a notification of the event" "$WATCHERS" "$(sql "SELECT COUNT(DISTINCT account_id) FROM notification WHERE event_id = $event")"
  check "watchers without exactly one notification of the event" 0 "$(sql "SELECT COUNT(*) FROM watch w WHERE w.target_type = 'board'
        AND (SELECT COUNT(*) FROM notification n WHERE n.event_id = $event AND n.account_id = w.account_id) <> 1")"
  check "counters that differ from their unread notifications" 0 "$(sql "SELECT COUNT(*) FROM notification_counter c WHERE c.unread <>
        (SELECT COUNT(*) FROM notification n WHERE n.account_id = c.account_id AND n.read_at IS NULL)")"
  check "sum of the counters" "$((WATCHERS * round))" "$(sql "SELECT COALESCE(SUM(unread), 0) FROM notification_counter")"
  check "notifications of the event not in exactly one mail" 0 "$(sql "SELECT COUNT(*) FROM notification n WHERE n.event_id = $event
        AND (SELECT COUNT(*) FROM notification_mail_item i WHERE i.notification_id = n.id) <> 1")"
  check "pending events" 0 "$(sql "SELECT COUNT(*) FROM notification_event WHERE fanned_out_at IS NULL")"
done
if [ "$failures" = 0 ]; then say "PASSED: $ROUNDS round(s), every notification created once"; else say "FAILED: $failures check(s)"; exit 1; fi
