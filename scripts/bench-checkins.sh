#!/usr/bin/env bash
# Check-in tick benchmark: a throwaway PostgreSQL on 127.0.0.1, N enrolments with a check-in due in the same minute
# (bulk COPY), then the real tick code; prints the time until all N are in the outbox and the rate. Stops everything.
# Usage: scripts/bench-checkins.sh [N]   (the quality bar is N=100000 within 60 s on a 2-core machine)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
count=${1:-100000}
ensure_dotnet
ensure_packages postgresql
work=$(mktemp -d)
trap 'stop_cluster "$work/pg"; rm -rf "$work"' EXIT
[ "$(id -u)" -eq 0 ] && chmod 755 "$work"
port=$(free_port)
start_cluster "$work/pg" "$port"
pg_run "$(pg_bin)/createdb" -h 127.0.0.1 -p "$port" -U postgres hotline
dotnet build bench/Hotline.Bench -c Release -v q -nologo >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; PostgreSQL $(pg_run "$(pg_bin)/postgres" --version | awk '{print $3}')"
dotnet bench/Hotline.Bench/bin/Release/net10.0/Hotline.Bench.dll checkins --count "$count" \
  --pg "Host=127.0.0.1;Port=$port;Username=postgres;Database=hotline;Maximum Pool Size=16"
