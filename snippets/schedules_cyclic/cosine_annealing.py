import math

import torch
from torch.optim.lr_scheduler import CosineAnnealingLR


def run(hand_set=None):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    sched, used = CosineAnnealingLR(opt, T_max=4, eta_min=0.01), []
    for t in range(10):
        if t == hand_set:
            opt.param_groups[0]["lr"] = 0.2
        used.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    return used


used = run()
print("T_max=4, 10 steps:", [f"{u:.4g}" for u in used])
closed = [0.01 + 0.09 * (1 + math.cos(math.pi * t / 4)) / 2
          for t in range(10)]
print("equals the closed form within 1e-12 relative:",
      all(math.isclose(a, b, rel_tol=1e-12) for a, b in zip(used, closed)))
print("lr set to 0.2 at t=1: ", [f"{u:.4g}" for u in run(hand_set=1)])
