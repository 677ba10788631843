#!/usr/bin/env bash
# Start-up time of the decision service's fat jar (see benchmarks/README.md, "Start-up").
#
#   benchmarks/http/startup.sh [runs]     default 3 runs of each kind
#
# Times, from launching the JVM to the first answer of /health, three kinds of start: on a fresh data directory
# (Flyway migrations, rule version 1 seeded and compiled, the open data loaded into empty stores); a restart on
# that directory; and the same restart with an application class-data-sharing archive (AppCDS) written by one
# training run. Runs are interleaved so a change in the machine's load touches every kind alike.
set -euo pipefail

readonly RUNS="${1:-3}"
readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly JAR="${ROOT}/decision-service/target/decision-service-1.0.0-SNAPSHOT.jar"
[[ -f "${JAR}" ]] || { echo "build first: mvn -B -pl decision-service -am -DskipTests package" >&2; exit 1; }

WORK="$(mktemp -d)"
SERVICE_PID=""
cleanup() {
  [[ -n "${SERVICE_PID}" ]] && kill "${SERVICE_PID}" 2>/dev/null && wait "${SERVICE_PID}" 2>/dev/null || true
  rm -rf "${WORK}"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

# Starts the jar on a data directory with extra JVM options, prints the milliseconds to the first /health
# answer, and stops it (gracefully, so a training run writes its archive).
time_start() {
  local data_dir="$1"; shift
  local began now
  began=$(date +%s%N)
  PORT="${PORT}" CONFIDENCE_DATA_DIR="${data_dir}" java -Xms1g -Xmx1g "$@" -jar "${JAR}" >>"${WORK}/service.log" 2>&1 &
  SERVICE_PID=$!
  until curl -fs "http://127.0.0.1:${PORT}/health" >/dev/null 2>&1; do
    kill -0 "${SERVICE_PID}" 2>/dev/null || { tail -20 "${WORK}/service.log" >&2; exit 1; }
    sleep 0.05
  done
  now=$(date +%s%N)
  kill "${SERVICE_PID}"
  wait "${SERVICE_PID}" 2>/dev/null || true
  SERVICE_PID=""
  echo $(( (now - began) / 1000000 ))
}

echo "training run for the class-data-sharing archive" >&2
time_start "${WORK}/training" -XX:ArchiveClassesAtExit="${WORK}/app.jsa" -Xlog:cds=off >/dev/null
[[ -f "${WORK}/app.jsa" ]] || { echo "no archive was written" >&2; exit 1; }

fresh=(); warm=(); shared=()
for run in $(seq 1 "${RUNS}"); do
  echo "run ${run} of ${RUNS} (load average $(cut -d' ' -f1 /proc/loadavg))" >&2
  fresh+=("$(time_start "${WORK}/data-${run}")")
  warm+=("$(time_start "${WORK}/data-${run}")")
  shared+=("$(time_start "${WORK}/data-${run}" -XX:SharedArchiveFile="${WORK}/app.jsa" -Xlog:cds=off)")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo
echo "| start (JVM launch to the first /health answer, ms) | runs | median |"
echo "|---|---|---|"
echo "| fresh data directory | ${fresh[*]} | $(median "${fresh[@]}") |"
echo "| restart on the same data | ${warm[*]} | $(median "${warm[@]}") |"
echo "| restart with the AppCDS archive | ${shared[*]} | $(median "${shared[@]}") |"
