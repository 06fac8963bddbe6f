// W3C CSV on the Web (CSVW) metadata for a CSV the exporters write: "<name>.csv-metadata.json"
// beside "<name>.csv" (the naming; CSVW's own default for a file's metadata), with the
// dialect tablift writes (RFC 4180: comma, CRLF, header row, UTF-8) and a tableSchema: each
// column's name, titles, datatype, "separator" for list cells and "required", and the
// primaryKey when the table has a key. The CSV writer adds the CSV's size and hash as the
// schema.org annotations "schema:contentSize" (bytes) and "schema:sha256". Pure functions;
// thread-safe.
#pragma once

#include <string>

#include "exporters/typed_csv_layout.h"
#include "exporters/typed_view.h"

namespace tablift {

inline constexpr const char* kCsvwContext = "http://www.w3.org/ns/csvw";

// The CSVW metadata of the CSV file `csv_url` (its name relative to the metadata file).
OrderedJson CsvwMetadata(const CsvLayout& layout, const std::string& csv_url,
                         const std::string& title, const std::string& source_file);

// The output stem the CLI gives a source file: its name without the last extension.
std::string StemOfFileName(const std::string& file_name);

}  // namespace tablift
