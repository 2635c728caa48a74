#!/usr/bin/env bash
# Stops exactly what up.sh started: each recorded pid, only if /proc still shows it to be the
# process up.sh started (so a recycled pid is never killed), newest component first, waiting
# for each to exit. Data under .data/ is kept; remove the folder to start from scratch.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export OPS_DATA="$repo/.data"
# shellcheck source=lib.sh
source "$here/lib.sh"

ops_say "stopping the local demo"
for name in console simulator prometheus alertmanager redis-exporter redis; do
  ops_stop "$name"
done

# Anything else up.sh may record in future versions.
shopt -s nullglob
for pid_file in "$OPS_DATA"/pids/*.pid; do
  name="$(basename "$pid_file" .pid)"
  ops_stop "$name"
done
# With nothing running, the file_sd files only describe dead targets; up.sh and the simulator
# write them afresh on the next start.
rm -f "$OPS_DATA"/sd/*.json "$OPS_DATA"/sd/*.json.tmp
ops_say "stopped"
