#include "extractors/pdf/poppler_reader.h"

#include <ErrorCodes.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <fmt/core.h>

#include <mutex>
#include <optional>
#include <string_view>

#include "core/error.h"
#include "extractors/pdf/poppler_page_device.h"
#include "extractors/pdf/poppler_structure.h"

namespace tablift::pdf {
namespace {

// Poppler reports problems through one global callback. Each thread reading a document points
// this at its own collector, so messages land in the right document's diagnostics.
struct ErrorCollector {
  Diagnostics* sink = nullptr;
  int reported = 0;
  int dropped = 0;
  std::string last_message;
};
thread_local ErrorCollector* t_collector = nullptr;

// Damaged files can make Poppler repeat a message thousands of times; report the first few.
constexpr int kMaxPopplerMessages = 10;

void OnPopplerError(ErrorCategory category, Goffset pos, const char* msg) {
  ErrorCollector* c = t_collector;
  if (!c || !msg) return;
  c->last_message = msg;
  // Poppler escapes control characters as "<0a>"; drop the trailing newline it often includes.
  constexpr std::string_view kEscapedNewline = "<0a>";
  if (c->last_message.ends_with(kEscapedNewline)) {
    c->last_message.resize(c->last_message.size() - kEscapedNewline.size());
  }
  // Syntax warnings are problems Poppler works around without affecting the output.
  if (category == errSyntaxWarning) return;
  if (c->reported >= kMaxPopplerMessages) {
    ++c->dropped;
    return;
  }
  ++c->reported;
  const std::string where = pos >= 0 ? fmt::format("byte {}", pos) : std::string();
  c->sink->push_back(
      {Severity::kWarning, "pdf.poppler", fmt::format("Poppler: {}", c->last_message), where});
}

// Routes Poppler's messages to `sink` for the lifetime of the scope.
class ErrorScope {
 public:
  explicit ErrorScope(Diagnostics& sink) : previous_(t_collector) {
    collector_.sink = &sink;
    t_collector = &collector_;
  }
  ~ErrorScope() {
    if (collector_.dropped > 0) {
      collector_.sink->push_back(
          {Severity::kInfo, "pdf.poppler",
           fmt::format("{} more Poppler messages not shown", collector_.dropped), ""});
    }
    t_collector = previous_;
  }
  const std::string& last_message() const { return collector_.last_message; }

 private:
  ErrorCollector collector_;
  ErrorCollector* previous_;
};

// Poppler's abort callback: stops drawing a page once the document's deadline has passed or
// the page device stopped collecting.
struct AbortCheck {
  const Deadline* deadline;
  const PageDevice* device;
};
bool ShouldAbort(void* data) {
  const auto* check = static_cast<const AbortCheck*>(data);
  return !check->device->stopped().empty() || (check->deadline && check->deadline->Passed());
}

void InitPopplerOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (!globalParams) globalParams = std::make_unique<GlobalParams>();
    setErrorCallback(&OnPopplerError);
  });
}

std::string OpenErrorMeaning(int code) {
  switch (code) {
    case errOpenFile:
      return "the file cannot be opened";
    case errBadCatalog:
      return "the page catalog cannot be read";
    case errDamaged:
      return "the file is damaged and cannot be repaired";
    case errFileIO:
      return "read error";
    default:
      return fmt::format("Poppler error {}", code);
  }
}

}  // namespace

struct PdfDocument::Impl {
  std::unique_ptr<PDFDoc> doc;
  PageDevice device;
  // Set by Poppler whenever it rebuilds the xref table (at opening or later, on a bad offset).
  bool xref_reconstructed = false;
  bool xref_reported = false;
  const Deadline* deadline = nullptr;

  void ReportReconstruction(Diagnostics& diagnostics) {
    if (!xref_reconstructed || xref_reported) return;
    xref_reported = true;
    diagnostics.push_back({Severity::kWarning, "pdf.xref-reconstructed",
                           "the cross-reference table is damaged; Poppler rebuilt it", ""});
  }
};

PdfDocument::PdfDocument(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PdfDocument::~PdfDocument() = default;

std::unique_ptr<PdfDocument> PdfDocument::Open(std::string_view bytes, const std::string& password,
                                               Diagnostics& diagnostics) {
  InitPopplerOnce();
  ErrorScope scope(diagnostics);
  // MemStream does not copy and does not free; the caller keeps `bytes` alive.
  auto* stream = new MemStream(const_cast<char*>(bytes.data()), 0,
                               static_cast<Goffset>(bytes.size()), Object(objNull));
  std::optional<GooString> pw;
  if (!password.empty()) pw.emplace(password);
  auto impl = std::make_unique<Impl>();
  Impl* state = impl.get();  // owns the PDFDoc, so it outlives every call of the callback
  impl->doc = std::make_unique<PDFDoc>(stream, pw, pw, nullptr,
                                       [state] { state->xref_reconstructed = true; });
  if (!impl->doc->isOk()) {
    const int code = impl->doc->getErrorCode();
    if (code == errEncrypted) {
      throw Error(ExitCode::kPassword,
                  password.empty() ? "PDF is encrypted: a user password is needed (--password)"
                                   : "PDF is encrypted: wrong password");
    }
    std::string detail = OpenErrorMeaning(code);
    if (!scope.last_message().empty()) detail += ": " + scope.last_message();
    throw Error(ExitCode::kBadInput, fmt::format("not a readable PDF ({})", detail));
  }
  impl->ReportReconstruction(diagnostics);
  return std::unique_ptr<PdfDocument>(new PdfDocument(std::move(impl)));
}

int PdfDocument::page_count() const { return impl_->doc->getNumPages(); }

std::vector<Page> PdfDocument::ReadPages(const std::vector<int>& numbers, MarkedTextMap* marked,
                                         Diagnostics& diagnostics) {
  ErrorScope scope(diagnostics);
  // 72 dpi makes device space equal PDF points; TextOutputDev's device space is y-down with
  // the origin at the crop box's top-left corner: the page space of core/geometry.h.
  constexpr double kDpi = 72.0;
  std::vector<Page> pages;
  pages.reserve(numbers.size());
  for (int n : numbers) {
    impl_->device.Begin(n, marked, impl_->deadline);
    AbortCheck check{impl_->deadline, &impl_->device};
    impl_->doc->displayPage(&impl_->device, n, kDpi, kDpi, 0, /*useMediaBox=*/false,
                            /*crop=*/true, /*printing=*/false, &ShouldAbort, &check);
    if (impl_->deadline) impl_->deadline->Check();
    // A page stopped early fails the document: its tables would be incomplete.
    if (!impl_->device.stopped().empty()) {
      throw Error(impl_->device.stopped_code(), impl_->device.stopped());
    }
    pages.push_back(impl_->device.Finish());
  }
  impl_->ReportReconstruction(diagnostics);
  return pages;
}

void PdfDocument::SetDeadline(const Deadline& deadline) { impl_->deadline = &deadline; }

std::vector<StructNode> PdfDocument::ReadStructureTree(Diagnostics& diagnostics) {
  ErrorScope scope(diagnostics);
  std::vector<StructNode> tree = ConvertStructTree(*impl_->doc, diagnostics);
  impl_->ReportReconstruction(diagnostics);
  return tree;
}

}  // namespace tablift::pdf
