#!/usr/bin/env bash
# N aseanict replicas on one store behind the OS's nginx; Ctrl-C (or SIGTERM) stops nginx and every replica.
#   deploy/replicas.sh [REPLICAS] [PORT]     e.g. deploy/replicas.sh 2 8501  ->  http://<this machine>:8501
# Needs nginx from the OS (Debian/Ubuntu: apt-get install nginx); runs unprivileged, nothing under /etc is used.
# The store is built (or checked) once before the replicas start; they open it read-only.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python -m aseanict serve --replicas "${1:-2}" --port "${2:-8501}" "${@:3}"
