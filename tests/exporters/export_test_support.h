// Test helpers for the exporters: an in-memory OutputSink, a failing one, and small
// ExportDocuments built in code. Header-only; used by the tests in this folder.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "core/exporter.h"
#include "core/record.h"

namespace tablift::testing {

// Keeps every file in memory, by suffix. Opening a suffix twice is a test failure.
class MemorySink : public OutputSink {
 public:
  std::ostream& Open(const std::string& suffix) override {
    auto [it, inserted] = files_.try_emplace(suffix);
    if (!inserted) throw std::logic_error("suffix opened twice: " + suffix);
    return it->second;
  }
  std::map<std::string, std::string> Files() const {
    std::map<std::string, std::string> out;
    for (const auto& [suffix, stream] : files_) out[suffix] = stream.str();
    return out;
  }
  std::string File(const std::string& suffix) const {
    auto it = files_.find(suffix);
    if (it == files_.end()) throw std::logic_error("no file " + suffix);
    return it->second.str();
  }

 private:
  std::map<std::string, std::ostringstream> files_;
};

// Hands out streams without a buffer: every write fails, as on a full disk.
class FailingSink : public OutputSink {
 public:
  std::ostream& Open(const std::string& /*suffix*/) override {
    streams_.push_back(std::make_unique<std::ostream>(nullptr));
    return *streams_.back();
  }

 private:
  std::vector<std::unique_ptr<std::ostream>> streams_;
};

inline constexpr const char* kAbcSha256 =
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

// One DOCX table: two columns, one section, a record under it and one before any section.
inline ExportDocument SmallDocument() {
  ExportDocument doc;
  doc.source = {"in/report.docx", "report.docx", "docx", kAbcSha256, 3, 0};
  RecordTable t;
  t.index = 1;
  t.caption = "Tabel 1. Test";
  t.method = "docx";
  t.columns = {{"a", "A"}, {"b_c", "B, C"}};
  t.sections = {{"Intro", 0}};
  t.records.push_back({"Intro", {"x", "line1\nline2"}, {1, {1}, {}}});
  t.records.push_back({std::nullopt, {"\xC3\xA9", "say \"hi\""}, {1, {2, 3}, {}}});
  t.diagnostics.push_back({Severity::kWarning, "docx.test", "a message", "tbl 1"});
  doc.tables.push_back(std::move(t));
  return doc;
}

inline Paragraph Para(std::string text, ListKind kind = ListKind::kNone, int level = 0,
                      std::string marker = "") {
  return {std::move(text), {kind, level, std::move(marker)}};
}

// A PDF-like grid for SmallDocument()'s table: 3 x 2, a header row, a cell spanning two rows,
// bullets, a numbered item, and boxes that need rounding.
inline Table SmallGrid() {
  Table g;
  g.index = 1;
  g.rows = 3;
  g.cols = 2;
  g.method = "pdf.lattice";
  g.header_rows = {0};
  g.regions = {{2, {10.004, 20.5, 300.126, 400}}, {1, {-0.001, 0, 12.3456, 7}}};
  Cell h0{{0, 0}, {1, 1}, true, {Para("A")}, {}, "page 1", {{1, {0, 0, 5, 5}}}};
  Cell h1{{0, 1}, {1, 1}, true, {Para("B, C")}, {}, "page 1", {}};
  Cell c0{{1, 0}, {2, 1}, false, {Para("x")}, {}, "page 1", {}};
  Cell c1{{1, 1},
          {1, 1},
          false,
          {Para("intro"), Para("one", ListKind::kBullet, 0, "\xE2\x80\xA2"),
           Para("two", ListKind::kBullet, 1, "\xE2\x80\xA2"),
           Para("three", ListKind::kNumbered, 0, "1.")},
          {2},
          "page 2",
          {}};
  g.cells = {h0, h1, c0, c1};
  return g;
}

}  // namespace tablift::testing
