#include "extractors/pdf/segments.h"

#include <algorithm>

namespace tablift::pdf {
namespace {

// Groups rules whose positions lie within `same_line` of the group's first rule, then joins the
// pieces of each group along the line.
std::vector<Rule> MergeCollinear(std::vector<Rule> rules, const RuleTolerances& tol) {
  std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.pos < b.pos; });
  std::vector<Rule> out;
  std::size_t i = 0;
  while (i < rules.size()) {
    std::size_t j = i;
    double sum = 0;
    while (j < rules.size() && rules[j].pos - rules[i].pos <= tol.same_line) sum += rules[j++].pos;
    const double pos = sum / static_cast<double>(j - i);
    std::vector<Rule> group(rules.begin() + static_cast<std::ptrdiff_t>(i),
                            rules.begin() + static_cast<std::ptrdiff_t>(j));
    std::sort(group.begin(), group.end(), [](const Rule& a, const Rule& b) { return a.lo < b.lo; });
    Rule cur = group.front();
    cur.pos = pos;
    for (std::size_t k = 1; k < group.size(); ++k) {
      if (group[k].lo <= cur.hi + tol.join_gap) {
        cur.hi = std::max(cur.hi, group[k].hi);
      } else {
        out.push_back(cur);
        cur = Rule{pos, group[k].lo, group[k].hi};
      }
    }
    out.push_back(cur);
    i = j;
  }
  std::erase_if(out, [&](const Rule& r) { return r.length() < tol.min_length; });
  std::sort(out.begin(), out.end(), [](const Rule& a, const Rule& b) {
    return a.pos != b.pos ? a.pos < b.pos : a.lo < b.lo;
  });
  return out;
}

}  // namespace

Rules MergeSegments(const std::vector<Segment>& segments, const RuleTolerances& tol) {
  std::vector<Rule> h, v;
  for (const Segment& s : segments) {
    // Tolerate reversed ends; anything neither horizontal nor vertical is not a ruling.
    if (s.y0 == s.y1 && s.x0 != s.x1) {
      h.push_back({s.y0, std::min(s.x0, s.x1), std::max(s.x0, s.x1)});
    } else if (s.x0 == s.x1 && s.y0 != s.y1) {
      v.push_back({s.x0, std::min(s.y0, s.y1), std::max(s.y0, s.y1)});
    }
  }
  return Rules{MergeCollinear(std::move(h), tol), MergeCollinear(std::move(v), tol)};
}

}  // namespace tablift::pdf
