import copy

import torch

torch.manual_seed(0)
X, y = torch.randn(22, 3), torch.randn(22, 1)
model = torch.nn.Linear(3, 1)
big = copy.deepcopy(model)  # the same start, trained on whole batches below
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
loss_fn = torch.nn.MSELoss()
micro, accum = 4, 3  # 3 micro-batches of 4 per step: 22 samples = 12 + 10

batches = list(zip(X.split(micro), y.split(micro)))  # sizes 4 4 4 4 4 2
optimizer.zero_grad()
for i, (xb, yb) in enumerate(batches):
    start = i - i % accum
    group = batches[start:start + accum]  # the micro-batches of this step
    n = sum(len(b[0]) for b in group)
    (loss_fn(model(xb), yb) * len(xb) / n).backward()
    if (i + 1) % accum == 0 or i + 1 == len(batches):  # the short last group too
        optimizer.step()
        optimizer.zero_grad()
        print(f"step after micro-batch {i}: {len(group)} micro-batches, {n} samples")

big_opt = torch.optim.SGD(big.parameters(), lr=0.1, momentum=0.9)
for xb, yb in zip(X.split(12), y.split(12)):  # the same two steps, 12 + 10 samples
    big_opt.zero_grad()
    loss_fn(big(xb), yb).backward()
    big_opt.step()
same = all(torch.allclose(a, b, rtol=1e-5, atol=1e-7)
           for a, b in zip(model.parameters(), big.parameters()))
print("weights equal to whole-batch training within rtol=1e-5, atol=1e-7:", same)
