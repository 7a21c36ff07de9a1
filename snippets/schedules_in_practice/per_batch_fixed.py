import torch
from torch.optim.lr_scheduler import CyclicLR, OneCycleLR
from torch.utils.data import DataLoader, TensorDataset

data = TensorDataset(torch.zeros(22, 1))
loader = DataLoader(data, batch_size=4)  # 6 batches: the last has 2
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
sched = OneCycleLR(opt, max_lr=0.1, epochs=3, steps_per_epoch=len(loader))
used = []
for epoch in range(3):
    for batch in loader:
        used.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
print(f"OneCycleLR: {len(used)} steps, lr {used[0]:.4f} -> {max(used):.4f}"
      f" -> {used[-1]:.2e}")

opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
sched = CyclicLR(opt, base_lr=0.001, max_lr=0.1, step_size_up=len(loader))
used = []
for epoch in range(4):
    for batch in loader:
        used.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()  # per batch: step_size_up counts batches
print("CyclicLR, the lr at each epoch start:",
      [f"{u:.3f}" for u in used[::len(loader)]])
