import math

import torch
from torch.optim.lr_scheduler import ExponentialLR, PolynomialLR


def lrs_used(make, steps):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    sched, used = make(opt), []
    for _ in range(steps):
        used.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    return used


exp = lrs_used(lambda o: ExponentialLR(o, gamma=0.9), 50)
print("ExponentialLR(0.9), first 5:", [f"{u:.4g}" for u in exp[:5]])
closed = [0.1 * 0.9**t for t in range(50)]
print("equals 0.1 * 0.9**t within 1e-12 relative:",
      all(math.isclose(a, b, rel_tol=1e-12) for a, b in zip(exp, closed)))
poly = lrs_used(lambda o: PolynomialLR(o, total_iters=4, power=2), 7)
print("PolynomialLR(total_iters=4, power=2):", [f"{u:.4g}" for u in poly])
