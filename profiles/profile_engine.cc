// ApplyProfile: a RecordTable in, typed records out (docs/profiles.md).
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "profiles/profile.h"
#include "profiles/profile_codes.h"
#include "profiles/profile_match.h"
#include "profiles/profile_text.h"

namespace tablift {
namespace {

// Everything the parsers of one record need, and where their diagnostics go.
struct RecordContext {
  const ProfileSpec& spec;
  const RecordTable& table;
  const Record& record;
  const std::vector<ColumnBinding>& bindings;
  std::vector<std::optional<ProfileRegex::Match>> matches;  // per profile column
  std::string where;
  Diagnostics& diagnostics;

  void Report(Severity severity, const char* code, const std::string& message) const {
    diagnostics.push_back({severity, code, message, where});
  }
};

std::optional<std::string> ColumnText(const RecordContext& ctx, int column) {
  const std::optional<int>& index = ctx.bindings[column].index;
  if (!index || *index >= static_cast<int>(ctx.record.values.size())) return std::nullopt;
  return ctx.record.values[*index];
}

std::optional<std::string> SourceText(const RecordContext& ctx, const SourceRef& source) {
  switch (source.kind) {
    case SourceRef::Kind::kSection:
      return ctx.record.section;
    case SourceRef::Kind::kCaption:
      return ctx.table.caption;
    case SourceRef::Kind::kColumn:
      return ColumnText(ctx, source.column);
    case SourceRef::Kind::kGroup: {
      const auto& match = ctx.matches[source.column];
      if (!match || !match->matched) return std::nullopt;
      return match->groups[source.group];
    }
  }
  return std::nullopt;
}

// The first source with non-blank text, trimmed.
std::optional<std::string> FieldText(const RecordContext& ctx, const FieldRule& field) {
  for (const SourceRef& source : field.sources) {
    std::optional<std::string> text = SourceText(ctx, source);
    if (text && !TrimSpace(*text).empty()) return std::string(TrimSpace(*text));
  }
  return std::nullopt;
}

void MatchPatterns(RecordContext& ctx) {
  ctx.matches.resize(ctx.spec.columns.size());
  for (std::size_t c = 0; c < ctx.spec.columns.size(); ++c) {
    const ColumnRule& rule = ctx.spec.columns[c];
    std::optional<std::string> text = ColumnText(ctx, static_cast<int>(c));
    if (!rule.pattern || !text || TrimSpace(*text).empty()) continue;
    ctx.matches[c] = rule.pattern->Search(TrimSpace(*text));
    if (!ctx.matches[c]->error.empty()) {
      ctx.Report(Severity::kWarning, "profile.pattern-error",
                 fmt::format("column {}: pattern gave up: {}", rule.name, ctx.matches[c]->error));
    } else if (!ctx.matches[c]->matched) {
      ctx.Report(Severity::kWarning, "profile.pattern-mismatch",
                 fmt::format("column {}: the text does not match the pattern", rule.name));
    }
  }
}

Value ParseInteger(const RecordContext& ctx, const FieldRule& field, const std::string& text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc() && end == text.data() + text.size()) return Value(value);
  ctx.Report(Severity::kWarning, "profile.not-a-number",
             fmt::format("field {}: '{}' is not an integer; null", field.def.name, text));
  return Value();
}

Value ParseNumber(const RecordContext& ctx, const FieldRule& field, std::string text) {
  // A decimal comma (as Dutch and most European reports print) when there is no point.
  if (text.find('.') == std::string::npos && std::count(text.begin(), text.end(), ',') == 1) {
    std::replace(text.begin(), text.end(), ',', '.');
  }
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc() && end == text.data() + text.size()) return Value(value);
  ctx.Report(Severity::kWarning, "profile.not-a-number",
             fmt::format("field {}: '{}' is not a number; null", field.def.name, text));
  return Value();
}

Value ParseList(const FieldRule& field, const std::string& text) {
  Value items = Value::Array();
  for (std::string_view piece : SplitOnAny(text, field.list.separators)) {
    std::string_view item = StripPrefixes(piece, field.list.strip_prefixes);
    if (!item.empty()) items.Append(Value(item));
  }
  return items.size() > 0 ? items : Value();
}

Value ParseLookup(const RecordContext& ctx, const FieldRule& field, const std::string& text) {
  const Vocabulary& vocabulary = ctx.spec.vocabularies[field.lookup_vocabulary];
  if (const std::string* label = vocabulary.Find(text)) return Value(*label);
  ctx.Report(Severity::kWarning, "profile.unknown-code",
             fmt::format("field {}: '{}' is not in vocabulary {}; kept as printed", field.def.name,
                         text, vocabulary.name));
  return Value(text);
}

const char* ProblemText(CodeProblem::Kind kind) {
  switch (kind) {
    case CodeProblem::Kind::kUnknownGroup:
      return "is not in vocabulary";
    case CodeProblem::Kind::kUnknownMember:
      return "is not in member vocabulary";
    case CodeProblem::Kind::kMemberWithoutGroup:
      return "has no group code before it, in";
  }
  return "";
}

Value ParseCodesField(const RecordContext& ctx, const FieldRule& field, const std::string& text) {
  const CodesRule& rule = field.codes;
  const Vocabulary& groups = ctx.spec.vocabularies[rule.group_vocabulary];
  const Vocabulary* members =
      rule.member_vocabulary ? &ctx.spec.vocabularies[*rule.member_vocabulary] : nullptr;
  std::vector<CodeProblem> problems;
  Value value = ParseCodes(text, rule, groups, members, problems);
  for (const CodeProblem& problem : problems) {
    bool unknown = problem.kind != CodeProblem::Kind::kMemberWithoutGroup;
    const Vocabulary& named = problem.kind == CodeProblem::Kind::kUnknownGroup ? groups
                              : members != nullptr                             ? *members
                                                                               : groups;
    ctx.Report(Severity::kWarning, unknown ? "profile.unknown-code" : "profile.orphan-code",
               fmt::format("field {}: code '{}' {} {}; kept as printed", field.def.name,
                           problem.code, ProblemText(problem.kind), named.name));
  }
  return value.size() > 0 ? value : Value();
}

Value Classify(const FieldRule& field, const std::string& text) {
  std::size_t longest = 0;
  for (const ClassRule& cls : field.classify.classes) {
    for (const std::string& phrase : cls.folded_phrases) longest = std::max(longest, phrase.size());
  }
  // A long status text cannot be a phrase; folding its start is enough to tell.
  FoldedHead head = FoldHead(text, longest);
  for (const ClassRule& cls : field.classify.classes) {
    for (const std::string& phrase : cls.folded_phrases) {
      bool match =
          cls.prefix ? head.folded.starts_with(phrase) : head.complete && head.folded == phrase;
      if (match) return Value(cls.value);
    }
  }
  return Value(field.classify.fallback);
}

Value ParseField(const RecordContext& ctx, const FieldRule& field) {
  if (field.kind == ParseKind::kReference) return Value();  // filled by ResolveReferences
  std::optional<std::string> text = FieldText(ctx, field);
  if (!text) return Value();
  switch (field.kind) {
    case ParseKind::kText:
      return Value(*text);
    case ParseKind::kInteger:
      return ParseInteger(ctx, field, *text);
    case ParseKind::kNumber:
      return ParseNumber(ctx, field, *text);
    case ParseKind::kList:
      return ParseList(field, *text);
    case ParseKind::kLookup:
      return ParseLookup(ctx, field, *text);
    case ParseKind::kCodes:
      return ParseCodesField(ctx, field, *text);
    case ParseKind::kClassify:
      return Classify(field, *text);
    case ParseKind::kReference:
      break;
  }
  return Value();
}

Value SourceOf(const RecordTable& table, const Record& record) {
  Value source = Value::Object();
  source.Set("table", table.index);
  Value rows = Value::Array();
  for (int row : record.source.rows) rows.Append(Value(row));
  source.Set("rows", std::move(rows));
  Value pages = Value::Array();
  for (int page : record.source.pages) pages.Append(Value(page));
  source.Set("pages", std::move(pages));
  return source;
}

Value BuildRecord(RecordContext& ctx) {
  const auto& fields = ctx.spec.fields;
  std::vector<Value> values(fields.size());
  MatchPatterns(ctx);
  if (ctx.spec.key) {
    values[*ctx.spec.key] = ParseField(ctx, fields[*ctx.spec.key]);
    const Value& key = values[*ctx.spec.key];
    if (!key.is_null()) ctx.where += fmt::format(" ({} {})", ctx.spec.key_name, key.ToJson());
  }
  Value record = Value::Object();
  for (std::size_t f = 0; f < fields.size(); ++f) {
    if (!ctx.spec.key || static_cast<int>(f) != *ctx.spec.key) {
      values[f] = ParseField(ctx, fields[f]);
    }
    if (values[f].is_null() && fields[f].def.required && fields[f].kind != ParseKind::kReference) {
      ctx.Report(
          Severity::kWarning, "profile.required-missing",
          fmt::format("field {}: required, but the record gives no value", fields[f].def.name));
    }
    record.Set(fields[f].def.name, std::move(values[f]));
  }
  record.Set("_source", SourceOf(ctx.table, ctx.record));
  return record;
}

bool OneOf(const Value* value, const std::vector<std::string>& options) {
  return value != nullptr && value->is_string() &&
         std::find(options.begin(), options.end(), value->AsString()) != options.end();
}

void ResolveReferences(const ProfileSpec& spec, TypedTable& out) {
  for (const FieldRule& field : spec.fields) {
    if (field.kind != ParseKind::kReference) continue;
    const std::string& watched = spec.fields[field.reference.field].def.name;
    Value last_key;
    for (std::size_t r = 0; r < out.records.size(); ++r) {
      Value& record = out.records[r];
      const Value* state = record.Find(watched);
      if (OneOf(state, field.reference.when)) {
        if (last_key.is_null()) {
          out.diagnostics.push_back(
              {Severity::kWarning, "profile.reference-unresolved",
               fmt::format("field {}: no record above has {} {}", field.def.name, watched,
                           fmt::join(field.reference.to, " or ")),
               fmt::format("table {} record {}", out.index, r + 1)});
        }
        record.Set(field.def.name, last_key);
      }
      if (OneOf(state, field.reference.to)) last_key = *record.Find(spec.key_name);
    }
  }
}

void CheckKeys(const ProfileSpec& spec, TypedTable& out) {
  if (!spec.key) return;
  std::set<std::string> seen;
  for (std::size_t r = 0; r < out.records.size(); ++r) {
    const Value& key = *out.records[r].Find(spec.key_name);
    if (key.is_null()) continue;  // reported as required-missing
    std::string text = key.ToJson();
    if (!seen.insert(text).second) {
      out.diagnostics.push_back(
          {Severity::kWarning, "profile.duplicate-key",
           fmt::format("key {} {} is used by an earlier record too", spec.key_name, text),
           fmt::format("table {} record {}", out.index, r + 1)});
    }
  }
}

void ReportMissingColumns(const ProfileSpec& spec, const std::vector<ColumnBinding>& bindings,
                          TypedTable& out) {
  for (std::size_t c = 0; c < spec.columns.size(); ++c) {
    if (bindings[c].index || !spec.columns[c].required) continue;
    const ColumnRule& rule = spec.columns[c];
    std::string how = rule.headers.empty()
                          ? fmt::format("position {}", rule.position)
                          : fmt::format("header \"{}\"", fmt::join(rule.headers, "\" or \""));
    out.diagnostics.push_back(
        {Severity::kError, "profile.column-missing",
         fmt::format("profile {}: the table has no column {} ({}); its fields are null", spec.name,
                     rule.name, how),
         fmt::format("table {}", out.index)});
  }
}

}  // namespace

TypedTable ApplyProfile(const Profile& profile, const RecordTable& table) {
  const ProfileSpec& spec = profile.spec();
  TypedTable out;
  out.index = table.index;
  out.caption = table.caption;
  out.profile = spec.name;
  out.fields = spec.field_defs;
  out.key_field = spec.key_name;
  out.diagnostics = table.diagnostics;
  std::vector<ColumnBinding> bindings = BindColumns(spec, table);
  ReportMissingColumns(spec, bindings, out);
  for (std::size_t r = 0; r < table.records.size(); ++r) {
    RecordContext ctx{spec,           table, table.records[r],
                      bindings,       {},    fmt::format("table {} record {}", table.index, r + 1),
                      out.diagnostics};
    out.records.push_back(BuildRecord(ctx));
  }
  ResolveReferences(spec, out);
  CheckKeys(spec, out);
  return out;
}

}  // namespace tablift
