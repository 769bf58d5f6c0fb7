#!/usr/bin/env bash
# Healer's translation files (run by `make translations`, `make translations-update`, the tests):
#   update [FOLDER]   extract every user-visible string from healer/ into FOLDER/*.ts (default
#                     resources/translations): healer_<lang>.ts for each shipped language, and
#                     healer_en.ts with the English plural forms only; existing translations kept
#   release [TS...]   compile .ts files (default: every healer_*.ts) into the .qm the app loads,
#                     beside them (not committed)
#   pseudo [FOLDER]   a pseudo-locale for layout checks (healer_pseudo.ts/.qm, default build/)
#   languages         the shipped languages besides English, one per line
# The command-line tool (healer/cli) speaks English only: its output is read by scripts.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python="${PYTHON:-.venv/bin/python}"
bin="$(dirname "$python")"
folder=resources/translations
# The languages Healer ships besides English; add one here and in healer/ui/language.py, then
# run `make translations-update` (docs/translating.md, "Adding a language").
languages=(es)

sources() {
    find healer -name '*.py' -not -path 'healer/cli/*' | LC_ALL=C sort
}

case "${1:-}" in
update)
    out="${2:-$folder}"
    mkdir -p "$out"
    mapfile -t files < <(sources)
    for language in "${languages[@]}"; do
        "$bin/pyside6-lupdate" -silent -locations none -no-obsolete -source-language en \
            -target-language "$language" "${files[@]}" -ts "$out/healer_$language.ts"
    done
    "$bin/pyside6-lupdate" -silent -locations none -no-obsolete -pluralonly -source-language en \
        -target-language en "${files[@]}" -ts "$out/healer_en.ts"
    ;;
release)
    shift
    if [ $# -eq 0 ]; then
        set -- "$folder"/healer_*.ts
    fi
    for ts in "$@"; do
        "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
    ;;
pseudo)
    out="${2:-build/translations}"
    mkdir -p "$out"
    "$python" packaging/pseudo_locale.py "$folder/healer_${languages[0]}.ts" "$out/healer_pseudo.ts"
    "$bin/pyside6-lrelease" -silent "$out/healer_pseudo.ts" -qm "$out/healer_pseudo.qm"
    ;;
languages)
    printf '%s\n' "${languages[@]}"
    ;;
*)
    echo "usage: $0 update [FOLDER] | release [TS...] | pseudo [FOLDER] | languages" >&2
    exit 2
    ;;
esac
