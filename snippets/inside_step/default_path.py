import inspect
import sys

import torch
from torch.optim.optimizer import (_default_to_fused_or_foreach,
                                   _get_foreach_kernels_supported_devices)

# With foreach=None and fused=None, an optimizer asks this selector. It
# passes use_fused=False, so the selector never turns fused on by itself.
on = _get_foreach_kernels_supported_devices()
print("foreach is the default on:", on)
cpu = [torch.zeros(2, requires_grad=True)]
fused, foreach = _default_to_fused_or_foreach(cpu, differentiable=False)
print(f"for CPU params: fused={fused}, foreach={foreach}\n")

print(f"{'has foreach=':>23}{'fused=':>8}{'asks the':>11}   default path")
print(f"{'selector':>42}   CPU       CUDA")
for name in torch.optim.__all__:
    cls = getattr(torch.optim, name)
    if not isinstance(cls, type) or cls is torch.optim.Optimizer:
        continue  # lr_scheduler, swa_utils, functions, the base class
    args = inspect.signature(cls).parameters
    # Does the module that defines step() use the selector at all?
    asks = hasattr(sys.modules[cls.step.__module__],
                   "_default_to_fused_or_foreach")
    cpu_path = "foreach" if asks and foreach else "for-loop"
    cuda_path = "foreach" if asks and "cuda" in on else "for-loop"
    mark = {True: "yes", False: "-"}
    print(f"{name:11}{mark['foreach' in args]:>12}{mark['fused' in args]:>8}"
          f"{mark[asks]:>11}   {cpu_path:9} {cuda_path}")
