#!/usr/bin/env bash
# Rebuilds themes/default/assets/fonts/latinmodern-math.woff2 from Debian's Latin Modern Math.
# Needs the Debian packages fonts-lmodern (the OpenType font and its licence) and woff2 (woff2_compress).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
otf=/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf
if [[ ! -f "$otf" || ! -x "$(command -v woff2_compress)" ]]; then
  echo "installing fonts-lmodern and woff2" >&2
  apt-get install -y fonts-lmodern woff2 >/dev/null
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$otf" "$work/latinmodern-math.otf"
woff2_compress "$work/latinmodern-math.otf" >/dev/null
out="$root/themes/default/assets/fonts"
mkdir -p "$out"
cp "$work/latinmodern-math.woff2" "$out/latinmodern-math.woff2"
licence=/usr/share/texmf/doc/fonts/lm-math/GUST-FONT-LICENSE.txt
{
  echo "Latin Modern Math, converted unchanged from OpenType to WOFF2 (bench/math/make-font.sh)."
  echo "Source: the Debian package fonts-lmodern, $(dpkg-query -W -f='${Version}' fonts-lmodern 2>/dev/null || echo 'version unknown')."
  echo
  cat "$licence"; echo; echo "Debian copyright file of fonts-lmodern:"; echo; cat /usr/share/doc/fonts-lmodern/copyright
} > "$out/LICENSE-latinmodern-math.txt"
ls -l "$out"
