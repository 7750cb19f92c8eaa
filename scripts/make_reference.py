#!/usr/bin/python3
"""Write the high-precision reference tables in tests/reference/data/.

Every activation is defined here from its textbook formula, independently of the C++ code, and evaluated
with mpmath at DPS decimal digits; f and f' are then rounded once to the nearest double. Derivatives are
analytic; the script checks them against mpmath.diff, checks its cancellation-free rewritings against the
plain textbook forms at very high precision, and re-evaluates every row at CHECK_DPS digits, aborting on any
disagreement. Results that sit on a rounding tie at DPS digits are recomputed at higher precision.

Run with Debian's python (it has mpmath):  /usr/bin/python3 scripts/make_reference.py
Output is deterministic: the same files on every run.
"""

import math
import os
import random
import sys
import time
from fractions import Fraction

import mpmath
from mpmath import mp, mpf

DPS = 60
CHECK_DPS = 75
TIE_ESCALATION_DPS = (400, 1500)
SEED = 20240611
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "reference", "data")

DBL_MAX = sys.float_info.max
MIN_SUBNORMAL = 5e-324
# Stand-in for ±infinity: the limit rows are f(±HUGE) rounded to double.
HUGE = "1e1000"


# ---------------------------------------------------------------------------------------------------------
# Rounding an mpf to the nearest double, exactly (ties to even), with overflow to inf and underflow to ±0.

def to_double(y):
    if mpmath.isnan(y):
        return math.nan
    if mpmath.isinf(y):
        return math.inf if y > 0 else -math.inf
    if y == 0:
        return 0.0
    sign, man, exp, bc = y._mpf_
    magnitude = exp + bc  # 2^(magnitude-1) <= |y| < 2^magnitude
    if magnitude > 1025:
        v = math.inf
    elif magnitude < -1080:
        v = 0.0
    elif exp >= 0:
        try:
            v = float(man << exp)
        except OverflowError:
            v = math.inf
    else:
        try:
            v = man / (1 << -exp)  # Python's int true division is correctly rounded, subnormals included.
        except OverflowError:
            v = math.inf
    return -v if sign else v


def rounds_unambiguously(y, dps):
    """False when y is so close to a midpoint between doubles that DPS digits cannot decide the rounding."""
    if not mpmath.isfinite(y) or y == 0:
        return True
    with mp.workdps(dps + 30):
        eps = mpf(10) ** (-(dps - 12))
        return to_double(y * (1 - eps)) == to_double(y * (1 + eps))


# ---------------------------------------------------------------------------------------------------------
# The activations, from their definitions. Every function takes an exact mpf x and a dict of mpf parameters
# and works at the caller's mp precision.

def sigma(z):
    return 1 / (1 + mpmath.exp(-z))


def sigmoid_f(x, p):
    return sigma(x)


def sigmoid_df(x, p):
    return sigma(x) * sigma(-x)  # = σ(1−σ), without the cancellation of 1−σ for large x


def tanh_f(x, p):
    return mpmath.tanh(x)


def tanh_df(x, p):
    return mpmath.sech(x) ** 2  # = 1 − tanh²


def relu_f(x, p):
    return x if x > 0 else mpf(0)


def relu_df(x, p):
    return mpf(1) if x > 0 else mpf(0)


def softplus_f(x, p):
    b = p["beta"]
    return mpmath.log1p(mpmath.exp(b * x)) / b


def softplus_df(x, p):
    return sigma(p["beta"] * x)


def leaky_relu_f(x, p):
    return x if x > 0 else p["negative_slope"] * x


def leaky_relu_df(x, p):
    return mpf(1) if x > 0 else p["negative_slope"]


def elu_f(x, p):
    return x if x > 0 else p["alpha"] * mpmath.expm1(x)


def elu_df(x, p):
    return mpf(1) if x > 0 else p["alpha"] * mpmath.exp(x)


# PyTorch's constants, taken as the doubles PyTorch uses.
SELU_ALPHA = mpf(1.6732632423543772848170429916717)
SELU_SCALE = mpf(1.0507009873554804934193349852946)


def selu_f(x, p):
    return SELU_SCALE * (x if x > 0 else SELU_ALPHA * mpmath.expm1(x))


def selu_df(x, p):
    return SELU_SCALE * (mpf(1) if x > 0 else SELU_ALPHA * mpmath.exp(x))


def relu6_f(x, p):
    return min(max(mpf(0), x), mpf(6))


def relu6_df(x, p):
    return mpf(1) if 0 < x < 6 else mpf(0)


def silu_f(x, p):
    return x * sigma(x)


def silu_df(x, p):
    return sigma(x) * (1 + x * sigma(-x))  # σ + xσ(1−σ)


def swish_f(x, p):
    return x * sigma(p["beta"] * x)


def swish_df(x, p):
    bx = p["beta"] * x
    return sigma(bx) * (1 + bx * sigma(-bx))


def normal_pdf(x):
    return mpmath.exp(-x * x / 2) / mpmath.sqrt(2 * mpmath.pi)


def normal_cdf(x):
    t = abs(x)
    if t > mpf(10) ** 100:
        # mpmath's erfc overflows a float inside its series test this far out. Use the Mills-ratio expansion
        # Q(t) = φ(t)/t · (1 − 1/t² + 3/t⁴ − …), whose truncation error is below 1e-600 relative here.
        q = normal_pdf(t) / t * (1 - 1 / t ** 2 + 3 / t ** 4)
        return 1 - q if x > 0 else q
    return mpmath.erfc(-x / mpmath.sqrt(2)) / 2


def gelu_f(x, p):
    return x * normal_cdf(x)


def gelu_df(x, p):
    return normal_cdf(x) + x * normal_pdf(x)


def gelu_tanh_a():
    # Built at the caller's precision: an mpf made at import time would carry only 53 bits.
    return mpf(44715) / 1000000



def gelu_tanh_u(x):
    return mpmath.sqrt(2 / mpmath.pi) * (x + gelu_tanh_a() * x ** 3)


def gelu_tanh_f(x, p):
    # 0.5·x·(1 + tanh u) = x·σ(2u): the same number, without 1 + tanh u cancelling for u ≪ 0.
    return x * sigma(2 * gelu_tanh_u(x))


def gelu_tanh_df(x, p):
    u2 = 2 * gelu_tanh_u(x)
    du2 = 2 * mpmath.sqrt(2 / mpmath.pi) * (1 + 3 * gelu_tanh_a() * x ** 2)
    return sigma(u2) + x * sigma(u2) * sigma(-u2) * du2


def mish_f(x, p):
    return x * mpmath.tanh(mpmath.log1p(mpmath.exp(x)))


def mish_df(x, p):
    sp = mpmath.log1p(mpmath.exp(x))
    return mpmath.tanh(sp) + x * mpmath.sech(sp) ** 2 * sigma(x)


def softsign_f(x, p):
    return x / (1 + abs(x))


def softsign_df(x, p):
    return 1 / (1 + abs(x)) ** 2


def hardsigmoid_f(x, p):
    return relu6_f(x + 3, p) / 6


def hardsigmoid_df(x, p):
    return mpf(1) / 6 if -3 < x < 3 else mpf(0)


def hardswish_f(x, p):
    return x * relu6_f(x + 3, p) / 6


def hardswish_df(x, p):
    if x <= -3:
        return mpf(0)
    if x >= 3:
        return mpf(1)
    return (2 * x + 3) / 6


def hardtanh_f(x, p):
    return min(max(p["min_val"], x), p["max_val"])


def hardtanh_df(x, p):
    return mpf(1) if p["min_val"] < x < p["max_val"] else mpf(0)


# The plain textbook forms, used only to check the rewritings above at very high precision.
def naive_gelu_tanh_u(x):
    return mpmath.sqrt(2 / mpmath.pi) * (x + mpf("0.044715") * x ** 3)


NAIVE = {
    "sigmoid": (None, lambda x, p: sigma(x) * (1 - sigma(x))),
    "tanh": (None, lambda x, p: 1 - mpmath.tanh(x) ** 2),
    "softplus": (lambda x, p: mpmath.log(1 + mpmath.exp(p["beta"] * x)) / p["beta"], None),
    "elu": (lambda x, p: x if x > 0 else p["alpha"] * (mpmath.exp(x) - 1), None),
    "selu": (lambda x, p: SELU_SCALE * (x if x > 0 else SELU_ALPHA * (mpmath.exp(x) - 1)), None),
    "silu": (None, lambda x, p: sigma(x) + x * sigma(x) * (1 - sigma(x))),
    "swish": (None, lambda x, p: sigma(p["beta"] * x) + p["beta"] * x * sigma(p["beta"] * x)
              * (1 - sigma(p["beta"] * x))),
    "gelu": (lambda x, p: x * (1 + mpmath.erf(x / mpmath.sqrt(2))) / 2, None),
    "gelu_tanh": (lambda x, p: x * (1 + mpmath.tanh(naive_gelu_tanh_u(x))) / 2,
                  lambda x, p: (1 + mpmath.tanh(naive_gelu_tanh_u(x))) / 2
                  + x / 2 * (1 - mpmath.tanh(naive_gelu_tanh_u(x)) ** 2)
                  * mpmath.sqrt(2 / mpmath.pi) * (1 + 3 * mpf("0.044715") * x ** 2)),
    "mish": (lambda x, p: x * mpmath.tanh(mpmath.log(1 + mpmath.exp(x))),
             lambda x, p: mpmath.tanh(mpmath.log(1 + mpmath.exp(x)))
             + x * (1 - mpmath.tanh(mpmath.log(1 + mpmath.exp(x))) ** 2) * sigma(x)),
}


class Spec:
    def __init__(self, id, f, df, param_names=(), param_sets=((),), kinks=lambda p: [], smooth_near_zero=False):
        self.id = id
        self.f = f
        self.df = df
        self.param_names = param_names
        self.param_sets = [tuple(float(v) for v in s) for s in param_sets]  # the first one is the default
        self.kinks = kinks  # p -> [(x, left derivative)] with exact doubles / mpf
        self.smooth_near_zero = smooth_near_zero  # derivative has zeros / minima worth probing in [-3, 0]

    def params(self, values):
        return {n: mpf(v) for n, v in zip(self.param_names, values)}

    def params_text(self, values):
        if not self.param_names:
            return "-"
        return ",".join(f"{n}={v!r}" for n, v in zip(self.param_names, values))


BETAS = (1.0, 0.01, 100.0, 0.37, 3.3)

SPECS = [
    Spec("sigmoid", sigmoid_f, sigmoid_df),
    Spec("tanh", tanh_f, tanh_df),
    Spec("relu", relu_f, relu_df, kinks=lambda p: [(0.0, mpf(0))]),
    Spec("softplus", softplus_f, softplus_df, ("beta",), [(b,) for b in BETAS]),
    Spec("leaky_relu", leaky_relu_f, leaky_relu_df, ("negative_slope",), [(0.01,), (0.0,), (1.0,), (0.2,)],
         kinks=lambda p: [(0.0, p["negative_slope"])]),
    Spec("elu", elu_f, elu_df, ("alpha",), [(1.0,), (0.0,), (5.0,), (0.5,), (2.5,)],
         kinks=lambda p: [(0.0, p["alpha"])]),
    Spec("selu", selu_f, selu_df, kinks=lambda p: [(0.0, SELU_SCALE * SELU_ALPHA)]),
    Spec("relu6", relu6_f, relu6_df, kinks=lambda p: [(0.0, mpf(0)), (6.0, mpf(1))]),
    Spec("silu", silu_f, silu_df, smooth_near_zero=True),
    Spec("swish", swish_f, swish_df, ("beta",), [(b,) for b in BETAS], smooth_near_zero=True),
    Spec("gelu", gelu_f, gelu_df, smooth_near_zero=True),
    Spec("gelu_tanh", gelu_tanh_f, gelu_tanh_df, smooth_near_zero=True),
    Spec("mish", mish_f, mish_df, smooth_near_zero=True),
    Spec("softsign", softsign_f, softsign_df),
    Spec("hardsigmoid", hardsigmoid_f, hardsigmoid_df, kinks=lambda p: [(-3.0, mpf(0)), (3.0, mpf(1) / 6)]),
    Spec("hardswish", hardswish_f, hardswish_df, kinks=lambda p: [(-3.0, mpf(0)), (3.0, mpf(3) / 2)]),
    Spec("hardtanh", hardtanh_f, hardtanh_df, ("min_val", "max_val"),
         [(-1.0, 1.0), (-10.0, 0.1), (-0.1, 10.0), (-2.5, 0.75), (-10.0, 10.0), (-0.1, 0.1)],
         kinks=lambda p: [(float(p["min_val"]), mpf(0)), (float(p["max_val"]), mpf(1))]),
]


# ---------------------------------------------------------------------------------------------------------
# The x grid. Every x is an exact double built without libm, so the grid is the same on every machine.

def exact_double(q):
    """Nearest double to a rational or mpf, correctly rounded."""
    if isinstance(q, Fraction):
        return float(q)  # Fraction.__float__ is correctly rounded
    return to_double(q)


def log_spaced(decade_from, decade_to, per_decade):
    out = []
    with mp.workdps(40):
        for k in range(decade_from * per_decade, decade_to * per_decade + 1):
            v = to_double(mpf(10) ** (mpf(k) / per_decade))
            out += [v, -v]
    return out


def uniform(lo, hi, step):
    n = int(round((hi - lo) / step))
    return [exact_double(Fraction(lo) + Fraction(step) * i) for i in range(n + 1)]


def neighbours(v, ulps=2):
    out = [v]
    up = down = v
    for _ in range(ulps):
        up = math.nextafter(up, math.inf)
        down = math.nextafter(down, -math.inf)
        out += [up, down]
    return out


def random_points(count_uniform, count_log):
    rng = random.Random(SEED)
    out = [1600.0 * rng.random() - 800.0 for _ in range(count_uniform)]
    for _ in range(count_log):
        mantissa = 1.0 + rng.getrandbits(52) / 2.0 ** 52
        v = math.ldexp(mantissa, rng.randint(-1070, 1023))
        out.append(-v if rng.getrandbits(1) else v)
    return out


SPECIAL = [0.0, MIN_SUBNORMAL, 2 * MIN_SUBNORMAL, 3 * MIN_SUBNORMAL, 2.2250738585072014e-308,
           2.225073858507201e-308, 1e-300, 1.4916681462400413e-154, 1e-154, 1e-103, 1e-20, 1e-16,
           1.1102230246251565e-16,
           1.4901161193847656e-08, 1e-8, 6.103515625e-05, 1e-3, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 6.0,
           20.0, 36.0, 37.0, 40.0, 50.0, 100.0, 700.0, 708.0, 709.0, 709.782712893384, 709.7827128933841, 710.0,
           744.0, 744.4400719213812, 745.0, 745.1332191019411, 745.2, 746.0, 800.0, 1e3, 1e4, 1e10, 2.0 ** 53,
           1e20, 5.643803094122362e102, 1e103, 1.3407807929942596e154, 1e154, 1e200, 1e300, 1e307, DBL_MAX]
SPECIAL = SPECIAL + [-v for v in SPECIAL]


def grid(full):
    xs = list(SPECIAL)
    if full:
        xs += log_spaced(-20, 20, 4) + log_spaced(-300, 308, 1)
        xs += uniform(-50, 50, Fraction(1, 8))
        xs += [exact_double(Fraction(k, 10) + Fraction(3, 100)) for k in range(-500, 500, 3)]
        xs += uniform(-3, 0, Fraction(1, 64))
        xs += [exact_double(Fraction(-3) + Fraction(137, 10000) * k) for k in range(220)]
        xs += random_points(300, 100)
    else:
        xs += log_spaced(-20, 20, 2) + log_spaced(-300, 308, 1)[::4]
        xs += uniform(-50, 50, Fraction(1, 2))
        xs += [exact_double(Fraction(k, 10) + Fraction(3, 100)) for k in range(-500, 500, 13)]
        xs += uniform(-3, 0, Fraction(1, 16))
        xs += random_points(100, 40)
    return xs


def parameter_points(spec, values):
    """x where the scaled argument β·x crosses the regimes of exp (softplus, swish)."""
    if "beta" not in spec.param_names:
        return []
    beta = values[0]
    out = []
    for t in (1e-8, 0.5, 1.0, 1.2784645427610738, 2.3993572805171, 5.0, 18.0, 20.0, 33.3, 36.7, 40.0, 700.0,
              709.78, 710.0, 744.5, 745.2, 800.0, 1e6, 1e300):
        out += [exact_double(Fraction(t) / Fraction(beta)), -exact_double(Fraction(t) / Fraction(beta))]
    return out


def kink_points(spec, p):
    out = []
    for k, _ in spec.kinks(p):
        for d in (1e-12, 1e-6, 0.5):
            out += [k - d, k + d]
        out += neighbours(k, 2)[1:]
    return out


def derivative_zero_points(spec, p):
    """Doubles next to the zeros of f′ and f″ (the minimum of f′) of the smooth non-monotonic activations."""
    if not spec.smooth_near_zero:
        return []
    out = []
    with mp.workdps(DPS + 40):
        df = lambda x: spec.df(x, p)
        d2f = lambda x: mpmath.diff(df, x)
        scale = 1 / p["beta"] if "beta" in p else mpf(1)
        # Solve in t = x/scale, with f″ rescaled, so that the tolerance means the same for every β.
        # Brackets (in t): f′ = 0 lies in (−1.6, −0.5), f″ = 0 in (−3.5, −0.9) for silu, gelu, gelu_tanh, mish.
        for g, bracket, norm in ((df, (-1.6, -0.5), 1), (d2f, (-3.5, -0.9), scale)):
            h = lambda t: g(t * scale) * norm
            if h(mpf(bracket[0])) * h(mpf(bracket[1])) >= 0:
                fail(f"{spec.id}: no sign change of a derivative over {bracket}")
            # f″ comes from mpmath.diff, good to ~DPS digits here; the double nearest the root needs ~20.
            root = mpmath.findroot(h, bracket, solver="anderson", tol=mpf(10) ** -40) * scale
            r = to_double(root)
            out += neighbours(r, 3)
            out += [r * (1 + 1e-10), r * (1 - 1e-10), r * (1 + 1e-6), r * (1 - 1e-6)]
    return out


# ---------------------------------------------------------------------------------------------------------
# Evaluation and self-checks.

def evaluate(fn, x, p, dps):
    with mp.workdps(dps):
        return fn(mpf(x), p)


def evaluate_rounded(fn, x, p, what):
    """fn(x) rounded to double; None when no affordable precision can decide a rounding tie.

    A value that sits on a midpoint between doubles at DPS digits is recomputed with more digits. If it is
    the same number at every precision, the arithmetic was exact (e.g. 0.01·x, a product of two doubles),
    the midpoint is real, and IEEE's ties-to-even decides, as it does in the C++ code."""
    first = None
    for dps in (DPS,) + TIE_ESCALATION_DPS:
        with mp.workdps(dps):
            y = fn(x if isinstance(x, mpf) else mpf(x), p)
            if rounds_unambiguously(y, dps):
                return to_double(y)
            if first is None:
                first = y
    if y == first:
        return to_double(y)
    print(f"  dropped {what}: rounding of the exact value is a tie at {TIE_ESCALATION_DPS[-1]} digits")
    return None


def fail(message):
    print("SELF-CHECK FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def close(a, b, rel):
    return abs(a - b) <= rel * max(abs(a), abs(b)) or abs(a - b) < mpf(10) ** -(DPS + 20)


def self_check_derivatives(spec):
    """The analytic f′ against mpmath.diff of f, away from kinks (at extra digits: the differences cancel)."""
    with mp.workdps(DPS + 60):
        for values in spec.param_sets:
            p = spec.params(values)
            kinks = [k for k, _ in spec.kinks(p)]
            for x in (-37.5, -7.3, -2.9, -1.3, -0.4, -1e-5, 1e-7, 0.3, 1.7, 2.9, 5.2, 13.0, 41.0):
                if any(abs(x - k) < 1e-3 for k in kinks):
                    continue
                xm = mpf(x)
                analytic = spec.df(xm, p)
                numeric = mpmath.diff(lambda t: spec.f(t, p), xm)
                if not close(analytic, numeric, mpf(10) ** -45):
                    fail(f"{spec.id} {spec.params_text(values)} f'({x}): analytic {analytic} vs diff {numeric}")


def self_check_naive_forms(spec):
    """The cancellation-free forms against the textbook forms, at a precision where the latter are exact."""
    if spec.id not in NAIVE:
        return
    with mp.workdps(1300):
        for values in spec.param_sets:
            p = spec.params(values)
            for x in (-25.0, -7.3, -1.3, -1e-5, 1e-7, 0.3, 2.5, 25.0):
                xm = mpf(x)
                for stable, naive in zip((spec.f, spec.df), NAIVE[spec.id]):
                    if naive is None:
                        continue
                    a, b = stable(xm, p), naive(xm, p)
                    if not close(a, b, mpf(10) ** -(DPS + 10)):
                        fail(f"{spec.id} {spec.params_text(values)} at {x}: stable {a} vs textbook {b}")


def check_known_values():
    """A few values computed independently (closed forms), so a wrong formula cannot pass silently."""
    with mp.workdps(DPS):
        e40 = mpmath.exp(mpf(-40))
        known = [
            (sigmoid_df(mpf(40), {}), e40 / (1 + e40) ** 2),
            # log(1 + t) = t − t²/2 + t³/3 − …; with t = e^−745 the third term is far below 60 digits.
            (softplus_f(mpf(-745), {"beta": mpf(1)}), mpmath.exp(mpf(-745)) - mpmath.exp(mpf(-1490)) / 2),
            (gelu_f(mpf(1), {}), (1 + mpmath.erf(1 / mpmath.sqrt(2))) / 2),
            (mish_f(mpf(1), {}), mpmath.tanh(mpmath.log(1 + mpmath.e))),
            (hardswish_f(mpf(1), {}), mpf(4) / 6),
        ]
        with mp.workdps(300):  # 1 + tanh(u) cancels 38 digits at x = −10
            known.append((gelu_tanh_f(mpf(-10), {}),
                          -5 * (1 + mpmath.tanh(mpmath.sqrt(2 / mpmath.pi) * (-10 - mpf("44.715"))))))
        for got, want in known:
            if not close(got, want, mpf(10) ** -50):
                fail(f"known value: {got} vs {want}")
    if to_double(sigmoid_df(mpf(40), {})) != 4.248354255291589e-18:
        fail("sigmoid'(40) does not round to 4.248354255291589e-18")


# ---------------------------------------------------------------------------------------------------------

def fmt(v):
    return repr(v)  # 'inf', '-inf', 'nan', '-0.0' and 17 significant digits at most, round-tripping


def table_rows(spec, values, full):
    p = spec.params(values)
    kinks = spec.kinks(p)
    kink_x = {k for k, _ in kinks}
    xs = grid(full) + parameter_points(spec, values) + kink_points(spec, p) + derivative_zero_points(spec, p)
    xs = sorted({x for x in xs if math.isfinite(x) and x not in kink_x})  # {0.0, -0.0} collapse to one zero
    ptext = spec.params_text(values)
    rows = []
    mismatches = []
    for i, x in enumerate(xs):
        f = evaluate_rounded(spec.f, x, p, f"{spec.id} {ptext} f({x!r})")
        df = evaluate_rounded(spec.df, x, p, f"{spec.id} {ptext} f'({x!r})")
        if f is None or df is None:
            continue
        # Every row again at more digits: a formula losing digits to cancellation would disagree.
        for fn, got in ((spec.f, f), (spec.df, df)):
            y = evaluate(fn, x, p, CHECK_DPS)
            if rounds_unambiguously(y, CHECK_DPS) and to_double(y) != got and not math.isnan(got):
                mismatches.append(f"{spec.id} {ptext} x={x!r}: {got!r} at {DPS} digits, "
                                  f"{to_double(y)!r} at {CHECK_DPS}")
        rows.append((ptext, fmt(x), fmt(f), fmt(df), "grid"))
    for k, left in kinks:
        rows.append((ptext, fmt(k), fmt(evaluate_rounded(spec.f, k, p, "kink")), fmt(to_double(left)), "kink"))
    for sign in (-1, 1):
        with mp.workdps(DPS):
            far = mpf(HUGE) * sign
            f, df = to_double(spec.f(far, p)), to_double(spec.df(far, p))
            rows.append((ptext, fmt(math.inf * sign), fmt(f), fmt(df), "limit"))
    rows.append((ptext, "nan", "nan", "nan", "nan"))
    if mismatches:
        fail("precision check:\n  " + "\n  ".join(mismatches[:20]))
    return rows


def main():
    mp.dps = DPS
    started = time.time()
    check_known_values()
    for spec in SPECS:
        self_check_derivatives(spec)
        self_check_naive_forms(spec)
    print(f"self-checks passed ({time.time() - started:.1f} s)")

    os.makedirs(OUT_DIR, exist_ok=True)
    total_rows = total_bytes = 0
    for spec in SPECS:
        rows = []
        for n, values in enumerate(spec.param_sets):
            rows += table_rows(spec, values, full=(n == 0))
        header = (f"# generated by scripts/make_reference.py with mpmath {mpmath.__version__} at mp.dps = {DPS}"
                  f" (checked at {CHECK_DPS}); values rounded to the nearest double\n"
                  "# params\tx\tf\tdf\tkind\n")
        text = header + "".join("\t".join(r) + "\n" for r in rows)
        path = os.path.join(OUT_DIR, spec.id + ".tsv")
        with open(path, "w", encoding="ascii", newline="\n") as out:
            out.write(text)
        kinds = {k: sum(1 for r in rows if r[4] == k) for k in ("grid", "kink", "limit", "nan")}
        print(f"{spec.id:12s} {len(spec.param_sets)} parameter sets, {len(rows):6d} rows {kinds}, "
              f"{len(text) / 1e3:7.1f} kB")
        total_rows += len(rows)
        total_bytes += len(text)
    print(f"total: {total_rows} rows, {total_bytes / 1e6:.2f} MB in {os.path.normpath(OUT_DIR)}, "
          f"{time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
