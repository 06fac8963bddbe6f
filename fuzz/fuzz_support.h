// Shared checks for the libFuzzer targets (docs/fuzzing.md). Every target turns its bytes into a
// tablift input and calls RunExtractor (or its own stage); a tablift::Error is an accepted
// outcome, anything else that escapes (another exception, a sanitizer report, a broken invariant)
// is a finding and aborts. Not thread-safe (libFuzzer runs one input at a time).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/extractor.h"
#include "core/limits.h"

namespace tablift::fuzz {

// Limits scaled down so that a fuzz input cannot spend its whole time budget on one huge but
// legal table; each is still far above what the tiny fuzz inputs need to reach every code path.
Limits FuzzLimits();

// Extracts `bytes` with `extractor`, then checks every table's invariants (ValidateTable) and
// normalizes and exports the document into memory. Returns normally on success or on a
// tablift::Error; aborts with a message when an invariant is broken.
void RunExtractor(const Extractor& extractor, std::string bytes);

// Aborts with `what` when `ok` is false (a finding that no sanitizer would report).
void Require(bool ok, const std::string& what);

}  // namespace tablift::fuzz
