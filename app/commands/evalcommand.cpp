#include "commands/evalcommand.h"

#include "format.h"
#include "numberreader.h"

#include <ostream>
#include <string>
#include <vector>

namespace actlab {

EvalOptions evalOptions(const CommandArguments& arguments)
{
    return EvalOptions{chooseFunction(arguments)};
}

int runEval(const EvalOptions& options, std::istream& in, std::ostream& out, std::ostream& err)
{
    NumberReader reader(in);
    std::vector<double> x;
    std::vector<double> line;
    while (reader.nextLine(line)) {
        x.insert(x.end(), line.begin(), line.end());
    }
    if (!reader.error().empty()) {
        err << "actlab: " << reader.error() << '\n';
        return 2;
    }

    std::vector<double> f(x.size());
    std::vector<double> df(x.size());
    options.function.evaluate(x, f, df);

    std::string text;
    for (std::size_t i = 0; i < x.size(); ++i) {
        appendNumber(text, x[i]);
        text += '\t';
        appendNumber(text, f[i]);
        text += '\t';
        appendNumber(text, df[i]);
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
