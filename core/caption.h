// Table captions: recognising the text that labels a table ("Tabel 1. ...", "Table IV: ...").
// The one label test of every extractor (DOCX, ODT, PDF). Pure; thread-safe.
#pragma once

#include <string_view>

namespace tablift {

// True when `text` starts with a table label and a table number. Leading white space (ASCII white
// space and no-break spaces) is skipped; then comes a label in one of the report languages
// tablift meets, any case (Table, Tabel, Tabelle, Tableau, Tabla, Tabella, Tabela, Tabell,
// Taulukko, or the abbreviation "Tab."), white space (optional after "Tab.") and a number:
// digits ("3", "3.1"), an upper-case letter and digits ("A1", "S-2", "A.1"), or a Roman numeral
// in one case ("IV", "iv") followed by punctuation, white space or the end; a lower-case one
// only by punctuation or the end ("Tabell i rapporten", Swedish "in", is no label).
// A single pass without recursion: any length is safe (docs/fuzzing.md, finding 6).
bool StartsWithTableLabel(std::string_view text);

}  // namespace tablift
