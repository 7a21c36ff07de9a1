# The lr each optimizer.step() used: the two warm-up factors.
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
STEPS = 30


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


def steps(values):
    """Corners of a step plot (each lr holds for one whole step), only where the lr changes."""
    xs, ys = [0], [values[0]]
    for t, v in enumerate(values[1:], 1):
        if v != ys[-1]:
            xs += [t, t]
            ys += [ys[-1], v]
    return xs + [len(values) - 1], ys + [ys[-1]]


def lrs(make):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    sched, out = make(opt), []
    for _ in range(STEPS):
        out.append(opt.param_groups[0]["lr"])  # the lr this step trains with
        opt.step()
        sched.step()
    return out


panels = [
    ("ConstantLR(factor=0.25, total_iters=10)", lambda o: S.ConstantLR(o, 0.25, 10)),
    ("LinearLR(start_factor=0.1, total_iters=15)", lambda o: S.LinearLR(o, 0.1, total_iters=15)),
]
fig, axes = plt.subplots(1, 2, figsize=(7.6, 2.3), sharey=True)
for ax, (title, make) in zip(axes, panels):
    ax.plot(*steps(lrs(make)), color="#222", linewidth=1.4)
    ax.set_title(title, fontsize=8.5)
for ax in axes:
    ax.set_xlabel("step t")
axes[0].set_ylabel("lr")
fig.tight_layout()
buf = io.StringIO()
fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
sys.stdout.write(small(buf.getvalue()))
