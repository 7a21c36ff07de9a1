# Test accuracy per epoch on the digits: the trained weights against their SWA and EMA averages.
# The same runs as swa_digits.py and ema_digits.py, in float64 like them.
import io
import re
import sys

import matplotlib
import copy

import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.optim.swa_utils import SWALR, AveragedModel, get_ema_multi_avg_fn, update_bn

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams["svg.hashsalt"] = "inside-torch-optim"
plt.rcParams["svg.fonttype"] = "none"  # text as <text>, not glyph paths: a much smaller file
plt.rcParams["path.simplify_threshold"] = 1.0  # drop points that do not change the drawn line
plt.rcParams["font.sans-serif"] = ["DejaVu Sans"]  # one font name per <text>, not eleven


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


X, y = load_digits(return_X_y=True)
X, y = torch.tensor(X / 16.0), torch.tensor(y)
perm = torch.randperm(len(X), generator=torch.Generator().manual_seed(0))
train, test = perm[:1200], perm[1200:]


def correct(m):
    m.eval()
    with torch.no_grad():
        n = (m(X[test]).argmax(1) == y[test]).sum().item()
    m.train()
    return n


def new_model():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(64, 64), nn.BatchNorm1d(64), nn.ReLU(),
                         nn.Linear(64, 10)).double()


def swa_run():
    model = new_model()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=30)
    swa_model, swa_sched = AveragedModel(model), SWALR(opt, swa_lr=0.2)
    curves = {"trained weights": [], "SWA, BN statistics of the trained weights": [],
              "SWA after update_bn": []}
    for epoch in range(30):
        for idx in train[torch.randperm(len(train))].split(32):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if epoch >= 15:
            swa_model.update_parameters(model)
            swa_sched.step()
        else:
            sched.step()
        curves["trained weights"].append(correct(model))
        if epoch >= 15:
            fixed = copy.deepcopy(swa_model)
            update_bn([X[train]], fixed)
            curves["SWA, BN statistics of the trained weights"].append(correct(swa_model))
            curves["SWA after update_bn"].append(correct(fixed))
    return curves


def ema_run():
    model = new_model()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    ema = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.99), use_buffers=True)
    ema_params = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.99))
    curves = {"trained weights": [], "EMA, use_buffers=False": [], "EMA, use_buffers=True": []}
    for epoch in range(30):
        for idx in train[torch.randperm(len(train))].split(16):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            ema.update_parameters(model)
            ema_params.update_parameters(model)
        curves["trained weights"].append(correct(model))
        curves["EMA, use_buffers=False"].append(correct(ema_params))
        curves["EMA, use_buffers=True"].append(correct(ema))
    return curves


styles = [dict(color="#999", linestyle="-"), dict(color="#1f5fa8", linestyle="--"),
          dict(color="#222", linestyle="-")]
fig, axes = plt.subplots(1, 2, figsize=(7.6, 3.0), sharey=True)
for ax, (title, curves) in zip(axes, [("SWA: SGD, then SWALR(swa_lr=0.2) from epoch 15", swa_run()),
                                      ("EMA: SGD(lr=0.1, momentum=0.9), decay 0.99", ema_run())]):
    for (label, values), style in zip(curves.items(), styles):
        epochs = range(31 - len(values), 31)
        ax.plot(epochs, [100 * v / len(test) for v in values], linewidth=1.3, label=label,
                marker="o", markersize=2.5, **style)
    ax.set_title(title, fontsize=8.5)
    ax.set_xlabel("epoch")
    ax.legend(fontsize=7, frameon=False, loc="lower right")
axes[0].set_ylabel("test accuracy (%)")
axes[0].set_ylim(80, 100)
fig.tight_layout()
buf = io.StringIO()
fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
sys.stdout.write(small(buf.getvalue()))
