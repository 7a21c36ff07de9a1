import torch
from torch.optim.lr_scheduler import CyclicLR, OneCycleLR
from torch.utils.data import DataLoader, TensorDataset

data = TensorDataset(torch.zeros(22, 1))
loader = DataLoader(data, batch_size=4)  # 6 batches: the last has 2
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
sched = OneCycleLR(opt, max_lr=0.1, epochs=3,
                   steps_per_epoch=len(data) // 4)  # 5: one short
try:
    for epoch in range(3):
        for batch in loader:
            opt.step()
            sched.step()  # per batch, as it should be
except ValueError as err:
    print(f"epoch {epoch}: ValueError: {err}")

opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
sched = CyclicLR(opt, base_lr=0.001, max_lr=0.1)  # step_size_up=2000
for epoch in range(20):
    for batch in loader:
        opt.step()
    sched.step()  # per epoch: 20 of the 2000 steps up
print(f"CyclicLR after 20 epochs: lr {sched.get_last_lr()[0]:.4f}"
      " (it should have cycled between 0.001 and 0.1)")
