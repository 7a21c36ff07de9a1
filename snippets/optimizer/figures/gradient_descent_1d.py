# f(x) = (x - 3)^2: its tangent at x = 0 and five gradient-descent steps (lr = 0.1).
import sys

import matplotlib
import torch

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams["svg.hashsalt"] = "inside-torch-optim"
plt.rcParams["svg.fonttype"] = "none"  # text as <text>, not glyph paths: a much smaller file

x = torch.tensor(0.0, requires_grad=True)
opt = torch.optim.SGD([x], lr=0.1)
path = []
for _ in range(6):
    opt.zero_grad()
    loss = (x - 3) ** 2
    loss.backward()
    path.append((x.item(), loss.item(), x.grad.item()))
    opt.step()

grid = torch.linspace(-1, 6, 200)
fig, ax = plt.subplots(figsize=(6.4, 3.6))
ax.plot(grid, (grid - 3) ** 2, color="#333333", label="f(x) = (x − 3)²")
x0, f0, slope = path[0]
t = torch.linspace(-1, 2, 2)
ax.plot(t, f0 + slope * (t - x0), "--", color="#1f77b4", label=f"tangent at x = 0, slope f′(0) = {slope:g}")
xs, fs = [p[0] for p in path], [p[1] for p in path]
ax.plot(xs, fs, "o", color="#d62728", label="x after each SGD step")
for (xa, fa, _), (xb, fb, _) in zip(path, path[1:]):
    ax.annotate("", (xb, fb), (xa, fa), arrowprops={"arrowstyle": "->", "color": "#d62728"})
ax.set_xlabel("x")
ax.set_ylabel("f(x)")
ax.set_ylim(-0.5, 13)
ax.legend(frameon=False)
fig.savefig(sys.stdout, format="svg", metadata={"Date": None}, bbox_inches="tight")
