#include "extractors/pdf/poppler_page_device.h"

#include <Dict.h>
#include <GfxFont.h>
#include <GfxState.h>
#include <Object.h>
#include <fmt/core.h>
#include <goo/GooString.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string_view>

#include "core/text.h"

namespace tablift::pdf {
namespace {

// A filled rectangle at most this thin (points) is drawn as a rule, not a shaded cell: producers
// draw table borders as 0.5-1.5pt filled rectangles; 2pt keeps thick rules and drops real fills.
constexpr double kMaxRuleFillThickness = 2.0;
// A straight piece whose ends differ by at most this much across its direction is taken as
// axis-aligned (rounding in producers' coordinates, not real slopes).
constexpr double kAxisTolerance = 0.5;
// Pieces shorter than this are dots or caps, not rules.
constexpr double kMinSegmentLength = 1.0;
// A segment lying at least this far outside the clip box is invisible.
constexpr double kClipTolerance = 1.0;
// A stroke this close to white (all components, 0..1) is invisible on paper and not a rule.
constexpr double kWhiteLevel = 0.95;
// Marked-content text: a gap wider than this fraction of the font size between two glyphs is
// a space (Poppler's TextOutputDev uses 0.1 for its minimum word break).
constexpr double kWordGapRatio = 0.15;
// A baseline shift above this fraction of the font size starts a new line.
constexpr double kLineShiftRatio = 0.5;
// A dense real page carries about 20,000 glyphs and a few thousand rules; ten times that is kept
// per page (about 60 MB of Poppler text state), more is a hostile page (Form XObjects drawn by
// fan-out can draw billions) and stops its drawing.
constexpr std::size_t kMaxPageGlyphs = 200000;
constexpr std::size_t kMaxPageSegments = 500000;
// Poppler's text layout of a page of n glyphs set as isolated words takes up to about
// n * n * this many seconds (measured: 70 s for 22,500 one-digit cells on the 2-core CI
// machine). Pages up to kLayoutAlwaysGlyphs glyphs are always laid out (under 0.3 s).
constexpr double kWorstLayoutSecondsPerGlyphPair = 1.4e-7;
constexpr std::size_t kLayoutAlwaysGlyphs = 1500;

std::string StripSubsetPrefix(const std::string& name) {
  // Embedded subsets are named "ABCDEF+RealName" (six uppercase letters and a plus sign).
  constexpr size_t kTagLength = 6;
  if (name.size() > kTagLength && name[kTagLength] == '+' &&
      std::all_of(name.begin(), name.begin() + kTagLength,
                  [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return name.substr(kTagLength + 1);
  }
  return name;
}

bool NameSaysBold(std::string_view name) {
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view w : {"bold", "black", "heavy", "semibold", "demi"}) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

bool IsWhite(GfxState* state) {
  GfxRGB rgb;
  state->getStrokeRGB(&rgb);
  return colToDbl(rgb.r) >= kWhiteLevel && colToDbl(rgb.g) >= kWhiteLevel &&
         colToDbl(rgb.b) >= kWhiteLevel;
}

Word MakeWord(const TextWord* w, int line_id) {
  Word out;
  const std::unique_ptr<GooString> text(w->getText());
  out.text = text ? text->toStr() : std::string();
  w->getBBox(&out.box.x0, &out.box.y0, &out.box.x1, &out.box.y1);
  out.font_size = w->getFontSize();
  const TextFontInfo* font = w->getLength() > 0 ? w->getFontInfo(0) : nullptr;
  if (font && font->getFontName()) out.font_name = StripSubsetPrefix(font->getFontName()->toStr());
  out.bold = (font && font->isBold()) || NameSaysBold(out.font_name);
  out.space_after = w->getSpaceAfter();
  out.line_id = line_id;
  return out;
}

}  // namespace

PageDevice::PageDevice() : TextOutputDev(nullptr, false, 0, false, false) {}

void PageDevice::Begin(int number, MarkedTextMap* marked, const Deadline* deadline) {
  page_ = Page{};
  deadline_ = deadline;
  glyphs_ = 0;
  stopped_.clear();
  stopped_code_ = ExitCode::kResource;
  page_.number = number;
  marked_ = marked;
  mcid_stack_.clear();
  form_depth_ = 0;
  have_last_ = false;
  last_mcid_ = -1;
  last_text_ = nullptr;
  pending_space_ = false;
}

Page PageDevice::Finish() {
  int line_id = 0;
  for (const TextFlow* flow = getFlows(); flow; flow = flow->getNext()) {
    for (const TextBlock* block = flow->getBlocks(); block; block = block->getNext()) {
      for (const TextLine* line = block->getLines(); line; line = line->getNext(), ++line_id) {
        for (const TextWord* w = line->getWords(); w; w = w->getNext()) {
          page_.words.push_back(MakeWord(w, line_id));
        }
      }
    }
  }
  return std::move(page_);
}

bool PageDevice::Full(std::size_t count, std::size_t max, const char* what) {
  if (count < max) return false;
  if (stopped_.empty()) {
    stopped_ = fmt::format("page {} draws more than {} {}, over what one page may hold",
                           page_.number, max, what);
  }
  return true;
}

void PageDevice::endPage() {
  // Poppler's text layout (TextPage::coalesce) cannot be interrupted and takes time quadratic in
  // the glyphs of a page set as isolated words; a page that could pass the deadline is not laid
  // out, and the caller fails it with the time limit.
  const double n = static_cast<double>(glyphs_);
  if (stopped_.empty() && deadline_ && glyphs_ > kLayoutAlwaysGlyphs &&
      n * n * kWorstLayoutSecondsPerGlyphPair > deadline_->SecondsLeft()) {
    stopped_ = fmt::format(
        "page {}: laying out its {} glyphs could take longer than the time limit allows",
        page_.number, glyphs_);
    stopped_code_ = ExitCode::kBadInput;
  }
  if (stopped_.empty()) TextOutputDev::endPage();
}

void PageDevice::startPage(int pageNum, GfxState* state, XRef* xref) {
  TextOutputDev::startPage(pageNum, state, xref);
  if (state) {
    page_.width = state->getPageWidth();
    page_.height = state->getPageHeight();
  }
}

void PageDevice::stroke(GfxState* state) {
  TextOutputDev::stroke(state);
  if (!IsWhite(state)) RecordStroke(state);
}

void PageDevice::fill(GfxState* state) {
  TextOutputDev::fill(state);
  RecordThinFills(state);
}

void PageDevice::eoFill(GfxState* state) {
  TextOutputDev::eoFill(state);
  RecordThinFills(state);
}

void PageDevice::RecordStroke(GfxState* state) {
  const GfxPath* path = state->getPath();
  const double width = state->getTransformedLineWidth();
  for (int i = 0; i < path->getNumSubpaths(); ++i) {
    const GfxSubpath* sp = path->getSubpath(i);
    // A closed subpath already ends with a line back to its first point (GfxSubpath::close).
    for (int k = 1; k < sp->getNumPoints(); ++k) {
      if (sp->getCurve(k)) continue;
      double x0, y0, x1, y1;
      state->transform(sp->getX(k - 1), sp->getY(k - 1), &x0, &y0);
      state->transform(sp->getX(k), sp->getY(k), &x1, &y1);
      AddSegment(state, x0, y0, x1, y1, width);
    }
  }
}

void PageDevice::RecordThinFills(GfxState* state) {
  const GfxPath* path = state->getPath();
  for (int i = 0; i < path->getNumSubpaths(); ++i) {
    const GfxSubpath* sp = path->getSubpath(i);
    const int n = sp->getNumPoints();
    if (n < 4 || n > 5) continue;  // a rectangle: 4 corners, plus the closing point
    double xs[5], ys[5];
    bool straight = true;
    for (int k = 0; k < n; ++k) {
      straight = straight && !sp->getCurve(k);
      state->transform(sp->getX(k), sp->getY(k), &xs[k], &ys[k]);
    }
    if (!straight) continue;
    bool axis_aligned = true;
    for (int k = 0; k < 4; ++k) {
      const int next = (k + 1) % 4;
      axis_aligned = axis_aligned && (std::abs(xs[k] - xs[next]) <= kAxisTolerance ||
                                      std::abs(ys[k] - ys[next]) <= kAxisTolerance);
    }
    if (!axis_aligned) continue;
    const double x0 = *std::min_element(xs, xs + n), x1 = *std::max_element(xs, xs + n);
    const double y0 = *std::min_element(ys, ys + n), y1 = *std::max_element(ys, ys + n);
    const double w = x1 - x0, h = y1 - y0;
    if (h <= kMaxRuleFillThickness && w > h) {
      AddSegment(state, x0, (y0 + y1) / 2, x1, (y0 + y1) / 2, h);
    } else if (w <= kMaxRuleFillThickness && h > w) {
      AddSegment(state, (x0 + x1) / 2, y0, (x0 + x1) / 2, y1, w);
    }
  }
}

void PageDevice::AddSegment(GfxState* state, double x0, double y0, double x1, double y1,
                            double thickness) {
  if (Full(page_.segments.size(), kMaxPageSegments, "ruling segments")) return;
  Segment s;
  s.thickness = thickness;
  if (std::abs(y0 - y1) <= kAxisTolerance) {
    s.y0 = s.y1 = (y0 + y1) / 2;
    s.x0 = std::min(x0, x1);
    s.x1 = std::max(x0, x1);
  } else if (std::abs(x0 - x1) <= kAxisTolerance) {
    s.x0 = s.x1 = (x0 + x1) / 2;
    s.y0 = std::min(y0, y1);
    s.y1 = std::max(y0, y1);
  } else {
    return;  // a slanted piece: not a table rule
  }
  double cx0, cy0, cx1, cy1;
  state->getClipBBox(&cx0, &cy0, &cx1, &cy1);
  if (s.x1 < cx0 - kClipTolerance || s.x0 > cx1 + kClipTolerance || s.y1 < cy0 - kClipTolerance ||
      s.y0 > cy1 + kClipTolerance) {
    return;
  }
  s.x0 = std::max(s.x0, cx0);
  s.x1 = std::min(s.x1, cx1);
  s.y0 = std::max(s.y0, cy0);
  s.y1 = std::min(s.y1, cy1);
  if (s.horizontal() ? s.x1 - s.x0 < kMinSegmentLength : s.y1 - s.y0 < kMinSegmentLength) return;
  page_.segments.push_back(s);
}

void PageDevice::beginMarkedContent(const char* name, Dict* properties) {
  int mcid = mcid_stack_.empty() ? -1 : mcid_stack_.back();
  if (properties) {
    const Object obj = properties->lookup("MCID");
    // MCIDs inside a Form XObject number that stream's sequences, not the page's; the structure
    // tree reaches them through /Stm references, which are not followed. Their text belongs to
    // the page's sequence around the form, if any, else it is left out.
    if (obj.isInt() && form_depth_ == 0) mcid = obj.getInt();
  }
  // Artifacts (page headers, footers, repeated table headers) are not part of the structure.
  if (name && std::string_view(name) == "Artifact") mcid = -1;
  mcid_stack_.push_back(mcid);
}

void PageDevice::endMarkedContent(GfxState* state) {
  if (!mcid_stack_.empty()) mcid_stack_.pop_back();
  TextOutputDev::endMarkedContent(state);
}

void PageDevice::beginForm(Ref id) {
  ++form_depth_;
  TextOutputDev::beginForm(id);
}

void PageDevice::endForm(Ref id) {
  form_depth_ = std::max(form_depth_ - 1, 0);
  TextOutputDev::endForm(id);
}

void PageDevice::drawChar(GfxState* state, double x, double y, double dx, double dy, double originX,
                          double originY, CharCode c, int nBytes, const Unicode* u, int uLen) {
  if (Full(glyphs_++, kMaxPageGlyphs, "glyphs")) return;
  TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
  if (marked_ && !mcid_stack_.empty() && mcid_stack_.back() >= 0) {
    AddMarkedChar(state, x - originX, y - originY, dx, dy, u, uLen);
  }
}

void PageDevice::AddMarkedChar(GfxState* state, double x, double y, double dx, double dy,
                               const Unicode* u, int uLen) {
  const int mcid = mcid_stack_.back();
  double x0, y0, w, h;
  state->transform(x, y, &x0, &y0);
  state->transformDelta(dx, dy, &w, &h);
  const double size = std::max(state->getTransformedFontSize(), 1.0);
  if (uLen == 1 && (u[0] == 0x20 || u[0] == 0xA0)) {
    pending_space_ = have_last_;
    if (last_text_ && !last_text_->lines.empty()) last_text_->lines.back().space_after = true;
    last_end_x_ = x0 + w;
    return;
  }
  const bool same_line = have_last_ && std::abs(y0 - last_base_y_) <= kLineShiftRatio * size &&
                         x0 >= last_end_x_ - size;
  const bool space = pending_space_ || x0 - last_end_x_ > kWordGapRatio * last_size_;
  MarkedText& text = (*marked_)[{page_.number, mcid}];
  if (text.lines.empty() || mcid != last_mcid_ || !same_line) {
    const bool continues = same_line && mcid != last_mcid_;
    text.lines.push_back(
        MarkedLine{"", BBox{x0, y0 - size, x0, y0}, size, w, continues, continues && space});
  } else if (space) {
    text.lines.back().text += ' ';
  }
  have_last_ = true;
  last_mcid_ = mcid;
  last_text_ = &text;
  last_end_x_ = x0 + w;
  last_base_y_ = y0;
  last_size_ = size;
  pending_space_ = false;
  MarkedLine& line = text.lines.back();
  line.space_after = false;
  for (int i = 0; i < uLen; ++i) AppendUtf8(line.text, static_cast<char32_t>(u[i]));
  line.box.x1 = std::max(line.box.x1, x0 + w);
  line.box.y0 = std::min(line.box.y0, y0 - size);
  line.box.y1 = std::max(line.box.y1, y0);
}

}  // namespace tablift::pdf
