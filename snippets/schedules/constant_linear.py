import torch
from torch.optim.lr_scheduler import ConstantLR, LinearLR


def lrs_used(make, steps=7):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    sched, used = make(opt), []
    for _ in range(steps):
        used.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    return used


const = lrs_used(lambda o: ConstantLR(o, factor=0.5, total_iters=3))
print("ConstantLR(factor=0.5, total_iters=3):", [f"{u:.4g}" for u in const])
linear = lrs_used(lambda o: LinearLR(o, start_factor=0.25, total_iters=4))
print("LinearLR(start_factor=0.25, total_iters=4):",
      [f"{u:.4g}" for u in linear])
print("LinearLR's last lr, exactly:", repr(linear[-1]))
print("its closed form 0.1 * (0.25 + 0.75 * 4 / 4):",
      repr(0.1 * (0.25 + 0.75 * 4 / 4)))
