#!/usr/bin/env bash
# Regenerates samples/cedaw-report.odt from samples/cedaw-report.docx with LibreOffice
# (soffice --headless --convert-to odt). Only for making the fixture: the .odt is committed, so
# neither the build nor CI needs LibreOffice (Debian: apt-get install libreoffice-writer-nogui).
# After regenerating: scripts/update-golden.sh -R odt, and review git diff.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice not found: install libreoffice-writer-nogui" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp samples/cedaw-report.docx "$work/"
# A private profile directory, so a running or misconfigured user profile cannot interfere.
HOME="$work" soffice --headless -env:UserInstallation="file://$work/profile" \
  --convert-to odt --outdir "$work" "$work/cedaw-report.docx" >/dev/null
mv "$work/cedaw-report.odt" samples/cedaw-report.odt
echo "wrote samples/cedaw-report.odt"
