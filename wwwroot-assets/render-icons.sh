#!/usr/bin/env bash
# Draws the app icons' PNGs (home screen, manifest) from their SVG sources in
# src/OpsConsole.Web/wwwroot/icons/ with Debian's Chromium. The PNGs are committed; run this after editing an SVG.
set -euo pipefail
icons="$(cd "$(dirname "${BASH_SOURCE[0]}")/../src/OpsConsole.Web/wwwroot/icons" && pwd)"
page="$(mktemp --suffix=.html)"
trap 'rm -f "$page"' EXIT

render() { # SVG SIZE PNG
  printf '<html><body style="margin:0"><img src="file://%s/%s" width="%s" height="%s" style="display:block"></body></html>' \
    "$icons" "$1" "$2" "$2" >"$page"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$2,$2" --screenshot="$icons/$3" "file://$page" >/dev/null 2>&1
  echo "$3 (${2}x$2) from $1"
}

render icon.svg 192 icon-192.png
render icon.svg 512 icon-512.png
render icon.svg 180 apple-touch-icon.png
render icon-maskable.svg 512 icon-maskable-512.png
