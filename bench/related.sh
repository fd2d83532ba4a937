#!/usr/bin/env bash
# Related-teaser latency at 10k and 100k synthetic articles, beside a static-file baseline.
#
#   bench/related.sh [sizes...]        (default: 10000 100000)
#
# For each size: a fresh embedded H2 database filled by the synthetic content generator,
# the packaged app on it, then wrk against GET /api/v1/articles/{slug}/related rotating
# over 200 published slugs (no HTTP cache in between; each article's ranking is stored at its
# first read, during the warm-up, so the measured requests read stored rankings), and
# nginx serving one related response as a static file on the same machine in the same
# run. Results go to bench/results/related-<date>.md. Bounded: 20 s of load per target.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ $# -eq 0 ] && sizes=(10000 100000)
app_port=18383
static_port=18384
management_port=18387

. bench/lib.sh
bench_setup

out=${OUT:-bench/results/related-$(date -u +%Y-%m-%d).md}
{
  echo "# Related teasers: latency at scale"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2),"
  echo "embedded H2, wrk $bench_threads threads / $bench_connections connections / $bench_duration per target, limit=3."
  echo
  echo "| articles | target | requests/s | p50 | p90 | p99 | max | non-2xx |"
  echo "|---|---|---|---|---|---|---|---|"
} > "$out"

for size in "${sizes[@]}"; do
  rm -rf "$work/db"
  java -Xmx1g -Dquarkus.http.port=$app_port -Dquarkus.management.port=$management_port -Dmasthead.h2.path="$work/db/masthead" \
    -Dmasthead.content.synthetic-articles="$size" -jar target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
  app_pid=$!
  bench_await_ready $management_port
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
  wrk -t"$bench_threads" -c"$bench_connections" -d30s -s "$work/related.lua" "http://127.0.0.1:$app_port" > /dev/null
  wrk -t"$bench_threads" -c"$bench_connections" -d10s "http://127.0.0.1:$app_port/api/v1/articles?limit=3" > /dev/null

  bench_nginx_start "$work/static" $static_port
  curl -fs -o /dev/null "http://127.0.0.1:$static_port/related.json" || { echo "nginx baseline not serving"; exit 1; }
  bench_wrk_row "| $size " "static file (nginx, same bytes)" "http://127.0.0.1:$static_port/related.json"
  bench_nginx_stop
  bench_wrk_row "| $size " "GET /articles/{slug}/related" "http://127.0.0.1:$app_port" "$work/related.lua"
  bench_wrk_row "| $size " "GET /articles?limit=3 (list, for scale)" "http://127.0.0.1:$app_port/api/v1/articles?limit=3"

  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
done
echo >> "$out"
echo "Static baseline: nginx serving one related response (same JSON bytes) from disk, in the same run." >> "$out"
echo "wrote $out"
