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

samples=${SAMPLES:-300}
app_port=18385
static_port=18386
management_port=18388

. bench/lib.sh
bench_setup

lifted=1000000000
start_app() { # minimum signup duration
  rm -rf "$work/db"
  java -Xmx1g -Dquarkus.http.port=$app_port -Dquarkus.management.port=$management_port -Dmasthead.h2.path="$work/db/masthead" \
    -Dquarkus.mailer.mock=true -Dquarkus.log.category.\"io.quarkus.mailer.runtime.MutinyMailerImpl\".level=WARN \
    -Dmasthead.newsletter.welcome-mail=false -Dmasthead.newsletter.ip-hash-key=bench \
    -Dmasthead.newsletter.signup-min-duration="$1" \
    -Dmasthead.newsletter.limits.signup-per-ip.requests=$lifted -Dmasthead.newsletter.limits.signup-per-address.requests=$lifted \
    -Dmasthead.newsletter.limits.confirm-per-ip.requests=$lifted -Dmasthead.newsletter.limits.confirm-per-address.requests=$lifted \
    -jar target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
  app_pid=$!
  bench_await_ready $management_port 120
}
stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

out=${OUT:-bench/results/signup-$(date -u +%Y-%m-%d).md}
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
  echo "## 2. Under load (wrk $bench_threads threads / $bench_connections connections / $bench_duration per target), minimum answer time off"
  echo
  echo "| target | requests/s | p50 | p90 | p99 | max | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
} >> "$out"

bench_nginx_start "$work/static" $static_port
bench_wrk_row "" "static file (nginx, the same 202 body)" "http://127.0.0.1:$static_port/accepted.json"
bench_nginx_stop
wrk -t"$bench_threads" -c"$bench_connections" -d10s -s "$work/new.lua" "http://127.0.0.1:$app_port" > /dev/null
bench_wrk_row "" "POST signup, a new address each time (subscription, consent and outbox rows; then the send: tokens, mock mail, row deleted)" "http://127.0.0.1:$app_port" "$work/new.lua"
bench_wrk_row "" "POST signup, 500 pending addresses again (row lock, no mail)" "http://127.0.0.1:$app_port" "$work/pending.lua"

echo >> "$out"
echo "Process RSS after the run: $(ps -o rss= -p "$app_pid" | awk '{printf "%.0f MiB", $1/1024}')." >> "$out"
echo "wrote $out"
