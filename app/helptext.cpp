#include "helptext.h"

#include <array>

namespace actlab {

namespace {

// The arguments of a command's usage line, the same in `actlab --help` and in the command's own help.
// (sample's are wrapped differently in the two.)
constexpr std::string_view kListArguments = "[--json]";
constexpr std::string_view kEvalArguments = "FUNCTION|--expr FORMULA [--param NAME=VALUE]...";
constexpr std::string_view kSoftmaxArguments = "[--temperature T] [--jacobian]";
constexpr std::string_view kMaxoutArguments = "--units W:B[,W:B...] --group-size K";
constexpr std::string_view kExportArguments = R"(-o FIGURE.{png,svg,pdf} [--scene FILE.json] [--view ID]
[--function ID]... [--param FUNCTION.NAME=VALUE]... [--range A:B]
[--theme light|dark|print|presentation] [--size WxH] [--dpi N]
[--text-scale S])";

constexpr std::array<std::string_view, 2> kListExamples{
    "actlab list",
    "actlab list --json | python3 -m json.tool",
};

constexpr std::array<std::string_view, 4> kEvalExamples{
    R"(echo "0 40 -745" | actlab eval sigmoid)",
    "seq -3 3 | actlab eval leaky_relu --param negative_slope=0.2",
    "echo 20.5 | actlab eval softplus --param beta=2",
    R"(echo "-1 0 2" | actlab eval --expr "x + sin(a*x)^2/a" --param a=2)",
};

constexpr std::array<std::string_view, 4> kSampleExamples{
    "actlab sample tanh --from -4 --to 4 --points 9",
    R"(actlab sample --expr "max(x, 0)^2" --from -1 --to 1 --points 5)",
    "actlab sample relu --from -1 --to 1 --points 4 --with-kinks --format csv",
    "actlab sample gelu --from -6 --to 6 --points 2001 --format csv > gelu.csv",
};

constexpr std::array<std::string_view, 3> kSoftmaxExamples{
    R"(echo "1 2 3" | actlab softmax)",
    R"(echo "1000 1000" | actlab softmax --jacobian)",
    // Two vectors on two lines: the quoted argument spans them, as a shell accepts it pasted.
    "printf '2 1 0.1\n5 5 5\n' | actlab softmax --temperature 0.5",
};

constexpr std::array<std::string_view, 2> kMaxoutExamples{
    "seq -2 2 | actlab maxout --units 0:0,1:0 --group-size 2      # relu = max(0, x)",
    "seq -2 2 | actlab maxout --units 1:0,-1:0 --group-size 2     # |x| = max(x, -x)",
};

constexpr std::array<std::string_view, 3> kExportExamples{
    "actlab export --function sigmoid --range -8:8 --size 1600x1000 --dpi 200 -o sigmoid.png",
    "actlab export --function sigmoid --function tanh --range -6:6 --theme print -o fig.pdf",
    "actlab export --scene lecture.json -o lecture.svg",
};

constexpr std::array kCommandHelps{
    CommandHelp{"list", kListArguments,
                R"(Every activation function with its parameters (default, range, log scale)
and its formulas for f and f'. --json writes the same as one JSON object.)",
                kListExamples},
    CommandHelp{"eval", kEvalArguments,
                R"(Reads numbers x from standard input (separated by spaces or newlines) and
writes one line per number: x <TAB> f(x) <TAB> f'(x), with 17 significant
digits. inf, -inf, nan and exponents are accepted; at a kink f' is the left
derivative. A token that is not a number is an error naming its line, and
nothing is printed. --expr FORMULA evaluates a formula in x as written
(x*tanh(softplus(x)), max(x, 0)^2, where(c, a, b); ^ is right-associative)
with f' exact in form; its other names are parameters, 1 unless --param
sets them.)",
                kEvalExamples},
    CommandHelp{"sample", R"(FUNCTION|--expr FORMULA --from A --to B --points N
[--param NAME=VALUE]... [--format tsv|csv|json] [--with-kinks])",
                R"(f and f' at N evenly spaced points over [A, B], both ends included, after a
header x f df. --with-kinks also inserts every kink inside (A, B) at its
exact position (then there are more than N rows). N is 2 to 10000000.
--expr FORMULA samples a typed formula instead, as eval does.)",
                kSampleExamples},
    CommandHelp{"softmax", kSoftmaxArguments,
                R"(Reads one logit vector per non-empty line of standard input (1 to 4096
numbers) and writes its probabilities softmax(a / T) tab-separated on one
line; with --jacobian then the n rows of the Jacobian
ds_i/da_j = s_i (delta_ij - s_j) / T; then an empty line. T > 0.)",
                kSoftmaxExamples},
    CommandHelp{"maxout", kMaxoutArguments,
                R"(A one-input maxout layer: units z_j = W_j x + B_j, split into consecutive
groups of K (the last group is smaller when K does not divide the number of
units). Reads x from standard input and writes x and, for each group, its
value, its derivative (the winning unit's weight) and the 0-based index of
the winning unit, tab-separated. Ties go to the lowest index.)",
                kMaxoutExamples},
    CommandHelp{"export", kExportArguments,
                R"(Renders a figure without a display, exactly as the window draws it: from a
scene file (File > Save scene), from options, or from a scene with options
on top. --function, --param and --range set the curves view. The size is in
pixels (16 to 20000 per side); the dpi (36 to 2400) is stored in PNGs and
sets the PDF page size; text keeps its point size at any dpi. The file is
written atomically: on any error nothing is left behind.)",
                kExportExamples},
};

constexpr std::array kCommandSummaries{
    CommandSummary{"list", kListArguments,
                   R"(Every activation function with its parameters (default, range, scale) and
its formulas for f and f'.)"},
    CommandSummary{"eval", kEvalArguments,
                   R"(Reads numbers x from standard input and writes one line per number:
x <TAB> f(x) <TAB> f'(x).)"},
    CommandSummary{"sample", R"(FUNCTION|--expr FORMULA --from A --to B --points N
[--param NAME=VALUE]... [--format tsv|csv|json] [--with-kinks])",
                   R"(f and f' at N evenly spaced points over [A, B] (both ends included), after
a header x f df. --with-kinks also inserts every kink inside (A, B) exactly.)"},
    CommandSummary{"softmax", kSoftmaxArguments,
                   R"(Reads one logit vector per line of standard input (1 to 4096 numbers) and
writes its probabilities on one line, then with --jacobian the n rows of
the Jacobian, then an empty line.)"},
    CommandSummary{"maxout", kMaxoutArguments,
                   R"(A one-input maxout layer: units z = W*x + B in consecutive groups of K.
Reads x from standard input and writes x and, for each group, its value,
its derivative (the winning unit's weight) and the winning unit's index.)"},
    CommandSummary{"export", kExportArguments,
                   R"(Renders a figure without a display, exactly as the window draws it: from a
scene file (File > Save scene), from options, or a scene with options on
top. Example: actlab export --view curves --function sigmoid
--function tanh --range -6:6 --theme print --size 1600x1000 --dpi 200
-o fig.pdf)"},
    CommandSummary{"help", "[COMMAND], --help, -h, COMMAND --help",
                   "This text, or one command's help with examples."},
    CommandSummary{"--version", "", "The version."},
};

constexpr ProgramHelp kProgramHelp{
    "[COMMAND [ARGUMENTS]]",
    "Without a command, actlab opens its window. With one, it runs without a display:",
    kCommandSummaries,
    R"(Functions and parameters are named as in PyTorch, e.g. leaky_relu --param
negative_slope=0.2; `actlab list` names them all. At a kink f' is the left
derivative.

Numbers are read as C doubles (inf, -inf, nan, exponents and 0x1p-3 accepted)
and written with 17 significant digits, so they read back as the same double.)",
    R"(0 on success; 2 on a bad argument or bad input, with one line on
standard error and nothing on standard output.)",
};

}  // namespace

const ProgramHelp& programHelp()
{
    return kProgramHelp;
}

std::span<const CommandHelp> commandHelps()
{
    return kCommandHelps;
}

}  // namespace actlab
