# The lr and the momentum each optimizer.step() used: CyclicLR and OneCycleLR.
import io
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
STEPS = 80


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


def trace(make):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1, momentum=0.9)
    sched, lr, mom = make(opt), [], []
    group = opt.param_groups[0]
    for _ in range(STEPS):
        lr.append(group["lr"])  # what this step trains with
        mom.append(group["momentum"])
        opt.step()
        sched.step()
    return lr, mom


columns = [
    ("CyclicLR(base_lr=0.01, max_lr=0.1, step_size_up=10)", [
        ("mode='triangular'", lambda o: S.CyclicLR(o, 0.01, 0.1, 10)),
        ("mode='triangular2'", lambda o: S.CyclicLR(o, 0.01, 0.1, 10, mode="triangular2")),
        ("mode='exp_range', gamma=0.98",
         lambda o: S.CyclicLR(o, 0.01, 0.1, 10, mode="exp_range", gamma=0.98)),
    ]),
    ("OneCycleLR(max_lr=0.1, total_steps=80)", [
        ("default (two phases, cos)", lambda o: S.OneCycleLR(o, 0.1, STEPS)),
        ("three_phase=True, anneal_strategy='linear'",
         lambda o: S.OneCycleLR(o, 0.1, STEPS, three_phase=True, anneal_strategy="linear")),
    ]),
]
styles = [dict(color="#222", linestyle="-"), dict(color="#1f5fa8", linestyle="--"),
          dict(color="#b5482a", linestyle=":")]
fig, axes = plt.subplots(2, 2, figsize=(7.6, 4.4), sharex=True)
for col, (title, runs) in enumerate(columns):
    for (label, make), style in zip(runs, styles):
        lr, mom = trace(make)
        axes[0, col].plot(range(STEPS), lr, linewidth=1.3, label=label, **style)
        axes[1, col].plot(range(STEPS), mom, linewidth=1.3, **style)
    axes[0, col].set_title(title, fontsize=8.5)
    axes[0, col].legend(fontsize=7, frameon=False, loc="upper right")
    axes[0, col].set_ylim(0, 0.135)
    axes[1, col].set_xlabel("step t")
axes[0, 0].set_ylabel("lr")
axes[1, 0].set_ylabel("momentum")
fig.tight_layout()
buf = io.StringIO()
fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
sys.stdout.write(small(buf.getvalue()))
