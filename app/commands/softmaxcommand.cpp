#include "commands/softmaxcommand.h"

#include "core/softmax.h"
#include "format.h"
#include "numberreader.h"

#include <algorithm>
#include <cmath>
#include <ostream>
#include <string>
#include <vector>

namespace actlab {

namespace {

void appendRow(std::string& text, const double* values, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) {
            text += '\t';
        }
        appendNumber(text, values[i]);
    }
    text += '\n';
}

}  // namespace

SoftmaxOptions softmaxOptions(const CommandArguments& arguments)
{
    arguments.rejectPositional(0);
    SoftmaxOptions options;
    if (const auto text = arguments.value("--temperature")) {
        options.temperature = numberOf("--temperature", *text);
        if (!(options.temperature > 0.0) || !std::isfinite(options.temperature)) {
            throw UsageError{"--temperature must be positive and finite (got " +
                             formatNumber(options.temperature) + ")"};
        }
    }
    options.jacobian = arguments.has("--jacobian");
    return options;
}

int runSoftmax(const SoftmaxOptions& options, std::istream& in, std::ostream& out, std::ostream& err)
{
    NumberReader reader(in);
    std::vector<std::vector<double>> vectors;
    std::vector<double> logits;
    while (reader.nextLine(logits)) {
        std::string problem;
        if (logits.size() > kMaxSoftmaxLength) {
            problem = "a logit vector holds at most " + std::to_string(kMaxSoftmaxLength) + " numbers (got " +
                      std::to_string(logits.size()) + ")";
        } else if (std::any_of(logits.begin(), logits.end(), [](double a) { return std::isnan(a); })) {
            problem = "a logit is nan";
        }
        if (!problem.empty()) {
            err << "actlab: line " << reader.lineNumber() << ": " << problem << '\n';
            return 2;
        }
        vectors.push_back(logits);
    }
    if (!reader.error().empty()) {
        err << "actlab: " << reader.error() << '\n';
        return 2;
    }

    std::vector<double> probabilities;
    std::vector<double> jacobian;
    std::string text;
    for (const std::vector<double>& vector : vectors) {
        const std::size_t n = vector.size();
        probabilities.resize(n);
        softmax(vector, options.temperature, probabilities);
        appendRow(text, probabilities.data(), n);
        if (options.jacobian) {
            jacobian.resize(n * n);
            softmaxJacobian(vector, options.temperature, jacobian);
            for (std::size_t row = 0; row < n; ++row) {
                appendRow(text, jacobian.data() + row * n, n);
                if (text.size() > 1 << 16) {
                    out << text;
                    text.clear();
                }
            }
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
