import torch

# Minimise f(x) = (x - 3)^2 from x = 0: the derivative is 2(x - 3).
lr = 0.1
x = torch.tensor(0.0, requires_grad=True)
for step in range(5):
    loss = (x - 3) ** 2
    loss.backward()
    with torch.no_grad():
        x -= lr * x.grad  # x <- x - lr * f'(x)
    print(f"step {step + 1}: x = {x.item():.4f}  f'(x) was {x.grad.item():+.4f}")
    x.grad = None

# torch.optim.SGD does the same update for us.
x = torch.tensor(0.0, requires_grad=True)
opt = torch.optim.SGD([x], lr=lr)
for step in range(5):
    opt.zero_grad()
    ((x - 3) ** 2).backward()
    opt.step()
print(f"with torch.optim.SGD after 5 steps: x = {x.item():.4f}")
