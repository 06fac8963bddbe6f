// The CEDAW sample's ground-truth text (samples/cedaw-table.txt) laid out as a PDF extractor
// finds it (a section row above the header row, typed bullet glyphs, no marked header rows)
// must normalize to the columns, sections and records of samples/cedaw-report.expected.json.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "normalizer/normalizer.h"

using namespace tablift;

namespace {

std::string ReadSample(const std::string& name) {
  std::ifstream in(std::string(TABLIFT_SAMPLES_DIR) + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// cedaw-table.txt: a caption line, then rows; a TAB starts a cell, other lines continue the last
// cell as new paragraphs, a blank line ends a row (a blank line followed by a continuation line
// is an empty paragraph of the cell). Rows with one cell span all columns.
Table ParseGroundTruth(const std::string& text) {
  std::vector<std::vector<std::vector<std::string>>> rows;
  Table t;
  t.index = 1;
  bool row_open = false;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) {
      row_open = false;
    } else if (line[0] == '\t') {
      if (!row_open) rows.emplace_back();
      row_open = true;
      rows.back().push_back({line.substr(1)});
    } else if (!rows.empty()) {
      rows.back().back().push_back(line);
    } else if (t.caption.empty()) {
      t.caption = line;
    }
  }
  for (const auto& row : rows) t.cols = std::max(t.cols, static_cast<int>(row.size()));
  for (const auto& row : rows) {
    for (size_t k = 0; k < row.size(); ++k) {
      Cell c;
      c.pos = {t.rows, static_cast<int>(k)};
      c.span = {1, row.size() == 1 ? t.cols : 1};
      for (const std::string& p : row[k]) c.paragraphs.push_back(Paragraph{p, {}});
      t.cells.push_back(c);
    }
    ++t.rows;
  }
  return t;
}

// The ground-truth text shows list items as typed lines: nested bullets without indentation and
// some with an en dash. Compare lines without indentation and with "– " read as "• ".
std::string ListsAsTyped(const std::string& text) {
  std::istringstream in(text);
  std::string out, line;
  while (std::getline(in, line)) {
    line.erase(0, line.find_first_not_of(' '));
    if (line.rfind("\xE2\x80\x93 ", 0) == 0) line.replace(0, 3, "\xE2\x80\xA2");
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

// "" when equal, else both texts around their first difference (for a readable failure).
std::string FirstDifference(const std::string& got, const std::string& want) {
  const auto diff = std::mismatch(got.begin(), got.end(), want.begin(), want.end());
  if (diff.first == got.end() && diff.second == want.end()) return "";
  const size_t at = static_cast<size_t>(diff.first - got.begin());
  const size_t from = at < 40 ? 0 : at - 40;
  return "got  ..." + got.substr(from, 80) + "\nwant ..." + want.substr(from, 80);
}

}  // namespace

TEST_CASE("The sample's ground truth normalizes to the expected records", "[normalizer][sample]") {
  const Table t = ParseGroundTruth(ReadSample("cedaw-table.txt"));
  const auto expected =
      nlohmann::json::parse(ReadSample("cedaw-report.expected.json"))["tables"][0];
  const RecordTable rt = NormalizeTable(t);
  CHECK(rt.caption == expected["caption"].get<std::string>());
  REQUIRE(rt.columns.size() == expected["columns"].size());
  for (size_t k = 0; k < rt.columns.size(); ++k) {
    CHECK(rt.columns[k].name == expected["columns"][k]["name"].get<std::string>());
    CHECK(rt.columns[k].title == expected["columns"][k]["title"].get<std::string>());
  }
  REQUIRE(rt.sections.size() == expected["sections"].size());
  for (size_t i = 0; i < rt.sections.size(); ++i) {
    CHECK(rt.sections[i].title == expected["sections"][i]["title"].get<std::string>());
    CHECK(rt.sections[i].before_record == expected["sections"][i]["before_record"].get<int>());
  }
  REQUIRE(rt.records.size() == expected["records"].size());
  for (size_t i = 0; i < rt.records.size(); ++i) {
    const auto& want = expected["records"][i];
    CHECK(rt.records[i].section.value_or("") == want["section"].get<std::string>());
    for (size_t k = 0; k < rt.columns.size(); ++k) {
      INFO("record " << i << " column " << rt.columns[k].name);
      CHECK(FirstDifference(ListsAsTyped(rt.records[i].values[k]),
                            ListsAsTyped(want[rt.columns[k].name].get<std::string>())) == "");
    }
  }
  CHECK(rt.diagnostics.empty());
}
