#!/bin/sh
# The image's entrypoint: runs the server command given as arguments (the base image's
# Payara Micro entrypoint) and stays its parent, so that the container ends when the portal
# cannot start. Payara Micro keeps running after a failed deployment (serving 404s, with
# /health/ready not UP); a container that stays up like that is only reported unhealthy,
# while one that exits is restarted or reported by the orchestrator.
#
#  - the server exits by itself (e.g. CLUSTERHUB_STARTUP_HALT_ON_FAILURE): exit with its status;
#  - /health/ready is not UP within CLUSTERHUB_READY_TIMEOUT_SECONDS (default 300, room for
#    the wait for the database, the migrations and the content import): stop the server
#    and exit 1;
#  - once it has been UP, readiness is no longer watched (a database outage later makes it
#    DOWN for a while, which is no reason to stop) and the container lives as long as the server.
# docker stop's SIGTERM (and SIGINT) is passed on to the server.
# POSIX sh: the base image is Alpine (BusyBox sh and wget; no bash, no curl).
set -u

timeout="${CLUSTERHUB_READY_TIMEOUT_SECONDS:-300}"
url="${CLUSTERHUB_READY_URL:-http://127.0.0.1:8080/health/ready}"
poll=2

if [ "$#" -eq 0 ]; then
    echo "usage: $0 SERVER-COMMAND [ARGUMENTS...]" >&2
    exit 2
fi

"$@" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null' TERM INT

ready() {
    # -T: an answer within 5 s; BusyBox wget fails on 503 (DOWN) as on a refused connection
    wget -q -T 5 -O - "$url" 2>/dev/null | tr -d ' \n\r\t' | grep -q '"status":"UP"'
}

# The server's exit status, once it has ended: wait returns early when a signal arrives.
wait_for_server() {
    wait "$server"
    status=$?
    while kill -0 "$server" 2>/dev/null; do
        wait "$server"
        status=$?
    done
    return "$status"
}

waited=0
until ready; do
    if ! kill -0 "$server" 2>/dev/null; then
        wait_for_server
        status=$?
        echo "ClusterHub: the server ended before the portal was ready (exit status $status)" >&2
        [ "$status" -eq 0 ] && exit 1
        exit "$status"
    fi
    if [ "$waited" -ge "$timeout" ]; then
        echo "ClusterHub: not ready after ${timeout} s ($url), likely a failed deployment (see the log above); stopping" >&2
        kill -TERM "$server" 2>/dev/null
        wait_for_server
        exit 1
    fi
    sleep "$poll"
    waited=$((waited + poll))
done

echo "ClusterHub: ready ($url)"
wait_for_server
exit $?
