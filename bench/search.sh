#!/usr/bin/env bash
# Text search (q) latency and throughput at scale.
#
#   bench/search.sh [articles]                        (default 100000, embedded H2)
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/masthead_bench DB_USER=postgres bench/search.sh 1000000
#
# The packaged app (JAR, default target/quarkus-app/quarkus-run.jar; build it with
# -Ppostgresql for DB_URL) on a database filled by the synthetic content generator, whose
# words follow Zipf's law: a handful of queries (a rare word, a common word, two words,
# a section filter; relevance and newest-first orders), each timed from a single client,
# one request after another after a warm-up (p50/p99 of up to REPS requests or BUDGET
# seconds, at least 3), then a few of them under CONNECTIONS concurrent connections with wrk.
# Every request reaches the database: the app keeps no response cache.
#
# H2_DIR keeps the H2 database in that folder, so a second run (or another build, e.g. the
# previous LIKE search, JAR=...) reuses it instead of generating again; likewise a
# PostgreSQL database is filled only up to the number asked for. A build that refuses
# sort=relevance (400) gets "-" in those rows.
# Results go to bench/results/search-<date>.md (OUT to change; LABEL names the build).
set -euo pipefail
cd "$(dirname "$0")/.."

size=${1:-100000}
app_port=${PORT:-18424}
jar=${JAR:-target/quarkus-app/quarkus-run.jar}
reps=${REPS:-200}
budget=${BUDGET:-40}
label=${LABEL:-this build}
CONNECTIONS=${CONNECTIONS:-4}
DURATION=${DURATION:-15s}

. bench/lib.sh
bench_setup

db_args=()
if [ -n "${DB_URL:-}" ]; then
  db_args=(-Dquarkus.datasource.jdbc.url="$DB_URL" -Dquarkus.datasource.username="${DB_USER:-postgres}")
  db_name="PostgreSQL $(psql "$(echo "$DB_URL" | sed 's/^jdbc://; s/?.*//')" -U "${DB_USER:-postgres}" -Atc 'show server_version' 2>/dev/null || echo '?')"
else
  h2_dir=${H2_DIR:-$work/db}
  db_args=(-Dmasthead.h2.path="$h2_dir/masthead")
  db_name="embedded H2"
fi

java -Xmx2g -Dquarkus.http.port="$app_port" -Dquarkus.management.port=$((app_port + 1)) "${db_args[@]}" \
  -Dmasthead.content.synthetic-articles="$size" -jar "$jar" > "$work/app.log" 2>&1 &
app_pid=$!
bench_await_ready $((app_port + 1)) 3600
grep -h "Synthetic content: added" "$work/app.log" || true

# A rare word: one of the last invented names of the generator's vocabulary (same recipe).
rare=$(python3 -c '
code = 29000 * 7919 % 343000
word = ""
for _ in range(3):
    word += "bdfgklmnprstvz"[code % 70 // 5] + "aeiou"[code % 5]
    code //= 70
print(word)')
section=$(curl -fs "http://127.0.0.1:$app_port/api/v1/sections" | python3 -c '
import json, sys
print(json.load(sys.stdin)["data"][3]["slug"])')

queries=(
  "rare word, relevance|q=$rare&sort=relevance"
  "rare word, newest first|q=$rare&sort=-publishedAt"
  "common word, relevance|q=government&sort=relevance"
  "common word, newest first|q=government&sort=-publishedAt"
  "two words, relevance|q=nuclear%20sanctions&sort=relevance"
  "two words, newest first|q=nuclear%20sanctions&sort=-publishedAt"
  "common word in one section, relevance|q=government&section=$section&sort=relevance"
  "common word in one section, newest first|q=government&section=$section&sort=-publishedAt"
  "no q (plain list, for scale)|"
)

out=${OUT:-bench/results/search-$(date -u +%Y-%m-%d).md}
if [ ! -f "$out" ]; then
  echo "# Text search (q): latency and throughput at scale" > "$out"
fi
{
  echo
  echo "## $label: $size articles, $db_name"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Single client, one request at a time after a warm-up (10 requests, or ${budget}/4 s); then up to $reps timed requests or ${budget} s (at least 3) per query."
  echo "Matches: visible articles the query finds (GraphQL totalCount). Rare word: \`$rare\`; section: \`$section\`."
  echo
  echo "| query | matches | requests | p50 ms | p99 ms | mean ms | failed |"
  echo "|---|---|---|---|---|---|---|"
} >> "$out"

cat > "$work/timing.py" <<'PY'
import http.client, json, statistics, sys, time, urllib.parse

port, reps, budget, label, query, out = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
path = "/api/v1/articles" + ("?" + query if query else "")

def get():
    global conn
    start = time.perf_counter()
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status, (time.perf_counter() - start) * 1000
    except OSError:
        conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        return "timeout (120 s)", (time.perf_counter() - start) * 1000

status, _ = get()
if status == 400:
    with open(out, "a") as f:
        f.write(f"| {label} | - | - | - | - | - | {status}: not supported by this build |\n")
    print(f"{label}: {status}")
    sys.exit(0)

params = dict(urllib.parse.parse_qsl(query))
count = "-"
if "q" in params:
    gql = {"query": "query($q: String, $s: String) { articles(filter: {q: $q, section: $s}, first: 1) { totalCount } }",
           "variables": {"q": params["q"], "s": params.get("section")}}
    try:
        conn.request("POST", "/graphql", json.dumps(gql), {"Content-Type": "application/json"})
        count = json.loads(conn.getresponse().read())["data"]["articles"]["totalCount"]
    except (OSError, KeyError, TypeError, ValueError):
        conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

warm = time.perf_counter()
for _ in range(10):
    get()
    if time.perf_counter() - warm > budget / 4:
        break
samples, failures, started = [], {}, time.perf_counter()
while len(samples) + sum(failures.values()) < reps and (time.perf_counter() - started < budget
                                                        or len(samples) + sum(failures.values()) < 3):
    status, ms = get()
    if status == 200:
        samples.append(ms)
    else:
        failures[status] = failures.get(status, 0) + 1
failed = ", ".join(f"{n} x HTTP {s}" for s, n in failures.items()) or "0"
if not samples:
    with open(out, "a") as f:
        f.write(f"| {label} | {count} | {failed} | - | - | - | {failed} |\n")
    print(f"{label}: {failed}")
    sys.exit(0)
samples.sort()
p50 = statistics.median(samples)
p99 = samples[min(len(samples) - 1, int(round(0.99 * len(samples))) - 1)]
with open(out, "a") as f:
    f.write(f"| {label} | {count} | {len(samples)} | {p50:.1f} | {p99:.1f} | {statistics.mean(samples):.1f} | {failed} |\n")
print(f"{label}: matches {count}, n={len(samples)}, p50 {p50:.1f} ms, p99 {p99:.1f} ms")
PY

for entry in "${queries[@]}"; do
  python3 "$work/timing.py" "$app_port" "$reps" "$budget" "${entry%%|*}" "${entry#*|}" "$out"
done

{
  echo
  echo "Under load: wrk, $bench_threads threads, $CONNECTIONS connections, $DURATION per query."
  echo
  echo "| query | requests/s | p50 | p90 | p99 | max | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
} >> "$out"
bench_connections=$CONNECTIONS
bench_duration=$DURATION
for entry in "${queries[0]}" "${queries[2]}" "${queries[3]}" "${queries[8]}"; do
  query=${entry#*|}
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/api/v1/articles?$query")
  if [ "$status" != 200 ]; then
    echo "| ${entry%%|*} | - | - | - | - | - | $status: not supported by this build |" >> "$out"
    continue
  fi
  bench_wrk_row "" "${entry%%|*}" "http://127.0.0.1:$app_port/api/v1/articles?$query"
done

kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
echo "wrote $out"
