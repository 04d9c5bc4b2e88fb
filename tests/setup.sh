#!/usr/bin/env bash
# Installs what the slow test tiers need on a fresh machine, from the project's own files only:
#   - Debian's Chromium, which tests/Inkstone.Browser.Tests drives (never a browser download);
#   - axe-core, KaTeX and Mermaid from npm, pinned by tests/Inkstone.Browser.Tests/package-lock.json: the tests inject axe-core,
#     the math layout harness draws every formula with KaTeX beside Inkstone (its CSS and fonts served locally), and the
#     diagram comparison page draws every sample diagram with Mermaid beside Inkstone;
#   - Debian's graphviz, whose dot draws ```dot fences (tests/Inkstone.Tests DiagramsInPostsTests, Category=Engines);
#   - s3rver from npm, pinned by tests/s3rver/package-lock.json, the S3-compatible server the deploy tests start;
#   - shiki from npm, pinned by tests/shiki/package-lock.json, which the highlighting differential test runs;
#   - the real Hugo, Jekyll, MkDocs and Hexo for tests/Inkstone.Import.Tests (tests/engines/install.sh);
#   - Debian's fonts-wqy-microhei, the Chinese font the math layout harness draws \text{} with on both sides;
#   - Debian's firefox-esr, with which the math layout page is looked at in Firefox (docs/math/firefox.md);
#   - Debian's clang and zlib1g-dev, with which release/build.sh compiles the native command that
#     tests/Inkstone.Cli.Tests/NativeBuildTests compares with the framework-dependent one.
# Idempotent: each step runs only when what it installs is missing or at another version. apt-get needs
# root; without it the script says what is missing and how to install it.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${INKSTONE_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "tests/setup.sh: Chromium is missing. Install Debian's (sudo apt-get install chromium), run this script as root," >&2
    echo "or set INKSTONE_CHROMIUM to a Chromium binary." >&2
    exit 1
  fi
  echo "Installing chromium for the browser tests ..."
  apt-get update >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "tests/setup.sh: npm is missing; the browser tests need axe-core from tests/Inkstone.Browser.Tests/package-lock.json." >&2
  exit 1
fi
axe_wanted=$(node -p 'require("./Inkstone.Browser.Tests/package-lock.json").packages["node_modules/axe-core"].version')
axe_have=$(node -p 'try { require("./Inkstone.Browser.Tests/node_modules/axe-core/package.json").version } catch { "" }')
katex_wanted=$(node -p 'require("./Inkstone.Browser.Tests/package-lock.json").packages["node_modules/katex"].version')
katex_have=$(node -p 'try { require("./Inkstone.Browser.Tests/node_modules/katex/package.json").version } catch { "" }')
mermaid_wanted=$(node -p 'require("./Inkstone.Browser.Tests/package-lock.json").packages["node_modules/mermaid"].version')
mermaid_have=$(node -p 'try { require("./Inkstone.Browser.Tests/node_modules/mermaid/package.json").version } catch { "" }')
if [ "$axe_wanted" != "$axe_have" ] || [ "$katex_wanted" != "$katex_have" ] || [ "$mermaid_wanted" != "$mermaid_have" ]; then
  echo "Installing axe-core $axe_wanted, KaTeX $katex_wanted and Mermaid $mermaid_wanted from tests/Inkstone.Browser.Tests/package-lock.json ..."
  (cd Inkstone.Browser.Tests && npm ci --ignore-scripts --no-audit --no-fund)
fi

s3rver_wanted=$(node -p 'require("./s3rver/package-lock.json").packages["node_modules/s3rver"].version')
s3rver_have=$(node -p 'try { require("./s3rver/node_modules/s3rver/package.json").version } catch { "" }')
if [ "$s3rver_wanted" != "$s3rver_have" ]; then
  echo "Installing s3rver $s3rver_wanted from tests/s3rver/package-lock.json ..."
  (cd s3rver && npm ci --ignore-scripts --no-audit --no-fund)
fi

# A Chinese font, so CJK text inside \text{} is drawn with the same glyphs (and widths) by Inkstone and KaTeX in the
# math layout harness; without one Chromium falls back to whatever the machine has, or to boxes.
if ! fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei'; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing fonts-wqy-microhei for the math layout harness ..."
    apt-get update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-wqy-microhei >/dev/null
  else
    echo "tests/setup.sh: no Chinese font; the math layout harness measures CJK text with one (sudo apt-get install fonts-wqy-microhei)." >&2
  fi
fi

if ! command -v firefox-esr >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing firefox-esr for the math layout screenshots in Firefox ..."
    apt-get update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr >/dev/null
  else
    echo "tests/setup.sh: no firefox-esr; docs/math/firefox.md's screenshots are taken with it (sudo apt-get install firefox-esr)." >&2
  fi
fi

if { ! command -v clang >/dev/null 2>&1 || [ ! -f /usr/include/zlib.h ]; } && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing clang and zlib1g-dev for the native build ..."
  apt-get update >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y clang zlib1g-dev >/dev/null
fi

# Graphviz's dot, which Inkstone runs for ```dot fences when it is installed.
if ! command -v dot >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing graphviz for the dot diagram tests ..."
    apt-get update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y graphviz >/dev/null
  else
    echo "tests/setup.sh: Graphviz is missing; the dot diagram tests need it (sudo apt-get install graphviz)." >&2
  fi
fi

shiki_wanted=$(node -p 'require("./shiki/package-lock.json").packages["node_modules/shiki"].version')
shiki_have=$(node -p 'try { require("./shiki/node_modules/shiki/package.json").version } catch { "" }')
if [ "$shiki_wanted" != "$shiki_have" ]; then
  echo "Installing shiki $shiki_wanted from tests/shiki/package-lock.json ..."
  (cd shiki && npm ci --ignore-scripts --no-audit --no-fund)
fi

engines/install.sh
echo "Test set-up ready: chromium $(${INKSTONE_CHROMIUM:-/usr/bin/chromium} --version 2>/dev/null | awk '{ print $2 }'), axe-core $axe_wanted, KaTeX $katex_wanted, Mermaid $mermaid_wanted, graphviz $(dot -V 2>&1 | awk '{ print $5 }'), s3rver $s3rver_wanted, shiki $shiki_wanted."
