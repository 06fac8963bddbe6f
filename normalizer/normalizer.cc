// NormalizeTable: classifies every grid row (empty, continuation, section, header, data),
// names the columns from the header rows and builds one record per data row.
// Rules and their reasons: docs/normalizer.md.
#include "normalizer/normalizer.h"

#include <fmt/core.h>

#include <algorithm>
#include <optional>

#include "normalizer/column_types.h"
#include "normalizer/grid_index.h"

namespace tablift {
namespace {

enum class RowKind {
  kEmpty,         // no text at all
  kContinuation,  // no text of its own, only cells spanning down from rows above
  kSection,       // one cell spanning all columns
  kContent,       // anything else: a header or a data row
};

class TableNormalizer {
 public:
  TableNormalizer(const Table& table, const NormalizeOptions& options, OutputBudget& budget)
      : t_(table), budget_(budget), index_(table, out_.diagnostics) {
    texts_.reserve(table.cells.size());
    for (const Cell& c : table.cells) texts_.push_back(CellText(c, options));
    lines_.resize(table.cells.size());
    kinds_.reserve(static_cast<size_t>(index_.rows()));
    for (int r = 0; r < index_.rows(); ++r) kinds_.push_back(Classify(r));
  }

  RecordTable Run() {
    out_.index = t_.index;
    out_.caption = t_.caption;
    out_.method = t_.method;
    FindHeader();
    BuildColumns();
    out_.header_rows = header_;
    for (int r = 0; r < index_.rows(); ++r) PlaceRow(r);
    for (Record& rec : out_.records) rec.source.pages = PagesOf(rec.source.rows);
    return std::move(out_);
  }

 private:
  const std::string& TextOf(int placed) const { return texts_[index_.cells()[placed].cell]; }

  // The one-line text of a placed cell, computed once.
  const std::string& LineOf(int placed) const {
    auto& line = lines_[index_.cells()[placed].cell];
    if (!line) line = OneLine(TextOf(placed));
    return *line;
  }

  RowKind Classify(int r) const {
    bool own_text = false, inherited_text = false;
    for (int p : index_.covering(r)) {
      if (TextOf(p).empty()) continue;
      (index_.cells()[p].pos.row == r ? own_text : inherited_text) = true;
    }
    if (!own_text) return inherited_text ? RowKind::kContinuation : RowKind::kEmpty;
    const auto& cover = index_.covering(r);
    // In a one-column table every row spans all columns: there, no row is a section.
    if (t_.cols >= 2 && cover.size() == 1 && index_.cells()[cover[0]].covers_all_columns(t_.cols)) {
      return RowKind::kSection;
    }
    return RowKind::kContent;
  }

  // Header rows: the leading block of the rows the source marks (rows between them that are
  // sections or have no text of their own do not break the block), else the first content row;
  // then every content row that a header cell spans down into.
  void FindHeader() {
    for (int r : t_.header_rows) {
      if (r >= 0 && r < index_.rows() && (marked_.empty() || r > marked_.back())) {
        marked_.push_back(r);
      }
    }
    for (size_t i = 0; i < marked_.size(); ++i) {
      if (i > 0 && !OnlyNonContentBetween(marked_[i - 1], marked_[i])) break;
      if (kinds_[marked_[i]] == RowKind::kContent) header_.push_back(marked_[i]);
    }
    for (int r = 0; header_.empty() && r < index_.rows(); ++r) {
      if (kinds_[r] == RowKind::kContent) header_.push_back(r);
    }
    ExtendHeaderBySpans();
  }

  // A header cell spanning several rows ("Land" over two rows, next to "Cijfers" over
  // "2020 | 2021") makes the rows it covers header rows too.
  void ExtendHeaderBySpans() {
    if (header_.empty()) return;
    int reach = header_.back();
    for (int h : header_) reach = std::max(reach, LastCoveredRow(h));
    for (int r = header_.back() + 1; r <= reach; ++r) {
      if (kinds_[r] == RowKind::kContent) header_.push_back(r);
      reach = std::max(reach, LastCoveredRow(r));
    }
  }

  // The last grid row reached by the cells covering row r.
  int LastCoveredRow(int r) const {
    int last = r;
    for (int p : index_.covering(r)) last = std::max(last, index_.cells()[p].last_row());
    return last;
  }

  bool OnlyNonContentBetween(int a, int b) const {
    for (int r = a + 1; r < b; ++r) {
      if (kinds_[r] == RowKind::kContent) return false;
    }
    return true;
  }

  // The one-line text each column shows in row r (a cell spanning columns gives it to each).
  std::vector<std::string_view> ColumnLines(int r) const {
    std::vector<std::string_view> cols(static_cast<size_t>(std::max(t_.cols, 0)));
    for (int p : index_.covering(r)) {
      const PlacedCell& c = index_.cells()[p];
      for (int k = c.pos.col; k < c.pos.col + c.span.cols; ++k) {
        if (cols[k].empty()) cols[k] = LineOf(p);
      }
    }
    return cols;
  }

  void BuildColumns() {
    std::vector<std::vector<std::string_view>> parts(static_cast<size_t>(std::max(t_.cols, 0)));
    for (int h : header_) {
      header_lines_.push_back(ColumnLines(h));
      for (size_t k = 0; k < parts.size(); ++k) {
        const std::string_view text = header_lines_.back()[k];
        if (!text.empty() && std::find(parts[k].begin(), parts[k].end(), text) == parts[k].end()) {
          parts[k].push_back(text);
        }
      }
    }
    std::vector<std::string> titles;
    for (const auto& p : parts) titles.push_back(Join(p, " / "));
    const std::vector<std::string> names = UniqueColumnNames(titles);
    for (size_t k = 0; k < titles.size(); ++k) out_.columns.push_back({names[k], titles[k]});
  }

  static std::string Join(const std::vector<std::string_view>& parts, std::string_view sep) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
      if (i) out += sep;
      out += parts[i];
    }
    return out;
  }

  void PlaceRow(int r) {
    switch (kinds_[r]) {
      case RowKind::kEmpty:
        return;
      case RowKind::kContinuation:
        return Continue(r);
      case RowKind::kSection:
        return AddSection(r);
      case RowKind::kContent:
        return PlaceContentRow(r);
    }
  }

  void AddSection(int r) {
    const std::string& title = LineOf(index_.covering(r).front());
    out_.sections.push_back({title, static_cast<int>(out_.records.size())});
    section_ = title;
  }

  // A row with no text of its own belongs to the last record when a cell with text covering
  // it also covers that record (e.g. the second grid row of a row split by a taller cell);
  // otherwise its text already went to a header or section and it adds nothing.
  void Continue(int r) {
    if (out_.records.empty()) return;
    RecordSource& last = out_.records.back().source;
    for (int p : index_.covering(r)) {
      if (!TextOf(p).empty() && index_.cells()[p].pos.row <= last.rows.front()) {
        last.rows.push_back(r);
        return;
      }
    }
  }

  void PlaceContentRow(int r) {
    if (std::find(header_.begin(), header_.end(), r) != header_.end()) return;
    if (IsRepeatedHeader(r)) {
      Report(Severity::kInfo, "normalizer.repeated-header", r,
             "a repetition of the header row was skipped");
      return;
    }
    if (!header_.empty() && r < header_.front()) {
      Report(Severity::kWarning, "normalizer.row-unplaced", r,
             "a data row above the header rows was kept as a record");
    } else if (std::binary_search(marked_.begin(), marked_.end(), r)) {
      Report(Severity::kWarning, "normalizer.row-unplaced", r,
             "a row marked as a header row below the table's header was kept as a record");
    }
    AddRecord(r);
  }

  bool IsRepeatedHeader(int r) const {
    if (header_lines_.empty()) return false;
    const std::vector<std::string_view> lines = ColumnLines(r);
    return std::find(header_lines_.begin(), header_lines_.end(), lines) != header_lines_.end();
  }

  void AddRecord(int r) {
    // Charged before the values are built: a cell merged over many rows repeats its text.
    std::uint64_t bytes = section_ ? section_->size() : 0;
    for (int p : index_.covering(r)) bytes += TextOf(p).size() + 1;
    budget_.Charge(bytes);
    Record rec;
    rec.section = section_;
    rec.values.resize(static_cast<size_t>(std::max(t_.cols, 0)));
    for (int p : index_.covering(r)) {
      const PlacedCell& c = index_.cells()[p];
      std::string& value = rec.values[c.pos.col];
      // Only overlapping cells (reported by GridIndex) can meet in one column.
      if (!value.empty() && !TextOf(p).empty()) value += '\n';
      value += TextOf(p);
      NoteNestedTables(r, c);
    }
    rec.source.table = t_.index;
    rec.source.rows.push_back(r);
    out_.records.push_back(std::move(rec));
  }

  void NoteNestedTables(int r, const PlacedCell& c) {
    if (c.pos.row != r) return;
    for (int nested : t_.cells[c.cell].nested_tables) {
      Report(Severity::kInfo, "normalizer.nested-table", r,
             fmt::format("the cell in column {} holds table {}, exported as a table of its own",
                         out_.columns[c.pos.col].name, nested));
    }
  }

  // The pages of the record's grid rows (Table::row_pages) and of the regions of the cells lying
  // wholly inside those rows (a row continued over a page break has its first page in row_pages
  // and both pages in its cells' regions). A cell spanning other records too is left out: its
  // pages are not all this record's.
  std::vector<int> PagesOf(const std::vector<int>& rows) const {
    std::vector<int> pages;
    for (int r : rows) {
      if (r < static_cast<int>(t_.row_pages.size()) && t_.row_pages[r] > 0) {
        pages.push_back(t_.row_pages[r]);
      }
      for (int p : index_.covering(r)) {
        const PlacedCell& c = index_.cells()[p];
        if (c.pos.row != r || c.pos.row < rows.front() || c.last_row() > rows.back()) continue;
        for (const PageRegion& region : t_.cells[c.cell].regions) {
          if (region.page > 0) pages.push_back(region.page);
        }
      }
    }
    std::sort(pages.begin(), pages.end());
    pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
    return pages;
  }

  void Report(Severity severity, const char* code, int r, std::string message) {
    out_.diagnostics.push_back(
        {severity, code, std::move(message), fmt::format("table {} grid row {}", t_.index, r)});
  }

  const Table& t_;
  OutputBudget& budget_;
  RecordTable out_;  // declared before index_, which reports into its diagnostics
  GridIndex index_;
  std::vector<std::string> texts_;                           // CellText per Table::cells entry
  mutable std::vector<std::optional<std::string>> lines_;    // OneLine of texts_, on demand
  std::vector<RowKind> kinds_;                               // per grid row
  std::vector<int> marked_;                                  // valid Table::header_rows, ascending
  std::vector<int> header_;                                  // the header rows used, ascending
  std::vector<std::vector<std::string_view>> header_lines_;  // ColumnLines of each header row
  std::optional<std::string> section_;
};

}  // namespace

RecordTable NormalizeTable(const Table& table, const NormalizeOptions& options) {
  OutputBudget budget(options.max_output_bytes);
  return NormalizeTable(table, options, budget);
}

RecordTable NormalizeTable(const Table& table, const NormalizeOptions& options,
                           OutputBudget& budget) {
  Diagnostics own = table.diagnostics;
  RecordTable out = TableNormalizer(table, options, budget).Run();
  if (out.records.empty()) {
    // A wrong table is worse than a clear doubt: a layout without data rows may be no table.
    own.push_back({Severity::kWarning, "table.no-records",
                   "The table has no data rows (only header, section or empty rows): check that "
                   "it is a table.",
                   fmt::format("table {}", table.index)});
  }
  own.insert(own.end(), out.diagnostics.begin(), out.diagnostics.end());
  out.diagnostics = std::move(own);
  return out;
}

ExportDocument NormalizeDocument(const Document& doc, bool keep_grids,
                                 const NormalizeOptions& options) {
  ExportDocument out;
  out.source = doc.source;
  out.diagnostics = doc.diagnostics;
  out.tables.reserve(doc.tables.size());
  OutputBudget budget(options.max_output_bytes);
  for (const Table& t : doc.tables) out.tables.push_back(NormalizeTable(t, options, budget));
  const char decimal_mark = DocumentDecimalMark(out.tables);
  for (RecordTable& t : out.tables) TypeColumns(t, decimal_mark);
  if (keep_grids) out.grids = doc.tables;
  return out;
}

}  // namespace tablift
