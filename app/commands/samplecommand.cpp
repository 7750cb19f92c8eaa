#include "commands/samplecommand.h"

#include "core/sampling.h"
#include "format.h"

#include <cmath>
#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace actlab {

namespace {

void writeTable(std::ostream& out, char separator, const std::vector<double>& x, const std::vector<double>& f,
                const std::vector<double>& df, std::size_t count)
{
    std::string text = "x";
    text += separator;
    text += 'f';
    text += separator;
    text += "df\n";
    for (std::size_t i = 0; i < count; ++i) {
        appendNumber(text, x[i]);
        text += separator;
        appendNumber(text, f[i]);
        text += separator;
        appendNumber(text, df[i]);
        text += '\n';
        if (text.size() > 1 << 16) {
            out << text;
            text.clear();
        }
    }
    out << text;
}

void writeJson(std::ostream& out, const SampleOptions& options, const std::vector<double>& x,
               const std::vector<double>& f, const std::vector<double>& df, std::size_t count)
{
    std::string text = "{\n  \"";
    text += options.function.typed ? "formula" : "function";
    text += "\": ";
    if (const auto& typed = options.function.typed) {
        appendJsonString(text, typed->formula);
        text += ",\n  \"params\": {";
        for (std::size_t i = 0; i < typed->parameterNames.size(); ++i) {
            text += (i == 0) ? "" : ", ";
            appendJsonString(text, typed->parameterNames[i]);
            text += ": ";
            appendJsonNumber(text, typed->parameters[i]);
        }
    } else {
        const Activation& activation = *options.function.activation;
        appendJsonString(text, activation.id);
        text += ",\n  \"params\": {";
        for (std::size_t i = 0; i < activation.parameters.size(); ++i) {
            text += (i == 0) ? "" : ", ";
            appendJsonString(text, activation.parameters[i].id);
            text += ": ";
            appendJsonNumber(text, options.function.parameters[i]);
        }
    }
    text += "},\n  \"from\": ";
    appendJsonNumber(text, options.from);
    text += ",\n  \"to\": ";
    appendJsonNumber(text, options.to);
    text += ",\n  \"points\": ";
    text += std::to_string(options.points);
    text += ",\n  \"with_kinks\": ";
    text += options.withKinks ? "true" : "false";
    text += ",\n  \"columns\": [\"x\", \"f\", \"df\"],\n  \"rows\": [";
    for (std::size_t i = 0; i < count; ++i) {
        text += (i == 0) ? "\n    [" : ",\n    [";
        appendJsonNumber(text, x[i]);
        text += ", ";
        appendJsonNumber(text, f[i]);
        text += ", ";
        appendJsonNumber(text, df[i]);
        text += ']';
        if (text.size() > 1 << 16) {
            out << text;
            text.clear();
        }
    }
    text += "\n  ]\n}\n";
    out << text;
}

}  // namespace

SampleOptions sampleOptions(const CommandArguments& arguments)
{
    SampleOptions options;
    options.function = chooseFunction(arguments);
    options.from = arguments.requiredNumber("--from");
    options.to = arguments.requiredNumber("--to");
    const long long points = arguments.requiredWholeNumber("--points");
    if (!std::isfinite(options.from) || !std::isfinite(options.to)) {
        throw UsageError{"--from and --to must be finite (got " + formatNumber(options.from) + " and " +
                         formatNumber(options.to) + ")"};
    }
    if (!(options.from < options.to)) {
        throw UsageError{"--from must be less than --to (got " + formatNumber(options.from) +
                         " >= " + formatNumber(options.to) + ")"};
    }
    if (points < 2) {
        throw UsageError{"--points must be at least 2 (got " + std::to_string(points) + ")"};
    }
    if (static_cast<unsigned long long>(points) > kMaxSamplePoints) {
        throw UsageError{"--points must be at most " + std::to_string(kMaxSamplePoints) + " (got " +
                         std::to_string(points) + ")"};
    }
    options.points = static_cast<std::size_t>(points);
    if (const auto format = arguments.value("--format")) {
        if (*format == "tsv") {
            options.format = TableFormat::Tsv;
        } else if (*format == "csv") {
            options.format = TableFormat::Csv;
        } else if (*format == "json") {
            options.format = TableFormat::Json;
        } else {
            throw UsageError{"unknown format " + quoted(*format) + " (expected tsv, csv or json)"};
        }
    }
    options.withKinks = arguments.has("--with-kinks");
    if (options.withKinks && options.function.typed) {
        throw UsageError{"--with-kinks needs a built-in FUNCTION: a formula's kinks are not known"};
    }
    return options;
}

int runSample(const SampleOptions& options, std::ostream& out)
{
    const std::size_t capacity = options.points + kMaxKinks;
    std::vector<double> x(capacity);
    std::vector<double> f(capacity);
    std::vector<double> df(capacity);
    std::size_t count = options.points;
    if (options.function.typed) {
        for (std::size_t i = 0; i < count; ++i) x[i] = evenlySpaced(options.from, options.to, i, count);
        options.function.evaluate(std::span(x.data(), count), std::span(f.data(), count), std::span(df.data(), count));
    } else {
        count = sampleRange(*options.function.activation, options.function.parameters, options.from, options.to,
                            options.points, options.withKinks, x, f, df);
    }
    switch (options.format) {
        case TableFormat::Tsv:
            writeTable(out, '\t', x, f, df, count);
            break;
        case TableFormat::Csv:
            writeTable(out, ',', x, f, df, count);
            break;
        case TableFormat::Json:
            writeJson(out, options, x, f, df, count);
            break;
    }
    return 0;
}

}  // namespace actlab
