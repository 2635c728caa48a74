#!/usr/bin/env bash
# Ctrl-C of a running `dotnet test` leaves no server behind. Starts the integration tests in a process group of their
# own with SIGINT at its default (a background job of a script would inherit it ignored), waits until they run servers,
# sends SIGINT to the whole group as a terminal's Ctrl-C does, and then looks for anything of the run still alive.
# Prints "N passed, N failed" like the other suites.
set -uo pipefail
cd "$(dirname "$0")/.."
configuration=${1:-Release}
log=${2:-$(mktemp)}
# A killed run cannot clean its folders; they go with this folder, so the leftover check sees only what finished runs left.
TMPDIR=$(mktemp -d "${TMPDIR:-/tmp}/interrupted-run-XXXXXX")
chmod 755 "$TMPDIR" # PostgreSQL runs as its own user and must reach its folder below this one.
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT

env --default-signal=INT setsid dotnet test tests/OpsConsole.IntegrationTests -c "$configuration" --no-build -nologo >"$log" 2>&1 &
runner=$!
ours="$TMPDIR|OpsConsole\.IntegrationTests"

for _ in $(seq 1 240); do
  pgrep -f -- "--config.file=$TMPDIR" >/dev/null && break
  sleep 0.5
done
if ! pgrep -f -- "--config.file=$TMPDIR" >/dev/null; then
  echo "FAIL the integration tests started no server within 120 s; see $log"
  kill -9 -- -"$runner" 2>/dev/null
  echo "0 passed, 1 failed"
  exit 1
fi

kill -INT -- -"$runner"
wait "$runner" 2>/dev/null
# The test process notices its runner is gone within a second and takes its servers with it.
for _ in $(seq 1 20); do
  left=$(pgrep -af -- "$ours" | grep -v -E "pgrep|interrupt-check" || true)
  [ -z "$left" ] && break
  sleep 0.5
done
if [ -n "$left" ]; then
  echo "FAIL left running 10 s after Ctrl-C:"
  echo "$left"
  kill -9 $(awk '{print $1}' <<<"$left") 2>/dev/null
  echo "0 passed, 1 failed"
  exit 1
fi
echo "Ctrl-C of dotnet test: no server or test process left"
echo "1 passed, 0 failed"
