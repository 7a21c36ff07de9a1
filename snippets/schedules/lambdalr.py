import torch
from torch.optim.lr_scheduler import LambdaLR

w = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([w], lr=0.1)


def warmup(t):  # t = how many times scheduler.step() has run
    return min(1.0, (t + 1) / 4)


sched = LambdaLR(opt, lr_lambda=warmup)
print("base_lrs (the group's initial_lr):", sched.base_lrs)
for t in range(6):
    if t == 4:
        opt.param_groups[0]["lr"] = 0.5  # a hand-set lr ...
    print(f"t={t}: optimizer.step() uses lr {opt.param_groups[0]['lr']:.3g}")
    opt.step()
    sched.step()  # ... is overwritten: lr = initial_lr * warmup(t)
