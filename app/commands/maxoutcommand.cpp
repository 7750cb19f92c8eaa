#include "commands/maxoutcommand.h"

#include "format.h"
#include "numberreader.h"

#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actlab {

namespace {

MaxoutUnit unitOf(std::string_view entry)
{
    const auto colon = entry.find(':');
    if (colon == std::string_view::npos || entry.find(':', colon + 1) != std::string_view::npos) {
        throw UsageError{"malformed --units entry " + quoted(entry) + " (expected W:B, e.g. 1:0,-1:0)"};
    }
    const auto weight = parseNumber(entry.substr(0, colon));
    const auto bias = parseNumber(entry.substr(colon + 1));
    if (!weight || !bias) {
        throw UsageError{"malformed --units entry " + quoted(entry) + " (W and B must be numbers)"};
    }
    return MaxoutUnit{{*weight}, *bias};
}

}  // namespace

MaxoutOptions maxoutOptions(const CommandArguments& arguments)
{
    arguments.rejectPositional(0);
    const auto units = arguments.value("--units");
    if (!units) {
        throw UsageError{"missing option --units"};
    }
    MaxoutOptions options;
    std::size_t begin = 0;
    while (true) {
        const std::size_t comma = units->find(',', begin);
        options.layer.units.push_back(unitOf(units->substr(begin, comma - begin)));
        if (comma == std::string_view::npos) {
            break;
        }
        begin = comma + 1;
    }
    const long long groupSize = arguments.requiredWholeNumber("--group-size");
    if (groupSize < 1) {
        throw UsageError{"--group-size must be at least 1 (got " + std::to_string(groupSize) + ")"};
    }
    options.layer.groupSize = static_cast<std::size_t>(groupSize);
    if (const std::string error = maxoutLayerError(options.layer); !error.empty()) {
        throw UsageError{"--units: " + error};
    }
    return options;
}

int runMaxout(const MaxoutOptions& options, std::istream& in, std::ostream& out, std::ostream& err)
{
    NumberReader reader(in);
    std::vector<double> inputs;
    std::vector<double> line;
    while (reader.nextLine(line)) {
        inputs.insert(inputs.end(), line.begin(), line.end());
    }
    if (!reader.error().empty()) {
        err << "actlab: " << reader.error() << '\n';
        return 2;
    }

    const MaxoutLayer& layer = options.layer;
    std::string text;
    for (const double x : inputs) {
        const MaxoutForward forward = maxoutForward(layer, std::span<const double>(&x, 1));
        appendNumber(text, x);
        for (std::size_t group = 0; group < forward.outputs.size(); ++group) {
            const std::size_t winner = forward.winners[group];
            text += '\t';
            appendNumber(text, forward.outputs[group]);
            text += '\t';
            appendNumber(text, layer.units[winner].weights.front());
            text += '\t';
            text += std::to_string(winner);
        }
        text += '\n';
        if (text.size() > 1 << 16) {
            out << text;
            text.clear();
        }
    }
    out << text;
    return 0;
}

}  // namespace actlab
