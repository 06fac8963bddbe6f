// Test helpers for the PDF reader tests: the fixtures of tests/data/pdf and the samples.
#pragma once

#include <string>

#include "core/source.h"

namespace tablift::pdf::testing {

inline Source Fixture(const std::string& name) {
  return ReadSource(std::string(TABLIFT_SOURCE_DIR) + "/tests/data/pdf/" + name);
}

inline Source Sample(const std::string& name) {
  return ReadSource(std::string(TABLIFT_SAMPLES_DIR) + "/" + name);
}

}  // namespace tablift::pdf::testing
