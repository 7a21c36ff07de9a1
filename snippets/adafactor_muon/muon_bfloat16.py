import torch

# A float64 matrix at zero, momentum 0 and lr 1: the first step is -O.
torch.manual_seed(0)
w = torch.nn.Parameter(torch.zeros(4, 6, dtype=torch.float64))
w.grad = torch.randn(4, 6, dtype=torch.float64)
opt = torch.optim.Muon([w], lr=1.0, weight_decay=0.0, momentum=0.0)
opt.step()
O = -w.detach()
print("parameter dtype:", w.dtype)
print("every value of O is a bfloat16 number:",
      torch.equal(O, O.bfloat16().double()))

# The same five Newton-Schulz steps, written out in float64:
a, b, c = 3.4445, -4.7750, 2.0315
X = w.grad / w.grad.norm()
for _ in range(5):
    A = X @ X.T
    X = a * X + (b * A + c * A @ A) @ X
print(f"max |torch - float64 iteration| = {(O - X).abs().max():.2e}")
print(f"largest |O| = {O.abs().max():.2f}")
