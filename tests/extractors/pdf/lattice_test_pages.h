// Synthetic pages for the lattice builder's tests: ruled grids and words laid out the way
// Poppler reports them (one word per space-separated token, widths from a fixed advance).
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "extractors/pdf/page_content.h"

namespace tablift::pdf::testing {

// Advance of one character and of a space, as fractions of the font size (a rough Helvetica).
constexpr double kCharEm = 0.5;
constexpr double kSpaceEm = 0.25;

class PageBuilder {
 public:
  explicit PageBuilder(int number) {
    page_.number = number;
    page_.width = 595;
    page_.height = 842;
  }

  PageBuilder& H(double y, double x0, double x1) {
    page_.segments.push_back({x0, y, x1, y, 0.5});
    return *this;
  }
  PageBuilder& V(double x, double y0, double y1) {
    page_.segments.push_back({x, y0, x, y1, 0.5});
    return *this;
  }
  // Every boundary of a full grid.
  PageBuilder& Grid(const std::vector<double>& xs, const std::vector<double>& ys) {
    for (double y : ys) H(y, xs.front(), xs.back());
    for (double x : xs) V(x, ys.front(), ys.back());
    return *this;
  }
  // One line of text whose first word starts at (x, top); returns the x after the last word.
  double Text(double x, double top, const std::string& text, double size = 10, bool bold = false) {
    std::istringstream in(text);
    std::string w;
    const int line = next_line_++;
    while (in >> w) {
      const double width = CharCount(w) * kCharEm * size;
      page_.words.push_back(
          {w, {x, top, x + width, top + size * 1.17}, size, bold, "Helvetica", true, line});
      x += width + kSpaceEm * size;
    }
    return x;
  }
  const Page& page() const { return page_; }

 private:
  static double CharCount(const std::string& s) {
    double n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
  }
  Page page_;
  int next_line_ = 0;
};

}  // namespace tablift::pdf::testing
