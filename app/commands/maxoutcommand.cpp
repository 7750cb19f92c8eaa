#include "maxoutcommand.h"

#include "commandline.h"
#include "core/maxout.h"
#include "format.h"
#include "numberreader.h"

#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace actlab {

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
