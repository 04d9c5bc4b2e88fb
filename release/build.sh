#!/usr/bin/env bash
# Builds the inkstone command as one self-contained file per platform, into artifacts/release/:
#
#   release/build.sh                          # linux-x64 linux-arm64 osx-arm64 win-x64
#   release/build.sh linux-x64                # one platform
#
# The platform this script runs on gets a native build (NativeAOT: no JIT at start, about 40 MB); the others
# get a single file with ReadyToRun code (compiled ahead of time where the platform's native linker is not at
# hand; NativeAOT cannot cross operating systems). Each prints its commit with --version. A native build needs
# clang and zlib's headers (Debian: apt-get install clang zlib1g-dev), which the script installs when it runs
# as root and they are missing. Writes SHA256SUMS beside the files.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${OUT:-$repo/artifacts/release}"
rids=("$@")
if [ ${#rids[@]} -eq 0 ]; then rids=(linux-x64 linux-arm64 osx-arm64 win-x64); fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) host=linux-x64 ;;
  Linux-aarch64) host=linux-arm64 ;;
  Darwin-arm64) host=osx-arm64 ;;
  *) host="" ;;
esac

linker_ready() {
  command -v clang >/dev/null 2>&1 && [ -f /usr/include/zlib.h ] || [ "$(uname -s)" = Darwin ]
}

if [[ " ${rids[*]} " == *" $host "* ]] && ! linker_ready && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing clang and zlib1g-dev for the native build ..." >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev >/dev/null
fi

mkdir -p "$out"
for rid in "${rids[@]}"; do
  ext=""; [[ $rid == win-* ]] && ext=".exe"
  staging="$(mktemp -d)"
  if [ "$rid" = "$host" ] && linker_ready; then
    kind="native (NativeAOT)"
    dotnet publish "$repo/src/Inkstone.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$staging" -nologo -v quiet >&2
  else
    kind="single file (ReadyToRun)"
    dotnet publish "$repo/src/Inkstone.Cli" -c Release -r "$rid" --self-contained -p:PublishSingleFile=true \
      -p:PublishReadyToRun=true -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none -o "$staging" -nologo -v quiet >&2
  fi
  cp "$staging/Inkstone.Cli$ext" "$out/inkstone-$rid$ext"
  rm -rf "$staging"
  printf '%-12s %-26s %s\n' "$rid" "$kind" "$(du -h "$out/inkstone-$rid$ext" | cut -f1)"
done

(cd "$out" && sha256sum inkstone-* > SHA256SUMS)
if [ -n "$host" ] && [ -x "$out/inkstone-$host" ]; then
  "$out/inkstone-$host" --version
fi
