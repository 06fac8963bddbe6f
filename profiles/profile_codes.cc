#include "profiles/profile_codes.h"

#include <cctype>
#include <limits>

#include "profiles/profile_text.h"

namespace tablift {
namespace {

// A piece of the cell between two separators, and whether the separator before it is the one
// that introduces member codes (";" in "KNL; OCW").
struct Chunk {
  std::string_view text;
  bool after_member_separator = false;
};

// A code of either vocabulary, with white space removed for comparison.
struct Candidate {
  std::string squeezed;
  std::string code;  // as the vocabulary spells it
  const std::string* group_label = nullptr;
  const std::string* member_label = nullptr;
};

struct Token {
  std::string code;                  // canonical when known, as printed when unknown
  const Candidate* known = nullptr;  // nullptr: unknown
};

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

bool IsSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

std::vector<Chunk> SplitChunks(std::string_view text, const CodesRule& rule) {
  std::vector<Chunk> chunks;
  Chunk current;
  std::size_t start = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::string* hit = nullptr;
    for (const std::string& sep : rule.separators) {
      if (sep[0] == text[pos] && text.substr(pos).starts_with(sep) &&
          (!hit || sep.size() > hit->size())) {
        hit = &sep;
      }
    }
    if (hit == nullptr) {
      ++pos;
      continue;
    }
    current.text = text.substr(start, pos - start);
    chunks.push_back(current);
    current.after_member_separator = *hit == rule.member_separator;
    pos += hit->size();
    start = pos;
  }
  current.text = text.substr(start);
  chunks.push_back(current);
  return chunks;
}

// A no-break space separates codes as a space does.
std::string NoBreakSpacesAsSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i).starts_with(kNoBreakSpace)) {
      out += ' ';
      i += kNoBreakSpace.size() - 1;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string Squeeze(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (!IsSpace(c)) out += c;
  }
  return out;
}

std::vector<Candidate> Candidates(const Vocabulary& groups, const Vocabulary* members) {
  std::vector<Candidate> out;
  for (const auto& [code, label] : groups.entries) out.push_back({Squeeze(code), code, &label});
  if (members == nullptr) return out;
  for (const auto& [code, label] : members->entries) {
    const std::string* group_label = groups.Find(code);
    if (group_label == nullptr) {
      out.push_back({Squeeze(code), code, nullptr, &label});
      continue;
    }
    for (Candidate& c : out) {
      if (c.group_label == group_label) c.member_label = &label;
    }
  }
  return out;
}

bool MatchesAt(const std::string& s, std::size_t pos, const std::string& code) {
  if (code.empty() || pos + code.size() > s.size()) return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[pos + i])) !=
        std::tolower(static_cast<unsigned char>(code[i]))) {
      return false;
    }
  }
  return true;
}

// Cheapest segmentation of the squeezed chunk into known codes and unknown words (runs between
// two places where the cell had white space): fewest unknown bytes first, then fewest tokens.
std::vector<Token> Tokenise(std::string_view chunk, const std::vector<Candidate>& candidates) {
  std::string s;
  std::vector<bool> boundary(1, true);  // boundary[i]: a word may start or end before s[i]
  for (char c : chunk) {
    if (IsSpace(c)) {
      boundary.back() = true;
    } else {
      s += c;
      boundary.push_back(false);
    }
  }
  boundary.back() = true;
  const std::size_t n = s.size();
  struct Step {
    std::size_t unknown = std::numeric_limits<std::size_t>::max();
    std::size_t tokens = 0;
    std::size_t from = 0;
    const Candidate* via = nullptr;
  };
  std::vector<Step> best(n + 1);
  best[0].unknown = 0;
  auto relax = [&](std::size_t from, std::size_t to, std::size_t extra, const Candidate* via) {
    Step next{best[from].unknown + extra, best[from].tokens + 1, from, via};
    if (next.unknown < best[to].unknown ||
        (next.unknown == best[to].unknown && next.tokens < best[to].tokens)) {
      best[to] = next;
    }
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (best[i].unknown == std::numeric_limits<std::size_t>::max()) continue;
    for (const Candidate& c : candidates) {
      if (MatchesAt(s, i, c.squeezed)) relax(i, i + c.squeezed.size(), 0, &c);
    }
    if (!boundary[i]) continue;
    std::size_t j = i + 1;
    while (!boundary[j]) ++j;
    relax(i, j, j - i, nullptr);
  }
  std::vector<Token> tokens;
  for (std::size_t at = n; at > 0; at = best[at].from) {
    const Step& step = best[at];
    tokens.insert(tokens.begin(),
                  Token{step.via ? step.via->code : s.substr(step.from, at - step.from), step.via});
  }
  return tokens;
}

Value Entry(const CodesRule& rule, const Token& token, const Vocabulary* members) {
  Value entry = Value::Object();
  const std::string* label = token.known ? token.known->group_label : nullptr;
  entry.Set(rule.code_key, token.code.empty() ? Value() : Value(token.code));
  entry.Set(rule.label_key, label ? Value(*label) : Value());
  if (members != nullptr) entry.Set(rule.members_key, Value::Array());
  return entry;
}

Value Member(const CodesRule& rule, const Token& token) {
  Value member = Value::Object();
  const std::string* label = token.known ? token.known->member_label : nullptr;
  member.Set(rule.member_code_key, token.code);
  member.Set(rule.member_label_key, label ? Value(*label) : Value());
  return member;
}

}  // namespace

Value ParseCodes(std::string_view text, const CodesRule& rule, const Vocabulary& groups,
                 const Vocabulary* members, std::vector<CodeProblem>& problems) {
  const std::vector<Candidate> candidates = Candidates(groups, members);
  const std::string spaced = NoBreakSpacesAsSpaces(text);
  text = spaced;
  Value out = Value::Array();
  bool after_separator = false;  // the current entry's member separator has been seen
  for (const Chunk& chunk : SplitChunks(text, rule)) {
    if (chunk.after_member_separator && out.size() > 0) after_separator = true;
    for (const Token& token : Tokenise(chunk.text, candidates)) {
      bool member_only = token.known && !token.known->group_label;
      bool as_member =
          members != nullptr && (member_only || (out.size() > 0 && after_separator &&
                                                 (!token.known || token.known->member_label)));
      if (!as_member) {
        if (!token.known) problems.push_back({CodeProblem::Kind::kUnknownGroup, token.code});
        out.Append(Entry(rule, token, members));
        after_separator = false;
        continue;
      }
      if (out.size() == 0) {
        problems.push_back({CodeProblem::Kind::kMemberWithoutGroup, token.code});
        out.Append(Entry(rule, Token{}, members));
      }
      if (!token.known) problems.push_back({CodeProblem::Kind::kUnknownMember, token.code});
      out.AsArray().back().Find(rule.members_key)->Append(Member(rule, token));
    }
  }
  return out;
}

}  // namespace tablift
