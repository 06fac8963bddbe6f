#include "cli/report.h"

#include <catch2/catch.hpp>
#include <sstream>

using tablift::Diagnostic;
using tablift::Error;
using tablift::ExitCode;
using tablift::Severity;
using tablift::cli::Reporter;

TEST_CASE("failures print one line and the first failure sets the exit code", "[cli][report]") {
  std::ostringstream err;
  Reporter r(err, false);
  CHECK(r.Run("a.docx", [] {}));
  CHECK(r.exit_code() == 0);
  CHECK_FALSE(r.Run("b.docx", [] { throw Error(ExitCode::kNoTables, "no tables found"); }));
  CHECK_FALSE(r.Run("c.docx", [] { throw Error(ExitCode::kBadInput, "bad\nzip"); }));
  CHECK_FALSE(r.Run("d.docx", [] { throw std::runtime_error("boom"); }));
  CHECK(err.str() ==
        "tablift: b.docx: no tables found\n"
        "tablift: c.docx: bad zip\n"
        "tablift: d.docx: internal error: boom\n");
  CHECK(r.exit_code() == 4);
}

TEST_CASE("an error thrown with code 0 still fails the run", "[cli][report]") {
  std::ostringstream err;
  Reporter r(err, false);
  r.Run("a", [] { throw Error(ExitCode::kOk, "odd"); });
  CHECK(r.exit_code() == 1);
}

TEST_CASE("diagnostics print with severity and place; info only when verbose", "[cli][report]") {
  const tablift::Diagnostics d = {
      {Severity::kWarning, "x.code", "a row was odd", "tbl 1 row 3"},
      {Severity::kError, "x.other", "a cell was cut", ""},
      {Severity::kInfo, "x.info", "fyi", "page 2"},
  };
  std::ostringstream quiet, verbose;
  Reporter(quiet, false).Print("in.pdf", d);
  Reporter(verbose, true).Print("in.pdf", d);
  const std::string base =
      "tablift: in.pdf: warning: tbl 1 row 3: a row was odd\n"
      "tablift: in.pdf: error: a cell was cut\n";
  CHECK(quiet.str() == base);
  CHECK(verbose.str() == base + "tablift: in.pdf: info: page 2: fyi\n");
}
