#!/usr/bin/env bash
# Rebuilds themes/default/assets/fonts/latinmodern-math.woff2 and lmroman10-italic.woff2 (TeX's text italic, for
# \mathit and \textit) from Debian's Latin Modern fonts, each converted unchanged.
# Needs the Debian packages fonts-lmodern (the OpenType fonts and their licence) and woff2 (woff2_compress).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
math=/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf
italic=/usr/share/texmf/fonts/opentype/public/lm/lmroman10-italic.otf
if [[ ! -f "$math" || ! -f "$italic" || ! -x "$(command -v woff2_compress)" ]]; then
  echo "installing fonts-lmodern and woff2" >&2
  apt-get install -y fonts-lmodern woff2 >/dev/null
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$root/themes/default/assets/fonts"
mkdir -p "$out"
for otf in "$math" "$italic"; do
  name="$(basename "$otf" .otf)"
  cp "$otf" "$work/$name.otf"
  woff2_compress "$work/$name.otf" >/dev/null
  cp "$work/$name.woff2" "$out/$name.woff2"
done
version="$(dpkg-query -W -f='${Version}' fonts-lmodern 2>/dev/null || echo 'version unknown')"
{
  echo "Latin Modern Math, converted unchanged from OpenType to WOFF2 (bench/math/make-font.sh)."
  echo "Source: the Debian package fonts-lmodern, $version."
  echo
  cat /usr/share/texmf/doc/fonts/lm-math/GUST-FONT-LICENSE.txt; echo; echo "Debian copyright file of fonts-lmodern:"; echo; cat /usr/share/doc/fonts-lmodern/copyright
} > "$out/LICENSE-latinmodern-math.txt"
{
  echo "Latin Modern Roman 10 Italic (lmroman10-italic), converted unchanged from OpenType to WOFF2 (bench/math/make-font.sh)."
  echo "Source: the Debian package fonts-lmodern, $version."
  echo
  cat /usr/share/texmf/doc/fonts/lm/GUST-FONT-LICENSE.TXT; echo; echo "Debian copyright file of fonts-lmodern:"; echo; cat /usr/share/doc/fonts-lmodern/copyright
} > "$out/LICENSE-lmroman.txt"
ls -l "$out"
