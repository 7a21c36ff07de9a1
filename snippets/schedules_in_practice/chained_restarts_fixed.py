import math

import torch
from torch.optim.lr_scheduler import LambdaLR


def halving_restarts(t, period=3):  # one formula: restart factor * cycle
    cycle, pos = divmod(t, period)
    return 0.5**cycle * (1 + math.cos(math.pi * pos / period)) / 2


opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
sched = LambdaLR(opt, lr_lambda=halving_restarts)
used = []
for _ in range(9):
    used.append(opt.param_groups[0]["lr"])
    opt.step()
    sched.step()
for start in (0, 3, 6):
    cycle = [f"{u:.3f}" for u in used[start:start + 3]]
    print(f"cycle from t={start}:", cycle)
