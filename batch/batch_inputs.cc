#include "batch/batch_inputs.h"

#include <glob.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>

#include "cli/file_sink.h"
#include "core/error.h"
#include "core/source.h"

namespace tablift::batch {

using cli::NameBy;
using cli::OutputStem;
namespace fs = std::filesystem;
namespace {

// DetectFormat looks for "%PDF-" within the first 1024 bytes.
constexpr size_t kSniffBytes = 1024;

// The names of the documents a folder of reports holds: the formats tablift reads and the
// office formats it does not (reported as unsupported, so that nobody thinks them converted).
bool HasDocumentExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  static const std::set<std::string> kDocuments = {
      ".docx", ".docm", ".dotx", ".odt", ".ott", ".pdf",  ".doc", ".dot", ".rtf",
      ".wpd",  ".xlsx", ".xlsm", ".xls", ".ods", ".pptx", ".ppt", ".odp", ".odg"};
  return kDocuments.count(ext) > 0;
}

bool LooksLikeDocument(const fs::path& p) {
  if (HasDocumentExtension(p)) return true;
  std::ifstream in(p, std::ios::binary);
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return DetectFormat(head) != InputFormat::kUnknown || IsOle2(head);
}

// A relative path without "..", "." or root parts; "" for the output root itself.
std::string CleanRelative(const fs::path& p) {
  fs::path out;
  for (const fs::path& part : p.relative_path().lexically_normal()) {
    if (part == ".." || part == "." || part.empty()) continue;
    out /= part;
  }
  return out.generic_string();
}

// How the inputs being discovered are named (--name-by); set once per DiscoverInputs call.
struct Discovery {
  NameBy name_by = NameBy::kStem;
};

BatchInput MakeInput(const fs::path& file, const fs::path& rel_file, const Discovery& how) {
  BatchInput in;
  in.path = file.generic_string();
  in.rel_dir = CleanRelative(rel_file.parent_path());
  in.stem = OutputStem(file.filename().string(), how.name_by);
  std::error_code ec;
  in.empty = fs::is_regular_file(file, ec) && fs::file_size(file, ec) == 0 && !ec;
  return in;
}

void WalkFolder(const fs::path& root, BatchInputs& found, const Discovery& how) {
  std::error_code ec;
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    if (LooksLikeDocument(it->path())) {
      found.files.push_back(MakeInput(it->path(), it->path().lexically_relative(root), how));
    } else {
      found.skipped.push_back(it->path().generic_string());
    }
  }
  if (ec)
    throw Error(ExitCode::kBadInput, "cannot read folder " + root.string() + ": " + ec.message());
}

void AddPath(const fs::path& p, const fs::path& root, BatchInputs& found, const Discovery& how) {
  std::error_code ec;
  if (fs::is_directory(p, ec)) return WalkFolder(p, found, how);
  if (!fs::exists(p, ec)) throw Error(ExitCode::kBadInput, p.string() + ": no such file or folder");
  found.files.push_back(
      MakeInput(p, root.empty() ? p.filename() : p.lexically_relative(root), how));
}

bool IsGlob(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

// The leading folders of a pattern that hold no wildcard ("in/a/*/x*.pdf" -> "in/a").
fs::path FixedPrefix(const std::string& pattern) {
  fs::path prefix;
  const fs::path p(pattern);
  for (auto it = p.begin(); it != p.end(); ++it) {
    if (IsGlob(it->string()) || std::next(it) == p.end()) break;
    prefix /= *it;
  }
  return prefix;
}

void AddGlob(const std::string& pattern, BatchInputs& found, const Discovery& how) {
  glob_t g{};
  const int rc = glob(pattern.c_str(), 0, nullptr, &g);
  if (rc != 0) {
    globfree(&g);
    throw Error(ExitCode::kUsage, "pattern '" + pattern + "' matches no file");
  }
  const fs::path root = FixedPrefix(pattern);
  for (size_t i = 0; i < g.gl_pathc; ++i) {
    const fs::path match(g.gl_pathv[i]);
    AddPath(match, root.empty() ? fs::path(".") : root, found, how);
  }
  globfree(&g);
}

void AddManifest(const std::string& manifest, BatchInputs& found, const Discovery& how) {
  std::ifstream in(manifest);
  if (!in) throw Error(ExitCode::kBadInput, "cannot read manifest " + manifest);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::error_code ec;
    if (fs::is_directory(line, ec)) {
      WalkFolder(line, found, how);
    } else {
      found.files.push_back(MakeInput(line, line, how));
    }
  }
}

// Sorts, drops repeated paths and marks inputs whose outputs collide with an earlier one.
void Finish(BatchInputs& found) {
  auto by_path = [](const BatchInput& a, const BatchInput& b) { return a.path < b.path; };
  std::sort(found.files.begin(), found.files.end(), by_path);
  found.files.erase(std::unique(found.files.begin(), found.files.end(),
                                [](auto& a, auto& b) { return a.path == b.path; }),
                    found.files.end());
  std::map<std::pair<std::string, std::string>, std::string> owner;
  for (BatchInput& in : found.files) {
    if (in.empty) continue;  // writes nothing, so collides with nothing
    auto [it, fresh] = owner.emplace(std::make_pair(in.rel_dir, in.stem), in.path);
    if (!fresh) in.clash_with = it->second;
  }
  std::sort(found.skipped.begin(), found.skipped.end());
  found.skipped.erase(std::unique(found.skipped.begin(), found.skipped.end()), found.skipped.end());
}

}  // namespace

BatchInputs DiscoverInputs(const std::vector<std::string>& args, const std::string& manifest,
                           NameBy name_by) {
  const Discovery how{name_by};
  BatchInputs found;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (!fs::exists(arg, ec) && IsGlob(arg)) {
      AddGlob(arg, found, how);
    } else {
      AddPath(arg, {}, found, how);
    }
  }
  if (!manifest.empty()) AddManifest(manifest, found, how);
  Finish(found);
  return found;
}

fs::path OutputDirOf(const fs::path& out_root, const BatchInput& in) {
  return in.rel_dir.empty() ? out_root : out_root / in.rel_dir;
}

bool ParseTempName(const std::string& name, std::string& owner_name) {
  const auto tmp = name.rfind(".tmp-");
  if (name.size() < 2 || name[0] != '.' || tmp == std::string::npos || tmp < 2) return false;
  const std::string tail = name.substr(tmp + 5);  // "<pid>-<n>"
  const auto dash = tail.find('-');
  auto digits = [](const std::string& s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
  };
  if (dash == std::string::npos || !digits(tail.substr(0, dash)) || !digits(tail.substr(dash + 1)))
    return false;
  owner_name = name.substr(1, tmp - 1);
  return true;
}

namespace {

// The stem among `stems` that `name` ("<stem><suffix>") belongs to: the longest that is
// followed by "." in the name; "" when none.
std::string OwnerStem(const std::string& name, const std::set<std::string>& stems) {
  std::string best;
  for (const std::string& s : stems) {
    if (name.size() > s.size() && name.compare(0, s.size(), s) == 0 && name[s.size()] == '.' &&
        s.size() > best.size())
      best = s;
  }
  return best;
}

}  // namespace

int RemoveStaleTemps(const fs::path& out_root, const std::vector<BatchInput>& all,
                     const std::vector<BatchInput>& mine) {
  std::map<std::string, std::set<std::string>> stems_all, stems_mine;
  for (const BatchInput& in : all) stems_all[in.rel_dir].insert(in.stem);
  for (const BatchInput& in : mine) stems_mine[in.rel_dir].insert(in.stem);
  int removed = 0;
  for (const auto& [rel_dir, mine_stems] : stems_mine) {
    // The outputs' folder, and its mirror under .tablift/ holding the resume markers.
    for (const fs::path& root : {out_root, out_root / cli::kStateDir}) {
      const fs::path dir = rel_dir.empty() ? root : root / rel_dir;
      std::error_code ec;
      for (const auto& entry : fs::directory_iterator(dir, ec)) {
        std::string owner_name;
        if (!ParseTempName(entry.path().filename().string(), owner_name)) continue;
        const std::string stem = OwnerStem(owner_name, stems_all[rel_dir]);
        if (!stem.empty() && mine_stems.count(stem) && fs::remove(entry.path(), ec)) ++removed;
      }
    }
  }
  return removed;
}

}  // namespace tablift::batch
