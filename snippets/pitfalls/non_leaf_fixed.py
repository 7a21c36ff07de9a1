import torch

torch.manual_seed(0)
w = (torch.randn(3) * 0.01).requires_grad_()  # scale first, then ask for grads
v = torch.nn.Parameter(torch.randn(3) * 0.01)  # or wrap the result in a Parameter
print("is_leaf:", w.is_leaf, v.is_leaf)
optimizer = torch.optim.SGD([w, v], lr=0.1)
print("optimizer holds", len(optimizer.param_groups[0]["params"]), "tensors")
