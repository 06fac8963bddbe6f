#include "extractors/pdf/table_finder.h"

#include <stdexcept>
#include <string>

#include "extractors/pdf/stream_finder.h"

namespace tablift::pdf {
namespace {

class LatticeFinder : public PageTableFinder {
 public:
  std::string_view method() const override { return "pdf.lattice"; }
  std::vector<PageTable> Find(const Page& page, const std::vector<BBox>& /*taken*/,
                              Diagnostics& diagnostics) const override {
    return FindPageTables(page, diagnostics);
  }
};

class StreamFinder : public PageTableFinder {
 public:
  std::string_view method() const override { return "pdf.stream"; }
  std::vector<PageTable> Find(const Page& page, const std::vector<BBox>& taken,
                              Diagnostics& diagnostics) const override {
    return FindStreamTables(page, taken, diagnostics);
  }
};

}  // namespace

std::vector<std::unique_ptr<PageTableFinder>> FindersFor(std::string_view method) {
  std::vector<std::unique_ptr<PageTableFinder>> out;
  if (method == "auto" || method == "lattice") out.push_back(std::make_unique<LatticeFinder>());
  if (method == "auto" || method == "stream") out.push_back(std::make_unique<StreamFinder>());
  if (out.empty())
    throw std::invalid_argument("no page table finder for method " + std::string(method));
  return out;
}

}  // namespace tablift::pdf
