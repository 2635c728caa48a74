#!/usr/bin/env bash
# Brings up the whole local demo on this machine, everything bound to 127.0.0.1, all state under
# <repo>/.data: Redis + redis_exporter, Alertmanager, Prometheus, the fleet simulator and the
# console. Safe to run again: whatever is already running as wanted is left alone, a component
# whose command line changed (other port, new build) is restarted. Stop it all with down.sh.
#
# Environment:
#   OPS_PROMETHEUS_PORT (9090) OPS_ALERTMANAGER_PORT (9093) OPS_REDIS_PORT (6390)
#   OPS_REDIS_EXPORTER_PORT (9121) OPS_SIMULATOR_PORT (9300, control; targets from +1)
#   OPS_CONSOLE_PORT (5080)
#   OPS_START_TIMEOUT  seconds each component may take to become ready (90)
#   OPS_FORCE_BUILD=1  rebuild even when no source changed since the last build
#   OPS_SKIP_APPS=1    start only the infrastructure (no build, no simulator, no console)
#   OPS_ALERT_FOR      cap on every alert's `for:` in the demo (15s; a number divides instead;
#                      `off` keeps the production durations) - see rules/make-fast.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export OPS_DATA="$repo/.data"
# shellcheck source=lib.sh
source "$here/lib.sh"

prometheus_port="${OPS_PROMETHEUS_PORT:-9090}"
alertmanager_port="${OPS_ALERTMANAGER_PORT:-9093}"
redis_port="${OPS_REDIS_PORT:-6390}"
redis_exporter_port="${OPS_REDIS_EXPORTER_PORT:-9121}"
simulator_port="${OPS_SIMULATOR_PORT:-9300}"
console_port="${OPS_CONSOLE_PORT:-5080}"
start_timeout="${OPS_START_TIMEOUT:-90}"
skip_apps="${OPS_SKIP_APPS:-0}"
alert_for="${OPS_ALERT_FOR:-15s}"

app_dir="$OPS_DATA/app"
sd_dir="$OPS_DATA/sd"
web_dll="$app_dir/web/OpsConsole.Web.dll"
simulator_dll="$app_dir/simulator/OpsConsole.Simulator.dll"
build_stamp="$app_dir/.build-stamp"
alertmanager_config="$OPS_DATA/alertmanager/alertmanager.yml"
webhook_token_file="$OPS_DATA/alertmanager/console-webhook.token"
credentials_dir="$OPS_DATA/credentials"
demo_users=(admin:Admin operator:Operator viewer:Viewer)

# --- 1. what must be installed --------------------------------------------------------------

install_missing() {
  local -A package_of=(
    [prometheus]=prometheus [promtool]=prometheus
    [prometheus-alertmanager]=prometheus-alertmanager [amtool]=prometheus-alertmanager
    [redis-server]=redis-server [redis-cli]=redis-tools
    [prometheus-redis-exporter]=prometheus-redis-exporter
    [curl]=curl [setsid]=util-linux
  )
  [[ "$skip_apps" == 1 ]] || package_of[npm]=npm
  local missing=() tool
  for tool in "${!package_of[@]}"; do
    command -v "$tool" >/dev/null || missing+=("${package_of[$tool]}")
  done
  if [[ "$skip_apps" != 1 ]] && ! command -v dotnet >/dev/null; then
    ops_die "the .NET SDK (dotnet) is not installed; install the SDK named in global.json first"
  fi
  ((${#missing[@]} == 0)) && return 0
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || ops_die "missing packages ${missing[*]}; run as root or install them: apt-get install ${missing[*]}"
    sudo=(sudo)
  fi
  ops_say "installing ${missing[*]} (log: $OPS_DATA/logs/apt.log)"
  if ! { "${sudo[@]}" apt-get update && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; } \
    >"$OPS_DATA/logs/apt.log" 2>&1; then
    tail -n 30 "$OPS_DATA/logs/apt.log" >&2
    ops_die "apt-get install ${missing[*]} failed"
  fi
}

# --- 2. the two .NET apps ---------------------------------------------------------------------

# True when some input of the build is newer than the last successful build.
sources_changed() {
  [[ -f "$build_stamp" && -f "$web_dll" && -f "$simulator_dll" ]] || return 0
  local inputs=("$repo/src" "$repo/appsettings.json" "$repo/Directory.Build.props" "$repo/Directory.Packages.props" "$repo/global.json")
  [[ -d "$repo/wwwroot-assets" ]] && inputs+=("$repo/wwwroot-assets")
  [[ -n "$(find "${inputs[@]}" \( -name bin -o -name obj -o -name node_modules -o -path '*/wwwroot/dist' \) -prune \
    -o -newer "$build_stamp" -print -quit)" ]]
}

build_apps() {
  if [[ "${OPS_FORCE_BUILD:-0}" != 1 ]] && ! sources_changed; then
    ops_say "apps: up to date (OPS_FORCE_BUILD=1 rebuilds)"
    return 0
  fi
  local log="$OPS_DATA/logs/build.log" project
  ops_say "apps: building (log: $log)"
  printf '=== %s build\n' "$(date -Is)" >>"$log"
  # Appended across runs: a failure quotes only this run's part of the log.
  local from=$(( $(stat -c %s "$log") + 1 ))
  # Intermediate files go under .data/build so this never fights an IDE or a test build over obj/.
  for project in Web Simulator; do
    local name="${project,,}"
    if ! dotnet publish "$repo/src/OpsConsole.$project/OpsConsole.$project.csproj" -c Release -nologo \
      --artifacts-path "$OPS_DATA/build" -o "$app_dir/$name" >>"$log" 2>&1; then
      tail -c "+$from" "$log" | grep -E ' error |error:' | sort -u | head -n 30 >&2 || true
      tail -n 20 "$log" >&2
      ops_die "building OpsConsole.$project failed (full log: $log)"
    fi
  done
  touch "$build_stamp"
}

# --- 3. starting one component ----------------------------------------------------------------

# ensure NAME PORT EXE MATCHES WORKDIR -- COMMAND...: leaves NAME alone if it runs with this very
# command line; restarts it if it runs with another; otherwise starts it, refusing a port that
# something else already holds.
ensure() {
  local name="$1" port="$2" exe="$3" matches="$4" workdir="$5"
  shift 5
  [[ "$1" == "--" ]] && shift
  if ops_running "$name"; then
    if ops_same_command "$name" "$@" && ! newer_than_pid "$name" "$exe"; then
      ops_say "$name: already running (pid $(ops_recorded_pid "$name"))"
      return 0
    fi
    ops_say "$name: configuration or build changed, restarting"
    ops_stop "$name"
  fi
  ops_forget "$name"
  if ops_port_open "$port"; then
    ops_die "$name: port $port on 127.0.0.1 is taken by a process this script did not start; stop it or pick another port (OPS_*_PORT)"
  fi
  ops_start "$name" "$workdir" "$exe" "$matches" -- "$@"
  ops_say "$name: started (pid $(ops_recorded_pid "$name"), log: $(ops_log_file "$name"))"
}

# A .NET app built after its process started runs old code: restart it.
newer_than_pid() {
  local name="$1" exe="$2"
  [[ "$exe" == dotnet && -f "$build_stamp" && "$build_stamp" -nt "$(ops_pid_dir)/$name.pid" ]]
}

redis_ready() { [[ "$(redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null)" == PONG ]]; }
simulator_ready() { ops_port_open "$simulator_port"; }

# --- 4. configuration under .data -------------------------------------------------------------

prepare_prometheus() {
  local dir="$OPS_DATA/prometheus"
  mkdir -p "$dir/data" "$sd_dir"
  # Relative paths in the config resolve against its folder: sd/ is the shared file_sd folder,
  # rules/ the repo's rules, or a copy whose `for:`s make-fast.sh shortened so an incident
  # triggered in the simulator pages within seconds rather than after production's 10 minutes.
  ln -sfn "$sd_dir" "$dir/sd"
  local rules="$repo/deploy/prometheus/rules"
  rm -rf "$dir/rules.new"
  if [[ "$alert_for" != off && -f "$rules/make-fast.sh" ]]; then
    if ! bash "$rules/make-fast.sh" "$rules" "$dir/rules.new" "$alert_for" >"$OPS_DATA/logs/make-fast.log" 2>&1; then
      cat "$OPS_DATA/logs/make-fast.log" >&2
      ops_die "deploy/prometheus/rules/make-fast.sh failed (OPS_ALERT_FOR=off uses the rules as they are)"
    fi
  else
    ln -sfn "$rules" "$dir/rules.new"
  fi
  rm -rf "$dir/rules"
  mv -T "$dir/rules.new" "$dir/rules"
  cp "$repo/deploy/prometheus/prometheus.local.yml" "$dir/prometheus.yml.new"
  if ! promtool check config "$dir/prometheus.yml.new" >"$OPS_DATA/logs/promtool.log" 2>&1; then
    cat "$OPS_DATA/logs/promtool.log" >&2
    ops_die "deploy/prometheus/prometheus.local.yml (or a rule file it loads) is invalid"
  fi
  mv -f "$dir/prometheus.yml.new" "$dir/prometheus.yml"

  ops_write_sd "$sd_dir/prometheus.json" "127.0.0.1:$prometheus_port" prometheus
  ops_write_sd "$sd_dir/alertmanager.json" "127.0.0.1:$alertmanager_port" alertmanager
  ops_write_sd "$sd_dir/redis.json" "127.0.0.1:$redis_exporter_port" redis
  ops_write_sd "$sd_dir/opsconsole.json" "127.0.0.1:$console_port" opsconsole
}

# Renders the Alertmanager config into .data/alertmanager/: the repo's if there is one (with the
# console's webhook port swapped in), else a minimal one that sends every alert to the console.
# Beside it goes the webhook bearer token the config reads (credentials_file, relative to the
# config's folder); it is made once and kept, and the console gets the same one.
prepare_alertmanager() {
  local source="$repo/deploy/alertmanager/alertmanager.yml"
  mkdir -p "$OPS_DATA/alertmanager/data"
  if [[ ! -s "$webhook_token_file" ]]; then
    (umask 077 && od -An -tx1 -N24 /dev/urandom | tr -d ' \n' >"$webhook_token_file")
  fi
  if [[ -f "$source" ]]; then
    sed "s#127\.0\.0\.1:5080/#127.0.0.1:$console_port/#g" "$source" >"$alertmanager_config.new"
  else
    cat >"$alertmanager_config.new" <<EOF
# Generated by deploy/local/up.sh because deploy/alertmanager/alertmanager.yml does not exist.
route:
  receiver: opsconsole
  group_by: [alertname, service]
  group_wait: 1s
  group_interval: 5s
  repeat_interval: 1h
receivers:
  - name: opsconsole
    webhook_configs:
      - url: http://127.0.0.1:$console_port/api/alertmanager/webhook
        send_resolved: true
        http_config:
          authorization:
            type: Bearer
            credentials_file: console-webhook.token
EOF
  fi
  if ! amtool check-config "$alertmanager_config.new" >"$OPS_DATA/logs/amtool.log" 2>&1; then
    cat "$OPS_DATA/logs/amtool.log" >&2
    ops_die "the Alertmanager config rendered from ${source#"$repo"/} is invalid"
  fi
  mv -f "$alertmanager_config.new" "$alertmanager_config"
}

# Demo accounts: random passwords made on the first run and kept in .data/credentials (delete the folder
# for new ones). The console gets only their PBKDF2 hashes (made by its own --hash-password, the password
# on stdin) and a kiosk token's SHA-256, through the environment; Auth:DemoUsers makes it refuse to
# listen on anything but loopback.
prepare_demo_credentials() {
  mkdir -p "$credentials_dir"
  chmod 700 "$credentials_dir"
  local entry user role i=0
  for entry in "${demo_users[@]}"; do
    user="${entry%%:*}" role="${entry#*:}"
    if [[ ! -s "$credentials_dir/$user.password" ]]; then
      (umask 077 && od -An -tx1 -N12 /dev/urandom | tr -d ' \n' >"$credentials_dir/$user.password")
    fi
    if [[ ! -s "$credentials_dir/$user.hash" || "$credentials_dir/$user.password" -nt "$credentials_dir/$user.hash" ]]; then
      (umask 077 && dotnet "$web_dll" --hash-password <"$credentials_dir/$user.password" >"$credentials_dir/$user.hash.new") \
        || ops_die "could not hash the demo password of $user (dotnet $web_dll --hash-password)"
      mv -f "$credentials_dir/$user.hash.new" "$credentials_dir/$user.hash"
    fi
    export "Auth__Users__${i}__Name=$user" "Auth__Users__${i}__Role=$role" \
      "Auth__Users__${i}__PasswordHash=$(cat "$credentials_dir/$user.hash")"
    i=$((i + 1))
  done
  if [[ ! -s "$credentials_dir/kiosk.token" ]]; then
    (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$credentials_dir/kiosk.token")
  fi
  export Auth__DemoUsers=true Auth__KioskTokens__0__Name=demo-wall Auth__KioskTokens__0__Home=/wall/noc
  Auth__KioskTokens__0__TokenHash="$(tr -d '\n' <"$credentials_dir/kiosk.token" | sha256sum | cut -d' ' -f1)"
  export Auth__KioskTokens__0__TokenHash
}

demo_credentials_text() {
  [[ "$skip_apps" == 1 || ! -d "$credentials_dir" ]] && { echo "demo credentials: none (OPS_SKIP_APPS=1)"; return; }
  echo "demo credentials (kept in ${credentials_dir#"$repo"/}; delete it for new ones):"
  local entry user
  for entry in "${demo_users[@]}"; do
    user="${entry%%:*}"
    printf '  %-9s %-9s password %s\n' "$user" "(${entry#*:})" "$(cat "$credentials_dir/$user.password")"
  done
  printf '  %-19s %s/kiosk?token=%s  (signs in and opens /wall/noc, deploy/playlists/noc.yaml)\n' "wall screen" "$console_url" "$(cat "$credentials_dir/kiosk.token")"
}

# Re-reads config files of a server that was already running (both have lifecycle endpoints).
reload() {
  local name="$1" url="$2"
  curl -fsS -o /dev/null --max-time 10 -X POST "$url/-/reload" || ops_fail_with_log "$name" "$name refused to reload its configuration"
}

# --- main -------------------------------------------------------------------------------------

mkdir -p "$OPS_DATA"/{pids,logs,sd,redis,console,app}
install_missing
[[ "$skip_apps" == 1 ]] || build_apps
prepare_prometheus
prepare_alertmanager

ensure redis "$redis_port" redis-server "127.0.0.1:$redis_port" "$OPS_DATA/redis" -- \
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$OPS_DATA/redis" \
  --maxmemory 64mb --maxmemory-policy allkeys-lru --daemonize no
ops_wait_ready redis "PING on 127.0.0.1:$redis_port" "$start_timeout" redis_ready

ensure redis-exporter "$redis_exporter_port" prometheus-redis-exporter "127.0.0.1:$redis_exporter_port" "$OPS_DATA" -- \
  prometheus-redis-exporter --redis.addr="redis://127.0.0.1:$redis_port" --web.listen-address="127.0.0.1:$redis_exporter_port"
ops_wait_ready redis-exporter "GET /metrics" "$start_timeout" ops_http_ok "http://127.0.0.1:$redis_exporter_port/metrics"

alertmanager_url="http://127.0.0.1:$alertmanager_port"
was_running=0
ops_running alertmanager && was_running=1
ensure alertmanager "$alertmanager_port" prometheus-alertmanager "--storage.path=$OPS_DATA/alertmanager/data" "$OPS_DATA/alertmanager" -- \
  prometheus-alertmanager --config.file="$alertmanager_config" --storage.path="$OPS_DATA/alertmanager/data" \
  --web.listen-address="127.0.0.1:$alertmanager_port" --web.external-url="$alertmanager_url" --cluster.listen-address=
ops_wait_ready alertmanager "GET /-/ready" "$start_timeout" ops_http_ok "$alertmanager_url/-/ready"
((was_running)) && reload alertmanager "$alertmanager_url"

prometheus_url="http://127.0.0.1:$prometheus_port"
was_running=0
ops_running prometheus && was_running=1
ensure prometheus "$prometheus_port" prometheus "--config.file=$OPS_DATA/prometheus/prometheus.yml" "$OPS_DATA/prometheus" -- \
  prometheus --config.file="$OPS_DATA/prometheus/prometheus.yml" --storage.tsdb.path="$OPS_DATA/prometheus/data" \
  --storage.tsdb.retention.time=3d --web.listen-address="127.0.0.1:$prometheus_port" \
  --web.external-url="$prometheus_url" --web.enable-lifecycle
ops_wait_ready prometheus "GET /-/ready" "$start_timeout" ops_http_ok "$prometheus_url/-/ready"
((was_running)) && reload prometheus "$prometheus_url"

console_url="http://127.0.0.1:$console_port"
if [[ "$skip_apps" != 1 ]]; then
  ensure simulator "$simulator_port" dotnet "$simulator_dll" "$app_dir/simulator" -- \
    dotnet "$simulator_dll" --listen-address 127.0.0.1 --control-port "$simulator_port" \
    --first-target-port "$((simulator_port + 1))" --file-sd-dir "$sd_dir" --redis "127.0.0.1:$redis_port"
  ops_wait_ready simulator "control port 127.0.0.1:$simulator_port" "$start_timeout" simulator_ready

  # Working directory = the app's folder, so it finds the appsettings.json published beside it.
  # The webhook token goes in through the environment, not the command line that ps shows.
  Alertmanager__WebhookToken="$(cat "$webhook_token_file")"
  export Alertmanager__WebhookToken
  prepare_demo_credentials
  ensure console "$console_port" dotnet "$web_dll" "$app_dir/web" -- \
    dotnet "$web_dll" --urls "$console_url" --Prometheus:Url="$prometheus_url" \
    --Alertmanager:Url="$alertmanager_url" --OpsConsole:DataDirectory="$OPS_DATA/console"
  ops_wait_ready console "GET /healthz" "$start_timeout" ops_http_ok "$console_url/healthz"
fi

cat <<EOF

OpsConsole demo is up.
  console       $console_url$([[ "$skip_apps" == 1 ]] && printf ' (not started: OPS_SKIP_APPS=1)')
  prometheus    $prometheus_url
  alertmanager  $alertmanager_url
  simulator     http://127.0.0.1:$simulator_port (control)$([[ "$skip_apps" == 1 ]] && printf ' (not started)')
  redis         127.0.0.1:$redis_port (exporter 127.0.0.1:$redis_exporter_port)
$(demo_credentials_text)
logs: $OPS_DATA/logs   stop: deploy/local/down.sh
EOF
