#!/usr/bin/env bash
# Newsletter signup: does the answer's timing tell an address's state, and what rate can it take?
#
#   bench/signup.sh
#
# The packaged app on a fresh embedded H2 database, its mailer in mock mode (links logged,
# nothing sent) and its abuse limits lifted. Part 1 times signups one at a time, interleaved,
# for addresses that are new, pending, confirmed and unsubscribed (fresh ones each time for
# new and unsubscribed, since a signup changes those states), as someone probing the API
# would: once with the minimum answer time off, to show the raw difference, and once with
# the default. Part 2 puts load on signups of new addresses and re-signups of pending ones
# with wrk (minimum off, to measure capacity), beside nginx serving the same 202 body as a
# static file in the same run.
# Results go to bench/results/signup-<date>.md. Bounded: 20 s of load per target.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-20s}
threads=${THREADS:-2}
connections=${CONNECTIONS:-16}
samples=${SAMPLES:-300}
app_port=18385
static_port=18386

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

lifted=1000000000
start_app() { # minimum signup duration
  rm -rf "$work/db"
  java -Xmx1g -Dquarkus.http.port=$app_port -Dmasthead.h2.path="$work/db/masthead" \
    -Dquarkus.mailer.mock=true -Dquarkus.log.category.\"io.quarkus.mailer.runtime.MutinyMailerImpl\".level=WARN \
    -Dmasthead.newsletter.welcome-mail=false -Dmasthead.newsletter.ip-hash-key=bench \
    -Dmasthead.newsletter.signup-min-duration="$1" \
    -Dmasthead.newsletter.limits.signup-per-ip.requests=$lifted -Dmasthead.newsletter.limits.signup-per-address.requests=$lifted \
    -Dmasthead.newsletter.limits.confirm-per-ip.requests=$lifted -Dmasthead.newsletter.limits.confirm-per-address.requests=$lifted \
    -jar target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$app_port/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
}
stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

out="bench/results/signup-$(date -u +%Y-%m-%d).md"
{
  echo "# Newsletter signup: timing by address state, and throughput"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2),"
  echo "embedded H2, mailer in mock mode (the mail is handed off after the response either way), limits lifted."
  echo
} > "$out"

# Part 1: sequential, interleaved timing per state, after a warm-up of the same mix.
cat > "$work/timing.py" <<'PY'
import http.client, json, re, statistics, sys, time, uuid

port, log, samples, out, title = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
conn = http.client.HTTPConnection("127.0.0.1", port)

def post(path, body):
    start = time.perf_counter()
    conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
    response = conn.getresponse()
    data = response.read()
    return response.status, data, (time.perf_counter() - start) * 1000

def signup(email):
    return post("/api/v1/newsletter/subscriptions", {"email": email})

def addresses(letter, n):
    # The mock mailer logs addresses masked to their first letter; one letter per group.
    return [f"{letter}{uuid.uuid4().hex}@bench.example" for _ in range(n)]

def tokens(letter):
    pattern = re.compile(r"Mock CONFIRMATION mail to " + letter + r"\*\*\*@bench\.example; confirm: \S+token=([\w-]+); unsubscribe: \S+token=([\w-]+)")
    for _ in range(100):
        found = pattern.findall(open(log).read())
        if found:
            return found
        time.sleep(0.1)
    return []

def prepare(n):
    pending, confirmed, unsubscribed = addresses("p", n), addresses("c", n), addresses("u", n)
    for email in pending + confirmed + unsubscribed:
        assert signup(email)[0] == 202
    time.sleep(1)
    for confirm, _ in tokens("c")[-n:]:
        assert post("/api/v1/newsletter/confirmations", {"token": confirm})[0] == 200
    for _, unsubscribe in tokens("u")[-n:]:
        assert post("/api/v1/newsletter/unsubscribe", {"token": unsubscribe})[0] == 200
    return pending, confirmed, unsubscribed

def run(n, record):
    pending, confirmed, unsubscribed = prepare(n)
    fresh = addresses("n", n)
    times = {"new": [], "pending": [], "confirmed": [], "unsubscribed": []}
    bodies = set()
    for i in range(n):
        for state, email in (("new", fresh[i]), ("pending", pending[i]), ("confirmed", confirmed[i]), ("unsubscribed", unsubscribed[i])):
            status, body, ms = signup(email)
            assert status == 202, (state, status)
            bodies.add(body)
            times[state].append(ms)
    if record:
        with open(out, "a") as f:
            f.write(f"## 1. One client, one request at a time ({n} signups per state, interleaved), {title}\n\n")
            f.write("| address state | p50 | p90 | p99 | mean |\n|---|---|---|---|---|\n")
            for state, values in times.items():
                q = statistics.quantiles(values, n=100)
                f.write(f"| {state} | {q[49]:.2f} ms | {q[89]:.2f} ms | {q[98]:.2f} ms | {statistics.mean(values):.2f} ms |\n")
            f.write(f"\nDistinct response bodies across all {4 * n} answers: {len(bodies)}.\n\n")
        for state, values in times.items():
            print(state, f"p50 {statistics.median(values):.2f} ms")

run(100, False)  # warm-up: the JIT compiles every path first
run(samples, True)
PY
start_app 25ms
python3 "$work/timing.py" "$app_port" "$work/app.log" "$samples" "$out" "minimum answer time 25 ms (the default)"
stop_app
start_app 0s
python3 "$work/timing.py" "$app_port" "$work/app.log" "$samples" "$out" "minimum answer time off"

# Part 2: load.
python3 - "$work" <<'PY'
import sys, uuid
work = sys.argv[1]
with open(f"{work}/new.lua", "w") as lua:
    lua.write("""
counter = 0
setup = function(thread) counter = counter + 1; thread:set("tid", counter) end
n = 0
request = function()
  n = n + 1
  local body = '{"email":"load-' .. tid .. '-' .. n .. '-%s@bench.example"}'
  return wrk.format("POST", "/api/v1/newsletter/subscriptions", {["Content-Type"] = "application/json"}, body)
end
""" % uuid.uuid4().hex[:8])
pending = [f"again-{uuid.uuid4().hex}@bench.example" for _ in range(500)]
with open(f"{work}/pending.txt", "w") as f:
    f.write("\n".join(pending))
with open(f"{work}/pending.lua", "w") as lua:
    lua.write("emails = {" + ",".join(f'"{e}"' for e in pending) + "}\n")
    lua.write("""i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/api/v1/newsletter/subscriptions", {["Content-Type"] = "application/json"},
    '{"email":"' .. emails[(i % #emails) + 1] .. '"}')
end
""")
PY
while read -r email; do
  curl -fs -o /dev/null -H 'Content-Type: application/json' -d "{\"email\":\"$email\"}" "http://127.0.0.1:$app_port/api/v1/newsletter/subscriptions"
done < "$work/pending.txt"
mkdir -p "$work/static"
curl -fs -H 'Content-Type: application/json' -d '{"email":"static@bench.example"}' \
  "http://127.0.0.1:$app_port/api/v1/newsletter/subscriptions" > "$work/static/accepted.json"

{
  echo "## 2. Under load (wrk $threads threads / $connections connections / $duration per target), minimum answer time off"
  echo
  echo "| target | requests/s | p50 | p90 | p99 | max | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
} >> "$out"

wrk_row() { # label url [script]
  local label=$1 url=$2 script=${3:-}
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
  echo "| $label | $rps | $p50 | $p90 | $p99 | $max | ${errors:-0} |" >> "$out"
  echo "$label: $rps req/s, p50 $p50, p99 $p99"
}

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
chmod 755 "$work" "$work/static" && chmod 644 "$work/static/accepted.json"
nginx -c "$work/nginx.conf"
wrk_row "static file (nginx, the same 202 body)" "http://127.0.0.1:$static_port/accepted.json"
kill "$(cat "$work/nginx.pid")"; rm -f "$work/nginx.pid"; sleep 1
wrk -t"$threads" -c"$connections" -d10s -s "$work/new.lua" "http://127.0.0.1:$app_port" > /dev/null
wrk_row "POST signup, a new address each time (subscription, consent and outbox rows; then the send: tokens, mock mail, row deleted)" "http://127.0.0.1:$app_port" "$work/new.lua"
wrk_row "POST signup, 500 pending addresses again (row lock, no mail)" "http://127.0.0.1:$app_port" "$work/pending.lua"

echo >> "$out"
echo "Process RSS after the run: $(ps -o rss= -p "$app_pid" | awk '{printf "%.0f MiB", $1/1024}')." >> "$out"
echo "wrote $out"
