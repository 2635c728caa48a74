#!/usr/bin/env bash
# Checks both Prometheus configs (which also parses every rule file they list). The rule tests and the
# Alertmanager config are deploy/prometheus/rules/test.sh's: each check runs (and is counted) once.
# Prints one line per check and the tool's output under a failing one; exits non-zero if any failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

failures=0
checks=0

# run_check LABEL COMMAND... : runs the command, prints "ok" or "FAIL" with the label.
run_check() {
  local label="$1"
  shift
  checks=$((checks + 1))
  if "$@" >"$scratch/out" 2>&1; then
    printf 'ok    %s\n' "$label"
  else
    failures=$((failures + 1))
    printf 'FAIL  %s\n' "$label"
    sed 's/^/      /' "$scratch/out"
  fi
}

for tool in promtool; do
  command -v "$tool" >/dev/null || { echo "FAIL  $tool not found (apt-get install prometheus)"; exit 1; }
done

# Debian builds Prometheus without Kubernetes service discovery, so its promtool rejects the
# production config's kubernetes_sd_configs. Then we check a copy in which each of those blocks
# is a file_sd stand-in: everything else (relabelling, rule files, alerting) is still checked.
promtool_knows_kubernetes_sd() {
  printf 'scrape_configs:\n  - job_name: probe\n    kubernetes_sd_configs:\n      - role: pod\n' >"$scratch/probe.yml"
  promtool check config "$scratch/probe.yml" >/dev/null 2>&1
}

check_production_config() {
  local config="$here/prometheus.yml"
  if promtool_knows_kubernetes_sd; then
    promtool check config "$config"
    return
  fi
  mkdir -p "$scratch/production"
  ln -sfn "$here/rules" "$scratch/production/rules"
  sed -E \
    -e 's/^([[:space:]]*)kubernetes_sd_configs:[[:space:]]*$/\1file_sd_configs:/' \
    -e 's/^([[:space:]]*)- role: [a-z]+[[:space:]]*$/\1- files: [kubernetes-sd-stand-in.json]/' \
    "$config" >"$scratch/production/prometheus.yml"
  promtool check config "$scratch/production/prometheus.yml"
}

production_label="promtool check config deploy/prometheus/prometheus.yml"
promtool_knows_kubernetes_sd || production_label+=" (kubernetes_sd_configs as file_sd: this promtool has no Kubernetes SD)"
run_check "$production_label" check_production_config
run_check "promtool check config deploy/prometheus/prometheus.local.yml" \
  promtool check config "$here/prometheus.local.yml"

# The closing line tests/run.sh counts.
echo "$((checks - failures)) passed, $failures failed"
((failures == 0))
