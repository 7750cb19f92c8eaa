#pragma once

#include <string>
#include <string_view>

namespace actlab {

/// The manual page actlab(1) in troff with the man macros, made from the same parts as `actlab --help`
/// and every subcommand's help (helptext.h): SYNOPSIS from their usage lines, DESCRIPTION from the
/// overview, COMMANDS from each subcommand's own help with its examples, EXIT STATUS.
/// `version` goes into the page footer; `summary` (the project's one-line description) into NAME.
std::string manualPage(std::string_view version, std::string_view summary);

}  // namespace actlab
