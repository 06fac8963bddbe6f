#!/usr/bin/env bash
# The generated man page and bash completion in the build tree (cli/manpage.h): the man page
# renders without warnings and names every convert option; the completion, sourced into bash,
# completes commands, options and --format's choices. Usage: share_test.sh TABLIFT SHARE_DIR
set -euo pipefail
exe=$1 share=$2
man_page=$share/man/man1/tablift.1
completion=$share/bash-completion/completions/tablift
fail() { echo "FAIL: $*"; exit 1; }
# The files are the program's current output, not a stale copy.
cmp -s "$man_page" <("$exe" --help-man) || fail "$man_page differs from tablift --help-man"
cmp -s "$completion" <("$exe" --help-completion) || fail "$completion differs from --help-completion"
if command -v groff >/dev/null; then
  warnings=$(groff -man -Tutf8 -ww -z "$man_page" 2>&1) || fail "groff failed"
  [[ -z $warnings ]] || fail "groff warnings: $warnings"
fi
for opt in $("$exe" convert --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  grep -qF -- "\\fB${opt//-/\\-}\\fR" "$man_page" || fail "man page lacks $opt"
done
# shellcheck disable=SC1090
source "$completion"
complete_words() {  # the words typed so far, the last one being completed
  COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _tablift
  echo "${COMPREPLY[*]}"
}
[[ $(complete_words tablift co) == convert ]] || fail "command completion: $(complete_words tablift co)"
[[ $(complete_words tablift convert --for) == --format ]] || fail "option completion"
[[ $(complete_words tablift convert -f j) == "json jsonl" ]] || fail "--format choices: $(complete_words tablift convert -f j)"
[[ $(complete_words tablift batch --res) == --resume ]] || fail "batch option completion"
echo "share: man page and completion ok"
