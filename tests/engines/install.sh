#!/usr/bin/env bash
# Installs the real static site generators that tests/Inkstone.Import.Tests builds the fixture sites in
# sites/import/ with, so that Inkstone's URLs are compared with the engine's own in the same test run.
#
# Pinned, from the project's own files only: Hugo, Jekyll (with the plugins the Jekyll fixture lists) and
# MkDocs (with Material and pymdownx) from Debian 12; Hexo from npm through tests/engines/hexo/package.json
# and its committed package-lock.json (npm ci). Nothing is downloaded from anywhere else.
#
# Debian versions are pinned to the upstream release with a pattern on the Debian revision
# (jekyll=4.3.1+dfsg-*): a Debian security update of the same release still installs, a new release
# does not. Idempotent: apt-get runs (one update, one install) only when a package is missing or at
# another release, npm ci only when node_modules does not match the lock file. Runs as root on Debian 12.
set -euo pipefail
cd "$(dirname "$0")"

# name=upstream-version pattern
packages=(
  'hugo=0.111.3-*'
  'jekyll=4.3.1+dfsg-*'
  'ruby-jekyll-feed=0.17.0-*'
  'ruby-jekyll-redirect-from=0.16.0-*'
  'ruby-jekyll-paginate=1.1.0-*'
  'ruby-jekyll-archives=2.2.1-*'
  'mkdocs=1.4.2+dfsg-*'
  'mkdocs-material=8.2.5-*'
  'python3-pymdownx=9.5-*'
)
# Hexo 8.1.2 declares "engines": { "node": ">=20.19.0" }.
node_major=20
node_minor=19

missing=()
for spec in "${packages[@]}"; do
  name=${spec%%=*}
  pattern=${spec#*=}
  installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Version}' "$name" 2>/dev/null || true)
  # shellcheck disable=SC2053 # the pin is a glob on purpose
  if [[ "$installed" != "ii  "* || "${installed#ii  }" != $pattern ]]; then
    missing+=("$spec")
  fi
done
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if ((${#missing[@]} > 0)); then
  if [ "$(id -u)" != 0 ]; then
    echo "tests/engines/install.sh: these packages are missing or at another release: ${missing[*]}" >&2
    echo "Run it as root (sudo tests/engines/install.sh) to install them from Debian." >&2
    exit 1
  fi
  echo "Installing from Debian: ${missing[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends --allow-downgrades "${missing[@]}"
fi

node_version=$(node --version)
IFS=. read -r major minor _ <<<"${node_version#v}"
if ((major < node_major || (major == node_major && minor < node_minor))); then
  echo "tests/engines/install.sh: Hexo 8.1.2 needs Node.js >= $node_major.$node_minor, and this machine has $node_version." >&2
  echo "Debian 12's own nodejs is 18.x; install a newer Node.js (with npm) before running the engine tests." >&2
  exit 1
fi

# npm writes node_modules/.package-lock.json on every install; when it has every package of the lock file
# at the locked version, the tree is already the pinned one.
if ! node -e '
  const want = require("./hexo/package-lock.json").packages, have = require("./hexo/node_modules/.package-lock.json").packages;
  for (const [path, entry] of Object.entries(want)) {
    if (!path || (entry.optional && !have[path])) continue;   // e.g. fsevents, macOS only
    if (!have[path] || have[path].version !== entry.version) process.exit(1);
  }' 2>/dev/null; then
  echo "Installing Hexo from tests/engines/hexo/package-lock.json ..."
  (cd hexo && npm ci --ignore-scripts --no-audit --no-fund)
fi

echo "Engines ready: $(hugo version | cut -d' ' -f2), jekyll $(jekyll --version | cut -d' ' -f2), mkdocs $(mkdocs --version | cut -d' ' -f3), hexo $(node -p 'require("./hexo/node_modules/hexo/package.json").version') on node $node_version"
