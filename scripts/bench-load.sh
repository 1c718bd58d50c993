#!/usr/bin/env bash
# Load benchmark: a throwaway PostgreSQL, a provider stand-in and the server (Release), all on 127.0.0.1; then
# signed webhooks from many senders, then pgbench on the same database. Prints the figures; stops everything.
# Usage: scripts/bench-load.sh [seconds] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
seconds=${1:-15}
concurrency=${2:-32}
ensure_dotnet
ensure_packages postgresql
work=$(mktemp -d)
STACK_PIDS=()
trap 'stop_stack "$work"' EXIT
start_stack "$work"
dotnet "$BENCH" load --url "$SERVER_URL" --token "$AUTH_TOKEN" --seconds "$seconds" --concurrency "$concurrency" --pg "$CONNINFO"
