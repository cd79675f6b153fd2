#!/usr/bin/env bash
# Brings translations/fleetwatch_*.ts up to date with the sources (lupdate): new strings are added
# unfinished, translations already made are kept, strings gone from the code are dropped. Run it by
# hand after changing user-visible text, then translate what is unfinished (Qt Linguist or an editor);
# tst_translationfiles fails while anything is left unfinished. The build never rewrites the .ts files.
#   translations/update.sh [LUPDATE]   (default /usr/lib/qt6/bin/lupdate, Debian's qt6-l10n-tools)
#
# Some files translate through a file-local helper,
#     QString tr(const char *text) { return QCoreApplication::translate("fw::ReportPdf", text); }
# lupdate cannot see that: it files such tr() calls under the enclosing class or namespace ("fw",
# "fw::Renderer"), which the running program never looks up. Those files are handed to lupdate
# rewritten (line for line) to call QCoreApplication::translate() with the helper's context, and the
# locations in the .ts files are pointed back at the real files afterwards.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LUPDATE="${1:-/usr/lib/qt6/bin/lupdate}"
TS_FILES=("$ROOT"/translations/fleetwatch_*.ts)

cd "$ROOT"
# Every top-level folder with C++ sources (app, widgets, models, core, and any layer added later), except
# tests, benchmarks, tools (console output only) and build trees.
SOURCE_DIRS=()
for dir in */; do
    dir="${dir%/}"
    case "$dir" in
        tests|bench|tools|build*|data|docs|cmake|scripts|packaging|resources|translations) continue ;;
    esac
    [ -n "$(find "$dir" \( -name '*.cpp' -o -name '*.h' \) -print -quit)" ] && SOURCE_DIRS+=("$dir")
done
echo "lupdate: scanning ${SOURCE_DIRS[*]}"
STAGE="$(mktemp -d "$ROOT/translations/.lupdate.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT

helper_pattern='^[[:space:]]*return QCoreApplication::translate\("([^"]+)", text\);'
sources=()
while IFS= read -r file; do
    context="$(sed -nE "s/${helper_pattern}/\1/p" "$file" | head -n1)"
    if [ -z "$context" ]; then
        sources+=("$file")
        continue
    fi
    mkdir -p "$STAGE/$(dirname "$file")"
    # tr( not preceded by an identifier character, '::', '.' or '->': the helper's calls.
    sed -E "/^QString tr\(const char \*text\)/! s/(^|[^A-Za-z0-9_:.>])tr\(/\1QCoreApplication::translate(\"${context}\", /g" \
        "$file" > "$STAGE/$file"
    sources+=("$STAGE/$file")
    echo "lupdate: $file translates through a helper: context $context"
done < <(find "${SOURCE_DIRS[@]}" -type f \( -name '*.cpp' -o -name '*.h' \) | sort)

"$LUPDATE" -silent -no-obsolete -locations relative -I "$ROOT" "${sources[@]}" -ts "${TS_FILES[@]}"

# The staged copies have the real files' line numbers; only the paths differ.
for ts in "${TS_FILES[@]}"; do
    sed -i "s#filename=\"$(basename "$STAGE")/#filename=\"../#g" "$ts"
done
echo "lupdate: updated ${TS_FILES[*]#"$ROOT"/}"
