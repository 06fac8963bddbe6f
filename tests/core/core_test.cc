#include <catch2/catch.hpp>
#include <vector>

#include "core/error.h"
#include "core/source.h"
#include "core/table.h"
#include "core/text.h"

using namespace tablift;

TEST_CASE("DetectFormat reads the first bytes, not the name", "[core][format]") {
  CHECK(DetectFormat(std::string("PK\x03\x04rest", 8)) == InputFormat::kDocx);
  CHECK(DetectFormat("%PDF-1.7\n...") == InputFormat::kPdf);
  CHECK(DetectFormat("junk\n%PDF-1.4") == InputFormat::kPdf);
  CHECK(DetectFormat("hello, I am text") == InputFormat::kUnknown);
  CHECK(DetectFormat("") == InputFormat::kUnknown);
}

TEST_CASE("Sha256Hex matches the published test vector", "[core][sha256]") {
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("ReadSource reports a missing file as bad input", "[core][source]") {
  try {
    ReadSource("/nonexistent/tablift-test-file");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kBadInput);
  }
}

static Cell MakeCell(int row, int col, int rows, int cols) {
  Cell c;
  c.pos = {row, col};
  c.span = {rows, cols};
  return c;
}

TEST_CASE("ValidateTable finds overlapping and out-of-grid cells", "[core][table]") {
  Table t;
  t.rows = 2;
  t.cols = 2;
  t.cells.push_back(MakeCell(0, 0, 1, 2));
  t.cells.push_back(MakeCell(1, 0, 1, 1));
  CHECK(ValidateTable(t).empty());
  CHECK(CellAt(t, 0, 1) == &t.cells[0]);
  CHECK(CellAt(t, 1, 1) == nullptr);
  t.cells.push_back(MakeCell(1, 0, 1, 1));
  CHECK_FALSE(ValidateTable(t).empty());
  t.cells.pop_back();
  t.cells.push_back(MakeCell(1, 1, 2, 1));
  CHECK_FALSE(ValidateTable(t).empty());
}

TEST_CASE("UTF-8 helpers map bullets, sanitize and compose", "[core][text]") {
  CHECK(IsBulletGlyph(0xF0B7));
  CHECK(IsBulletGlyph(0x2022));
  CHECK_FALSE(IsBulletGlyph(U'a'));
  CHECK(SanitizeUtf8("a\xff"
                     "b") ==
        "a\xEF\xBF\xBD"
        "b");
  // "e" + COMBINING ACUTE ACCENT composes to U+00E9.
  CHECK(NormalizeNfc("e\xCC\x81") == "\xC3\xA9");
  std::string s;
  AppendUtf8(s, 0x20AC);
  CHECK(s == "\xE2\x82\xAC");
}

TEST_CASE("NormalizeNfc's fast path leaves only NFC-stable text alone", "[core][text]") {
  // Plain Latin, punctuation, bullets and private-use glyphs are already NFC.
  const std::string stable = "caf\xC3\xA9 \xE2\x80\x98x\xE2\x80\x99 \xE2\x80\xA2 \xEF\x82\xB7";
  CHECK(NormalizeNfc(stable) == stable);
  // A combining mark after a stable prefix still composes.
  CHECK(NormalizeNfc("caf\xC3\xA9 e\xCC\x81") == "caf\xC3\xA9 \xC3\xA9");
  // U+2000 EN QUAD is a singleton inside General Punctuation: NFC maps it to U+2002.
  CHECK(NormalizeNfc("a\xE2\x80\x80"
                     "b") ==
        "a\xE2\x80\x82"
        "b");
  // U+212B ANGSTROM SIGN maps to U+00C5.
  CHECK(NormalizeNfc("\xE2\x84\xAB") == "\xC3\x85");
}

TEST_CASE("DecodeUtf8 rejects overlong forms, surrogates and truncated sequences", "[core][text]") {
  auto decode_all = [](std::string_view s) {
    std::vector<char32_t> cps;
    std::size_t pos = 0;
    while (pos < s.size()) cps.push_back(DecodeUtf8(s, pos));
    return cps;
  };
  CHECK(decode_all("a\xC3\xA9") == std::vector<char32_t>{U'a', 0xE9});
  CHECK(decode_all("\xF0\x9F\x98\x80") == std::vector<char32_t>{0x1F600});
  CHECK(decode_all("\xC0\xAF") == std::vector<char32_t>{0xFFFD, 0xFFFD});  // overlong '/'
  CHECK(decode_all("\xED\xA0\x80") == std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD});  // surrogate
  CHECK(decode_all("\xE2\x82") == std::vector<char32_t>{0xFFFD, 0xFFFD});              // truncated
  CHECK(decode_all("\xF4\x90\x80\x80").front() == 0xFFFD);                             // > U+10FFFF
}
