import torch
from torch.optim.lr_scheduler import StepLR


def lrs_used(opt, sched, steps):
    used = []
    for _ in range(steps):
        used.append(f"{opt.param_groups[0]['lr']:g}")
        opt.step()
        sched.step()
    return used


def new_optimizer():
    return torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)


opt = new_optimizer()
sched = StepLR(opt, step_size=3, gamma=0.1)
print("first run:     ", lrs_used(opt, sched, 3), "then save")
ckpt = {"opt": opt.state_dict(), "sched": sched.state_dict()}
print("uninterrupted: ", lrs_used(opt, sched, 6))
opt = new_optimizer()
sched = StepLR(opt, step_size=3, gamma=0.1)  # default last_epoch=-1
opt.load_state_dict(ckpt["opt"])
sched.load_state_dict(ckpt["sched"])  # restores last_epoch and the rest
print("resumed:       ", lrs_used(opt, sched, 6))
