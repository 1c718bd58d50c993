#!/usr/bin/env bash
# Runs every test: installs what is missing (PostgreSQL, Chromium and Khmer fonts for the browser tests), restores packages,
# checks the content, and runs the whole suite. Tests that need PostgreSQL start their own throwaway cluster
# (initdb + pg_ctl on a free 127.0.0.1 port in a temporary folder) and stop it when they finish.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_dotnet
ensure_packages postgresql chromium fonts-khmeros
# The distribution's own cluster is not used by the tests; leave it stopped so it costs nothing.
as_root service postgresql stop >/dev/null 2>&1 || true

dotnet restore Hotline.sln -v q
dotnet build Hotline.sln -c Release --no-restore -v q -nologo
echo "== content check"
dotnet src/Hotline.Server/bin/Release/net10.0/Hotline.Server.dll content check content
echo "== tests"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Hotline.sln -c Release --no-build --logger "console;verbosity=normal" "$@" > "$log" 2>&1
status=$?
set -e
grep -E "^\s*(Passed|Failed)!" "$log" || true
if [ "$status" -ne 0 ]; then
  echo "== failures"
  grep -E -A25 "^\s+Failed [A-Za-z]" "$log" | head -300 || true
  grep -E "error|Test Run Aborted|crashed" "$log" | head -20 || true
fi
passed=$(grep -oE "Passed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}' || true)
failed=$(grep -oE "Failed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}' || true)
skipped=$(grep -oE "Skipped: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}' || true)
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
