#!/usr/bin/env bash
# Builds the inkstone command, self-contained, per platform into artifacts/release/inkstone-RID/ and an archive of
# that folder, artifacts/release/inkstone-RID.tar.gz:
#
#   release/build.sh                          # linux-x64 linux-arm64 osx-arm64 win-x64
#   release/build.sh linux-x64                # one platform
#
# The platform this script runs on gets a native build (NativeAOT: no JIT at start, about 40 MB); the others
# get a single file with ReadyToRun code (compiled ahead of time where the platform's native linker is not at
# hand; NativeAOT cannot cross operating systems). The native build has the Oniguruma library of the TextMate
# highlighter (libonigwrap, from its NuGet package) and libvips (the image stage's, from NetVips.Native) beside it;
# the single files carry them inside. Each prints its
# commit with --version. A native build needs
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
  folder="$out/inkstone-$rid"
  rm -rf "$folder" && mkdir -p "$folder"
  cp "$staging/Inkstone.Cli$ext" "$folder/inkstone$ext"
  # Native libraries beside the command: Oniguruma's, and libvips' (libvips.so.42, libvips.42.dylib, libvips-42.dll).
  find "$staging" -maxdepth 1 \( -name '*.so' -o -name '*.so.*' -o -name '*.dylib' -o -name '*.dll' \) -exec cp {} "$folder/" \;
  rm -rf "$staging"
  tar -czf "$out/inkstone-$rid.tar.gz" -C "$out" "inkstone-$rid"
  printf '%-12s %-26s %s\n' "$rid" "$kind" "$(du -sh "$folder" | cut -f1)"
done

(cd "$out" && sha256sum inkstone-*.tar.gz > SHA256SUMS)
if [ -n "$host" ] && [ -x "$out/inkstone-$host/inkstone" ]; then
  "$out/inkstone-$host/inkstone" --version
fi
