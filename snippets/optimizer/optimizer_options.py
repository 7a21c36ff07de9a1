import inspect

import torch

options = ("maximize", "foreach", "differentiable", "fused")
print(f"{'':11}" + "".join(f"{o:>15}" for o in options))
for name in sorted(torch.optim.__all__, key=str.lower):
    cls = getattr(torch.optim, name)
    is_class = isinstance(cls, type)
    if not is_class or not issubclass(cls, torch.optim.Optimizer):
        continue  # lr_scheduler, swa_utils, ...
    if cls is torch.optim.Optimizer:
        continue  # the base class
    accepted = inspect.signature(cls).parameters
    marks = ("yes" if o in accepted else "-" for o in options)
    print(f"{name:11}" + "".join(f"{m:>15}" for m in marks))
