import math

import torch
from torch.optim.lr_scheduler import (CosineAnnealingLR, LinearLR,
                                      LRScheduler, SequentialLR)


class WarmupCosine(LRScheduler):
    def __init__(self, optimizer, warmup, total, last_epoch=-1):
        self.warmup, self.total = warmup, total
        super().__init__(optimizer, last_epoch)

    def get_lr(self):  # closed form: only base_lrs and last_epoch
        t = self.last_epoch
        if t < self.warmup:  # linear from 1/warmup of the lr up to all of it
            f = (t + 1) / self.warmup
        else:  # half a cosine down to 0 at t = total
            f = (1 + math.cos(math.pi * (t - self.warmup)
                              / (self.total - self.warmup))) / 2
        return [base * f for base in self.base_lrs]


def lrs_used(make, steps=100):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    sched, used = make(opt), []
    for _ in range(steps):
        used.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    return used


ours = lrs_used(lambda o: WarmupCosine(o, warmup=10, total=100))
torch_ = lrs_used(lambda o: SequentialLR(o, [
    LinearLR(o, start_factor=0.1, total_iters=9),
    CosineAnnealingLR(o, T_max=90)], milestones=[10]))
print("first steps:", [f"{u:.3f}" for u in ours[:12]])
print("equal to SequentialLR(LinearLR, CosineAnnealingLR) within 1e-12:",
      all(math.isclose(a, b, rel_tol=1e-12) for a, b in zip(ours, torch_)))
print("bit-equal:", ours == torch_)
