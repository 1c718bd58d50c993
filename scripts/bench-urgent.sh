#!/usr/bin/env bash
# Urgent burst benchmark: N urgent messages from N people at once against the server on 127.0.0.1 (throwaway
# PostgreSQL, provider stand-in); prints when every case had its page queued and the message-to-page latency.
# Usage: scripts/bench-urgent.sh [cases]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
cases=${1:-1000}
ensure_dotnet
ensure_packages postgresql
work=$(mktemp -d)
STACK_PIDS=()
trap 'stop_stack "$work"' EXIT
start_stack "$work"
key=$(dotnet src/Hotline.Server/bin/Release/net10.0/Hotline.Server.dll apikey create --organisation "Sample organisation (benchmark)" --name bench | grep -oE 'hk_[A-Za-z0-9_-]+' | head -1)
dotnet "$BENCH" urgent --url "$SERVER_URL" --token "$AUTH_TOKEN" --api-key "$key" --pg "$CONNSTRING" --cases "$cases"
