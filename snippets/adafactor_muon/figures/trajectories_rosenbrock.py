# Adafactor's and Muon's paths on the Rosenbrock function from (-1.5, 2), 1000 steps.
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


# Muon takes only matrices: its point (x, y) is a 1x2 matrix.
runs = {"Adam lr=0.05": (torch.optim.Adam, dict(lr=0.05), (2,)),
        "Adafactor lr=0.1": (torch.optim.Adafactor, dict(lr=0.1), (2,)),
        "Muon lr=0.02": (torch.optim.Muon, dict(lr=0.02, weight_decay=0), (1, 2)),
        "Muon lr=0.02, momentum=0": (torch.optim.Muon, dict(lr=0.02, weight_decay=0, momentum=0), (1, 2))}
fig, ax = plt.subplots(figsize=(7, 4))
xs, ys = np.meshgrid(np.linspace(-2, 2, 120), np.linspace(-0.5, 3, 100))
ax.contour(xs, ys, f(xs, ys), levels=np.geomspace(0.5, 2000, 9), colors="0.75", linewidths=0.6)
for (name, (make, kwargs, shape)), style, marker in zip(runs.items(), ["-", "--", "-.", ":"], "os^v"):
    p = torch.nn.Parameter(torch.tensor([-1.5, 2.0], dtype=torch.float64).reshape(shape))
    opt, path = make([p], **kwargs), [p.detach().flatten().clone()]
    for _ in range(1000):
        opt.zero_grad()
        f(*p.flatten()).backward()
        opt.step()
        path.append(p.detach().flatten().clone())
    path = torch.stack(path).numpy()
    ax.plot(path[::2, 0], path[::2, 1], style, marker=marker, markersize=2.5, linewidth=1.2,
            markevery=25, label=f"{name}\nf after 1000 steps: {f(*path[-1]):.2g}")
ax.plot([1], [1], "k*", markersize=9)
ax.annotate("Adafactor crawls near (0, 0):\nits step shrinks with RMS(x, y)", xy=(0, 0), xytext=(0.45, -0.3),
            fontsize=7, va="center", arrowprops=dict(arrowstyle="->", linewidth=0.8))
ax.set(xlabel="x", ylabel="y", title="Rosenbrock (1-x)² + 100·(y-x²)², minimum at (1, 1)",
       xlim=(-2, 2), ylim=(-0.5, 3))
ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, labelspacing=1)
fig.savefig(sys.stdout, format="svg", metadata={"Date": None}, bbox_inches="tight")
