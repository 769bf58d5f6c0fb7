#!/usr/bin/env bash
# Install Healer for the current user only: no root, nothing outside your home folder.
#
#   app        ~/.local/lib/healer/            (the bundle; replaced on upgrade)
#   launchers  ~/.local/bin/healer, ~/.local/bin/healer-cli (the command line)
#   menu entry ~/.local/share/applications/, icons ~/.local/share/icons/hicolor/,
#              software-centre data ~/.local/share/metainfo/
#
# Your vault (~/.local/share/Healer/Healer/healer.vault by default) and your settings are
# never read, moved or changed by this script, so upgrading keeps everything you wrote.
set -euo pipefail

APP_ID="io.github.healer_app.Healer"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
app_dir="$HOME/.local/lib/healer"
bin_dir="$HOME/.local/bin"
launcher="$bin_dir/healer"
cli_launcher="$bin_dir/healer-cli"

if [ "$(id -u)" = 0 ] && [ "${HEALER_INSTALL_AS_ROOT:-}" != 1 ]; then
    # As root this would install into root's home, which is almost never what was meant.
    echo "Run install.sh as yourself, not with sudo: it installs into your own home folder." >&2
    echo "(For a system-wide install use the .deb package.)" >&2
    exit 1
fi
if [ ! -x "$here/healer/healer" ]; then
    echo "install.sh: the app folder is missing next to this script ($here/healer)." >&2
    exit 1
fi
# Never overwrite someone else's `healer` or `healer-cli` command (for example from a
# `pip install --user healer`).
for name in healer healer-cli; do
    if [ -e "$bin_dir/$name" ] || [ -L "$bin_dir/$name" ]; then
        if [ "$(readlink "$bin_dir/$name" || true)" != "$app_dir/$name" ]; then
            echo "install.sh: $bin_dir/$name already exists and is not Healer's launcher." >&2
            echo "Move it out of the way, then run install.sh again." >&2
            exit 1
        fi
    fi
done

# Copy next to the old version first and swap at the end, so a failed copy (a full disk)
# leaves the installed version working.
mkdir -p "$(dirname "$app_dir")"
staging="$app_dir.new.$$"
trap 'rm -rf -- "$staging"' EXIT
cp -a "$here/healer" "$staging"
cp "$here/uninstall.sh" "$staging/uninstall.sh"
chmod 755 "$staging/uninstall.sh"
if [ -d "$app_dir" ]; then
    rm -rf -- "$app_dir.old"
    mv -- "$app_dir" "$app_dir.old"
fi
mv -- "$staging" "$app_dir"
rm -rf -- "$app_dir.old"
trap - EXIT

mkdir -p "$bin_dir"
ln -sfn "$app_dir/healer" "$launcher"
ln -sfn "$app_dir/healer-cli" "$cli_launcher"

# The menu entry points at the launcher by absolute path: ~/.local/bin is not on every
# desktop session's PATH. Quoted, as the desktop-entry spec allows, for homes with spaces.
mkdir -p "$data_home/applications"
sed -e "s|^Exec=healer\$|Exec=\"$launcher\"|" -e "s|^TryExec=healer\$|TryExec=$launcher|" \
    "$here/share/applications/$APP_ID.desktop" >"$data_home/applications/$APP_ID.desktop"

for icon in "$here"/share/icons/hicolor/*/apps/"$APP_ID".*; do
    size_dir="$(basename "$(dirname "$(dirname "$icon")")")"
    mkdir -p "$data_home/icons/hicolor/$size_dir/apps"
    cp "$icon" "$data_home/icons/hicolor/$size_dir/apps/"
done
mkdir -p "$data_home/metainfo"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$data_home/metainfo/"

# Let menus notice the new entry now rather than at next login. No icon cache is written:
# a per-user cache goes stale when other apps add icons without refreshing it.
touch "$data_home/icons/hicolor"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" || true
fi

echo "Healer is installed in $app_dir."
echo "Start it from your application menu, or run: $launcher"
echo "The command line is $cli_launcher (see $cli_launcher --help)."
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "($bin_dir is not on your PATH, so type the full path above or use the menu.)" ;;
esac
echo "To remove it later: $app_dir/uninstall.sh (your vault is always left in place)."
