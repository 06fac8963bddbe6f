// The exception type: a document (or an output) that cannot be processed at all.
//
// Each Error carries an ExitCode, which is also the documented exit status of the CLI
// (docs/cli.md). Messages are one line and say what is wrong; the CLI prefixes the input's name.
// Adapters translate libzip, pugixml, libxml2 and Poppler failures into Error; nothing else
// escapes a stage.
#pragma once

#include <stdexcept>
#include <string>

namespace tablift {

enum class ExitCode : int {
  kOk = 0,
  kInternal = 1,     // a bug: an unexpected exception
  kUsage = 2,        // bad command line or options
  kBadInput = 3,     // missing, unreadable, unsupported, corrupt or over-limit input
  kNoTables = 4,     // the document is valid but holds no table
  kOutput = 5,       // the output directory or a file cannot be written
  kPassword = 6,     // an encrypted PDF needs a (correct) user password
  kNoText = 7,       // a PDF without any text layer (scanned; needs OCR)
  kBadProfile = 8,   // a profile file is invalid
  kBatchFailed = 9,  // tablift batch: at least one input failed (see batch-report.json)
  kResource = 10,    // the input needs more memory or output than allowed (--max-output-mb)
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

// The Error of an input no extractor reads (kBadInput), so that a caller can tell "not a
// format tablift reads" from "a broken document" without parsing the message.
class UnsupportedInputError : public Error {
 public:
  explicit UnsupportedInputError(const std::string& message)
      : Error(ExitCode::kBadInput, message) {}
};

}  // namespace tablift
