import torch
from torch.optim.lr_scheduler import CosineAnnealingWarmRestarts

opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
sched = CosineAnnealingWarmRestarts(opt, T_0=2, T_mult=2, eta_min=0.001)
for t in range(10):
    lr = opt.param_groups[0]["lr"]
    print(f"t={t}: T_cur={sched.T_cur} of T_i={sched.T_i}, lr {lr:.4g}")
    opt.step()
    sched.step()
