#!/usr/bin/env bash
# Hot public reads (issue 13): the packaged app beside nginx serving the very same bytes.
#
#   bench/reads.sh                       (ARTICLES=100000, DURATION=20s, CONNECTIONS=32)
#   ARTICLES=10000 DURATION=5s bench/reads.sh
#   SMOKE=1 bench/reads.sh               (CI: 500 articles, 1 s per row, 4 connections,
#                                         one 1 s warm-up slice, no soak; checks that every
#                                         row can be measured without errors, not the numbers)
#
# A fresh embedded H2 file database filled by the synthetic content generator
# (masthead.content.synthetic-articles), the packaged app (target/quarkus-app, heap HEAP,
# default 112m, with JAVA_OPTS, default the small-footprint options below) on it, and nginx (NGINX_WORKERS worker processes, default one per core, as
# many cores as the app gets) serving, as static files, the exact bytes the app answered to
# each measured request. Both run at once; each case is measured on the app, then on nginx,
# with wrk (THREADS=2, CONNECTIONS, DURATION, 10 s timeout):
#   article by slug, first list page, GraphQL article and list (POST, GET ?query=, and the
#   Apollo Automatic Persisted Query GET ?extensions=; "n/a" where the app does not support
#   it), related teasers, the LATEST rail, and a rotation over 200 different articles.
# Per row: req/s, p50/p99, the app's req/s as a share of nginx's, and the server's CPU per
# request (utime + stime of the app process, or of nginx's workers, from /proc before and
# after each run, divided by the requests wrk counted). The app's resident memory (VmRSS)
# after the cases. Before measuring, the app is warmed on a mix of all cases in WARMUP_SLICE
# (5s) slices until two slices in a row beat the best before them by 5 % or less (none
# counts before WARMUP_MIN seconds, default 30, and WARMUP_MIN_CACHE_OFF, 120, for the
# cache-off start; at most WARMUP_MAX seconds, default 180); how long that took is reported. Then a soak:
# SOAK_CONNECTIONS (64) connections for SOAK_DURATION (60s) on the mix, errors and VmRSS
# every 10 s. Last, the
# article case again on a second start of the app with -Dmasthead.cache.enabled=false
# (the response cache switched off; harmless where the setting does not exist), warmed the
# same way on the article alone.
#
# Requests carry no Accept-Encoding, so both servers send uncompressed JSON. POSTs go to
# the app; nginx, which does not serve static files to POST, gets the same bytes by GET.
# Results go to bench/results/reads-<date>.md (OUT to change; SMOKE prints them only).
# Exits non-zero if any row answered errors or could not be measured.
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=${SMOKE:-}
if [ -n "$smoke" ]; then
  ARTICLES=${ARTICLES:-500}
  DURATION=${DURATION:-1s}  # CI's 30 minutes are nearly spent by the two test suites
  CONNECTIONS=${CONNECTIONS:-4} # fewer queued requests, so a loaded CI machine still completes some in 2 s
  WARMUP_SLICE=${WARMUP_SLICE:-1s}
  WARMUP_MAX=${WARMUP_MAX:-1}
  WARMUP_MIN=${WARMUP_MIN:-0}
  WARMUP_MIN_CACHE_OFF=${WARMUP_MIN_CACHE_OFF:-0}
fi
articles=${ARTICLES:-100000}
# A small footprint, as README's "Memory" section recommends: a heap of about 96 MB plus the
# response cache (8M here: the cases' answers, 200 rotating articles among them, take about
# 2.5 MB plain and gzip together), most of it old generation, the serial collector, C2 only (no
# profiled C1 code and its data beside it), native memory given back every 2 s (an experimental
# option of Java 17.0.9 and later; ignored where unknown) and two malloc arenas.
heap=${HEAP:-104m}
java_opts=${JAVA_OPTS:--Xmn24m -XX:+UseSerialGC -XX:-TieredCompilation -Xss256k -XX:ReservedCodeCacheSize=64m -Dmasthead.cache.max-size=8M -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-20s}
warmup_slice=${WARMUP_SLICE:-5s}
warmup_max=${WARMUP_MAX:-180}
# Slices before this many seconds never count as flat: with C2 only, the interpreter's own
# plateau (before the first compilations) looked steady. The cache-off start compiles longer.
warmup_min=${WARMUP_MIN:-30}
warmup_min_cache_off=${WARMUP_MIN_CACHE_OFF:-120}
soak_connections=${SOAK_CONNECTIONS:-64}
soak_duration=${SOAK_DURATION:-60s}
nginx_workers=${NGINX_WORKERS:-$(nproc)}
app_port=${PORT:-18301}
management_port=${MANAGEMENT_PORT:-$((app_port + 1))}
static_port=${NGINX_PORT:-$((app_port + 2))}

. bench/lib.sh
bench_setup

if [ -n "$smoke" ]; then
  out=${OUT:-$work/reads.md}
else
  out=${OUT:-bench/results/reads-$(date -u +%Y-%m-%d).md}
fi
# DB_DIR keeps the database for the next run (generating 100,000 articles takes minutes); the
# generator only adds what is missing.
db_dir=${DB_DIR:-$work/db}
failures=()
app="http://127.0.0.1:$app_port"
static="http://127.0.0.1:$static_port"
ticks=$(getconf CLK_TCK)
started=$(date +%s)

start_app() { # extra JVM options...
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java -Xmx"$heap" $java_opts -Dquarkus.http.port="$app_port" -Dquarkus.management.port="$management_port" \
    -Dmasthead.h2.path="$db_dir/masthead" -Dmasthead.content.synthetic-articles="$articles" "$@" \
    -jar target/quarkus-app/quarkus-run.jar >> "$work/app.log" 2>&1 &
  app_pid=$!
  local since
  since=$(date +%s)
  bench_await_ready "$management_port" 7200 || { tail -50 "$work/app.log"; exit 1; }
  echo "app ready after $(( $(date +%s) - since )) s"
}
stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

# Sends each request of the mix once, one after another: the first answers of a cold app
# take long, and 32 of them at once could outlast a short wrk run.
prime() {
  python3 - "$app_port" "$work/mix.json" <<'PY'
import http.client, json, sys

failed = False
for method, target, body in json.load(open(sys.argv[2])):
    conn = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=120)
    conn.request(method, target, body, {"Content-Type": "application/json"} if body else {})
    response = conn.getresponse()
    response.read()
    if response.status != 200:
        print(f"{method} {target}: HTTP {response.status}", file=sys.stderr)
        failed = True
sys.exit(1 if failed else 0)
PY
}

# Warms the app on the mix of all cases in slices until req/s stops growing: two slices in
# a row that do not beat the best before them by more than 5 % (JIT compilation and the
# caches filling make the first slices slower); sets warmup_text.
# With arguments (a url and wrk options), warms on those requests instead of the mix.
warm_up() {
  local saved=$bench_duration slice_s=${warmup_slice%s} spent=0 best=0 flat=0 trace="" on="the mix of all cases"
  local target=("$app" -s "$work/mix-app.lua")
  if [ $# -gt 0 ]; then
    target=("$@") on="the measured case"
  fi
  prime || failures+=("a request of the mix failed before the warm-up")
  bench_duration=$warmup_slice
  while :; do
    bench_wrk "${target[@]}"
    [ "$wrk_errors" -gt 0 ] && failures+=("warm-up: $wrk_error_text")
    spent=$((spent + slice_s))
    trace="${trace:+$trace, }${wrk_rps:-0}"
    if [ "$spent" -gt "$warmup_min" ] && awk -v r="${wrk_rps:-0}" -v b="$best" 'BEGIN { exit !(b > 0 && r <= 1.05 * b) }'; then
      flat=$((flat + 1))
    else
      flat=0
    fi
    best=$(awk -v r="${wrk_rps:-0}" -v b="$best" 'BEGIN { print (r > b ? r : b) }')
    if [ "$flat" -ge 2 ]; then
      warmup_text="steady after $((spent - 2 * slice_s)) s: req/s grew by no more than 5 % after that (${slice_s} s slices of wrk on $on: $trace req/s)"
      break
    fi
    if [ "$spent" -ge "$warmup_max" ]; then
      warmup_text="$spent s, not steady yet: measured anyway (${slice_s} s slices of wrk on $on: $trace req/s)"
      break
    fi
  done
  bench_duration=$saved
  echo "warm-up: $warmup_text"
}

# Measures one case on the app, then on nginx, and appends both rows:
#   measure <label> <app url> <app lua or ""> <nginx url> [nginx lua]
measure() {
  local label=$1 app_url=$2 app_script=$3 static_url=$4 static_script=${5:-} before
  local a_rps a_p50 a_p99 a_cpu a_err n_rps n_p50 n_p99 n_cpu n_err share
  local args=() static_args=()
  [ -n "$app_script" ] && args=(-s "$app_script")
  [ -n "$static_script" ] && static_args=(-s "$static_script")
  before=$(bench_cpu_ticks "$app_pid")
  bench_wrk "$app_url" "${args[@]}"
  a_cpu=$(cpu_per_request "$before" "$(bench_cpu_ticks "$app_pid")" "$wrk_requests")
  a_rps=$wrk_rps a_p50=$wrk_p50_ms a_p99=$wrk_p99_ms a_err=${wrk_error_text:-0}
  check_row "$label, masthead"
  # shellcheck disable=SC2046 # one argument per worker
  before=$(bench_cpu_ticks $(bench_nginx_workers))
  bench_wrk "$static_url" "${static_args[@]}"
  # shellcheck disable=SC2046
  n_cpu=$(cpu_per_request "$before" "$(bench_cpu_ticks $(bench_nginx_workers))" "$wrk_requests")
  n_rps=$wrk_rps n_p50=$wrk_p50_ms n_p99=$wrk_p99_ms n_err=${wrk_error_text:-0}
  check_row "$label, nginx"
  share=$(awk -v a="${a_rps:-0}" -v n="${n_rps:-0}" 'BEGIN { if (n > 0) printf "%.1f %%", 100 * a / n; else print "-" }')
  echo "| $label | masthead | ${a_rps:--} | ${a_p50:--} | ${a_p99:--} | $share | $a_cpu | $a_err |" >> "$out"
  echo "| | nginx | ${n_rps:--} | ${n_p50:--} | ${n_p99:--} | | $n_cpu | $n_err |" >> "$out"
  echo "$label: masthead $a_rps req/s (p99 $a_p99 ms, $a_cpu ms CPU), nginx $n_rps req/s (p99 $n_p99 ms, $n_cpu ms CPU): $share"
}
cpu_per_request() { # ticks before, ticks after, requests
  awk -v b="$1" -v a="$2" -v n="${3:-0}" -v hz="$ticks" 'BEGIN { if (n > 0) printf "%.3f", (a - b) * 1000 / hz / n; else print "-" }'
}
check_row() {
  [ "${wrk_requests:-0}" -gt 0 ] || failures+=("$1: not measured (no request completed)")
  [ "$wrk_errors" -gt 0 ] && failures+=("$1: $wrk_error_text")
  return 0
}

echo "== Loading $articles synthetic articles into the H2 database in $db_dir (what is there is kept)"
start_app
grep -h "Synthetic content: added" "$work/app.log" || true

# The cases: each request as wrk sends it, its answer saved for nginx, and wrk scripts.
mkdir -p "$work/static/r"
python3 - "$app_port" "$work" <<'PY'
import hashlib, http.client, json, sys, urllib.parse

port, work = int(sys.argv[1]), sys.argv[2]

def send(method, target, body=None):
    """The request as wrk sends it: Host, and Content-Type/Content-Length with a body; nothing else."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.putrequest(method, target, skip_accept_encoding=True)
    if body is not None:
        data = body.encode()
        conn.putheader("Content-Type", "application/json")
        conn.putheader("Content-Length", str(len(data)))
        conn.endheaders(data)
    else:
        conn.endheaders()
    response = conn.getresponse()
    return response.status, response.read()

def get_json(target):
    status, data = send("GET", target)
    assert status == 200, f"GET {target}: {status} {data[:300]!r}"
    return json.loads(data)

# The hot article is the newest; the rotation takes the 100 newest and the 100 oldest.
newest = get_json("/api/v1/articles?limit=100")["data"]
oldest = get_json("/api/v1/articles?limit=100&sort=publishedAt")["data"]
slugs = list(dict.fromkeys(a["slug"] for a in newest + oldest))[:200]
hot = slugs[0]

article_query = ("query Article($slug: String!) { article(slug: $slug) { slug headline dek typeLabel publishedAt "
                 "updatedAt readingTimeMinutes section { slug name } authors { slug name } tags { slug name } "
                 "heroImage { url alt caption credit width height } body { html } } }")
list_query = ("query Articles { articles(first: 20) { pageInfo { hasNextPage endCursor } edges { node { slug headline "
              "dek typeLabel excerpt publishedAt section { slug name } authors { slug name } heroImage { url alt } } } } }")
compact = lambda value: json.dumps(value, separators=(",", ":"))

def persisted(query):
    return compact({"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(query.encode()).hexdigest()}})

cases = []  # id, label, method, target, body (or None)
cases.append(("article", "article by slug", "GET", f"/api/v1/articles/{hot}", None))
cases.append(("list", "first list page", "GET", "/api/v1/articles", None))
for name, label, query, variables in (("gql-article", "GraphQL article", article_query, {"slug": hot}),
                                      ("gql-list", "GraphQL list", list_query, None)):
    post = {"query": query}
    get = {"query": query}
    apq = {}
    if variables:
        post["variables"] = variables
        get["variables"] = compact(variables)
        apq["variables"] = compact(variables)
    apq["extensions"] = persisted(query)
    cases.append((f"{name}-post", f"{label}, POST", "POST", "/graphql", compact(post)))
    cases.append((f"{name}-get", f"{label}, GET ?query=", "GET", "/graphql?" + urllib.parse.urlencode(get), None))
    cases.append((f"{name}-apq", f"{label}, persisted GET", "GET", "/graphql?" + urllib.parse.urlencode(apq),
                  {"query": query, "variables": variables, "extensions": json.loads(apq["extensions"])}))
cases.append(("related", "related teasers", "GET", f"/api/v1/articles/{hot}/related", None))
cases.append(("latest", "LATEST rail", "GET", "/api/v1/latest", None))

def usable(data):
    try:
        answer = json.loads(data)
    except ValueError:
        return False
    return not (isinstance(answer, dict) and answer.get("errors"))

def lua_string(text):
    assert "]==]" not in text
    return "[==[" + text + "]==]"

rows, mix = [], []
for case_id, label, method, target, body in cases:
    if case_id.endswith("-apq"):
        registration, body = body, None
        status, data = send("GET", target)
        if status != 200 or not usable(data):
            # Apollo's protocol: the hash alone first; on PersistedQueryNotFound the client sends
            # the query with the hash once (POST, as Apollo's link retries), then the hash works.
            send("POST", "/graphql", compact(registration))
            status, data = send("GET", target)
        if status != 200 or not usable(data):
            try:
                reason = json.loads(data)["errors"][0]["message"]
            except (ValueError, KeyError, IndexError, TypeError):
                reason = data.decode(errors="replace")
            reason = reason.replace("|", "/").replace("\n", " ")[:160]
            rows.append(f"{case_id}\t{label}\t-\t-\t-\tn/a: HTTP {status}: {reason}")
            print(f"{label}: not supported by this build (HTTP {status}: {reason})")
            continue
    else:
        status, data = send(method, target, body)
        assert status == 200 and usable(data), f"{method} {target}: {status} {data[:300]!r}"
    with open(f"{work}/static/{case_id}.json", "wb") as f:
        f.write(data)
    query = target.partition("?")[2]
    static_target = f"/{case_id}.json" + (f"?{query}" if query else "")
    script = "-"
    if method == "POST":
        script = f"{work}/{case_id}.lua"
        with open(script, "w") as lua:
            lua.write(f'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = {lua_string(body)}\n')
    rows.append(f"{case_id}\t{label}\t{target}\t{script}\t{static_target}\tok")
    mix.append((method, target, body))

# The rotation: 200 articles, round robin; nginx gets the same 200 answers as files.
for slug in slugs:
    status, data = send("GET", f"/api/v1/articles/{slug}")
    assert status == 200, f"GET /api/v1/articles/{slug}: {status}"
    with open(f"{work}/static/r/{slug}", "wb") as f:
        f.write(data)
for server, prefix in (("app", "/api/v1/articles/"), ("nginx", "/r/")):
    with open(f"{work}/rotation-{server}.lua", "w") as lua:
        lua.write("slugs = {" + ",".join(f'"{s}"' for s in slugs) + "}\n")
        lua.write(f'i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", "{prefix}" .. slugs[(i % #slugs) + 1])\nend\n')
rows.append(f"rotation\trotation over {len(slugs)} articles\t/\t{work}/rotation-app.lua\t/\tok")
mix += [("GET", f"/api/v1/articles/{slug}", None) for slug in slugs[1:21]]

# The mix (warm-up and soak): every case and 20 articles of the rotation, round robin.
with open(f"{work}/mix-app.lua", "w") as lua:
    lua.write("local mix = {\n")
    for method, target, body in mix:
        lua.write(f'  {{"{method}", {lua_string(target)}, {lua_string(body) if body else "nil"}}},\n')
    lua.write("}\nlocal requests, i = {}, 0\n"
              "init = function(args)\n  for n, r in ipairs(mix) do\n"
              '    local headers = r[3] and {["Content-Type"] = "application/json"} or {}\n'
              "    requests[n] = wrk.format(r[1], r[2], headers, r[3])\n  end\nend\n"
              "request = function()\n  i = i + 1\n  return requests[(i % #requests) + 1]\nend\n")
with open(f"{work}/mix.json", "w") as f:
    json.dump(mix, f)
with open(f"{work}/cases.tsv", "w") as f:
    f.write("\n".join(rows) + "\n")
print(f"{len(rows)} cases, hot article {hot}, rotation over {len(slugs)} articles")
PY

bench_nginx_start "$work/static" "$static_port" "$nginx_workers"
while IFS=$'\t' read -r case_id _ target _ static_target status; do
  [ "$status" = ok ] || continue
  [ "$case_id" = rotation ] && continue
  cmp -s <(curl -fs "$static$static_target") "$work/static/$case_id.json" || { echo "nginx does not serve $case_id" >&2; exit 1; }
done < "$work/cases.tsv"

commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
git diff --quiet HEAD -- src pom.xml 2>/dev/null || commit="$commit (with uncommitted changes)"
{
  echo "# Hot public reads: the app beside nginx serving the same bytes"
  echo
  echo "\`bench/reads.sh\`$([ -n "$smoke" ] && echo " (SMOKE: checks that it runs; the numbers mean nothing)"), $(date -u '+%Y-%m-%d %H:%M UTC'), build $commit."
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)), $(free -m | awk '/Mem:/{printf "%.1f", $2 / 1024}') GiB RAM, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2), nginx $(nginx -v 2>&1 | cut -d/ -f2), load average at start $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Settings: $articles synthetic articles on embedded H2, \`-Xmx$heap $java_opts\`, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX; wrk $bench_threads threads, $bench_connections connections, $bench_duration per row, no Accept-Encoding; nginx $nginx_workers worker(s), same machine, same run."
} > "$out"

echo "== Warming up"
warm_up
{
  echo "Warm-up: $warmup_text."
  echo
  echo "| case | server | req/s | p50 (ms) | p99 (ms) | app to nginx | CPU per request (ms) | errors |"
  echo "|---|---|---|---|---|---|---|---|"
} >> "$out"

echo "== Measuring (app, then nginx, per case)"
while IFS=$'\t' read -r case_id label target script static_target status; do
  if [ "$status" != ok ]; then
    echo "| $label | masthead | n/a | | | | | ${status#n/a: } |" >> "$out"
    echo "$label: n/a"
    continue
  fi
  [ "$script" = - ] && script=""
  if [ "$case_id" = rotation ]; then
    measure "$label" "$app" "$script" "$static" "$work/rotation-nginx.lua"
  else
    measure "$label" "$app$target" "$script" "$static$static_target"
  fi
done < "$work/cases.tsv"
rss=$(bench_rss_mib "$app_pid")
{
  echo
  echo "Resident memory of the app after these runs: $rss MiB (VmRSS, heap \`-Xmx$heap\`)."
} >> "$out"
echo "app resident memory after the runs: $rss MiB"

if [ -z "$smoke" ]; then
  echo "== Soak: $soak_connections connections for $soak_duration on the mix"
  : > "$work/rss.txt"
  (
    while sleep 10; do echo "$(bench_rss_mib "$app_pid")" >> "$work/rss.txt"; done
  ) &
  sampler=$!
  saved_connections=$bench_connections saved_duration=$bench_duration
  bench_connections=$soak_connections bench_duration=$soak_duration
  soak_before=$(bench_cpu_ticks "$app_pid")
  bench_wrk "$app" -s "$work/mix-app.lua"
  soak_cpu=$(cpu_per_request "$soak_before" "$(bench_cpu_ticks "$app_pid")" "$wrk_requests")
  bench_connections=$saved_connections bench_duration=$saved_duration
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  samples=$(paste -sd' ' "$work/rss.txt" | sed 's/ *$//; s/ /, /g')
  growth=$(awk 'NR==1{first=$1} {last=$1} END { if (NR > 1) printf "%+d MiB (%+.1f %%) from the first sample to the last", last - first, 100 * (last - first) / first }' "$work/rss.txt")
  check_row "soak"
  {
    echo
    echo "Soak: $soak_connections connections for $soak_duration on the mix of all cases: $wrk_rps req/s, p99 $wrk_p99_ms ms, $wrk_requests requests, errors: ${wrk_error_text:-none}, CPU $soak_cpu ms per request."
    echo "Resident memory every 10 s (MiB): $samples; $growth."
  } >> "$out"
  echo "soak: $wrk_rps req/s, errors ${wrk_error_text:-none}, RSS $samples MiB"
fi
stop_app

echo "== The article again with the response cache off (-Dmasthead.cache.enabled=false)"
start_app -Dmasthead.cache.enabled=false
cmp -s <(curl -fs -H 'Accept:' -H 'User-Agent:' "$app$(awk -F'\t' '$1=="article"{print $3}' "$work/cases.tsv")") "$work/static/article.json" \
  || failures+=("cache off: the article's bytes differ from the cached run's")
# On the article itself: with the cache off the mix's lists and GraphQL cost many times an
# article, and the compiler would reach the article's path last.
warmup_min=$warmup_min_cache_off
warm_up "$app$(awk -F'\t' '$1=="article"{print $3}' "$work/cases.tsv")"
{
  echo
  echo "With the response cache off (a second start on the same database, \`-Dmasthead.cache.enabled=false\`). Warm-up: $warmup_text."
  echo
  echo "| case | server | req/s | p50 (ms) | p99 (ms) | app to nginx | CPU per request (ms) | errors |"
  echo "|---|---|---|---|---|---|---|---|"
} >> "$out"
measure "article by slug, cache off" "$app$(awk -F'\t' '$1=="article"{print $3}' "$work/cases.tsv")" "" "$static/article.json"
rss=$(bench_rss_mib "$app_pid")
echo >> "$out"
echo "Resident memory of the app after these runs: $rss MiB." >> "$out"
stop_app
bench_nginx_stop

{
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "nginx serves each answer's exact bytes as a static file (POST cases by GET, GraphQL GETs with the same query string)."
  echo "CPU per request: utime + stime of the app's process (nginx: its workers) over the run, divided by the requests wrk counted; wrk runs on the same cores."
  if [ ${#failures[@]} -gt 0 ]; then
    echo
    echo "Failures:"
    printf -- '- %s\n' "${failures[@]}"
  fi
} >> "$out"

echo
cat "$out"
echo
echo "wrote $out in $(( $(date +%s) - started )) s"
if [ ${#failures[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${failures[@]}" >&2
  exit 1
fi
