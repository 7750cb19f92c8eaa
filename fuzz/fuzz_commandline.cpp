// The command line, `--param` and `--units` included: the input is argv (without the program name), one
// argument per NUL-separated piece, as a shell could pass it. Beyond memory errors and undefined
// behaviour it checks what the user relies on:
//   - a rejected command line gets one line of error text, with the user's control characters escaped;
//   - an accepted one holds only values core accepts (parameters in range, a usable maxout layer, a
//     finite sample range, a positive temperature), and running it on a few numbers succeeds.

#include "commandline.h"
#include "commands/evalcommand.h"
#include "commands/maxoutcommand.h"
#include "commands/samplecommand.h"
#include "commands/softmaxcommand.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

[[noreturn]] void fail(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "property broken: %s: '%.*s'\n", what, int(detail.size()), detail.data());
    std::abort();
}

// x values for eval and maxout, logit vectors for softmax: the special values included.
constexpr const char* kNumbers = "0 -1 1 -0 1e-300 -7.5 3 6 inf -inf nan 1e308 -1e308 4.9e-324\n";
constexpr const char* kLogits = "1 2 3\n-inf 0 inf\n1e308 -1e308\n42\n";

void checkFunction(const actlab::FunctionChoice& choice)
{
    if (choice.activation == nullptr) fail("accepted without a function", "");
    if (const std::string error = actlab::parameterError(*choice.activation, choice.parameters);
        !error.empty())
        fail("accepted parameters core rejects", error);
}

void run(const actlab::Options& options)
{
    using actlab::Command;
    std::istringstream in(options.command == Command::Softmax ? kLogits : kNumbers);
    std::ostringstream out;
    std::ostringstream err;
    int status = 0;
    switch (options.command) {
        case Command::Eval:
            checkFunction(options.eval.function);
            status = actlab::runEval(options.eval, in, out, err);
            break;
        case Command::Sample: {
            const actlab::SampleOptions& sample = options.sample;
            checkFunction(sample.function);
            if (!std::isfinite(sample.from) || !std::isfinite(sample.to) || !(sample.from < sample.to) ||
                sample.points < 2 || sample.points > actlab::kMaxSamplePoints)
                fail("accepted a sample range core cannot sample", "");
            // Millions of points are allowed but would only slow the fuzzer down.
            if (sample.points <= 2000) status = actlab::runSample(sample, out);
            break;
        }
        case Command::Softmax:
            if (!(options.softmax.temperature > 0.0) || !std::isfinite(options.softmax.temperature))
                fail("accepted a temperature softmax rejects", "");
            status = actlab::runSoftmax(options.softmax, in, out, err);
            break;
        case Command::Maxout:
            if (const std::string error = actlab::maxoutLayerError(options.maxout.layer); !error.empty())
                fail("accepted a maxout layer core rejects", error);
            if (options.maxout.layer.units.size() <= 4096)
                status = actlab::runMaxout(options.maxout, in, out, err);
            break;
        case Command::Export: {
            const actlab::ExportOptions& figure = options.exportFigure;
            if (figure.output.empty()) fail("accepted an export without -o", "");
            if (figure.size && (figure.size->first < 16 || figure.size->second < 16 ||
                                figure.size->first > 20000 || figure.size->second > 20000))
                fail("accepted a figure size out of range", "");
            if (figure.range && !(figure.range->first < figure.range->second))
                fail("accepted an empty --range", "");
            break;
        }
        case Command::Gui:
        case Command::Help:
        case Command::Version:
        case Command::List:
            break;
    }
    if (status != 0) fail("an accepted command line failed on good input", err.str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<std::string_view> arguments;
    if (!input.empty()) {
        std::size_t begin = 0;
        while (true) {
            const std::size_t end = input.find('\0', begin);
            arguments.push_back(input.substr(begin, end == std::string_view::npos ? end : end - begin));
            if (end == std::string_view::npos) break;
            begin = end + 1;
        }
    }

    (void)actlab::isHeadless(arguments);
    const actlab::ParsedCommandLine parsed = actlab::parseCommandLine(arguments);
    if (!parsed.error.empty()) {
        for (const char c : parsed.error) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x20 || byte == 0x7f) fail("error message holds a control character", parsed.error);
        }
        return 0;
    }
    run(parsed.options);
    return 0;
}
