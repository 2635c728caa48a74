# Shared helpers for up.sh and down.sh: pid records, process identity, ports and readiness.
# Sourced, not run. Expects OPS_DATA (the repo's .data folder) to be set by the caller.
#
# A component NAME is recorded as three files in $OPS_DATA/pids/:
#   NAME.pid    the process id
#   NAME.match  the executable's file name (symlinks resolved) on line 1, then strings its /proc/PID/cmdline must contain;
#               this is how we know a pid still belongs to us and not to a recycled process
#   NAME.cmd    the command line it was started with, to notice when a re-run wants another one

ops_say() { printf '%s\n' "$*"; }

ops_die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}

ops_pid_dir() { printf '%s/pids' "$OPS_DATA"; }

ops_log_file() { printf '%s/logs/%s.log' "$OPS_DATA" "$1"; }

# ops_recorded_pid NAME: prints the recorded pid, or nothing.
ops_recorded_pid() {
  local file
  file="$(ops_pid_dir)/$1.pid"
  [[ -f "$file" ]] && tr -dc '0-9' <"$file"
  return 0
}

# ops_pid_matches PID MATCHFILE: true when PID is alive and is the process MATCHFILE describes.
ops_pid_matches() {
  local pid="$1" match_file="$2" exe cmdline expected line
  [[ -n "$pid" && -d "/proc/$pid" && -f "$match_file" ]] || return 1
  exe="$(readlink "/proc/$pid/exe" 2>/dev/null)" || return 1
  exe="${exe% (deleted)}"
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  # A zombie has no exe and an empty cmdline: not running.
  [[ -n "$cmdline" ]] || return 1
  { read -r expected; } <"$match_file"
  [[ "${exe##*/}" == "$expected" ]] || return 1
  while IFS= read -r line; do
    [[ -z "$line" || "$cmdline" == *"$line"* ]] || return 1
  done < <(tail -n +2 "$match_file")
  return 0
}

# ops_running NAME: true when the recorded process of NAME is alive and still ours.
ops_running() {
  ops_pid_matches "$(ops_recorded_pid "$1")" "$(ops_pid_dir)/$1.match"
}

ops_forget() {
  rm -f "$(ops_pid_dir)/$1.pid" "$(ops_pid_dir)/$1.match" "$(ops_pid_dir)/$1.cmd"
}

# ops_same_command NAME COMMAND...: true when NAME was started with exactly this command line.
ops_same_command() {
  local name="$1"
  shift
  local file
  file="$(ops_pid_dir)/$name.cmd"
  [[ -f "$file" ]] && [[ "$(cat "$file")" == "$(printf '%q ' "$@")" ]]
}

# ops_port_open PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
ops_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# ops_http_ok URL: true when URL answers 2xx.
ops_http_ok() {
  curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null
}

# ops_start NAME WORKDIR EXE MATCH1[,MATCH2...] -- COMMAND...
# Starts COMMAND in its own session, detached from this shell, output to .data/logs/NAME.log,
# and records it. EXE is the executable name /proc/PID/exe must end in; the MATCH strings
# (comma-separated) must all appear in its command line.
ops_start() {
  local name="$1" workdir="$2" exe="$3" matches="$4"
  shift 4
  [[ "$1" == "--" ]] && shift
  local log pid_dir pid real_exe
  log="$(ops_log_file "$name")"
  # /proc/PID/exe names the file after symlinks (redis-server is a link to redis-check-rdb).
  real_exe="$(readlink -f "$(command -v "$exe")")" || ops_die "$exe not found"
  pid_dir="$(ops_pid_dir)"
  mkdir -p "$pid_dir" "$(dirname "$log")"
  # Appended, never truncated: the log of the run that crashed is the one worth reading after a restart.
  printf '=== %s starting %s\n' "$(date -Is)" "$(printf '%q ' "$@")" >>"$log"
  # No job control in a script, so the background child is not a group leader and setsid
  # makes it a session leader without forking: $! is the program's own pid once it execs.
  (cd "$workdir" && exec setsid nohup "$@" >>"$log" 2>&1 </dev/null) &
  pid=$!
  printf '%s\n' "${real_exe##*/}" "${matches//,/$'\n'}" >"$pid_dir/$name.match"
  printf '%q ' "$@" >"$pid_dir/$name.cmd"
  printf '%s\n' "$pid" >"$pid_dir/$name.pid"
}

# ops_fail_with_log NAME MESSAGE: prints the message and the end of NAME's log, then exits.
ops_fail_with_log() {
  local name="$1" message="$2" log
  log="$(ops_log_file "$name")"
  printf 'ERROR: %s\n' "$message" >&2
  if [[ -f "$log" ]]; then
    printf -- '--- last 40 lines of %s ---\n' "$log" >&2
    tail -n 40 "$log" >&2
    printf -- '---\n' >&2
  fi
  exit 1
}

# ops_alive PID: true while PID exists and is not a zombie. Unlike ops_running it does not
# check identity: just after ops_start the pid may still be setsid or nohup on its way to exec.
ops_alive() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [[ "${stat%% *}" != Z ]]
}

# ops_wait_ready NAME DESCRIPTION TIMEOUT_SECONDS CHECK...: polls CHECK until it succeeds.
# Fails at once if the process died, or when the deadline passes, showing the log tail.
ops_wait_ready() {
  local name="$1" description="$2" timeout="$3"
  shift 3
  local deadline=$((SECONDS + timeout)) pid
  pid="$(ops_recorded_pid "$name")"
  until "$@"; do
    if ! ops_alive "$pid"; then
      ops_fail_with_log "$name" "$name exited before it was ready ($description)"
    fi
    if ((SECONDS >= deadline)); then
      ops_fail_with_log "$name" "$name was not ready after ${timeout}s ($description)"
    fi
    sleep 0.5
  done
}

# ops_stop NAME [TIMEOUT_SECONDS]: stops NAME's recorded process if it is still ours (SIGTERM,
# then SIGKILL after the timeout), waits for it to be gone and removes its records.
ops_stop() {
  local name="$1" timeout="${2:-20}" pid deadline
  pid="$(ops_recorded_pid "$name")"
  if [[ -z "$pid" ]]; then
    ops_forget "$name"
    return 0
  fi
  if ! ops_running "$name"; then
    ops_say "  $name: not running (stale pid $pid), record removed"
    ops_forget "$name"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + timeout))
  while ops_running "$name"; do
    if ((SECONDS >= deadline)); then
      ops_say "  $name: still running after ${timeout}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      deadline=$((SECONDS + 5))
      while [[ -d "/proc/$pid" ]] && ops_running "$name"; do
        ((SECONDS < deadline)) || ops_die "$name (pid $pid) survived SIGKILL"
        sleep 0.2
      done
      break
    fi
    sleep 0.2
  done
  ops_say "  $name: stopped (pid $pid)"
  ops_forget "$name"
}

# ops_write_sd FILE TARGET SERVICE: writes a one-target file_sd file atomically, so Prometheus
# never reads a half-written file.
ops_write_sd() {
  local file="$1" target="$2" service="$3"
  printf '[{"targets":["%s"],"labels":{"service":"%s"}}]\n' "$target" "$service" >"$file.tmp"
  mv -f "$file.tmp" "$file"
}
