// Batch input discovery: turns folders, files, glob patterns and a manifest into the sorted list
// of files to convert, each with the place its outputs go, so that OUTDIR mirrors the inputs.
//
//   folder F          every file under F (recursive, symlinked folders not followed) whose first
//                     bytes are a ZIP, PDF or OLE2 (legacy Office) file, or whose extension is an
//                     office document's (.docx, .odt, .pdf, .doc, .rtf, .xlsx, .ods, .pptx, ...),
//                     so that a broken "report.pdf" or an unsupported "old.doc" is reported as
//                     failed, not ignored; other files are skipped and counted.
//                     Outputs go to OUTDIR/<path under F>.
//   file             converted whatever its bytes; outputs go to OUTDIR/ (like `convert`).
//   glob pattern     (quoted, when no such file exists) expanded with glob(3); each match is a
//                     folder or file as above, mirrored under the pattern's fixed leading folder.
//   manifest line    a path (relative to the current folder; blank lines and "#" lines ignored);
//                     outputs mirror that path as written (".." parts and a leading "/" dropped).
//
// The list is sorted by input path and deduplicated; two inputs whose outputs would collide
// (same folder, same stem) make the later one a clash; an empty file collides with nothing.
// Thread-compatible values.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "cli/file_sink.h"

namespace tablift::batch {

struct BatchInput {
  std::string path;        // as found (used in the report and messages; the sort key)
  std::string rel_dir;     // output folder relative to OUTDIR ("" = OUTDIR itself)
  std::string stem;        // output stem (cli/file_sink.h OutputStem)
  std::string clash_with;  // non-empty: an earlier input with the same outputs
  bool empty = false;      // a file of 0 bytes: reported as "empty", never converted
};

struct BatchInputs {
  std::vector<BatchInput> files;     // sorted by path
  std::vector<std::string> skipped;  // folder files that are no documents, sorted
};

// Inputs are named by `name_by` (--name-by). Throws Error(kBadInput) for a missing input or an
// unreadable manifest, Error(kUsage) when a glob pattern matches nothing.
BatchInputs DiscoverInputs(const std::vector<std::string>& args, const std::string& manifest,
                           cli::NameBy name_by = cli::NameBy::kStem);

// Keeps the elements whose index in the sorted list is I modulo N: deterministic and stable.
template <typename T>
std::vector<T> Shard(const std::vector<T>& all, int index, int count) {
  std::vector<T> mine;
  for (size_t i = 0; i < all.size(); ++i) {
    if (static_cast<int>(i % static_cast<size_t>(count)) == index) mine.push_back(all[i]);
  }
  return mine;
}

// The folder an input's outputs go to.
std::filesystem::path OutputDirOf(const std::filesystem::path& out_root, const BatchInput& in);

// True when a file name is a temporary of cli/file_sink.h or of the batch marker
// (".<name>.tmp-<pid>-<n>"), and then sets `owner_name` to "<name>".
bool ParseTempName(const std::string& file_name, std::string& owner_name);

// Removes stale temporary files a killed run left for `mine` (a subset of `all`): a temporary
// belongs to the input of `all` in the same folder with the longest stem it starts with, so
// shards sharing OUTDIR only clean their own. Returns how many were removed.
int RemoveStaleTemps(const std::filesystem::path& out_root, const std::vector<BatchInput>& all,
                     const std::vector<BatchInput>& mine);

}  // namespace tablift::batch
