#!/usr/bin/env bash
# Does a read cost the same on a small and a large archive? A list page, an article and its
# related teasers, on PostgreSQL, at each given size.
#
#   bench/scale.sh SIZE=JDBC_URL [SIZE=JDBC_URL ...]    (needs a -Ppostgresql build)
#   e.g. bench/scale.sh 1000=jdbc:postgresql://127.0.0.1:5432/masthead_1k \
#                       1000000=jdbc:postgresql://127.0.0.1:5432/masthead_1m
#
# One database per size (PGUSER/PGPASSWORD for the app and psql; default postgres, no
# password); the app tops it up to SIZE synthetic articles with its own generator
# (masthead.content.synthetic-articles; about an hour for a million on 2 cores, once: a
# database already holding them is reused). Faster for a million: let the generator add
# some (say 196,000), stop it, and copy them up with bench/scale-copy.sql. Then, with the
# background sweep off so nothing but the measured reads runs, and the response cache off
# (CACHE=on keeps it: every read below would then be a hit, which costs the same at any size
# and says nothing about the database):
#   1. every read below once, unmeasured: stored related rankings fill on first read;
#   2. a JIT warm-up of WARMUP (default 40s) on each of the three reads;
#   3. wrk at low concurrency (THREADS=1, CONNECTIONS=4, DURATION=20s) per read: requests/s,
#      latency percentiles and the app's CPU time per request (from /proc, user + system);
#   4. EXPLAIN (ANALYZE, BUFFERS) of the statements behind each read, on the database itself.
# Articles and related teasers rotate over 200 published slugs spread over the archive
# (the newest 100 and the oldest 100). Results: bench/results/scale-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -gt 0 ] || { sed -n 2,20p "$0"; exit 2; }
app_port=${APP_PORT:-18321}
management_port=${MANAGEMENT_PORT:-18322}
export PGUSER=${PGUSER:-postgres}

THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-4}
. bench/lib.sh
bench_setup
warmup=${WARMUP:-40s}
cache=${CACHE:-off}
[ "$cache" = on ] && cache_enabled=true || cache_enabled=false
grep -q postgresql target/quarkus-app/quarkus-app-dependencies.txt \
  || { echo "target/quarkus-app is not a -Ppostgresql build: ./mvnw -B -q -Ppostgresql -DskipTests package" >&2; exit 2; }

out=${OUT:-bench/results/scale-$(date -u +%Y-%m-%d).md}
{
  echo "# Reads at scale: a list page, an article, its related teasers (PostgreSQL)"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2),"
  echo "PostgreSQL $(psql -Atc 'show server_version' "$(echo "${1#*=}" | sed 's#^jdbc:postgresql://#postgresql://#')" 2>/dev/null || true), wrk $bench_threads thread(s) / $bench_connections connections / $bench_duration per read after a $warmup warm-up."
  echo "CPU/request: the app's user + system CPU time over the run divided by the requests it answered."
  echo "Response cache: $cache (masthead.cache.enabled=$cache_enabled)."
  echo
  echo "| articles | read | requests/s | CPU/request | p50 | p90 | p99 | non-2xx |"
  echo "|---|---|---|---|---|---|---|---|"
} > "$out"
plans="$work/plans.md"
: > "$plans"
: > "$work/explain-rows"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }

# One measured row: wrk against a URL (optionally with a Lua script), with CPU per request.
row() {
  local size=$1 label=$2 url=$3 script=${4:-}
  local args=(-t"$bench_threads" -c"$bench_connections" -d"$bench_duration" --latency)
  [ -n "$script" ] && args+=(-s "$script")
  local before after
  before=$(cpu_ticks)
  wrk "${args[@]}" "$url" > "$work/wrk.txt"
  after=$(cpu_ticks)
  local requests rps p50 p90 p99 errors cpu
  requests=$(awk '/requests in/{print $1}' "$work/wrk.txt")
  rps=$(awk '/Requests\/sec/{print $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%"{print $2}' "$work/wrk.txt")
  p90=$(awk '$1=="90%"{print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%"{print $2}' "$work/wrk.txt")
  errors=$(awk '/Non-2xx/{print $5}' "$work/wrk.txt")
  cpu=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN{printf "%.3f ms", t * 1000 / hz / n}')
  echo "| $size | $label | $rps | $cpu | $p50 | $p90 | $p99 | ${errors:-0} |" >> "$out"
  echo "$size $label: $rps req/s, $cpu CPU/request, p50 $p50, p99 $p99"
}

# EXPLAIN (ANALYZE, BUFFERS) of one statement, run twice (the second, warm, is kept).
explain() {
  local size=$1 label=$2 db=$3 sql=$4
  psql -Atq "$db" -c "EXPLAIN (ANALYZE, BUFFERS) $sql" > /dev/null
  {
    echo "### $size articles: $label"
    echo
    echo '```'
    psql -Atq "$db" -c "EXPLAIN (ANALYZE, BUFFERS) $sql"
    echo '```'
    echo
  } >> "$plans"
  local summary
  summary=$(psql -Atq "$db" -c "EXPLAIN (ANALYZE, BUFFERS) $sql" \
    | awk '/Buffers:/ && !b {b=$0} /Execution Time/{t=$3} END{sub(/^ */, "", b); print t " ms, top node " b}')
  echo "| $size | $label | $summary |" >> "$work/explain-rows"
  echo "$size $label: $summary"
}

for arg in "$@"; do
  size=${arg%%=*}
  url=${arg#*=}
  db=$(echo "$url" | sed 's#^jdbc:postgresql://#postgresql://#')
  started=$(date +%s)
  QUARKUS_DATASOURCE_JDBC_URL="$url" QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    java -Xmx1g -Dquarkus.http.port=$app_port -Dquarkus.management.port=$management_port \
    -Dmasthead.content.synthetic-articles="$size" -Dmasthead.related.sweep-batch=0 \
    -Dmasthead.cache.enabled=$cache_enabled -jar target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
  app_pid=$!
  bench_await_ready $management_port 7200
  echo "$size: ready after $(( $(date +%s) - started )) s"
  grep -h "Synthetic content: added" "$work/app.log" || true
  total=$(psql -Atc "select count(*) from article where status = 'PUBLISHED'" "$db")

  # 200 published slugs: the newest 100 and the oldest 100. Cold caches can make a first read
  # outlast the statement timeout (503): ask again.
  for _ in 1 2 3 4 5; do curl -fs "http://127.0.0.1:$app_port/api/v1/articles?limit=100" > "$work/p1.json" && break; sleep 2; done
  for _ in 1 2 3 4 5; do curl -fs "http://127.0.0.1:$app_port/api/v1/articles?limit=100&sort=publishedAt" > "$work/p2.json" && break; sleep 2; done
  python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
slugs = [a["slug"] for f in ("p1.json", "p2.json") for a in json.load(open(f"{work}/{f}"))["data"]]
for name, suffix in (("article", ""), ("related", "/related")):
    with open(f"{work}/{name}.lua", "w") as lua:
        lua.write("slugs = {" + ",".join(f'"{s}"' for s in slugs) + "}\n")
        lua.write("i = 0\nrequest = function()\n  i = i + 1\n"
                  f"  return wrk.format('GET', '/api/v1/articles/' .. slugs[(i % #slugs) + 1] .. '{suffix}')\nend\n")
with open(f"{work}/slugs", "w") as f:
    f.write("\n".join(slugs) + "\n")
PY
  # First reads: a related rail is ranked and stored on its first read. Timed, as the cold cost.
  first=$(date +%s%N)
  while read -r slug; do
    curl -fs -o /dev/null "http://127.0.0.1:$app_port/api/v1/articles/$slug/related" || echo "$size: first related read of $slug failed" >&2
  done < "$work/slugs"
  echo "$size: 200 first related reads (ranking and storing) took $(( ($(date +%s%N) - first) / 1000000 )) ms"
  first_reads=$(( ($(date +%s%N) - first) / 200000000 ))
  list="http://127.0.0.1:$app_port/api/v1/articles?limit=20"
  for target in "$list" "http://127.0.0.1:$app_port -s $work/article.lua" "http://127.0.0.1:$app_port -s $work/related.lua"; do
    # shellcheck disable=SC2086
    wrk -t"$bench_threads" -c"$bench_connections" -d"$warmup" $target > /dev/null
  done

  row "$size ($total published)" "GET /articles?limit=20 (first list page)" "$list"
  row "$size ($total published)" "GET /articles/{slug} (200 slugs rotating)" "http://127.0.0.1:$app_port" "$work/article.lua"
  row "$size ($total published)" "GET /articles/{slug}/related (200 slugs rotating)" "http://127.0.0.1:$app_port" "$work/related.lua"

  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

  # The statements behind the reads, as the app sends them (one newest and one oldest slug).
  newest=$(head -1 "$work/slugs"); oldest=$(tail -1 "$work/slugs")
  explain "$size" "first list page" "$db" "SELECT a.id FROM article a WHERE a.status = 'PUBLISHED' AND a.published_at <= now() ORDER BY a.published_at DESC NULLS FIRST, a.id DESC LIMIT 21"
  explain "$size" "article by slug" "$db" "SELECT a.*, s.* FROM article a JOIN section s ON s.id = a.section_id WHERE a.slug = '$oldest' AND a.status = 'PUBLISHED' AND a.published_at <= now()"
  for which in newest oldest; do
    slug=${!which}
    explain "$size" "related teasers, stored ranking ($which article)" "$db" "SELECT t.related_id, a.slug FROM related_set s LEFT JOIN related_teaser t ON t.article_id = s.article_id LEFT JOIN article a ON a.id = t.related_id AND a.status = 'PUBLISHED' AND a.published_at <= now() WHERE s.article_id = (SELECT id FROM article WHERE slug = '$slug') ORDER BY t.position"
  done
  echo "| $size ($total published) | first related read, ranking and storing (mean of 200, one at a time, curl) | | | ${first_reads} ms | | | |" >> "$out"
done
{
  echo
  echo "The first related read of an article ranks the newest 150 candidates sharing its section, tags or"
  echo "authors and stores the ranking (related_set, related_teaser); every later read takes the stored"
  echo "ranking with one indexed query. Rows above were measured after those first reads."
  echo
  echo "## The statements behind the reads (EXPLAIN ANALYZE, warm; buffers are pages touched, whatever the load)"
  echo
  echo "| articles | statement | execution time, pages touched |"
  echo "|---|---|---|"
  cat "$work/explain-rows"
  echo
  echo "## Query plans"
  echo
  cat "$plans"
} >> "$out"
echo "wrote $out"
