#!/usr/bin/env bash
# Checks the alerting side: every rule file parses (promtool check rules), every unit test in
# tests/*.test.yml passes (promtool test rules), every alert follows the conventions
# (tests/check_conventions.py), make-fast.sh produces valid rule files with short `for`s, and
# the Alertmanager config is valid and routes as deploy/alertmanager/routes.test.sh expects.
# Prints one line per check (a failing one with the tool's output under it) and
# `N passed, N failed`; exits non-zero if any check failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

passed=0
failed=0

# check LABEL COMMAND... : runs the command, prints "ok" or "FAIL" with the label.
check() {
  local label="$1"
  shift
  if "$@" >"$scratch/out" 2>&1; then
    passed=$((passed + 1))
    printf 'ok    %s\n' "$label"
  else
    failed=$((failed + 1))
    printf 'FAIL  %s\n' "$label"
    sed 's/^/      /' "$scratch/out"
  fi
}

for tool in promtool amtool python3; do
  command -v "$tool" >/dev/null || { echo "FAIL  $tool not found"; echo "0 passed, 1 failed"; exit 1; }
done

rel() { printf '%s' "${1#"$repo"/}"; }

shopt -s nullglob
rule_files=()
for file in "$here"/*.yml; do
  [[ "$file" == *.test.yml ]] || rule_files+=("$file")
done
tests=("$here"/*.test.yml "$here"/tests/*.test.yml)
shopt -u nullglob

for file in "${rule_files[@]}"; do
  check "promtool check rules $(rel "$file")" promtool check rules "$file"
done

((${#tests[@]} > 0)) || { failed=$((failed + 1)); echo "FAIL  no tests/*.test.yml found"; }
for file in "${tests[@]}"; do
  check "promtool test rules $(rel "$file")" promtool test rules "$file"
done

check "every alert has severity, service, summary, description, runbook_url and a firing and a quiet test" \
  python3 "$here/tests/check_conventions.py"

# The copy must be valid (make-fast.sh runs promtool on it) and no `for` may exceed the cap.
fast_copy_is_short() {
  "$here/make-fast.sh" "$here" "$scratch/fast" 15s
  local too_long
  too_long="$(grep -hE '^[[:space:]]*for:' "$scratch/fast"/*.yml | grep -vE 'for: ([0-9]|1[0-5])s$|for: [0-9]+ms$' || true)"
  [[ -z "$too_long" ]] || { echo "for: longer than 15s left in the copy:"; echo "$too_long"; return 1; }
}
check "make-fast.sh 15s: copies pass promtool check rules, every for: <= 15s" fast_copy_is_short

fast_factor_copy_is_valid() {
  "$here/make-fast.sh" "$here" "$scratch/fast-factor" 40
  grep -q 'for: 15s' "$scratch/fast-factor/alerts-robot.yml" ||
    { echo "expected HighCommandFailureRate's 10m / 40 = 15s in alerts-robot.yml"; return 1; }
}
check "make-fast.sh 40: copies pass promtool check rules, 10m becomes 15s" fast_factor_copy_is_valid

alertmanager_dir="$repo/deploy/alertmanager"
check "amtool check-config $(rel "$alertmanager_dir/alertmanager.yml")" \
  amtool check-config "$alertmanager_dir/alertmanager.yml"
check "$(rel "$alertmanager_dir/routes.test.sh")" "$alertmanager_dir/routes.test.sh"

echo "$passed passed, $failed failed"
((failed == 0))
