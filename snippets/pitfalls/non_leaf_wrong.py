import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True) * 0.01  # computed by a multiplication
print("is_leaf:", w.is_leaf, "| grad_fn:", type(w.grad_fn).__name__)
try:
    torch.optim.SGD([w], lr=0.1)
except ValueError as err:
    print("ValueError:", err)
