import torch

torch.manual_seed(0)
w = torch.randn(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)

held = opt.param_groups[0]["params"][0]
print("same object:", held is w, " same id:", id(held) == id(w))

# Changing w in place is visible through the optimizer, and vice versa.
with torch.no_grad():
    w.mul_(10)
print("optimizer sees:", held)

w.grad = torch.ones_like(w)
opt.step()
print("after opt.step(), w is:", w)
