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
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; stop_cluster "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT
[ "$(id -u)" -eq 0 ] && chmod 755 "$work"

pgport=$(free_port)
start_cluster "$work/pg" "$pgport"
pg_run "$(pg_bin)/createdb" -h 127.0.0.1 -p "$pgport" -U postgres hotline
conninfo="host=127.0.0.1 port=$pgport user=postgres dbname=hotline"

dotnet build src/Hotline.Server -c Release -v q -nologo >/dev/null
dotnet build bench/Hotline.Bench -c Release -v q -nologo >/dev/null
bench=bench/Hotline.Bench/bin/Release/net10.0/Hotline.Bench.dll

provider_port=$(free_port)
dotnet "$bench" null-provider --port "$provider_port" & pids+=($!)
server_port=$(free_port)
token=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__Hotline="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=hotline;Maximum Pool Size=64" \
Hotline__EncryptionKey="$(head -c 32 /dev/urandom | base64)" \
Hotline__PublicBaseUrl="http://127.0.0.1:$server_port" \
Hotline__Outbox__MessagesPerSecond=5000 \
Twilio__AccountSid=ACbench Twilio__AuthToken="$token" Twilio__From=+85523900100 \
Twilio__ApiBaseUrl="http://127.0.0.1:$provider_port" \
Logging__LogLevel__Default=Warning \
  dotnet src/Hotline.Server/bin/Release/net10.0/Hotline.Server.dll --urls "http://127.0.0.1:$server_port" & pids+=($!)

for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$server_port/health/ready" >/dev/null && break; sleep 0.5; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; PostgreSQL $(pg_run "$(pg_bin)/postgres" --version | awk '{print $3}')"
dotnet "$bench" load --url "http://127.0.0.1:$server_port" --token "$token" --seconds "$seconds" --concurrency "$concurrency" --pg "$conninfo"
