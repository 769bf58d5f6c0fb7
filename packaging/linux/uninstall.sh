#!/usr/bin/env bash
# Remove the per-user Healer that install.sh put in place. Your vault and settings stay
# exactly where they are: the script says where, so you can back them up or delete them.
set -euo pipefail

APP_ID="io.github.healer_app.Healer"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
config_home="${XDG_CONFIG_HOME:-$HOME/.config}"
app_dir="$HOME/.local/lib/healer"
bin_dir="$HOME/.local/bin"

# Only remove a launcher if it is ours; someone may have another `healer` there.
for name in healer healer-cli; do
    if [ -L "$bin_dir/$name" ] && [ "$(readlink "$bin_dir/$name")" = "$app_dir/$name" ]; then
        rm -f -- "$bin_dir/$name"
    fi
done
rm -f -- "$data_home/applications/$APP_ID.desktop" "$data_home/metainfo/$APP_ID.metainfo.xml"
rm -f -- "$data_home"/icons/hicolor/*/apps/"$APP_ID".png \
    "$data_home"/icons/hicolor/scalable/apps/"$APP_ID".svg
if [ -d "$data_home/icons/hicolor" ]; then
    # Tidy the size folders install.sh created, where nothing else lives now.
    for apps in "$data_home"/icons/hicolor/*/apps; do
        rmdir -- "$apps" "$(dirname "$apps")" 2>/dev/null || true
    done
    touch "$data_home/icons/hicolor"
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data_home/applications" ]; then
    update-desktop-database -q "$data_home/applications" || true
fi
# The bundle last: this script may be running from inside it. Check it looks like Healer
# before a recursive delete, so a damaged variable can never remove anything else.
if [ -x "$app_dir/healer" ] && [ -d "$app_dir/_internal" ]; then
    rm -rf -- "$app_dir"
fi

echo "Healer has been removed."
vault="$data_home/Healer/Healer/healer.vault"
if [ -e "$vault" ]; then
    echo "Your vault was left untouched: $vault"
    echo "It is encrypted with your passphrase. Keep it as a backup, or delete the folder"
    echo "$(dirname "$vault") yourself if you want your journal gone for good."
else
    echo "No vault was found in the default place ($vault); nothing of yours was touched."
fi
if [ -n "${HEALER_VAULT:-}" ]; then
    echo "HEALER_VAULT points at another vault, also left untouched: $HEALER_VAULT"
fi
if [ -d "$config_home/Healer" ]; then
    echo "Window and preference settings (no journal text) remain in $config_home/Healer."
fi
