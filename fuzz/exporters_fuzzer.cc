// Fuzz target exporters: an ExportDocument built from the fuzz bytes (tables, columns, sections,
// records and raw grids with arbitrary text, including invalid UTF-8 and control characters) is
// written by every exporter into memory; the JSON must then parse and the XML must be
// well-formed (libxml2), whatever the text held.
#include <fuzzer/FuzzedDataProvider.h>
#include <libxml/parser.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "core/error.h"
#include "core/exporter.h"
#include "exporters/registry.h"
#include "fuzz/fuzz_support.h"

namespace {

using tablift::fuzz::Require;

constexpr int kMaxTables = 4;
constexpr int kMaxColumns = 6;
constexpr int kMaxRecords = 8;
constexpr std::size_t kMaxText = 64;

class MemorySink final : public tablift::OutputSink {
 public:
  std::ostream& Open(const std::string& suffix) override {
    auto& s = files[suffix];
    s.str("");
    return s;
  }
  std::map<std::string, std::ostringstream> files;
};

std::string Text(FuzzedDataProvider& in) { return in.ConsumeRandomLengthString(kMaxText); }

// A valid raw grid: a rows x cols table with one cell per slot, some of them spanning right.
tablift::Table MakeGrid(FuzzedDataProvider& in, int index) {
  tablift::Table t;
  t.index = index;
  t.method = in.ConsumeBool() ? "docx" : "pdf.lattice";
  t.rows = in.ConsumeIntegralInRange(0, 4);
  t.cols = in.ConsumeIntegralInRange(1, 4);
  for (int r = 0; r < t.rows; ++r) {
    for (int c = 0; c < t.cols;) {
      tablift::Cell cell;
      cell.pos = {r, c};
      cell.span.cols = in.ConsumeIntegralInRange(1, t.cols - c);
      cell.header = r == 0;
      cell.paragraphs.push_back({Text(in), {}});
      if (in.ConsumeBool()) {
        cell.paragraphs.push_back(
            {Text(in), {tablift::ListKind::kNumbered, in.ConsumeIntegralInRange(0, 8), Text(in)}});
      }
      c += cell.span.cols;
      t.cells.push_back(std::move(cell));
    }
  }
  return t;
}

tablift::RecordTable MakeTable(FuzzedDataProvider& in, int index) {
  tablift::RecordTable t;
  t.index = index;
  t.caption = Text(in);
  const int cols = in.ConsumeIntegralInRange(0, kMaxColumns);
  for (int c = 0; c < cols; ++c) t.columns.push_back({"c" + std::to_string(c), Text(in)});
  const int records = in.ConsumeIntegralInRange(0, kMaxRecords);
  for (int r = 0; r < records; ++r) {
    if (in.ConsumeBool()) t.sections.push_back({Text(in), r});
    tablift::Record rec;
    if (!t.sections.empty()) rec.section = t.sections.back().title;
    for (int c = 0; c < cols; ++c) rec.values.push_back(Text(in));
    rec.source = {index, {r + 1}, {}};
    t.records.push_back(std::move(rec));
  }
  if (in.ConsumeBool())
    t.diagnostics.push_back({tablift::Severity::kWarning, Text(in), Text(in), Text(in)});
  return t;
}

void CheckOutput(const std::string& exporter, const MemorySink& sink) {
  for (const auto& [suffix, stream] : sink.files) {
    const std::string bytes = stream.str();
    if (exporter == "json") {
      Require(nlohmann::json::accept(bytes), "JSON output does not parse: " + suffix);
    } else if (exporter == "xml") {
      xmlDocPtr doc =
          xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), suffix.c_str(), nullptr,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
      Require(doc != nullptr, "XML output is not well-formed: " + suffix);
      xmlFreeDoc(doc);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  tablift::ExportDocument doc;
  doc.source = {Text(in), Text(in), "docx", "00", size, 0};
  const bool grids = in.ConsumeBool();
  const int tables = in.ConsumeIntegralInRange(0, kMaxTables);
  for (int i = 1; i <= tables; ++i) {
    doc.tables.push_back(MakeTable(in, i));
    if (grids) doc.grids.push_back(MakeGrid(in, i));
  }
  tablift::ExportOptions options;
  options.grid = grids;
  options.provenance = in.ConsumeBool();
  for (const tablift::Exporter* exporter : tablift::AllExporters()) {
    MemorySink sink;
    try {
      exporter->Write(doc, options, sink);
    } catch (const tablift::Error& e) {
      Require(false, std::string(exporter->Name()) + " exporter threw: " + e.what());
    }
    CheckOutput(exporter->Name(), sink);
  }
  return 0;
}
