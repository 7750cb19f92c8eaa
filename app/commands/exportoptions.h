#pragma once

#include "commandarguments.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace actlab {

/// A parameter given to `export` as FUNCTION.NAME=VALUE, checked against core.
struct NamedParameter {
    std::string function;
    std::size_t index = 0;
    double value = 0.0;
};

/// `actlab export`: a figure from a scene file, from options, or from a scene with options on top.
/// Options left unset keep the scene's (or the view's default) value.
struct ExportOptions {
    std::string scene;                   ///< --scene FILE, or empty
    std::string view;                    ///< --view ID, or empty
    std::string output;                  ///< -o / --output PATH (required)
    std::vector<std::string> functions;  ///< --function ID..., curves view only
    std::vector<NamedParameter> parameters;
    std::optional<std::pair<double, double>> range;  ///< --range A:B
    std::string theme;
    std::optional<std::pair<int, int>> size;  ///< --size WxH
    std::optional<double> dpi;
    std::optional<double> textScale;
};

/// The options `actlab export` accepts.
inline constexpr std::array kExportOptions{
    OptionSpec{"--scene", true, false},      OptionSpec{"--view", true, false},
    OptionSpec{"--output", true, false},     OptionSpec{"-o", true, false},
    OptionSpec{"--function", true, true},    OptionSpec{"--param", true, true},
    OptionSpec{"--range", true, false},      OptionSpec{"--theme", true, false},
    OptionSpec{"--size", true, false},       OptionSpec{"--dpi", true, false},
    OptionSpec{"--text-scale", true, false},
};

/// Checks export's arguments as far as the command line can without the widgets: one output path,
/// known functions and parameters in range, a range, size, dpi and text scale within their limits. The
/// scene file, view and theme are checked when the figure is made (runExport). Throws UsageError at the
/// first problem. Headless, so that the fuzzer and the tests check it without the GUI libraries.
ExportOptions exportOptions(const CommandArguments& arguments);

}  // namespace actlab
