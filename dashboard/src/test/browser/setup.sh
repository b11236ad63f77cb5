#!/usr/bin/env bash
# Makes ready what the browser test needs, on a bare machine too: Debian's Chromium (installed when
# missing), Node.js and npm, and playwright-core (npm ci, into the folder given, from package-lock.json).
# Playwright never downloads a browser of its own here: the test drives /usr/bin/chromium.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="${1:?usage: setup.sh FOLDER}"

apt_install() {
  local sudo_cmd=()
  [[ "$(id -u)" -eq 0 ]] || sudo_cmd=(sudo -n)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "$@" \
    || { "${sudo_cmd[@]}" apt-get update -q && "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "$@"; }
}

if [[ ! -x /usr/bin/chromium ]]; then
  echo "browser test: installing Debian's chromium" >&2
  apt_install chromium
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "browser test: installing Node.js and npm" >&2
  apt_install nodejs npm
fi

mkdir -p "$dest"
cp "$here/package.json" "$here/package-lock.json" "$here/leaderboard.mjs" "$dest/"
cd "$dest"
if [[ ! -f node_modules/playwright-core/package.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
