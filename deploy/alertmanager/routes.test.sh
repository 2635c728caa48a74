#!/usr/bin/env bash
# Routing tests for alertmanager.yml: each case names the labels of an alert and the receiver
# it must reach, checked with `amtool config routes test --verify.receivers`.
# Prints one line per case and `N passed, N failed`; exits non-zero if any case failed.
# Usage: routes.test.sh [CONFIG]   (default: alertmanager.yml next to this script)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
config="${1:-$here/alertmanager.yml}"
command -v amtool >/dev/null || { echo "FAIL  amtool not found (apt-get install prometheus-alertmanager)"; exit 1; }
[[ -f "$config" ]] || { echo "FAIL  no Alertmanager config at $config"; exit 1; }

passed=0 failed=0

# expect RECEIVER LABEL=VALUE...
expect() {
  local receiver="$1" got
  shift
  # amtool prints the resolved receivers on stdout; the --config.file warning goes to stderr.
  if got="$(amtool config routes test --config.file="$config" --verify.receivers="$receiver" "$@" 2>/dev/null)"; then
    passed=$((passed + 1))
    printf 'ok    %-58s -> %s\n' "$*" "$receiver"
  else
    failed=$((failed + 1))
    got="$(grep -v '^WARNING' <<<"$got" | paste -sd ' ')"
    printf 'FAIL  %-58s -> expected %s, got %s\n' "$*" "$receiver" "${got:-nothing}"
  fi
}

expect console-critical alertname=HighCommandFailureRate severity=critical service=robot-data-service
expect console-critical alertname=TargetDown severity=critical service=redis
expect console-warning  alertname=FlinkCheckpointTimeout severity=warning service=flink
expect console-warning  alertname=KafkaPartitionBytesInHigh severity=warning service=kafka
expect console-info     alertname=FlinkTaskManagerCpuHigh severity=info service=flink
expect console-info     alertname=RobotOnlineGrowthHigh severity=info service=robot-data-service
# Unknown or missing severity: the root route's receiver, still the console.
expect console-default  alertname=SomethingNew severity=page service=robot-data-service
expect console-default  alertname=SomethingNew service=robot-data-service

echo "$passed passed, $failed failed"
((failed == 0))
