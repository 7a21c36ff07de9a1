# ASGD (noisy gradients) and LBFGS on f(x, y) = 0.1*x**2 + 2*y**2 from (-7, 2).
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


fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.4), sharey=True)
xs, ys = np.meshgrid(np.linspace(-8, 3, 120), np.linspace(-2.2, 2.2, 80))
for ax in (left, right):
    ax.contour(xs, ys, f(xs, ys), levels=[0.1, 0.5, 1, 2, 4, 7, 10], colors="0.75", linewidths=0.6)
    ax.plot([0], [0], "k*", markersize=9)
    ax.set(xlabel="x", xlim=(-8, 3), ylim=(-2.2, 2.2))
left.set_ylabel("y")

# ASGD: each gradient gets noise of standard deviation 1; ax averages from step t0 + 2 = 52 on.
torch.manual_seed(0)
p = torch.nn.Parameter(torch.tensor([-7.0, 2.0], dtype=torch.float64))
opt = torch.optim.ASGD([p], lr=0.1, t0=50)
path, avg = [p.detach().clone()], []
for t in range(1, 401):
    opt.zero_grad()
    f(*p).backward()
    p.grad += torch.randn(2)
    opt.step()
    path.append(p.detach().clone())
    if t >= 52:
        avg.append(opt.state[p]["ax"].clone())
path, avg = torch.stack(path).numpy(), torch.stack(avg).numpy()
left.plot(path[:, 0], path[:, 1], "-", color="0.5", linewidth=0.5,
          label=f"iterate (the parameter itself)\nf after 400 steps: {f(*path[-1]):.2g}")
left.plot(avg[:, 0], avg[:, 1], "-", color="C3", linewidth=1.8,
          label=f"average ax of steps 52 to 400\nf after 400 steps: {f(*avg[-1]):.2g}")
left.set_title("ASGD lr=0.1, t0=50, noisy gradients", fontsize=9)
left.legend(fontsize=7, loc="lower right", frameon=False)

# LBFGS: one step() from (-7, 2); each dot is one closure call, numbered in order.
paths = {}
for kwargs in [{}, {"line_search_fn": "strong_wolfe"}]:
    p = torch.nn.Parameter(torch.tensor([-7.0, 2.0], dtype=torch.float64))
    opt = torch.optim.LBFGS([p], **kwargs)
    calls = []

    def closure():
        opt.zero_grad()
        loss = f(*p)
        loss.backward()
        calls.append(p.detach().clone())
        return loss

    opt.step(closure)
    paths[kwargs.get("line_search_fn")] = (torch.stack(calls), p.detach().clone())
(calls, end), (wolfe_calls, wolfe_end) = paths.values()
same = torch.equal(calls, wolfe_calls) and torch.equal(end, wolfe_end)
pts = torch.cat([calls, end[None]]).numpy()
right.plot(pts[:, 0], pts[:, 1], "-", color="C0", linewidth=1.2, marker="o", markersize=4,
           label=f"LBFGS(), one step(): {len(calls)} closure calls\nf after the step: {f(*end):.1g}"
                 + ("\nstrong_wolfe: the same points" if same else ""))
for i, (x, y) in enumerate(pts[:5]):
    right.annotate(str(i + 1), (x, y), xytext=(4, 4), textcoords="offset points", fontsize=7)
right.set_title("LBFGS: all that happens in one step()", fontsize=9)
right.legend(fontsize=7, loc="lower right", frameon=False)
fig.savefig(sys.stdout, format="svg", metadata={"Date": None}, bbox_inches="tight")
