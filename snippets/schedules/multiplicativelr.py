import torch
from torch.optim.lr_scheduler import LambdaLR, MultiplicativeLR


def half(t):
    return 0.5


def lrs_used(make):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.8)
    sched, used = make(opt), []
    for t in range(6):
        if t == 3:
            opt.param_groups[0]["lr"] = 0.8  # set by hand at t=3
        used.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    return used


print("LambdaLR:        ", lrs_used(lambda o: LambdaLR(o, half)))
print("MultiplicativeLR:", lrs_used(lambda o: MultiplicativeLR(o, half)))
