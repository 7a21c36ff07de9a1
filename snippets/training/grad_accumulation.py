import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(10, 8), torch.randn(10, 1)  # micro-batches of 4: sizes 4, 4, 2
model = nn.Sequential(nn.Linear(8, 16), nn.Tanh(), nn.Linear(16, 1))
loss_fn = nn.MSELoss()  # mean over the samples it is given


def flat_grad():
    return torch.cat([p.grad.flatten() for p in model.parameters()])


def accumulate(scale):
    model.zero_grad()
    for xb, yb in zip(X.split(4), y.split(4)):
        (loss_fn(model(xb), yb) * scale(len(xb))).backward()  # .grad adds up
    return flat_grad()


model.zero_grad()
loss_fn(model(X), y).backward()  # the reference: one batch of 10
full = flat_grad()

naive = accumulate(lambda n: 1 / 3)  # "divide by the number of micro-batches"
right = accumulate(lambda n: n / len(X))  # weight by each micro-batch's share
print(f"divide by 3 micro-batches: max |grad diff| = {(naive - full).abs().max():.1e}")
print("weight by size / 10:       max |grad diff| < 1e-6:",
      bool((right - full).abs().max() < 1e-6))
ok = torch.allclose(right, full, rtol=1e-5, atol=1e-7)
print("weighted == full within rtol=1e-5, atol=1e-7:", ok)
