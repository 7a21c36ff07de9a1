import torch

torch.manual_seed(0)
model = torch.nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
X, y = torch.randn(8, 4), 100 * torch.randn(8, 1)

optimizer.zero_grad()
total = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)  # wrong: no grads yet
print(f"clip before backward sees a norm of {total:.2f}: nothing to clip")
torch.nn.functional.mse_loss(model(X), y).backward()
before_w = model.weight.detach().clone()
optimizer.step()
torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)  # wrong: too late
moved = (model.weight - before_w).norm()
print(f"size of the update: {moved:.4f}  (the unclipped gradient)")
