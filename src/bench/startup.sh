#!/usr/bin/env bash
# Time from typing `mvn -Prun` to "ClusterHub is running at ...", on an unchanged build:
# one warm-up run (builds what is missing, fills caches), then N timed runs; each is
# stopped once ready, as Ctrl-C would. Prints the time of every run, the minimum and
# the median, the load average before each run, and where the time of each run went
# (seconds since the command at each milestone of the log).
#
#   src/bench/startup.sh [runs]        default 3; CLUSTERHUB_PORT (default 18181) is used
#
# Logs stay in target/bench-startup/. Run it from the project directory on a machine
# that is otherwise idle, or say how loaded it was (the load average is printed).
set -uo pipefail

RUNS="${1:-3}"
export CLUSTERHUB_PORT="${CLUSTERHUB_PORT:-18181}"
MVN="${BENCH_MVN:-mvn -B -o -Prun}"
LOGS=target/bench-startup
mkdir -p "$LOGS"

# milestones: label and the first log line that marks it
MILESTONES=(
  "maven started|Building ClusterHub"
  "war packaged|Building war:"
  "devserver started|\\[clusterhub\\] Starting the embedded|\\[clusterhub\\] Starting Payara"
  "mariadb up|embedded MariaDB is up|\\[clusterhub\\] Starting Payara"
  "payara booted|startup time : Embedded"
  "war deployed|was successfully deployed"
  "startup.ready|event=startup.ready"
  "payara ready|Payara Micro .* ready in"
  "ready|ClusterHub is running at"
)

# one run: prints its seconds to ready (or "failed"); the log goes to $1
run_once() {
  local log="$1" start pid deadline
  start=$(date +%s.%N)
  # setsid: the run gets a process group of its own, so the stop reaches mvn, MariaDB and Payara Micro and nothing else
  T0="$start" setsid bash -c "$MVN 2>&1 | perl -MTime::HiRes=time -ne 'BEGIN{\$|=1} printf(\"%7.2f %s\", time - \$ENV{T0}, \$_)'" >"$log" &
  pid=$!
  deadline=$(( $(date +%s) + 600 ))
  while kill -0 "$pid" 2>/dev/null && ! grep -q 'ClusterHub is running at' "$log"; do
    [ "$(date +%s)" -lt "$deadline" ] || break
    sleep 0.2
  done
  local took
  took=$(grep -m1 'ClusterHub is running at' "$log" | awk '{print $1}')
  # SIGTERM, not SIGINT: a background job of a script ignores SIGINT, and so would the JVMs
  # it starts; SIGTERM runs the same shutdown hooks as Ctrl-C
  kill -TERM -- -"$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  echo "${took:-failed}"
}

milestones() {
  local log="$1" entry label pattern at
  for entry in "${MILESTONES[@]}"; do
    label="${entry%%|*}"; pattern="${entry#*|}"
    at=$(grep -m1 -E "$pattern" "$log" | awk '{print $1}')
    [ -n "$at" ] && printf '    %-18s %6ss\n' "$label" "$at"
  done
}

echo "warm-up run (not timed) ..."
run_once "$LOGS/warmup.log" >/dev/null
times=()
for i in $(seq 1 "$RUNS"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  took=$(run_once "$LOGS/run-$i.log")
  echo "run $i: ${took}s to ready (load before: $load)"
  milestones "$LOGS/run-$i.log"
  [ "$took" != failed ] && times+=("$took")
done
if [ "${#times[@]}" -gt 0 ]; then
  printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END {
    median = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "min %.1fs  median %.1fs  (%d runs)\n", v[1], median, NR }'
fi
[ "${#times[@]}" -eq "$RUNS" ]
