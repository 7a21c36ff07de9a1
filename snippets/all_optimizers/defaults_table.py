import inspect
import textwrap

import torch

# The Optimizer classes torch.optim exports, read from torch itself.
names = [n for n in torch.optim.__all__ if inspect.isclass(
    getattr(torch.optim, n)) and n != "Optimizer"]
SWITCHES = ["foreach", "fused", "capturable", "differentiable", "maximize"]

print(f"| {'Optimizer':10} | {'Hyperparameters = defaults':60} |")
print(f"| {'-' * 10} | {'-' * 60} |")
for name in names:
    params = inspect.signature(getattr(torch.optim, name)).parameters
    text = ", ".join(f"{k}={p.default!r}" for k, p in params.items()
                     if k != "params" and k not in SWITCHES)
    for i, line in enumerate(textwrap.wrap(text, 60)):
        print(f"| {name if i == 0 else '':10} | {line:60} |")

print(f"\n| {'Optimizer':10} | " + " | ".join(SWITCHES) + " |")
print(f"| {'-' * 10} | " + " | ".join("-" * len(s) for s in SWITCHES) + " |")
for name in names:
    params = inspect.signature(getattr(torch.optim, name)).parameters
    cells = [("yes" if s in params else "-").ljust(len(s)) for s in SWITCHES]
    print(f"| {name:10} | " + " | ".join(cells) + " |")
print("Optimizer classes in torch.optim.__all__:", len(names))
