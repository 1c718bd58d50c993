#!/usr/bin/env bash
# Runs the hotline on http://127.0.0.1:5080.
# - No ConnectionStrings__Hotline set: starts a private PostgreSQL under .data/ (kept between runs).
# - No Twilio__AccountSid / Twilio__AuthToken: the simulator is the only channel.
# - Generates an encryption key into .data/encryption.key the first time (keep it: the data is unreadable without it).
# Ctrl-C stops the service and the database it started.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
. scripts/lib.sh

ensure_dotnet
data="$root/.data"
mkdir -p "$data"
started_pg=""

cleanup() {
  if [ -n "$started_pg" ]; then echo "Stopping PostgreSQL"; stop_cluster "$data/pg"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${ConnectionStrings__Hotline:-}" ]; then
  ensure_packages postgresql
  port=$(cat "$data/pg.port" 2>/dev/null || free_port)
  echo "$port" > "$data/pg.port"
  echo "Starting a private PostgreSQL on 127.0.0.1:$port (data in .data/pg)"
  start_cluster "$data/pg" "$port"
  started_pg=1
  pg_run "$(pg_bin)/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='hotline'" | grep -q 1 \
    || pg_run "$(pg_bin)/createdb" -h 127.0.0.1 -p "$port" -U postgres hotline
  export ConnectionStrings__Hotline="Host=127.0.0.1;Port=$port;Username=postgres;Database=hotline"
fi

if [ -z "${Hotline__EncryptionKey:-}" ]; then
  [ -f "$data/encryption.key" ] || { head -c 32 /dev/urandom | base64 > "$data/encryption.key"; chmod 600 "$data/encryption.key"; }
  export Hotline__EncryptionKey="$(cat "$data/encryption.key")"
fi

# For commands run from another terminal against this service's database (staff, apikey, agencies import).
umask 077
printf 'ConnectionStrings__Hotline=%q\nHotline__EncryptionKey=%q\n' "$ConnectionStrings__Hotline" "$Hotline__EncryptionKey" > "$data/env"
umask 022

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
url="${HOTLINE_URL:-http://127.0.0.1:5080}"
echo "Building…"
dotnet build src/Hotline.Server -c Release -v q -nologo >/dev/null
echo
echo "  Hotline:    $url"
echo "  Simulator:  $url/simulator   (or in a terminal: dotnet src/Hotline.Server/bin/Release/net10.0/Hotline.Server.dll chat)"
echo "  Console:    $url/console"
echo "              first account, from another terminal in this folder:"
echo "              set -a; . .data/env; set +a; dotnet src/Hotline.Server/bin/Release/net10.0/Hotline.Server.dll staff create-admin --organisation NAME --email E"
echo "  Health:     $url/health/ready"
echo "  Ctrl-C stops the service and the database."
echo
dotnet src/Hotline.Server/bin/Release/net10.0/Hotline.Server.dll --urls "$url"
