// The plug-in point for finding tables on one PDF page.
//
// A finder takes a page's words and rulings and returns candidate tables with their cells. The
// chain for a method runs its finders in order on every page; each later finder sees the boxes
// the earlier ones took and leaves their words alone. Adding a finder: a class here (or in its
// own file) and a line in FindersFor. Finders are stateless: thread-safe.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "extractors/pdf/page_tables.h"

namespace tablift::pdf {

class PageTableFinder {
 public:
  virtual ~PageTableFinder() = default;
  // The method recorded on each table it finds ("pdf.lattice", "pdf.stream").
  virtual std::string_view method() const = 0;
  // The tables on `page` (which must outlive them) whose words lie outside `taken`, top to
  // bottom. Problems and rejected candidates go to `diagnostics`.
  virtual std::vector<PageTable> Find(const Page& page, const std::vector<BBox>& taken,
                                      Diagnostics& diagnostics) const = 0;
};

// The finders of a geometry method, in the order they run: "auto" is lattice then stream;
// "lattice" and "stream" are that finder alone. Throws std::invalid_argument for another name.
std::vector<std::unique_ptr<PageTableFinder>> FindersFor(std::string_view method);

// The method names FindersFor accepts, and "tagged" (the structure tree, not a page finder).
inline constexpr std::string_view kTableMethods[] = {"auto", "lattice", "stream", "tagged"};

}  // namespace tablift::pdf
