# Shared by the benchmark scripts (source it): tools, a scratch folder, wrk result rows,
# and nginx serving a static baseline on the same machine in the same run.
#
# After bench_setup: $work is a scratch folder removed on exit, $app_pid (set it when you
# start the app) is killed on exit, and bench_threads/connections/duration hold the wrk
# settings (THREADS, CONNECTIONS, DURATION from the environment).

bench_setup() {
  bench_duration=${DURATION:-20s}
  bench_threads=${THREADS:-2}
  bench_connections=${CONNECTIONS:-16}
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
  command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx-light; }
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -DskipTests package
  work=$(mktemp -d)
  app_pid=""
  trap bench_cleanup EXIT
}

bench_cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}

# Waits (up to $2 seconds, default 600) until the app whose management interface listens on
# port $1 (-Dquarkus.management.port=...) is ready.
bench_await_ready() {
  for _ in $(seq 1 "${2:-600}"); do
    curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "app with management port $1 never became ready" >&2
  return 1
}

# Runs wrk against a target and appends one table row to $out:
#   bench_wrk_row "<leading cells, e.g. '| 10000 '>" "<label>" <url> [lua script]
bench_wrk_row() {
  local lead=$1 label=$2 url=$3 script=${4:-}
  local args=(-t"$bench_threads" -c"$bench_connections" -d"$bench_duration" --latency)
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" "$url" > "$work/wrk.txt"
  local rps p50 p90 p99 max errors
  rps=$(awk '/Requests\/sec/{print $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%"{print $2}' "$work/wrk.txt")
  p90=$(awk '$1=="90%"{print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%"{print $2}' "$work/wrk.txt")
  max=$(awk '/Latency/{print $4; exit}' "$work/wrk.txt")
  errors=$(awk '/Non-2xx/{print $5}' "$work/wrk.txt")
  echo "${lead}| $label | $rps | $p50 | $p90 | $p99 | $max | ${errors:-0} |" >> "$out"
  echo "$label: $rps req/s, p50 $p50, p99 $p99"
}

# Serves the folder $1 with nginx on port $2 until bench_nginx_stop.
bench_nginx_start() {
  cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$2; root $1; default_type application/json; }
}
NGINX
  chmod 755 "$work" "$1" && chmod 644 "$1"/*
  nginx -c "$work/nginx.conf"
}

bench_nginx_stop() {
  kill "$(cat "$work/nginx.pid")"; rm -f "$work/nginx.pid"; sleep 1
}
