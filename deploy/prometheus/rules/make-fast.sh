#!/usr/bin/env bash
# Copies the rule files with every `for:` shortened, for the local demo stack and the
# integration tests: the alerts here carry production durations (HighCommandFailureRate waits
# 10 minutes, KafkaPartitionBytesInHigh an hour), far too long to fire one on demand.
# Only `for:` changes. Range windows ([5m], [1h]) and offsets stay, so every expression still
# means what it says; an alert fires as soon as its condition holds plus the short `for`.
#
# Usage: make-fast.sh SRC_DIR DST_DIR [FACTOR_OR_MAX]
#   FACTOR_OR_MAX  a duration with a unit (15s, 1m): every `for` is capped at it (default 15s);
#                  a bare number (40): every `for` is divided by it, rounded up to a whole
#                  second (10m / 40 = 15s).
# Copies SRC_DIR/*.yml except *.test.yml (not the tests/ folder), then runs
# `promtool check rules` on the copies; exits non-zero if that fails.
set -euo pipefail

usage() { echo "usage: $0 SRC_DIR DST_DIR [FACTOR_OR_MAX]  (e.g. 15s or 40)" >&2; exit 2; }
(($# >= 2 && $# <= 3)) || usage
src="$1" dst="$2" spec="${3:-15s}"
[[ -d "$src" ]] || { echo "make-fast: source folder '$src' does not exist" >&2; exit 2; }

# Prometheus duration -> milliseconds (units as in model.ParseDuration: y w d h m s ms).
# Prints nothing for something that is not a duration.
to_ms() {
  awk -v d="$1" 'BEGIN {
    if (d !~ /^([0-9]+(ms|y|w|d|h|m|s))+$/) exit 1
    split("y w d h m s ms", order, " ")
    unit["y"] = 31536000000; unit["w"] = 604800000; unit["d"] = 86400000
    unit["h"] = 3600000; unit["m"] = 60000; unit["s"] = 1000; unit["ms"] = 1
    total = 0
    while (match(d, /^[0-9]+(ms|y|w|d|h|m|s)/)) {
      part = substr(d, 1, RLENGTH); d = substr(d, RLENGTH + 1)
      n = part; sub(/[a-z]+$/, "", n); u = part; sub(/^[0-9]+/, "", u)
      total += n * unit[u]
    }
    printf "%d\n", total
  }'
}

if [[ "$spec" =~ ^[0-9]+$ ]]; then
  ((spec > 0)) || { echo "make-fast: a factor must be at least 1, got '$spec'" >&2; exit 2; }
  mode=factor value="$spec"
elif value="$(to_ms "$spec")"; then
  mode=max
else
  echo "make-fast: '$spec' is neither a factor (40) nor a duration (15s)" >&2
  exit 2
fi

mkdir -p "$dst"
shopt -s nullglob
files=()
for file in "$src"/*.yml; do
  [[ "$file" == *.test.yml ]] || files+=("$file")
done
shopt -u nullglob
((${#files[@]} > 0)) || { echo "make-fast: no rule files (*.yml) in '$src'" >&2; exit 1; }

outs=()
for file in "${files[@]}"; do
  out="$dst/$(basename "$file")"
  outs+=("$out")
  # Rewrites lines of the form `<indent>for: <duration> [# comment]`; everything else verbatim.
  awk -v mode="$mode" -v value="$value" '
    function ms(d,    total, part, n, u) {
      total = 0
      while (match(d, /^[0-9]+(ms|y|w|d|h|m|s)/)) {
        part = substr(d, 1, RLENGTH); d = substr(d, RLENGTH + 1)
        n = part; sub(/[a-z]+$/, "", n); u = part; sub(/^[0-9]+/, "", u)
        total += n * unit[u]
      }
      return d == "" ? total : -1
    }
    BEGIN {
      unit["y"] = 31536000000; unit["w"] = 604800000; unit["d"] = 86400000
      unit["h"] = 3600000; unit["m"] = 60000; unit["s"] = 1000; unit["ms"] = 1
    }
    match($0, /^[ \t]*for:[ \t]*[0-9a-z]+/) {
      head = substr($0, 1, RLENGTH); rest = substr($0, RLENGTH + 1)
      indent = head; sub(/for:.*/, "", indent)
      d = head; sub(/^[ \t]*for:[ \t]*/, "", d)
      old = ms(d)
      if (old < 0) { print "make-fast: " FILENAME ":" FNR ": cannot read duration " d > "/dev/stderr"; failed = 1; print; next }
      if (mode == "factor") new = int((old / value + 999) / 1000) * 1000
      else new = old < value ? old : value
      print indent "for: " (new % 1000 == 0 ? (new / 1000) "s" : new "ms") rest
      next
    }
    { print }
    END { exit failed }
  ' "$file" >"$out"
done

if ! report="$(promtool check rules "${outs[@]}" 2>&1)"; then
  echo "make-fast: promtool check rules failed on the shortened copies in $dst:" >&2
  echo "$report" >&2
  exit 1
fi
echo "make-fast: ${#files[@]} rule files -> $dst (for: $mode $spec)"
