# Per-coordinate optimizers on f(x, y) = 0.1*x**2 + 2*y**2 from (-7, 2), 60 steps.
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
    return 0.1 * x**2 + 2 * y**2


runs = {"Adagrad lr=1.5": (torch.optim.Adagrad, dict(lr=1.5)),
        "RMSprop lr=0.1": (torch.optim.RMSprop, dict(lr=0.1)),
        "Adadelta lr=1 (default)": (torch.optim.Adadelta, dict()),
        "Adadelta lr=50": (torch.optim.Adadelta, dict(lr=50)),
        "Rprop lr=0.01 (default)": (torch.optim.Rprop, dict())}
fig, ax = plt.subplots(figsize=(7, 3.2))
xs, ys = np.meshgrid(np.linspace(-8, 3, 120), np.linspace(-2.2, 2.2, 80))
ax.contour(xs, ys, f(xs, ys), levels=[0.1, 0.5, 1, 2, 4, 7, 10], colors="0.75", linewidths=0.6)
for (name, (make, kwargs)), style, marker in zip(runs.items(), ["-", "--", "-.", ":", "-"], "os^vD"):
    p = torch.nn.Parameter(torch.tensor([-7.0, 2.0], dtype=torch.float64))
    opt, path = make([p], **kwargs), [p.detach().clone()]
    for _ in range(60):
        opt.zero_grad()
        f(*p).backward()
        opt.step()
        path.append(p.detach().clone())
    path = torch.stack(path).numpy()
    ax.plot(path[:, 0], path[:, 1], style, marker=marker, markersize=2.5, linewidth=1.2,
            markevery=3, label=f"{name}\nf after 60 steps: {f(*path[-1]):.2g}")
ax.plot([0], [0], "k*", markersize=9)
ax.set(xlabel="x", ylabel="y", title="0.1·x² + 2·y², 60 steps from (-7, 2)", xlim=(-8, 3), ylim=(-2.2, 2.2))
ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, labelspacing=1)
fig.savefig(sys.stdout, format="svg", metadata={"Date": None}, bbox_inches="tight")
