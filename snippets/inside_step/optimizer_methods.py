import inspect

import torch
from torch.optim import optimizer

# The public functions of the base class, read from torch itself.
for name, fn in inspect.getmembers(torch.optim.Optimizer, inspect.isfunction):
    if not name.startswith("_"):
        print(f"{name}({', '.join(inspect.signature(fn).parameters)})")
print("and for all optimizers at once:", [
    name for name in optimizer.__all__ if name.startswith("register_")])
