#pragma once

#include "core/activation.h"
#include "core/maxout.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actlab {

/// What `actlab` was asked to do.
enum class Command { Gui, Help, Version, List, Eval, Sample, Softmax, Maxout, Export };

enum class TableFormat { Tsv, Csv, Json };

/// A function chosen on the command line with its parameters, validated against core's ranges.
struct FunctionChoice {
    const Activation* activation = nullptr;
    ParameterValues parameters{};
};

struct ListOptions {
    bool json = false;
};

struct EvalOptions {
    FunctionChoice function;
};

struct SampleOptions {
    FunctionChoice function;
    double from = 0.0;
    double to = 0.0;
    std::size_t points = 0;
    TableFormat format = TableFormat::Tsv;
    bool withKinks = false;
};

struct SoftmaxOptions {
    double temperature = 1.0;
    bool jacobian = false;
};

struct MaxoutOptions {
    MaxoutLayer layer;  ///< 1-input units and the group size, already checked with maxoutLayerError.
};

/// A parameter given to `export` as FUNCTION.NAME=VALUE, checked against core.
struct NamedParameter {
    std::string function;
    std::size_t index = 0;
    double value = 0.0;
};

/// `actlab export`: a figure from a scene file, from options, or from a scene with options on top.
/// Options left unset keep the scene's (or the view's default) value.
struct ExportOptions {
    std::string scene;   ///< --scene FILE, or empty
    std::string view;    ///< --view ID, or empty
    std::string output;  ///< -o / --output PATH (required)
    std::vector<std::string> functions;  ///< --function ID..., curves view only
    std::vector<NamedParameter> parameters;
    std::optional<std::pair<double, double>> range;  ///< --range A:B
    std::string theme;
    std::optional<std::pair<int, int>> size;  ///< --size WxH
    std::optional<double> dpi;
    std::optional<double> textScale;
};

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

/// Most samples `actlab sample` writes: three arrays of this many doubles stay well inside memory.
inline constexpr std::size_t kMaxSamplePoints = 10'000'000;

/// True when these arguments (argv without the program name) select a headless run: a subcommand,
/// an unknown word (reported as an unknown command), or a help or version flag. Anything else (no
/// arguments, Qt options such as -platform) is for the window.
bool isHeadless(std::span<const std::string_view> arguments);

/// Parses the arguments (argv without the program name) of a headless run.
ParsedCommandLine parseCommandLine(std::span<const std::string_view> arguments);

/// The text `actlab --help` prints; with a subcommand's name, that subcommand's help with examples.
std::string usage(std::string_view topic = {});

}  // namespace actlab
