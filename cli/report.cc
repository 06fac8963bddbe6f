#include "cli/report.h"

#include <algorithm>
#include <new>
#include <ostream>

namespace tablift::cli {

std::string OneLine(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return text;
}

bool Reporter::Run(const std::string& input, const std::function<void()>& work) {
  try {
    work();
    return true;
  } catch (const Error& e) {
    Fail(input, e.code(), e.what());
  } catch (const std::bad_alloc&) {
    Fail(input, ExitCode::kResource, kOutOfMemory);
  } catch (const std::exception& e) {
    Fail(input, ExitCode::kInternal, std::string("internal error: ") + e.what());
  }
  return false;
}

void Reporter::Fail(const std::string& input, ExitCode code, const std::string& message) {
  err_ << "tablift: " << OneLine(input) << ": " << OneLine(message) << '\n' << std::flush;
  // A failure must never end in status 0, whatever code the thrower chose.
  if (code == ExitCode::kOk) code = ExitCode::kInternal;
  if (first_failure_ == ExitCode::kOk) first_failure_ = code;
}

void Reporter::Print(const std::string& input, const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::kInfo && !verbose_) continue;
    err_ << "tablift: " << OneLine(input) << ": " << SeverityName(d.severity) << ": ";
    if (!d.where.empty()) err_ << OneLine(d.where) << ": ";
    err_ << OneLine(d.message) << '\n';
  }
  err_ << std::flush;
}

}  // namespace tablift::cli
