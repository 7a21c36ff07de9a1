import torch

torch.manual_seed(0)
w = torch.nn.Parameter(torch.tensor([1.0]))
optimizer = torch.optim.SGD([w], lr=0.1)

for step in range(3):
    optimizer.zero_grad()  # clear last step's gradient first
    loss = (w * 2).sum()
    loss.backward()
    print(f"step {step}: w.grad = {w.grad.item()}")
    optimizer.step()
