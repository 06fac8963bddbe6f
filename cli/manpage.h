// The man page (roff, section 1) and the bash completion script, generated from the command
// line's own CLI11 tree (cli/options.cc), so that neither can drift from the options. The build
// writes them under build/share/ by running `tablift --help-man` and `--help-completion`.
// Pure functions of the tree: thread-safe for a tree nobody is changing.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace tablift::cli {

// "convert, inspect, batch": the subcommands in the order they were added.
std::string SubcommandNames(const CLI::App& app);

// tablift(1): synopsis, each command with each option (value type, choices, default).
std::string ManPage(const CLI::App& app);

// A bash script defining _tablift and `complete -F _tablift tablift`: commands, each command's
// options, the choices of options that have them, and file names elsewhere.
std::string BashCompletion(const CLI::App& app);

}  // namespace tablift::cli
