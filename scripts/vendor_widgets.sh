#!/usr/bin/env bash
# Refresh the vendored widget JavaScript from the npm registry.
# Usage: bash scripts/vendor_widgets.sh [HTML_MANAGER_VERSION] [REQUIREJS_VERSION]
set -euo pipefail
hm="${1:-1.0.15}"; rq="${2:-2.3.8}"
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund \
   "@jupyter-widgets/html-manager@$hm" "requirejs@$rq" >/dev/null)
dest="$root/_vendor/widgets"
dist="$tmp/node_modules/@jupyter-widgets/html-manager/dist"
find "$dest" -maxdepth 1 -type f ! -name 'LICENSE-*' -delete
cp "$dist/embed-amd.js" "$dest/"
cp "$dist"/*.woff2 "$dist"/*.woff "$dist"/*.ttf "$dist"/*.eot "$dist"/*.svg "$dest/"
cp "$dist/embed.js.LICENSE.txt" "$dest/embed-amd.js.LICENSE.txt"
cp "$tmp/node_modules/requirejs/require.js" "$dest/"
echo "vendored html-manager $hm and requirejs $rq into $dest; update the versions in _vendor/README.md and the LICENSE-* headers"
