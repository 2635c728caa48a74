#!/usr/bin/env bash
# Runs every test of OpsConsole on a fresh machine: installs what the tests need (Debian packages; NuGet and npm
# restore through the build), builds once, runs each suite in turn and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
configuration=Release
results="$root/.data/test-results"
mkdir -p "$results"

apt_packages=(prometheus prometheus-alertmanager redis-server prometheus-redis-exporter postgresql chromium fonts-wqy-microhei)

install_missing_packages() {
  local missing=()
  for package in "${apt_packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >"$results/apt.log" 2>&1 \
    || { tail -n 30 "$results/apt.log"; return 1; }
}

passed=0
failed=0
skipped=0

# A suite that prints "N passed, N failed" (shell suites) or dotnet test's "Passed!/Failed!" summary is counted
# test by test; a suite that prints neither counts as one failure, so a crash never reads as green.
count_suite() {
  local name=$1 log=$2 status=$3 line p f s
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
  echo "   $name: $p passed, $f failed${s:+, $s skipped}"
}

run_suite() {
  local name=$1; shift
  local log="$results/$name.log"
  echo "== $name"
  "$@" >"$log" 2>&1
  local status=$?
  if [ $status -ne 0 ]; then
    grep -E '^\s+(Failed |Error Message|\[FAIL\])|FAILED|^FAIL|error' "$log" | head -n 40
  fi
  count_suite "$name" "$log" $status
}

install_missing_packages || { echo "0 passed, 1 failed"; exit 1; }

echo "== build ($configuration)"
if ! dotnet build OpsConsole.sln -c "$configuration" -nologo -v quiet >"$results/build.log" 2>&1; then
  grep -E 'error|Error' "$results/build.log" | sort -u | head -n 40
  echo "0 passed, 1 failed"
  exit 1
fi

for script in deploy/prometheus/check.sh deploy/prometheus/rules/test.sh; do
  [ -f "$script" ] && run_suite "$(basename "$(dirname "$script")")-$(basename "$script" .sh)" bash "$script"
done

for project in tests/*/*.Tests.csproj tests/OpsConsole.IntegrationTests/*.csproj tests/OpsConsole.BrowserTests/*.csproj; do
  [ -f "$project" ] || continue
  name=$(basename "$project" .csproj)
  run_suite "$name" dotnet test "$project" -c "$configuration" --no-build -nologo \
    --blame-hang-timeout 10m --results-directory "$results/$name"
done

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
