// Typed formulas (core/expression): any bytes as the formula a user types. Beyond memory errors and
// undefined behaviour it checks what the user relies on:
//   - a formula is refused with one line (no newline in the message) or parsed, never crashes or hangs;
//   - a parsed formula printed back (formulaText) parses again and evaluates to the same bits;
//   - the program runs in double (scalar and vector paths, both kink sides), float and bfloat16;
//   - GiNaC takes the formula or refuses it with one line; its derivative is a program that runs.

#include "core/expression/formulatext.h"
#include "core/expression/parser.h"
#include "core/expression/program.h"
#include "core/expression/symbolic.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace actlab::expression;

namespace {

[[noreturn]] void fail(const char* what, std::string_view formula)
{
    std::fprintf(stderr, "property broken: %s, formula '%.*s'\n", what, int(formula.size()), formula.data());
    std::abort();
}

bool sameDouble(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

constexpr double kPoints[] = {-3.5, -1.0, -0.0, 0.0, 0.5, 2.0, 37.0, -745.0, 710.0};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 1200) return -1;  // the parser refuses past 1,000 characters; longer adds nothing
    const std::string formula(reinterpret_cast<const char*>(data), size);
    auto parsed = parse(formula);
    if (const auto* error = std::get_if<ParseError>(&parsed)) {
        if (error->message.empty() || error->message.find('\n') != std::string::npos) fail("message not one line", formula);
        return 0;
    }
    const Expression& e = std::get<Expression>(parsed);
    const std::vector<double> parameters(e.parameters.size(), 1.25);
    const Program program(e);

    // Printed back, it parses to a program with the same values.
    const std::string text = formulaText(e);
    auto again = parse(text);
    if (!std::holds_alternative<Expression>(again)) fail("printed formula does not parse", formula);
    const Program reprinted(std::get<Expression>(again));

    std::vector<double> x(std::begin(kPoints), std::end(kPoints));
    std::vector<double> f(x.size()), df(x.size()), ff(x.size()), fdf(x.size());
    program.evaluate<double>(x, f, df, parameters);
    program.evaluateFast(x, ff, fdf, parameters, Side::Right);
    program.evaluateFast(x, ff, fdf, parameters);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const Dual<double> r = reprinted.evaluate(x[i], parameters);
        if (!sameDouble(r.v, f[i]) || !sameDouble(r.d, df[i])) fail("printed formula evaluates differently", formula);
    }
    std::vector<float> xf(x.begin(), x.end()), f32(x.size()), df32(x.size());
    program.evaluate<float>(xf, f32, df32, parameters);
    std::vector<BFloat16> xb(x.begin(), x.end()), fb(x.size()), dfb(x.size());
    program.evaluate<BFloat16>(xb, fb, dfb, parameters);

    // GiNaC: a derivative that runs, or one line saying why not.
    auto symbolic = differentiate(e);
    if (const auto* error = std::get_if<ParseError>(&symbolic)) {
        if (error->message.find('\n') != std::string::npos) fail("GiNaC's message not one line", formula);
        return 0;
    }
    const Program derivative(std::get<Symbolic>(symbolic).derivative);
    derivative.evaluate<double>(x, f, df, parameters);
    return 0;
}
