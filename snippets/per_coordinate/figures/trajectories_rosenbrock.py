# Per-coordinate optimizers on the Rosenbrock function from (-1.5, 2), 1000 steps.
# float64, so that no CPU's rounding moves a drawn point.
import sys

import matplotlib
import numpy as np
import torch

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams["svg.hashsalt"] = "inside-torch-optim"
plt.rcParams["svg.fonttype"] = "none"  # text as <text>, not glyph paths: a much smaller file
plt.rcParams["path.simplify_threshold"] = 1.0  # drop points that do not change the drawn line


def f(x, y):
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


runs = {"Adagrad lr=1.0": (torch.optim.Adagrad, dict(lr=1.0)),
        "RMSprop lr=0.01": (torch.optim.RMSprop, dict(lr=0.01)),
        "Adadelta lr=1 (default)": (torch.optim.Adadelta, dict()),
        "Rprop lr=0.01 (default)": (torch.optim.Rprop, dict())}
fig, ax = plt.subplots(figsize=(7, 4))
xs, ys = np.meshgrid(np.linspace(-2, 2, 120), np.linspace(-0.5, 3, 100))
ax.contour(xs, ys, f(xs, ys), levels=np.geomspace(0.5, 2000, 9), colors="0.75", linewidths=0.6)
# the same colour and style for each optimizer as in the quadratic figure
for (name, (make, kwargs)), style, marker, color in zip(runs.items(), ["-", "--", "-.", "-"], "os^D",
                                                        ["C0", "C1", "C2", "C4"]):
    p = torch.nn.Parameter(torch.tensor([-1.5, 2.0], dtype=torch.float64))
    opt, path = make([p], **kwargs), [p.detach().clone()]
    for _ in range(1000):
        opt.zero_grad()
        f(*p).backward()
        opt.step()
        path.append(p.detach().clone())
    path = torch.stack(path).numpy()
    ax.plot(path[::2, 0], path[::2, 1], style, marker=marker, color=color, markersize=2.5, linewidth=1.2,
            markevery=25, label=f"{name}\nf after 1000 steps: {f(*path[-1]):.2g}")
ax.plot([1], [1], "k*", markersize=9)
ax.set(xlabel="x", ylabel="y", title="Rosenbrock (1-x)² + 100·(y-x²)², minimum at (1, 1)",
       xlim=(-2, 2), ylim=(-0.5, 3))
ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, labelspacing=1)
fig.savefig(sys.stdout, format="svg", metadata={"Date": None}, bbox_inches="tight")
