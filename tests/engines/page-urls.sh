#!/usr/bin/env bash
# Usage: tests/engines/page-urls.sh ENGINE SITE_DIR OUT_DIR
#   ENGINE is jekyll, hexo, hugo or mkdocs (installed by tests/engines/install.sh).
#
# Builds SITE_DIR with the real engine into OUT_DIR (created; it must be empty) and prints the page URLs
# of the result, as tests/engines/list-urls.sh lists them. The site is copied to a temporary folder
# first, so no engine ever writes into the repository (Jekyll's cache, Hugo's lock file, Hexo's db.json).
# README.md and expected-urls.txt at the top of a fixture describe it and are not part of the site: they
# are left out of the copy. The engine's version goes to stderr.
#
# The clock's time zone is UTC (TZ=UTC) and the locale C.UTF-8, so the URLs do not depend on the
# machine: a fixture that wants another zone says so in its own config, as a writer would. Hexo alone
# dates its URLs in the machine's zone, so it runs in the zone its _config.yml names (see hexo below).
set -euo pipefail

usage="usage: tests/engines/page-urls.sh jekyll|hexo|hugo|mkdocs SITE_DIR OUT_DIR"
engine=${1:?$usage}
site=${2:?$usage}
out=${3:?$usage}
here=$(cd "$(dirname "$0")" && pwd)

[ -d "$site" ] || { echo "page-urls.sh: no such site folder: $site" >&2; exit 1; }
mkdir -p "$out"
if [ -n "$(ls -A "$out")" ]; then
  echo "page-urls.sh: the output folder must be empty: $out" >&2
  exit 1
fi
out=$(cd "$out" && pwd)

export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8

missing_engine() {
  echo "page-urls.sh: $1 is not installed. Install the pinned engines with: sudo tests/engines/install.sh" >&2
  exit 3
}

work=$(mktemp -d "${TMPDIR:-/tmp}/inkstone-engine-$engine-XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -a "$site/." "$work/site"
rm -f "$work/site/README.md" "$work/site/expected-urls.txt"
cd "$work/site"

case "$engine" in
  jekyll)
    command -v jekyll >/dev/null 2>&1 || missing_engine jekyll
    # The plugins are Debian's gems, not a bundle: a writer's Gemfile must not send Jekyll to Bundler.
    export JEKYLL_NO_BUNDLER_REQUIRE=true
    echo "$(jekyll --version)" >&2
    jekyll build --source . --destination "$out" --quiet >&2
    ;;
  hexo)
    hexo="$here/hexo/node_modules/.bin/hexo"
    command -v node >/dev/null 2>&1 || missing_engine node
    [ -x "$hexo" ] || missing_engine "hexo (tests/engines/hexo/node_modules)"
    echo "hexo $(node -p "require('$here/hexo/node_modules/hexo/package.json').version") on node $(node --version)" >&2
    # Hexo loads the plugins named in the site's package.json from its node_modules: give it the pinned set.
    cp "$here/hexo/package.json" package.json
    rm -rf node_modules
    ln -s "$here/hexo/node_modules" node_modules
    # Hexo reads front matter dates in the config's `timezone`, but writes :year/:month/:day of permalinks
    # and archives in the time zone of the machine: run it where the writer says the site lives.
    zone=$(sed -n -E "s/^timezone:[[:space:]]*[\"']?([A-Za-z0-9_+\/-]+).*/\1/p" _config.yml | head -n 1)
    TZ=${zone:-UTC} "$hexo" generate --silent >&2
    [ -d public ] || { echo "page-urls.sh: hexo wrote no public/ folder (is public_dir changed in _config.yml?)" >&2; exit 1; }
    cp -a public/. "$out"
    ;;
  hugo)
    command -v hugo >/dev/null 2>&1 || missing_engine hugo
    echo "$(hugo version | cut -d' ' -f1-2)" >&2
    hugo --source . --destination "$out" --quiet >&2
    ;;
  mkdocs)
    command -v mkdocs >/dev/null 2>&1 || missing_engine mkdocs
    echo "$(mkdocs --version | cut -d' ' -f1-3)" >&2
    mkdocs build --quiet --config-file mkdocs.yml --site-dir "$out" >&2
    ;;
  *)
    echo "$usage" >&2
    exit 2
    ;;
esac

"$here/list-urls.sh" "$out"
