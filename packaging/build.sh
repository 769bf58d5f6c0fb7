#!/usr/bin/env bash
# Build Healer's Linux deliverables into dist/ (run by `make package`):
#   dist/healer/                               the PyInstaller one-folder bundle
#   dist/healer-<version>-linux-<machine>.tar.gz   per-user install: install.sh / uninstall.sh
#   dist/healer_<version>_<arch>.deb           system install: /opt/healer, /usr/bin/healer{,-cli}
# Everything is built offline from the venv's PyPI wheels and Debian's own tools.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python="${PYTHON:-.venv/bin/python}"
app_id="$("$python" -c 'from healer.appinfo import APP_ID; print(APP_ID)')"
version="$("$python" -c 'from healer.appinfo import VERSION; print(VERSION)')"
arch="$(dpkg --print-architecture)"
machine="$(uname -m)"
work=build/package
mkdir -p dist build

# 1. The bundle. PyInstaller's chatter goes to a log so failures stay readable.
started=$(date +%s)
log=build/pyinstaller.log
if ! "$python" -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller \
    packaging/healer.spec >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "build.sh: PyInstaller failed (full log: $log)" >&2
    exit 1
fi
grep -E '^healer\.spec:' "$log" || true
# PyInstaller only warns about a library it could not find; such a bundle cannot start.
if ! "$python" packaging/check_libraries.py "$log" dist/healer; then
    echo "build.sh: the bundle lacks shared libraries (full log: $log)" >&2
    exit 1
fi
bundle_seconds=$(($(date +%s) - started))
bundle_mb=$(du -sm dist/healer | cut -f1)
echo "bundle: dist/healer ${bundle_mb} MB, built in ${bundle_seconds} s"

# 2. The desktop-integration files, laid out as under share/ so both packages copy one tree.
rm -rf "$work"
share="$work/share"
mkdir -p "$share/applications" "$share/metainfo" "$share/icons"
cp packaging/linux/"$app_id".desktop "$share/applications/"
cp packaging/linux/"$app_id".metainfo.xml "$share/metainfo/"
cp -r resources/icons/hicolor "$share/icons/"

# 3. The tarball. Hard links (cp -l) instead of copies: the bundle is ~200 MB.
stem="healer-$version-linux-$machine"
tree="$work/tarball/$stem"
mkdir -p "$tree"
cp -al dist/healer "$tree/healer"
cp -r "$share" "$tree/share"
install -m 755 packaging/linux/install.sh packaging/linux/uninstall.sh "$tree/"
cp LICENSE "$tree/"
tar -C "$work/tarball" -czf "dist/$stem.tar.gz" "$stem"
echo "tarball: dist/$stem.tar.gz $(du -h "dist/$stem.tar.gz" | cut -f1)"

# 4. The .deb: the bundle under /opt, launcher symlinks on PATH (PyInstaller's bootloader
# finds its _internal folder through /proc/self/exe, so a symlink works), and the shared
# files under /usr/share, where Debian's triggers refresh menus and icon caches.
deb="$work/deb/healer_${version}_$arch"
mkdir -p "$deb/opt" "$deb/usr/bin" "$deb/usr/share/doc/healer" "$deb/DEBIAN"
cp -al dist/healer "$deb/opt/healer"
ln -s /opt/healer/healer "$deb/usr/bin/healer"
ln -s /opt/healer/healer-cli "$deb/usr/bin/healer-cli"
cp -r "$share"/. "$deb/usr/share/"
cp LICENSE "$deb/usr/share/doc/healer/copyright"
# Libraries the bundle does not carry: libc and the GPU stack come from the system, and
# the bundled fontconfig needs the system's font configuration and at least one font.
# The Wayland libraries are only needed in a Wayland session (Qt falls back to X11).
# awk reads all of ldd's output: `head -n 1` would close the pipe early, and under
# pipefail ldd's SIGPIPE (exit 141) fails the build now and then.
glibc="$(ldd --version | awk 'NR == 1 { print $NF }')"
cat >"$deb/DEBIAN/control" <<EOF
Package: healer
Version: $version
Architecture: $arch
Maintainer: The Healer authors <healer@users.noreply.github.com>
Installed-Size: $(du -sk --exclude=DEBIAN "$deb" | cut -f1)
Depends: libc6 (>= $glibc), libegl1, libgl1, libxcb1, fontconfig-config, fonts-dejavu-core | fonts-freefont-ttf
Recommends: libwayland-client0, libwayland-cursor0, libwayland-egl1
Section: utils
Priority: optional
Description: private, offline companion for healing anxious attachment
 Healer is a calm, private journal: log what set the alarm off, calm your
 body with a breathing pacer, and watch the alarm get shorter over time.
 Everything stays on this computer in one encrypted SQLCipher file; Healer
 never connects to the network. It is a self-help journal, not therapy.
EOF
chmod -R u+rwX,go+rX,go-w "$deb"
dpkg-deb --root-owner-group -Zxz --build "$deb" "dist/healer_${version}_$arch.deb" >/dev/null
echo "deb: dist/healer_${version}_$arch.deb $(du -h "dist/healer_${version}_$arch.deb" | cut -f1)"
echo "package: done in $(($(date +%s) - started)) s"
