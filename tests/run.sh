#!/usr/bin/env bash
# Runs every test of OpsConsole on a fresh machine: installs what the tests need (Debian packages, Node.js/npm for
# the web build; NuGet and npm restore through the build), builds once, runs each suite in turn with its duration,
# checks that no test left a process, port or temporary folder behind and that Ctrl-C of a running `dotnet test` leaves
# no server (tests/interrupt-check.sh), and ends with one line "N passed, N failed".
#
#   tests/run.sh             every suite once
#   tests/run.sh --repeat N  build, then the integration and browser suites N times each; every failure is listed
#                            with its test name (a flake hunt; the closing line counts all N rounds)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
configuration=Release
results="$root/.data/test-results"
repeat=0

while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat=${2:-}; shift 2 ;;
    --repeat=*) repeat=${1#--repeat=}; shift ;;
    *) echo "usage: tests/run.sh [--repeat N]"; echo "0 passed, 1 failed"; exit 2 ;;
  esac
done
[[ "$repeat" =~ ^[0-9]+$ ]] || { echo "--repeat takes a whole number"; echo "0 passed, 1 failed"; exit 2; }

rm -rf "$results"
mkdir -p "$results"

apt_packages=(prometheus prometheus-alertmanager redis-server prometheus-redis-exporter postgresql chromium fonts-wqy-microhei)

install_missing_packages() {
  local missing=()
  for package in "${apt_packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  # The web build bundles its front-end with npm + esbuild: Node.js is on some images, not on every one.
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >"$results/apt.log" 2>&1 \
    || { tail -n 30 "$results/apt.log"; return 1; }
}

passed=0
failed=0
skipped=0
failures=()

# A suite that prints "N passed, N failed" (shell suites) or dotnet test's "Passed!/Failed!" summary is counted
# test by test; a suite that prints neither counts as one failure, so a crash never reads as green.
count_suite() {
  local name=$1 log=$2 status=$3 seconds=$4 line p f s
  line=$(grep -E '^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" | tail -n 1)
  if [ -n "$line" ]; then
    f=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line")
    p=$(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$line")
    s=$(sed -E 's/.*Skipped: +([0-9]+),.*/\1/' <<<"$line")
  else
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
    if [ -n "$line" ]; then
      p=$(sed -E 's/^([0-9]+) passed.*/\1/' <<<"$line")
      f=$(sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$line")
      s=0
    else
      p=0; f=1; s=0
      echo "   $name printed no test summary (exit $status); see $log"
    fi
  fi
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1
    echo "   $name exited $status although no test failed; see $log"
  fi
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  echo "   $name: $p passed, $f failed${s:+, $s skipped} (${seconds} s)"
}

# Names of the failed tests in a dotnet test log ("  Failed Namespace.Class.Method [12 s]") or a shell suite ("FAIL  x").
failed_test_names() {
  grep -E '^\s+Failed [A-Za-z_][^ ]* \[|^FAIL ' "$1" | sed -E 's/^\s+Failed ([^ ]+) \[.*/\1/; s/^FAIL +//' | sort -u
}

run_suite() {
  local name=$1; shift
  local log="$results/$name.log"
  echo "== $name"
  local start=$SECONDS
  "$@" >"$log" 2>&1
  local status=$?
  local seconds=$((SECONDS - start))
  if [ $status -ne 0 ]; then
    grep -E '^\s+(Failed |Error Message|\[FAIL\])|FAILED|^FAIL|error' "$log" | head -n 40
    while IFS= read -r test; do
      [ -n "$test" ] && failures+=("$name: $test")
    done < <(failed_test_names "$log")
  fi
  count_suite "$name" "$log" $status $seconds
}

run_dotnet_suite() {
  local project=$1 name=$2
  # A hang is a test silent for 20 min: the capacity browser test waits up to 16 min on purpose (its robot-growth
  # trigger compares with `offset 10m`, so a fresh Prometheus has no value for ten minutes).
  run_suite "$name" dotnet test "$project" -c "$configuration" --no-build -nologo \
    --blame-hang-timeout 20m --results-directory "$results/$name"
}

# Every server a test starts lives under this run's own temporary folder (TemporaryDirectory honours TMPDIR), so
# whatever is left afterwards - a process, a listening port, a folder - is this run's, and a failure.
scratch=$(mktemp -d /tmp/opsconsole-run-XXXXXX)
chmod 755 "$scratch" # PostgreSQL runs as its own user and must reach its folder below this one.
export TMPDIR="$scratch"

leftover_processes() {
  # Our servers carry the scratch path or the repository's build output on their command line.
  pgrep -af -- "$scratch|$root/src/OpsConsole\.|$root/tests/OpsConsole\." | grep -v -E "^$$ |pgrep" || true
}

check_leftovers() {
  local processes folders pids ports left=0
  processes=$(leftover_processes)
  if [ -n "$processes" ]; then
    left=1
    echo "FAIL processes left behind:"
    echo "$processes"
    pids=$(awk '{print $1}' <<<"$processes")
    ports=$(ss -ltnpH 2>/dev/null | grep -E "pid=($(paste -sd'|' <<<"$pids"))," || true)
    [ -n "$ports" ] && { echo "ports they listen on:"; echo "$ports"; }
    kill -9 $pids 2>/dev/null || true
  fi
  # Every folder a test makes is named opsconsole-* and a browser left open keeps its playwright* profile; the .NET
  # runtime's IPC sockets, NuGet's scratch root and the build tools' own files also land in TMPDIR and are not ours.
  folders=$(find "$scratch" -mindepth 1 -maxdepth 1 \( -name 'opsconsole-*' -o -name 'playwright*' \) 2>/dev/null)
  if [ -n "$folders" ]; then
    left=1
    echo "FAIL temporary folders left behind:"
    echo "$folders"
  fi
  if [ $left -eq 0 ]; then
    echo "no process, port or temporary folder left behind"
    echo "1 passed, 0 failed"
  else
    echo "0 passed, 1 failed"
    return 1
  fi
}

finish() {
  local summary="$passed passed, $failed failed"
  [ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
  if [ ${#failures[@]} -gt 0 ]; then
    echo "== failed tests"
    printf '   %s\n' "${failures[@]}"
  fi
  rm -rf "$scratch"
  echo "$summary"
  [ "$failed" -eq 0 ]
}

install_missing_packages || { echo "0 passed, 1 failed"; exit 1; }

echo "== build ($configuration)"
build_start=$SECONDS
if ! dotnet build OpsConsole.sln -c "$configuration" -nologo -v quiet >"$results/build.log" 2>&1; then
  grep -E 'error|Error' "$results/build.log" | sort -u | head -n 40
  echo "0 passed, 1 failed"
  exit 1
fi
echo "   build: $((SECONDS - build_start)) s"

heavy_projects=(tests/OpsConsole.IntegrationTests/OpsConsole.IntegrationTests.csproj
  tests/OpsConsole.BrowserTests/OpsConsole.BrowserTests.csproj)

if [ "$repeat" -gt 0 ]; then
  for round in $(seq 1 "$repeat"); do
    for project in "${heavy_projects[@]}"; do
      run_dotnet_suite "$project" "$(basename "$project" .csproj)-round$round"
    done
  done
else
  for script in deploy/prometheus/check.sh deploy/prometheus/rules/test.sh; do
    [ -f "$script" ] && run_suite "$(basename "$(dirname "$script")")-$(basename "$script" .sh)" bash "$script"
  done
  for project in tests/*/*.Tests.csproj "${heavy_projects[@]}"; do
    [ -f "$project" ] || continue
    run_dotnet_suite "$project" "$(basename "$project" .csproj)"
  done
  run_suite interrupt bash tests/interrupt-check.sh "$configuration" "$results/interrupted-run.log"
fi

run_suite leftovers check_leftovers
finish
