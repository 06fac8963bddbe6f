// Regression: ReadSource checked max_input_bytes only against the file's size, so a device or
// pipe without one (/dev/zero, a FIFO) was read without bound until memory ran out.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "core/source.h"

using namespace tablift;

TEST_CASE("Regression: reading a sizeless endless input stops at the input limit",
          "[core][limits][regression]") {
  Limits limits;
  limits.max_input_bytes = 1 << 20;
  try {
    ReadSource("/dev/zero", limits);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kBadInput);
    CHECK_THAT(e.what(), Catch::Contains("over the limit"));
  }
}

TEST_CASE("A file up to the input limit is read whole", "[core][limits]") {
  const auto path = std::filesystem::temp_directory_path() / "tablift-read-limit-test.bin";
  const std::string bytes(200000, 'x');
  std::ofstream(path, std::ios::binary) << bytes;
  Limits limits;
  limits.max_input_bytes = bytes.size();
  CHECK(ReadSource(path.string(), limits).bytes == bytes);
  limits.max_input_bytes = bytes.size() - 1;
  CHECK_THROWS_AS(ReadSource(path.string(), limits), Error);
  std::filesystem::remove(path);
}
