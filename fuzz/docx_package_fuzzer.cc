// Fuzz target docx_package: the whole input is a DOCX (ZIP) package for DocxExtractor.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extractors/docx/docx_extractor.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tablift::DocxExtractor extractor;
  tablift::fuzz::RunExtractor(extractor, std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
