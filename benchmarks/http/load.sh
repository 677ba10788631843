#!/usr/bin/env bash
# HTTP load benchmark of the decision service's fat jar (see benchmarks/README.md, "HTTP load").
#
#   benchmarks/http/load.sh [seconds]        default 30 s per scenario
#
# Starts the service (service.sh: embedded stores, or PostgreSQL when DATASOURCES_DEFAULT_URL/USERNAME/PASSWORD
# are set; rate limits off), warms it up, then measures:
#   - throughput and latency with wrk (closed loop, 16 connections): /calculate served from the cache,
#     /calculate with a cache miss on every request, /recommendations (every destination ranked), /track-implicit;
#   - latency at a fixed rate with hey (open loop): /calculate from the cache and /recommendations.
# Prints a Markdown table. Loopback only; every run is bounded in time and stops by itself.
set -euo pipefail

readonly SECONDS_PER_RUN="${1:-30}"
command -v hey >/dev/null || { echo "hey is missing: apt-get install -y hey" >&2; exit 1; }
# shellcheck source=service.sh
source "$(dirname "${BASH_SOURCE[0]}")/service.sh"

HIT='{"destinationId":"JP","userId":"bench-hit","travelDates":{"startDate":"2027-04-01","endDate":"2027-04-10"}}'
RECOMMEND='{"userId":"bench-rank","travelDates":{"startDate":"2027-07-01","endDate":"2027-07-14"},"limit":10}'

echo "warming up (JIT, rules, caches)" >&2
BODY="${HIT}" wrk -t2 -c8 -d10s -s "${HERE}/post-body.lua" "${BASE}/api/confidence/calculate" >/dev/null
wrk -t2 -c8 -d10s -s "${HERE}/calculate-miss.lua" "${BASE}/api/confidence/calculate" >/dev/null
BODY="${RECOMMEND}" wrk -t2 -c4 -d10s -s "${HERE}/post-body.lua" "${BASE}/api/confidence/recommendations" >/dev/null

# wrk --latency prints percentiles; pick requests/s, p50, p99 and the count of non-2xx/socket errors.
summarise() {
  local name="$1" out="$2"
  local rate p50 p99 errors
  rate=$(awk '/Requests\/sec/ {print $2}' <<<"${out}")
  p50=$(awk '$1=="50%" {print $2}' <<<"${out}")
  p99=$(awk '$1=="99%" {print $2}' <<<"${out}")
  errors=$(awk '/Non-2xx|Socket errors/ {n+=$NF} END {print n+0}' <<<"${out}")
  printf '| %s | %s | %s | %s | %s |\n' "${name}" "${rate}" "${p50}" "${p99}" "${errors}"
}

echo
echo "| closed loop (wrk, 16 connections, ${SECONDS_PER_RUN} s) | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|"
summarise "/calculate, cache hit" "$(BODY="${HIT}" wrk -t2 -c16 -d"${SECONDS_PER_RUN}"s --latency -s "${HERE}/post-body.lua" "${BASE}/api/confidence/calculate")"
summarise "/calculate, cache miss" "$(wrk -t2 -c16 -d"${SECONDS_PER_RUN}"s --latency -s "${HERE}/calculate-miss.lua" "${BASE}/api/confidence/calculate")"
summarise "/recommendations (all destinations)" "$(BODY="${RECOMMEND}" wrk -t2 -c16 -d"${SECONDS_PER_RUN}"s --latency -s "${HERE}/post-body.lua" "${BASE}/api/confidence/recommendations")"
summarise "/track-implicit" "$(wrk -t2 -c16 -d"${SECONDS_PER_RUN}"s --latency -s "${HERE}/track-implicit.lua" "${BASE}/api/preferences/track-implicit")"

# hey: -c workers each sending -q requests per second; -z duration. Latency percentiles at that fixed rate.
# hey's workers tick together, so N workers at 1/s are N simultaneous requests once a second: a burst, not a
# steady rate. As few workers as the rate allows, one per 200 requests/s, keep the arrivals spread out.
fixed_rate() {
  local name="$1" rate="$2" url="$3" body="$4"
  local workers=$(( (rate + 199) / 200 ))
  local out
  out=$(hey -z "${SECONDS_PER_RUN}s" -c "${workers}" -q $(( rate / workers )) -m POST -T application/json -d "${body}" "${url}")
  local p50 p95 p99 ok total
  p50=$(awk '/ 50% in/ {print $3}' <<<"${out}")
  p95=$(awk '/ 95% in/ {print $3}' <<<"${out}")
  p99=$(awk '/ 99% in/ {print $3}' <<<"${out}")
  ok=$(awk '/\[200\]/ {print $2}' <<<"${out}")
  total=$(awk '/Requests\/sec/ {print $2}' <<<"${out}")
  printf '| %s | %s | %s | %s s | %s s | %s s | %s |\n' "${name}" "${rate}" "${total}" "${p50}" "${p95}" "${p99}" "${ok}"
}
echo
echo "| open loop (hey, fixed rate, ${SECONDS_PER_RUN} s) | target/s | achieved/s | p50 | p95 | p99 | 200s |"
echo "|---|---|---|---|---|---|---|"
fixed_rate "/calculate, cache hit" 2000 "${BASE}/api/confidence/calculate" "${HIT}"
fixed_rate "/recommendations (all destinations)" 20 "${BASE}/api/confidence/recommendations" "${RECOMMEND}"

echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average before the last run: $(cut -d' ' -f1-3 /proc/loadavg)"
