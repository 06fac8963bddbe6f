#include "extractors/pdf/grid.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

#include "core/error.h"

namespace tablift::pdf {
namespace {

// Slots one ruled grid may have before it is built (each costs about 80 bytes while cells are
// formed): twice the default Limits::max_cells_per_table, so the cell limit, not this bound,
// truncates any grid a real page draws. 3000 x 3000 rules (9 million slots) took 2.8 GB.
constexpr double kMaxGridSlots = 2e6;

struct DisjointSets {
  std::vector<int> parent;
  explicit DisjointSets(int n) : parent(static_cast<std::size_t>(n)) {
    std::iota(parent.begin(), parent.end(), 0);
  }
  int Find(int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void Join(int a, int b) { parent[Find(a)] = Find(b); }
};

bool Crosses(const Rule& h, const Rule& v, double tol) {
  return v.pos >= h.lo - tol && v.pos <= h.hi + tol && h.pos >= v.lo - tol && h.pos <= v.hi + tol;
}

// Positions within `tol` of each other collapse into their first value; input need not be sorted.
std::vector<double> Distinct(std::vector<double> v, double tol) {
  std::sort(v.begin(), v.end());
  std::vector<double> out;
  for (double x : v) {
    if (out.empty() || x - out.back() > tol) out.push_back(x);
  }
  return out;
}

// Length of [lo, hi] covered by the rules lying at `pos` (within tol).
double Covered(const std::vector<const Rule*>& rules, double pos, double lo, double hi,
               double tol) {
  double sum = 0;
  for (const Rule* r : rules) {
    if (std::abs(r->pos - pos) > tol) continue;
    sum += std::max(0.0, std::min(hi, r->hi) - std::max(lo, r->lo));
  }
  return sum;
}

// Boundaries from the rules' positions, plus the outer ends of the crossing rules where no rule
// is drawn (an open outer border). `ruled` says which boundaries are drawn.
std::vector<double> Boundaries(const std::vector<const Rule*>& along,
                               const std::vector<const Rule*>& across, double tol,
                               std::vector<bool>* ruled) {
  std::vector<double> pos;
  for (const Rule* r : along) pos.push_back(r->pos);
  std::vector<double> out = Distinct(pos, tol);
  double lo = across.front()->lo, hi = across.front()->hi;
  for (const Rule* r : across) lo = std::min(lo, r->lo), hi = std::max(hi, r->hi);
  const std::size_t drawn_from = lo < out.front() - tol ? 1 : 0;
  if (drawn_from) out.insert(out.begin(), lo);
  const bool open_end = hi > out.back() + tol;
  if (open_end) out.push_back(hi);
  if (ruled) {
    ruled->assign(out.size(), true);
    if (drawn_from) (*ruled)[0] = false;
    if (open_end) ruled->back() = false;
  }
  return out;
}

struct Borders {
  std::vector<bool> right;   // right[r * cols + c]: border between (r, c) and (r, c + 1) drawn
  std::vector<bool> bottom;  // bottom[r * cols + c]: border between (r, c) and (r + 1, c) drawn
};

// The rules lying within tol of each boundary (a rule may be near two), so that a border is
// checked against its own boundary's rules only: linear in the grid, not in grid x rules.
std::vector<std::vector<const Rule*>> RulesAt(const std::vector<double>& bounds,
                                              const std::vector<const Rule*>& rules, double tol) {
  std::vector<std::vector<const Rule*>> at(bounds.size());
  for (const Rule* r : rules) {
    auto k = std::lower_bound(bounds.begin(), bounds.end(), r->pos - tol);
    for (; k != bounds.end() && *k <= r->pos + tol; ++k)
      at[static_cast<std::size_t>(k - bounds.begin())].push_back(r);
  }
  return at;
}

Borders FindBorders(const PageGrid& g, const std::vector<const Rule*>& hs,
                    const std::vector<const Rule*>& vs, const GridTolerances& tol) {
  const int rows = g.rows(), cols = g.cols();
  Borders b{std::vector<bool>(static_cast<std::size_t>(rows * cols), true),
            std::vector<bool>(static_cast<std::size_t>(rows * cols), true)};
  const auto vs_at = RulesAt(g.xs, vs, tol.touch);
  const auto hs_at = RulesAt(g.ys, hs, tol.touch);
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      const std::size_t i = static_cast<std::size_t>(r * cols + c);
      if (c + 1 < cols) {
        const double h = g.ys[r + 1] - g.ys[r];
        b.right[i] =
            Covered(vs_at[c + 1], g.xs[c + 1], g.ys[r], g.ys[r + 1], tol.touch) >= tol.covered * h;
      }
      if (r + 1 < rows) {
        const double w = g.xs[c + 1] - g.xs[c];
        b.bottom[i] =
            Covered(hs_at[r + 1], g.ys[r + 1], g.xs[c], g.xs[c + 1], tol.touch) >= tol.covered * w;
      }
    }
  }
  return b;
}

// Grows the rectangle of undrawn borders starting at free slot (r, c).
Span GrowCell(const PageGrid& g, const Borders& b, int r, int c) {
  const int cols = g.cols();
  auto at = [&](int rr, int cc) { return static_cast<std::size_t>(rr * cols + cc); };
  Span s;
  while (c + s.cols < cols && !b.right[at(r, c + s.cols - 1)] && g.slot_cell[at(r, c + s.cols)] < 0)
    ++s.cols;
  while (r + s.rows < g.rows()) {
    bool open = true;
    for (int k = c; k < c + s.cols && open; ++k) {
      open = !b.bottom[at(r + s.rows - 1, k)] && g.slot_cell[at(r + s.rows, k)] < 0;
    }
    if (!open) break;
    ++s.rows;
  }
  return s;
}

void FillCells(PageGrid& g, const Borders& b) {
  const int rows = g.rows(), cols = g.cols();
  g.cells.clear();
  g.slot_cell.assign(static_cast<std::size_t>(rows * cols), -1);
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      if (g.slot_cell[static_cast<std::size_t>(r * cols + c)] >= 0) continue;
      const Span s = GrowCell(g, b, r, c);
      const int id = static_cast<int>(g.cells.size());
      g.cells.push_back({{r, c}, s, {g.xs[c], g.ys[r], g.xs[c + s.cols], g.ys[r + s.rows]}});
      for (int rr = r; rr < r + s.rows; ++rr)
        for (int cc = c; cc < c + s.cols; ++cc)
          g.slot_cell[static_cast<std::size_t>(rr * cols + cc)] = id;
    }
  }
}

// Drops the inner boundaries at which no cell starts: a stray rule (an underline, a short
// decoration touching a border) adds a boundary that separates nothing. True when any was dropped.
bool DropUnusedBoundaries(PageGrid& g) {
  std::vector<bool> row_used(g.ys.size(), false), col_used(g.xs.size(), false);
  row_used.front() = row_used.back() = col_used.front() = col_used.back() = true;
  for (const GridCell& c : g.cells) {
    row_used[static_cast<std::size_t>(c.pos.row)] = true;
    col_used[static_cast<std::size_t>(c.pos.col)] = true;
  }
  const std::size_t before = g.ys.size() + g.xs.size();
  std::vector<double> ys, xs;
  std::vector<bool> ruled;
  for (std::size_t i = 0; i < g.ys.size(); ++i) {
    if (!row_used[i]) continue;
    ys.push_back(g.ys[i]);
    ruled.push_back(g.ys_ruled[i]);
  }
  for (std::size_t i = 0; i < g.xs.size(); ++i)
    if (col_used[i]) xs.push_back(g.xs[i]);
  g.ys = std::move(ys);
  g.ys_ruled = std::move(ruled);
  g.xs = std::move(xs);
  return g.ys.size() + g.xs.size() < before;
}

std::optional<PageGrid> BuildGrid(const std::vector<const Rule*>& hs,
                                  const std::vector<const Rule*>& vs, const GridTolerances& tol) {
  if (hs.empty() || vs.empty()) return std::nullopt;
  PageGrid g;
  g.ys = Boundaries(hs, vs, tol.touch, &g.ys_ruled);
  g.xs = Boundaries(vs, hs, tol.touch, nullptr);
  if (g.rows() < 1 || g.cols() < 1 || g.rows() * g.cols() < 2) return std::nullopt;
  if (static_cast<double>(g.rows()) * g.cols() > kMaxGridSlots) {
    throw Error(ExitCode::kResource,
                fmt::format("a ruled grid of {} x {} cells is over the {} cells one grid may "
                            "have",
                            g.rows(), g.cols(), kMaxGridSlots));
  }
  do {
    FillCells(g, FindBorders(g, hs, vs, tol));
  } while (DropUnusedBoundaries(g));
  if (g.rows() * g.cols() < 2) return std::nullopt;
  return g;
}

}  // namespace

int PageGrid::CellAt(double x, double y) const {
  if (x < xs.front() || x > xs.back() || y < ys.front() || y > ys.back()) return -1;
  const auto col = std::upper_bound(xs.begin() + 1, xs.end() - 1, x) - xs.begin() - 1;
  const auto row = std::upper_bound(ys.begin() + 1, ys.end() - 1, y) - ys.begin() - 1;
  return slot_cell[static_cast<std::size_t>(row * cols() + col)];
}

std::vector<PageGrid> FindGrids(const Rules& rules, const GridTolerances& tol) {
  const int nh = static_cast<int>(rules.horizontal.size());
  const int nv = static_cast<int>(rules.vertical.size());
  DisjointSets sets(nh + nv);
  // Verticals are sorted by x, so each horizontal only looks at those within its x range.
  const auto& vert = rules.vertical;
  for (int i = 0; i < nh; ++i) {
    const Rule& h = rules.horizontal[static_cast<std::size_t>(i)];
    auto j = std::lower_bound(vert.begin(), vert.end(), h.lo - tol.touch,
                              [](const Rule& v, double x) { return v.pos < x; });
    for (; j != vert.end() && j->pos <= h.hi + tol.touch; ++j)
      if (Crosses(h, *j, tol.touch)) sets.Join(i, nh + static_cast<int>(j - vert.begin()));
  }
  std::vector<std::vector<const Rule*>> hs(static_cast<std::size_t>(nh + nv)),
      vs(static_cast<std::size_t>(nh + nv));
  for (int i = 0; i < nh; ++i) hs[sets.Find(i)].push_back(&rules.horizontal[i]);
  for (int j = 0; j < nv; ++j) vs[sets.Find(nh + j)].push_back(&rules.vertical[j]);
  std::vector<PageGrid> grids;
  for (std::size_t k = 0; k < hs.size(); ++k) {
    if (auto g = BuildGrid(hs[k], vs[k], tol)) grids.push_back(std::move(*g));
  }
  std::sort(grids.begin(), grids.end(), [](const PageGrid& a, const PageGrid& b) {
    return a.ys.front() != b.ys.front() ? a.ys.front() < b.ys.front() : a.xs.front() < b.xs.front();
  });
  return grids;
}

}  // namespace tablift::pdf
