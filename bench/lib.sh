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

# Runs wrk against a url (more wrk arguments after it, e.g. -s script.lua) with the bench
# settings and a 10 s timeout, keeps its output in $work/wrk.txt and sets wrk_rps (one
# decimal under 100), wrk_requests (completed), wrk_p50_ms and wrk_p99_ms (empty when none
# completed), wrk_errors (answers other than 2xx/3xx plus socket errors: connect, read,
# write, timeout) and wrk_error_text (what they were, or empty). A wrk that cannot run
# leaves wrk_requests empty.
bench_wrk() {
  local url=$1; shift
  wrk -t"$bench_threads" -c"$bench_connections" -d"$bench_duration" --latency --timeout 10s "$@" "$url" > "$work/wrk.txt" 2>&1 || true
  wrk_rps=$(awk '/Requests\/sec/{printf ($2 < 100 ? "%.1f" : "%.0f"), $2}' "$work/wrk.txt")
  wrk_requests=$(awk '/requests in/{print $1}' "$work/wrk.txt")
  wrk_p50_ms="" wrk_p99_ms=""
  if [ "${wrk_requests:-0}" -gt 0 ]; then
    wrk_p50_ms=$(bench_ms "$(awk '$1=="50%"{print $2}' "$work/wrk.txt")")
    wrk_p99_ms=$(bench_ms "$(awk '$1=="99%"{print $2}' "$work/wrk.txt")")
  fi
  local status socket
  status=$(awk '/Non-2xx/{print $5}' "$work/wrk.txt")
  socket=$(awk '/Socket errors/{gsub(",", ""); print $4 + $6 + $8 + $10}' "$work/wrk.txt")
  wrk_errors=$(( ${status:-0} + ${socket:-0} ))
  wrk_error_text=""
  [ -n "$status" ] && wrk_error_text="$status non-2xx/3xx"
  [ "${socket:-0}" -gt 0 ] && wrk_error_text="${wrk_error_text:+$wrk_error_text, }$(awk -F': ' '/Socket errors/{print $2}' "$work/wrk.txt")"
  return 0
}

# A wrk duration (146.00us, 1.80ms, 2.01s, 1.00m) in milliseconds: two decimals under 10,
# one under 100, none above (0.15, 1.80, 2010); empty stays empty.
bench_ms() {
  [ -z "$1" ] && return 0
  awk -v v="$1" 'BEGIN { n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /s$/) n *= 1000; else if (v ~ /m$/) n *= 60000
    printf (n < 10 ? "%.2f" : n < 100 ? "%.1f" : "%.0f"), n }'
}

# CPU time (user + system) the processes $@ used so far, in clock ticks (getconf CLK_TCK).
bench_cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    total=$(( total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}') ))
  done
  echo "$total"
}

# Resident memory (VmRSS) of process $1 in MiB.
bench_rss_mib() {
  awk '/^VmRSS/{printf "%.0f", $2 / 1024}' "/proc/$1/status"
}

# nginx's worker processes (the ones serving requests) while bench_nginx_start runs it.
bench_nginx_workers() {
  pgrep -P "$(cat "$work/nginx.pid")" | tr '\n' ' '
}

# Serves the folder $1 (subfolders too) with nginx on port $2 until bench_nginx_stop, with
# $3 worker processes (default 1).
bench_nginx_start() {
  cat > "$work/nginx.conf" <<NGINX
worker_processes ${3:-1};
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$2; root $1; default_type application/json; }
}
NGINX
  chmod 755 "$work" && find "$1" -type d -exec chmod 755 {} + && find "$1" -type f -exec chmod 644 {} +
  nginx -c "$work/nginx.conf"
  for _ in $(seq 1 50); do [ -s "$work/nginx.pid" ] && [ -n "$(bench_nginx_workers)" ] && return 0; sleep 0.1; done
  echo "nginx did not start: $(cat "$work/nginx-error.log" 2>/dev/null)" >&2
  return 1
}

bench_nginx_stop() {
  kill "$(cat "$work/nginx.pid")"; rm -f "$work/nginx.pid"; sleep 1
}
