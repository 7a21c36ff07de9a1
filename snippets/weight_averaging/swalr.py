import math

import torch
from torch.optim.lr_scheduler import CosineAnnealingLR
from torch.optim.swa_utils import SWALR

opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
cosine = CosineAnnealingLR(opt, T_max=10)
swa_sched = SWALR(opt, swa_lr=0.02, anneal_epochs=3)  # built up front
used = []
for t in range(9):
    used.append(opt.param_groups[0]["lr"])
    opt.step()
    (swa_sched if t >= 3 else cosine).step()  # SWALR from t=4 on
print("lrs used:", [f"{u:.4f}" for u in used])
start = used[3]  # the lr that SWALR found in the group
alpha = [(1 - math.cos(math.pi * min(1, k / 3))) / 2 for k in range(6)]
closed = [a * 0.02 + (1 - a) * start for a in alpha]
same = all(math.isclose(u, c, rel_tol=1e-12)
           for u, c in zip(used[3:], closed))
print("t >= 3 equals alpha * swa_lr + (1 - alpha) * lr_start (1e-12):", same)
