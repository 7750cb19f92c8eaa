#include "commands/listcommand.h"

#include "core/activation.h"
#include "format.h"

#include <algorithm>
#include <array>
#include <ostream>
#include <string>
#include <vector>

namespace actlab {

namespace {

std::string_view familyName(Family family)
{
    switch (family) {
        case Family::Classic:
            return "classic";
        case Family::Rectifier:
            return "rectifier";
        case Family::Smooth:
            return "smooth";
        case Family::Hard:
            return "hard";
    }
    return "";
}

void appendPadded(std::string& out, std::string_view text, std::size_t width)
{
    out += text;
    out.append(width > text.size() ? width - text.size() : 0, ' ');
}

// Parameters as a small table whose columns fit their widest cell. The label (β, α ...) ties the
// parameter to its symbol in the formulas; it comes last because it may not be ASCII, which would
// throw the byte-counted padding off.
void appendParameterTable(std::string& out, const Activation& activation)
{
    if (activation.parameters.empty()) {
        out += "  no parameters\n";
        return;
    }
    std::vector<std::array<std::string, 6>> rows{
        {"parameter", "default", "minimum", "maximum", "scale", "label"}};
    for (const ParameterSpec& spec : activation.parameters) {
        rows.push_back({std::string(spec.id), formatNumber(spec.defaultValue), formatNumber(spec.minimum),
                        formatNumber(spec.maximum), spec.logScale ? "log" : "linear",
                        std::string(spec.label)});
    }
    std::array<std::size_t, 6> widths{};
    for (const auto& row : rows) {
        for (std::size_t column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], row[column].size());
        }
    }
    for (const auto& row : rows) {
        out += "  ";
        for (std::size_t column = 0; column + 1 < row.size(); ++column) {
            appendPadded(out, row[column], widths[column] + 2);
        }
        out += row.back();
        out += '\n';
    }
}

std::string textList()
{
    std::string out;
    bool first = true;
    for (const Activation& activation : activations()) {
        out += first ? "" : "\n";
        first = false;
        out += activation.id;
        out += " \u2014 ";
        out += activation.name;
        out += " (";
        out += familyName(activation.family);
        // The formulas name the function themselves ("relu(x) = max(0, x)").
        out += ")\n  f   ";
        out += activation.formula;
        out += "\n  f\u2032  ";
        out += activation.derivativeFormula;
        out += '\n';
        appendParameterTable(out, activation);
    }
    return out;
}

std::string jsonList()
{
    std::string out = "{\n  \"functions\": [";
    bool firstFunction = true;
    for (const Activation& activation : activations()) {
        out += firstFunction ? "\n" : ",\n";
        firstFunction = false;
        out += "    {\n      \"id\": ";
        appendJsonString(out, activation.id);
        out += ",\n      \"name\": ";
        appendJsonString(out, activation.name);
        out += ",\n      \"family\": ";
        appendJsonString(out, familyName(activation.family));
        out += ",\n      \"formula\": ";
        appendJsonString(out, activation.formula);
        out += ",\n      \"derivative_formula\": ";
        appendJsonString(out, activation.derivativeFormula);
        out += ",\n      \"note\": ";
        appendJsonString(out, activation.note);
        out += ",\n      \"parameters\": [";
        bool firstParameter = true;
        for (const ParameterSpec& spec : activation.parameters) {
            out += firstParameter ? "\n" : ",\n";
            firstParameter = false;
            out += "        {\"id\": ";
            appendJsonString(out, spec.id);
            out += ", \"label\": ";
            appendJsonString(out, spec.label);
            out += ", \"default\": ";
            appendJsonNumber(out, spec.defaultValue);
            out += ", \"minimum\": ";
            appendJsonNumber(out, spec.minimum);
            out += ", \"maximum\": ";
            appendJsonNumber(out, spec.maximum);
            out += ", \"log_scale\": ";
            out += spec.logScale ? "true" : "false";
            out += '}';
        }
        out += firstParameter ? "]\n    }" : "\n      ]\n    }";
    }
    out += "\n  ]\n}\n";
    return out;
}

}  // namespace

ListOptions listOptions(const CommandArguments& arguments)
{
    arguments.rejectPositional(0);
    return ListOptions{arguments.has("--json")};
}

int runList(const ListOptions& options, std::ostream& out)
{
    out << (options.json ? jsonList() : textList());
    return 0;
}

}  // namespace actlab
