"""The lecture figure drawn with matplotlib, as a peer for bench/export.sh.

sigmoid and its derivative on [-8, 8] with 2001 points, legend, grid and the "max σ′ = 0.25 at x = 0"
annotation, written as a 1600×1000 PNG at 200 dpi or as a PDF of the same size (8 × 5 inches).
Usage: export_matplotlib.py OUTPUT.{png,pdf}
"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402


def main(path):
    x = np.linspace(-8.0, 8.0, 2001)
    s = 1.0 / (1.0 + np.exp(-x))
    ds = s * (1.0 - s)
    fig, ax = plt.subplots(figsize=(8, 5), dpi=200)
    ax.plot(x, s, color="#0072b2", lw=2.25, label="Sigmoid")
    ax.plot(x, ds, color="#0072b2", lw=2.0, ls="--", label="Sigmoid′")
    ax.plot([0], [0.25], "o", color="#0072b2")
    ax.annotate("max σ′ = 0.25 at x = 0", (0, 0.25), xytext=(10, 10), textcoords="offset points",
                bbox=dict(boxstyle="square", fc="white", ec="#c8c8c8"))
    ax.axhline(0, color="#808080", lw=1.5)
    ax.axvline(0, color="#808080", lw=1.5)
    ax.grid(True, color="#e3e3e3")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.legend(loc="upper left")
    ax.set_xlim(-8, 8)
    fig.savefig(path, dpi=200)


if __name__ == "__main__":
    main(sys.argv[1])
