#!/usr/bin/env bash
# Healer's translation files (run by `make translations` and `make translations-update`):
#   update   extract every user-visible string from healer/ into resources/translations/*.ts
#            (healer_<lang>.ts for each shipped language; healer_en.ts holds plural forms only)
#   release  compile each .ts into the .qm the app loads, beside it (not committed)
# The command-line tool (healer/cli) speaks English only: its output is read by scripts.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bin="$(dirname "${PYTHON:-.venv/bin/python}")"
folder=resources/translations
# The languages Healer ships besides English; add one here and run `make translations-update`.
languages=(es)

sources() {
    find healer -name '*.py' -not -path 'healer/cli/*' | LC_ALL=C sort
}

case "${1:-}" in
update)
    mapfile -t files < <(sources)
    for language in "${languages[@]}"; do
        "$bin/pyside6-lupdate" -silent -locations none -no-obsolete -source-language en \
            -target-language "$language" "${files[@]}" -ts "$folder/healer_$language.ts"
    done
    "$bin/pyside6-lupdate" -silent -locations none -no-obsolete -pluralonly -source-language en \
        -target-language en "${files[@]}" -ts "$folder/healer_en.ts"
    ;;
release)
    for ts in "$folder"/healer_*.ts; do
        "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
    ;;
*)
    echo "usage: $0 update|release" >&2
    exit 2
    ;;
esac
