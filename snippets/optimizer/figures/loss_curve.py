# Plots the verified output of train_digits.py, so the figure can never disagree with the page.
import re
import sys
from pathlib import Path

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams["svg.hashsalt"] = "inside-torch-optim"
plt.rcParams["svg.fonttype"] = "none"  # text as <text>, not glyph paths: a much smaller file

out = (Path(__file__).resolve().parents[1] / "train_digits.out").read_text()
rows = re.findall(r"epoch\s+(\d+)\s+train loss ([\d.]+)\s+test accuracy ([\d.]+)", out)
epochs, loss, acc = zip(*[(int(e), float(lo), float(a)) for e, lo, a in rows])

fig, ax = plt.subplots(figsize=(6.4, 3.4))
ax.plot(epochs, loss, "o-", color="#d62728", label="train loss")
ax.set_xlabel("epoch")
ax.set_ylabel("cross-entropy loss")
ax2 = ax.twinx()
ax2.plot(epochs, acc, "s--", color="#1f77b4", label="test accuracy")
ax2.set_ylabel("test accuracy")
ax2.set_ylim(0, 1)
fig.legend(loc="center right", bbox_to_anchor=(0.85, 0.5), frameon=False)
fig.savefig(sys.stdout, format="svg", metadata={"Date": None}, bbox_inches="tight")
