import torch
from torch.optim.lr_scheduler import CyclicLR

w = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([w], lr=0.5, momentum=0.5)
group = opt.param_groups[0]
sched = CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=2,
                 mode="triangular2")  # halve the height every cycle
print("optimizer built with lr 0.5, momentum 0.5")
print(f"after CyclicLR(): lr {group['lr']}, momentum {group['momentum']}")
for t in range(9):
    print(f"t={t}: lr {group['lr']:.4f}, momentum {group['momentum']:.4f}")
    opt.step()
    sched.step()
