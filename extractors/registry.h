// The extractor registry: every input format tablift reads, and the one place a new format is
// added (docs/architecture.md). Each extractor says from the bytes whether it reads a source
// (Extractor::Reads); an input no extractor reads is refused with what it is, when tablift can
// tell ("an XLSX workbook", "a legacy .doc (OLE2) file"), and the formats that are read.
// The registry is built once and immutable; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/extractor.h"
#include "core/source.h"

namespace tablift {

// Every registered extractor, in the order they are asked.
const std::vector<const Extractor*>& Extractors();

// The extractor that reads `src`. Throws UnsupportedInputError (an Error(kBadInput))
// "unsupported input: <what it is>; tablift reads <format titles>" when none does, and what
// Reads() throws for a corrupt container.
const Extractor& FindExtractor(const Source& src, const Limits& limits = {});

// What an input that no extractor reads is, as a noun phrase ("an ODF spreadsheet", "a ZIP
// archive that is no document", "not a document format tablift knows").
std::string DescribeUnsupported(const Source& src, const Limits& limits = {});

}  // namespace tablift
