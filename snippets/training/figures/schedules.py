import sys

import matplotlib
import torch
from torch.optim import lr_scheduler as S

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams["svg.hashsalt"] = "inside-torch-optim"
plt.rcParams["svg.fonttype"] = "none"  # text as <text>, not glyph paths: a much smaller file
STEPS = 100


def lrs(make):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    sched = make(opt)
    out = []
    for _ in range(STEPS):
        out.append(opt.param_groups[0]["lr"])  # the lr this step trains with
        opt.step()
        sched.step()
    return out


warmup = lambda o: S.SequentialLR(o, [S.LinearLR(o, start_factor=0.01, total_iters=10),
                                      S.CosineAnnealingLR(o, T_max=90)], milestones=[10])
panels = [
    ("StepLR(step_size=30, gamma=0.1)", lambda o: S.StepLR(o, 30, gamma=0.1)),
    ("MultiStepLR(milestones=[40, 70], gamma=0.2)", lambda o: S.MultiStepLR(o, [40, 70], 0.2)),
    ("ExponentialLR(gamma=0.96)", lambda o: S.ExponentialLR(o, gamma=0.96)),
    ("CosineAnnealingLR(T_max=100, eta_min=0.005)", lambda o: S.CosineAnnealingLR(o, 100, 0.005)),
    ("OneCycleLR(max_lr=0.1, total_steps=100)", lambda o: S.OneCycleLR(o, 0.1, 100)),
    ("LinearLR warm-up (10) + cosine, SequentialLR", warmup),
]
fig, axes = plt.subplots(3, 2, figsize=(8, 7.2), sharex=True, sharey=True)
for ax, (title, make) in zip(axes.flat, panels):
    ax.plot(range(STEPS), lrs(make), color="#222", linewidth=1.6)
    ax.set_title(title, fontsize=9)
    ax.grid(alpha=0.3)
for ax in axes[-1]:
    ax.set_xlabel("step (calls to optimizer.step)")
for ax in axes[:, 0]:
    ax.set_ylabel("lr")
fig.tight_layout()
fig.savefig(sys.stdout, format="svg", metadata={"Date": None}, bbox_inches="tight")
