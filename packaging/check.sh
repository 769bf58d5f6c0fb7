#!/usr/bin/env bash
# Check what `make package` built (run by `make package-check`, after the build):
# the frozen app starts offscreen and in a real X window, finds its resources, speaks Spanish
# under a Spanish locale, is trimmed as intended; the desktop file and metainfo validate; the
# tarball installs into a throwaway HOME, its launcher starts, reinstalling and uninstalling leave an existing vault untouched;
# the .deb holds the right files and its copy of the app starts; healer-cli runs a real
# init/log/list round trip from the bundle, the installed tarball and the .deb.
# Every check runs even after a failure, so one run shows everything that is wrong.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python="${PYTHON:-.venv/bin/python}"
app_id="$("$python" -c 'from healer.appinfo import APP_ID; print(APP_ID)')"
version="$("$python" -c 'from healer.appinfo import VERSION; print(VERSION)')"
bundle="$PWD/dist/healer"
tarball="$PWD/dist/healer-$version-linux-$(uname -m).tar.gz"
deb="$PWD/dist/healer_${version}_$(dpkg --print-architecture).deb"
share="$PWD/build/package/share"
marker="smoke-test ok: [1-9][0-9]* tabs rendered"
# Generous: a cold start on a busy 2-core runner takes a few seconds, a hang takes forever.
limit=180

scratch="$(mktemp -d -t healer-package-check.XXXXXX)"
trap 'rm -rf -- "$scratch"' EXIT
home="$scratch/home"
mkdir -p "$home" "$scratch/runtime"
chmod 700 "$scratch/runtime"

passed=()
failed=()

# check NAME COMMAND...: run one check with errexit on, print its output indented.
check() {
    local name="$1" log="$scratch/last.log" status
    shift
    set +e
    (set -euo pipefail; "$@") >"$log" 2>&1
    status=$?
    set -e
    if [ "$status" = 0 ]; then
        passed+=("$name")
        echo "ok    $name"
        grep -v -e '^\s*$' -e 'propagateSizeHints' "$log" | head -n 8 | sed 's/^/        /' || true
    else
        failed+=("$name")
        echo "FAIL  $name"
        tail -n 30 "$log" | sed 's/^/        /'
    fi
}

# The app under test never sees the real user's folders, vault or settings.
isolated() {
    env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u HEALER_VAULT \
        HOME="$home" XDG_RUNTIME_DIR="$scratch/runtime" "$@"
}

smoke_offscreen() {
    isolated QT_QPA_PLATFORM=offscreen timeout "$limit" "$1" --smoke-test | tee "$scratch/out"
    grep -q "$marker" "$scratch/out"
}

smoke_xvfb() {
    # xcb forced: if the bundled X11 plugin or its libraries were trimmed, this fails.
    isolated QT_QPA_PLATFORM=xcb timeout "$limit" xvfb-run -a -s "-screen 0 1280x1024x24" \
        "$1" --smoke-test | tee "$scratch/out"
    grep -q "$marker" "$scratch/out"
}

resources_from() {
    isolated QT_QPA_PLATFORM=offscreen timeout "$limit" "$1" --check-resources | tee "$scratch/out"
    grep -qx "resources ok: $2" "$scratch/out"
    # The font list built with the bundle is read, not rebuilt at every start.
    grep -q "^font list: reused" "$scratch/out"
}

speaks_spanish() {
    # Started as a Spanish desktop starts it: Healer's words and Qt's own (qtbase_es) load.
    local qt="$bundle/_internal/PySide6/Qt/translations"
    test -f "$bundle/_internal/healer/_resources/translations/healer_es.qm"
    test -f "$bundle/_internal/healer/_resources/translations/healer_en.qm"
    test -f "$qt/qtbase_es.qm"
    test "$(cd "$qt" && echo *)" = "qtbase_es.qm"  # no other language of Qt's
    isolated QT_QPA_PLATFORM=offscreen LANG=es_ES.UTF-8 LC_ALL=es_ES.UTF-8 \
        timeout "$limit" "$1" --check-resources | tee "$scratch/out"
    grep -qx "language: es_ES, Qt's Cancel: Cancelar" "$scratch/out"
}

bundle_resources_match() {
    # The bundle carries exactly the checkout's resources/, where the wheel puts them.
    diff -r "$PWD/resources" "$bundle/_internal/healer/_resources"
    echo "$(find "$PWD/resources" -type f | wc -l) resource files, identical to resources/"
}

trimmed() {
    local plugins="$bundle/_internal/PySide6/Qt/plugins" modules
    test "$(cd "$plugins/platforms" && echo *)" = "libqoffscreen.so libqwayland.so libqxcb.so"
    test ! -e "$plugins/platformthemes/libqgtk3.so"
    test ! -e "$plugins/tls" && test ! -e "$plugins/egldeviceintegrations"
    test -e "$plugins/iconengines/libqsvgicon.so" && test -e "$plugins/imageformats/libqsvg.so"
    modules="$scratch/modules"
    "$python" -m PyInstaller.utils.cliutils.archive_viewer -r -b "$bundle/healer" >"$modules"
    for wanted in healer.app healer.resources sqlcipher3 matplotlib.backends.backend_qtagg \
        matplotlib.backends.backend_pdf \
        zxcvbn.matching zxcvbn.frequency_lists; do
        grep -qx " *$wanted" "$modules" || { echo "missing module $wanted"; return 1; }
    done
    for unwanted in tkinter matplotlib.backends.backend_tkagg matplotlib.backends.backend_gtk3agg \
        matplotlib.backends.backend_wxagg ssl pytest; do
        if grep -qx " *$unwanted" "$modules"; then echo "unwanted module $unwanted"; return 1; fi
    done
    echo "platforms: xcb wayland offscreen; no gtk3/tls/eglfs; only the QtAgg GUI backend"
    echo "bundle size: $(du -sm "$bundle" | cut -f1) MB"
}

validate_desktop() {
    desktop-file-validate "$share/applications/$app_id.desktop"
    echo "desktop-file-validate: $app_id.desktop valid"
}

validate_metainfo() {
    # appstream 0.16 (bookworm) reports <developer> as an unknown tag (info only); AppStream
    # 1.x and Flathub require it, so it stays.
    appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"
}

cli_help() {
    isolated timeout "$limit" "$1" --help | tee "$scratch/out"
    grep -q "init" "$scratch/out" && grep -q "list" "$scratch/out"
}

cli_round_trip() {
    # A fresh vault of its own, away from the tarball checks' stand-in vault. The passphrase
    # comes from stdin, one line per prompt, as scripts drive healer-cli.
    local cli="$1" cli_vault="$scratch/cli-$2.vault" pass="package check passphrase $2 orbit"
    rm -f -- "$cli_vault"
    cli_run() { isolated HEALER_VAULT="$cli_vault" timeout "$limit" "$cli" "$@"; }
    printf '%s\n%s\n' "$pass" "$pass" | cli_run init
    printf '%s\n' "$pass" | cli_run log --trigger "No reply all evening" --intensity 7
    printf '%s\n' "$pass" | cli_run list --json >"$scratch/list.json"
    "$python" -c 'import json, sys
entries = json.load(open(sys.argv[1]))
assert [(e["trigger"], e["intensity"]) for e in entries] == [("No reply all evening", 7)], entries
print(f"init, log, list: {len(entries)} entry read back through {sys.argv[2]}")' \
        "$scratch/list.json" "$cli"
    # The vault is encrypted: the entry's text is nowhere in the file.
    if grep -q "No reply all evening" "$cli_vault"; then echo "plaintext in the vault"; return 1; fi
}

vault="$home/.local/share/Healer/Healer/healer.vault"
vault_sum() { sha256sum "$vault" | cut -d' ' -f1; }

tarball_install() {
    # A vault from an earlier install: random bytes stand in for the encrypted file.
    mkdir -p "$(dirname "$vault")"
    head -c 65536 /dev/urandom >"$vault"
    vault_sum >"$scratch/vault.sum"
    mkdir -p "$scratch/unpacked"
    tar -xzf "$tarball" -C "$scratch/unpacked"
    # The check may run as root (CI); install.sh refuses root unless told it is deliberate.
    isolated HEALER_INSTALL_AS_ROOT=1 bash "$scratch/unpacked/healer-$version-linux-$(uname -m)/install.sh"
    test -L "$home/.local/bin/healer" && test -x "$home/.local/bin/healer"
    test -L "$home/.local/bin/healer-cli" && test -x "$home/.local/bin/healer-cli"
    test -x "$home/.local/lib/healer/uninstall.sh"
    "$python" packaging/check_metadata.py "$home/.local/share"
    desktop-file-validate "$home/.local/share/applications/$app_id.desktop"
    grep -qx "Exec=\"$home/.local/bin/healer\"" "$home/.local/share/applications/$app_id.desktop"
    test "$(vault_sum)" = "$(cat "$scratch/vault.sum")"
    echo "installed into a temporary HOME; the existing vault is byte-for-byte unchanged"
}

reinstall_keeps_vault() {
    isolated HEALER_INSTALL_AS_ROOT=1 bash "$scratch/unpacked/healer-$version-linux-$(uname -m)/install.sh" >/dev/null
    resources_from "$home/.local/bin/healer" "$home/.local/lib/healer/_internal/healer/_resources"
    test "$(vault_sum)" = "$(cat "$scratch/vault.sum")"
    echo "reinstalled over itself; the vault is unchanged"
}

uninstall_keeps_vault() {
    isolated bash "$home/.local/lib/healer/uninstall.sh" | tee "$scratch/out"
    grep -qF "Your vault was left untouched: $vault" "$scratch/out"
    test ! -e "$home/.local/lib/healer" && test ! -e "$home/.local/bin/healer"
    test ! -e "$home/.local/bin/healer-cli" && test ! -L "$home/.local/bin/healer-cli"
    test ! -e "$home/.local/share/applications/$app_id.desktop"
    test -z "$(find "$home/.local/share/icons" -name "$app_id.*")"
    test "$(vault_sum)" = "$(cat "$scratch/vault.sum")"
}

deb_contents() {
    local full="$scratch/deb-full.txt" listing="$scratch/deb.txt" path
    # To files first: `grep -q` on a pipe can cut dpkg-deb off, which pipefail reports.
    dpkg-deb -c "$deb" >"$full"
    awk '{print $6}' "$full" >"$listing"
    for path in ./opt/healer/healer ./opt/healer/healer-cli ./usr/bin/healer ./usr/bin/healer-cli \
        "./usr/share/applications/$app_id.desktop" \
        "./usr/share/metainfo/$app_id.metainfo.xml" \
        "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
        "./usr/share/icons/hicolor/48x48/apps/$app_id.png"; do
        grep -qxF "$path" "$listing" || { echo "missing from the .deb: $path"; return 1; }
    done
    grep -qF "./usr/bin/healer -> /opt/healer/healer" "$full"
    grep -qF "./usr/bin/healer-cli -> /opt/healer/healer-cli" "$full"
    # Nothing outside /opt/healer and /usr: a package never reaches into home folders.
    if grep -vE '^\./((opt/)?|opt/healer/.*|usr/.*)$' "$listing"; then return 1; fi
    test "$(dpkg-deb -f "$deb" Package Version | tr '\n' ' ')" = "Package: healer Version: $version "
    echo "$(wc -l <"$listing") entries, all under /opt/healer and /usr; control: healer $version"
}

deb_runs() {
    dpkg-deb -x "$deb" "$scratch/deb-root"
    smoke_offscreen "$scratch/deb-root/opt/healer/healer"
}

deb_cli() {
    # Through /usr/bin's symlink, as on an installed system (made absolute into the payload).
    ln -sfn "$scratch/deb-root/opt/healer/healer-cli" "$scratch/deb-root/usr/bin/healer-cli"
    cli_help "$scratch/deb-root/usr/bin/healer-cli" >/dev/null
    cli_round_trip "$scratch/deb-root/usr/bin/healer-cli" deb
}

started=$(date +%s)
echo "package-check: Healer $version ($app_id)"
check "bundle exists: dist/healer/healer" test -x "$bundle/healer"
check "frozen app --smoke-test, offscreen" smoke_offscreen "$bundle/healer"
check "frozen app --smoke-test, real X window under Xvfb" smoke_xvfb "$bundle/healer"
check "frozen app loads resources from the bundle" \
    resources_from "$bundle/healer" "$bundle/_internal/healer/_resources"
check "bundle resources match resources/" bundle_resources_match
check "frozen app starts in Spanish with LANG=es_ES.UTF-8 (its .qm and qtbase_es)" \
    speaks_spanish "$bundle/healer"
check "bundle exists: dist/healer/healer-cli" test -x "$bundle/healer-cli"
check "frozen healer-cli --help" cli_help "$bundle/healer-cli"
check "frozen healer-cli init, log, list (passphrase from stdin)" \
    cli_round_trip "$bundle/healer-cli" bundle
check "bundle is trimmed (Qt plugins, matplotlib backends, dev tools)" trimmed
check "desktop file validates" validate_desktop
check "metainfo validates (appstreamcli --no-net)" validate_metainfo
check "app id, icons and version agree" "$python" packaging/check_metadata.py "$share"
check "tarball installs into a temporary HOME without root" tarball_install
check "installed launcher --smoke-test" smoke_offscreen "$home/.local/bin/healer"
check "installed healer-cli --help" cli_help "$home/.local/bin/healer-cli"
check "installed healer-cli init, log, list" cli_round_trip "$home/.local/bin/healer-cli" tarball
check "reinstall keeps the vault; launcher finds resources" reinstall_keeps_vault
check "uninstall removes the app, keeps the vault and says where" uninstall_keeps_vault
check ".deb holds app, launcher, desktop file, icons, metainfo" deb_contents
check ".deb payload --smoke-test" deb_runs
check ".deb healer-cli --help, init, log, list" deb_cli

total=$((${#passed[@]} + ${#failed[@]}))
if [ ${#failed[@]} -gt 0 ]; then
    printf -v names '%s; ' "${failed[@]}"
    echo "package-check: FAILED ${#failed[@]} of $total checks: ${names%; }"
    exit 1
fi
sizes="bundle $(du -sm "$bundle" | cut -f1) MB, tarball $(du -h "$tarball" | cut -f1)"
sizes+=", deb $(du -h "$deb" | cut -f1)"
echo "package-check: all $total checks passed in $(($(date +%s) - started)) s ($sizes)"
