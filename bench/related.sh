#!/usr/bin/env bash
# Related-teaser latency at 10k and 100k synthetic articles, beside a static-file baseline.
#
#   bench/related.sh [sizes...]        (default: 10000 100000)
#
# For each size: a fresh embedded H2 database filled by the synthetic content generator,
# the packaged app on it, then wrk against GET /api/v1/articles/{slug}/related rotating
# over 200 published slugs (no HTTP cache in between: every request ranks anew), and
# nginx serving one related response as a static file on the same machine in the same
# run. Results go to bench/results/related-<date>.md. Bounded: 20 s of load per target.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ $# -eq 0 ] && sizes=(10000 100000)
duration=${DURATION:-20s}
threads=${THREADS:-2}
connections=${CONNECTIONS:-16}
app_port=18383
static_port=18384

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx-light; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -DskipTests package

work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

out="bench/results/related-$(date -u +%Y-%m-%d).md"
{
  echo "# Related teasers: latency at scale"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2),"
  echo "embedded H2, wrk $threads threads / $connections connections / $duration per target, limit=3."
  echo
  echo "| articles | target | requests/s | p50 | p90 | p99 | max | non-2xx |"
  echo "|---|---|---|---|---|---|---|---|"
} > "$out"

wrk_row() { # size label url [script]
  local size=$1 label=$2 url=$3 script=${4:-}
  local args=(-t"$threads" -c"$connections" -d"$duration" --latency)
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" "$url" > "$work/wrk.txt"
  local rps p50 p90 p99 max errors
  rps=$(awk '/Requests\/sec/{print $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%"{print $2}' "$work/wrk.txt")
  p90=$(awk '$1=="90%"{print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%"{print $2}' "$work/wrk.txt")
  max=$(awk '/Latency/{print $4; exit}' "$work/wrk.txt")
  errors=$(awk '/Non-2xx/{print $5}' "$work/wrk.txt")
  echo "| $size | $label | $rps | $p50 | $p90 | $p99 | $max | ${errors:-0} |" >> "$out"
  echo "$size $label: $rps req/s, p50 $p50, p99 $p99"
}

for size in "${sizes[@]}"; do
  rm -rf "$work/db"
  java -Xmx1g -Dquarkus.http.port=$app_port -Dmasthead.h2.path="$work/db/masthead" \
    -Dmasthead.content.synthetic-articles="$size" -jar target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$app_port/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  grep -h "Synthetic content: added" "$work/app.log" || true

  # 200 published slugs spread over the archive, and one response as the static baseline.
  curl -fs "http://127.0.0.1:$app_port/api/v1/articles?limit=100" > "$work/p1.json"
  cursor=$(python3 -c "import json;print(json.load(open('$work/p1.json'))['page']['nextCursor'])")
  curl -fs "http://127.0.0.1:$app_port/api/v1/articles?limit=100&sort=publishedAt" > "$work/p2.json"
  python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
slugs = [a["slug"] for f in ("p1.json", "p2.json") for a in json.load(open(f"{work}/{f}"))["data"]]
with open(f"{work}/related.lua", "w") as lua:
    lua.write("slugs = {" + ",".join(f'"{s}"' for s in slugs) + "}\n")
    lua.write("i = 0\nrequest = function()\n  i = i + 1\n"
              "  return wrk.format('GET', '/api/v1/articles/' .. slugs[(i % #slugs) + 1] .. '/related')\nend\n")
print(slugs[0], file=open(f"{work}/first-slug", "w"))
PY
  mkdir -p "$work/static"
  curl -fs "http://127.0.0.1:$app_port/api/v1/articles/$(cat "$work/first-slug")/related" > "$work/static/related.json"
  # Warm the JIT before measuring: on 2 cores the compiler alone takes most of the CPU for a while.
  wrk -t"$threads" -c"$connections" -d30s -s "$work/related.lua" "http://127.0.0.1:$app_port" > /dev/null
  wrk -t"$threads" -c"$connections" -d10s "http://127.0.0.1:$app_port/api/v1/articles?limit=3" > /dev/null

  cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$static_port; root $work/static; default_type application/json; }
}
NGINX
  chmod 755 "$work" "$work/static" && chmod 644 "$work/static/related.json"
  nginx -c "$work/nginx.conf"
  curl -fs -o /dev/null "http://127.0.0.1:$static_port/related.json" || { echo "nginx baseline not serving"; exit 1; }
  wrk_row "$size" "static file (nginx, same bytes)" "http://127.0.0.1:$static_port/related.json"
  kill "$(cat "$work/nginx.pid")"; rm -f "$work/nginx.pid"; sleep 1
  wrk_row "$size" "GET /articles/{slug}/related" "http://127.0.0.1:$app_port" "$work/related.lua"
  wrk_row "$size" "GET /articles?limit=3 (list, for scale)" "http://127.0.0.1:$app_port/api/v1/articles?limit=3"

  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
done
echo >> "$out"
echo "Static baseline: nginx serving one related response (same JSON bytes) from disk, in the same run." >> "$out"
echo "wrote $out"
