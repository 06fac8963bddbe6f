#include "cli/manpage.h"

#include <CLI/CLI.hpp>

#include "core/version.h"

namespace tablift::cli {
namespace {

// Roff: backslashes doubled, hyphens as \- (so they are not broken or turned into dashes), a
// line starting with '.' or '\'' guarded with \&.
std::string Roff(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

std::vector<const CLI::Option*> Visible(const CLI::App& cmd) {
  std::vector<const CLI::Option*> shown;
  for (const CLI::Option* opt : cmd.get_options()) {
    if (!opt->get_group().empty() && opt->get_name() != "--help") shown.push_back(opt);
  }
  return shown;
}

bool TakesValue(const CLI::Option& opt) {
  return opt.get_expected_max() > 0 && opt.get_type_size_max() > 0;
}

// The "{a,b,c}" choices CLI11's IsMember adds to an option's type name, comma-separated.
std::string Choices(const CLI::Option& opt) {
  const std::string type = opt.get_type_name();
  const auto open = type.find('{');
  const auto close = type.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return "";
  return type.substr(open + 1, close - open - 1);
}

std::string NamesOf(const CLI::Option& opt) {
  std::string out;
  for (const std::string& s : opt.get_snames())
    out += (out.empty() ? "" : ", ") + ("\\fB\\-" + s + "\\fR");
  for (const std::string& l : opt.get_lnames())
    out += (out.empty() ? "" : ", ") + ("\\fB\\-\\-" + Roff(l) + "\\fR");
  return out;
}

std::string OptionEntry(const CLI::Option& opt) {
  std::string head = opt.get_positional() ? "\\fI" + opt.get_name() + "\\fR..." : NamesOf(opt);
  if (!opt.get_positional() && TakesValue(opt))
    head += " \\fI" + Roff(opt.get_type_name()) + "\\fR";
  std::string body = Roff(opt.get_description());
  if (!opt.get_default_str().empty()) body += " (default: " + Roff(opt.get_default_str()) + ")";
  if (!opt.get_envname().empty()) body += "; also read from " + opt.get_envname();
  return ".TP\n" + head + "\n" + body + "\n";
}

std::string CommandSection(const CLI::App& cmd) {
  std::string out = ".SS " + cmd.get_name() + "\n" + Roff(cmd.get_description()) + "\n";
  for (const CLI::Option* opt : Visible(cmd)) out += OptionEntry(*opt);
  return out;
}

// One word list per command: its long and short option names.
std::string OptionWords(const CLI::App& cmd) {
  std::string words = "--help";
  for (const CLI::Option* opt : Visible(cmd)) {
    for (const std::string& l : opt->get_lnames()) words += " --" + l;
    for (const std::string& s : opt->get_snames()) words += " -" + s;
  }
  return words;
}

// The `case "$prev"` arms of one command: options with choices complete them, other valued
// options complete file names.
std::string ValueArms(const CLI::App& cmd) {
  std::string arms;
  for (const CLI::Option* opt : Visible(cmd)) {
    if (opt->get_positional() || !TakesValue(*opt)) continue;
    std::string pattern;
    for (const std::string& l : opt->get_lnames())
      pattern += (pattern.empty() ? "" : "|") + ("--" + l);
    for (const std::string& s : opt->get_snames()) pattern += "|-" + s;
    std::string words = Choices(*opt);
    for (char& c : words) c = c == ',' ? ' ' : c;
    // Text values are mostly paths; numbers get no suggestion.
    const bool text = opt->get_type_name().rfind("TEXT", 0) == 0;
    const std::string reply = !words.empty() ? "($(compgen -W \"" + words + "\" -- \"$cur\"))"
                              : text         ? "($(compgen -f -- \"$cur\"))"
                                             : "()";
    arms += "      " + pattern + ") COMPREPLY=" + reply + "; return;;\n";
  }
  return arms;
}

}  // namespace

std::string SubcommandNames(const CLI::App& app) {
  std::string names;
  for (const CLI::App* sub : app.get_subcommands({}))
    names += (names.empty() ? "" : ", ") + sub->get_name();
  return names;
}

std::string ManPage(const CLI::App& app) {
  std::string out = ".TH TABLIFT 1 \"\" \"tablift " + Roff(Version()) + "\" \"User Commands\"\n";
  out += ".SH NAME\ntablift \\- " +
         Roff(app.get_description().substr(app.get_description().find(": ") + 2)) + "\n";
  out += ".SH SYNOPSIS\n";
  for (const CLI::App* sub : app.get_subcommands({}))
    out += ".B tablift " + sub->get_name() + "\n[\\fIOPTIONS\\fR] \\fIINPUT\\fR...\n.br\n";
  out += ".B tablift\n\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR\n";
  out += ".SH COMMANDS\n";
  for (const CLI::App* sub : app.get_subcommands({})) out += CommandSection(*sub);
  out += ".SH EXIT STATUS\n0 success; 2 usage error; other codes as listed in docs/errors.md.\n";
  out += ".SH SEE ALSO\nREADME.md, docs/cli.md, docs/batch.md, docs/portals.md\n";
  return out;
}

std::string BashCompletion(const CLI::App& app) {
  std::string commands;
  std::string arms;
  for (const CLI::App* sub : app.get_subcommands({})) {
    commands += (commands.empty() ? "" : " ") + sub->get_name();
    arms += "    " + sub->get_name() + ")\n      case \"$prev\" in\n" + ValueArms(*sub) +
            "      esac\n      words=\"" + OptionWords(*sub) + "\";;\n";
  }
  return "# bash completion for tablift, generated by `tablift --help-completion`\n"
         "_tablift() {\n"
         "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" words\n"
         "  if [[ $COMP_CWORD -eq 1 ]]; then\n"
         "    COMPREPLY=($(compgen -W \"" +
         commands +
         " --help --version\" -- \"$cur\"))\n"
         "    return\n"
         "  fi\n"
         "  case \"${COMP_WORDS[1]}\" in\n" +
         arms +
         "    *) return;;\n"
         "  esac\n"
         "  if [[ $cur == -* ]]; then\n"
         "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
         "  else\n"
         "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
         "  fi\n"
         "}\n"
         "complete -o filenames -o bashdefault -F _tablift tablift\n";
}

}  // namespace tablift::cli
