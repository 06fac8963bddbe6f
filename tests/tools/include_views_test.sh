#!/bin/bash
# Usage: include_views_test.sh CXX VIEWS_DIR
# The per-target include views (cmake/IncludeViews.cmake) let a library include its own and
# its dependencies' headers and nothing else: each line below preprocesses one include against
# one target's view and expects it to be found (ok) or not (fail).
set -euo pipefail
cxx=$1 views=$2
status=0
while read -r target header want; do
  if echo "#include \"$header\"" | "$cxx" -std=c++20 -E -x c++ - -I "$views/$target/private" \
       >/dev/null 2>&1; then got=ok; else got=fail; fi
  if [ "$got" != "$want" ]; then
    echo "FAIL: $target including $header: $got, expected $want"
    status=1
  fi
done <<'CASES'
tablift_normalizer core/record.h ok
tablift_normalizer normalizer/normalizer.h ok
tablift_normalizer exporters/registry.h fail
tablift_normalizer profiles/profile.h fail
tablift_profiles core/typed.h ok
tablift_profiles profiles/profile.h ok
tablift_profiles normalizer/normalizer.h fail
tablift_profiles exporters/registry.h fail
tablift_exporters profiles/profile.h fail
tablift_exporters normalizer/normalizer.h fail
tablift_core normalizer/normalizer.h fail
tablift_docx extractors/package/zip_reader.h ok
tablift_docx extractors/pdf/pdf_extractor.h fail
tablift_tablift normalizer/normalizer.h ok
tablift_tablift profiles/profile.h ok
tablift_cli normalizer/normalizer.h fail
tablift_cli profiles/profile.h fail
tablift_cli extractors/docx/docx_extractor.h fail
tablift_cli cli/options.h ok
CASES
[ "$status" = 0 ] && echo "ok: include views"
exit "$status"
