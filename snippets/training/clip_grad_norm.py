import torch

torch.manual_seed(0)
model = torch.nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
X, y = torch.randn(8, 4), 100 * torch.randn(8, 1)  # large targets: large gradients

optimizer.zero_grad()
torch.nn.functional.mse_loss(model(X), y).backward()  # 1. gradients exist from here
total = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # 2. clip
after = torch.cat([p.grad.flatten() for p in model.parameters()]).norm()
before_w = model.weight.detach().clone()
optimizer.step()  # 3. the step uses the clipped gradients
moved = (model.weight - before_w).norm()

print(f"norm before clipping (returned): {total:.2f}")
print(f"norm after clipping:             {after:.4f}")
print(f"size of the update:              {moved:.4f}  (<= lr * max_norm = 0.1)")
