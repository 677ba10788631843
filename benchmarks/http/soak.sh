#!/usr/bin/env bash
# Steady mixed load on the decision service's fat jar (see benchmarks/README.md, "Soak").
#
#   benchmarks/http/soak.sh [seconds]     default 600 s
#
# Starts the service (service.sh), warms it up for 20 s, then holds the mix in mixed.lua (scores hit and miss,
# rankings, live context, signals, weights) with wrk, closed loop on 16 connections, for the whole time, and
# reports the rate, latency percentiles and every non-2xx answer or socket error. Exits non-zero if there was any
# error. Loopback only; bounded in time.
set -euo pipefail

readonly SOAK_SECONDS="${1:-600}"
# shellcheck source=service.sh
source "$(dirname "${BASH_SOURCE[0]}")/service.sh"

echo "warming up for 20 s" >&2
wrk -t2 -c8 -d20s -s "${HERE}/mixed.lua" "${BASE}" >/dev/null 2>&1
echo "soaking for ${SOAK_SECONDS} s (load average now $(cut -d' ' -f1-3 /proc/loadavg))" >&2
out=$(wrk -t2 -c16 -d"${SOAK_SECONDS}"s --timeout 10s --latency -s "${HERE}/mixed.lua" "${BASE}" 2>"${DATA_DIR}/non-2xx.txt")
echo "${out}"
rate=$(awk '/Requests\/sec/ {print $2}' <<<"${out}")
total=$(awk '/requests in/ {print $1}' <<<"${out}")
p50=$(awk '$1=="50%" {print $2}' <<<"${out}")
p90=$(awk '$1=="90%" {print $2}' <<<"${out}")
p99=$(awk '$1=="99%" {print $2}' <<<"${out}")
errors=$(awk '/Non-2xx|Socket errors/ {gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) n += $i} END {print n+0}' <<<"${out}")
echo
echo "| mixed load (wrk, 16 connections, ${SOAK_SECONDS} s) | requests | requests/s | p50 | p90 | p99 | errors |"
echo "|---|---|---|---|---|---|---|"
printf '| %s | %s | %s | %s | %s | %s | %s |\n' "${STORE}" "${total}" "${rate}" "${p50}" "${p90}" "${p99}" "${errors}"
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -s "${DATA_DIR}/non-2xx.txt" ]]; then
  echo "first non-2xx answers:"; cat "${DATA_DIR}/non-2xx.txt"
fi
echo "ERROR lines in the service log: $(grep -c " ERROR " "${DATA_DIR}/service.log" || true)"
[[ "${errors}" == "0" ]]
