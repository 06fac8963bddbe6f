#include "exporters/registry.h"

#include <algorithm>
#include <cctype>

#include "exporters/csv_exporter.h"
#include "exporters/json_exporter.h"
#include "exporters/jsonl_exporter.h"
#include "exporters/xml_exporter.h"

namespace tablift {
namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

}  // namespace

const std::vector<const Exporter*>& AllExporters() {
  // Stateless singletons, never destroyed, so the pointers stay valid during static teardown.
  static const CsvExporter* const csv = new CsvExporter;
  static const JsonExporter* const json = new JsonExporter;
  static const XmlExporter* const xml = new XmlExporter;
  static const JsonlExporter* const jsonl = new JsonlExporter;
  static const auto* const all = new std::vector<const Exporter*>{csv, json, xml, jsonl};
  return *all;
}

const Exporter* FindExporter(std::string_view name) {
  for (const Exporter* e : AllExporters()) {
    if (EqualsIgnoringCase(e->Name(), name)) return e;
  }
  return nullptr;
}

}  // namespace tablift
