# Contours of f(x, y) = x^2 + 3y^2; at (1, 1) the gradient is perpendicular to the contour.
import sys

import matplotlib
import torch

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams["svg.hashsalt"] = "inside-torch-optim"
plt.rcParams["svg.fonttype"] = "none"  # text as <text>, not glyph paths: a much smaller file

p = torch.tensor([1.0, 1.0], requires_grad=True)
(p[0] ** 2 + 3 * p[1] ** 2).backward()
g = 0.6 * p.grad / p.grad.norm()  # arrows of length 0.6

xs, ys = torch.meshgrid(torch.linspace(-2.5, 2.5, 121), torch.linspace(-1.8, 1.8, 81), indexing="xy")
fig, ax = plt.subplots(figsize=(6.4, 4.2))
ax.contour(xs, ys, xs ** 2 + 3 * ys ** 2, levels=[0.5, 1, 2, 4, 6, 8], colors="#999999", linewidths=0.8)
tangent = torch.tensor([-g[1], g[0]]) / 0.6
ax.plot([1 - 0.8 * tangent[0], 1 + 0.8 * tangent[0]], [1 - 0.8 * tangent[1], 1 + 0.8 * tangent[1]],
        ":", color="#333333", label="contour direction (slope 0)")
for direction, color, label in [(g, "#1f77b4", "∇f: steepest ascent"),
                                (-g, "#d62728", "−∇f: steepest descent")]:
    ax.annotate("", (1 + direction[0], 1 + direction[1]), (1, 1),
                arrowprops={"arrowstyle": "-|>", "color": color, "lw": 2})
    ax.plot([], [], color=color, lw=2, label=label)
ax.plot([1], [1], "ko")
ax.set_aspect("equal")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.legend(loc="lower left", frameon=False, fontsize=9)
fig.savefig(sys.stdout, format="svg", metadata={"Date": None}, bbox_inches="tight")
