import torch
from torch.optim.lr_scheduler import LambdaLR


def make(scale):  # as a training script builds it
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
    return opt, LambdaLR(opt, lambda t: scale["value"] * 0.9**t)


scale = {"value": 1.0}
opt, sched = make(scale)
for epoch in range(4):
    opt.step()
    sched.step()
    if epoch == 1:
        scale["value"] = 0.1  # e.g. cut by hand after a loss spike
ckpt = {"opt": opt.state_dict(), "sched": sched.state_dict()}
print("saved lr_lambdas:", ckpt["sched"]["lr_lambdas"])
print(f"lr before saving: {opt.param_groups[0]['lr']:.4f}")

opt, sched = make({"value": 1.0})  # a new process
opt.load_state_dict(ckpt["opt"])
sched.load_state_dict(ckpt["sched"])
opt.step()
sched.step()
print(f"lr after resuming: {opt.param_groups[0]['lr']:.4f}"
      f" (uninterrupted: {0.1 * 0.9**5:.4f})")
