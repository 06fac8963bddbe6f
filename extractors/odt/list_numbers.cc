#include "extractors/odt/list_numbers.h"

#include "extractors/package/number_format.h"

namespace tablift::odt {

struct ListNumbers::Counters {
  std::array<int, kListLevels> value{};  // 0: the level has not counted since its restart
};

namespace {

constexpr const char* kBullet = "\xE2\x80\xA2";  // U+2022

// style:num-format as a package::FormatNumber format; other scripts render as decimal.
std::string_view NumFormat(std::string_view f) {
  if (f.empty()) return "none";
  if (f == "a") return "lowerLetter";
  if (f == "A") return "upperLetter";
  if (f == "i") return "lowerRoman";
  if (f == "I") return "upperRoman";
  return "decimal";
}

}  // namespace

std::shared_ptr<ListNumbers::Counters> ListNumbers::Open(const std::string& id,
                                                         const std::string& style,
                                                         const std::string& continue_list,
                                                         bool continue_numbering) {
  std::shared_ptr<Counters> counters;
  if (const auto it = by_id_.find(continue_list); !continue_list.empty() && it != by_id_.end()) {
    counters = it->second;
  } else if (const auto last = last_by_style_.find(style);
             continue_numbering && last != last_by_style_.end()) {
    counters = last->second;
  } else {
    counters = std::make_shared<Counters>();
  }
  if (!id.empty()) by_id_[id] = counters;
  last_by_style_[style] = counters;
  return counters;
}

ListInfo ListNumbers::Item(Counters& counters, const ListStyle* style, int level, int start) {
  const auto at = static_cast<std::size_t>(level);
  const LevelStyle none;
  const LevelStyle& lvl = style ? (*style)[at] : none;
  int& value = counters.value[at];
  value = start > 0 ? start : (value == 0 ? lvl.start_value : value + 1);
  for (std::size_t below = at + 1; below < counters.value.size(); ++below) {
    counters.value[below] = 0;
  }
  ListInfo info;
  info.level = level;
  if (lvl.kind == LevelKind::kBullet) {
    info.kind = ListKind::kBullet;
    info.marker = kBullet;
  } else if (lvl.kind == LevelKind::kNumber) {
    info.kind = ListKind::kNumbered;
    info.marker = lvl.prefix;
    const int first = std::max(0, level - lvl.display_levels + 1);
    for (int l = first; l <= level; ++l) {
      if (l > first) info.marker += ".";
      const auto li = static_cast<std::size_t>(l);
      const int shown = counters.value[li] == 0 ? 1 : counters.value[li];
      info.marker += package::FormatNumber(shown, NumFormat(style ? (*style)[li].num_format : ""));
    }
    info.marker += lvl.suffix;
  }
  return info;
}

}  // namespace tablift::odt
