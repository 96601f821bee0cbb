#!/usr/bin/env bash
# Proves the README's promise on a fresh machine: makes a bare Debian 12 root with debootstrap
# (--variant=minbase: nothing but the base system), copies the committed files of this checkout into
# it, and runs the two README commands there: scripts/test.sh (install, build, every test) and
# scripts/run.sh (install, build, open the demo portfolio; here with --screenshot, so that it ends).
#
#   sudo scripts/fresh-check.sh [ROOT_DIR]     (default /var/tmp/projectdesk-fresh; kept for a rerun)
#
# Needs root (debootstrap, chroot, mounts) and the network to Debian's mirror; takes a while (the
# root, then every package and a full build). PROJECTDESK_MIRROR overrides the mirror.
set -euo pipefail
PROJECTDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="${1:-/var/tmp/projectdesk-fresh}"
MIRROR="${PROJECTDESK_MIRROR:-http://deb.debian.org/debian}"

if [ "$(id -u)" -ne 0 ]; then
    echo "fresh-check.sh needs root (debootstrap and chroot): run it with sudo" >&2
    exit 1
fi
if ! command -v debootstrap >/dev/null 2>&1; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
fi

if [ ! -x "$TARGET/bin/bash" ]; then
    echo "== debootstrap --variant=minbase bookworm $TARGET"
    debootstrap --variant=minbase bookworm "$TARGET" "$MIRROR"
fi
# The security and update suites, as an installed Debian 12 has them.
cat > "$TARGET/etc/apt/sources.list" <<SOURCES
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
cp /etc/resolv.conf "$TARGET/etc/resolv.conf"

mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[$i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT
for fs in proc sys dev dev/pts; do
    mkdir -p "$TARGET/$fs"
    case "$fs" in
    proc) mount -t proc proc "$TARGET/proc" ;;
    sys) mount -t sysfs sys "$TARGET/sys" ;;
    dev) mount --bind /dev "$TARGET/dev" ;;
    dev/pts) mount -t devpts devpts "$TARGET/dev/pts" ;;
    esac
    mounted+=("$TARGET/$fs")
done

# What a clean clone holds: the committed files only, nothing of this tree's build.
rm -rf "$TARGET/root/projectdesk"
mkdir -p "$TARGET/root/projectdesk"
git -C "$PROJECTDESK_ROOT" archive --format=tar HEAD | tar -x -C "$TARGET/root/projectdesk"

run_in_root() {
    chroot "$TARGET" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        /bin/bash -c "cd /root/projectdesk && $1"
}
echo "== scripts/test.sh in the fresh root"
run_in_root "scripts/test.sh"
echo "== scripts/run.sh in the fresh root"
run_in_root "scripts/run.sh --screenshot /root/fresh-run.png"
test -s "$TARGET/root/fresh-run.png"
cp "$TARGET/root/fresh-run.png" "${PROJECTDESK_FRESH_SCREENSHOT:-/tmp/projectdesk-fresh-run.png}"
echo "== both README commands passed in a fresh Debian 12 root ($TARGET)"
