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
ckpt = {"opt": opt.state_dict(), "last_epoch": sched.last_epoch}
print("uninterrupted: ", lrs_used(opt, sched, 6))
try:
    StepLR(new_optimizer(), 3, gamma=0.1, last_epoch=ckpt["last_epoch"])
except KeyError as err:
    print("KeyError:", err.args[0].splitlines()[0])
for last_epoch in (ckpt["last_epoch"], ckpt["last_epoch"] - 1):
    opt = new_optimizer()
    opt.load_state_dict(ckpt["opt"])  # brings initial_lr: no KeyError
    sched = StepLR(opt, step_size=3, gamma=0.1, last_epoch=last_epoch)
    print(f"last_epoch={last_epoch}:  ", lrs_used(opt, sched, 6))
