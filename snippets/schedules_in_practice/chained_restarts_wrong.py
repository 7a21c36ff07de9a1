import torch
from torch.optim.lr_scheduler import (ChainedScheduler, StepLR,
                                      CosineAnnealingWarmRestarts)

# Wanted: cosine restarts every 3 steps, each cycle at half the height.
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
sched = ChainedScheduler([CosineAnnealingWarmRestarts(opt, T_0=3),
                          StepLR(opt, step_size=3, gamma=0.5)])
used = []
for _ in range(9):
    used.append(opt.param_groups[0]["lr"])
    opt.step()
    sched.step()
for start in (0, 3, 6):
    cycle = [f"{u:.3f}" for u in used[start:start + 3]]
    print(f"cycle from t={start}:", cycle)
