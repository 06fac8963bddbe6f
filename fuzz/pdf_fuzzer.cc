// Fuzz target pdf: the whole input is a PDF for PdfExtractor (tagged and lattice paths).
#include <cstddef>
#include <cstdint>
#include <string>

#include "extractors/pdf/pdf_extractor.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tablift::PdfExtractor extractor;
  tablift::fuzz::RunExtractor(extractor, std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
