# Adafactor's and Muon's paths on f(x, y) = 0.1*x**2 + 2*y**2 from (-7, 2), 60 steps.
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


# Muon takes only matrices: its point (x, y) is a 1x2 matrix.
runs = {"Adam lr=0.5": (torch.optim.Adam, dict(lr=0.5), (2,)),
        "Adafactor lr=0.3": (torch.optim.Adafactor, dict(lr=0.3), (2,)),
        "Muon lr=0.2": (torch.optim.Muon, dict(lr=0.2, weight_decay=0), (1, 2)),
        "Muon lr=0.2, momentum=0": (torch.optim.Muon, dict(lr=0.2, weight_decay=0, momentum=0), (1, 2))}
fig, ax = plt.subplots(figsize=(7, 3.2))
xs, ys = np.meshgrid(np.linspace(-8, 3, 120), np.linspace(-2.2, 2.2, 80))
ax.contour(xs, ys, f(xs, ys), levels=[0.1, 0.5, 1, 2, 4, 7, 10], colors="0.75", linewidths=0.6)
for (name, (make, kwargs, shape)), style, marker in zip(runs.items(), ["-", "--", "-.", ":"], "os^v"):
    p = torch.nn.Parameter(torch.tensor([-7.0, 2.0], dtype=torch.float64).reshape(shape))
    opt, path = make([p], **kwargs), [p.detach().flatten().clone()]
    for _ in range(60):
        opt.zero_grad()
        f(*p.flatten()).backward()
        opt.step()
        path.append(p.detach().flatten().clone())
    path = torch.stack(path).numpy()
    ax.plot(path[:, 0], path[:, 1], style, marker=marker, markersize=2.5, linewidth=1.2,
            markevery=3, label=f"{name}\nf after 60 steps: {f(*path[-1]):.2g}")
ax.plot([0], [0], "k*", markersize=9)
ax.set(xlabel="x", ylabel="y", title="0.1·x² + 2·y², 60 steps from (-7, 2)", xlim=(-8, 3), ylim=(-2.2, 2.2))
ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, labelspacing=1)
fig.savefig(sys.stdout, format="svg", metadata={"Date": None}, bbox_inches="tight")
