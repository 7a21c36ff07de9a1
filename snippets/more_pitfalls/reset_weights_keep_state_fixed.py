import torch

torch.manual_seed(0)
w = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.Adam([w], lr=0.1)
for _ in range(50):
    w.grad = torch.tensor([1.0])
    optimizer.step()

with torch.no_grad():
    w.zero_()
optimizer.state.pop(w)  # forget this parameter's moments and step count
for step in range(3):
    w.grad = torch.tensor([-1.0])
    optimizer.step()
    print(f"phase 2, step {step}: grad = -1 (w should rise from 0), "
          f"w = {w.item():+.4f}")
