// The one table label test (core/caption.h) that the DOCX, ODT and PDF extractors share. Before
// it, the package/ (DOCX, ODT), PDF lattice/stream and tagged PDF copies each accepted a different
// set; the cases below marked with a copy name are where they disagreed.
#include "core/caption.h"

#include <catch2/catch.hpp>
#include <string>

using tablift::StartsWithTableLabel;

TEST_CASE("Table labels in several languages, any case, then a number", "[core][caption]") {
  for (const char* yes :
       {"Tabel 1. Overzicht", "Table 2: Results", "TABELLE 3 Daten", "Tableau 4", "Tabla 5",
        "Tabella 6", "Tabela 7", "table\t8", "Table 3.1 Sub", "Table 12"}) {
    CAPTURE(yes);
    CHECK(StartsWithTableLabel(yes));
  }
}

TEST_CASE("Where the former copies disagreed, the union of what they did right",
          "[core][caption]") {
  const std::string nbsp = "\xC2\xA0";
  const std::string yes[] = {
      // Only the PDF lattice/stream copy knew the abbreviation.
      "Tab. 4 Werte", "Tab.4",
      // Not the PDF lattice/stream copy: Tabell, Roman numerals, letter numbers, no-break spaces
      // and leading white space.
      "Tabell 5", "Table IV. Roman", "Table IV Roman", "Tabla X", "Table A1 Annex",
      "Table S-2: Supplement", "Table A.1", "  tableau" + nbsp + "4", "Tabel" + nbsp + "1.",
      // Only the tagged PDF copy: Finnish, lower-case Roman numerals, line breaks as white space.
      "Taulukko 1", "Tableau iv", "table ix: notes", "\n Tabelle\t\n 7", "\r\nTable 2"};
  for (const std::string& text : yes) {
    CAPTURE(text);
    CHECK(StartsWithTableLabel(text));
  }
  // The tagged PDF copy took any word after the label that began with I, V or X (its regex had
  // no word end): no number, no label.
  for (const char* no : {"Table index", "Table items are listed below", "Tabla Xilofono",
                         "Tabell i rapporten" /* Swedish "in" */, "Table vs chair"}) {
    CAPTURE(no);
    CHECK_FALSE(StartsWithTableLabel(no));
  }
}

TEST_CASE("Words that only look like a table label", "[core][caption]") {
  for (const char* no : {"Table of contents", "Tables 1 and 2", "Table", "Tabel1", "Table  ",
                         "The table 1 below", "Tablet 5", "Tabellen zeigen", "Tab 4", "Tab.",
                         "Tab. Werte", "", "   ", "Table a1", "Table Annex", "Table CD"}) {
    CAPTURE(no);
    CHECK_FALSE(StartsWithTableLabel(no));
  }
}

TEST_CASE("A huge label candidate is checked in one pass", "[core][caption]") {
  // The tagged PDF copy was once a std::regex that overflowed the stack here (docs/fuzzing.md).
  CHECK(StartsWithTableLabel("Table " + std::string(400000, 'I')));
  CHECK(StartsWithTableLabel(std::string(400000, ' ') + "Tabelle\t\n 7"));
  CHECK_FALSE(StartsWithTableLabel("Table" + std::string(400000, ' ') + "of contents"));
  CHECK_FALSE(StartsWithTableLabel("Table " + std::string(400000, 'I') + "x"));
}
