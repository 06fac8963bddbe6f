#include "extractors/odt/odf_names.h"

#include <charconv>
#include <optional>

#include "core/error.h"

namespace tablift::odt {
namespace {

Names NamesFor(pugi::xml_node root, std::string_view uri, const char* conventional) {
  return Names(package::PrefixFor(root, uri).value_or(conventional));
}

}  // namespace

OdfNames ResolveNames(const package::XmlPart& part) {
  const pugi::xml_node root = part.doc.document_element();
  const std::optional<std::string> office = package::PrefixFor(root, kOfficeNs);
  if (!office) throw Error(ExitCode::kBadInput, part.name + ": not an OpenDocument part");
  return OdfNames{Names(*office), NamesFor(root, kTextNs, "text"),
                  NamesFor(root, kTableNs, "table"), NamesFor(root, kStyleNs, "style")};
}

int CountAttr(pugi::xml_attribute a, int limit, bool* clamped) {
  if (!a) return 1;
  const std::string_view v = a.value();
  long long n = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec == std::errc::result_out_of_range && !v.empty() && v[0] != '-')
    n = limit + 1LL;
  else if (ec != std::errc() || end != v.data() + v.size() || n < 1)
    return 1;
  if (n > limit) {
    if (clamped) *clamped = true;
    return limit;
  }
  return static_cast<int>(n);
}

}  // namespace tablift::odt
