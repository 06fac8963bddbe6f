// Fuzz target odt_package: the whole input is an ODT (ZIP) package for OdtExtractor.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extractors/odt/odt_extractor.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tablift::OdtExtractor extractor;
  tablift::fuzz::RunExtractor(extractor, std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
