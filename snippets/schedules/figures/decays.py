# The lr each optimizer.step() used, for the schedulers that only decay.
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
STEPS = 60


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
    ("LambdaLR, λ(t) = 1/(1 + t/10)", lambda o: S.LambdaLR(o, lambda t: 1 / (1 + t / 10))),
    ("MultiplicativeLR, λ(t) = 0.93 for t ≤ 25",
     lambda o: S.MultiplicativeLR(o, lambda t: 0.93 if t <= 25 else 1.0)),
    ("StepLR(step_size=20, gamma=0.5)", lambda o: S.StepLR(o, 20, gamma=0.5)),
    ("MultiStepLR([25, 40], gamma=0.2)", lambda o: S.MultiStepLR(o, [25, 40], 0.2)),
    ("ExponentialLR(gamma=0.95)", lambda o: S.ExponentialLR(o, gamma=0.95)),
    ("PolynomialLR(total_iters=40, power=2)", lambda o: S.PolynomialLR(o, 40, power=2)),
]
fig, axes = plt.subplots(3, 2, figsize=(7.6, 5.6), sharex=True, sharey=True)
for ax, (title, make) in zip(axes.flat, panels):
    ax.plot(*steps(lrs(make)), color="#222", linewidth=1.4)
    ax.set_title(title, fontsize=9.5)
for ax in axes[-1]:
    ax.set_xlabel("step t")
for ax in axes[:, 0]:
    ax.set_ylabel("lr")
fig.tight_layout()
buf = io.StringIO()
fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
sys.stdout.write(small(buf.getvalue()))
