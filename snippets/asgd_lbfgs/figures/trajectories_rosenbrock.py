# ASGD and LBFGS on the Rosenbrock function from (-1.5, 2).
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


fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.8), sharey=True)
xs, ys = np.meshgrid(np.linspace(-2, 2, 120), np.linspace(-0.5, 3, 100))
for ax in (left, right):
    ax.contour(xs, ys, f(xs, ys), levels=np.geomspace(0.5, 2000, 9)[1:], colors="0.75", linewidths=0.6)
    ax.plot([1], [1], "k*", markersize=9)
    ax.set(xlabel="x", xlim=(-2, 2), ylim=(-0.5, 3))
left.set_ylabel("y")

# ASGD, exact gradients, 1000 steps; ax averages from step t0 + 2 = 102 on.
p = torch.nn.Parameter(torch.tensor([-1.5, 2.0], dtype=torch.float64))
opt = torch.optim.ASGD([p], lr=1.5e-3, t0=100)
path, avg = [p.detach().clone()], []
for t in range(1, 1001):
    opt.zero_grad()
    f(*p).backward()
    opt.step()
    path.append(p.detach().clone())
    if t >= 102:
        avg.append(opt.state[p]["ax"].clone())
path, avg = torch.stack(path).numpy(), torch.stack(avg).numpy()
left.plot(path[:, 0], path[:, 1], "-", color="0.4", linewidth=1.2,
          label=f"iterate (the parameter itself)\nf after 1000 steps: {f(*path[-1]):.2g}")
left.plot(avg[:, 0], avg[:, 1], "--", color="C3", linewidth=1.8,
          label=f"average ax of steps 102 to 1000\nf after 1000 steps: {f(*avg[-1]):.2g}")
left.set_title("ASGD lr=1.5e-3, t0=100, exact gradients", fontsize=9)
left.legend(fontsize=7, loc="upper right", frameon=False)

# LBFGS: a thin line through the closure calls in order, a numbered marker where each step() ended.
for kwargs, color, marker, offset in [({}, "C0", "o", (5, 3)),
                                      ({"line_search_fn": "strong_wolfe"}, "C2", "s", (-12, -12))]:
    p = torch.nn.Parameter(torch.tensor([-1.5, 2.0], dtype=torch.float64))
    opt = torch.optim.LBFGS([p], **kwargs)
    calls, ends, per_step = [], [p.detach().clone()], []

    def closure():
        opt.zero_grad()
        loss = f(*p)
        loss.backward()
        calls.append(p.detach().clone())
        return loss

    while f(*ends[-1]) > 1e-8:
        n = len(calls)
        opt.step(closure)
        ends.append(p.detach().clone())
        per_step.append(len(calls) - n)
    calls, ends = torch.stack(calls).numpy(), torch.stack(ends).numpy()
    name = kwargs.get("line_search_fn", "fixed step")
    right.plot(calls[:, 0], calls[:, 1], "-", color=color, linewidth=0.6)  # one kink per call
    right.plot(ends[:, 0], ends[:, 1], linestyle="none", color=color, marker=marker, markersize=7,
               fillstyle="none", markeredgewidth=1.4,
               label=f"LBFGS {name}: {len(per_step)} steps,\nclosure calls per step: {per_step}")
    for i, (x, y) in enumerate(ends[1:-1]):
        right.annotate(str(i + 1), (x, y), xytext=offset, textcoords="offset points", fontsize=7,
                       color=color)
right.set_title("LBFGS: thin line = closure calls, markers = step() ends", fontsize=9)
right.legend(fontsize=7, loc="upper right", frameon=False)
fig.savefig(sys.stdout, format="svg", metadata={"Date": None}, bbox_inches="tight")
