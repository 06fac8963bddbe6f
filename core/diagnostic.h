// Diagnostics: problems confined to one table, row or cell, reported and never swallowed.
//
// The error model (docs/errors.md): a document that cannot be processed at all raises
// tablift::Error (core/error.h) with an exit code; a problem that affects only part of a table
// is appended as a Diagnostic to the table (or document) and conversion goes on; programmer
// errors are precondition checks. Third-party errors are translated at the adapter.
#pragma once

#include <string>
#include <vector>

namespace tablift {

enum class Severity { kInfo, kWarning, kError };

struct Diagnostic {
  Severity severity = Severity::kWarning;
  // A stable, greppable identifier such as "docx.vmerge-orphan" or "pdf.page-no-text".
  std::string code;
  // One human-readable sentence.
  std::string message;
  // Where: e.g. "word/document.xml tbl 1 row 3 cell 2" or "page 12". May be empty.
  std::string where;
};

using Diagnostics = std::vector<Diagnostic>;

const char* SeverityName(Severity s);

}  // namespace tablift
