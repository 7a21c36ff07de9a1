# ReduceLROnPlateau on a noisy problem: the loss it watches, and the lr it sets.
# float64 and a seeded generator, so that no CPU's rounding moves a drawn point.
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
EPOCHS = 60


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


# Minimise |w|^2 from noisy gradients: the loss stalls at a floor that a smaller lr lowers.
gen = torch.Generator().manual_seed(0)
w = torch.nn.Parameter(torch.full((20,), 3.0, dtype=torch.float64))
opt = torch.optim.SGD([w], lr=0.2)
sched = S.ReduceLROnPlateau(opt, factor=0.5, patience=3, threshold=0.01, cooldown=2)
losses, lrs = [], []
for epoch in range(EPOCHS):
    lrs.append(opt.param_groups[0]["lr"])  # the lr of this epoch's steps
    total = 0.0
    for _ in range(20):
        loss = (w**2).sum()
        opt.zero_grad()
        loss.backward()
        w.grad += 4.0 * torch.randn(20, dtype=torch.float64, generator=gen)
        opt.step()
        total += loss.item()
    losses.append(total / 20)
    sched.step(losses[-1])  # the metric it watches: the epoch's mean loss

fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(7.6, 3.6), sharex=True)
ax1.plot(range(EPOCHS), losses, color="#222", linewidth=1.3)
ax1.set(yscale="log", ylabel="mean loss")
ax1.set_title("ReduceLROnPlateau(factor=0.5, patience=3, threshold=0.01, cooldown=2)",
              fontsize=8.5)
ax2.plot(*steps(lrs), color="#1f5fa8", linewidth=1.4)
ax2.set(yscale="log", ylabel="lr", xlabel="epoch")
fig.tight_layout()
buf = io.StringIO()
fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
sys.stdout.write(small(buf.getvalue()))
