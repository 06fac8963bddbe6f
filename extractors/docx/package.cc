#include "extractors/docx/package.h"

#include <optional>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "extractors/package/zip_reader.h"

namespace tablift::docx {
namespace {

constexpr const char* kDefaultMainPart = "word/document.xml";
constexpr const char* kDefaultStylesPart = "word/styles.xml";
constexpr const char* kDefaultNumberingPart = "word/numbering.xml";

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string RelsPartFor(const std::string& part) {
  const auto slash = part.rfind('/');
  if (slash == std::string::npos) return "_rels/" + part + ".rels";
  return part.substr(0, slash) + "/_rels/" + part.substr(slash + 1) + ".rels";
}

// The target of the first relationship in `rels_part` whose Type ends with "/" + `type`
// (transitional and strict relationship types differ only in their base URI).
std::optional<std::string> FindTarget(const ZipReader& zip, const Limits& limits,
                                      const std::string& rels_part, const std::string& source,
                                      std::string_view type) {
  const std::optional<std::string> bytes = zip.Read(rels_part, limits.max_entry_bytes);
  if (!bytes) return std::nullopt;
  pugi::xml_document doc;
  if (!doc.load_buffer(bytes->data(), bytes->size())) {
    throw Error(ExitCode::kBadInput, rels_part + ": malformed relationships part");
  }
  std::string suffix(1, '/');
  suffix += type;
  for (pugi::xml_node rel : doc.document_element().children()) {
    const std::string_view name = rel.name();
    if (!EndsWith(name, "Relationship")) continue;
    if (std::string_view(rel.attribute("TargetMode").value()) == "External") continue;
    if (EndsWith(rel.attribute("Type").value(), suffix)) {
      return ResolveTarget(source, rel.attribute("Target").value());
    }
  }
  return std::nullopt;
}

std::unique_ptr<WordPart> LoadOptional(const ZipReader& zip, const Limits& limits,
                                       const std::string& name) {
  std::optional<std::string> bytes = zip.Read(name, limits.max_entry_bytes);
  if (!bytes) return nullptr;
  auto part = std::make_unique<WordPart>();
  ParseWordPart(name, std::move(*bytes), *part);
  return part;
}

}  // namespace

std::string ResolveTarget(const std::string& source_part, const std::string& target) {
  std::vector<std::string> segments;
  std::string path = target;
  if (!target.empty() && target[0] == '/') {
    path = target.substr(1);
  } else {
    const auto slash = source_part.rfind('/');
    if (slash != std::string::npos) path = source_part.substr(0, slash + 1) + target;
  }
  std::size_t start = 0;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string seg = path.substr(start, end - start);
    if (seg == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segments.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

void LoadPackage(const ZipReader& zip, const Limits& limits, Package& out) {
  const std::string main =
      FindTarget(zip, limits, "_rels/.rels", "", "officeDocument").value_or(kDefaultMainPart);
  std::optional<std::string> bytes = zip.Read(main, limits.max_entry_bytes);
  if (!bytes) {
    throw Error(ExitCode::kBadInput, "no main document part (" + main + ") in the package");
  }
  ParseWordPart(main, std::move(*bytes), out.document);
  const std::string rels = RelsPartFor(main);
  out.styles = LoadOptional(
      zip, limits, FindTarget(zip, limits, rels, main, "styles").value_or(kDefaultStylesPart));
  out.numbering = LoadOptional(
      zip, limits,
      FindTarget(zip, limits, rels, main, "numbering").value_or(kDefaultNumberingPart));
}

}  // namespace tablift::docx
