// Property test: on random grids (spans, empty cells, full-width rows, marked header rows, gaps)
// the normalizer never loses a cell's text: each one is in a column title, a section title or a
// record value.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "normalizer/normalizer.h"
#include "table_builder.h"

using namespace tablift;

namespace {

// Fills a rows x cols grid left to right, top to bottom with cells of random spans; about one
// slot in eight stays uncovered and one cell in four is empty.
Table RandomTable(std::mt19937& rng, int rows, int cols) {
  Table t;
  t.index = 1;
  t.rows = rows;
  t.cols = cols;
  std::vector<char> used(static_cast<size_t>(rows * cols), 0);
  auto is_free = [&](int r, int c, int n) {
    for (int k = c; k < c + n; ++k) {
      if (used[static_cast<size_t>(r * cols + k)]) return false;
    }
    return true;
  };
  int serial = 0;
  for (int r = 0; r < rows; ++r) {
    const bool full_width = rng() % 6 == 0 && is_free(r, 0, cols);
    for (int c = 0; c < cols; ++c) {
      if (!is_free(r, c, 1) || (!full_width && rng() % 8 == 0)) continue;
      const int want_cols = full_width ? cols : 1 + static_cast<int>(rng() % 4 == 0);
      const int want_rows = 1 + static_cast<int>(rng() % 3 == 0 ? rng() % 3 : 0);
      Span span;
      while (span.cols < want_cols && c + span.cols < cols && is_free(r, c + span.cols, 1)) {
        ++span.cols;
      }
      while (span.rows < want_rows && r + span.rows < rows &&
             is_free(r + span.rows, c, span.cols)) {
        ++span.rows;
      }
      for (int rr = r; rr < r + span.rows; ++rr) {
        for (int cc = c; cc < c + span.cols; ++cc) used[static_cast<size_t>(rr * cols + cc)] = 1;
      }
      std::string text;
      if (rng() % 4 != 0) text.append("t").append(std::to_string(++serial));
      t.cells.push_back(tablift::testing::TextCell(r, c, text, span));
    }
  }
  std::sort(t.cells.begin(), t.cells.end(),
            [](const Cell& a, const Cell& b) { return a.pos < b.pos; });
  if (rng() % 2 == 0) t.header_rows = {static_cast<int>(rng() % 2)};
  return t;
}

bool Found(const RecordTable& rt, const std::string& text) {
  for (const Column& c : rt.columns) {
    if (c.title.find(text) != std::string::npos) return true;
  }
  for (const Section& s : rt.sections) {
    if (s.title == text) return true;
  }
  for (const Record& rec : rt.records) {
    for (const std::string& v : rec.values) {
      if (v == text || v.find(text + "\n") == 0 || v.find("\n" + text) != std::string::npos) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

TEST_CASE("No cell text is lost on random grids", "[normalizer][property]") {
  std::mt19937 rng(20261127);  // fixed seed: the same grids on every run
  constexpr int kTables = 400;
  for (int i = 0; i < kTables; ++i) {
    const int rows = 1 + static_cast<int>(rng() % 8);
    const int cols = 1 + static_cast<int>(rng() % 4);
    const Table t = RandomTable(rng, rows, cols);
    REQUIRE(ValidateTable(t).empty());
    const RecordTable rt = NormalizeTable(t);
    CHECK(rt.columns.size() == static_cast<size_t>(cols));
    for (const Record& rec : rt.records) CHECK(rec.values.size() == static_cast<size_t>(cols));
    for (const Cell& c : t.cells) {
      const std::string text = CellText(c);
      if (text.empty()) continue;
      INFO("table " << i << " cell (" << c.pos.row << "," << c.pos.col << ") " << text);
      CHECK(Found(rt, text));
    }
  }
}
