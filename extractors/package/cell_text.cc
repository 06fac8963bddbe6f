#include "extractors/package/cell_text.h"

namespace tablift::package {
namespace {

// Cuts `s` to at most `n` bytes without splitting a UTF-8 sequence.
void CutUtf8(std::string& s, std::size_t n) {
  if (s.size() <= n) return;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  s.resize(n);
}

}  // namespace

bool CutCellText(Cell& cell, std::uint64_t limit) {
  std::uint64_t total = 0;
  for (std::size_t i = 0; i < cell.paragraphs.size(); ++i) {
    std::string& text = cell.paragraphs[i].text;
    if (total + text.size() <= limit) {
      total += text.size();
      continue;
    }
    CutUtf8(text, static_cast<std::size_t>(limit - total));
    cell.paragraphs.resize(i + 1);
    return true;
  }
  return false;
}

}  // namespace tablift::package
