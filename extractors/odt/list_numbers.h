// ListNumbers: the markers of OpenDocument list items (text:list / text:list-item), counted as
// an ODF consumer counts them.
//
// A top-level text:list starts new counters, unless it continues the list whose xml:id its
// text:continue-list names, or (text:continue-numbering="true") the last list of the same list
// style. A list item at level L counts up level L (text:start-value on the item, else the level
// style's start value, for the first) and restarts the levels below it. (A text:numbered-paragraph
// opens with its text:list-id as both id and continue-list, so one list's paragraphs count on.) A
// numbered level renders num-prefix, the last display-levels level numbers joined by ".", and
// num-suffix, in the numbering of each level's style:num-format ("1", "a", "A", "i", "I"); a bullet
// or image level is "•" (the model's one bullet). Single-use per document; not thread-safe.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "core/table.h"
#include "extractors/odt/styles.h"

namespace tablift::odt {

class ListNumbers {
 public:
  struct Counters;
  // The counters a top-level list with these attributes uses.
  std::shared_ptr<Counters> Open(const std::string& id, const std::string& style,
                                 const std::string& continue_list, bool continue_numbering);
  // Counts a list item at `level` (0-based) and returns its marker. `start` is the item's
  // text:start-value, or 0 when it has none.
  static ListInfo Item(Counters& counters, const ListStyle* style, int level, int start);

 private:
  std::map<std::string, std::shared_ptr<Counters>> by_id_;
  std::map<std::string, std::shared_ptr<Counters>> last_by_style_;
};

}  // namespace tablift::odt
