import io

import torch
from torch.optim.lr_scheduler import LinearLR


def train(opt, sched, steps):  # returns the lrs that optimizer.step() used
    used = []
    for _ in range(steps):
        used.append(round(opt.param_groups[0]["lr"], 5))
        opt.step()  # no gradients: enough to follow the lr
        sched.step()
    return used


w = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([w], lr=0.1)
sched = LinearLR(opt, start_factor=0.5, total_iters=4)  # warm-up to 0.1
print("first run, lrs used:  ", train(opt, sched, 2))
buf = io.BytesIO()  # the checkpoint, in memory
torch.save({"opt": opt.state_dict(), "sched": sched.state_dict()}, buf)
print("uninterrupted, next 4:", train(opt, sched, 4))

for scheduler_first in (False, True):
    buf.seek(0)
    ckpt = torch.load(buf, weights_only=True)
    opt = torch.optim.SGD([w], lr=0.1)  # as a new process builds it
    if scheduler_first:  # right: the load replaces what LinearLR wrote
        sched = LinearLR(opt, start_factor=0.5, total_iters=4)
    opt.load_state_dict(ckpt["opt"])
    if not scheduler_first:  # wrong: LinearLR halves the loaded lr
        sched = LinearLR(opt, start_factor=0.5, total_iters=4)
    sched.load_state_dict(ckpt["sched"])
    said = sched.get_last_lr()  # restored from the checkpoint
    name = ("scheduler, then load:" if scheduler_first
            else "load, then scheduler:")
    print(name, train(opt, sched, 4), "get_last_lr()", said)
