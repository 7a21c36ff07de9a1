import torch

torch.manual_seed(0)
w = torch.nn.Parameter(torch.tensor([1.0]))
optimizer = torch.optim.SGD([w], lr=0.1)

for step in range(3):
    loss = (w * 2).sum()  # d loss / dw is always 2
    loss.backward()  # adds 2 to whatever .grad already holds
    print(f"step {step}: w.grad = {w.grad.item()}")
    optimizer.step()
