// Issue 10 ("Build your own test documents"): the same tables in each border style, as DOCX and
// as the PDF LibreOffice makes of it (tests/data/pdf/styles/, make_styles.py), must give the
// same records. Both go through their extractor with default options (PDF method "auto") and
// the normalizer as the CLI runs them; tables, columns, column titles, sections and cell texts
// are compared after the scorer's whitespace normalisation (comparable_text.h).
//
// TABLIFT_STYLES_DIFF=1 prints every difference; tests/data/pdf/styles/compare.py shows both
// grids side by side.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/source.h"
#include "extractors/docx/docx_extractor.h"
#include "extractors/pdf/pdf_extractor.h"
#include "normalizer/normalizer.h"
#include "pdf/comparable_text.h"
#include "reader_test_files.h"

namespace tablift::pdf {
namespace {

struct Converted {
  Document doc;
  ExportDocument out;
};

Converted Convert(const Extractor& extractor, const std::string& file) {
  const Source src = testing::Fixture("styles/" + file);
  Converted c{extractor.Extract(src, ExtractOptions{}), {}};
  c.out = NormalizeDocument(c.doc, /*keep_grids=*/false);
  return c;
}

// Every difference between the DOCX's and the PDF's records of one table, one per line:
// "columns: 5 vs 4", "title 2: 'Budget (EUR thousand) / 2022' vs '2022'", "record 3 column 4:
// 'a' vs 'b'".
std::vector<std::string> Differences(const RecordTable& docx, const RecordTable& pdf) {
  std::vector<std::string> diffs;
  const auto quote = [](const std::string& s) {
    std::string q = "'";  // not "'" + ...: GCC 12 warns falsely (-Wrestrict) on that operator+
    q += Comparable(s);
    return q += "'";
  };
  if (docx.columns.size() != pdf.columns.size()) {
    diffs.push_back("columns: " + std::to_string(docx.columns.size()) + " vs " +
                    std::to_string(pdf.columns.size()));
  }
  if (docx.records.size() != pdf.records.size()) {
    diffs.push_back("records: " + std::to_string(docx.records.size()) + " vs " +
                    std::to_string(pdf.records.size()));
  }
  for (std::size_t k = 0; k < std::min(docx.columns.size(), pdf.columns.size()); ++k) {
    if (Comparable(docx.columns[k].title) != Comparable(pdf.columns[k].title)) {
      diffs.push_back("title " + std::to_string(k) + ": " + quote(docx.columns[k].title) + " vs " +
                      quote(pdf.columns[k].title));
    }
  }
  for (std::size_t i = 0; i < std::min(docx.records.size(), pdf.records.size()); ++i) {
    const Record &want = docx.records[i], &got = pdf.records[i];
    if (Comparable(want.section.value_or("")) != Comparable(got.section.value_or(""))) {
      diffs.push_back("record " + std::to_string(i) + " section: " +
                      quote(want.section.value_or("")) + " vs " + quote(got.section.value_or("")));
    }
    for (std::size_t k = 0; k < std::min(want.values.size(), got.values.size()); ++k) {
      if (Comparable(want.values[k]) != Comparable(got.values[k])) {
        diffs.push_back("record " + std::to_string(i) + " column " + std::to_string(k) + ": " +
                        quote(want.values[k]) + " vs " + quote(got.values[k]));
      }
    }
  }
  return diffs;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::ostringstream s;
  for (const std::string& l : lines) s << l << "\n";
  return s.str();
}

// Converts STEM.docx and STEM.pdf and checks that the PDF gives `tables` tables, each with the
// DOCX table's records; `pages` is the page count each PDF table must cover (1, or 2 for a
// table stitched across pages).
void CheckSameAsDocx(const std::string& stem, std::size_t tables, std::size_t pages) {
  const Converted docx = Convert(DocxExtractor{}, stem + ".docx");
  const Converted pdf = Convert(PdfExtractor{}, stem + ".pdf");
  REQUIRE(docx.out.tables.size() == tables);  // the fixture itself
  std::string methods;
  for (const Table& t : pdf.doc.tables) (methods.empty() ? methods : methods += ", ") += t.method;
  INFO(stem << ": PDF tables by " << methods);
  // A wrong count still compares the tables both have, so the failure shows what differs.
  CHECK(pdf.out.tables.size() == tables);
  for (std::size_t i = 0; i < std::min(tables, pdf.out.tables.size()); ++i) {
    INFO("table " << i + 1);
    CHECK(pdf.doc.tables[i].regions.size() == pages);
    const std::vector<std::string> diffs = Differences(docx.out.tables[i], pdf.out.tables[i]);
    if (!diffs.empty() && std::getenv("TABLIFT_STYLES_DIFF")) {
      std::cerr << stem << " table " << i + 1 << " (DOCX vs PDF):\n" << Joined(diffs);
    }
    CHECK(Joined(diffs) == "");
  }
}

}  // namespace

// The fixture's expected shape, so that a wrong DOCX reference cannot hide a PDF error.
TEST_CASE("the style fixtures' DOCX gives 5 columns and 5 records under a spanning header",
          "[pdf][styles]") {
  const Converted docx = Convert(DocxExtractor{}, "grid.docx");
  REQUIRE(docx.out.tables.size() == 1);
  const RecordTable& t = docx.out.tables[0];
  std::vector<std::string> titles;
  for (const Column& c : t.columns) titles.push_back(Comparable(c.title));
  CHECK(titles == std::vector<std::string>{"Region", "Programme", "Budget (EUR thousand) / 2022",
                                           "Budget (EUR thousand) / 2023", "Notes"});
  REQUIRE(t.records.size() == 5);
  CHECK(t.records[0].values ==
        std::vector<std::string>{"North", "Water supply and sanitation in rural districts", "1,234",
                                 "12.5", ""});
  CHECK(t.records[2].values[3] == "");
}

TEST_CASE("styles: a full grid gives the DOCX's records", "[pdf][styles]") {
  CheckSameAsDocx("grid", 1, 1);
}

TEST_CASE("styles: booktabs rules give the DOCX's records", "[pdf][styles]") {
  CheckSameAsDocx("booktabs", 1, 1);
}

TEST_CASE("styles: rules between rows only give the DOCX's records", "[pdf][styles]") {
  CheckSameAsDocx("hrules", 1, 1);
}

TEST_CASE("styles: an outer box only gives the DOCX's records", "[pdf][styles]") {
  CheckSameAsDocx("box", 1, 1);
}

TEST_CASE("styles: zebra shading without lines gives the DOCX's records", "[pdf][styles]") {
  CheckSameAsDocx("zebra", 1, 1);
}

TEST_CASE("styles: no lines at all give the DOCX's records", "[pdf][styles]") {
  CheckSameAsDocx("none", 1, 1);
}

TEST_CASE("styles: two tables on one page, full grid", "[pdf][styles]") {
  CheckSameAsDocx("two-tables-grid", 2, 1);
}

TEST_CASE("styles: two tables on one page, booktabs", "[pdf][styles]") {
  CheckSameAsDocx("two-tables-booktabs", 2, 1);
}

TEST_CASE("styles: two tables on one page, no lines", "[pdf][styles]") {
  CheckSameAsDocx("two-tables-none", 2, 1);
}

TEST_CASE("styles: a table across two pages with a repeated header, full grid", "[pdf][styles]") {
  CheckSameAsDocx("two-pages-grid", 1, 2);
}

TEST_CASE("styles: a table across two pages with a repeated header, booktabs", "[pdf][styles]") {
  CheckSameAsDocx("two-pages-booktabs", 1, 2);
}

TEST_CASE("styles: a table across two pages with a repeated header, no lines", "[pdf][styles]") {
  CheckSameAsDocx("two-pages-none", 1, 2);
}

}  // namespace tablift::pdf

namespace tablift::pdf {

TEST_CASE("issue 10: visible tracked changes do not break the ruled table or its stitching",
          "[pdf][styles][decorations]") {
  const Source src = testing::Fixture("tracked/cedaw-tracked.pdf");
  Document doc = PdfExtractor().Extract(src, ExtractOptions{});
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].method == "pdf.lattice");
  const ExportDocument out = NormalizeDocument(doc, /*keep_grids=*/false);
  REQUIRE(out.tables.size() == 1);
  CHECK(out.tables[0].records.size() == 81);
  CHECK(out.tables[0].sections.size() == 24);
}

}  // namespace tablift::pdf
