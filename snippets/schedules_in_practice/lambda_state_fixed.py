import torch
from torch.optim.lr_scheduler import LambdaLR


class Decay:  # a callable object: its __dict__ goes into the state_dict
    def __init__(self):
        self.scale = 1.0

    def __call__(self, t):
        return self.scale * 0.9**t


def make(fn):  # as a training script builds it
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
    return opt, LambdaLR(opt, fn)


decay = Decay()
opt, sched = make(decay)
for epoch in range(4):
    opt.step()
    sched.step()
    if epoch == 1:
        decay.scale = 0.1  # e.g. cut by hand after a loss spike
ckpt = {"opt": opt.state_dict(), "sched": sched.state_dict()}
print("saved lr_lambdas:", ckpt["sched"]["lr_lambdas"])
print(f"lr before saving: {opt.param_groups[0]['lr']:.4f}")

opt, sched = make(Decay())  # a new process
opt.load_state_dict(ckpt["opt"])
sched.load_state_dict(ckpt["sched"])
opt.step()
sched.step()
print(f"lr after resuming: {opt.param_groups[0]['lr']:.4f}"
      f" (uninterrupted: {0.1 * 0.9**5:.4f})")
