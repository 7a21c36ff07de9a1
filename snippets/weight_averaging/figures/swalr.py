# The lr of an SWA run: CosineAnnealingLR, then SWALR from epoch 50 on.
import io
import re
import sys

import matplotlib
import torch
from torch.optim import lr_scheduler as S
from torch.optim.swa_utils import SWALR

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams["svg.hashsalt"] = "inside-torch-optim"
plt.rcParams["svg.fonttype"] = "none"  # text as <text>, not glyph paths: a much smaller file
plt.rcParams["path.simplify_threshold"] = 1.0  # drop points that do not change the drawn line
plt.rcParams["font.sans-serif"] = ["DejaVu Sans"]  # one font name per <text>, not eleven
EPOCHS = 100


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



def lrs(strategy):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    cosine = S.CosineAnnealingLR(opt, T_max=EPOCHS)
    swa = SWALR(opt, swa_lr=0.02, anneal_epochs=20, anneal_strategy=strategy)
    out = []
    for epoch in range(EPOCHS):
        out.append(opt.param_groups[0]["lr"])  # the lr of this epoch's steps
        opt.step()
        (swa if epoch >= 50 else cosine).step()
    return out


fig, ax = plt.subplots(figsize=(7.6, 2.4))
ax.axvspan(50, EPOCHS, color="#999", alpha=0.15, linewidth=0)
ax.text(52, 0.092, "SWA phase: SWALR, average once per epoch", fontsize=8)
for strategy, style in (("cos", "-"), ("linear", "--")):
    ax.plot(*steps(lrs(strategy)), style, color="#222" if strategy == "cos" else "#1f5fa8",
            linewidth=1.3, 
            label=f"SWALR(swa_lr=0.02, anneal_epochs=20, anneal_strategy='{strategy}')")
ax.set(xlabel="epoch", ylabel="lr", ylim=(0, 0.105))
ax.set_title("CosineAnnealingLR(T_max=100) until epoch 50, then SWALR", fontsize=8.5)
ax.legend(fontsize=7, frameon=False, loc="lower left")
fig.tight_layout()
buf = io.StringIO()
fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
sys.stdout.write(small(buf.getvalue()))
