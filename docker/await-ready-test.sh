#!/bin/sh
# Checks await-ready.sh's decisions with fake servers (no Docker needed): python3's
# http.server stands in for Payara Micro, a directory with or without health/ready for a
# portal that is or is not ready. Run: sh docker/await-ready-test.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export CLUSTERHUB_READY_URL="http://127.0.0.1:$port/health/ready"
failures=0

check() { # name expected actual
    if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: expected $2, got $3"; failures=$((failures + 1)); fi
}

serve() { # directory: a fake server on $port serving it
    echo "python3 -m http.server --bind 127.0.0.1 --directory $1 $port"
}

# 1. never ready (a failed deployment: the server stays up, readiness never UP): stopped, exit 1
mkdir -p "$work/failed"
CLUSTERHUB_READY_TIMEOUT_SECONDS=4 sh "$here/await-ready.sh" $(serve "$work/failed") >/dev/null 2>&1
check "a server that never gets ready is stopped, exit 1" 1 $?
sleep 1
python3 -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1', $port)) == 0)"
check "  and nothing listens any more" 0 $?

# 2. the server ends by itself before it is ready (start-up halted): its status
sh "$here/await-ready.sh" sh -c 'sleep 1; exit 3' >/dev/null 2>&1
check "a server that exits 3 before it is ready: exit 3" 3 $?
sh "$here/await-ready.sh" sh -c 'exit 0' >/dev/null 2>&1
check "a server that exits 0 before it is ready: exit 1" 1 $?

# 3. ready, later DOWN (database gone): keeps running; docker stop (TERM) reaches the server
mkdir -p "$work/ready/health"
echo '{"status": "UP", "checks": []}' > "$work/ready/health/ready"
CLUSTERHUB_READY_TIMEOUT_SECONDS=30 sh "$here/await-ready.sh" $(serve "$work/ready") > "$work/out" 2>&1 &
watcher=$!
for i in 1 2 3 4 5 6 7 8 9 10; do grep -q 'ready' "$work/out" 2>/dev/null && break; sleep 1; done
check "a ready server is reported" 0 "$(grep -q 'ClusterHub: ready' "$work/out"; echo $?)"
rm "$work/ready/health/ready"   # DOWN now
sleep 5
check "  and kept when readiness goes DOWN later" 0 "$(kill -0 $watcher 2>/dev/null; echo $?)"
kill -TERM $watcher
wait $watcher
status=$?
check "  TERM stops it with the server's status (python3 on TERM: 143)" 143 "$status"

[ "$failures" -eq 0 ] && echo "all passed" || { echo "$failures failed"; exit 1; }
