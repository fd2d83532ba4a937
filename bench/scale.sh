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
# some (say 196,000), stop it, and copy them up with bench/scale-copy.sql (about 15 minutes).
# One instance of the app per size runs side by side, with the background sweep off so
# nothing but the measured reads runs, and the response cache off (CACHE=on keeps it: every
# read below would then be a hit, which costs the same at any size and says nothing about the
# database). Sizes are measured interleaved, so a machine that speeds up or slows down
# during the run (a shared cloud machine does, by half and more) weighs on every size alike:
#   1. every read below once per instance, unmeasured: stored related rankings fill on first read;
#   2. a JIT warm-up of WARMUP (default 40s) per instance on each of the three reads;
#   3. ROUNDS (default 3) rounds; in each, per read, wrk at low concurrency (THREADS=1,
#      CONNECTIONS=4, DURATION=10s) against each instance in turn: requests/s, latency
#      percentiles and the app's CPU time per request (from /proc, user + system);
#   4. EXPLAIN (ANALYZE, BUFFERS) of the statements behind each read, on the database itself.
# Articles and related teasers rotate over 200 published slugs spread over the archive
# (the newest 100 and the oldest 100). Results: bench/results/scale-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -gt 0 ] || { sed -n 2,26p "$0"; exit 2; }
app_port=${APP_PORT:-18321}
export PGUSER=${PGUSER:-postgres}

THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-4}
DURATION=${DURATION:-10s}
. bench/lib.sh
bench_setup
warmup=${WARMUP:-40s}
rounds=${ROUNDS:-3}
cache=${CACHE:-off}
[ "$cache" = on ] && cache_enabled=true || cache_enabled=false
grep -q postgresql target/quarkus-app/quarkus-app-dependencies.txt \
  || { echo "target/quarkus-app is not a -Ppostgresql build: ./mvnw -B -q -Ppostgresql -DskipTests package" >&2; exit 2; }
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; bench_cleanup' EXIT

out=${OUT:-bench/results/scale-$(date -u +%Y-%m-%d).md}
plans="$work/plans.md"
: > "$plans"
: > "$work/explain-rows"

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

# Start one instance per size, side by side: instance i listens on app_port + 2i and its
# management interface on the port after.
sizes=(); dbs=(); totals=()
for i in $(seq 0 $(($# - 1))); do
  arg=${@:$((i + 1)):1}
  size=${arg%%=*}; url=${arg#*=}
  sizes+=("$size"); dbs+=("$(echo "$url" | sed 's#^jdbc:postgresql://#postgresql://#')")
  QUARKUS_DATASOURCE_JDBC_URL="$url" QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    java -Xmx1g -Dquarkus.http.port=$((app_port + 2 * i)) -Dquarkus.management.port=$((app_port + 2 * i + 1)) \
    -Dmasthead.content.synthetic-articles="$size" -Dmasthead.related.sweep-batch=0 \
    -Dmasthead.cache.enabled=$cache_enabled -jar target/quarkus-app/quarkus-run.jar > "$work/app-$i.log" 2>&1 &
  pids+=($!)
done
for i in "${!sizes[@]}"; do
  bench_await_ready $((app_port + 2 * i + 1)) 7200
  grep -h "Synthetic content: added" "$work/app-$i.log" || true
  totals+=("$(psql -Atc "select count(*) from article where status = 'PUBLISHED'" "${dbs[$i]}")")
done
echo "ready: ${sizes[*]}"

for i in "${!sizes[@]}"; do
  base="http://127.0.0.1:$((app_port + 2 * i))"
  # 200 published slugs: the newest 100 and the oldest 100. Cold caches can make a first read
  # outlast the statement timeout (503): ask again.
  for _ in 1 2 3 4 5; do curl -fs "$base/api/v1/articles?limit=100" > "$work/p1.json" && break; sleep 2; done
  for _ in 1 2 3 4 5; do curl -fs "$base/api/v1/articles?limit=100&sort=publishedAt" > "$work/p2.json" && break; sleep 2; done
  python3 - "$work" "$i" <<'PY'
import json, sys
work, i = sys.argv[1], sys.argv[2]
slugs = [a["slug"] for f in ("p1.json", "p2.json") for a in json.load(open(f"{work}/{f}"))["data"]]
for name, suffix in (("article", ""), ("related", "/related")):
    with open(f"{work}/{name}-{i}.lua", "w") as lua:
        lua.write("slugs = {" + ",".join(f'"{s}"' for s in slugs) + "}\n")
        lua.write("i = 0\nrequest = function()\n  i = i + 1\n"
                  f"  return wrk.format('GET', '/api/v1/articles/' .. slugs[(i % #slugs) + 1] .. '{suffix}')\nend\n")
with open(f"{work}/slugs-{i}", "w") as f:
    f.write("\n".join(slugs) + "\n")
PY
  # First reads: a related rail is ranked and stored on its first read. Timed, as the cold cost.
  first=$(date +%s%N)
  while read -r slug; do
    curl -fs -o /dev/null "$base/api/v1/articles/$slug/related" || echo "${sizes[$i]}: first related read of $slug failed" >&2
  done < "$work/slugs-$i"
  first_ms=$(( ($(date +%s%N) - first) / 200000000 ))
  echo "$first_ms" > "$work/first-$i"
  echo "${sizes[$i]}: 200 first related reads (ranking and storing) took $((first_ms * 200)) ms"
done

reads=("GET /articles?limit=20 (first list page)" "GET /articles/{slug} (200 slugs rotating)"
  "GET /articles/{slug}/related (200 slugs rotating)")
# wrk target for read r on instance i
target() {
  local base="http://127.0.0.1:$((app_port + 2 * $2))"
  case $1 in
    0) echo "$base/api/v1/articles?limit=20" ;;
    1) echo "$base -s $work/article-$2.lua" ;;
    2) echo "$base -s $work/related-$2.lua" ;;
  esac
}
for r in 0 1 2; do
  for i in "${!sizes[@]}"; do
    # shellcheck disable=SC2046
    wrk -t"$bench_threads" -c"$bench_connections" -d"$warmup" $(target $r "$i") > /dev/null
  done
done

# Rounds: per read, each instance in turn; requests, CPU ticks and latencies kept per (read, instance).
for round in $(seq 1 "$rounds"); do
  for r in 0 1 2; do
    for i in "${!sizes[@]}"; do
      before=$(awk '{print $14 + $15}' "/proc/${pids[$i]}/stat")
      # shellcheck disable=SC2046
      wrk -t"$bench_threads" -c"$bench_connections" -d"$bench_duration" --latency $(target $r "$i") > "$work/wrk.txt"
      after=$(awk '{print $14 + $15}' "/proc/${pids[$i]}/stat")
      awk -v r="$r" -v i="$i" -v round="$round" -v ticks=$((after - before)) '
        /requests in/ {n = $1} /Requests\/sec/ {rps = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2}
        /Non-2xx/ {bad = $5}
        END {print r, i, round, n, rps, ticks, p50, p99, bad + 0}' "$work/wrk.txt" >> "$work/rounds"
      echo "round $round, ${sizes[$i]}: ${reads[$r]}: $(tail -1 "$work/rounds")"
    done
  done
done
for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done

{
  echo "# Reads at scale: a list page, an article, its related teasers (PostgreSQL)"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), build $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2),"
  echo "PostgreSQL $(psql -Atc 'show server_version' "${dbs[0]}" 2>/dev/null || true). One instance per size side by side, $warmup warm-up per read and instance,"
  echo "then $rounds rounds of wrk ($bench_threads thread(s), $bench_connections connections, $bench_duration) per read, the sizes in turn."
  echo "Response cache: $cache (masthead.cache.enabled=$cache_enabled)."
  echo
  echo "requests/s: the mean of the rounds (each round's in brackets). CPU/request: the app's user +"
  echo "system CPU time over all rounds divided by the requests it answered. p50, p99: the median of the rounds'."
  echo
  echo "| articles | read | requests/s | CPU/request | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
  for r in 0 1 2; do
    for i in "${!sizes[@]}"; do
      awk -v r="$r" -v i="$i" -v hz="$(getconf CLK_TCK)" -v label="${sizes[$i]} (${totals[$i]} published)" -v read="${reads[$r]}" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        function median(a, k,   j, t, m, x) { for (j = 1; j <= k; j++) for (m = j + 1; m <= k; m++) if (a[m] < a[j]) { x = a[j]; a[j] = a[m]; a[m] = x }
          return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
        $1 == r && $2 == i {k++; n += $4; rps += $5; list = list (list ? ", " : "") $5; ticks += $6; p50[k] = ms($7); p99[k] = ms($8); bad += $9}
        END {printf "| %s | %s | %.1f (%s) | %.3f ms | %.2f ms | %.2f ms | %d |\n", label, read, rps / k, list, ticks * 1000 / hz / n, median(p50, k), median(p99, k), bad}' "$work/rounds"
    done
  done
  for i in "${!sizes[@]}"; do
    echo "| ${sizes[$i]} (${totals[$i]} published) | first related read, ranking and storing (mean of 200, one at a time, curl) | | | $(cat "$work/first-$i") ms | | |"
  done
  if [ ${#sizes[@]} -gt 1 ]; then
    last=$((${#sizes[@]} - 1))
    echo
    echo "Largest over smallest (${sizes[$last]} over ${sizes[0]} articles; above 1: dearer at the larger size):"
    echo
    echo "| read | CPU/request | requests/s (smallest over largest) |"
    echo "|---|---|---|"
    for r in 0 1 2; do
      awk -v r="$r" -v a=0 -v b="$last" -v read="${reads[$r]}" '
        $1 == r && $2 == a {na += $4; ta += $6; ra += $5; ka++} $1 == r && $2 == b {nb += $4; tb += $6; rb += $5; kb++}
        END {printf "| %s | %.2f | %.2f |\n", read, (tb / nb) / (ta / na), (ra / ka) / (rb / kb)}' "$work/rounds"
    done
  fi
} > "$out"

# The statements behind the reads, as the app sends them (one newest and one oldest slug).
for i in "${!sizes[@]}"; do
  size=${sizes[$i]}; db=${dbs[$i]}
  newest=$(head -1 "$work/slugs-$i"); oldest=$(tail -1 "$work/slugs-$i")
  explain "$size" "first list page" "$db" "SELECT a.id FROM article a WHERE a.status = 'PUBLISHED' AND a.published_at <= now() ORDER BY a.published_at DESC NULLS FIRST, a.id DESC LIMIT 21"
  explain "$size" "article by slug" "$db" "SELECT a.*, s.* FROM article a JOIN section s ON s.id = a.section_id WHERE a.slug = '$oldest' AND a.status = 'PUBLISHED' AND a.published_at <= now()"
  for which in newest oldest; do
    slug=${!which}
    explain "$size" "related teasers, stored ranking ($which article)" "$db" "SELECT t.related_id, a.slug FROM related_set s LEFT JOIN related_teaser t ON t.article_id = s.article_id LEFT JOIN article a ON a.id = t.related_id AND a.status = 'PUBLISHED' AND a.published_at <= now() WHERE s.article_id = (SELECT id FROM article WHERE slug = '$slug') ORDER BY t.position"
  done
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
sed -n '/^| articles | read/,/^$/p;/^| read | CPU/,/^$/p' "$out"
echo "wrote $out"
