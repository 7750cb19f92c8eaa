#pragma once

#include "commands/evalcommand.h"
#include "commands/exportoptions.h"
#include "commands/listcommand.h"
#include "commands/maxoutcommand.h"
#include "commands/samplecommand.h"
#include "commands/softmaxcommand.h"

#include <span>
#include <string>
#include <string_view>

namespace actlab {

/// What `actlab` was asked to do.
enum class Command { Gui, Help, Version, List, Eval, Sample, Softmax, Maxout, Export };

/// The command line as plain data. Only the member for `command` is meaningful.
struct Options {
    Command command = Command::Gui;
    std::string helpTopic;  ///< With Command::Help: the subcommand asked about ("eval"), or empty.
    ListOptions list;
    EvalOptions eval;
    SampleOptions sample;
    SoftmaxOptions softmax;
    MaxoutOptions maxout;
    ExportOptions exportFigure;
};

/// The result of parsing: `error` is empty when `options` can be run as they are, otherwise a one-line
/// reason (without the "actlab: " prefix).
struct ParsedCommandLine {
    Options options;
    std::string error;
};

/// True when these arguments (argv without the program name) select a headless run: a subcommand,
/// an unknown word (reported as an unknown command), or a help or version flag. Anything else (no
/// arguments, Qt options such as -platform) is for the window.
bool isHeadless(std::span<const std::string_view> arguments);

/// Parses the arguments (argv without the program name) of a headless run: the subcommand is found
/// and its arguments split here; each command checks its own (app/commands/).
ParsedCommandLine parseCommandLine(std::span<const std::string_view> arguments);

/// The text `actlab --help` prints; with a subcommand's name, that subcommand's help with examples
/// (empty when there is no such subcommand).
std::string usage(std::string_view topic = {});

}  // namespace actlab
