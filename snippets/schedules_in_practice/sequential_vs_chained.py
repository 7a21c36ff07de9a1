import math

import torch
from torch.optim.lr_scheduler import (ChainedScheduler, CosineAnnealingLR,
                                      LinearLR, SequentialLR)


def lrs_used(make, steps=10):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
    sched, used = make(opt), []
    for _ in range(steps):
        used.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    return used


def warm(o):
    return LinearLR(o, start_factor=0.25, total_iters=3)


def cos(o):
    return CosineAnnealingLR(o, T_max=7)


seq = lrs_used(lambda o: SequentialLR(o, [warm(o), cos(o)], milestones=[3]))
chain = lrs_used(lambda o: ChainedScheduler([warm(o), cos(o)]))
print("SequentialLR:    ", [f"{u:.3f}" for u in seq])
print("ChainedScheduler:", [f"{u:.3f}" for u in chain])
product = [a * b for a, b in zip(lrs_used(warm), lrs_used(cos))]
print("chained == warm-up alone * cosine alone:",
      all(math.isclose(c, p, abs_tol=1e-12) for c, p in zip(chain, product)))
