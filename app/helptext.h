#pragma once

#include <span>
#include <string_view>

namespace actlab {

// The help texts in their parts, so that `actlab --help` (usage()) and the manual page (actlab.1,
// written by actlab_manpage at build time) are made from the same words and cannot drift apart.
// Line breaks are as printed; lines that continue a usage line carry no indentation: each printer
// indents them its own way.

/// One subcommand's own help, as `actlab help eval` prints it.
struct CommandHelp {
    std::string_view name;                       ///< "eval"
    std::string_view arguments;                  ///< what follows "actlab eval" in the usage line(s)
    std::string_view description;                ///< paragraphs, separated by an empty line
    std::span<const std::string_view> examples;  ///< command lines that run as printed
};

/// One entry of the command list of `actlab --help`.
struct CommandSummary {
    std::string_view name;       ///< "eval", "help", "--version"
    std::string_view arguments;  ///< what follows the name, or empty
    std::string_view summary;    ///< what it does, in a few lines
};

/// `actlab --help` in its parts.
struct ProgramHelp {
    std::string_view arguments;     ///< what follows "actlab" in the usage line
    std::string_view introduction;  ///< the paragraph before the command list
    std::span<const CommandSummary> commands;
    std::string_view notes;       ///< paragraphs after the command list, separated by an empty line
    std::string_view exitStatus;  ///< printed after "Exit status: "
};

const ProgramHelp& programHelp();

/// Every subcommand that has help of its own, in the order `actlab --help` lists them.
std::span<const CommandHelp> commandHelps();

}  // namespace actlab
