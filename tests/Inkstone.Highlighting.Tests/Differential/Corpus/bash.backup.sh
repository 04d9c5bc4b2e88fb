#!/usr/bin/env bash
# Nightly backup of the blog's content and render cache, keeping the last seven days.
set -euo pipefail

SRC="${BLOG_ROOT:-$HOME/blog}"
DEST="/var/backups/blog"
KEEP_DAYS=7
stamp=$(date +%Y%m%d-%H%M)

log() {
    printf '%s %s\n' "$(date -Is)" "$*" >> "$DEST/backup.log"
}

mkdir -p "$DEST"
if [[ ! -d "$SRC/content" ]]; then
    log "no content folder under $SRC, giving up"
    exit 1
fi

archive="$DEST/blog-$stamp.tar.zst"
tar --exclude='.cache/tmp' -C "$SRC" -cf - content static .cache/render \
    | zstd -T0 -19 -q -o "$archive"
size=$(du -h "$archive" | cut -f1)
log "wrote $archive ($size)"

# Drop archives older than the retention window.
find "$DEST" -name 'blog-*.tar.zst' -mtime +"$KEEP_DAYS" -print -delete | while read -r old; do
    log "removed ${old##*/}"
done

count=$(ls -1 "$DEST"/blog-*.tar.zst 2>/dev/null | wc -l)
if (( count < 3 )); then
    echo "warning: only $count archives in $DEST" >&2
fi

case "${1:-}" in
    --verify)
        zstd -t "$archive" && log "verified $archive"
        ;;
    "")
        ;;
    *)
        echo "usage: $0 [--verify]" >&2
        exit 2
        ;;
esac
