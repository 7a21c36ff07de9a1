# The lr each optimizer.step() used when schedulers are combined.
import io
import math
import re
import sys

import matplotlib
import torch
from torch.optim import lr_scheduler as S

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams["svg.hashsalt"] = "inside-torch-optim"
plt.rcParams["svg.fonttype"] = "none"  # text as <text>, not glyph paths: a much smaller file
plt.rcParams["path.simplify_threshold"] = 1.0  # drop points that do not change the drawn line
plt.rcParams["font.sans-serif"] = ["DejaVu Sans"]  # one font name per <text>, not eleven
STEPS = 100


def small(svg):
    """The same drawing in fewer bytes: 0.1 pt coordinates, no ids that nothing refers to,
    no empty groups, the font named once in CSS instead of on every <text>."""
    def attr(m):
        v = re.sub(r"(\.\d)\d+", r"\1", m.group(2))
        if m.group(1) == "d":
            v = re.sub(r"\s+", " ", v).strip()
            if not re.search(r"[A-KN-Za-km-y]", v):  # only M, L and z: L is implied
                v = re.sub(r"(?<=\d) L ", " ", v)
        return f'{m.group(1)}="{v}"'
    svg = re.sub(r'([\w:-]+)="([^"]*)"', attr, svg)
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    svg = re.sub(r' transform="rotate\(-0 [^"]*\)"', "", svg)
    refs = set(re.findall(r'(?:url\(#|href="#)([\w-]+)', svg))
    svg = re.sub(r' id="([^"]+)"', lambda m: m.group() if m.group(1) in refs else "", svg)
    svg = re.sub(r'(<use [^>]*?) style="[^"]*"', r"\1", svg)  # its <path> in <defs> has it
    font = "font-family: 'DejaVu Sans', sans-serif"
    svg = svg.replace(f"{font}; ", "").replace(f"; {font}", "").replace(
        "stroke-linecap: butt}", "stroke-linecap: butt} text{" + font + "}")
    svg = re.sub(r"\n\s+", "\n", svg)
    while True:  # unwrap groups that carry nothing
        unwrapped = re.sub(r"<g>\n((?:<(?!/?g\b)[^\n]*\n)*?)</g>\n", r"\1", svg)
        if unwrapped == svg:
            return svg
        svg = unwrapped


def lrs(make):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    sched, out = make(opt), []
    for _ in range(STEPS):
        out.append(opt.param_groups[0]["lr"])  # the lr this step trains with
        opt.step()
        sched.step()
    return out


def warm(o):
    return S.LinearLR(o, start_factor=0.05, total_iters=20)


def cos(o, t_max):
    return S.CosineAnnealingLR(o, T_max=t_max)


def restarts(t, period=25):  # LambdaLR factor: halve the height at each restart
    return 0.5 ** (t // period) * (1 + math.cos(math.pi * (t % period) / period)) / 2


panels = [
    ("warm-up (20 steps), then cosine", [
        ("SequentialLR([warm-up, cosine(T_max=80)], [20])",
         lambda o: S.SequentialLR(o, [warm(o), cos(o, 80)], milestones=[20]), "-"),
        ("ChainedScheduler([warm-up, cosine(T_max=100)])",
         lambda o: S.ChainedScheduler([warm(o), cos(o, 100)]), "--"),
    ]),
    ("restarts every 25 steps, each at half the height", [
        ("ChainedScheduler([CosineAnnealingWarmRestarts, StepLR])",
         lambda o: S.ChainedScheduler([S.CosineAnnealingWarmRestarts(o, 25),
                                       S.StepLR(o, 25, gamma=0.5)]), "-"),
        ("LambdaLR with the product in one formula",
         lambda o: S.LambdaLR(o, restarts), "--"),
    ]),
]
colors = ["#222", "#1f5fa8"]
fig, axes = plt.subplots(1, 2, figsize=(7.6, 2.9), sharey=True)
for ax, (title, runs) in zip(axes, panels):
    for (label, make, style), color in zip(runs, colors):
        ax.plot(range(STEPS), lrs(make), style, color=color, linewidth=1.3, label=label)
    ax.set_title(title, fontsize=8.5)
    ax.set_xlabel("step t")
    ax.set_ylim(0, 0.135)
    ax.legend(fontsize=6.5, frameon=False, loc="upper right")
axes[0].set_ylabel("lr")
fig.tight_layout()
buf = io.StringIO()
fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
sys.stdout.write(small(buf.getvalue()))
