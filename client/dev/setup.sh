#!/usr/bin/env bash
# Installs, once, what `npm start` and the real-editor tests need beyond `npm ci`:
#   - Debian packages: chromium (the browser that shows VS Code), ripgrep (VS Code's search, also
#     needed by code-server's install), libkrb5-dev (headers code-server's native modules build against);
#   - code-server 4.99.4 (VS Code 1.99.3, the last one that runs on Node 20) from the npm registry,
#     pinned by client/dev/code-server/package-lock.json.
# Idempotent: does nothing when everything is there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "grille: il manque ${need[*]} ; installez-les (apt-get install ${need[*]}) ou relancez en root." >&2
    exit 1
  fi
  echo "grille: installation de ${need[*]} (paquets Debian)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -x "$here/code-server/node_modules/.bin/code-server" ]; then
  echo "grille: installation de code-server 4.99.4…"
  # @vscode/ripgrep downloads rg from GitHub at install time; it accepts a tarball already in its cache.
  cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  tarball="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -f "$tarball" ]; then
    mkdir -p "$cache"
    staging="$(mktemp -d)"
    cp "$(command -v rg)" "$staging/rg"
    tar czf "$tarball" -C "$staging" rg
    rm -rf "$staging"
  fi
  # code-server's postinstall refuses root without unsafe-perm; node-pty's runs npx non-interactively.
  (cd "$here/code-server" && npm_config_unsafe_perm=true npm_config_yes=true npm ci --no-audit --no-fund --loglevel=error)
fi
