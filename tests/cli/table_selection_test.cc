#include "cli/table_selection.h"

#include <catch2/catch.hpp>

#include "core/error.h"

using namespace tablift;

TEST_CASE("SelectTables keeps the chosen tables with their grids and typed forms",
          "[cli][table-selection]") {
  ExportDocument doc;
  for (int i = 1; i <= 3; ++i) {
    RecordTable t;
    t.index = i;
    doc.tables.push_back(t);
    Table g;
    g.index = i;
    doc.grids.push_back(g);
    TypedTable typed;
    typed.index = i;
    doc.typed.push_back(typed);
  }
  cli::SelectTables(doc, {1, 3});
  REQUIRE(doc.tables.size() == 2);
  CHECK(doc.tables[0].index == 1);
  CHECK(doc.tables[1].index == 3);
  REQUIRE(doc.grids.size() == 2);
  CHECK(doc.grids[1].index == 3);
  REQUIRE(doc.typed.size() == 2);
  CHECK(doc.typed[1].index == 3);
  cli::SelectTables(doc, {});
  CHECK(doc.tables.size() == 2);
  CHECK_THROWS_AS(cli::SelectTables(doc, {2}), Error);
}
