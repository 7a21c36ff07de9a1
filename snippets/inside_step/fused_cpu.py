import os

import torch
from torch.profiler import profile

os.environ["KINETO_LOG_LEVEL"] = "6"  # kineto: no start/stop lines on stderr

torch.manual_seed(0)
model = torch.nn.Sequential(*[torch.nn.Linear(4, 4) for _ in range(10)])
model(torch.randn(8, 4)).sum().backward()
params = list(model.parameters())

for cls in (torch.optim.SGD, torch.optim.Adam, torch.optim.AdamW,
            torch.optim.Adagrad):
    opt = cls(params, lr=1e-3, fused=True)
    opt.step()
    with profile() as prof:
        opt.step()
    kernels = [e.name for e in prof.events() if "_fused_" in e.name]
    print(f"{cls.__name__:8} fused=True on CPU: {kernels}")

for make in (lambda: torch.optim.RMSprop(params, fused=True),
             lambda: torch.optim.Adam(params, fused=True, foreach=True),
             lambda: torch.optim.SGD(params, fused=True,
                                     differentiable=True)):
    try:
        make()
    except (TypeError, RuntimeError) as err:
        print(f"{type(err).__name__}: {err}")
