#!/usr/bin/env bash
# Sourced by the load scripts: starts the decision service's fat jar on a free loopback port with a fresh data
# directory (embedded H2 and document store), or on PostgreSQL when DATASOURCES_DEFAULT_URL/USERNAME/PASSWORD
# are set, waits for /health, and stops it and removes the data on exit. Sets BASE and STORE.
#
# Rate limits are off: the load comes from one address but stands for thousands of travellers, and the
# per-address limit (100 requests/s) would otherwise be what is measured.

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly HERE="${ROOT}/benchmarks/http"
readonly JAR="${ROOT}/decision-service/target/decision-service-1.0.0-SNAPSHOT.jar"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[[ -f "${JAR}" ]] || { echo "build first: mvn -B -pl decision-service -am -DskipTests package" >&2; exit 1; }

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DATA_DIR="$(mktemp -d)"
SERVICE_PID=""
cleanup() {
  [[ -n "${SERVICE_PID}" ]] && kill "${SERVICE_PID}" 2>/dev/null && wait "${SERVICE_PID}" 2>/dev/null || true
  rm -rf "${DATA_DIR}"
}
trap cleanup EXIT

STORE="embedded (H2 file + in-process document store)"
[[ -n "${DATASOURCES_DEFAULT_URL:-}" ]] && STORE="PostgreSQL (${DATASOURCES_DEFAULT_URL%%\?*}) + in-process document store"
echo "starting the service on 127.0.0.1:${PORT} (${STORE})" >&2
PORT="${PORT}" CONFIDENCE_DATA_DIR="${DATA_DIR}" CONFIDENCE_SECURITY_RATE_LIMITS_ENABLED=false \
  java -Xms1g -Xmx1g -jar "${JAR}" >"${DATA_DIR}/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:${PORT}/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:${PORT}/health" >/dev/null || { tail -20 "${DATA_DIR}/service.log" >&2; exit 1; }
BASE="http://127.0.0.1:${PORT}"
