import torch

torch.manual_seed(0)
# w[0] gets a large gradient at every step; w[1] gets none, only weight decay
w = torch.nn.Parameter(torch.tensor([1.0, 1.0]))
optimizer = torch.optim.Adam([w], lr=0.01, weight_decay=0.1)  # L2 added to grad

for _ in range(100):
    optimizer.zero_grad()
    w.grad = torch.tensor([10.0, 0.0])
    optimizer.step()
print(f"Adam(weight_decay=0.1): w[1] = {w[1].item():.4f} after 100 steps")
print(f"expected from decay lr*wd per step: {(1 - 0.01 * 0.1) ** 100:.4f}")
