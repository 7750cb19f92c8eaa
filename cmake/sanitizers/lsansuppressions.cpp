// LeakSanitizer suppressions, compiled into every executable of a sanitizer or fuzz build
// (actlab_use_sanitizers), so they hold however the program is started: by CTest, by the build
// itself (actlab_manpage writes actlab.1 during the build), by bench/fuzz.sh or by hand. An
// LSAN_OPTIONS file would have to be passed to each of those separately, and one was missed.
//
// Each entry is a leak in a Debian library, not in ActLab, with its reason:
// - libcln.so: CLN (under GiNaC) allocates its number tables once and keeps them until exit, by
//   design: 26 bytes at start-up in every program linking core/expression.
// - GiNaC::power::derivative: GiNaC 1.8.6 loses 72 bytes when power::derivative throws. d/dx 0^u asks
//   for log(0) and GiNaC throws with a half-built product in hand (found by fuzz_expression with
//   "0^3^Nconx"). ActLab reports the formula as not differentiable symbolically; the bytes are
//   GiNaC's, once per such formula.
// - GiNaC::pow: the same flaw wherever its pow() throws while evaluating a new power (fuzz_expression
//   found 10^1e308^x^0^0^33): the node allocated for it is lost. ActLab refuses such formulas.

// The sanitizer runtime looks this hook up by its reserved name.
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libcln.so\n"
           "leak:GiNaC::power::derivative\n"
           "leak:GiNaC::pow\n";
}

// Matched suppressions are not reported: LeakSanitizer would print their table on stderr at every exit,
// and a command that must say one line on stderr (or nothing) would say more.
extern "C" const char* __lsan_default_options()
{
    return "print_suppressions=0";
}
