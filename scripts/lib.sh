# Shared by scripts/run.sh and scripts/test.sh: install what is missing, find PostgreSQL, start/stop a private cluster.
# shellcheck shell=bash

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }

apt_updated=0
ensure_packages() { # ensure_packages pkg... : installs the Debian packages that are missing
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  if [ $apt_updated -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null; then
    echo "The .NET 10 SDK is required (dotnet on PATH). See https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
    exit 1
  fi
}

pg_bin() { # newest installed PostgreSQL server binaries
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432; }

# PostgreSQL refuses to run as root; then the cluster runs as the "postgres" system user.
pg_run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# start_cluster DIR PORT : initdb (first time) and start a cluster bound to 127.0.0.1 with its socket in DIR.
start_cluster() {
  local dir=$1 port=$2 bin; bin=$(pg_bin)
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    pg_run "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  fi
  pg_run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=300" start >/dev/null
}

stop_cluster() { local dir=$1; pg_run "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; }

# start_stack DIR : a throwaway PostgreSQL, a provider stand-in and the server (Release), all on 127.0.0.1, for
# benchmarks. Sets PGPORT_STACK, SERVER_URL, AUTH_TOKEN, CONNINFO, CONNSTRING and STACK_PIDS; stop_stack DIR undoes it.
start_stack() {
  local work=$1
  [ "$(id -u)" -eq 0 ] && chmod 755 "$work"
  PGPORT_STACK=$(free_port)
  start_cluster "$work/pg" "$PGPORT_STACK"
  pg_run "$(pg_bin)/createdb" -h 127.0.0.1 -p "$PGPORT_STACK" -U postgres hotline
  CONNINFO="host=127.0.0.1 port=$PGPORT_STACK user=postgres dbname=hotline"
  CONNSTRING="Host=127.0.0.1;Port=$PGPORT_STACK;Username=postgres;Database=hotline;Maximum Pool Size=64"
  dotnet build src/Hotline.Server -c Release -v q -nologo >/dev/null
  dotnet build bench/Hotline.Bench -c Release -v q -nologo >/dev/null
  BENCH=bench/Hotline.Bench/bin/Release/net10.0/Hotline.Bench.dll
  local provider_port server_port
  provider_port=$(free_port)
  dotnet "$BENCH" null-provider --port "$provider_port" & STACK_PIDS+=($!)
  server_port=$(free_port)
  SERVER_URL="http://127.0.0.1:$server_port"
  AUTH_TOKEN=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
  export ConnectionStrings__Hotline="$CONNSTRING" Hotline__EncryptionKey="$(head -c 32 /dev/urandom | base64)"
  ASPNETCORE_ENVIRONMENT=Production Hotline__PublicBaseUrl="$SERVER_URL" Hotline__Outbox__MessagesPerSecond=${BENCH_OUTBOX_RATE:-5000} \
  Twilio__AccountSid=ACbench Twilio__AuthToken="$AUTH_TOKEN" Twilio__From=+85523900100 \
  Twilio__ApiBaseUrl="http://127.0.0.1:$provider_port" Logging__LogLevel__Default=Warning \
    dotnet src/Hotline.Server/bin/Release/net10.0/Hotline.Server.dll --urls "$SERVER_URL" & STACK_PIDS+=($!)
  for _ in $(seq 1 120); do curl -sf "$SERVER_URL/health/ready" >/dev/null && break; sleep 0.5; done
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; PostgreSQL $(pg_run "$(pg_bin)/postgres" --version | awk '{print $3}')"
}

stop_stack() {
  local work=$1
  for p in "${STACK_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  stop_cluster "$work/pg"
  rm -rf "$work"
}
