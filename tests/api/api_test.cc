// The library's one conversion call (include/tablift/): the sample through Convert and
// WriteExports gives the golden files' bytes, and the calls' errors.
#include <catch2/catch.hpp>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "core/error.h"
#include "tablift/convert.h"
#include "tablift/export.h"

using namespace tablift;

namespace {

// Keeps every file in memory, by suffix.
class MemorySink final : public OutputSink {
 public:
  std::ostream& Open(const std::string& suffix) override { return files[suffix]; }
  std::map<std::string, std::ostringstream> files;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const std::string kSample = TABLIFT_SAMPLES_DIR "/cedaw-report.docx";
const std::string kGolden = TABLIFT_SOURCE_DIR "/tests/golden/cedaw-report.docx/cedaw-report";

ExitCode CodeOf(const std::function<void()>& call) {
  try {
    call();
  } catch (const Error& e) {
    return e.code();
  }
  return ExitCode::kOk;
}

}  // namespace

TEST_CASE("Convert and WriteExports give the golden files of the DOCX sample", "[api]") {
  const ExportDocument doc = Convert(kSample);
  MemorySink sink;
  WriteExports(doc, {}, ExportOptions{}, sink);
  REQUIRE(sink.files.size() == 3);
  for (const auto& [suffix, stream] : sink.files) {
    INFO(suffix);
    CHECK(stream.str() == ReadFile(kGolden + suffix));
  }
}

TEST_CASE("A document converts the same from its bytes as from its path", "[api]") {
  const Converter converter;
  const ExportDocument from_path = converter.Convert(kSample);
  const ExportDocument from_bytes = converter.Convert(Source{kSample, ReadFile(kSample)});
  MemorySink a, b;
  WriteExports(from_path, {"json"}, {}, a);
  WriteExports(from_bytes, {"json"}, {}, b);
  CHECK(a.files.at(".json").str() == b.files.at(".json").str());
  CHECK(from_bytes.source.sha256 == from_path.source.sha256);
}

TEST_CASE("A profile types the sample's table and fills the metadata", "[api]") {
  ConversionOptions options;
  options.profile = "auto";
  const ExportDocument doc = Convert(kSample, options);
  REQUIRE(doc.typed.size() == 1);
  CHECK(doc.metadata.requested_profile == "auto");
  CHECK(IsTypedExport(doc));
  CHECK(doc.typed[0].records.size() == doc.tables[0].records.size());
}

TEST_CASE("ResolveFormats orders, lowercases and checks the names", "[api]") {
  CHECK(ResolveFormats({}) == DefaultFormats());
  CHECK(ResolveFormats({"XML", "csv", "xml"}) == std::vector<std::string>{"csv", "xml"});
  CHECK(FormatNames().size() > DefaultFormats().size());
  CHECK(CodeOf([] { ResolveFormats({"docx"}); }) == ExitCode::kUsage);
  MemorySink sink;
  CHECK(CodeOf([&] { WriteExports({}, {"nope"}, {}, sink); }) == ExitCode::kUsage);
  CHECK(sink.files.empty());
}

TEST_CASE("The conversion call's errors carry their exit codes", "[api]") {
  CHECK(CodeOf([] { LoadDocument(Source{"<memory>", "plain text"}); }) == ExitCode::kBadInput);
  CHECK(CodeOf([] { Convert("/nonexistent/report.docx"); }) == ExitCode::kBadInput);
  ConversionOptions bad;
  bad.profile = "no-such-profile";
  CHECK(CodeOf([&] { Converter c(bad); }) == ExitCode::kBadProfile);
}
