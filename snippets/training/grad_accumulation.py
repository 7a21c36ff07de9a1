import torch

torch.manual_seed(0)
X, y = torch.randn(10, 8), torch.randn(10, 1)   # micro-batches of 4 -> sizes 4, 4, 2 (a remainder)
model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.Tanh(), torch.nn.Linear(16, 1))
loss_fn = torch.nn.MSELoss()                    # mean over the samples it is given


def grads(scale):
    model.zero_grad()
    for xb, yb in zip(X.split(4), y.split(4)):
        (loss_fn(model(xb), yb) * scale(len(xb))).backward()   # .grad adds up across calls
    return torch.cat([p.grad.flatten() for p in model.parameters()])


model.zero_grad()
loss_fn(model(X), y).backward()                  # the reference: one batch of 10
full = torch.cat([p.grad.flatten() for p in model.parameters()])

naive = grads(lambda n: 1 / 3)                   # "divide by the number of micro-batches"
right = grads(lambda n: n / len(X))              # weight each micro-batch by its share of samples
print(f"divide by 3 micro-batches:  max |grad diff| = {(naive - full).abs().max():.1e}")
print(f"weight by size / 10:        max |grad diff| = {(right - full).abs().max():.1e}")
print("weighted == full within rtol=1e-5, atol=1e-7:",
      torch.allclose(right, full, rtol=1e-5, atol=1e-7))
