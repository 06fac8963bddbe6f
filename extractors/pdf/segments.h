// Ruling lines: the page's horizontal and vertical segments cleaned up into maximal rules.
//
// Producers draw one border as several pieces, leave small gaps or overlaps between them, draw
// double lines, and sprinkle tiny decorative strokes. MergeSegments joins collinear pieces whose
// ends touch or overlap within a tolerance, folds parallel lines closer than a tolerance into one
// (double lines), and drops what is still too short to be a border. Pure function; thread-safe.
#pragma once

#include <vector>

#include "extractors/pdf/page_content.h"

namespace tablift::pdf {

// A cleaned horizontal (pos = y, lo..hi = x range) or vertical (pos = x, lo..hi = y range) rule.
// Invariant: lo < hi.
struct Rule {
  double pos = 0;
  double lo = 0, hi = 0;
  double length() const { return hi - lo; }
};

struct Rules {
  std::vector<Rule> horizontal;  // sorted by (pos, lo)
  std::vector<Rule> vertical;    // sorted by (pos, lo)
};

// Tolerances in PDF points, chosen for real producers (see docs/pdf.md "Ruled tables").
struct RuleTolerances {
  // Parallel pieces closer than this are one line (double borders are drawn 1-3 pt apart).
  double same_line = 2.5;
  // Collinear pieces whose ends are at most this far apart are joined (producers leave gaps of
  // up to about a line width at cell corners).
  double join_gap = 3.0;
  // A merged rule shorter than this is a decoration, not a border.
  double min_length = 4.0;
};

Rules MergeSegments(const std::vector<Segment>& segments, const RuleTolerances& tol = {});

}  // namespace tablift::pdf
