#!/usr/bin/python3
"""Write tests/core/data/depth_reference.tsv: the gradient through a chain of layers, in high precision.

A chain h0 = x, h_l = act(w_l * h_(l-1) + b_l) is run in mpmath at DPS digits from the exact double inputs
(x, and each layer's weight and bias), and the chain rule dh_l/dx = prod_k w_k * act'(z_k) is accumulated
exactly; per layer the script writes ln|dh_l/dx|, its sign, dh_l/dx itself and h_l, each rounded once to
the nearest double. Nothing is ported from the C++ code: every activation is defined here from its
textbook formula, and the derivatives are analytic (checked against mpmath.diff).

Randomized chains draw their per-layer weights and biases the way core/depth.h documents it: two outputs
r of std::mt19937_64 per layer (weight first), u = (r >> 11) * 2^-53, value = centre + spread * (2u - 1).
The generator is implemented here from the C++ standard's definition and checked against the value the
standard requires (the 10000th output for the default seed is 9981545732273789042).

Self-checks that abort on failure: derivatives against mpmath.diff; the cancellation-free rewrites against
the textbook forms at 3000 digits; every value recomputed at CHECK_DPS digits must round to the same double.

Run with Debian's python (it has mpmath):  /usr/bin/python3 scripts/make_depth_reference.py
Output is deterministic.
"""

import math
import os
import sys

import mpmath
from mpmath import mp, mpf

DPS = 50
CHECK_DPS = 80
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "core", "data",
                   "depth_reference.tsv")


# ---------------------------------------------------------------------------------------------------------
# Rounding an mpf to the nearest double (ties to even), overflow to +-inf and gradual underflow included.
# Python's int / int true division is correctly rounded, subnormal results included.

def to_double(y):
    if mpmath.isinf(y):
        return math.inf if y > 0 else -math.inf
    if y == 0:
        return 0.0
    sign, man, exp, bc = y._mpf_
    if exp >= 0:
        try:
            v = float(man << exp)
        except OverflowError:
            v = math.inf
    else:
        try:
            v = man / (1 << -exp)
        except OverflowError:
            v = math.inf
    return -v if sign else v


def fmt(v):
    return repr(float(v))


# ---------------------------------------------------------------------------------------------------------
# std::mt19937_64 as the C++ standard defines it ([rand.predef]).

class MT19937_64:
    N, M = 312, 156
    MATRIX_A = 0xB5026F5AA96619E9
    UPPER, LOWER = 0xFFFFFFFF80000000, 0x7FFFFFFF
    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.mt = [0] * self.N
        self.mt[0] = seed & self.MASK
        for i in range(1, self.N):
            prev = self.mt[i - 1]
            self.mt[i] = (6364136223846793005 * (prev ^ (prev >> 62)) + i) & self.MASK
        self.index = self.N

    def _twist(self):
        mt = self.mt
        for i in range(self.N):
            x = (mt[i] & self.UPPER) | (mt[(i + 1) % self.N] & self.LOWER)
            xa = x >> 1
            if x & 1:
                xa ^= self.MATRIX_A
            mt[i] = mt[(i + self.M) % self.N] ^ xa
        self.index = 0

    def __call__(self):
        if self.index >= self.N:
            self._twist()
        y = self.mt[self.index]
        self.index += 1
        y ^= (y >> 29) & 0x5555555555555555
        y ^= (y << 17) & 0x71D67FFFEDA60000
        y ^= (y << 37) & 0xFFF7EEE000000000
        y ^= y >> 43
        return y & self.MASK


def check_generator():
    g = MT19937_64(5489)
    for _ in range(9999):
        g()
    value = g()
    if value != 9981545732273789042:
        sys.exit("mt19937_64 self-check failed: 10000th output %d" % value)


def layer_weights(x_unused, weight, bias, layers, randomized, seed, spread):
    """Python floats, the same IEEE operations in the same order as layerWeights() in core/depth.cpp."""
    if not randomized:
        return [(weight, bias)] * layers
    g = MT19937_64(seed)

    def draw(centre):
        u = float(g() >> 11) * 2.0 ** -53
        return centre + spread * (2.0 * u - 1.0)

    out = []
    for _ in range(layers):
        w = draw(weight)
        b = draw(bias)
        out.append((w, b))
    return out


# ---------------------------------------------------------------------------------------------------------
# Activations from their textbook formulas: (f, f') with f' the left derivative at a kink.

def sigmoid(x):
    return 1 / (1 + mpmath.exp(-x))


def Phi(x):
    return mpmath.erfc(-x / mpmath.sqrt(2)) / 2


def phi(x):
    return mpmath.exp(-x * x / 2) / mpmath.sqrt(2 * mpmath.pi)


SELU_ALPHA = mpf(1.6732632423543772848170429916717)  # PyTorch's doubles, exactly
SELU_SCALE = mpf(1.0507009873554804934193349852946)
GELU_CUBIC = mpf("0.044715")


def gelu_tanh_u(x):
    return mpmath.sqrt(2 / mpmath.pi) * (x + GELU_CUBIC * x ** 3)


def gelu_tanh_slope(x):
    return mpmath.sqrt(2 / mpmath.pi) * (1 + 3 * GELU_CUBIC * x ** 2)


def softplus(x, beta):
    return mpmath.log1p(mpmath.exp(beta * x)) / beta


ACTIVATIONS = {
    "sigmoid": (lambda x, p: sigmoid(x), lambda x, p: sigmoid(x) * sigmoid(-x)),
    "tanh": (lambda x, p: mpmath.tanh(x), lambda x, p: mpmath.sech(x) ** 2),
    "relu": (lambda x, p: x if x > 0 else mpf(0), lambda x, p: mpf(1) if x > 0 else mpf(0)),
    "softplus": (lambda x, p: softplus(x, p["beta"]), lambda x, p: sigmoid(p["beta"] * x)),
    "leaky_relu": (lambda x, p: x if x > 0 else p["negative_slope"] * x,
                   lambda x, p: mpf(1) if x > 0 else p["negative_slope"]),
    "elu": (lambda x, p: x if x > 0 else p["alpha"] * (mpmath.exp(x) - 1),
            lambda x, p: mpf(1) if x > 0 else p["alpha"] * mpmath.exp(x)),
    "selu": (lambda x, p: SELU_SCALE * (x if x > 0 else SELU_ALPHA * (mpmath.exp(x) - 1)),
             lambda x, p: SELU_SCALE * (1 if x > 0 else SELU_ALPHA * mpmath.exp(x))),
    "relu6": (lambda x, p: min(max(x, mpf(0)), mpf(6)), lambda x, p: mpf(1) if 0 < x <= 6 else mpf(0)),
    "silu": (lambda x, p: x * sigmoid(x), lambda x, p: sigmoid(x) * (1 + x * sigmoid(-x))),
    "swish": (lambda x, p: x * sigmoid(p["beta"] * x),
              lambda x, p: sigmoid(p["beta"] * x) * (1 + p["beta"] * x * sigmoid(-p["beta"] * x))),
    "gelu": (lambda x, p: x * Phi(x), lambda x, p: Phi(x) + x * phi(x)),
    # x·σ(2u) and σ(2u)·(1 + 2x·σ(−2u)·u′): the textbook ½x(1 + tanh u) and its derivative cancel to 0 for
    # u far left even at 80 digits (1 + tanh(−987) = 6e-858); check_rewrites() compares the two forms.
    "gelu_tanh": (lambda x, p: x * sigmoid(2 * gelu_tanh_u(x)),
                  lambda x, p: sigmoid(2 * gelu_tanh_u(x))
                  * (1 + 2 * x * sigmoid(-2 * gelu_tanh_u(x)) * gelu_tanh_slope(x))),
    "mish": (lambda x, p: x * mpmath.tanh(softplus(x, 1)),
             lambda x, p: mpmath.tanh(softplus(x, 1)) + x * mpmath.sech(softplus(x, 1)) ** 2 * sigmoid(x)),
    "softsign": (lambda x, p: x / (1 + abs(x)), lambda x, p: 1 / (1 + abs(x)) ** 2),
    "hardsigmoid": (lambda x, p: min(max(x + 3, mpf(0)), mpf(6)) / 6,
                    lambda x, p: mpf(1) / 6 if -3 < x <= 3 else mpf(0)),
    "hardswish": (lambda x, p: x * min(max(x + 3, mpf(0)), mpf(6)) / 6,
                  lambda x, p: mpf(0) if x <= -3 else ((2 * x + 3) / 6 if x <= 3 else mpf(1))),
    "hardtanh": (lambda x, p: min(max(x, p["min_val"]), p["max_val"]),
                 lambda x, p: mpf(1) if p["min_val"] < x <= p["max_val"] else mpf(0)),
}

DEFAULT_PARAMETERS = {
    "softplus": {"beta": 1.0},
    "leaky_relu": {"negative_slope": 0.01},
    "elu": {"alpha": 1.0},
    "swish": {"beta": 1.0},
    "hardtanh": {"min_val": -1.0, "max_val": 1.0},
}


def check_derivatives():
    points = [mpf(v) for v in (-7.25, -2.5, -0.75, -0.1, 0.3, 1.7, 4.5)]
    for name, (f, df) in ACTIVATIONS.items():
        params = {k: mpf(v) for k, v in DEFAULT_PARAMETERS.get(name, {}).items()}
        for x in points:
            if name in ("relu6", "hardsigmoid", "hardswish", "hardtanh", "relu", "leaky_relu", "elu", "selu") \
                    and any(abs(x - k) < mpf("0.01") for k in (-3, -1, 0, 1, 3, 6)):
                continue
            numeric = mpmath.diff(lambda t: f(t, params), x)
            exact = df(x, params)
            if abs(numeric - exact) > mpf(10) ** (-DPS + 15) * max(1, abs(exact)):
                sys.exit("derivative self-check failed: %s at %s: %s vs %s" % (name, x, exact, numeric))


def check_rewrites():
    """The cancellation-free forms above against the textbook forms, at enough digits for the latter."""
    with mp.workdps(3000):
        f, df = ACTIVATIONS["gelu_tanh"]
        for x in (mpf(-30), mpf(-5), mpf(-0.5), mpf(0.7), mpf(3)):
            u = gelu_tanh_u(x)
            textbook_f = x / 2 * (1 + mpmath.tanh(u))
            textbook_df = (1 + mpmath.tanh(u)) / 2 + x / 2 * mpmath.sech(u) ** 2 * gelu_tanh_slope(x)
            for mine, textbook in ((f(x, {}), textbook_f), (df(x, {}), textbook_df)):
                if abs(mine - textbook) > mpf(10) ** -60 * abs(textbook):
                    sys.exit("rewrite self-check failed: gelu_tanh at %s" % x)


# ---------------------------------------------------------------------------------------------------------
# The chains.

class Chain:
    def __init__(self, name, activation, x, weight, bias, layers, randomized=False, seed=1, spread=0.5,
                 parameters=None):
        self.name = name
        self.activation = activation
        self.parameters = parameters if parameters is not None else DEFAULT_PARAMETERS.get(activation, {})
        self.x, self.weight, self.bias, self.layers = float(x), float(weight), float(bias), layers
        self.randomized, self.seed, self.spread = randomized, seed, float(spread)

    def params_text(self):
        if not self.parameters:
            return "-"
        return ",".join("%s=%s" % (k, fmt(v)) for k, v in self.parameters.items())


def run_chain(chain, weights):
    """Per layer: (h, ln|grad|, sign, grad) as mpf values (ln|grad| = -inf for an exact zero)."""
    f, df = ACTIVATIONS[chain.activation]
    params = {k: mpf(v) for k, v in chain.parameters.items()}
    h = mpf(chain.x)
    log_grad = mpf(0)
    sign = 1
    out = []
    for w, b in weights:
        z = mpf(w) * h + mpf(b)
        factor = mpf(w) * df(z, params)
        h = f(z, params)
        if factor == 0 or sign == 0:
            sign = 0
            log_grad = mpf("-inf")
            grad = mpf(0)
        else:
            sign *= 1 if factor > 0 else -1
            log_grad += mpmath.log(abs(factor))
            grad = sign * mpmath.exp(log_grad)
        out.append((h, log_grad, sign, grad))
    return out


def rounded_rows(chain, weights, dps):
    with mp.workdps(dps):
        values = run_chain(chain, weights)
        return [(to_double(h), to_double(lg), s, to_double(g)) for h, lg, s, g in values]


CHAINS = []

# Every activation at the view's default settings, 60 layers deep.
for _name in ACTIVATIONS:
    CHAINS.append(Chain("defaults", _name, 0.5, 1.0, 0.0, 60))

# Lecture settings: saturation, explosion, dying units, and sign changes.
CHAINS += [
    Chain("sigmoid w=4", "sigmoid", 0.5, 4.0, 0.0, 60),
    Chain("sigmoid w=-2 b=1", "sigmoid", -1.0, -2.0, 1.0, 60),
    Chain("sigmoid saturated", "sigmoid", 3.0, 5.0, 2.5, 60),
    Chain("tanh w=2", "tanh", 0.5, 2.0, 0.0, 60),
    Chain("tanh w=-1.5 b=0.3", "tanh", 2.0, -1.5, 0.3, 60),
    Chain("relu w=2", "relu", 0.5, 2.0, 0.0, 60),
    Chain("relu w=1.1 b=-0.05", "relu", 3.0, 1.1, -0.05, 60),
    Chain("relu dead", "relu", -0.5, 1.0, 0.0, 60),
    Chain("relu dies at the kink", "relu", 1.0, 1.0, -0.25, 60),
    Chain("silu w=2 b=0.5", "silu", 1.0, 2.0, 0.5, 60),
    Chain("silu w=-3", "silu", 2.0, -3.0, 0.0, 60),
    Chain("gelu w=1.5 b=0.2", "gelu", -1.0, 1.5, 0.2, 60),
    Chain("gelu underflowing factor", "gelu", -5.0, -4.0, 0.0, 60),
    Chain("elu w=1.2", "elu", -2.0, 1.2, -0.5, 60),
    Chain("softplus w=0.9 b=1", "softplus", 0.5, 0.9, 1.0, 60),
    Chain("mish w=-1.3", "mish", 1.5, -1.3, 0.1, 60),
    Chain("swish beta=2.5", "swish", 0.8, 1.4, -0.2, 60, parameters={"beta": 2.5}),
    Chain("softplus beta=0.3", "softplus", -1.2, 0.7, 0.4, 60, parameters={"beta": 0.3}),
]

# Randomized weights and biases, several seeds and spreads.
for _name in ("sigmoid", "tanh", "relu", "silu", "gelu", "mish"):
    CHAINS.append(Chain("randomized seed=1", _name, 0.5, 1.0, 0.0, 60, randomized=True, seed=1, spread=0.5))
CHAINS += [
    Chain("randomized seed=42 spread=2", "tanh", 0.5, 0.0, 0.0, 60, randomized=True, seed=42, spread=2.0),
    Chain("randomized seed=7 spread=1", "relu", 1.0, 1.0, 0.2, 60, randomized=True, seed=7, spread=1.0),
    Chain("randomized seed=2024 spread=1.5", "sigmoid", -0.3, 2.0, -0.5, 60, randomized=True, seed=2024,
          spread=1.5),
]

# Factors below the double range: ln|f'| must survive where f' itself underflows.
for _name, _x in (("sigmoid", -800.0), ("tanh", -400.0), ("softplus", -800.0), ("elu", -800.0),
                  ("selu", -800.0), ("silu", -800.0), ("swish", -800.0), ("gelu", -40.0), ("gelu", -80.0),
                  ("gelu_tanh", -30.0), ("mish", -800.0), ("softsign", -1e160), ("sigmoid", -1e4)):
    CHAINS.append(Chain("tail x=%s" % fmt(_x), _name, _x, 1.0, 0.0, 4))


def main():
    mp.dps = DPS
    check_generator()
    check_derivatives()
    check_rewrites()
    lines = [
        "# generated by scripts/make_depth_reference.py with mpmath %s at mp.dps = %d (checked at %d); "
        "values rounded to the nearest double" % (mpmath.__version__, DPS, CHECK_DPS),
        "# chain\tactivation\tparams\tx\tweight\tbias\tlayers\trandomized\tseed\tspread"
        "\tl\tw_l\tb_l\th_l\tlog_abs_gradient\tsign\tgradient",
    ]
    for chain in CHAINS:
        weights = layer_weights(chain.x, chain.weight, chain.bias, chain.layers, chain.randomized, chain.seed,
                                chain.spread)
        rows = rounded_rows(chain, weights, DPS)
        if rows != rounded_rows(chain, weights, CHECK_DPS):
            sys.exit("precision self-check failed for chain %s (%s)" % (chain.name, chain.activation))
        for l, ((w, b), (h, log_grad, sign, grad)) in enumerate(zip(weights, rows), start=1):
            lines.append("\t".join([
                chain.name, chain.activation, chain.params_text(), fmt(chain.x), fmt(chain.weight),
                fmt(chain.bias), str(chain.layers), "1" if chain.randomized else "0", str(chain.seed),
                fmt(chain.spread), str(l), fmt(w), fmt(b), fmt(h), fmt(log_grad), str(sign), fmt(grad)]))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as out:
        out.write("\n".join(lines) + "\n")
    print("wrote %d chains, %d rows to %s" % (len(CHAINS), len(lines) - 2, os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
