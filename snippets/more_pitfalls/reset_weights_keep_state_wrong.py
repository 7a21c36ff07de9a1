import torch

torch.manual_seed(0)
w = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.Adam([w], lr=0.1)
for _ in range(50):  # phase 1: the gradient is +1, so w moves down
    w.grad = torch.tensor([1.0])
    optimizer.step()

with torch.no_grad():
    w.zero_()  # re-initialize the weight behind the optimizer's back
for step in range(3):  # phase 2: the gradient is now -1, so w should move up
    w.grad = torch.tensor([-1.0])
    optimizer.step()
    print(f"phase 2, step {step}: grad = -1 (w should rise from 0), "
          f"w = {w.item():+.4f}")
