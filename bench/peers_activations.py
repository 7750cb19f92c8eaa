#!/usr/bin/python3
"""Times f and f′ over the same grid in NumPy and PyTorch and sets them beside ActLab's numbers.

For each function it runs bench_sampling (--core-binary) for ActLab's time, then the same work in NumPy
and PyTorch with the same warm-ups and repeats, so the three numbers of a row are taken close together on
a shared, noisy machine. It prints one Markdown table plus one accuracy line per peer, evaluated live at
the probe points bench_sampling names, against an mpmath reference.

Run with Debian's python (/usr/bin/python3): it needs python3-numpy, python3-torch, python3-scipy and
python3-mpmath. bench/run.sh does all of this.
"""

import argparse
import math
import platform
import statistics
import subprocess
import sys
import time

import mpmath
import numpy as np
import torch
import torch.nn.functional as F

try:
    from scipy.special import erfc as np_erfc
except ImportError:  # gelu is then left out of NumPy's column rather than timed with a slow math.erf
    np_erfc = None

FUNCTIONS = ["sigmoid", "tanh", "softplus", "gelu", "silu", "mish"]
INV_SQRT2 = 1.0 / math.sqrt(2.0)
INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
# What "exact" means in core's contract (core/activation.h): relative error at most 1e-14.
TOLERANCE = 1e-14


# --- NumPy: the usual vectorised, numerically stable formulas, f and f′ together ---------------------

def np_logistic(x):
    return 1.0 / (1.0 + np.exp(-x))


def np_sigmoid(x):
    s = np_logistic(x)
    return s, s * (1.0 - s)


def np_tanh(x):
    t = np.tanh(x)
    return t, 1.0 - t * t


def np_softplus(x):
    return np.logaddexp(0.0, x), np_logistic(x)


def np_gelu(x):
    cdf = 0.5 * np_erfc(-x * INV_SQRT2)  # Φ(x) through erfc, so the left tail keeps its digits
    return x * cdf, cdf + x * np.exp(-0.5 * x * x) * INV_SQRT_2PI


def np_silu(x):
    s = np_logistic(x)
    return x * s, s * (1.0 + x * (1.0 - s))


def np_mish(x):
    t = np.tanh(np.logaddexp(0.0, x))
    s = np_logistic(x)
    return x * t, t + x * s * (1.0 - t * t)


NUMPY = {"sigmoid": np_sigmoid, "tanh": np_tanh, "softplus": np_softplus, "gelu": np_gelu,
         "silu": np_silu, "mish": np_mish}
if np_erfc is None:
    del NUMPY["gelu"]


# --- PyTorch: torch's own functions for f; f′ either analytically or through autograd -----------------

def t_sigmoid(x):
    s = torch.sigmoid(x)
    return s, s * (1.0 - s)


def t_tanh(x):
    t = torch.tanh(x)
    return t, 1.0 - t * t


def t_softplus(x):
    return F.softplus(x), torch.sigmoid(x)


def t_gelu(x):
    cdf = 0.5 * torch.special.erfc(-x * INV_SQRT2)
    return F.gelu(x), cdf + x * torch.exp(-0.5 * x * x) * INV_SQRT_2PI


def t_silu(x):
    s = torch.sigmoid(x)
    return F.silu(x), s * (1.0 + x * (1.0 - s))


def t_mish(x):
    t = torch.tanh(F.softplus(x))
    return F.mish(x), t + x * torch.sigmoid(x) * (1.0 - t * t)


TORCH_ANALYTIC = {"sigmoid": t_sigmoid, "tanh": t_tanh, "softplus": t_softplus, "gelu": t_gelu,
                  "silu": t_silu, "mish": t_mish}
TORCH_FORWARD = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "softplus": F.softplus, "gelu": F.gelu,
                 "silu": F.silu, "mish": F.mish}


def torch_autograd(forward):
    """f′ by one backward pass; the all-ones seed is made once per grid size, outside the clock."""
    seeds = {}

    def run(x):
        seed = seeds.get(x.shape)
        if seed is None:
            seed = seeds.setdefault(x.shape, torch.ones_like(x))
        leaf = x.detach().requires_grad_(True)
        y = forward(leaf)
        (grad,) = torch.autograd.grad(y, leaf, grad_outputs=seed)
        return y.detach(), grad

    return run


TORCH_AUTOGRAD = {name: torch_autograd(forward) for name, forward in TORCH_FORWARD.items()}


# --- Timing -----------------------------------------------------------------------------------------

def median_ns_per_point(run, x, warmups, repeats):
    points = x.shape[0]
    for _ in range(warmups):
        run(x)
    samples = []
    for _ in range(repeats):
        start = time.perf_counter_ns()
        result = run(x)
        samples.append((time.perf_counter_ns() - start) / points)
        del result  # free the outputs now, as a caller reusing them would, not during the next run
    return statistics.median(samples)


# --- ActLab, through bench_sampling ----------------------------------------------------------------

def run_core(binary, name, args):
    """ActLab's median ns/point for one function, core's probe values, and the run's description."""
    output = subprocess.run([binary, "--function", name, "--points", str(args.points),
                             "--warmups", str(args.warmups), "--repeats", str(args.repeats)],
                            check=True, capture_output=True, text=True).stdout
    median, probes, header = None, [], []
    for line in output.splitlines():
        if line.startswith("#"):
            if "<TAB>" not in line:  # skip the format reminders
                header.append(line)
            continue
        fields = line.split("\t")
        if fields[0] == "time" and len(fields) == 4 and fields[1] == name:
            median = float(fields[2])
        elif fields[0] == "probe" and len(fields) == 5:
            probes.append((fields[1], float(fields[2]), float(fields[3]), float(fields[4])))
    if median is None:
        sys.exit(f"peers_activations.py: {binary} printed no time for {name}")
    return median, probes, header


# --- Accuracy at the probes -------------------------------------------------------------------------

def exact(name, x):
    """f(x) and f′(x) to 40 digits; only the functions bench_sampling probes are needed."""
    with mpmath.workdps(40):
        x = mpmath.mpf(x)
        if name == "sigmoid":
            s = 1 / (1 + mpmath.exp(-x))
            return s, s * (1 - s)
        if name == "softplus":
            return mpmath.log1p(mpmath.exp(x)), 1 / (1 + mpmath.exp(-x))
    raise ValueError(f"no reference for {name}")


def relative_error(value, reference):
    with mpmath.workdps(40):
        if reference == 0:
            return float(abs(mpmath.mpf(value)))
        return float(abs((mpmath.mpf(value) - reference) / reference))


def show(value):
    return f"{value:.17g}"


def accuracy_line(peer, evaluate, probes):
    """The probes where this peer misses core's 1e-14 contract, each beside core and the exact value."""
    misses = []
    for name, x, core_f, core_df in probes:
        if name not in evaluate:
            continue
        peer_f, peer_df = (float(v[0]) for v in evaluate[name](x))
        ref_f, ref_df = exact(name, x)
        for label, peer_value, core_value, ref in ((f"{name}({x:g})", peer_f, core_f, ref_f),
                                                   (f"{name}′({x:g})", peer_df, core_df, ref_df)):
            error = relative_error(peer_value, ref)
            if error > TOLERANCE:
                misses.append(f"{label} = {show(peer_value)} (rel. error {error:.1e}); "
                              f"ActLab {show(core_value)} (rel. error "
                              f"{relative_error(core_value, ref):.1e}); exact {mpmath.nstr(ref, 17)}")
    if not misses:
        return f"- {peer}: exact to 1e-14 at every probe"
    return f"- {peer}: " + " · ".join(misses)


# --- Main -------------------------------------------------------------------------------------------

def cell(value, digits=2):
    return "n/a" if value is None else f"{value:.{digits}f}"


def ratio(peer, core):
    return None if peer is None or core is None else peer / core


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--core-binary", required=True, help="path to the built bench_sampling")
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--warmups", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--rounds", type=int, default=3,
                        help="times the whole comparison is repeated; the table shows the median round")
    parser.add_argument("--torch-derivative", choices=["analytic", "autograd"], default="autograd",
                        help="how PyTorch's f′ is computed (default autograd: the faster, see README)")
    args = parser.parse_args()

    torch.set_num_threads(1)
    torch_impl = TORCH_ANALYTIC if args.torch_derivative == "analytic" else TORCH_AUTOGRAD
    # The peers get their grid ready-made, outside the clock; ActLab's time includes writing x.
    x_np = np.linspace(-10.0, 10.0, args.points)
    x_t = torch.linspace(-10.0, 10.0, args.points, dtype=torch.float64)

    # Rounds: on a shared machine a burst of load lasts seconds; the median over rounds discards it.
    times = {name: ([], [], []) for name in FUNCTIONS}
    with torch.inference_mode(args.torch_derivative == "analytic"):
        for _ in range(args.rounds):
            for name in FUNCTIONS:
                core, probes, core_header = run_core(args.core_binary, name, args)
                times[name][0].append(core)
                if name in NUMPY:
                    times[name][1].append(median_ns_per_point(NUMPY[name], x_np, args.warmups, args.repeats))
                times[name][2].append(median_ns_per_point(torch_impl[name], x_t, args.warmups, args.repeats))
    rows = [(name, *(statistics.median(t) if t else None for t in times[name])) for name in FUNCTIONS]

    for line in core_header:
        print(line)
    print(f"# peers: NumPy {np.__version__}, PyTorch {torch.__version__} "
          f"(threads={torch.get_num_threads()}, f′ {args.torch_derivative}), "
          f"warmups={args.warmups}, repeats={args.repeats}, rounds={args.rounds}, points={args.points}; "
          f"python {platform.python_version()}")
    print()
    print("| function | ActLab ns/pt | NumPy ns/pt | PyTorch ns/pt | NumPy/ActLab | PyTorch/ActLab |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, core, numpy_ns, torch_ns in rows:
        print(f"| {name} | {cell(core)} | {cell(numpy_ns)} | {cell(torch_ns)} | "
              f"{cell(ratio(numpy_ns, core))} | {cell(ratio(torch_ns, core))} |")
    print()
    print("ns per point for f and f′ together: median over rounds of each round's median; the ratios are "
          "peer time / ActLab time (above 1: ActLab is faster).")
    print()
    print("Accuracy at the probe points (computed now, reference: mpmath at 40 digits):")
    with torch.inference_mode(args.torch_derivative == "analytic"):
        print(accuracy_line("NumPy", {n: (lambda x, f=f: f(np.array([x]))) for n, f in NUMPY.items()},
                            probes))
        print(accuracy_line(f"PyTorch (f′ {args.torch_derivative})",
                            {n: (lambda x, f=f: f(torch.tensor([x], dtype=torch.float64)))
                             for n, f in torch_impl.items()},
                            probes))


if __name__ == "__main__":
    main()
