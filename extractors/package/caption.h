// Table captions: recognising the paragraph that labels a table ("Tabel 1. ...").
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace tablift::package {

// True when `text` (leading whitespace ignored) starts with a table label in one of the report
// languages tablift meets (Table, Tabel, Tabelle, Tableau, Tabla, Tabella, Tabela, Tabell; any
// case), whitespace, and a table number: digits ("3", "3.1"), a letter and digits ("A1", "S-2")
// or a roman numeral ("IV") followed by punctuation, whitespace or the end.
bool StartsWithTableLabel(std::string_view text);

// `text` without leading and trailing spaces, tabs, line breaks and no-break spaces.
std::string TrimText(std::string_view text);

}  // namespace tablift::package
