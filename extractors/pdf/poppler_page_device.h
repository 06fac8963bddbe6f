// PageDevice: the Poppler OutputDev that reads one page in one display pass. It is a
// TextOutputDev (words, lines and fonts, as pdftotext sees them) that also records the page's
// ruling segments (stroked straight pieces and thin filled rectangles, in device space = page
// space of core/geometry.h, clipped) and, optionally, the text of every marked-content sequence
// that carries an MCID. Internal to the Poppler adapter (poppler_*.cc); not thread-safe.
#pragma once

#include <TextOutputDev.h>

#include <string>
#include <vector>

#include "core/deadline.h"
#include "core/error.h"
#include "extractors/pdf/page_content.h"
#include "extractors/pdf/tagged_content.h"

namespace tablift::pdf {

class PageDevice final : public TextOutputDev {
 public:
  PageDevice();

  // Starts collecting for page `number`; `marked` (may be null) receives marked-content text.
  // `deadline` (may be null) decides whether the page's text is laid out (endPage).
  void Begin(int number, MarkedTextMap* marked, const Deadline* deadline);
  // What stopped the page early, or "" (then Finish's page is complete): the page drew more
  // glyphs or rules than one page may hold, or laying out its glyphs could pass the deadline.
  // Poppler's abort callback polls it, so drawing stops at once.
  const std::string& stopped() const { return stopped_; }
  // kResource for too much drawn, kBadInput for the time limit (as Deadline::Check).
  ExitCode stopped_code() const { return stopped_code_; }
  // The page read since Begin(), valid after Poppler's displayPage() returned.
  Page Finish();

  void startPage(int pageNum, GfxState* state, XRef* xref) override;
  void stroke(GfxState* state) override;
  void fill(GfxState* state) override;
  void eoFill(GfxState* state) override;
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double originX,
                double originY, CharCode c, int nBytes, const Unicode* u, int uLen) override;
  void beginMarkedContent(const char* name, Dict* properties) override;
  void endMarkedContent(GfxState* state) override;
  void endPage() override;
  void beginForm(Ref id) override;
  void endForm(Ref id) override;

 private:
  void RecordStroke(GfxState* state);
  void RecordThinFills(GfxState* state);
  void AddSegment(GfxState* state, double x0, double y0, double x1, double y1, double thickness);
  void AddMarkedChar(GfxState* state, double x, double y, double dx, double dy, const Unicode* u,
                     int uLen);

  bool Full(std::size_t count, std::size_t max, const char* what);

  Page page_;
  const Deadline* deadline_ = nullptr;
  std::size_t glyphs_ = 0;  // drawChar calls on this page
  std::string stopped_;
  ExitCode stopped_code_ = ExitCode::kResource;
  MarkedTextMap* marked_ = nullptr;
  std::vector<int> mcid_stack_;  // the MCID each open marked-content sequence belongs to, or -1
  int form_depth_ = 0;           // how many Form XObjects are being drawn
  // Where the last marked glyph (of any sequence) ended, to tell spaces and line breaks apart.
  bool have_last_ = false;
  double last_end_x_ = 0, last_base_y_ = 0, last_size_ = 0;
  int last_mcid_ = -1;
  MarkedText* last_text_ = nullptr;  // the sequence the last marked glyph went to
  bool pending_space_ = false;       // a space glyph followed the last marked glyph
};

}  // namespace tablift::pdf
